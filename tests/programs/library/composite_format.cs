// CompositeFormat: parsing, MinimumArgumentCount, errors, and formatting through
// string.Format and StringBuilder.AppendFormat.
using System;
using System.Globalization;
using System.Text;

static class Program
{
    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine(what + ": " + f()); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        string[] formats = {
            "", "plain text", "{0}", "{2} and {0}", "{{literal}} {1,5}|{0,-4}|", "{0:X4} {0:N2}",
            "{ 0}", "{0", "{0,}", "}", "{a}", "{0:x{", "{0 , 3 }", "{0,-}", "x {1000}", "{0 x}",
            "{0:}", "}}{{", "{0,3:D2}", "{", "a}b", "{0:a}b}", "{0,5x}", "{0,5 :x}", "{1000000}", "{0,1000000}", "{0}}", "{0:{{}", "a}", "a}}}", "{0}x}", "{0}}}",
        };
        foreach (string f in formats)
            Try("Parse \"" + f + "\"", () => { var cf = CompositeFormat.Parse(f); return cf.MinimumArgumentCount + " [" + cf.Format + "]"; });
        Try("Parse null", () => CompositeFormat.Parse(null));

        var inv = CultureInfo.InvariantCulture;
        var two = CompositeFormat.Parse("{1,6}|{0,-6}|{1:F3}");
        Console.WriteLine(string.Format(inv, two, "ab", 3.14159));
        Console.WriteLine(string.Format(inv, two, new object[] { 1, 2.5 }));
        Console.WriteLine(string.Format<int, double>(inv, two, 7, 0.5));
        Console.WriteLine(string.Format(null, CompositeFormat.Parse("{0:X}-{1}-{2}"), 255, 'c', true));
        Console.WriteLine(string.Format(inv, CompositeFormat.Parse("[{0}]"), (object)null));
        Console.WriteLine(string.Format(inv, CompositeFormat.Parse("no holes"), 1, 2, 3));
        Try("too few args", () => string.Format(inv, two, 1));
        Try("too few args (array)", () => string.Format(inv, two, new object[] { 1 }));
        Try("null format", () => string.Format(inv, (CompositeFormat)null, 1));
        Try("null args", () => string.Format(inv, two, (object[])null));

        var sb = new StringBuilder("> ");
        sb.AppendFormat(inv, CompositeFormat.Parse("{0}+{1}={2}"), 2, 3, 5)
          .AppendFormat(inv, CompositeFormat.Parse(" {0:P0}"), 0.25)
          .AppendFormat(inv, CompositeFormat.Parse(" {0}{1}{2}{3}"), "a", "b", "c", "d")
          .AppendFormat(inv, CompositeFormat.Parse(" {0,4}"), new object[] { "r" });
        Console.WriteLine(sb);
        Try("sb too few", () => new StringBuilder().AppendFormat(inv, CompositeFormat.Parse("{3}"), 1, 2));
        Try("sb null format", () => new StringBuilder().AppendFormat(inv, (CompositeFormat)null, 1));
    }
}
