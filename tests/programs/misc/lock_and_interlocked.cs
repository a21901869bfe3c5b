// lock (Monitor) re-entrancy on one thread, and the Interlocked operations
// (single-threaded here: this checks their results, not atomicity).
using System;
using System.Threading;

class Program
{
    static readonly object gate = new object();
    static int depth;

    static void Enter(int n)
    {
        lock (gate)
        {
            depth++;
            if (n > 0)
                Enter(n - 1);
        }
    }

    static int Main()
    {
        Enter(5);
        Console.WriteLine("re-entrant lock depth " + depth + ", held after " + Monitor.IsEntered(gate));
        try
        {
            lock (gate)
            {
                throw new InvalidOperationException("inside lock");
            }
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("lock released after exception: " + !Monitor.IsEntered(gate));
        }
        int x = 5;
        Console.WriteLine("Increment " + Interlocked.Increment(ref x) + " Decrement " + Interlocked.Decrement(ref x) + " Add " + Interlocked.Add(ref x, 10));
        Console.WriteLine("Exchange old " + Interlocked.Exchange(ref x, 99) + " now " + x);
        Console.WriteLine("CompareExchange hit old " + Interlocked.CompareExchange(ref x, 1, 99) + " now " + x);
        Console.WriteLine("CompareExchange miss old " + Interlocked.CompareExchange(ref x, 2, 99) + " now " + x);
        long l = long.MaxValue - 1;
        Console.WriteLine("long Increment " + Interlocked.Increment(ref l));
        string s = "a";
        Console.WriteLine("reference CompareExchange " + Interlocked.CompareExchange(ref s, "b", "a") + " -> " + s);
        return 0;
    }
}
