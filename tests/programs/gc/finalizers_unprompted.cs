// Finalizers run without GC.WaitForPendingFinalizers: on CoreCLR on the finalizer
// thread, on anyclr at a safe point of the running program (a loop's back edge). The
// program waits for them in loops that sleep, with generous timeouts, and prints only
// what holds on both: that they ran, how many, and what they saw. Finalizers that
// allocate (so collections happen while they run and queue more finalizers) and that
// call GC.Collect and GC.WaitForPendingFinalizers themselves work too.
using System;
using System.Runtime.CompilerServices;
using System.Threading;

class Counted
{
    public static int Finalized;
    public static long IdSum;
    public int Id;
    public Counted(int id) { Id = id; }
    ~Counted()
    {
        Interlocked.Increment(ref Finalized);
        Interlocked.Add(ref IdSum, Id);
    }
}

// Its finalizer makes finalizable garbage and a collection of its own.
class Spawner
{
    public const int Children = 1500;
    public static int Finalized;
    public byte[] Data = new byte[3000];
    ~Spawner()
    {
        for (int i = 0; i < Children; i++)
            new Counted(1);
        GC.Collect();
        GC.WaitForPendingFinalizers();      // on the finalizer thread: returns at once
        Interlocked.Increment(ref Finalized);
    }
}

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeCounted(int n, int first)
    {
        for (int i = 0; i < n; i++)
            new Counted(first + i);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeSpawners(int n)
    {
        for (int i = 0; i < n; i++)
            new Spawner();
    }

    // Until `done` says so or `ms` milliseconds pass, sleeps (collecting too, if asked).
    static bool WaitUntil(Func<bool> done, int ms, bool collect)
    {
        long until = Environment.TickCount64 + ms;
        while (!done() && Environment.TickCount64 < until)
        {
            if (collect)
                GC.Collect();
            Thread.Sleep(1);
        }
        return done();
    }

    static int Main()
    {
        // After an explicit collection, without waiting for finalizers.
        MakeCounted(1000, 0);
        GC.Collect();
        bool ran = WaitUntil(() => Volatile.Read(ref Counted.Finalized) == 1000, 10000, false);
        Console.WriteLine("after GC.Collect, finalizers ran: " + ran + ", id sum " + Interlocked.Read(ref Counted.IdSum));

        // Collections triggered by allocation alone: keep making short-lived finalizable
        // objects until some have been finalized (bounded: at most 16M objects).
        Counted.Finalized = 0;
        long made = 0;
        while (Volatile.Read(ref Counted.Finalized) == 0 && made < 16 * 1024 * 1024)
        {
            MakeCounted(1024, 0);
            made += 1024;
        }
        Console.WriteLine("finalized while allocating: " + (Volatile.Read(ref Counted.Finalized) > 0));

        // Finalizers that allocate and collect.
        const int spawners = 20;
        WaitUntil(() => false, 50, true);       // let the last phase's finalizers finish
        Counted.Finalized = 0;
        MakeSpawners(spawners);
        GC.Collect();
        ran = WaitUntil(() => Volatile.Read(ref Spawner.Finalized) == spawners &&
                              Volatile.Read(ref Counted.Finalized) >= spawners * Spawner.Children,
                        20000, true);
        Console.WriteLine("spawners finalized: " + Spawner.Finalized + ", and what they made: " + ran);
        return 0;
    }
}
