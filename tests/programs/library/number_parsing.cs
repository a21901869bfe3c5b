// Table-driven parsing: Parse/TryParse of the primitives and decimal over valid and invalid
// strings, with NumberStyles, overflow, whitespace, signs, exponents and special values.
using System;
using System.Globalization;

class Program
{
    static string Try<T>(Func<T> f)
    {
        try { return Convert.ToString(f(), CultureInfo.InvariantCulture); }
        catch (FormatException) { return "FormatException"; }
        catch (OverflowException) { return "OverflowException"; }
        catch (ArgumentException e) { return e.GetType().Name; }
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        string[] ints = { "0", "42", "-42", "+42", " 42 ", "\t42\n", "4 2", "", " ", "-", "+", "2147483647", "2147483648", "-2147483648", "-2147483649", "0042", "1,000", "1e3", "0x1F", "1F", "ff", "12.0", "12.5", "-0", "٣", "9223372036854775807", "9223372036854775808", "-9223372036854775808", "18446744073709551615", "18446744073709551616", "(5)", "5-", "$5", "1_000" };
        foreach (string s in ints)
        {
            Console.WriteLine("[" + s.Replace("\t", "\\t").Replace("\n", "\\n") + "] int " + Try(() => int.Parse(s, inv)) + " long " + Try(() => long.Parse(s, inv)) + " uint " + Try(() => uint.Parse(s, inv)) + " ulong " + Try(() => ulong.Parse(s, inv)) + " short " + Try(() => short.Parse(s, inv)) + " byte " + Try(() => byte.Parse(s, inv)) + " sbyte " + Try(() => sbyte.Parse(s, inv))
                + " | hex " + Try(() => int.Parse(s, NumberStyles.HexNumber, inv)) + " thousands " + Try(() => int.Parse(s, NumberStyles.AllowThousands | NumberStyles.AllowLeadingSign, inv)) + " any " + Try(() => long.Parse(s, NumberStyles.Any, inv)) + " float-style " + Try(() => int.Parse(s, NumberStyles.Float, inv))
                + " | try " + (int.TryParse(s, out int r) ? r.ToString() : "false"));
        }
        string[] floats = { "0", "-0", "1.5", "-1.5", ".5", "5.", "1e10", "1E-10", "1e+308", "1e309", "-1e309", "1e-324", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "NaN", "nan", "-NaN", "Infinity", "-Infinity", "infinity", "∞", "-∞", "+Infinity", " 3.25 ", "1,234.5", "1.2.3", "e5", "1e", "0x10", "123456789012345678901234567890", "0.1", "0.30000000000000004", "9007199254740993", "3.4028235e38", "3.4028236e38", "3.40282357e38", "1.4e-45", "7e-46", "(1.5)", "1.5-", "  -  1", "1_0" };
        foreach (string s in floats)
        {
            Console.WriteLine("[" + s + "] double " + Try(() => double.Parse(s, inv).ToString("R", inv)) + " float " + Try(() => float.Parse(s, inv).ToString("R", inv)) + " decimal " + Try(() => decimal.Parse(s, inv))
                + " | float-style " + Try(() => double.Parse(s, NumberStyles.Float, inv).ToString("R", inv)) + " number-style " + Try(() => decimal.Parse(s, NumberStyles.Number, inv)) + " any " + Try(() => double.Parse(s, NumberStyles.Any, inv).ToString("R", inv))
                + " | try " + (double.TryParse(s, NumberStyles.Float, inv, out double d) ? d.ToString("R", inv) : "false") + " " + (decimal.TryParse(s, NumberStyles.Float, inv, out decimal m) ? m.ToString(inv) : "false"));
        }
        string[] decs = { "79228162514264337593543950335", "79228162514264337593543950336", "-79228162514264337593543950335", "0.0000000000000000000000000001", "0.00000000000000000000000000001", "0.00000000000000000000000000005", "0.00000000000000000000000000015", "1.23456789012345678901234567890123", "7.9228162514264337593543950335", "1.0000000000000000000000000005", "1.0000000000000000000000000015", "1e28", "1e29", "1.5e-5", "100.00", "-0.000" };
        foreach (string s in decs) Console.WriteLine("[" + s + "] decimal " + Try(() => decimal.Parse(s, NumberStyles.Float, inv)) + " scale-preserving " + Try(() => decimal.Parse(s, NumberStyles.Float, inv).ToString("G", inv)));
        Console.WriteLine(Try(() => int.Parse(null)) + " " + Try(() => double.Parse(null)) + " " + int.TryParse((string)null, out _) + " " + Try(() => bool.Parse(" True ")) + " " + Try(() => bool.Parse("yes")) + " " + Try(() => char.Parse("ab")) + " " + Try(() => Convert.ToInt32("  12 ")) + " " + Try(() => Convert.ToInt32("7f", 16)) + " " + Try(() => Convert.ToByte("100000000", 2)) + " " + Try(() => Convert.ToInt64("-101", 2)));
        return 0;
    }
}
