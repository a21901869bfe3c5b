// GCHandle: Normal handles keep their target alive (also across many collections), Weak
// and WeakTrackResurrection handles follow it until it dies, Pinned handles give a stable
// address of the data (read and written through a pointer); ToIntPtr/FromIntPtr, ==,
// Target set, Free, and .NET's exceptions for misuse.
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

class Node
{
    public int Value;
    public Node Next;
    public string Label;
}

class Finalizable
{
    public static int Finalized;
    public int Id;
    ~Finalizable() { Finalized++; }
}

unsafe class Program
{
    static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    static void Try(string what, Action a)
    {
        try
        {
            a();
            Console.WriteLine(what + ": no exception");
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static GCHandle MakeList(int n, GCHandleType type)
    {
        Node head = null;
        for (int i = 0; i < n; i++)
            head = new Node { Value = i, Next = head, Label = "n" + i };
        return GCHandle.Alloc(head, type);
    }

    static long Sum(object o)
    {
        long s = 0;
        for (var n = (Node)o; n != null; n = n.Next)
            s += n.Value + n.Label.Length;
        return s;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static GCHandle[] MakeMany(int n)
    {
        var hs = new GCHandle[n];
        for (int i = 0; i < n; i++)
            hs[i] = GCHandle.Alloc(new Node { Value = i, Label = i.ToString() },
                                   i % 3 == 0 ? GCHandleType.Weak : GCHandleType.Normal);
        return hs;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Churn(int n)
    {
        for (int i = 0; i < n; i++)
        {
            var junk = new Node[8];
            junk[i % 8] = new Node { Value = i };
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static GCHandle MakeFinalizable(GCHandleType type) => GCHandle.Alloc(new Finalizable { Id = 5 }, type);

    [MethodImpl(MethodImplOptions.NoInlining)]
    static GCHandle MakePinnedArray()
    {
        var a = new int[1000];
        for (int i = 0; i < a.Length; i++)
            a[i] = i * 3;
        return GCHandle.Alloc(a, GCHandleType.Pinned);
    }

    static int Main()
    {
        // Normal: the only reference to a list, across collections and allocation churn.
        var normal = MakeList(1000, GCHandleType.Normal);
        var weak = MakeList(1000, GCHandleType.Weak);
        Console.WriteLine("before: normal " + Sum(normal.Target));
        for (int i = 0; i < 20; i++)
        {
            Churn(500);
            GC.Collect(i % 3);
        }
        Collect();
        Console.WriteLine("after 21 collections: normal " + Sum(normal.Target) + ", weak target null " + (weak.Target == null) +
                          ", allocated " + normal.IsAllocated + " " + weak.IsAllocated);

        // A weak handle can be pointed at a new target; Target set on a Normal handle too.
        var fresh = new Node { Value = 42, Label = "x" };
        weak.Target = fresh;
        normal.Target = null;
        Collect();
        Console.WriteLine("retargeted: weak " + ((Node)weak.Target).Value + ", normal null " + (normal.Target == null));
        GC.KeepAlive(fresh);

        // Many handles; a third are weak (their targets die), the rest hold theirs.
        var many = MakeMany(3000);
        Collect();
        int alive = 0, dead = 0;
        long check = 0;
        for (int i = 0; i < many.Length; i++)
        {
            var n = (Node)many[i].Target;
            if (n == null) { dead++; continue; }
            alive++;
            check += n.Value * 7 + int.Parse(n.Label);
        }
        Console.WriteLine("many: alive " + alive + ", dead " + dead + ", check " + check);
        for (int i = 0; i < many.Length; i += 2)
            many[i].Free();
        var again = MakeMany(1500);
        Collect();
        alive = 0;
        for (int i = 1; i < many.Length; i += 2)
            if (many[i].Target != null) alive++;
        for (int i = 0; i < again.Length; i++)
            if (again[i].Target != null) alive++;
        Console.WriteLine("after freeing half and allocating more: alive " + alive);
        for (int i = 1; i < many.Length; i += 2)
            many[i].Free();
        foreach (var h in again)
            h.Free();

        // Weak vs WeakTrackResurrection on an object with a finalizer.
        var shortH = MakeFinalizable(GCHandleType.Weak);
        var longH = MakeFinalizable(GCHandleType.WeakTrackResurrection);
        Collect();
        // Read before printing: printing allocates, and any collection now (as under a
        // GC-stress setting) clears the long handle of the finalized object.
        bool shortNull = shortH.Target == null, longNull = longH.Target == null;
        Console.WriteLine("finalizable: finalized " + Finalizable.Finalized + ", short null " + shortNull + ", long null " + longNull);
        Collect();
        Console.WriteLine("finalizable, second collection: long null " + (longH.Target == null));
        shortH.Free();
        longH.Free();

        // Pinned: the address stays the same and points at the elements.
        var pinned = MakePinnedArray();
        IntPtr addr = pinned.AddrOfPinnedObject();
        bool stable = true;
        for (int i = 0; i < 10; i++)
        {
            Churn(300);
            GC.Collect();
            if (pinned.AddrOfPinnedObject() != addr) stable = false;
        }
        int* p = (int*)addr;
        long psum = 0;
        for (int i = 0; i < 1000; i++)
            psum += p[i];
        p[7] = -1;
        Console.WriteLine("pinned: stable " + stable + ", sum through the pointer " + psum + ", write seen " + ((int[])pinned.Target)[7]);
        pinned.Free();

        var text = "pinned string";
        var ps = GCHandle.Alloc(text, GCHandleType.Pinned);
        char* cp = (char*)ps.AddrOfPinnedObject();
        Console.WriteLine("pinned string: " + new string(cp, 0, 6) + ", first char " + cp[0]);
        ps.Free();

        var box = GCHandle.Alloc((object)123456789L, GCHandleType.Pinned);
        Console.WriteLine("pinned box: " + *(long*)box.AddrOfPinnedObject());
        box.Free();

        var md = new double[3, 4];
        md[0, 0] = 1.5; md[2, 3] = 2.5;
        var pm = GCHandle.Alloc(md, GCHandleType.Pinned);
        double* dp = (double*)pm.AddrOfPinnedObject();
        Console.WriteLine("pinned 2-D array: " + dp[0] + " " + dp[11]);
        pm.Free();

        var pnull = GCHandle.Alloc(null, GCHandleType.Pinned);
        Console.WriteLine("pinned null: " + (pnull.AddrOfPinnedObject() == IntPtr.Zero));
        pnull.Free();

        // IntPtr round trip and equality.
        var h1 = GCHandle.Alloc("round trip");
        IntPtr ip = GCHandle.ToIntPtr(h1);
        var h2 = GCHandle.FromIntPtr(ip);
        var h3 = (GCHandle)ip;
        Console.WriteLine("round trip: " + h2.Target + ", == " + (h1 == h2) + ", != " + (h1 != h3) + ", Equals " + h1.Equals(h3) +
                          ", Equals(object) " + h1.Equals((object)h2) + ", hash equal " + (h1.GetHashCode() == h2.GetHashCode()) +
                          ", (IntPtr) " + ((IntPtr)h1 == ip) + ", nonzero " + (ip != IntPtr.Zero));
        h1.Free();
        Console.WriteLine("freed: " + h1.IsAllocated + ", copy still says " + h2.IsAllocated);

        // Misuse.
        GCHandle none = default;
        Console.WriteLine("default: allocated " + none.IsAllocated + ", == default " + (none == default(GCHandle)) + ", ToIntPtr zero " + (GCHandle.ToIntPtr(none) == IntPtr.Zero));
        Try("default Target", () => { var x = none.Target; });
        Try("default Target set", () => { none.Target = "x"; });
        Try("default Free", () => none.Free());
        Try("default AddrOfPinnedObject", () => none.AddrOfPinnedObject());
        Try("FromIntPtr(0)", () => GCHandle.FromIntPtr(IntPtr.Zero));
        Try("bad type", () => GCHandle.Alloc("x", (GCHandleType)4));
        Try("negative type", () => GCHandle.Alloc("x", (GCHandleType)(-1)));
        Try("pin an object with references", () => GCHandle.Alloc(new Node(), GCHandleType.Pinned));
        Try("pin an object[]", () => GCHandle.Alloc(new object[2], GCHandleType.Pinned));
        Try("pin a plain object", () => GCHandle.Alloc(new object(), GCHandleType.Pinned).Free());
        Try("AddrOfPinnedObject of a Normal handle", () => { var h = GCHandle.Alloc(new byte[1]); try { h.AddrOfPinnedObject(); } finally { h.Free(); } });
        Try("pinned Target set to an object with references", () => { var h = GCHandle.Alloc(new byte[1], GCHandleType.Pinned); try { h.Target = new Node(); } finally { h.Free(); } });
        Try("double Free through one copy", () => { var h = GCHandle.Alloc(1); h.Free(); h.Free(); });
        return 0;
    }
}
