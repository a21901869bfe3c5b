// System.Numerics.Complex: construction, arithmetic (exact, printed round-trip),
// functions (printed to 12 significant digits, so one-ulp libm differences between
// targets do not show), special values, equality and formatting.
using System;
using System.Globalization;
using System.Numerics;

static class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;
    static void P(string what, Complex c) => Console.WriteLine(what + " = " + c);
    static void F(string what, Complex c) => Console.WriteLine(what + " = " + c.ToString("G12", Inv));
    static void D(string what, double d) => Console.WriteLine(what + " = " + d.ToString("G12", Inv));

    static void Main()
    {
        var a = new Complex(3, 4);
        var b = new Complex(-1.5, 0.25);
        Complex i = Complex.ImaginaryOne;
        P("a", a); P("b", b); P("zero", Complex.Zero); P("one", Complex.One); P("i", i);
        P("NaN", Complex.NaN); P("Infinity", Complex.Infinity);
        Console.WriteLine($"a.Real={a.Real} a.Imaginary={a.Imaginary} |a|={a.Magnitude} Abs={Complex.Abs(a)}");
        D("a.Phase", a.Phase);
        P("a+b", a + b); P("a-b", a - b); P("a*b", a * b); P("a/b", a / b); P("b/a", b / a);
        P("-a", -a); P("+a", +a); P("i*i", i * i);
        P("a+2", a + 2); P("2+a", 2 + a); P("a-2", a - 2); P("2-a", 2 - a);
        P("a*2", a * 2.0); P("2*a", 2.0 * a); P("a/2", a / 2.0); P("2/a", 2.0 / a);
        P("Add", Complex.Add(a, b)); P("Subtract", Complex.Subtract(1.0, a)); P("Multiply", Complex.Multiply(a, 0.5));
        P("Divide", Complex.Divide(a, b)); P("Divide(d,c)", Complex.Divide(10.0, new Complex(1, -3)));
        P("Negate", Complex.Negate(b)); P("Conjugate", Complex.Conjugate(a)); P("Reciprocal", Complex.Reciprocal(a));
        P("Reciprocal(0)", Complex.Reciprocal(Complex.Zero));
        P("a/0", a / Complex.Zero); P("a/0.0", a / 0.0); P("1/(tiny)", 1.0 / new Complex(1e-300, 1e-300));
        P("big/big", new Complex(1e300, 1e300) / new Complex(1e300, -1e300));
        P("inf*2", new Complex(double.PositiveInfinity, 1) * 2.0);
        P("(1,inf)*2", new Complex(1, double.PositiveInfinity) * 2.0);
        P("inf/2", new Complex(double.PositiveInfinity, double.NegativeInfinity) / 2.0);
        Complex c = a; c++; P("a++", c); c--; c--; P("a--", c);

        P("Sqrt(a)", Complex.Sqrt(a)); P("Sqrt(-4)", Complex.Sqrt(-4)); P("Sqrt(9)", Complex.Sqrt(9));
        P("Sqrt(2i)", Complex.Sqrt(new Complex(0, 2))); P("Sqrt(-3-4i)", Complex.Sqrt(new Complex(-3, -4)));
        P("Sqrt(huge)", Complex.Sqrt(new Complex(1e308, 1e308))); P("Sqrt(x+inf i)", Complex.Sqrt(new Complex(1, double.PositiveInfinity)));
        foreach (var (x, y) in new[] { (0.1, 0.2), (1.1, 2.3), (1.0, 1e-8), (3e-320, 4e-320), (7.0, 7.0), (1e-200, 1e200), (123.456, 789.012), (double.NaN, double.PositiveInfinity), (double.NaN, 1.0), (double.NegativeInfinity, double.NaN), (-4.0, double.NegativeInfinity), (double.NegativeInfinity, 2.0), (double.PositiveInfinity, double.NaN), (double.PositiveInfinity, -2.0), (double.NegativeInfinity, -2.0), (double.NaN, double.NaN), (double.PositiveInfinity, double.PositiveInfinity), (double.NegativeInfinity, double.NegativeInfinity), (double.MaxValue, double.NaN), (-double.MaxValue, double.NaN), (-1e300, double.NaN), (-1.0, double.NaN), (1.0, double.NaN) })
            Console.WriteLine($"Abs({x}, {y}) = {Complex.Abs(new Complex(x, y))} Sqrt = {Complex.Sqrt(new Complex(x, y))}");
        P("Abs(huge)", Complex.Abs(new Complex(1e308, 1e308))); P("Abs(inf,NaN)", Complex.Abs(new Complex(double.PositiveInfinity, double.NaN)));
        F("Exp(a)", Complex.Exp(a)); F("Exp(i pi)", Complex.Exp(i * Math.PI)); F("Log(a)", Complex.Log(a));
        F("Log(-1)", Complex.Log(-1)); F("Log(a, 2)", Complex.Log(a, 2)); F("Log10(a)", Complex.Log10(a));
        F("Pow(a, 2)", Complex.Pow(a, 2)); F("Pow(a, b)", Complex.Pow(a, b)); F("Pow(i, i)", Complex.Pow(i, i));
        P("Pow(a, 0)", Complex.Pow(a, Complex.Zero)); P("Pow(0, a)", Complex.Pow(Complex.Zero, a));
        F("Sin(a)", Complex.Sin(a)); F("Cos(a)", Complex.Cos(a)); F("Tan(a)", Complex.Tan(a)); F("Tan(1+5i)", Complex.Tan(new Complex(1, 5)));
        F("Sinh(b)", Complex.Sinh(b)); F("Cosh(b)", Complex.Cosh(b)); F("Tanh(b)", Complex.Tanh(b)); F("Atan(b)", Complex.Atan(b));
        F("FromPolar(2, pi/3)", Complex.FromPolarCoordinates(2, Math.PI / 3));
        var polar = Complex.FromPolarCoordinates(a.Magnitude, a.Phase);
        F("round trip", polar);

        Console.WriteLine($"a==a {a == new Complex(3, 4)} a!=b {a != b} NaN==NaN {Complex.NaN == Complex.NaN} NaN.Equals {Complex.NaN.Equals(Complex.NaN)}");
        Console.WriteLine($"Equals(object) {a.Equals((object)new Complex(3, 4))} {a.Equals((object)3)} {a.Equals(null)}");
        Console.WriteLine($"hash equal {a.GetHashCode() == new Complex(3, 4).GetHashCode()}");
        foreach (var z in new[] { a, Complex.Zero, new Complex(0, 2), new Complex(5, 0), Complex.NaN, Complex.Infinity, new Complex(double.NaN, 1), new Complex(1, double.NegativeInfinity), new Complex(-0.0, 0) })
            Console.WriteLine($"{z}: finite={Complex.IsFinite(z)} inf={Complex.IsInfinity(z)} nan={Complex.IsNaN(z)} real={Complex.IsRealNumber(z)} imag={Complex.IsImaginaryNumber(z)} complex={Complex.IsComplexNumber(z)}");

        Complex fromInt = 7, fromLong = 9L, fromFloat = 1.5f, fromChar = 'A', fromByte = (byte)200;
        Complex fromDec = (Complex)1.25m, fromBig = (Complex)BigInteger.Pow(10, 20);
        P("conversions", fromInt + fromLong + fromFloat); P("char", fromChar); P("byte", fromByte); P("decimal", fromDec); P("BigInteger", fromBig);
        Console.WriteLine(new Complex(1.23456, -7.5).ToString("F2", Inv));
        Console.WriteLine(new Complex(1234.5, 0.001).ToString("N1", Inv));
        Console.WriteLine(new Complex(0.1, 1e20).ToString(Inv));
        Console.WriteLine(string.Format(Inv, "{0} | {0:E3} | {1,20}", a, b));
        Console.WriteLine($"interpolated {b:0.00}");
        Span<char> buf = stackalloc char[8];
        bool ok = a.TryFormat(buf, out int n, default, Inv);
        Console.WriteLine($"TryFormat small {ok} {n}");
        buf = stackalloc char[32];
        ok = a.TryFormat(buf, out n, "F1", Inv);
        Console.WriteLine($"TryFormat {ok} {n} {new string(buf.Slice(0, n))}");
    }
}
