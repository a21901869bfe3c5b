// What the GC class reports that is deterministic: collection counts grow with
// collections (a full one counts for every generation), MaxGeneration, allocated bytes
// grow by at least what is allocated, total memory reflects a large live array, new
// objects are in generation 0 and survivors of a full collection are older.
using System;
using System.Runtime.CompilerServices;

class Program
{
    static byte[] big;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Allocate(int n)
    {
        for (int i = 0; i < n; i++)
            new byte[1000].GetHashCode();
    }

    static int Main()
    {
        Console.WriteLine("MaxGeneration " + GC.MaxGeneration);
        // Every value is read before anything is printed: printing allocates, and under
        // a GC-stress setting every allocation is a collection.
        int c0 = GC.CollectionCount(0), c1 = GC.CollectionCount(1), c2 = GC.CollectionCount(2);
        GC.Collect();
        bool full0 = GC.CollectionCount(0) > c0, full1 = GC.CollectionCount(1) > c1, full2 = GC.CollectionCount(2) > c2;
        c0 = GC.CollectionCount(0);
        GC.Collect(0);
        bool minor0 = GC.CollectionCount(0) > c0;
        c2 = GC.CollectionCount(2);
        GC.Collect(2);
        bool gen2 = GC.CollectionCount(2) > c2;
        bool ordered = GC.CollectionCount(0) >= GC.CollectionCount(1) && GC.CollectionCount(1) >= GC.CollectionCount(2);
        Console.WriteLine("full collection: gen0 +" + full0 + ", gen1 +" + full1 + ", gen2 +" + full2);
        Console.WriteLine("gen0 collection: gen0 +" + minor0);
        Console.WriteLine("GC.Collect(2): gen2 +" + gen2);
        Console.WriteLine("counts ordered: " + ordered);

        long a0 = GC.GetTotalAllocatedBytes();
        Allocate(1000);
        long a1 = GC.GetTotalAllocatedBytes(true);
        Console.WriteLine("allocated at least 1000000 bytes more: " + (a1 - a0 >= 1000000) + ", thread count agrees: " + (GC.GetAllocatedBytesForCurrentThread() >= a1 - a0));

        long m0 = GC.GetTotalMemory(true);
        big = new byte[32 << 20];
        long m1 = GC.GetTotalMemory(true);
        big = null;
        long m2 = GC.GetTotalMemory(true);
        Console.WriteLine("total memory: grew by the array " + (m1 - m0 >= (32 << 20)) + ", shrank after " + (m1 - m2 >= (32 << 20)));

        // (Read first: printing allocates, which under GC stress collects.)
        var o = new object();
        int gen = GC.GetGeneration(o);
        Console.WriteLine("new object generation " + gen);
        GC.Collect();
        Console.WriteLine("after a full collection older: " + (GC.GetGeneration(o) > 0));
        GC.KeepAlive(o);

        try { GC.Collect(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("Collect(-1): " + e.ParamName); }
        try { GC.CollectionCount(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("CollectionCount(-1): " + e.ParamName); }
        try { GC.GetGeneration((object)null); } catch (ArgumentNullException e) { Console.WriteLine("GetGeneration(null): " + e.ParamName); }
        var w = new WeakReference(o);
        Console.WriteLine("GetGeneration(WeakReference) older: " + (GC.GetGeneration(w) > 0));
        w.Target = null;
        try { GC.GetGeneration(w); } catch (ArgumentNullException e) { Console.WriteLine("GetGeneration(dead WeakReference): " + e.ParamName); }
        try { GC.GetGeneration((WeakReference)null); } catch (NullReferenceException) { Console.WriteLine("GetGeneration((WeakReference)null): NullReferenceException"); }
        return 0;
    }
}
