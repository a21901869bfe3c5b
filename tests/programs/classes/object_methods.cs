// System.Object's virtual methods: ToString default (the type name), Equals
// default (reference equality), overrides, ReferenceEquals, GetType.
using System;

class Plain { }

class Named
{
    public string N;
    public override string ToString() => "Named " + N;
    public override bool Equals(object o) => o is Named other && other.N == N;
    public override int GetHashCode() => N.Length;
}

namespace Deep.Space
{
    class Inner { public class Nested { } }
}

class Program
{
    static int Main()
    {
        var p1 = new Plain();
        var p2 = new Plain();
        Console.WriteLine(p1.ToString());
        Console.WriteLine(new Deep.Space.Inner().ToString());
        Console.WriteLine(new Deep.Space.Inner.Nested().ToString());
        Console.WriteLine("plain equals self " + p1.Equals(p1) + ", other " + p1.Equals(p2) + ", null " + p1.Equals(null));
        var n1 = new Named { N = "x" };
        var n2 = new Named { N = "x" };
        Console.WriteLine(n1 + " equals " + n1.Equals(n2) + ", ReferenceEquals " + ReferenceEquals(n1, n2) +
                          ", == " + (n1 == n2) + ", static Equals " + Equals(n1, n2));
        Console.WriteLine("hash " + n1.GetHashCode());
        Console.WriteLine("GetType " + n1.GetType().Name + " " + (n1.GetType() == typeof(Named)) + " " + (p1.GetType() == n1.GetType()));
        object o = 5;
        Console.WriteLine("boxed int ToString " + o.ToString() + " type " + o.GetType().FullName);
        return 0;
    }
}
