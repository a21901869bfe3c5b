// Math functions the engine maps to C (or intrinsics): results on exact inputs.
using System;

class Program
{
    static double D(double x) => x;

    static int Main()
    {
        Console.WriteLine("Abs " + Math.Abs(-5) + " " + Math.Abs(D(-2.5)) + " " + Math.Abs(-7L));
        try
        {
            Console.WriteLine(Math.Abs(int.MinValue));
        }
        catch (OverflowException)
        {
            Console.WriteLine("Abs(int.MinValue) -> OverflowException");
        }
        Console.WriteLine("Min/Max " + Math.Min(3, -4) + " " + Math.Max(3u, 9u) + " " + Math.Max(D(1.5), D(-1.5)));
        Console.WriteLine("Sqrt " + Math.Sqrt(D(144)) + " " + Math.Sqrt(D(2.25)) + " NaN:" + double.IsNaN(Math.Sqrt(D(-1))));
        Console.WriteLine("Floor " + Math.Floor(D(-2.5)) + " " + Math.Floor(D(2.5)));
        Console.WriteLine("Ceiling " + Math.Ceiling(D(-2.5)) + " " + Math.Ceiling(D(2.1)));
        Console.WriteLine("Round (to even) " + Math.Round(D(2.5)) + " " + Math.Round(D(3.5)) + " " + Math.Round(D(-2.5)));
        Console.WriteLine("Truncate " + Math.Truncate(D(-2.7)) + " " + Math.Truncate(D(2.7)));
        Console.WriteLine("Pow " + Math.Pow(D(2), D(10)) + " " + Math.Pow(D(9), D(0.5)) + " " + Math.Pow(D(0), D(0)));
        Console.WriteLine("Sign " + Math.Sign(-3) + " " + Math.Sign(D(0)) + " " + Math.Sign(7L));
        Console.WriteLine("Exp(0) " + Math.Exp(D(0)) + ", Log(1) " + Math.Log(D(1)) + ", Log10(1000) " + Math.Log10(D(1000)));
        Console.WriteLine("Sin(0) " + Math.Sin(D(0)) + ", Cos(0) " + Math.Cos(D(0)) + ", Atan2(0,1) " + Math.Atan2(D(0), D(1)));
        Console.WriteLine("BigMul " + Math.BigMul(int.MaxValue, int.MaxValue));
        Console.WriteLine("DivRem " + Math.DivRem(17, 5) + " " + Math.DivRem(-17, 5));
        Console.WriteLine("Clamp " + Math.Clamp(15, 0, 10) + " " + Math.Clamp(-3, 0, 10));
        Console.WriteLine("MathF.Sqrt " + MathF.Sqrt(16f) + ", MathF.Abs " + MathF.Abs(-1.5f));
        Console.WriteLine("PI > 3.14159 " + (Math.PI > 3.14159) + ", E < 2.72 " + (Math.E < 2.72));
        return 0;
    }
}
