// Static constructors of generic types run once per instantiation, lazily,
// and may touch other instantiations.
using System;

class Lazy<T>
{
    public static readonly string Tag;
    static Lazy()
    {
        Console.WriteLine("cctor Lazy<" + typeof(T).Name + ">");
        Tag = typeof(T).Name.ToLowerInvariant();
    }
    public static string Get() => Tag;
}

class Chain<T>
{
    public static int Depth;
    static Chain()
    {
        Console.WriteLine("cctor Chain<" + typeof(T).Name + ">");
        Depth = typeof(T) == typeof(int) ? 0 : Chain<int>.Depth + 1;
    }
}

class Program
{
    static int Main()
    {
        Console.WriteLine("start");
        Console.WriteLine(Lazy<string>.Get());
        Console.WriteLine(Lazy<string>.Get());
        Console.WriteLine(Lazy<Program>.Get());
        Console.WriteLine("Chain<long> " + Chain<long>.Depth);
        Console.WriteLine("Chain<int> " + Chain<int>.Depth);
        return 0;
    }
}
