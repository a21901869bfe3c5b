// Conversions between integers and floating point (conv.r4, conv.r8, conv.r.un,
// conv.i4 from r8 ...): rounding toward zero, large unsigned values, precision loss.
using System;

class Program
{
    static double D(double x) => x;
    static long L(long x) => x;
    static ulong UL(ulong x) => x;
    static int I(int x) => x;

    static int Main()
    {
        double[] ds = { 0.0, 0.4, 0.5, 0.6, 1.5, 2.5, -0.5, -1.5, -2.7, 1e9, -1e9, 2147483647.0, 123456789.987 };
        foreach (double d0 in ds)
        {
            double d = D(d0);
            Console.WriteLine(d + " -> int " + (int)d + ", long " + (long)d + ", short " + (short)(int)d +
                              ", float " + (float)d);
        }
        Console.WriteLine("(uint)3e9 = " + (uint)D(3e9));
        Console.WriteLine("(ulong)1e19 = " + (ulong)D(1e19));
        Console.WriteLine("(ulong)9.3e18 = " + (ulong)D(9.3e18));
        Console.WriteLine("(long)-9.2e18 = " + (long)D(-9.2e18));

        Console.WriteLine("(double)long max = " + (double)L(long.MaxValue));
        Console.WriteLine("(double)ulong max = " + (double)UL(ulong.MaxValue));
        Console.WriteLine("(double)2^63 as ulong = " + (double)UL(9223372036854775808));
        Console.WriteLine("(float)ulong 2^64-1 = " + (float)UL(ulong.MaxValue));
        Console.WriteLine("(double)(uint)-1 = " + (double)(uint)I(-1));
        Console.WriteLine("(float)int max = " + (float)I(int.MaxValue));
        Console.WriteLine("(float)16777217 = " + (float)I(16777217));
        Console.WriteLine("(double)9007199254740993L = " + (double)L(9007199254740993));
        Console.WriteLine("(long)(double)9007199254740993L = " + (long)(double)L(9007199254740993));
        Console.WriteLine("(int)(float)0.1 == 0: " + ((int)(float)D(0.1) == 0));
        Console.WriteLine("(double)(float)0.1 = " + (double)(float)D(0.1));
        Console.WriteLine("(float)1e40 = " + (float)D(1e40));
        Console.WriteLine("(float)1e-50 = " + (float)D(1e-50));
        Console.WriteLine("(float)-1e-50 is negative zero: " + (1 / (float)D(-1e-50) < 0));
        // Saturating conversions of out-of-range values (NET 5+ semantics on all CPUs).
        Console.WriteLine("(int)NaN = " + (int)D(double.NaN));
        Console.WriteLine("(int)1e10 = " + (int)D(1e10));
        Console.WriteLine("(int)-1e10 = " + (int)D(-1e10));
        Console.WriteLine("(long)+Inf = " + (long)D(double.PositiveInfinity));
        Console.WriteLine("(uint)-5.0 = " + (uint)D(-5.0));
        Console.WriteLine("(ulong)-5.0 = " + (ulong)D(-5.0));
        Console.WriteLine("(byte)300.0 = " + (byte)D(300.0));
        Console.WriteLine("(char)70000.0 = " + (int)(char)D(70000.0));
        return 0;
    }
}
