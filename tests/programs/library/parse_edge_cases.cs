// Parse/TryParse edge cases for every primitive and decimal: NumberStyles combinations,
// white space kinds, signs in every position, hex and binary, thousands, currency symbol,
// exponents at the limits, overflow at each boundary, and the span overloads.
using System;
using System.Globalization;
using System.Text;

class Program
{
    static string T<V>(Func<V> f)
    {
        try { return Convert.ToString(f(), CultureInfo.InvariantCulture); }
        catch (Exception e) { return e.GetType().Name; }
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        NumberStyles[] styles = { NumberStyles.None, NumberStyles.Integer, NumberStyles.Number, NumberStyles.Float, NumberStyles.Currency, NumberStyles.Any, NumberStyles.HexNumber, NumberStyles.AllowTrailingSign, NumberStyles.AllowParentheses | NumberStyles.AllowLeadingWhite, NumberStyles.AllowThousands, NumberStyles.AllowExponent, NumberStyles.BinaryNumber };
        string[] inputs = { "0", "-0", "+7", "7-", "7+", "(7)", "( 7 )", " \t7\n ", "\u00A07", "7\u2003", "1,234", "1,2,3,4", ",1", "1,", "1.5", "1.", ".5", "1e2", "1E+2", "1e-2", "¤5", "5¤", "-¤5", "¤-5", "$5", "0x1A", "1A", "ff", "FF", "101", "-1A", "", " ", "- 5", "--5", "+-5", "1_0", "٣", "１２", "2147483647", "2147483648", "-2147483648", "4294967295", "4294967296", "9223372036854775808", "18446744073709551615", "18446744073709551616", "00000000000000000000000000001", "1e10", "1.0", "1.00000000000000000001" };
        foreach (string s in inputs)
        {
            var sb = new StringBuilder("[" + s.Replace("\t", "\\t").Replace("\n", "\\n").Replace("\u00A0", "\\u00A0").Replace("\u2003", "\\u2003") + "]");
            foreach (var st in styles)
            {
                sb.Append(" |").Append((int)st).Append(' ');
                sb.Append(T(() => int.Parse(s, st, inv))).Append(' ').Append(T(() => uint.Parse(s, st, inv))).Append(' ').Append(T(() => long.Parse(s, st, inv))).Append(' ').Append(T(() => byte.Parse(s, st, inv))).Append(' ').Append(T(() => short.Parse(s, st, inv)));
                if ((st & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) == 0)
                    sb.Append(' ').Append(T(() => double.Parse(s, st, inv))).Append(' ').Append(T(() => decimal.Parse(s, st, inv))).Append(' ').Append(T(() => float.Parse(s, st, inv)));
            }
            Console.WriteLine(sb.ToString());
        }
        // the limits of every integer type, and one beyond
        Console.WriteLine(T(() => sbyte.Parse("-128")) + " " + T(() => sbyte.Parse("-129")) + " " + T(() => sbyte.Parse("127")) + " " + T(() => sbyte.Parse("128")) + " " + T(() => sbyte.Parse("80", NumberStyles.HexNumber)) + " " + T(() => sbyte.Parse("FF", NumberStyles.HexNumber)) + " " + T(() => sbyte.Parse("100", NumberStyles.HexNumber)));
        Console.WriteLine(T(() => ushort.Parse("65535")) + " " + T(() => ushort.Parse("65536")) + " " + T(() => ushort.Parse("-0")) + " " + T(() => ushort.Parse("-1")) + " " + T(() => short.Parse("8000", NumberStyles.HexNumber)) + " " + T(() => long.Parse("8000000000000000", NumberStyles.HexNumber)) + " " + T(() => long.Parse("10000000000000000", NumberStyles.HexNumber)));
        Console.WriteLine(T(() => ulong.Parse("-0")) + " " + T(() => ulong.Parse("0000000000000000000000018446744073709551615")) + " " + T(() => int.Parse("1111111111111111111111111111111", NumberStyles.BinaryNumber)) + " " + T(() => int.Parse("11111111111111111111111111111111", NumberStyles.BinaryNumber)) + " " + T(() => int.Parse("111111111111111111111111111111111", NumberStyles.BinaryNumber)));
        Console.WriteLine(T(() => Int128.Parse("170141183460469231731687303715884105727")) + " " + T(() => Int128.Parse("170141183460469231731687303715884105728")) + " " + T(() => UInt128.Parse("340282366920938463463374607431768211455")) + " " + T(() => nint.Parse("-5")) + " " + T(() => nuint.Parse("5")) + " " + T(() => char.Parse("x")) + " " + T(() => bool.Parse("  FALSE ")));
        // floating-point text at the limits
        string[] reals = { "1e308", "1.8e308", "-1.8e308", "1e-323", "1e-324", "2e-324", "2.5e-324", "3e-324", "1e400", "1e-400", "0e999999999", "1e999999999999", "0.0000000000000000000000000000000000000001e40", "123456789012345678901234567890e-20", "9007199254740993", "9007199254740992.5", "1.7976931348623157e308", "1.797693134862315807e308", "3.402823466e38", "3.40282357e38", "3.4028236e38", "1.175494e-38", "7.006492e-46", "1.4e-45", "-0.0", "+.5e1", "5.e1", ".e1", "1e+", "Infinity", "-infinity", "+∞", "NaN", "-NaN", "nAn", " NaN ", "Infinityx" };
        foreach (string s in reals)
            Console.WriteLine("[" + s + "] " + T(() => double.Parse(s, inv).ToString("R", inv)) + " " + T(() => float.Parse(s, inv).ToString("R", inv)) + " " + T(() => decimal.Parse(s, NumberStyles.Float, inv)) + " " + T(() => Half.Parse(s, inv).ToString()) + " try " + double.TryParse(s, NumberStyles.Float, inv, out double d) + " " + d.ToString("R", inv));
        // spans, and TryParse leaving 0
        ReadOnlySpan<char> span = "  12345  xyz".AsSpan(0, 9);
        Console.WriteLine(int.Parse(span) + " " + long.Parse(span, NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite) + " " + double.Parse("1.5e3".AsSpan()) + " " + decimal.Parse("-1.25".AsSpan(), NumberStyles.Number, inv) + " " + int.TryParse("9x".AsSpan(), out int bad) + bad + " " + byte.TryParse("300", out byte bb) + bb + " " + uint.TryParse("-1", NumberStyles.Integer, inv, out uint ub) + ub);
        Console.WriteLine(T(() => int.Parse("5", (NumberStyles)0x1000)) + " " + T(() => int.Parse("5", NumberStyles.HexNumber | NumberStyles.AllowDecimalPoint)) + " " + T(() => double.Parse("5", NumberStyles.HexNumber)) + " " + T(() => decimal.Parse("5", NumberStyles.AllowHexSpecifier)) + " " + T(() => int.Parse((string)null)) + " " + T(() => double.Parse((string)null, inv)));
        return 0;
    }
}
