// System.Half: a quarter of the 65536 bit patterns (every fourth, a different residue in each
// block, so all four residues of the low bits are covered) formatted (shortest round-trip), widened to
// float and parsed back, hashed per block; conversions from doubles at and around midpoints;
// arithmetic and comparisons.
using System;
using System.Globalization;

class Program
{
    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        for (int block = 0; block < 16; block++)
        {
            uint h = 2166136261;
            int roundTrips = 0;
            for (int b = block * 4096 + block % 4; b < (block + 1) * 4096; b += 4)
            {
                Half x = BitConverter.UInt16BitsToHalf((ushort)b);
                string s = x.ToString() + "|" + ((float)x).ToString("R", inv) + "|" + x.ToString("F3", inv);
                foreach (char c in s) { h ^= c; h *= 16777619; }
                if (Half.IsNaN(x) || BitConverter.HalfToUInt16Bits(Half.Parse(x.ToString(), inv)) == b) roundTrips++;
            }
            Console.WriteLine($"block {block:X}: {h:X8} round-trips {roundTrips}");
        }
        double[] ds = { 0.1, 1.0 / 3, 65504, 65519.99, 65520, 1e-8, 2.98023223876953125E-08, 2.98023223876953126E-08, 5.960464477539063E-08, 6.097555160522461E-05, 1.0009765625, 1.00048828125, 1.00146484375, -2.5, 1e10, double.NaN, -0.0, 3.14159 };
        foreach (double d in ds)
        {
            Half x = (Half)d;
            Console.WriteLine($"{d.ToString("G17", inv)} -> {x} 0x{BitConverter.HalfToUInt16Bits(x):X4} float {(float)x} from float {(Half)(float)d}");
        }
        Half a = (Half)1.5, b2 = (Half)0.1;
        Console.WriteLine($"{a + b2} {a - b2} {a * b2} {a / b2} {-a} {a > b2} {a == (Half)1.5} {Half.NaN == Half.NaN} {Half.NaN.Equals(Half.NaN)} {Half.Max(a, b2)} {Half.Abs(-a)} {Half.IsSubnormal(Half.Epsilon)} {Half.MaxValue} {Half.MinValue} {Half.Epsilon}");
        Console.WriteLine($"{(int)(Half)123.7} {(Half)70000} {(Half)(-70000)} {(Half)1234567} {a.CompareTo(b2)} {((Half)2.5).ToString("F2", inv)} {((Half)0.0001).ToString("E3", inv)}");
        return 0;
    }
}
