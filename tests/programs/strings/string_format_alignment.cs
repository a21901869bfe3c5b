// Composite formatting: string.Format, StringBuilder.AppendFormat and interpolation with
// alignment (positive, negative, wider than the value), format strings after ':', escaped
// braces, every argument kind (null, IFormattable, ICustomFormatter providers), and the
// FormatExceptions of malformed formats.
using System;
using System.Globalization;
using System.Text;

class Upper : IFormatProvider, ICustomFormatter
{
    public object GetFormat(Type t) => t == typeof(ICustomFormatter) ? this : null;
    public string Format(string format, object arg, IFormatProvider p) => arg == null ? "<null>" : "[" + (format ?? "-") + ":" + arg.ToString().ToUpperInvariant() + "]";
}

struct Point : IFormattable
{
    public int X, Y;
    public string ToString(string format, IFormatProvider p) => format == "p" ? "(" + X + ";" + Y + ")" : "P" + X + "," + Y + "/" + (format ?? "null");
    public override string ToString() => "Point";
}

class Program
{
    static string T(Func<string> f)
    {
        try { return "[" + f() + "]"; }
        catch (Exception e) { return e.GetType().Name; }
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        object[] args = { 42, -3.5, "text", null, 'c', true, 12345.678m, new DateTime(2024, 2, 29, 13, 5, 9), new Point { X = 1, Y = 2 }, long.MinValue, 0.1f, (byte)7, Guid.Empty, DayOfWeek.Friday };
        string[] fmts = { "{0}", "{0,8}", "{0,-8}|", "{0,2}", "{0:X}", "{0,10:N2}", "{0,-12:E3}|", "{0:p}", "{0:G}", "{0:D5}", "{0:00.0}", "{0,5:#,#}", "{0:yyyy-MM-dd}", "{0:x8}", "{0,-3}{0,3}", "{{{0}}}", "{0:F}", "{0:R}", "{0:P1}", "{0:C}" };
        foreach (object a in args)
        {
            var sb = new StringBuilder((a == null ? "null" : a.GetType().Name) + ":");
            foreach (string f in fmts) sb.Append(' ').Append(T(() => string.Format(inv, f, a)));
            Console.WriteLine(sb.ToString());
        }
        string[] bad = { "{", "}", "{0", "{0,}", "{0,x}", "{0:}", "{1}", "{-1}", "{ 0}", "{0 }", "{0, 5}", "{0 ,5}", "{0,-}", "{a}", "{0:{}", "{0:}}}", "x}}y{{z", "{0,1000000}", "{0,99999999}", "{1000000}", "{0:D}}", "}{", "{0,-0}", "{00}", "{0,05}" };
        foreach (string f in bad) Console.WriteLine(f + " -> " + T(() => string.Format(inv, f, 5)));
        Console.WriteLine(T(() => string.Format(new Upper(), "{0} {1:x} {2,6} {3}", "ab", 255, null, 1.5)) + " " + T(() => string.Format(inv, "{0}{1}{2}{3}{4}", 1, 2, 3, 4, 5)) + " " + T(() => string.Format("{0}", (object[])null)) + " " + T(() => string.Format(null, 1)));
        Console.WriteLine(T(() => string.Format(inv, "{0} {1} {2}", new object[] { "a", null, 3 })) + " " + T(() => string.Format(inv, "{0,3}|{1,-3}|", "abcd", "abcd")) + " " + T(() => string.Format("{0}", new object[] { null })) + " " + T(() => string.Format(inv, "{0:N0}{0:#}", 1234567)));
        var sb2 = new StringBuilder();
        sb2.AppendFormat(inv, "{0,5}|{1,-5}|{2:F1}", 1, "ab", 2.25).AppendFormat("[{0}]", 'z').AppendFormat(new Upper(), "{0:q}", "w");
        Console.WriteLine(sb2.ToString());
        int n = 42; double d = -3.25; string s = "str"; object o = null; DateTime dt = new DateTime(2001, 2, 3);
        Console.WriteLine($"[{n,6}] [{n,-6}] [{d,8:F3}] [{s,-5}] [{o}] [{n:X4}] [{d:E2}] [{dt:yyyy/MM/dd}] [{s,2}] [{{}}] [{n + 1,3}] [{(n > 0 ? "pos" : "neg"),5}]");
        Console.WriteLine(string.Create(inv, $"{d} {1.5e300} {0.1m}") + " " + FormattableString.Invariant($"{d:N1}") + " " + $"{new Point { X = 3, Y = 4 }:p} {new Point { X = 5 }}");
        FormattableString fs = $"a{n}b{d,4}c";
        Console.WriteLine(fs.Format + " " + fs.ArgumentCount + " " + fs.GetArgument(1) + " " + fs.ToString(inv));
        Console.WriteLine(string.Join(",", string.Format(inv, "{0,4}", "x").Length, string.Format("{0}", "").Length, "{0}".Length));
        return 0;
    }
}
