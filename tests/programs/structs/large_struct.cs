// A struct too big for registers: passed, returned and copied through memory.
using System;

struct Big
{
    public long A, B, C, D, E, F, G, H;
    public Big(long seed)
    {
        A = seed; B = seed * 2; C = seed * 3; D = seed * 4;
        E = seed * 5; F = seed * 6; G = seed * 7; H = seed * 8;
    }
    public long Sum => A + B + C + D + E + F + G + H;
}

class Program
{
    static Big Twice(Big b)
    {
        b.A *= 2; b.H *= 2;
        return b;
    }

    static Big Pick(bool first, Big x, Big y) => first ? x : y;

    static long Deep(Big b, int n) => n == 0 ? b.Sum : Deep(new Big(b.A + 1), n - 1);

    static int Main()
    {
        Big b = new Big(3);
        Big t = Twice(b);
        Console.WriteLine("original sum " + b.Sum + ", twice sum " + t.Sum);
        Console.WriteLine("pick " + Pick(true, b, t).Sum + " " + Pick(false, b, t).Sum);
        Console.WriteLine("deep " + Deep(b, 100));
        Big[] arr = new Big[4];
        for (int i = 0; i < arr.Length; i++)
            arr[i] = new Big(i);
        long total = 0;
        foreach (Big x in arr)
            total += x.Sum;
        Console.WriteLine("array total " + total);
        object o = b;
        Big back = (Big)o;
        back.A = 0;
        Console.WriteLine("unboxed copy " + back.Sum + " boxed " + ((Big)o).Sum);
        return 0;
    }
}
