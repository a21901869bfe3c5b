// Table-driven number formatting: every primitive and decimal over edge values (MinValue,
// MaxValue, -0.0, NaN, ±Infinity, subnormals, midpoints) and the standard and custom formats.
using System;
using System.Globalization;

class Program
{
    static readonly string[] IntFormats = { "", "G", "G3", "D", "D8", "N", "N0", "N3", "X", "x8", "F", "F2", "E", "e3", "P", "P0", "C", "B", "R", "0", "00000", "#,##0", "0.00", "#", "#.#", "0;(0);zero", "+0;-0", "0e0", "0.###E+00", "'q'0", "0%", "0‰", "\\#0", "00-00" };
    static readonly string[] FloatFormats = { "", "G", "G3", "G17", "G9", "R", "N", "N0", "N4", "F", "F0", "F3", "F20", "E", "E0", "E10", "e2", "P", "P1", "C", "0", "0.0", "0.000", "#,##0.00", "#.##", "0.###E+0", "0.0e-00", "#,#", "0;neg;zero", "00.00%", "#,##0,", "0.0#####" };

    static void Row(string label, Func<string, string> f, string[] formats)
    {
        var sb = new System.Text.StringBuilder(label);
        foreach (string fmt in formats)
        {
            string s;
            try { s = f(fmt); } catch (FormatException) { s = "FormatException"; }
            sb.Append(" | ").Append(fmt).Append('=').Append(s);
        }
        Console.WriteLine(sb.ToString());
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (long v in new long[] { 0, 1, -1, 7, 42, -42, 999, 1000, 1234567, -1234567, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue, 255, 65535 })
        {
            Row("long " + v, f => v.ToString(f, inv), IntFormats);
            if (v >= int.MinValue && v <= int.MaxValue) { int i = (int)v; Row("int " + i, f => i.ToString(f, inv), IntFormats); }
        }
        foreach (ulong v in new ulong[] { 0, 1, ulong.MaxValue, 18446744073709551000 }) Row("ulong " + v, f => v.ToString(f, inv), IntFormats);
        foreach (sbyte v in new sbyte[] { sbyte.MinValue, -1, 0, sbyte.MaxValue }) Row("sbyte " + v, f => v.ToString(f, inv), IntFormats);
        foreach (short v in new short[] { short.MinValue, -1, short.MaxValue }) Row("short " + v, f => v.ToString(f, inv), IntFormats);
        foreach (byte v in new byte[] { 0, 200, 255 }) Row("byte " + v, f => v.ToString(f, inv), new[] { "", "X", "X4", "D5", "N", "B8" });

        double[] doubles = { 0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, -2.5, 0.125, 1.0 / 3, 2.0 / 3, 123.456, -123.456, 1234567.891, 1e15, 1e16, 1e17, 123456789012345678, 1e-5, 1e-7, 0.000123456, 1.7976931348623157e308, 4.9e-324, 2.2250738585072014e-308, double.Epsilon, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.045, 0.055, 1.005, 2.675, 9.995, 0.9999999, 99999.5, 1e21, 1e-10, 3.14159265358979, 100, 1e100 };
        foreach (double d in doubles) Row("double " + d.ToString("R", inv), f => d.ToString(f, inv), FloatFormats);
        float[] floats = { 0f, -0f, 1f, 0.1f, 1.5f, 2.5f, 1f / 3, 123.456f, 16777216f, 16777217f, 3.4028235e38f, 1.4e-45f, 1.17549435e-38f, float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0.045f, 1.005f, 1e10f, 1e-10f };
        foreach (float x in floats) Row("float " + x.ToString("R", inv), f => x.ToString(f, inv), FloatFormats);
        decimal[] decimals = { 0m, -0m, 1m, -1m, 0.5m, 1.5m, 2.5m, -2.5m, 0.125m, 1.10m, 123.4500m, 1234567.891m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 1m / 3, 79228162514264337593543950.335m, 0.045m, 1.005m, 100m, 1e-10m };
        foreach (decimal m in decimals) Row("decimal " + m.ToString(inv), f => m.ToString(f, inv), FloatFormats);

        // composite formatting with alignment
        Console.WriteLine(string.Format(inv, "[{0,8:F2}] [{1,-8:X}] [{2,10:N1}] [{3:P2}] [{4,6}] [{5:E2}] [{6:0.##}]", 3.14159, 255, -1234.56, 0.1234, "ab", 12345.678, 0.5));
        Console.WriteLine($"{1.5:F0} {2.5:F0} {-0.5:F0} {0.5:N0} {1.5m:F0} {2.5m:F0} {Math.Round(2.5)} {Math.Round(3.5)} {Math.Round(-2.5)} {Math.Round(2.5, MidpointRounding.AwayFromZero)} {Math.Round(2.345, 2)} {Math.Round(2.355, 2)} {Math.Round(1.2345m, 3)} {Math.Round(1.2355m, 3)} {decimal.Round(-2.5m)}");
        return 0;
    }
}
