// WeakReference and WeakReference<T>: alive while the target is strongly reachable,
// cleared by a full collection once it is not; SetTarget / Target set; null targets;
// weak references held in collections; a weak reference to itself and in a cycle.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

class Item
{
    public int Id;
    public Item Other;
    public Item(int id) { Id = id; }
}

class Program
{
    static Item strong;
    static List<WeakReference<Item>> refs;
    static List<Item> keep;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference MakeDead() => new WeakReference(new Item(1));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference<Item> MakeDeadT() => new WeakReference<Item>(new Item(2));

    [MethodImpl(MethodImplOptions.NoInlining)]
    static WeakReference MakeCycle()
    {
        var a = new Item(10);
        var b = new Item(11) { Other = a };
        a.Other = b;
        return new WeakReference(a);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeMany(int n)
    {
        refs = new List<WeakReference<Item>>();
        keep = new List<Item>();
        for (int i = 0; i < n; i++)
        {
            var it = new Item(i);
            refs.Add(new WeakReference<Item>(it));
            if (i % 5 == 0)
                keep.Add(it);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Retarget(WeakReference w, WeakReference<Item> wt)
    {
        w.Target = new Item(20);
        wt.SetTarget(new Item(21));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Describe(WeakReference w) => w.IsAlive ? "alive " + ((Item)w.Target).Id : "dead";

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string Describe(WeakReference<Item> w) => w.TryGetTarget(out var t) ? "alive " + t.Id : "dead";

    static WeakReference held, dead, cycle;
    static WeakReference<Item> heldT, deadT;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void First()
    {
        strong = new Item(100);
        held = new WeakReference(strong);
        heldT = new WeakReference<Item>(strong);
        dead = MakeDead();
        deadT = MakeDeadT();
        cycle = MakeCycle();
        // (Only what is strongly reachable is observed before the collection: the other
        // targets are garbage already, and any allocation may collect them.)
        Console.WriteLine("before: " + Describe(held) + ", " + Describe(heldT));
        Collect();
        Console.WriteLine("after: " + Describe(held) + ", " + Describe(heldT) + ", " + Describe(dead) + ", " + Describe(deadT) + ", " + Describe(cycle));
        Console.WriteLine("same object: " + ReferenceEquals(held.Target, strong) + ", dead Target null: " + (dead.Target == null) +
                          ", TryGetTarget gives null: " + (!deadT.TryGetTarget(out var none) && none == null));
    }

    static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    static int Main()
    {
        First();
        strong = null;
        Collect();
        Console.WriteLine("dropped: " + Describe(held) + ", " + Describe(heldT));
        var dead = Program.dead;
        var deadT = Program.deadT;

        // A dead weak reference can be given a new target, and lose it again.
        var keepNew = new Item(30);
        dead.Target = keepNew;
        deadT.SetTarget(keepNew);
        Collect();
        Console.WriteLine("new target kept: " + Describe(dead) + ", " + Describe(deadT));
        GC.KeepAlive(keepNew);
        Retarget(dead, deadT);
        Collect();
        Console.WriteLine("new target dropped: " + Describe(dead) + ", " + Describe(deadT));

        // Null targets.
        var wn = new WeakReference(null);
        var wnt = new WeakReference<Item>(null, true);
        Console.WriteLine("null: " + wn.IsAlive + " " + (wn.Target == null) + " " + wn.TrackResurrection + " " + Describe(wnt));

        // Many weak references: exactly the kept fifth survive.
        MakeMany(5000);
        Collect();
        int alive = 0;
        long ids = 0;
        foreach (var w in refs)
            if (w.TryGetTarget(out var t)) { alive++; ids += t.Id; }
        Console.WriteLine("many: alive " + alive + ", id sum " + ids);
        keep = null;
        Collect();
        alive = 0;
        foreach (var w in refs)
            if (w.TryGetTarget(out _)) alive++;
        Console.WriteLine("many, all dropped: alive " + alive);

        // The weak reference objects themselves can die (their finalizers free the handles).
        refs = null;
        Collect();
        Collect();
        Console.WriteLine("done");
        return 0;
    }
}
