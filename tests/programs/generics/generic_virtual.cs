// Generic virtual methods: overridden in subclasses, called with different type
// arguments; and generic interface methods implemented by classes and structs.
using System;

class Visitor
{
    public virtual string Visit<T>(T item) => "Visitor.Visit<" + typeof(T).Name + ">(" + item + ")";
}

class Loud : Visitor
{
    public override string Visit<T>(T item) => "LOUD " + base.Visit(item).ToUpperInvariant();
}

class Quiet : Loud
{
    public override string Visit<T>(T item) => "quiet<" + typeof(T).Name + ">";
}

interface ITransform { T Apply<T>(T x, Func<T, T> f); }

class Twice : ITransform { public T Apply<T>(T x, Func<T, T> f) => f(f(x)); }
struct Once : ITransform { public T Apply<T>(T x, Func<T, T> f) => f(x); }

class Program
{
    static string Run<TT>(TT t, int v) where TT : ITransform => t.Apply(v, n => n + 1) + "/" + t.Apply("s", s => s + "!");

    static int Main()
    {
        Visitor[] vs = { new Visitor(), new Loud(), new Quiet() };
        foreach (var v in vs)
        {
            Console.WriteLine(v.Visit(42));
            Console.WriteLine(v.Visit("text"));
            Console.WriteLine(v.Visit(2.5));
        }
        ITransform[] ts = { new Twice(), new Once() };
        foreach (var t in ts)
            Console.WriteLine(t.Apply(10, n => n * 3) + " " + t.Apply("a", s => s + "b"));
        Console.WriteLine(Run(new Twice(), 1) + " " + Run(new Once(), 1));
        return 0;
    }
}
