// Custom numeric format strings over integers, double, float and decimal: placeholders,
// grouping and scaling commas, sections (; ;), percent and permille, exponents, escaped
// and quoted literals, and values that round to zero in a section.
using System;
using System.Globalization;
using System.Text;

class Program
{
    static readonly string[] Formats = {
        "0", "00", "000000", "#", "##", "#0", "0.0", "0.00", "0.000", "#.#", "#.##", "#.###", "0.#", "0.##", "#,##0", "#,0", "#,##0.00", "#,#", "##,###,###",
        "0,", "0,,", "#,##0,", "#,##0,,.00", "0,.0", ",0", "0.00,", "0%", "0.0%", "%0", "0‰", "#‰", "0.00‰", "0%%",
        "0.###E+0", "0.0E+00", "0.0e-00", "0E0", "00.00E+000", "#.##E+0", "#E0", "0.0E", "0.0E+", "E0", "0.0e-0x", "#,##0.0E+0", "##0.0E+0",
        "0;(0)", "0;(0);zero", "#;-#;", ";;", "0;;nil", "+0;-0;0", "0.0;-0.0;'z'", "#.#;(#.#)", "0.00;;", ";(0)", "0;0;0;0",
        "'abc'0", "\"x\"#.0\"y\"", "\\#0", "0\\%", "\\0", "[0]", "0 m", "0.0 'kg'", "'it''s'0", "0'", "\\", "##-##-##", "(###) ###-####", "0.0\\.0",
        "abc", "", " ", "0.0.0", "0,0.0,0", "#.0#", "#0.#0", "0#.#0", "00.##", ".00", "#.", "0.", "-0", "+0", "0-", "0#0#", "#0,0#", "E+0", "0e+0;#",
    };

    static void Row(string label, Func<string, string> f)
    {
        var sb = new StringBuilder(label);
        foreach (string fmt in Formats)
        {
            string s;
            try { s = f(fmt); } catch (FormatException) { s = "FormatException"; }
            sb.Append(" |").Append(fmt).Append('=').Append(s);
        }
        Console.WriteLine(sb.ToString());
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        foreach (long v in new long[] { 0, 1, -1, 5, -5, 12, 99, 100, 999, 1000, 1001, 12345, -12345, 999999, 1234567, -9876543, 1000000000, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue })
        {
            Row("long " + v, f => v.ToString(f, inv));
            if (v >= int.MinValue && v <= int.MaxValue) { int i = (int)v; Row("int " + i, f => i.ToString(f, inv)); }
        }
        foreach (ulong v in new ulong[] { ulong.MaxValue, 10000000000000000000 }) Row("ulong " + v, f => v.ToString(f, inv));
        foreach (short v in new short[] { short.MinValue, 7 }) Row("short " + v, f => v.ToString(f, inv));
        foreach (byte v in new byte[] { 255, 0 }) Row("byte " + v, f => v.ToString(f, inv));
        foreach (double d in new[] { 0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 0.05, -0.05, 0.004, -0.004, 0.0049, 0.005, 0.0051, 1.5, 2.5, 0.125, 0.375, 1.005, 2.675, 12.345, -12.345,
                                     123.456, 1234.5678, -1234.5678, 0.000123, 1e-10, 1e10, 1e15, 1e16, 1.23456789012345678e17, 1e21, 1e100, -1e-100, 1.0 / 3, 2.0 / 3, 99.995, 999.9999,
                                     0.9999999999999999, 123456789.987654321, double.MaxValue, double.Epsilon, double.NaN, double.PositiveInfinity, double.NegativeInfinity })
            Row("double " + d.ToString("R", inv), f => d.ToString(f, inv));
        foreach (float x in new[] { 0f, -0f, 1.5f, -2.5f, 0.1f, 1f / 3, 123.456f, 16777217f, 3.4028235e38f, 1.4e-45f, 0.0049f, 0.005f, float.NaN, float.NegativeInfinity })
            Row("float " + x.ToString("R", inv), f => x.ToString(f, inv));
        foreach (decimal m in new[] { 0m, -0m, 0.00m, 1m, -1m, 0.5m, -0.5m, 0.05m, -0.004m, 0.005m, 1.5m, 2.5m, 12.345m, -12.345m, 1234.5678m, 0.000123m, 1.0000000001m,
                                      123456789.987654321m, 1m / 3, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 99.995m, 999.9999m, 1e20m })
            Row("decimal " + m.ToString(inv), f => m.ToString(f, inv));
        return 0;
    }
}
