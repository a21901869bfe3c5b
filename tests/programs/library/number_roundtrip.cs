// Many pseudo-random doubles, floats, longs and decimals (Random with a fixed seed): shortest
// ToString, several standard formats, and parsing back.
using System;
using System.Globalization;

class Program
{
    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var rnd = new Random(12345);
        var bytes = new byte[8];
        long h = 0;
        int bad = 0;
        for (int i = 0; i < 1500; i++)
        {
            rnd.NextBytes(bytes);
            long bits = 0;
            foreach (byte b in bytes) bits = (bits << 8) | b;   // byte order independent
            double d = BitConverter.Int64BitsToDouble(bits);
            if (i % 3 == 0) d = rnd.NextDouble() * Math.Pow(10, rnd.Next(-30, 30));
            if (i % 7 == 0) d = Math.Round(d, rnd.Next(0, 6));
            float f = (float)d;
            if (i % 5 == 0) f = BitConverter.Int32BitsToSingle((int)(bits >> 16));
            long l = bits >> rnd.Next(0, 63);
            string line = d.ToString(inv) + " " + d.ToString("E16", inv) + " " + d.ToString("G5", inv) + " " + d.ToString("F3", inv) + " " + d.ToString("N2", inv)
                + " | " + f.ToString(inv) + " " + f.ToString("E8", inv) + " " + f.ToString("G3", inv) + " " + f.ToString("F1", inv)
                + " | " + l.ToString(inv) + " " + l.ToString("N0", inv) + " " + l.ToString("X", inv) + " " + l.ToString("E3", inv);
            if (!double.IsNaN(d) && double.Parse(d.ToString("R", inv), inv) != d) bad++;
            if (!float.IsNaN(f) && float.Parse(f.ToString(inv), inv) != f) bad++;
            if (long.Parse(l.ToString(inv), inv) != l) bad++;
            if (i < 60) Console.WriteLine(line);
            foreach (char c in line) h = h * 31 + c;
            if (i % 4 == 0 && Math.Abs(d) < 7.9e27 && !double.IsNaN(d))
            {
                decimal m = (decimal)d;
                string ms = m.ToString(inv) + " " + m.ToString("F2", inv) + " " + m.ToString("E5", inv) + " " + m.ToString("N", inv) + " " + Math.Round(m, 3) + " " + decimal.Parse(m.ToString(inv), inv) + " " + (double)m;
                if (i < 60) Console.WriteLine("  decimal " + ms);
                foreach (char c in ms) h = h * 31 + c;
            }
        }
        Console.WriteLine("hash " + h + " round-trip failures " + bad);
        return 0;
    }
}
