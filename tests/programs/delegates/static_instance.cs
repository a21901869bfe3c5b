// Delegates to static methods, instance methods, virtual methods (dispatched on
// the target at creation), and struct instance methods (bound to a boxed copy).
using System;

delegate int IntOp(int x);

class Calc
{
    private readonly int k;
    public Calc(int k) { this.k = k; }
    public int Add(int x) => x + k;
    public virtual int Scale(int x) => x * k;
}

class BigCalc : Calc
{
    public BigCalc(int k) : base(k) { }
    public override int Scale(int x) => base.Scale(x) * 1000;
}

struct Offset
{
    public int By;
    public int Apply(int x) => x + By;
}

class Program
{
    static int Square(int x) => x * x;

    static int Main()
    {
        IntOp sq = Square;
        IntOp add = new Calc(10).Add;
        Calc big = new BigCalc(2);
        IntOp scale = big.Scale;
        Offset off = new Offset { By = 5 };
        IntOp apply = off.Apply;
        off.By = 100;   // the delegate holds its own copy
        Console.WriteLine(sq(7) + " " + add(7) + " " + scale(7) + " " + apply(7));
        Console.WriteLine("targets: static null " + (sq.Target == null) + ", instance " + add.Target.GetType().Name + ", method " + sq.Method.Name);
        IntOp viaNew = new IntOp(Square);
        Console.WriteLine("equal delegates " + sq.Equals(viaNew) + ", different " + sq.Equals(add));
        return 0;
    }
}
