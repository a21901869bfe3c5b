// ValueTuple: construction, names, deconstruction, swap, tuples as return values
// and in generic code, equality.
using System;
using System.Collections.Generic;

class Program
{
    static (int min, int max, double avg) Stats(int[] a)
    {
        int mn = int.MaxValue, mx = int.MinValue;
        long sum = 0;
        foreach (int x in a) { mn = Math.Min(mn, x); mx = Math.Max(mx, x); sum += x; }
        return (mn, mx, (double)sum / a.Length);
    }

    static int Main()
    {
        var s = Stats(new[] { 4, 8, 15, 16, 23, 42 });
        Console.WriteLine("min " + s.min + " max " + s.max + " avg " + s.avg);
        var (lo, hi, _) = s;
        Console.WriteLine("deconstructed " + lo + " " + hi);
        int x = 1, y = 2;
        (x, y) = (y, x);
        Console.WriteLine("swapped " + x + " " + y);
        var t = (1, "two", 3.0, 'c', true, 6L, (byte)7, 8u);
        Console.WriteLine(t.ToString());
        var nested = (a: 1, b: (c: 2, d: (e: 3, f: "deep")));
        Console.WriteLine(nested.b.d.f + " " + nested.b.c);
        Console.WriteLine("equal " + ((1, "a") == (1, "a")) + " " + ((1, 2) != (1, 3)) + " " + (1, 2).Equals((1, 2)));
        var list = new List<(string name, int age)> { ("ann", 30), ("bob", 25) };
        list.Sort((p, q) => p.age.CompareTo(q.age));
        Console.WriteLine(list[0].name + " " + list[1].name);
        var big = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        Console.WriteLine("ten elements, last " + big.Item10 + " " + big);
        return 0;
    }
}
