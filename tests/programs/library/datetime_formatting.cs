// Table-driven DateTime and TimeSpan formatting (invariant culture): standard and custom
// formats over edge values, composite formatting with alignment, and TimeSpan parsing.
using System;
using System.Globalization;

class Program
{
    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        DateTime[] dates = { new DateTime(2024, 2, 29, 13, 5, 9, 7), new DateTime(1, 1, 1), new DateTime(9999, 12, 31, 23, 59, 59, 999).AddTicks(9999), new DateTime(2000, 1, 2, 0, 0, 0, DateTimeKind.Utc), new DateTime(1999, 12, 31, 12, 0, 0, DateTimeKind.Unspecified), new DateTime(2021, 7, 4, 9, 30, 0).AddTicks(1234567) };
        string[] dfmts = { "d", "D", "f", "F", "g", "G", "M", "O", "R", "s", "t", "T", "u", "Y", "yyyy-MM-dd", "yy/M/d", "dddd dd MMMM", "ddd d MMM yyyy", "HH:mm:ss.fff", "h:m:s tt", "hh tt", "H", "%d", "%h", "fffffff", "FFFFFFF", "ff", "FF", "'Day' d 'of' MMMM", "yyyyMMddHHmmss", "MMM", "MMMM", "dd\\/MM", "K", "y", "yyy", "yyyyy", "gg" };
        foreach (DateTime d in dates)
        {
            Console.Write(d.Ticks + " " + d.Kind + ":");
            foreach (string f in dfmts)
            {
                string s;
                try { s = d.ToString(f, inv); } catch (FormatException) { s = "FormatException"; }
                Console.Write(" | " + f + "=" + s);
            }
            Console.WriteLine();
        }
        TimeSpan[] spans = { TimeSpan.Zero, new TimeSpan(1, 2, 3, 4, 5), TimeSpan.FromMilliseconds(-1500.5), TimeSpan.MaxValue, TimeSpan.MinValue, new TimeSpan(0, 0, 0, 59, 999).Add(TimeSpan.FromTicks(9999)), TimeSpan.FromHours(25), TimeSpan.FromTicks(1) };
        string[] tfmts = { "c", "g", "G", @"hh\:mm\:ss", @"d\.hh\:mm", @"mm\:ss\.fff", @"%d", @"ss\.FFFFFFF", @"dd\ \d\a\y\s", "t" };
        foreach (TimeSpan t in spans)
        {
            Console.Write(t.Ticks + ": " + t);
            foreach (string f in tfmts)
            {
                string s;
                try { s = t.ToString(f, inv); } catch (FormatException) { s = "FormatException"; }
                Console.Write(" | " + f + "=" + s);
            }
            Console.WriteLine($" | total {t.TotalDays:F6} {t.TotalHours:F4} {t.TotalMinutes:F2} {t.TotalSeconds} {t.TotalMilliseconds} | {t.Days} {t.Hours} {t.Minutes} {t.Seconds} {t.Milliseconds}");
        }
        foreach (string s in new[] { "1:02:03", "1.02:03:04.5", "-00:00:01", "23:59", "3", "10:60:00", "1.2:3:4.0050000", "00:00:00.1234567", " 5:00 ", "1:2:3:4" })
            Console.WriteLine($"[{s}] " + (TimeSpan.TryParse(s, inv, out TimeSpan r) ? r.ToString() : "fail") + " " + (TimeSpan.TryParseExact(s, @"h\:mm\:ss", inv, out TimeSpan r2) ? r2.ToString() : "fail"));
        Console.WriteLine(string.Format(inv, "[{0,12:d}] [{1,-20:HH:mm}] [{2,10:c}] [{3:yyyy}]", new DateTime(2024, 1, 2), new DateTime(2024, 1, 2, 3, 4, 5), TimeSpan.FromMinutes(61), DateTime.MinValue));
        Console.WriteLine($"{new DateTime(2024, 3, 10):D} {TimeSpan.FromSeconds(90).ToString(@"mm\:ss")} {new DateTime(2024, 3, 10).DayOfYear} {DateTime.DaysInMonth(2023, 2)} {DateTime.IsLeapYear(1900)} {new DateTime(2024, 1, 31).AddMonths(1):d} {(new DateTime(2024, 3, 1) - TimeSpan.FromDays(1)):d}");
        return 0;
    }
}
