// default(T), null comparisons of T, and `is null` on unconstrained T, over value
// and reference instantiations.
using System;

class Program
{
    static string Info<T>()
    {
        T d = default;
        bool isNull = d == null;
        string text = d?.ToString() ?? "null";
        return typeof(T).Name + ": default " + text + ", == null " + isNull + ", is null " + (d is null);
    }

    static T FirstOrDefault<T>(T[] a, Func<T, bool> pred)
    {
        foreach (T x in a)
            if (pred(x))
                return x;
        return default;
    }

    static int Main()
    {
        Console.WriteLine(Info<int>());
        Console.WriteLine(Info<double>());
        Console.WriteLine(Info<bool>());
        Console.WriteLine(Info<char>() .Replace("\0", "\\0"));
        Console.WriteLine(Info<string>());
        Console.WriteLine(Info<int?>());
        Console.WriteLine(Info<object>());
        Console.WriteLine(FirstOrDefault(new[] { 1, 2, 3 }, x => x > 5));
        Console.WriteLine(FirstOrDefault(new[] { "a", "bb" }, x => x.Length > 5) ?? "none");
        return 0;
    }
}
