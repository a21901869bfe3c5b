// Struct constructors, field initialisers (C# 10+), `this` chaining, default(T).
using System;

struct Config
{
    public int Level = 3;
    public string Name = "default";
    public Config() { }
    public Config(string name) : this() { Name = name; }
    public Config(int level, string name) { Level = level; Name = name; }
}

struct Pair
{
    public int A, B;
    public Pair(int a) : this(a, a * 10) { }
    public Pair(int a, int b) { A = a; B = b; }
}

class Program
{
    static T Def<T>() => default;

    static int Main()
    {
        Config a = new Config();
        Config b = new Config("named");
        Config c = new Config(9, "full");
        Config d = default;
        Console.WriteLine(a.Level + " " + a.Name);
        Console.WriteLine(b.Level + " " + b.Name);
        Console.WriteLine(c.Level + " " + c.Name);
        Console.WriteLine(d.Level + " " + (d.Name == null ? "null" : d.Name));
        Config e = Def<Config>();
        Console.WriteLine("generic default " + e.Level + " " + (e.Name == null));
        Config[] arr = new Config[1];
        Console.WriteLine("array element " + arr[0].Level);
        Pair p = new Pair(4);
        Console.WriteLine("chained " + p.A + " " + p.B);
        return 0;
    }
}
