// Extension methods on classes, structs (by value and by ref), interfaces and
// generic types; they are static calls with the receiver as first argument.
using System;
using System.Collections.Generic;

struct Counter { public int N; }

static class Ext
{
    public static string Twice(this string s) => s + s;
    public static int Bumped(this Counter c) { c.N++; return c.N; }
    public static void Bump(ref this Counter c) => c.N++;
    public static int Total(this IEnumerable<int> xs) { int t = 0; foreach (int x in xs) t += x; return t; }
    public static T Second<T>(this List<T> l) => l[1];
    public static bool IsNull(this object o) => o == null;
}

class Program
{
    static int Main()
    {
        Console.WriteLine("ab".Twice());
        var c = new Counter();
        Console.WriteLine("by value " + c.Bumped() + " then " + c.N);
        c.Bump();
        c.Bump();
        Console.WriteLine("by ref " + c.N);
        Console.WriteLine("interface " + new[] { 1, 2, 3 }.Total() + " " + new List<int> { 4, 5 }.Total());
        Console.WriteLine("generic " + new List<string> { "x", "y" }.Second());
        string nothing = null;
        Console.WriteLine("on null receiver " + nothing.IsNull());
        return 0;
    }
}
