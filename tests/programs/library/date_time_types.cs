// DateOnly, TimeOnly and DateTimeOffset: construction, arithmetic, comparison by instant,
// formatting and parsing (invariant culture, fixed offsets).
using System;
using System.Globalization;

class Program
{
    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;
        var d = new DateOnly(2024, 2, 29);
        Console.WriteLine($"{d} {d.ToString("D", inv)} {d.ToString("o", inv)} {d.ToString("yyyy/MM/dd", inv)} {d.DayOfWeek} {d.DayOfYear} {d.DayNumber}");
        Console.WriteLine($"{d.AddDays(1)} {d.AddMonths(1)} {d.AddYears(1)} {d.AddDays(-60)} {DateOnly.FromDateTime(new DateTime(2020, 1, 2, 3, 4, 5))} {DateOnly.FromDayNumber(0)} {DateOnly.MaxValue}");
        Console.WriteLine($"{d > new DateOnly(2024, 1, 1)} {d == new DateOnly(2024, 2, 29)} {d.CompareTo(new DateOnly(2025, 1, 1))} {d.ToDateTime(new TimeOnly(10, 30)).ToString("s", inv)} {DateOnly.ParseExact("31.12.1999", "dd.MM.yyyy", inv)} {DateOnly.Parse("2001-02-03", inv)}");
        var (yy, mm, dd) = d;
        Console.WriteLine($"{yy}-{mm}-{dd}");
        var t = new TimeOnly(23, 45, 10, 500);
        Console.WriteLine($"{t} {t.ToString("T", inv)} {t.ToString("o", inv)} {t.ToString("HH:mm:ss.fff", inv)} {t.ToString("h:mm tt", inv)} {t.Hour} {t.Minute} {t.Second} {t.Millisecond} {t.Ticks}");
        var t2 = t.Add(TimeSpan.FromMinutes(30), out int wrapped);
        Console.WriteLine($"{t2} wrapped {wrapped} {t.AddHours(-24.5)} {new TimeOnly(1, 0) - new TimeOnly(23, 0)} {t - new TimeOnly(12, 0)} {t.IsBetween(new TimeOnly(22, 0), new TimeOnly(2, 0))} {new TimeOnly(12, 0).IsBetween(new TimeOnly(22, 0), new TimeOnly(2, 0))}");
        Console.WriteLine($"{TimeOnly.FromTimeSpan(TimeSpan.FromHours(5.25))} {TimeOnly.Parse("07:08:09", inv).ToString("T", inv)} {TimeOnly.MinValue} {TimeOnly.MaxValue.ToString("o", inv)} {t.ToTimeSpan()}");
        var o = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));
        var u = new DateTimeOffset(2024, 1, 2, 1, 4, 5, TimeSpan.Zero);
        Console.WriteLine($"{o.ToString(inv)} | {o.ToString("o", inv)} | {o.ToString("u", inv)} | {o.ToString("yyyy-MM-dd HH:mm zzz", inv)} | {o.ToString("HH:mm K", inv)} | {o.ToString("r", inv)}");
        Console.WriteLine($"{o == u} {o.Equals(u)} {o.EqualsExact(u)} {o.CompareTo(u)} {o.UtcDateTime.ToString("o", inv)} {o.DateTime.ToString("o", inv)} {o.Offset} {o.UtcTicks == u.Ticks}");
        Console.WriteLine($"{o.ToOffset(TimeSpan.FromHours(-5)).ToString("o", inv)} {o.ToUniversalTime().ToString("o", inv)} {o.AddHours(25).ToString("o", inv)} {(o.AddMinutes(90) - u)} {o.ToUnixTimeSeconds()} {o.ToUnixTimeMilliseconds()}");
        Console.WriteLine($"{DateTimeOffset.FromUnixTimeSeconds(1700000000).ToString("o", inv)} {DateTimeOffset.FromUnixTimeMilliseconds(-1500).ToString("o", inv)} {DateTimeOffset.FromUnixTimeMilliseconds(-1500).ToUnixTimeSeconds()} {DateTimeOffset.UnixEpoch.ToString("o", inv)}");
        Console.WriteLine($"{DateTimeOffset.Parse("2024-05-06T07:08:09+05:30", inv).ToString("o", inv)} {DateTimeOffset.Parse("2024-05-06T07:08:09Z", inv).ToString("o", inv)} {DateTimeOffset.Parse("2024-05-06T07:08:09.123-08:00", inv).UtcDateTime.ToString("o", inv)}");
        try { new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromHours(15)); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }
        try { new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.FromSeconds(30)); } catch (ArgumentException e) { Console.WriteLine(e.GetType().Name + " " + e.ParamName); }
        return 0;
    }
}
