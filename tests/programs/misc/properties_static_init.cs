// Static and instance members used together: a singleton, a static counter
// updated from instance constructors, static readonly object graphs.
using System;
using System.Collections.Generic;

sealed class Registry
{
    public static Registry Instance { get; } = new Registry();
    private readonly List<string> names = new List<string>();
    private Registry() { Console.WriteLine("registry created"); }
    public int Register(string n) { names.Add(n); return names.Count; }
    public string All => string.Join(",", names);
}

class Widget
{
    public static int Count { get; private set; }
    public static readonly string[] Kinds = { "button", "label" };
    public readonly int Serial;
    public Widget() { Serial = ++Count; Registry.Instance.Register(Kinds[Serial % 2] + Serial); }
}

class Program
{
    static int Main()
    {
        Console.WriteLine("before widgets");
        for (int i = 0; i < 4; i++)
            new Widget();
        Console.WriteLine("count " + Widget.Count + " registry " + Registry.Instance.All);
        Console.WriteLine("same instance " + ReferenceEquals(Registry.Instance, Registry.Instance));
        return 0;
    }
}
