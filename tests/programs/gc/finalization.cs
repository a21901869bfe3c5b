// Finalizers run for unreachable objects after GC.Collect() + GC.WaitForPendingFinalizers():
// objects reachable only from other dead finalizable objects too; GC.SuppressFinalize drops
// the finalizer, GC.ReRegisterForFinalize brings it back; GC.KeepAlive keeps an object alive.
// Every allocation that must die happens in a method of its own that is not inlined, so
// no local of Main holds it on CoreCLR.
using System;
using System.Runtime.CompilerServices;

class Tracked
{
    public static int Finalized;
    public static int IdSum;
    public int Id;
    public Tracked Next;
    public byte[] Payload;
    public Tracked(int id) { Id = id; Payload = new byte[id % 50 + 1]; Payload[0] = (byte)id; }
    ~Tracked()
    {
        Finalized++;
        // Its fields and what they point to are still intact while the finalizer runs.
        IdSum += Id + Payload[0] + Payload.Length + (Next != null ? Next.Id : 0);
    }
}

class Plain
{
    public Tracked Inner;
}

class Again
{
    public static Again Saved;
    public static int Runs;
    ~Again()
    {
        Runs++;
        if (Runs < 3)
        {
            Saved = this;
            GC.ReRegisterForFinalize(this);
        }
    }
}

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeGarbage(int n)
    {
        for (int i = 0; i < n; i++)
            new Tracked(i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeChain(int n)
    {
        Tracked head = null;
        for (int i = 0; i < n; i++)
            head = new Tracked(1000 + i) { Next = head };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeInsidePlain(int n)
    {
        for (int i = 0; i < n; i++)
            new Plain { Inner = new Tracked(2000 + i) };
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeSuppressed(int n)
    {
        for (int i = 0; i < n; i++)
        {
            var t = new Tracked(3000 + i);
            if (i % 2 == 0)
                GC.SuppressFinalize(t);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeSuppressedThenReregistered(int n)
    {
        for (int i = 0; i < n; i++)
        {
            var t = new Tracked(4000 + i);
            GC.SuppressFinalize(t);
            GC.ReRegisterForFinalize(t);
        }
    }

    static Tracked[] live;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void FillLive()
    {
        live = new Tracked[20];
        for (int i = 0; i < live.Length; i++)
            live[i] = new Tracked(6000 + i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void DropHalf()
    {
        for (int i = 0; i < live.Length; i += 2)
            live[i] = null;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeAgain() => new Again();

    static void Collect()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
    }

    static void Report(string what)
    {
        Console.WriteLine(what + ": finalized " + Tracked.Finalized + ", id sum " + Tracked.IdSum);
        Tracked.Finalized = 0;
        Tracked.IdSum = 0;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void KeepAliveCheck()
    {
        var t = new Tracked(5000);
        Collect();
        Console.WriteLine("kept alive, finalized: " + Tracked.Finalized);
        GC.KeepAlive(t);
    }

    static int Main()
    {
        Collect();
        Tracked.Finalized = 0;
        Tracked.IdSum = 0;

        MakeGarbage(100);
        Collect();
        Report("garbage");

        MakeChain(50);
        Collect();
        Report("chain");

        MakeInsidePlain(30);
        Collect();
        Report("inside plain objects");

        MakeSuppressed(40);
        Collect();
        Report("half suppressed");

        MakeSuppressedThenReregistered(10);
        Collect();
        Report("suppressed then re-registered");

        // Survivors are not finalized; they are once dropped.
        FillLive();
        Collect();
        Report("held in an array");
        DropHalf();
        Collect();
        Report("half dropped");
        live = null;
        Collect();
        Report("all dropped");

        KeepAliveCheck();
        Collect();
        Report("after KeepAlive's method returned");

        // A finalizer that re-registers itself runs again each time it is dropped.
        MakeAgain();
        for (int round = 0; round < 4; round++)
        {
            Again.Saved = null;
            Collect();
            Console.WriteLine("round " + round + ": runs " + Again.Runs + ", saved " + (Again.Saved != null));
        }

        // SuppressFinalize(null) and ReRegisterForFinalize(null) throw.
        try { GC.SuppressFinalize(null); } catch (ArgumentNullException e) { Console.WriteLine("SuppressFinalize(null): " + e.ParamName); }
        try { GC.ReRegisterForFinalize(null); } catch (ArgumentNullException e) { Console.WriteLine("ReRegisterForFinalize(null): " + e.ParamName); }
        return 0;
    }
}
