// Dead WeakReference objects do not pile up: each has a finalizer that frees its GC
// handle, and finalizers run without GC.WaitForPendingFinalizers (on CoreCLR on the
// finalizer thread; on anyclr at a safe point). After a loop that makes half a million weak
// references, a collection, a pause in a loop that sleeps (where the finalizers run) and
// another collection, the heap holds about what it held before the loop.
using System;
using System.Threading;

class Program
{
    static object kept = new object();

    static int Main()
    {
        const int N = 500000;
        long before = GC.GetTotalMemory(true);
        int alive = 0;
        for (int i = 0; i < N; i++)
        {
            var w = new WeakReference(i % 2 == 0 ? kept : new object());
            if (w.Target == kept)
                alive++;
        }
        GC.Collect();
        long until = Environment.TickCount64 + 1000;
        while (Environment.TickCount64 < until)
            Thread.Sleep(1);
        GC.Collect();
        long grown = GC.GetTotalMemory(false) - before;
        Console.WriteLine("weak references to the kept object: " + alive);
        Console.WriteLine("heap grew by less than 8 bytes per weak reference: " + (grown < 8L * N));
        GC.KeepAlive(kept);
        return 0;
    }
}
