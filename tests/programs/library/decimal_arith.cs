// decimal arithmetic over a table of operands: + - * / % with .NET's result scale and
// rounding (banker's rounding past 28 digits), Round/Truncate/Floor/Ceiling, comparisons,
// conversions to and from double/float/integers, GetBits, and the exceptions.
using System;
using System.Globalization;
using System.Text;

class Program
{
    static decimal Max = decimal.MaxValue, Zero = 0m;

    static string S(decimal m) => m.ToString(CultureInfo.InvariantCulture);

    static string Try(Func<decimal> f)
    {
        try { return S(f()); }
        catch (Exception e) { return e.GetType().Name; }
    }

    static string TryS(Func<string> f)
    {
        try { return f(); }
        catch (Exception e) { return e.GetType().Name; }
    }

    static int Main()
    {
        decimal[] vals = {
            0m, -0m, 0.000m, 1m, -1m, 1.0m, 1.00m, 2m, 3m, 7m, 10m, 0.1m, 0.5m, -0.5m, 1.5m, 2.5m, -2.5m, 0.3333333333333333333333333333m,
            1.23456789m, 123456789.123456789m, 99999999999999.99999m, 1e-28m, -1e-28m, 0.0000000000000000000000000005m, 12345678901234567890.123456789m,
            79228162514264337593543950335m, -79228162514264337593543950335m, 7922816251426433759354395033.5m, 4294967296m, 18446744073709551616m,
            1000000000000000000000000000m, 0.9999999999999999999999999999m, 3.1415926535897932384626433833m, 2.7182818284590452353602874714m,
        };
        var sb = new StringBuilder();
        foreach (decimal a in vals)
        {
            foreach (decimal b in vals)
            {
                sb.Clear();
                sb.Append(S(a)).Append(' ').Append(S(b)).Append(" : ");
                sb.Append(Try(() => a + b)).Append(' ');
                sb.Append(Try(() => a - b)).Append(' ');
                sb.Append(Try(() => a * b)).Append(' ');
                sb.Append(Try(() => a / b)).Append(' ');
                sb.Append(Try(() => a % b)).Append(' ');
                sb.Append(a.CompareTo(b)).Append(a == b ? " eq" : " ne");
                Console.WriteLine(sb.ToString());
            }
        }
        foreach (decimal a in vals)
        {
            sb.Clear();
            sb.Append(S(a)).Append(" :");
            int[] bits = decimal.GetBits(a);
            foreach (int x in bits) sb.Append(' ').Append(x.ToString("X8"));
            sb.Append(" round ").Append(S(Math.Round(a))).Append(' ').Append(S(Math.Round(a, 2))).Append(' ').Append(S(Math.Round(a, 5, MidpointRounding.AwayFromZero)));
            sb.Append(' ').Append(S(Math.Round(a, 1, MidpointRounding.ToZero))).Append(' ').Append(S(Math.Round(a, 1, MidpointRounding.ToPositiveInfinity))).Append(' ').Append(S(Math.Round(a, 0, MidpointRounding.ToNegativeInfinity)));
            sb.Append(" trunc ").Append(S(decimal.Truncate(a))).Append(" floor ").Append(S(decimal.Floor(a))).Append(" ceil ").Append(S(decimal.Ceiling(a)));
            sb.Append(" neg ").Append(S(-a)).Append(" scale ").Append(a.Scale).Append(" sign ").Append(Math.Sign(a));
            sb.Append(" dbl ").Append(((double)a).ToString("R", CultureInfo.InvariantCulture)).Append(" flt ").Append(((float)a).ToString("R", CultureInfo.InvariantCulture));
            sb.Append(" long ").Append(TryS(() => ((long)a).ToString())).Append(" int ").Append(TryS(() => ((int)a).ToString())).Append(" ulong ").Append(TryS(() => ((ulong)a).ToString()));
            sb.Append(" byte ").Append(TryS(() => ((byte)a).ToString())).Append(" char ").Append(TryS(() => ((int)(char)a).ToString()));
            sb.Append(" conv ").Append(TryS(() => Convert.ToInt32(a).ToString())).Append(' ').Append(TryS(() => Convert.ToInt64(a).ToString()));
            sb.Append(" hash-eq ").Append(a.GetHashCode() == (a * 1.000m).GetHashCode());
            Console.WriteLine(sb.ToString());
        }
        double[] dbls = { 0.0, -0.0, 1.0, 0.1, 0.3, 1.0 / 3, 2.0 / 3, 123.456, 1e-5, 1e-20, 1e-28, 1e-29, 5e-29, 1.23456789012345678e27, 7.9228162514264337e28, 7.9228162514264338e28, 8e28, 1e15, 1e16,
                          123456789012345.678, 0.000123456789012345678, double.NaN, double.PositiveInfinity, double.NegativeInfinity, double.MaxValue, double.Epsilon, -12345.6789, 9.5, 0.05, 1.15 };
        foreach (double d in dbls)
        {
            float f = (float)d;
            Console.WriteLine(d.ToString("R", CultureInfo.InvariantCulture) + " -> " + Try(() => (decimal)d) + " " + Try(() => new decimal(d)) + " " + Try(() => Convert.ToDecimal(d)) + " float " + Try(() => (decimal)f) + " " + Try(() => new decimal(f)));
        }
        foreach (long l in new long[] { 0, 1, -1, long.MaxValue, long.MinValue, int.MinValue })
            Console.WriteLine(l + " -> " + S(l) + " " + S(new decimal(l)) + " " + S((decimal)(ulong)l) + " " + S(new decimal((int)l, (int)(l >> 32), 7, l < 0, 3)));
        Console.WriteLine(TryS(() => new decimal(1, 2, 3, false, 29).ToString()) + " " + S(new decimal(-1, -1, -1, true, 28)) + " " + S(new decimal(new[] { 5, 0, 0, 0x00020000 })) + " " + TryS(() => new decimal(new[] { 5, 0, 0, 0x00200000 }).ToString()));
        Console.WriteLine(S(Max - 0.5m) + " " + S(Max - 0.6m) + " " + Try(() => Max + 0.5m) + " " + Try(() => Max + 0.49m) + " " + Try(() => -Max - 1m));
        Console.WriteLine(S(1m / 3m * 3m) + " " + S(2m / 3m) + " " + S(1m / 7m) + " " + S(100m / 7m) + " " + S(1e-28m / 3m) + " " + S(1e-28m * 0.5m) + " " + S(1.5e-28m * 0.1m) + " " + S(2.5e-28m * 0.1m));
        Console.WriteLine(S(decimal.Remainder(-7.5m, 2m)) + " " + S(7.5m % -2m) + " " + S(decimal.Negate(5m)) + " " + S(decimal.Add(1m, 2m)) + " " + S(decimal.Multiply(1.1m, 1.1m)) + " " + S(decimal.Divide(1m, 8m)) + " " + S(decimal.Subtract(1.00m, 1m)));
        Console.WriteLine(S(decimal.Round(2.345m, 2)) + " " + S(decimal.Round(2.355m, 2)) + " " + S(decimal.Round(-2.345m, 2, MidpointRounding.AwayFromZero)) + " " + Try(() => decimal.Round(1m, 29)) + " " + Try(() => decimal.Round(1m, -1)));
        Console.WriteLine(S(decimal.Parse("1.2300", CultureInfo.InvariantCulture)) + " " + S(decimal.Parse("1e5", NumberStyles.Float, CultureInfo.InvariantCulture)) + " " + S(decimal.Parse("-0.00", CultureInfo.InvariantCulture)) + " " + S(0.0m * -1m) + " " + S(-0m + 0m));
        Console.WriteLine(Try(() => Max / 10m * 10m) + " " + Try(() => Max / 0.1m) + " " + Try(() => 1m / Zero) + " " + Try(() => 1m % Zero) + " " + Try(() => Max * 1.0000000000000000000000000001m));
        Console.WriteLine(decimal.ToDouble(1.1m) + " " + decimal.ToSingle(1.1m) + " " + decimal.ToInt32(-1.9m) + " " + decimal.ToUInt64(1.9m) + " " + TryS(() => decimal.ToByte(256m).ToString()) + " " + decimal.ToOACurrency(1.23456m) + " " + S(decimal.FromOACurrency(12345)));
        Console.WriteLine(S(decimal.One) + S(decimal.MinusOne) + S(decimal.Zero) + " " + Math.Max(1.5m, 1.50m) + " " + Math.Min(-1m, 2m) + " " + Math.Abs(-3.30m) + " " + decimal.IsInteger(1.0m) + " " + decimal.IsNegative(-0m));
        // the sign and scale of zero and tiny results
        decimal one = 1m, zero = 0m, tiny = 1e-28m, third = 0.3333333333333333333333333333m, big = 4294967296m, zero3 = 0.000m, m15 = 1.5m;
        foreach (decimal z in new[] { zero / -one, -zero3 / one, zero * -one, zero3 * -1.5m, -big * zero, big * zero3, -one * zero3, -m15 % m15, zero % -one, -zero % one, -one + one, one - one, -m15 + m15, -zero3 - zero,
                                      tiny * tiny, -tiny * tiny, tiny * third, -tiny * third, tiny * 0.5m, tiny * -0.5m, tiny / big / big, -tiny / 3m, decimal.Round(-0.4m), decimal.Truncate(-0.5m), decimal.Ceiling(-0.5m), -zero3 % big, third % -third })
        {
            int[] zb = decimal.GetBits(z);
            Console.Write(zb[0].ToString("X") + "." + zb[1].ToString("X") + "." + zb[2].ToString("X") + "." + zb[3].ToString("X") + " ");
        }
        Console.WriteLine();
        // random operands: the bits of both, a hash of every result, and a sample
        var rnd = new Random(2024);
        long h = 0;
        for (int i = 0; i < 4000; i++)
        {
            decimal a = RandomDecimal(rnd), b = RandomDecimal(rnd);
            string line = S(a) + " " + S(b) + " : " + Try(() => a + b) + " " + Try(() => a - b) + " " + Try(() => a * b) + " " + Try(() => a / b) + " " + Try(() => a % b) + " " + S(Math.Round(a, 3)) + " " + ((double)a).ToString("R", CultureInfo.InvariantCulture);
            foreach (char c in line) h = h * 31 + c;
            if (i % 50 == 0) Console.WriteLine(line);
        }
        Console.WriteLine("random hash " + h);
        return 0;
    }

    static decimal RandomDecimal(Random r)
    {
        int kind = r.Next(4);
        int lo = r.Next() ^ (r.Next() << 1), mid = kind == 0 ? 0 : r.Next() ^ (r.Next() << 1), hi = kind < 2 ? 0 : r.Next() ^ (r.Next() << 1);
        if (kind == 3) hi &= 0xFFFF;
        return new decimal(lo, mid, hi, r.Next(2) == 0, (byte)r.Next(29));
    }
}
