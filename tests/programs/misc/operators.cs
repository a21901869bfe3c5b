// User-defined operators: arithmetic, comparison, equality, true/false, implicit
// and explicit conversions, increment, and compound assignment using them.
using System;

struct Fraction
{
    public readonly long Num, Den;
    public Fraction(long n, long d)
    {
        if (d == 0) throw new DivideByZeroException();
        long g = Gcd(Math.Abs(n), Math.Abs(d));
        if (d < 0) { n = -n; d = -d; }
        Num = n / g; Den = d / g;
    }
    static long Gcd(long a, long b) => b == 0 ? (a == 0 ? 1 : a) : Gcd(b, a % b);
    public static Fraction operator +(Fraction a, Fraction b) => new Fraction(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den);
    public static Fraction operator -(Fraction a) => new Fraction(-a.Num, a.Den);
    public static Fraction operator *(Fraction a, Fraction b) => new Fraction(a.Num * b.Num, a.Den * b.Den);
    public static Fraction operator /(Fraction a, Fraction b) => new Fraction(a.Num * b.Den, a.Den * b.Num);
    public static Fraction operator ++(Fraction a) => a + 1;
    public static bool operator ==(Fraction a, Fraction b) => a.Num == b.Num && a.Den == b.Den;
    public static bool operator !=(Fraction a, Fraction b) => !(a == b);
    public static bool operator <(Fraction a, Fraction b) => a.Num * b.Den < b.Num * a.Den;
    public static bool operator >(Fraction a, Fraction b) => b < a;
    public static bool operator true(Fraction a) => a.Num != 0;
    public static bool operator false(Fraction a) => a.Num == 0;
    public static Fraction operator &(Fraction a, Fraction b) => new Fraction(a.Num != 0 && b.Num != 0 ? 1 : 0, 1);
    public static implicit operator Fraction(long n) => new Fraction(n, 1);
    public static explicit operator double(Fraction f) => (double)f.Num / f.Den;
    public override bool Equals(object o) => o is Fraction f && f == this;
    public override int GetHashCode() => (int)(Num * 31 + Den);
    public override string ToString() => Num + "/" + Den;
}

class Program
{
    static int Main()
    {
        var half = new Fraction(1, 2);
        var third = new Fraction(2, 6);
        Console.WriteLine(half + " + " + third + " = " + (half + third));
        Console.WriteLine("product " + half * third + ", quotient " + half / third + ", negated " + -half);
        Fraction f = 3;
        f += half;
        f++;
        Console.WriteLine("compound " + f + " as double " + (double)f);
        Console.WriteLine("compare " + (half > third) + " " + (half < third) + " " + (half == new Fraction(3, 6)) + " " + (half != third));
        Fraction zero = 0;
        if (zero) Console.WriteLine("zero is true?"); else Console.WriteLine("zero is false");
        if (half) Console.WriteLine("half is true");
        Console.WriteLine("&& with operator true/false: " + (half && zero ? "yes" : "no"));
        try
        {
            var bad = half / zero;
            Console.WriteLine("not reached " + bad);
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("x / 0: DivideByZeroException");
        }
        return 0;
    }
}
