// DateTime.Parse over a table of inputs, valid and invalid: ISO 8601 with and without
// offsets, US-order dates, month and day names, RFC 1123, 12-hour times, fraction rounding,
// DateTimeStyles, DateTimeOffset/DateOnly/TimeOnly parsing and the exact error messages.
// Results that carry a zone are printed in UTC so the machine's zone does not matter; inputs
// that would take today's date are parsed with NoCurrentDateDefault.
using System;
using System.Globalization;

class Program
{
    static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    static string Show(DateTime r) => (r.Kind == DateTimeKind.Local ? r.ToUniversalTime().ToString("O", Inv) + " (local)" : r.ToString("O", Inv)) + " " + r.Kind;

    static void Row(string s, DateTimeStyles styles)
    {
        string label = "'" + s + "'" + (styles == DateTimeStyles.None ? "" : " [" + styles + "]");
        try { Console.WriteLine(label + " => " + Show(DateTime.Parse(s, Inv, styles))); }
        catch (Exception e) { Console.WriteLine(label + " => " + e.GetType().Name + ": " + e.Message); }
        bool ok;
        try { ok = DateTime.TryParse(s, Inv, styles, out _); } catch (Exception e) { Console.WriteLine("  TryParse: " + e.GetType().Name); return; }
        Console.WriteLine("  TryParse: " + ok);
    }

