// Awaits through many levels: recursion, loops, try/finally and using in async methods,
// results of several types, and state kept across awaits.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Resource : IDisposable
{
    private readonly string _name;
    public Resource(string name) { _name = name; Console.WriteLine("open " + name); }
    public void Dispose() => Console.WriteLine("close " + _name);
}

struct Point
{
    public int X, Y;
    public override string ToString() => "(" + X + ", " + Y + ")";
}

class Program
{
    static async Task<long> Fib(int n)
    {
        if (n < 2) return n;
        if (n % 5 == 0) await Task.Yield();
        return await Fib(n - 1) + await Fib(n - 2);
    }

    static async Task<Point> Move(Point p, int dx, int dy)
    {
        await Task.Delay(1);
        p.X += dx;
        p.Y += dy;
        return p;
    }

    static async Task<List<string>> Collect()
    {
        var list = new List<string>();
        foreach (string s in new[] { "a", "b", "c" })
        {
            await Task.Yield();
            list.Add(s + list.Count);
        }
        return list;
    }

    static async Task<int> WithFinally(bool fail)
    {
        using (new Resource("r1"))
        {
            try
            {
                await Task.Delay(2);
                if (fail) throw new InvalidOperationException("failed inside");
                return 1;
            }
            finally
            {
                await Task.Yield();
                Console.WriteLine("finally (fail=" + fail + ")");
            }
        }
    }

    static async Task<double> Mixed(int depth, double acc)
    {
        if (depth == 0) return acc;
        decimal d = 1.5m * depth;
        await Task.Delay(1);
        return await Mixed(depth - 1, acc + (double)d);
    }

    static async Task Main()
    {
        Console.WriteLine("fib(15) = " + await Fib(15));
        Point p = new Point { X = 1, Y = 2 };
        p = await Move(p, 3, 4);
        p = await Move(p, -10, 0);
        Console.WriteLine("point " + p);
        Console.WriteLine(string.Join(",", await Collect()));
        Console.WriteLine("ok: " + await WithFinally(false));
        try
        {
            await WithFinally(true);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
        Console.WriteLine("mixed: " + await Mixed(4, 0.25));
        int local = 10;
        Func<int, Task<int>> addLater = async x => { await Task.Delay(1); return x + local; };
        local = 20;
        Console.WriteLine("lambda: " + await addLater(5));
    }
}
