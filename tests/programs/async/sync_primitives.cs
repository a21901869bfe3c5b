// SemaphoreSlim (throttling async work), ManualResetEventSlim, CountdownEvent,
// AutoResetEvent, System.Threading.Timer and Parallel.For/ForEach/Invoke; only results
// that do not depend on how work interleaves are printed.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static int s_inside, s_maxInside;

    static async Task<int> Throttled(SemaphoreSlim gate, int id)
    {
        await gate.WaitAsync();
        try
        {
            int now = Interlocked.Increment(ref s_inside);
            lock (gate) s_maxInside = Math.Max(s_maxInside, now);
            await Task.Delay(5);
            Interlocked.Decrement(ref s_inside);
            return id * 2;
        }
        finally
        {
            gate.Release();
        }
    }

    static async Task Main()
    {
        var gate = new SemaphoreSlim(2);
        int[] doubled = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Throttled(gate, i)));
        Console.WriteLine(string.Join(",", doubled) + " at most " + s_maxInside + " inside, count " + gate.CurrentCount);

        var one = new SemaphoreSlim(1, 1);
        Console.WriteLine("Wait(0): " + one.Wait(0) + " " + one.Wait(0));
        Console.WriteLine("WaitAsync timeout: " + await one.WaitAsync(20));
        Console.WriteLine("Release returns " + one.Release());
        try
        {
            one.Release();
        }
        catch (SemaphoreFullException e)
        {
            Console.WriteLine(e.Message);
        }
        var cts = new CancellationTokenSource(10);
        await one.WaitAsync();
        try
        {
            await one.WaitAsync(cts.Token);
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("WaitAsync canceled: " + e.GetType().Name);
        }
        try
        {
            new SemaphoreSlim(3, 2);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }

        var ready = new ManualResetEventSlim(false);
        int value = 0;
        var setter = new Thread(() => { value = 5; ready.Set(); });
        setter.Start();
        ready.Wait();
        Console.WriteLine("event set, value " + value + ", IsSet " + ready.IsSet);
        ready.Reset();
        Console.WriteLine("Wait(20) on a reset event: " + ready.Wait(20));

        var countdown = new CountdownEvent(3);
        for (int i = 0; i < 3; i++)
            ThreadPool.QueueUserWorkItem(_ => countdown.Signal());
        countdown.Wait();
        Console.WriteLine("countdown reached zero: " + countdown.IsSet + " " + countdown.CurrentCount);

        var auto = new AutoResetEvent(false);
        Task.Run(() => auto.Set());
        Console.WriteLine("AutoResetEvent: " + auto.WaitOne(5000) + " then " + auto.WaitOne(10));

        var ticks = new List<int>();
        var done = new TaskCompletionSource();
        Timer timer = null;
        timer = new Timer(_ =>
        {
            lock (ticks)
            {
                ticks.Add(ticks.Count);
                if (ticks.Count == 3)
                {
                    timer.Dispose();
                    done.TrySetResult();
                }
            }
        }, null, 10, 20);
        await done.Task;
        await Task.Delay(60);
        Console.WriteLine("timer ticks " + string.Join(",", ticks));
        var once = new TaskCompletionSource<string>();
        using (new Timer(s => once.TrySetResult((string)s), "state passed", 5, Timeout.Infinite))
            Console.WriteLine("one-shot timer: " + await once.Task);

        long total = 0;
        Parallel.For(0, 1000, i => Interlocked.Add(ref total, i));
        Console.WriteLine("Parallel.For sum " + total);
        var bag = new ConcurrentBag<int>();
        Parallel.ForEach(new[] { 1, 2, 3, 4 }, x => bag.Add(x * x));
        Console.WriteLine("Parallel.ForEach " + bag.Sum());
        int a = 0, b = 0;
        Parallel.Invoke(() => a = 1, () => b = 2);
        Console.WriteLine("Parallel.Invoke " + (a + b));
        ParallelLoopResult stopped = Parallel.For(0, 100, (i, state) => { if (i == 0) state.Stop(); });
        Console.WriteLine("stopped loop completed: " + stopped.IsCompleted);
        try
        {
            Parallel.For(0, 1, i => throw new InvalidOperationException("iteration " + i));
        }
        catch (AggregateException e)
        {
            Console.WriteLine(e.Message);
        }
        int asyncSum = 0;
        await Parallel.ForEachAsync(Enumerable.Range(1, 5), async (i, ct) =>
        {
            await Task.Delay(1, ct);
            Interlocked.Add(ref asyncSum, i);
        });
        Console.WriteLine("ForEachAsync " + asyncSum);
    }
}
