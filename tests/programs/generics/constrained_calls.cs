// `constrained.` calls: ToString/Equals/GetHashCode/CompareTo on a T that may be
// a value type (no box, its own override) or a reference type (virtual call).
// (Hash codes are compared, never printed: string hashing is randomised per process.)
using System;

struct Money : IEquatable<Money>
{
    public int Cents;
    public override string ToString() => "$" + Cents / 100 + "." + (Cents % 100).ToString("D2");
    public override int GetHashCode() => Cents;
    public bool Equals(Money o) => o.Cents == Cents;
    public override bool Equals(object o) => o is Money m && Equals(m);
}

struct NoOverrides
{
    public int A;
}

class Ref
{
    public string N;
    public override string ToString() => "Ref " + N;
    public override int GetHashCode() => N.Length;
}

class Program
{
    static string Describe<T>(T x, T y) =>
        x.ToString() + " | eq " + x.Equals(y) + " | same hash " + (x.GetHashCode() == y.GetHashCode()) + " | type " + x.GetType().Name;

    static int Compare<T>(T a, T b) where T : IComparable<T> => a.CompareTo(b);

    static bool Eq<T>(T a, T b) where T : IEquatable<T> => a.Equals(b);

    static int Main()
    {
        Console.WriteLine(Describe(5, 5));
        Console.WriteLine(Describe(-7L, 7L));
        Console.WriteLine(Describe('c', 'c'));
        Console.WriteLine(Describe(true, false));
        Console.WriteLine(Describe(new Money { Cents = 1234 }, new Money { Cents = 1234 }));
        Console.WriteLine(Describe(new NoOverrides { A = 3 }, new NoOverrides { A = 3 }));
        Console.WriteLine(Describe(new Ref { N = "abc" }, new Ref { N = "abc" }));
        Console.WriteLine(Describe("str", "s" + "tr"));
        Console.WriteLine(Compare(3, 5) + " " + Compare("b", "a") + " " + Compare(2.0, 2.0));
        Console.WriteLine(Eq(new Money { Cents = 5 }, new Money { Cents = 5 }) + " " + Eq(1u, 2u));
        return 0;
    }
}
