// Static abstract (and static virtual) interface members, called through a
// constrained generic: the generic-math pattern.
using System;

interface IMonoid<T> where T : IMonoid<T>
{
    static abstract T Zero { get; }
    static abstract T operator +(T a, T b);
    static virtual string Describe() => "a monoid";
}

struct Sum : IMonoid<Sum>
{
    public int V;
    public Sum(int v) { V = v; }
    public static Sum Zero => new Sum(0);
    public static Sum operator +(Sum a, Sum b) => new Sum(a.V + b.V);
    public override string ToString() => "Sum(" + V + ")";
}

class Concat : IMonoid<Concat>
{
    public string S;
    public Concat(string s) { S = s; }
    public static Concat Zero => new Concat("");
    public static Concat operator +(Concat a, Concat b) => new Concat(a.S + b.S);
    public static string Describe() => "string concatenation";
    public override string ToString() => "Concat(" + S + ")";
}

class Program
{
    static T Fold<T>(T[] items) where T : IMonoid<T>
    {
        T acc = T.Zero;
        foreach (T x in items)
            acc = acc + x;
        return acc;
    }

    static string Describe<T>() where T : IMonoid<T> => T.Describe();

    static int Main()
    {
        Console.WriteLine(Fold(new[] { new Sum(1), new Sum(2), new Sum(39) }));
        Console.WriteLine(Fold(new[] { new Concat("a"), new Concat("b"), new Concat("c") }));
        Console.WriteLine(Fold(new Sum[0]));
        Console.WriteLine(Describe<Sum>() + "; " + Describe<Concat>());
        return 0;
    }
}
