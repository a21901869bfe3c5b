// DateTime, DateTimeOffset, DateOnly, TimeOnly and TimeSpan beyond the basics: custom format
// edge cases (quotes, escapes, repeated specifiers, fraction trimming, offsets), round-trip
// "O"/"R"/"s"/"u" with kinds and offsets, ParseExact/TryParse with styles and the exact
// error messages, arithmetic and its range checks, comparisons and the component members.
using System;
using System.Collections;
using System.Globalization;
using System.Linq;

class Program
{
    static void T(string label, Func<object> f)
    {
        try { Console.WriteLine(label + ": " + Show(f())); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().FullName + ": " + e.Message); }
    }
    static string Show(object o) => o switch
    {
        null => "null",
        string s => s,
        IEnumerable e => "[" + string.Join(",", e.Cast<object>().Select(Show)) + "]",
        _ => o.ToString(),
    };

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var d = new DateTime(2023, 11, 5, 7, 8, 9, DateTimeKind.Utc).AddTicks(1230450);
        var dl = DateTime.SpecifyKind(d, DateTimeKind.Local);
        string[] fmts = { "yyyy'-'MM'-'dd", "\"quoted\" yyyy", "yyyy \\y \\\\ M", "'unterminated", "\\", "%", "%%", "fff FFF F f ffffffff", "FFFFFFF", "zzz z zz", "K", "HH:mm:ss.FFFFFFFK", "tt t", "MMMMM ddddd", "yyyyyyy", "h hh H HH", "m mm s ss", ":/", "gg g", "dd MM yy", "%y", "%M", "''", "'a''b'" };
        foreach (var f in fmts)
        {
            T("fmt " + f, () => d.ToString(f, inv));
        }
        T("local z", () => dl.ToString("K", inv).Length + " " + new DateTime(2023, 1, 1).ToString("K", inv).Length);
        T("round trip O", () => d.ToString("O") + " " + DateTime.SpecifyKind(d, DateTimeKind.Unspecified).ToString("o") + " " + DateTime.Parse(d.ToString("O"), inv, DateTimeStyles.RoundtripKind).Kind + " " + DateTime.Parse(d.ToString("O"), inv, DateTimeStyles.RoundtripKind).Ticks);
        T("R/r/s/u", () => d.ToString("R") + " | " + d.ToString("r") + " | " + d.ToString("s") + " | " + d.ToString("u") + " | " + d.ToString("U"));
        T("default ToString", () => d.ToString() + " | " + DateTime.MinValue + " | " + DateTime.MaxValue.ToString(inv));

        string[] parseInputs = { "2023-11-05", "2023-11-05T07:08:09", "2023-11-05T07:08:09Z", "2023-11-05T07:08:09.1234567+02:00", "11/05/2023", "11/05/2023 13:14", "Sun, 05 Nov 2023 07:08:09 GMT", "2023-11-05 07:08:09Z", "5 Nov 2023", "November 5, 2023", "2023-13-01", "2023-02-29", "", "  2023-1-2  ", "2023-11-05T25:00:00", "not a date", "2023/11/05 7:08:09 PM", "Nov 2023", "2023-11-05T07:08:09.123456789" };
        foreach (var s in parseInputs)
        {
            T("Parse '" + s + "'", () => { var r = DateTime.Parse(s, inv); return r.ToUniversalTime().ToString("O", inv) + " " + r.Kind; });
        }
        T("Parse null", () => DateTime.Parse(null, inv));
        T("TryParse", () => DateTime.TryParse("2023-02-30", inv, DateTimeStyles.None, out var r) + " " + r.Ticks);
        T("Parse AdjustToUniversal", () => DateTime.Parse("2023-11-05T07:08:09+02:00", inv, DateTimeStyles.AdjustToUniversal).ToString("O"));
        T("Parse AssumeUniversal", () => DateTime.Parse("2023-11-05T07:08:09", inv, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal).ToString("O"));
        string[] exactFmts = { "yyyy-MM-dd", "dd/MM/yyyy HH:mm", "yyyyMMdd", "HH:mm:ss.fff", "yyyy-MM-ddTHH:mm:ssK", "MMM d, yyyy", "d-M-yy", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF" };
        string[] exactInputs = { "2023-11-05", "05/11/2023 13:14", "20231105", "13:14:15.167", "2023-11-05T07:08:09Z", "Nov 5, 2023", "5-11-23", "1:05 PM", "2023-11-05T07:08:09.12", "2023-11-5", "05/11/2023 1:14", "2023110", "2023-11-05T07:08:09+01:00", "5-11-99", "13:05 PM" };
        foreach (var f in exactFmts)
            foreach (var s in exactInputs)
            {
                if (!DateTime.TryParseExact(s, f, inv, DateTimeStyles.None, out var r)) continue;
                Console.WriteLine("exact " + f + " '" + s + "' -> " + r.ToString("O", inv) + " " + r.Kind);
            }
        T("ParseExact fail", () => DateTime.ParseExact("2023-11-5", "yyyy-MM-dd", inv));
        T("ParseExact bad format", () => DateTime.ParseExact("2023", "", inv));
        T("ParseExact multiple", () => DateTime.ParseExact("5.11.2023", new[] { "yyyy-MM-dd", "d.M.yyyy" }, inv, DateTimeStyles.None));
        T("ParseExact whitespace", () => DateTime.ParseExact("  2023-11-05 ", "yyyy-MM-dd", inv, DateTimeStyles.AllowWhiteSpaces));

        T("arith", () => d.AddDays(1.5).ToString("O") + " " + d.AddMonths(-11).ToString("d", inv) + " " + d.AddYears(1) + " " + d.AddHours(-7.25) + " " + d.AddMilliseconds(0.5).Ticks + " " + d.AddMicroseconds(3).Ticks);
        T("add overflow", () => DateTime.MaxValue.AddDays(1));
        T("add months overflow", () => DateTime.MinValue.AddMonths(-1));
        T("subtract", () => (d - new DateTime(2000, 1, 1)) + " " + d.Subtract(TimeSpan.FromDays(1)).Day + " " + (DateTime.MinValue - TimeSpan.FromTicks(1)));
        T("ctor bad", () => new DateTime(2023, 2, 29));
        T("ctor bad time", () => new DateTime(2023, 1, 1, 24, 0, 0));
        T("ctor ticks bad", () => new DateTime(-1));
        T("components", () => d.Year + " " + d.Month + " " + d.Day + " " + d.Hour + " " + d.Minute + " " + d.Second + " " + d.Millisecond + " " + d.Microsecond + " " + d.Nanosecond + " " + d.DayOfWeek + " " + d.DayOfYear + " " + d.TimeOfDay + " " + d.Date.ToString("O"));
        T("compare", () => d.CompareTo(dl) + " " + (d == dl) + " " + d.Equals(dl) + " " + DateTime.Compare(d, d.AddTicks(1)) + " " + d.CompareTo(null) + " " + (d.GetHashCode() == dl.GetHashCode()));
        T("compare wrong", () => d.CompareTo("x"));
        T("ToUniversal/Local unspecified", () => new DateTime(2023, 1, 1).ToUniversalTime().Kind + " " + d.ToLocalTime().Kind);
        T("Binary", () => DateTime.FromBinary(d.ToBinary()).Kind + " " + d.ToBinary() + " " + DateTime.FromBinary(new DateTime(5).ToBinary()).Ticks);
        T("OADate", () => d.ToOADate() + " " + DateTime.FromOADate(45000.5).ToString("O"));
        T("FileTime", () => d.ToFileTimeUtc() + " " + DateTime.FromFileTimeUtc(0).ToString("O"));
        T("UnixEpoch", () => DateTime.UnixEpoch.ToString("O") + " " + DateTimeOffset.FromUnixTimeSeconds(1700000000) + " " + DateTimeOffset.FromUnixTimeMilliseconds(-1) + " " + new DateTimeOffset(d).ToUnixTimeSeconds() + " " + new DateTimeOffset(d).ToUnixTimeMilliseconds());
        T("Deconstruct", () => { var (y, m, dd) = d; var (date, time) = d; return y + " " + m + " " + dd + " " + date + " " + time; });

        var o = new DateTimeOffset(2023, 11, 5, 7, 8, 9, 123, TimeSpan.FromHours(5.5));
        T("dto ToString", () => o + " | " + o.ToString("O") + " | " + o.ToString("u") + " | " + o.ToString("R") + " | " + o.ToString("zzz K yyyy") + " | " + o.ToString("s"));
        T("dto members", () => o.UtcDateTime.ToString("O") + " " + o.DateTime.Kind + " " + o.Offset + " " + o.UtcTicks + " " + o.TotalOffsetMinutes + " " + o.ToOffset(TimeSpan.FromHours(-3)) + " " + o.ToUniversalTime());
        T("dto compare", () => o.CompareTo(o.ToOffset(TimeSpan.Zero)) + " " + (o == o.ToOffset(TimeSpan.Zero)) + " " + o.EqualsExact(o.ToOffset(TimeSpan.Zero)) + " " + (o < o.AddTicks(1)));
        T("dto bad offset", () => new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.FromHours(15)));
        T("dto offset seconds", () => new DateTimeOffset(2023, 1, 1, 0, 0, 0, TimeSpan.FromSeconds(30)));
        T("dto utc kind mismatch", () => new DateTimeOffset(d, TimeSpan.FromHours(1)));
        T("dto Parse", () => DateTimeOffset.Parse("2023-11-05T07:08:09.5-04:30", inv) + " | " + DateTimeOffset.Parse("2023-11-05", inv).Offset + " | " + DateTimeOffset.ParseExact("05/11/2023 +02:00", "dd/MM/yyyy zzz", inv));
        T("dto arith", () => (o.AddHours(1) - o) + " " + o.AddMonths(3).Month + " " + (o - TimeSpan.FromDays(1)).Day + " " + o.Date.ToString("O") + " " + o.TimeOfDay);
        T("dto implicit", () => { DateTimeOffset x = d; return x.Offset + " " + x; });

        var don = new DateOnly(2024, 2, 29);
        T("DateOnly", () => don + " " + don.ToString("O") + " " + don.ToString("yyyy/MM/dd") + " " + don.AddYears(1) + " " + don.AddMonths(12) + " " + don.DayNumber + " " + don.DayOfWeek + " " + don.ToDateTime(new TimeOnly(1, 2)) + " " + DateOnly.FromDateTime(d) + " " + DateOnly.FromDayNumber(700000));
        T("DateOnly parse", () => DateOnly.Parse("2024-03-01", inv) + " " + DateOnly.ParseExact("01.03.2024", "dd.MM.yyyy", inv) + " " + DateOnly.TryParse("2024-02-30", inv, DateTimeStyles.None, out var x) + " " + x);
        T("DateOnly parse with time", () => DateOnly.Parse("2024-03-01 10:00", inv));
        T("DateOnly bad", () => new DateOnly(2023, 2, 29));
        T("DateOnly compare", () => don.CompareTo(don.AddDays(1)) + " " + (don > DateOnly.MinValue) + " " + DateOnly.MaxValue + " " + DateOnly.MinValue);
        var ton = new TimeOnly(13, 45, 30, 250);
        T("TimeOnly", () => ton + " " + ton.ToString("O") + " " + ton.ToString("HH:mm:ss.fff") + " " + ton.ToString("t") + " " + ton.ToString("T") + " " + ton.AddHours(12) + " " + ton.AddMinutes(-900) + " " + ton.ToTimeSpan() + " " + TimeOnly.FromDateTime(d) + " " + TimeOnly.FromTimeSpan(TimeSpan.FromMinutes(61)));
        T("TimeOnly wrap", () => { var r = ton.AddHours(13, out int days); var r2 = ton.Add(TimeSpan.FromHours(-20), out int days2); return r + " " + days + " " + r2 + " " + days2 + " " + (ton - new TimeOnly(23, 0)) + " " + ton.IsBetween(new TimeOnly(22, 0), new TimeOnly(14, 0)); });
        T("TimeOnly parse", () => TimeOnly.Parse("1:02 PM", inv) + " " + TimeOnly.ParseExact("0102", "HHmm", inv) + " " + TimeOnly.TryParse("25:00", inv, DateTimeStyles.None, out var x) + " " + x);
        T("TimeOnly parse with date", () => TimeOnly.Parse("2024-01-01 10:00", inv));
        T("TimeOnly bad format", () => ton.ToString("yyyy"));
        T("DateOnly bad format", () => don.ToString("HH"));

        T("TimeSpan parse errors", () => string.Join(" | ", new[] { "1:60", "25:00", "1.2.3", "-", "99999999.00:00:00", "10675199.02:48:05.4775808", "10675199.02:48:05.4775807", "00:00:00.12345678", "1:2:3.", "abc" }.Select(s => { try { return TimeSpan.Parse(s, inv).ToString(); } catch (Exception e) { return e.GetType().Name + ":" + e.Message; } })));
        T("TimeSpan arith", () => (TimeSpan.FromDays(1) * 1.5) + " " + (TimeSpan.FromHours(3) / 2) + " " + (TimeSpan.FromHours(3) / TimeSpan.FromMinutes(20)) + " " + TimeSpan.FromMinutes(-5).Duration() + " " + (-TimeSpan.FromSeconds(1)) + " " + TimeSpan.FromSeconds(1).Negate());
        T("TimeSpan overflow", () => TimeSpan.MaxValue + TimeSpan.FromTicks(1));
        T("TimeSpan Duration overflow", () => TimeSpan.MinValue.Duration());
        T("TimeSpan FromDays NaN", () => TimeSpan.FromDays(double.NaN));
        T("TimeSpan FromSeconds huge", () => TimeSpan.FromSeconds(1e20));
        T("TimeSpan From ints", () => TimeSpan.FromHours(1, 30) + " " + TimeSpan.FromMinutes(2, 3, 4, 5) + " " + TimeSpan.FromDays(1, 2, 3, 4, 5, 6) + " " + TimeSpan.FromMilliseconds(1500, 250) + " " + TimeSpan.FromMicroseconds(1234567));
        T("TimeSpan rounding", () => TimeSpan.FromMilliseconds(1.00005) + " " + TimeSpan.FromSeconds(0.00000015) + " " + TimeSpan.FromMinutes(1.0 / 7) + " " + TimeSpan.FromDays(0.1));
        T("TimeSpan components", () => { var t = new TimeSpan(-1, -2, -3, -4, -5, -6); return t + " " + t.Days + " " + t.Hours + " " + t.Minutes + " " + t.Seconds + " " + t.Milliseconds + " " + t.Microseconds + " " + t.Nanoseconds + " " + t.TotalMicroseconds + " " + t.TotalNanoseconds; });
        T("TimeSpan compare", () => TimeSpan.Compare(TimeSpan.Zero, TimeSpan.FromTicks(-1)) + " " + TimeSpan.Zero.CompareTo(null) + " " + TimeSpan.FromDays(1).Equals(TimeSpan.FromHours(24)));
        T("TimeSpan fmt custom", () => new TimeSpan(1, 2, 3, 4, 567).ToString("d\\.hh\\:mm\\:ss\\.FFF") + " " + new TimeSpan(1, 2, 3).ToString("%h") + " " + new TimeSpan(0, 0, 5).ToString("ss' sec'"));
        T("TimeSpan fmt bad", () => TimeSpan.Zero.ToString("hh:mm"));
        T("Stopwatch", () => { var sw = System.Diagnostics.Stopwatch.StartNew(); var e1 = sw.ElapsedTicks; sw.Stop(); var e2 = sw.Elapsed; sw.Reset(); return (e1 >= 0) + " " + (e2 >= TimeSpan.Zero) + " " + sw.IsRunning + " " + sw.ElapsedMilliseconds + " " + System.Diagnostics.Stopwatch.IsHighResolution + " " + (System.Diagnostics.Stopwatch.Frequency > 0) + " " + (System.Diagnostics.Stopwatch.GetElapsedTime(System.Diagnostics.Stopwatch.GetTimestamp()) >= TimeSpan.Zero); });
        T("Now sanity", () => (DateTime.Now.Year >= 2024) + " " + DateTime.UtcNow.Kind + " " + DateTime.Now.Kind + " " + DateTime.Today.TimeOfDay + " " + (DateTimeOffset.UtcNow.Offset == TimeSpan.Zero));
        return 0;
    }
}
