// Number to string and back: ToString of every primitive, Parse and TryParse with
// the invariant culture, round-tripping doubles.
using System;
using System.Globalization;

class Program
{
    static int Main()
    {
        Console.WriteLine(sbyte.MinValue + " " + byte.MaxValue + " " + short.MinValue + " " + ushort.MaxValue + " " +
                          int.MinValue + " " + uint.MaxValue + " " + long.MinValue + " " + ulong.MaxValue);
        Console.WriteLine(0.1 + " " + 1.0 / 3 + " " + 1e21 + " " + 1e-7 + " " + 123456789.125 + " " + double.MaxValue + " " + double.Epsilon);
        Console.WriteLine(0.1f + " " + 1f / 3 + " " + 1e21f + " " + float.MaxValue + " " + 16777216f);
        Console.WriteLine(double.NaN + " " + double.PositiveInfinity + " " + double.NegativeInfinity + " " + (-0.0).ToString());
        Console.WriteLine(int.Parse("-12345") + " " + long.Parse("9223372036854775807") + " " + uint.Parse("4294967295"));
        Console.WriteLine(double.Parse("2.5", CultureInfo.InvariantCulture) + " " + double.Parse("-1e-3", CultureInfo.InvariantCulture));
        Console.WriteLine(int.TryParse("12x", out int bad) + " " + bad + " " + int.TryParse(" 77 ", out int good) + " " + good);
        try
        {
            int.Parse("99999999999");
        }
        catch (OverflowException)
        {
            Console.WriteLine("int.Parse overflow: OverflowException");
        }
        try
        {
            int.Parse("abc");
        }
        catch (FormatException)
        {
            Console.WriteLine("int.Parse abc: FormatException");
        }
        double x = 0.1 + 0.2;
        Console.WriteLine("round trip " + (double.Parse(x.ToString("R"), CultureInfo.InvariantCulture) == x));
        Console.WriteLine(255.ToString("X") + " " + (-255).ToString() + " " + 3.ToString("D4") + " " + true.ToString() + " " + 'c'.ToString());
        return 0;
    }
}
