// double/float ToString() is the shortest string that reads back (.NET Core 3.0+): every
// power of two (where the gap below is half the gap above), their neighbours, subnormals,
// and values with many shortest candidates. One hash line per group, then samples.
using System;
using System.Globalization;

class Program
{
    static long hash;
    static int lines;

    static void Emit(string s)
    {
        foreach (char c in s) hash = hash * 31 + c;
        if (lines++ % 97 == 0) Console.WriteLine(s);
    }

    static void Double(double d)
    {
        string s = d.ToString(CultureInfo.InvariantCulture);
        string r = d.ToString("R", CultureInfo.InvariantCulture);
        bool back = double.Parse(s, CultureInfo.InvariantCulture) == d;
        Emit(BitConverter.DoubleToInt64Bits(d).ToString("X16") + " " + s + (s == r ? "" : " R=" + r) + (back ? "" : " NOT-ROUND-TRIP"));
    }

    static void Single(float f)
    {
        string s = f.ToString(CultureInfo.InvariantCulture);
        bool back = float.Parse(s, CultureInfo.InvariantCulture) == f;
        Emit(BitConverter.SingleToInt32Bits(f).ToString("X8") + " " + s + (back ? "" : " NOT-ROUND-TRIP"));
    }

    static void Group(string name)
    {
        Console.WriteLine(name + ": " + lines + " values, hash " + hash);
        hash = 0;
        lines = 0;
    }

    static int Main()
    {
        // every power of two double, and one unit either side
        for (int e = 0; e < 2047; e++)
        {
            long bits = (long)e << 52;
            if (e == 0) bits = 1;
            Double(BitConverter.Int64BitsToDouble(bits));
            Double(BitConverter.Int64BitsToDouble(bits + 1));
            if (bits > 1) Double(BitConverter.Int64BitsToDouble(bits - 1));
        }
        for (int k = 1; k < 52; k++) Double(BitConverter.Int64BitsToDouble(1L << k));
        Group("double powers of two");

        for (int e = 0; e < 255; e++)
        {
            int bits = e << 23;
            if (e == 0) bits = 1;
            Single(BitConverter.Int32BitsToSingle(bits));
            Single(BitConverter.Int32BitsToSingle(bits + 1));
            if (bits > 1) Single(BitConverter.Int32BitsToSingle(bits - 1));
        }
        for (int k = 1; k < 23; k++) Single(BitConverter.Int32BitsToSingle(1 << k));
        Group("float powers of two");

        // a deterministic walk over all bit patterns (not Random: its own test is elsewhere)
        ulong x = 0x9E3779B97F4A7C15;
        for (int i = 0; i < 20000; i++)
        {
            x ^= x << 13; x ^= x >> 7; x ^= x << 17;
            double d = BitConverter.Int64BitsToDouble((long)x);
            if (!double.IsNaN(d)) Double(d);
            float f = BitConverter.Int32BitsToSingle((int)(x >> 32));
            if (!float.IsNaN(f)) Single(f);
        }
        Group("random bit patterns");

        // short decimal numbers and their neighbours: many candidates of equal length
        for (int i = 1; i < 3000; i++)
        {
            double d = i / 1000.0;
            Double(d);
            Double(BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(d) + 1));
            Double(BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(d) - 1));
            float f = i / 1000f;
            Single(f);
            Single(BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(f) + 1));
            Single(d * 1e-300 == 0 ? 0f : (float)(d * 1e-40));
        }
        Group("short decimals");

        foreach (double d in new[] { double.MaxValue, double.MinValue, double.Epsilon, -double.Epsilon, 0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 1e23, 5e-324, 9007199254740993, 0.3, 2.2250738585072009e-308, 1.7976931348623157e308 })
            Console.WriteLine(d.ToString(CultureInfo.InvariantCulture) + " " + d.ToString("R", CultureInfo.InvariantCulture) + " " + d.ToString("G17", CultureInfo.InvariantCulture) + " " + ((float)d).ToString(CultureInfo.InvariantCulture));
        return 0;
    }
}
