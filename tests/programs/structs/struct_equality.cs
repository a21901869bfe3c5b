// ValueType.Equals compares field by field; overriding Equals/GetHashCode; == on
// a struct needs an operator.
using System;

struct Plain
{
    public int A;
    public long B;
}

struct WithRef
{
    public int A;
    public string S;
}

struct Custom
{
    public int Key;
    public int Ignored;
    public override bool Equals(object o) => o is Custom c && c.Key == Key;
    public override int GetHashCode() => Key;
    public static bool operator ==(Custom a, Custom b) => a.Key == b.Key;
    public static bool operator !=(Custom a, Custom b) => a.Key != b.Key;
}

class Program
{
    static int Main()
    {
        var p1 = new Plain { A = 1, B = 2 };
        var p2 = new Plain { A = 1, B = 2 };
        var p3 = new Plain { A = 1, B = 3 };
        Console.WriteLine("plain " + p1.Equals(p2) + " " + p1.Equals(p3) + " " + p1.Equals((object)p2) + " " + p1.Equals("x"));
        var r1 = new WithRef { A = 1, S = "a" + 1 };
        var r2 = new WithRef { A = 1, S = "a1" };
        var r3 = new WithRef { A = 1, S = null };
        Console.WriteLine("with ref " + r1.Equals(r2) + " " + r1.Equals(r3) + " " + r3.Equals(r3));
        var c1 = new Custom { Key = 5, Ignored = 1 };
        var c2 = new Custom { Key = 5, Ignored = 2 };
        Console.WriteLine("custom " + c1.Equals(c2) + " " + (c1 == c2) + " " + (c1 != c2) + " hash " + c1.GetHashCode());
        Console.WriteLine("hash equal for equal plain: " + (p1.GetHashCode() == p2.GetHashCode()));
        return 0;
    }
}
