// readonly fields of struct type and `in` parameters work on defensive copies;
// readonly struct members do not.
using System;

struct Counter
{
    public int N;
    public int Increment() => ++N;
}

readonly struct Frozen
{
    public readonly int V;
    public Frozen(int v) { V = v; }
    public Frozen With(int d) => new Frozen(V + d);
}

class Holder
{
    public readonly Counter RO;
    public Counter RW;
}

class Program
{
    static int Peek(in Counter c) => c.N;
    static int Sum(in Frozen a, in Frozen b) => a.V + b.V;

    static int Main()
    {
        var h = new Holder();
        Console.WriteLine("readonly field Increment returns " + h.RO.Increment() + ", then " + h.RO.Increment());
        Console.WriteLine("readonly field still " + h.RO.N);
        Console.WriteLine("mutable field Increment returns " + h.RW.Increment() + ", then " + h.RW.Increment());
        Console.WriteLine("mutable field now " + h.RW.N);
        Counter local = new Counter();
        local.Increment();
        Console.WriteLine("in param sees " + Peek(in local));
        Frozen f = new Frozen(20);
        Console.WriteLine("readonly struct " + f.With(2).V + " " + Sum(f, f.With(1)));
        return 0;
    }
}
