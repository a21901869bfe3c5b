// Generic structs: layout depends on the type argument (Opt<byte> vs Opt<long> vs
// Opt<string>), nested generic structs, arrays of them.
using System;

struct Opt<T>
{
    public bool Has;
    public T Value;
    public static Opt<T> Some(T v) => new Opt<T> { Has = true, Value = v };
    public T Or(T fallback) => Has ? Value : fallback;
    public override string ToString() => Has ? "Some(" + Value + ")" : "None";
}

struct Pair<A, B>
{
    public A First;
    public B Second;
    public Pair(A a, B b) { First = a; Second = b; }
    public Pair<B, A> Swap() => new Pair<B, A>(Second, First);
    public override string ToString() => "(" + First + ", " + Second + ")";
}

class Program
{
    static int Main()
    {
        var ob = Opt<byte>.Some(7);
        var ol = Opt<long>.Some(long.MaxValue);
        var os = Opt<string>.Some("str");
        var none = default(Opt<double>);
        Console.WriteLine(ob + " " + ol + " " + os + " " + none + " " + none.Or(1.5));
        var p = new Pair<int, Opt<string>>(1, os);
        var q = p.Swap();
        Console.WriteLine(p + " " + q);
        var nested = new Pair<Pair<byte, long>, Pair<string, bool>>(new Pair<byte, long>(1, 2), new Pair<string, bool>("x", true));
        Console.WriteLine(nested + " " + nested.Swap());
        var arr = new Opt<short>[5];
        for (int i = 0; i < arr.Length; i += 2)
            arr[i] = Opt<short>.Some((short)(i * 1000));
        int sum = 0;
        foreach (var o in arr)
            sum += o.Or(-1);
        Console.WriteLine("sum " + sum);
        return 0;
    }
}
