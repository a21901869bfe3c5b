// NaN and Infinity: comparisons (the unordered branch forms), arithmetic, signed zero.
using System;

class Program
{
    static double D(double x) => x;

    static void Compare(string name, double a, double b)
    {
        Console.WriteLine(name + ": == " + (a == b) + ", != " + (a != b) + ", < " + (a < b) + ", <= " + (a <= b) +
                          ", > " + (a > b) + ", >= " + (a >= b) + ", !(a < b) " + !(a < b) + ", !(a >= b) " + !(a >= b));
    }

    static int Main()
    {
        double nan = D(double.NaN), inf = D(double.PositiveInfinity), one = D(1.0), zero = D(0.0), nzero = D(-0.0);
        Compare("NaN vs 1", nan, one);
        Compare("1 vs NaN", one, nan);
        Compare("NaN vs NaN", nan, nan);
        Compare("Inf vs 1", inf, one);
        Compare("0 vs -0", zero, nzero);
        int branches = 0;
        if (nan < one) branches += 1;
        if (!(nan < one)) branches += 2;
        if (nan > one) branches += 4;
        if (!(nan > one)) branches += 8;
        if (nan != nan) branches += 16;
        Console.WriteLine("branch mask " + branches);
        Console.WriteLine("NaN.Equals(NaN) " + nan.Equals(nan) + ", IsNaN " + double.IsNaN(nan));
        Console.WriteLine("Inf - Inf is NaN " + double.IsNaN(inf - inf));
        Console.WriteLine("Inf * 0 is NaN " + double.IsNaN(inf * zero));
        Console.WriteLine("Inf + 1 = " + (inf + one) + ", -Inf = " + (-inf));
        Console.WriteLine("1 / -0 = " + (one / nzero));
        Console.WriteLine("-0 == 0 " + (nzero == zero) + ", sign bit " + (BitConverter.DoubleToInt64Bits(nzero) < 0));
        Console.WriteLine("0 * -1 sign bit " + (BitConverter.DoubleToInt64Bits(zero * D(-1)) < 0));
        Console.WriteLine("NaN bits exponent all ones: " + ((BitConverter.DoubleToInt64Bits(nan) >> 52 & 0x7FF) == 0x7FF));
        Console.WriteLine("Math.Max(NaN,1) NaN " + double.IsNaN(Math.Max(nan, one)));
        Console.WriteLine("MaxValue * 2 = " + (D(double.MaxValue) * 2));
        Console.WriteLine("Epsilon / 2 = " + (D(double.Epsilon) / 2));
        float fnan = (float)nan;
        Console.WriteLine("float NaN < 1 " + (fnan < 1f) + ", float NaN == itself " + (fnan == fnan));
        Console.WriteLine("float Inf " + (float)inf);
        // NaN sorts first in CompareTo, which is not the operator semantics.
        Console.WriteLine("NaN.CompareTo(1) = " + nan.CompareTo(one) + ", 1.CompareTo(NaN) = " + one.CompareTo(nan));
        return 0;
    }
}
