// Generic methods: type inference, explicit type arguments, several type
// parameters, generic methods in generic classes.
using System;

class Util
{
    public static T Max<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b) >= 0 ? a : b;
    public static void Swap<T>(ref T a, ref T b) { T t = a; a = b; b = t; }
    public static TOut Map<TIn, TOut>(TIn x, Func<TIn, TOut> f) => f(x);
    public static string Name<T>() => typeof(T).Name;
    public static T[] Repeat<T>(T x, int n)
    {
        var a = new T[n];
        for (int i = 0; i < n; i++)
            a[i] = x;
        return a;
    }
}

class Holder<T>
{
    public T Item;
    public (T, U) With<U>(U other) => (Item, other);
    public string Both<U>() => typeof(T).Name + "+" + typeof(U).Name;
}

class Program
{
    static int Main()
    {
        Console.WriteLine(Util.Max(3, 9) + " " + Util.Max("pear", "apple") + " " + Util.Max(2.5, -1.0));
        int x = 1, y = 2;
        Util.Swap(ref x, ref y);
        string s = "s", t = "t";
        Util.Swap(ref s, ref t);
        Console.WriteLine(x + " " + y + " " + s + " " + t);
        Console.WriteLine(Util.Map(21, v => v * 2) + " " + Util.Map("abc", v => v.Length) + " " + Util.Map<int, string>(7, v => "#" + v));
        Console.WriteLine(Util.Name<int>() + " " + Util.Name<string>() + " " + Util.Name<Holder<long>>());
        Console.WriteLine(Util.Repeat('z', 3).Length + " " + new string(Util.Repeat('z', 3)));
        var h = new Holder<int> { Item = 4 };
        var pair = h.With("four");
        Console.WriteLine(pair.Item1 + " " + pair.Item2 + " " + h.Both<bool>());
        return 0;
    }
}