    static void Try(string label, Func<object> f)
    {
        try { Console.WriteLine(label + ": " + f()); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static int Main()
    {
        string[] dated = {
            // ISO 8601
            "2023-11-05", "2023-11-05T07:08:09", "2023-11-05T07:08:09Z", "2023-11-05T07:08:09.1234567+02:00", "2023-11-05T07:08:09+0200",
            "2023-11-05T07:08:09+02", "2023-11-05T07:08:09 +02:00", "2023-11-05T07:08:09-5", "2023-11-05T13:14:15.1234567-07:00",
            "2023-11-05T07:08", "2023-11-05T07", "2023-11-05T7:8:9", "2023-11-05T", "2023-11-05Z", "2023-11-05 Z", "2023-11-05+02:00",
            "2023-11-05T07:08:09.1234567Z", "2023-11-05T13:14:15.5Z ", "2023-11-05T13:14:15.1234567+02:00Z", "2023-11-05T13:14:15.1234567 GMT",
            "2023-11-05T07:08:09+14:00", "2023-11-05T07:08:09+14:01", "2023-11-05T07:08:09+15:00", "2023-11-05T07:08:09+02:60",
            "0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-02:00", "20231105", "20231105T070809", "-2023-11-05", "00002023-11-05",
            // numeric dates
            "11/05/2023", "11/05/2023 13:14", "11/5/23", "5/11/2023", "13/05/2023", "11-05-2023", "11.05.2023", "2023.11.05", "2023/11/05",
            "05/2023", "2023-11", "2023 11 05", "11 05 2023", "2023/13/05", "2023/05/13", "2023-31-12", "5/11/50", "1/2/3", "1/2/34",
            "12/31/49", "12/31/50", "1-1-1", "01/01/0001", "12/31/9999 23:59:59", "2023-02-29", "2024-02-29", "2023-13-01", "0000-01-01",
            "10000-01-01", "2023-011-05", "2023-11-005", "12345/1/1", "1/1/12345", "0/1/2023", "1/0/2023", "11/05/2023T13:14",
            // names and RFC 1123
            "Sun, 05 Nov 2023 07:08:09 GMT", "Mon, 05 Nov 2023 07:08:09 GMT", "05 Nov 2023 07:08:09 GMT", "Sun, 05 Nov 2023 07:08:09 UTC",
            "Sun, 05 Nov 2023 07:08:09 Z", "Sun, 05 Nov 2023 07:08:09 +0100", "Sunday, November 5, 2023", "5 Nov 2023", "November 5, 2023",
            "Nov 5 2023", "Nov 5, 2023 1:02 PM", "2023 Nov 5", "5 November", "November 2023", "Nov 2023", "2023 Nov", "5-Nov-2023",
            "05-Nov-23", "Nov-05-2023", "2023-Nov-05", "novembre 5 2023", "NOV 5 2023", "Sept 5 2023", "Sep 5 2023", "5 Nov 99", "5 Nov 30",
            "5 Nov 29", "5 Nov 2023 AD", "A.D. 5 Nov 2023", "5/Nov/2023", "2023/Nov/5", "Sun 05 Nov 2023", "Sunday 2023-11-05", "2023-11-05 Sunday",
            "Nov 5, 23", "2 Nov 5", "23 Nov 5", "2023 5 Nov", "5 2023 Nov", "Nov 2023 5", "5th Nov 2023", "05 Nov 2023 07:08:09 gmt",
            "Sun", "November", "Nov 5 2023 2024", "1 2 3 4", "2023", "5",
            // times with a date
            "2023-11-05 7:08:09 PM", "2023-11-05 7 PM", "2023-11-05 7PM", "2023-11-05 12:00 AM", "2023-11-05 12:00 PM", "2023-11-05 13:00 PM",
            "2023-11-05 0:00 AM", "2023-11-05 7:08 pm", "2023-11-05 7:08 P", "2023-11-05 7:08 A.M.", "2023-11-05 00:14 PM", "2023-11-05 13:14:15 PM",
            "12:00:00 AM 11/05/2023", "13:14 11/05/2023", "07:08:09 2023-11-05", "Nov 5 13:14 2023", "11/05/2023 7", "11/05/2023 7:08 AM GMT",
            "11.5.2023 13.14", "2023-11-05 13.14.15", "2023-11-05 13:14:15,5", "11/05/2023 13:14:15.5 +1", "11/05/2023 13:14:15:16", "11/05/2023 13:",
            "2023-11-05 GMT 13:14", "2023-11-05 13:14 +01:30", "2023-11-05 13:14 -01:30", "2023-11-05 13:14+1:30", "2023-11-05 13:14 +130",
            "2023-11-05 13:14 +01300", "2023-11-05 13:14 +1:3", "2023-11-05 13:14 Z Z", "2023-11-05 13:14 +01:00 GMT", "2023-11-05 13:14 GMT+01:00",
            "2023-11-05 07:08:09 -0", "2023-11-05 24:00", "2023-11-05T25:00:00", "2023-11-05T23:60:00", "2023-11-05T23:00:60",
            "11/05/2023 1:2:3", "11/05/2023 001:02", "11/05/2023 10:002", "2023-11-05\t07:08", "2023-11-05,07:08", "  2023-1-2  ", "\t2023-11-05\n",
            // fractions of seconds: seven digits, then rounding half to even on the summed digits
            "2023-11-05T07:08:09.123456789", "2023-11-05T07:08:09.99999995", "2023-11-05T07:08:09.99999994", "2023-11-05T23:59:59.99999999",
            "9999-12-31T23:59:59.99999999", "2023-11-05T07:08:09.", "2023-11-05T07:08:09.5", "2023-11-05 07:08:09.1234", "2023-11-05 13:14:15.12345675",
            "2023-11-05 13:14:15.12345665", "2023-11-05 13:14:15.00000005", "2023-11-05 13:14:15.00000045", "2023-11-05 13:14:15.000000149999",
            // nothing to parse
            "", "   ", "not a date", "2023-11-05 foo", "foo 2023-11-05", "T07:08:09",
        };
        foreach (string s in dated) Row(s, DateTimeStyles.None);

        string[] timeOnly = { "13:14", "1:02 PM", "7 PM", "13:14:15.5", "13:14Z", "13:14 +02:00", "12:00 AM", "23:59:59.9999999" };
        foreach (string s in timeOnly) Row(s, DateTimeStyles.NoCurrentDateDefault);

        DateTimeStyles[] styles = {
            DateTimeStyles.RoundtripKind, DateTimeStyles.AdjustToUniversal, DateTimeStyles.AssumeUniversal, DateTimeStyles.AssumeLocal,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, DateTimeStyles.AssumeLocal | DateTimeStyles.AdjustToUniversal,
            DateTimeStyles.AllowWhiteSpaces, DateTimeStyles.RoundtripKind | DateTimeStyles.AdjustToUniversal,
            DateTimeStyles.AssumeLocal | DateTimeStyles.AssumeUniversal, (DateTimeStyles)1024,
        };
        string[] styled = { "2023-11-05T07:08:09", "2023-11-05T07:08:09Z", "2023-11-05T07:08:09+02:00", "Sun, 05 Nov 2023 07:08:09 GMT", " 2023-11-05 ", "0001-01-01T00:30:00+01:00" };
        foreach (DateTimeStyles st in styles)
            foreach (string s in styled) Row(s, st);
        foreach (string s in new[] { "13:14", "13:14Z" })
            Row(s, DateTimeStyles.NoCurrentDateDefault | DateTimeStyles.RoundtripKind);
        Try("Parse null", () => DateTime.Parse(null, Inv));
        Try("TryParse null", () => DateTime.TryParse((string)null, out _));
        Try("Parse span", () => DateTime.Parse("2023-11-05T07:08:09".AsSpan(), Inv).ToString("O", Inv));
        Try("round trip O", () => { var d = new DateTime(2023, 11, 5, 7, 8, 9, DateTimeKind.Utc).AddTicks(1234567); var r = DateTime.Parse(d.ToString("O"), Inv, DateTimeStyles.RoundtripKind); return r.Ticks == d.Ticks && r.Kind == d.Kind; });
        Try("round trip R", () => { var d = new DateTime(2023, 11, 5, 7, 8, 9, DateTimeKind.Utc); return DateTime.Parse(d.ToString("R"), Inv, DateTimeStyles.AdjustToUniversal) == d; });
        Try("round trip s/u", () => DateTime.Parse("2023-11-05T07:08:09", Inv).ToString("s") + " " + DateTime.Parse("2023-11-05 07:08:09Z", Inv, DateTimeStyles.AdjustToUniversal).ToString("u"));

        // DateTimeOffset: the offset is the text's (inputs without one would take the local zone).
        string[] dto = { "2023-11-05T07:08:09.5-04:30", "2023-11-05T07:08:09Z", "Sun, 05 Nov 2023 07:08:09 GMT", "11/05/2023 1:02 PM +05:30",
            "2023-11-05T07:08:09+15:00", "garbage", "0001-01-01T00:00:00+01:00", "9999-12-31T23:00:00-02:00", "5 Nov 2023 10:00 -3", "2023-02-30T00:00:00Z" };
        foreach (string s in dto)
            Try("dto '" + s + "'", () => DateTimeOffset.Parse(s, Inv).ToString("O", Inv));
        Try("dto AssumeUniversal", () => DateTimeOffset.Parse("2023-11-05T07:08:09", Inv, DateTimeStyles.AssumeUniversal).ToString("O"));
        Try("dto AdjustToUniversal", () => DateTimeOffset.Parse("2023-11-05T07:08:09+01:00", Inv, DateTimeStyles.AdjustToUniversal).ToString("O"));
        Try("dto NoCurrentDateDefault", () => DateTimeOffset.Parse("2023-11-05T07:08:09Z", Inv, DateTimeStyles.NoCurrentDateDefault));
        Try("dto null", () => DateTimeOffset.Parse(null));
        Try("dto TryParse", () => DateTimeOffset.TryParse("2023-11-05T01:02:03+01:00", Inv, DateTimeStyles.None, out var x) + " " + x.ToString("O") + " " + DateTimeOffset.TryParse("x", out _));
        Try("dto ParseExact", () => DateTimeOffset.ParseExact("2023-11-05 +05:30", "yyyy-MM-dd zzz", Inv).ToString("O"));
        Try("dto ParseExact Z", () => DateTimeOffset.ParseExact("2023-11-05T07:08:09Z", "yyyy-MM-ddTHH:mm:ssK", Inv).ToString("O"));
        Try("dto ParseExact AssumeUniversal", () => DateTimeOffset.ParseExact("2023-11-05", "yyyy-MM-dd", Inv, DateTimeStyles.AssumeUniversal).ToString("O"));
        Try("dto ParseExact missing offset", () => DateTimeOffset.ParseExact("2023-11-05", "yyyy-MM-dd zzz", Inv));
        Try("dto ParseExact bad", () => DateTimeOffset.ParseExact("x", "yyyy", Inv));

        // DateOnly and TimeOnly take only their own parts.
        string[] dateOnly = { "2023-11-05", "Nov 5 2023", " 11/05/2023 ", "2023-11-05T00:00:00", "garbage", "13:14", "2023-11-05Z", "2024-03-01 10:00", "2023-02-30" };
        foreach (string s in dateOnly)
            Try("DateOnly '" + s + "'", () => DateOnly.Parse(s, Inv).ToString("O") + " " + DateOnly.TryParse(s, Inv, DateTimeStyles.None, out _));
        string[] timeOnlyIn = { "13:14", "1:02:03.5 PM", "7 PM", "23:59:59.9999999", "garbage", "2023-11-05", "13:14Z", "25:00", "2024-01-01 10:00" };
        foreach (string s in timeOnlyIn)
            Try("TimeOnly '" + s + "'", () => TimeOnly.Parse(s, Inv).ToString("O") + " " + TimeOnly.TryParse(s, Inv, DateTimeStyles.None, out _));
        Try("DateOnly exact", () => DateOnly.ParseExact("2023-11-05 10", "yyyy-MM-dd HH", Inv) + " " + DateOnly.TryParseExact("05.11.2023", "dd.MM.yyyy", out var x) + " " + x);
        Try("DateOnly exact bad", () => DateOnly.ParseExact("x", "yyyy-MM-dd", Inv));
        Try("TimeOnly exact", () => TimeOnly.ParseExact("2023 10", "yyyy HH", Inv) + " " + TimeOnly.ParseExact("0102", "HHmm", Inv));
        Try("TimeOnly exact bad", () => TimeOnly.ParseExact("x", "HH", Inv));
        Try("DateOnly null", () => DateOnly.Parse(null));
        Try("TimeOnly null", () => TimeOnly.Parse((string)null));
        return 0;
    }
}
