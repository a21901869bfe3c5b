// DateTime.ParseExact/TryParseExact with custom and standard formats, and the round trip
// through ToString; invalid inputs.
using System;
using System.Globalization;

class Program
{
    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var cases = new (string s, string f)[]
        {
            ("2024-02-29", "yyyy-MM-dd"), ("2023-02-29", "yyyy-MM-dd"), ("29/02/2024 13:45", "dd/MM/yyyy HH:mm"),
            ("3/7/24", "M/d/yy"), ("3/7/99", "M/d/yy"), ("07 Mar 2024", "dd MMM yyyy"), ("Thursday, 07 March 2024", "dddd, dd MMMM yyyy"),
            ("Friday, 07 March 2024", "dddd, dd MMMM yyyy"), ("12:30:15.250", "HH:mm:ss.fff"), ("1:05 PM", "h:mm tt"), ("12:05 AM", "h:mm tt"),
            ("2024-03-05T10:11:12.1234567", "o"), ("2024-03-05T10:11:12", "s"), ("03/05/2024", "d"), ("2024-03-05 10:11:12Z", "u"),
            ("20240305", "yyyyMMdd"), ("2024-3-5", "yyyy-MM-dd"), ("2024-03-05 ", "yyyy-MM-dd"), ("'2024'", "\\'yyyy\\'"), ("at 10h", "'at' HH'h'"),
            ("2024-13-01", "yyyy-MM-dd"), ("10:61", "HH:mm"), ("24:00", "HH:mm"), ("2024-03-05T10:11:12.5", "yyyy-MM-ddTHH:mm:ss.FFF"),
        };
        foreach (var (s, f) in cases)
        {
            string r = DateTime.TryParseExact(s, f, inv, DateTimeStyles.NoCurrentDateDefault, out DateTime d) ? d.ToString("yyyy-MM-dd HH:mm:ss.fffffff ddd", inv) + " " + d.Kind : "fail";
            Console.WriteLine($"{s,-28} {f,-28} {r}");
        }
        var d1 = new DateTime(2021, 12, 31, 23, 59, 58, 123);
        foreach (string f in new[] { "d", "D", "f", "F", "g", "G", "s", "t", "T", "u", "y", "yyyy-MM-dd HH:mm:ss.fff", "dd MMM yy h:mm tt" })
        {
            string text = d1.ToString(f, inv);
            Console.WriteLine($"{f,-24} {text,-36} back {(DateTime.TryParseExact(text, f, inv, DateTimeStyles.NoCurrentDateDefault, out DateTime b) ? b.ToString("O", inv) : "fail")}");
        }
        Console.WriteLine(DateTime.ParseExact("2024-01-02 03:04", new[] { "yyyy-MM-dd", "yyyy-MM-dd HH:mm" }, inv, DateTimeStyles.None).ToString("s", inv));
        Console.WriteLine(DateTime.ParseExact("  2024-01-02  ", "yyyy-MM-dd", inv, DateTimeStyles.AllowWhiteSpaces).ToString("s", inv));
        try { DateTime.ParseExact("2024/01/02", "yyyy-MM-dd", inv); } catch (FormatException e) { Console.WriteLine(e.Message); }
        Console.WriteLine(DateTime.Parse("2024-05-06 07:08:09", inv).ToString("O", inv) + " " + DateTime.Parse("05/06/2024", inv).ToString("D", inv));
        return 0;
    }
}
