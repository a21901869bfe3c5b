// Math and MathF over edge values: Round with every MidpointRounding mode and digits,
// Truncate/Floor/Ceiling, Log/Exp/Pow special cases, Clamp, BigMul, DivRem, CopySign,
// FusedMultiplyAdd, ILogB, ScaleB, BitIncrement/Decrement, IEEERemainder, Max/Min with NaN
// and signed zeros, Sign, Abs overflow, the trigonometric and hyperbolic functions.
// Cbrt and the trigonometric functions come from the C library and are not correctly rounded
// everywhere (s390x's cbrt, armhf's pow(x, 0.5) differ in the last place): they print to
// 15 digits.
using System;
using System.Globalization;
using System.Text;

class Program
{
    static double NegZero = -0.0;   // a variable: CoreCLR's JIT folds Math.Min(-0.0, x) to +0.0 for x = +0.0

    static string D(double d) => BitConverter.DoubleToInt64Bits(d) == BitConverter.DoubleToInt64Bits(-0.0) ? "-0" : d.ToString("R", CultureInfo.InvariantCulture);
    static string F(float f) => BitConverter.SingleToInt32Bits(f) == BitConverter.SingleToInt32Bits(-0f) ? "-0" : f.ToString("R", CultureInfo.InvariantCulture);

    static string T(Func<string> f)
    {
        try { return f(); }
        catch (Exception e) { return e.GetType().Name; }
    }

