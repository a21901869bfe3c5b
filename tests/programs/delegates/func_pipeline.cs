// Higher-order functions written by hand: map, filter and fold over arrays with
// delegates, without LINQ.
using System;

class Program
{
    static T[] Map<S, T>(S[] a, Func<S, T> f)
    {
        var r = new T[a.Length];
        for (int i = 0; i < a.Length; i++)
            r[i] = f(a[i]);
        return r;
    }

    static T[] Filter<T>(T[] a, Predicate<T> p)
    {
        int n = 0;
        foreach (T x in a)
            if (p(x))
                n++;
        var r = new T[n];
        n = 0;
        foreach (T x in a)
            if (p(x))
                r[n++] = x;
        return r;
    }

    static A Fold<T, A>(T[] a, A seed, Func<A, T, A> f)
    {
        A acc = seed;
        foreach (T x in a)
            acc = f(acc, x);
        return acc;
    }

    static int Main()
    {
        int[] nums = new int[20];
        for (int i = 0; i < nums.Length; i++)
            nums[i] = i + 1;
        var squares = Map(nums, x => (long)x * x);
        var evens = Filter(squares, x => x % 2 == 0);
        long sum = Fold(evens, 0L, (acc, x) => acc + x);
        string text = Fold(Map(evens, x => x.ToString()), "", (acc, s) => acc.Length == 0 ? s : acc + "," + s);
        Console.WriteLine(text);
        Console.WriteLine("sum " + sum);
        Comparison<string> byLength = (x, y) => x.Length - y.Length;
        string[] words = { "ccc", "a", "bb", "dddd" };
        Array.Sort(words, byLength);
        Console.WriteLine(string.Join(" ", words));
        return 0;
    }
}
