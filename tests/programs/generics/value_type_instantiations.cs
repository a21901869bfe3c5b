// A generic algorithm instantiated over many value types: each instantiation has
// its own code (different sizes, signedness and arithmetic).
using System;
using System.Numerics;

class Program
{
    static T Sum<T>(T[] xs) where T : INumber<T>
    {
        T acc = T.Zero;
        foreach (T x in xs)
            acc += x;
        return acc;
    }

    static T MaxOf<T>(T[] xs) where T : IComparable<T>
    {
        T best = xs[0];
        for (int i = 1; i < xs.Length; i++)
            if (xs[i].CompareTo(best) > 0)
                best = xs[i];
        return best;
    }

    static void Reverse<T>(T[] a)
    {
        for (int i = 0, j = a.Length - 1; i < j; i++, j--)
            (a[i], a[j]) = (a[j], a[i]);
    }

    static string Show<T>(T[] a) => string.Join(",", a);

    static int Main()
    {
        byte[] b = { 200, 50, 10 };
        sbyte[] sb = { -100, 27, 1 };
        short[] s = { -30000, 20000, 5 };
        int[] i = { -5, 50, 500 };
        long[] l = { long.MaxValue - 10, 5, 3 };
        float[] f = { 0.5f, 0.25f, 1e-3f };
        double[] d = { 1e300, -1e300, 7.5 };
        Console.WriteLine(Sum(b) + " " + Sum(sb) + " " + Sum(s) + " " + Sum(i) + " " + Sum(l) + " " + Sum(f) + " " + Sum(d));
        Console.WriteLine(MaxOf(b) + " " + MaxOf(sb) + " " + MaxOf(s) + " " + MaxOf(i) + " " + MaxOf(l) + " " + MaxOf(f) + " " + MaxOf(d));
        Reverse(b); Reverse(s); Reverse(l); Reverse(d);
        Console.WriteLine(Show(b) + " | " + Show(s) + " | " + Show(l) + " | " + Show(d));
        char[] c = { 'a', 'b', 'c' };
        Reverse(c);
        Console.WriteLine(new string(c) + " " + MaxOf(c));
        return 0;
    }
}