    static int Main()
    {
        double[] vals = { 0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, 1.0, -1.0, 2.675, 1.005, 123.456, -123.456, 1e15 + 0.5, 4503599627370496.0, 4503599627370497.0, 1e300, -1e-300,
                          double.Epsilon, double.MaxValue, double.MinValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity, Math.PI, Math.E, 0.1, 10.0, 3.0, 100.0, 2.0, 0.25 };
        MidpointRounding[] modes = { MidpointRounding.ToEven, MidpointRounding.AwayFromZero, MidpointRounding.ToZero, MidpointRounding.ToNegativeInfinity, MidpointRounding.ToPositiveInfinity };
        foreach (double v in vals)
        {
            var sb = new StringBuilder(D(v) + ":");
            foreach (var m in modes) sb.Append(' ').Append(D(Math.Round(v, m))).Append('/').Append(D(Math.Round(v, 2, m)));
            sb.Append(" | ").Append(D(Math.Round(v))).Append(' ').Append(D(Math.Round(v, 1))).Append(' ').Append(D(Math.Round(v, 15))).Append(' ').Append(D(Math.Truncate(v))).Append(' ').Append(D(Math.Floor(v))).Append(' ').Append(D(Math.Ceiling(v)));
            sb.Append(" | ").Append(D(Math.Sqrt(v))).Append(' ').Append(Math.Cbrt(v).ToString("G15", CultureInfo.InvariantCulture)).Append(' ').Append(D(Math.Log(v))).Append(' ').Append(D(Math.Log10(v))).Append(' ').Append(D(Math.Log2(v))).Append(' ').Append(D(Math.Log(v, 2))).Append(' ').Append(D(Math.Exp(v)));
            sb.Append(" | ").Append(D(Math.Pow(v, 2))).Append(' ').Append(D(Math.Pow(2, v))).Append(' ').Append(Math.Pow(v, 0.5).ToString("G15", CultureInfo.InvariantCulture)).Append(' ').Append(D(Math.Pow(v, -1))).Append(' ').Append(D(Math.Pow(v, double.PositiveInfinity))).Append(' ').Append(D(Math.Pow(-1, v)));
            sb.Append(" | ").Append(Math.ILogB(v)).Append(' ').Append(D(Math.ScaleB(v, 3))).Append(' ').Append(D(Math.BitIncrement(v))).Append(' ').Append(D(Math.BitDecrement(v))).Append(' ').Append(D(Math.CopySign(3.0, v))).Append(' ').Append(T(() => Math.Sign(v).ToString())).Append(' ').Append(D(Math.Abs(v)));
            sb.Append(" | ").Append(D(Math.Max(v, 0.0))).Append(' ').Append(D(Math.Min(v, 0.0))).Append(' ').Append(D(Math.Max(v, -0.0))).Append(' ').Append(D(Math.Min(NegZero, v))).Append(' ').Append(D(Math.MaxMagnitude(v, -2.0))).Append(' ').Append(D(Math.MinMagnitude(v, -2.0))).Append(' ').Append(D(Math.IEEERemainder(v, 3.0))).Append(' ').Append(D(v % 3.0));
            sb.Append(" | ").Append(D(Math.FusedMultiplyAdd(v, 3.0, 1e-17))).Append(' ').Append(D(Math.Clamp(v, -1.0, 2.0))).Append(' ').Append(D(Math.Atan2(v, -1.0)));
            Console.WriteLine(sb.ToString());
            float f = (float)v;
            var fb = new StringBuilder("  f " + F(f) + ":");
            foreach (var m in modes) fb.Append(' ').Append(F(MathF.Round(f, m))).Append('/').Append(F(MathF.Round(f, 1, m)));
            fb.Append(" | ").Append(F(MathF.Truncate(f))).Append(' ').Append(F(MathF.Floor(f))).Append(' ').Append(F(MathF.Ceiling(f))).Append(' ').Append(F(MathF.Sqrt(f))).Append(' ').Append(F(MathF.Log(f))).Append(' ').Append(F(MathF.Exp(f))).Append(' ').Append(F(MathF.Pow(f, 3f)));
            fb.Append(' ').Append(MathF.ILogB(f)).Append(' ').Append(F(MathF.ScaleB(f, -2))).Append(' ').Append(F(MathF.BitIncrement(f))).Append(' ').Append(F(MathF.BitDecrement(f))).Append(' ').Append(F(MathF.CopySign(1f, f))).Append(' ').Append(F(MathF.Max(f, -0f))).Append(' ').Append(F(MathF.IEEERemainder(f, 2f))).Append(' ').Append(F(MathF.FusedMultiplyAdd(f, f, -1f)));
            Console.WriteLine(fb.ToString());
        }
        // trigonometry and hyperbolics at a few points (libm results, printed to 15 digits)
        foreach (double v in new[] { 0.0, -0.0, 0.5, 1.0, -1.0, Math.PI / 4, Math.PI, 10.0, 1e10, double.NaN, double.PositiveInfinity })
        {
            var sb = new StringBuilder("trig " + D(v) + ":");
            foreach (double r in new[] { Math.Sin(v), Math.Cos(v), Math.Tan(v), Math.Asin(v), Math.Acos(v), Math.Atan(v), Math.Sinh(v), Math.Cosh(v), Math.Tanh(v), Math.Asinh(v), Math.Acosh(v), Math.Atanh(v) })
                sb.Append(' ').Append(r.ToString("G15", CultureInfo.InvariantCulture));
            var (s, c) = Math.SinCos(v);
            sb.Append(' ').Append(s.ToString("G15", CultureInfo.InvariantCulture)).Append(' ').Append(c.ToString("G15", CultureInfo.InvariantCulture));
            Console.WriteLine(sb.ToString());
        }
        // integers
        Console.WriteLine(Math.BigMul(int.MaxValue, int.MaxValue) + " " + Math.BigMul(-5, 7) + " " + Math.BigMul(ulong.MaxValue, ulong.MaxValue, out ulong lo) + "/" + lo + " " + Math.BigMul(long.MinValue, long.MinValue, out long slo) + "/" + slo + " " + Math.BigMul(-3L, 4L, out long slo2) + "/" + slo2 + " " + Math.BigMul(uint.MaxValue, 2u));
        Console.WriteLine(Math.DivRem(7, 3, out int rem) + "/" + rem + " " + Math.DivRem(-7, 3, out int rem2) + "/" + rem2 + " " + Math.DivRem(-7L, -3L) + " " + Math.DivRem(7u, 2u) + " " + T(() => Math.DivRem(1, 0, out _).ToString()) + " " + T(() => Math.DivRem(int.MinValue, -1).ToString()) + " " + Math.DivRem((byte)200, (byte)7) + " " + Math.DivRem((short)-9, (short)4));
        Console.WriteLine(T(() => Math.Abs(int.MinValue).ToString()) + " " + T(() => Math.Abs(long.MinValue).ToString()) + " " + T(() => Math.Abs(short.MinValue).ToString()) + " " + T(() => Math.Abs(sbyte.MinValue).ToString()) + " " + Math.Abs(-5) + " " + Math.Abs(-5.5m) + " " + T(() => Math.Sign(double.NaN).ToString()) + " " + Math.Sign(-0.0) + " " + Math.Sign(-3L) + " " + Math.Sign(0m));
        Console.WriteLine(Math.Clamp(5, 1, 3) + " " + Math.Clamp(-5L, 1L, 3L) + " " + Math.Clamp(2.5m, 1m, 3m) + " " + T(() => Math.Clamp(1, 3, 1).ToString()) + " " + Math.Clamp((byte)9, (byte)2, (byte)4) + " " + Math.Clamp(1.5f, 2f, 3f) + " " + T(() => Math.Clamp(1.0, 2.0, 1.0).ToString()) + " " + D(Math.Clamp(double.NaN, 1.0, 2.0)));
        Console.WriteLine(Math.Max(3, 7) + " " + Math.Min(3u, 7u) + " " + Math.Max(-1L, -2L) + " " + Math.Min((sbyte)-1, (sbyte)5) + " " + Math.Max(1.5m, 1.50m) + " " + D(Math.Max(double.NaN, 1.0)) + " " + D(Math.Min(1.0, double.NaN)) + " " + F(MathF.Max(float.NaN, 1f)) + " " + D(Math.MaxMagnitude(-3.0, 3.0)) + " " + D(Math.MinMagnitude(-3.0, 3.0)));
        Console.WriteLine(T(() => Math.Round(1.5, 16).ToString()) + " " + T(() => Math.Round(1.5, -1).ToString()) + " " + T(() => Math.Round(1.5, (MidpointRounding)7).ToString()) + " " + D(Math.Round(1.0000000000000002, 15)) + " " + D(Math.Round(0.285, 2)) + " " + D(Math.Round(0.285, 2, MidpointRounding.AwayFromZero)) + " " + D(Math.Round(1.45, 1, MidpointRounding.AwayFromZero)) + " " + D(Math.Round(2.5e-5, 5)) + " " + D(Math.Round(-0.05, 1)));
        Console.WriteLine(D(Math.Log(0.0)) + " " + D(Math.Log(-1.0)) + " " + D(Math.Log(8, 2)) + " " + D(Math.Log(1, 1)) + " " + D(Math.Log(2, 1)) + " " + D(Math.Log(2, 0)) + " " + D(Math.Log(2, -2)) + " " + D(Math.Log(double.NaN, 2)) + " " + D(Math.Log(2, double.PositiveInfinity)) + " " + D(Math.Log(1, double.NaN)) + " " + D(Math.Pow(0, -1)) + " " + D(Math.Pow(-0.0, -1)) + " " + D(Math.Pow(-8, 1.0 / 3)) + " " + D(Math.Pow(double.NaN, 0)) + " " + D(Math.Pow(1, double.NaN)) + " " + D(Math.Pow(-1, double.PositiveInfinity)));
        Console.WriteLine(Math.ILogB(0.0) + " " + Math.ILogB(double.NaN) + " " + Math.ILogB(double.PositiveInfinity) + " " + D(Math.ScaleB(1.0, 2000)) + " " + D(Math.ScaleB(1.0, -1080)) + " " + D(Math.ScaleB(3.0, -1074)) + " " + D(Math.BitIncrement(double.MaxValue)) + " " + D(Math.BitDecrement(double.NegativeInfinity)) + " " + D(Math.BitIncrement(-double.Epsilon)) + " " + D(Math.CopySign(double.NaN, -1.0)).Length + " " + D(Math.FusedMultiplyAdd(1e308, 10, -1e308)) + " " + D(Math.Tau) + " " + F(MathF.PI) + " " + F(MathF.E) + " " + F(MathF.Tau));
        return 0;
    }
}
