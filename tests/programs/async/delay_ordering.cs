// Task.Delay timers fire in due-time order; continuations started together finish in
// the order of their delays (the gaps are wide, so CoreCLR's threads agree).
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static readonly List<string> s_log = new List<string>();

    static async Task Tick(string name, int ms)
    {
        await Task.Delay(ms);
        lock (s_log) s_log.Add(name);
    }

    static async Task Chain(string name, int step, int count)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Delay(step);
            lock (s_log) s_log.Add(name + i);
        }
    }

    static async Task Main()
    {
        await Task.WhenAll(Tick("c", 300), Tick("a", 20), Tick("b", 150));
        Console.WriteLine(string.Join(" ", s_log));
        s_log.Clear();

        await Task.WhenAll(Chain("x", 100, 3), Chain("y", 250, 1));
        Console.WriteLine(string.Join(" ", s_log));

        var sw = Stopwatch.StartNew();
        await Task.Delay(50);
        Console.WriteLine("waited at least 50 ms: " + (sw.ElapsedMilliseconds >= 49));
        sw.Restart();
        await Task.Delay(new TimeSpan(0, 0, 0, 0, 30));
        Console.WriteLine("TimeSpan delay: " + (sw.ElapsedMilliseconds >= 29));

        Task zero = Task.Delay(0);
        Console.WriteLine("Delay(0) completed: " + zero.IsCompleted);
        Task inf = Task.Delay(Timeout.Infinite, new CancellationTokenSource(30).Token);
        try
        {
            await inf;
        }
        catch (TaskCanceledException)
        {
            Console.WriteLine("infinite delay canceled: " + inf.Status);
        }

        sw.Restart();
        Thread.Sleep(40);
        Console.WriteLine("Sleep 40: " + (sw.ElapsedMilliseconds >= 39));

        try
        {
            Task.Delay(-2);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            Task.Delay(new TimeSpan(0, 0, 0, 0, -5));
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
