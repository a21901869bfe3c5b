// Standard numeric formats at every precision over many values: G, E, F, N, P, C, R for
// double, float, decimal and Half; D, X, N, E, G, B for the integers (BigInteger and Int128
// too). A hash per type and format family, and sampled lines.
using System;
using System.Globalization;
using System.Numerics;
using System.Text;

class Program
{
    static long hash;
    static int count;

    static void Emit(string s)
    {
        foreach (char c in s) hash = hash * 31 + c;
        if (count++ % 211 == 0) Console.WriteLine(s);
    }

    static void Group(string name)
    {
        Console.WriteLine(name + ": " + count + " strings, hash " + hash);
        hash = 0;
        count = 0;
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        string[] letters = { "G", "E", "F", "N", "P", "C", "e", "g" };
        ulong x = 0x2545F4914F6CDD1D;
        double[] special = { 0.5, 1.5, 2.5, 0.05, 0.15, 0.25, 0.35, 0.45, 1e-5, 1.23456789e-300, 9.999999999999999e22, 1e23, 5e-324, 1.7976931348623157e308, 123456789.125, 0.1 + 0.2, 1.0 / 3, 2.0 / 3, 100, 1e16, 12345678901234567890.0, -0.0, double.NaN, double.NegativeInfinity };
        for (int i = 0; i < 700; i++)
        {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            double d = i < special.Length ? special[i] : i % 3 == 0 ? BitConverter.Int64BitsToDouble((long)x) : (x % 1000000) / Math.Pow(10, (double)(x % 23)) * ((x & 1) == 0 ? 1 : -1);
            var sb = new StringBuilder(d.ToString("R", inv));
            foreach (string l in letters)
                for (int p = 0; p <= 20; p += (p < 4 ? 1 : 3))
                    sb.Append(' ').Append(d.ToString(l + p, inv));
            sb.Append(' ').Append(d.ToString(inv)).Append(' ').Append(d.ToString("E", inv)).Append(' ').Append(d.ToString("N", inv));
            Emit(sb.ToString());
        }
        Group("double");
        for (int i = 0; i < 500; i++)
        {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            float f = i % 2 == 0 ? BitConverter.Int32BitsToSingle((int)x) : (float)((x % 100000) / Math.Pow(10, (double)(x % 11)));
            var sb = new StringBuilder(f.ToString("R", inv));
            foreach (string l in letters)
                for (int p = 0; p <= 12; p += (p < 4 ? 1 : 4))
                    sb.Append(' ').Append(f.ToString(l + p, inv));
            sb.Append(' ').Append(f.ToString(inv));
            Half h = (Half)f;
            sb.Append(" | ").Append(h.ToString(inv)).Append(' ').Append(h.ToString("E3", inv)).Append(' ').Append(h.ToString("F2", inv)).Append(' ').Append(h.ToString("G", inv));
            Emit(sb.ToString());
        }
        Group("float and Half");
        for (int i = 0; i < 500; i++)
        {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            ulong y = x * 0x9E3779B97F4A7C15;
            decimal m = new decimal((int)x, (int)(x >> 32), i % 3 == 0 ? (int)(y >> 40) : 0, (y & 1) != 0, (byte)(y % 29));
            var sb = new StringBuilder(m.ToString(inv));
            foreach (string l in letters)
                for (int p = 0; p <= 30; p += (p < 4 ? 1 : 5))
                    sb.Append(' ').Append(m.ToString(l + p, inv));
            sb.Append(' ').Append(m.ToString("G", inv)).Append(' ').Append(m.ToString("R", inv));
            Emit(sb.ToString());
        }
        Group("decimal");
        string[] ifmts = { "D", "D1", "D12", "X", "x4", "X16", "N", "N0", "N3", "E", "E0", "E10", "G", "G1", "G5", "G25", "B", "B40", "F", "F3", "P", "P0", "C0", "R", "00000", "#,#" };
        for (int i = 0; i < 600; i++)
        {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            long l = (long)x >> (int)(x % 60);
            var sb = new StringBuilder();
            foreach (string f in ifmts)
                sb.Append(' ').Append(l.ToString(f, inv)).Append('/').Append(((int)l).ToString(f, inv)).Append('/').Append(((ulong)l).ToString(f, inv)).Append('/').Append(((short)l).ToString(f, inv)).Append('/').Append(((byte)l).ToString(f, inv)).Append('/').Append(((sbyte)l).ToString(f, inv));
            Emit(sb.ToString());
            Int128 big = (Int128)l * (Int128)(long)x * 7;
            BigInteger bi = (BigInteger)l * (BigInteger)x * 12345;
            Emit(big.ToString(inv) + " " + big.ToString("X", inv) + " " + big.ToString("N0", inv) + " " + big.ToString("D45", inv) + " " + ((UInt128)big).ToString(inv) + " | " + bi.ToString(inv) + " " + bi.ToString("X", inv) + " " + bi.ToString("N0", inv) + " " + bi.ToString("D50", inv) + " " + bi.ToString("E5", inv));
        }
        Group("integers");
        return 0;
    }
}
