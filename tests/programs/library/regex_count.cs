// Regex.Count, EnumerateMatches (ValueMatch), EnumerateSplits and the span overloads of IsMatch:
// positions and counts agree with Matches/Split, empty matches advance by one, startat and
// count limits, argument errors.
using System;
using System.Text.RegularExpressions;

class Program
{
    static void Matches(Regex r, ReadOnlySpan<char> text)
    {
        var sb = new System.Text.StringBuilder();
        foreach (ValueMatch m in r.EnumerateMatches(text))
            sb.Append($"[{m.Index},{m.Length}:{text.Slice(m.Index, m.Length).ToString()}]");
        Console.WriteLine($"/{r}/ on \"{text.ToString()}\": {sb}");
    }

    static void Splits(Regex.ValueSplitEnumerator e, string text)
    {
        var sb = new System.Text.StringBuilder();
        foreach (Range r in e) sb.Append($"<{r}={text[r]}>");
        Console.WriteLine(sb.ToString());
    }

    static string Reset<T>(T e) where T : System.Collections.IEnumerator, allows ref struct
    {
        try { e.Reset(); return "reset ok"; } catch (Exception x) { return x.GetType().Name; }
    }

    static object NonGenericCurrent<T>(T e) where T : System.Collections.IEnumerator, allows ref struct
    {
        try { e.MoveNext(); return e.Current; } catch (Exception x) { return x.GetType().Name; }
    }

    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().Name}: {e.Message}"); }
    }

    static int Main()
    {
        var digits = new Regex(@"\d+");
        Console.WriteLine(digits.Count("a1b22c333"));
        Console.WriteLine(digits.Count("a1b22c333".AsSpan()));
        Console.WriteLine(digits.Count("a1b22c333".AsSpan(), 3));
        Console.WriteLine(digits.Count(""));
        Console.WriteLine(Regex.Count("one two  three", @"\s+"));
        Console.WriteLine(Regex.Count("Aa aA", "a", RegexOptions.IgnoreCase));
        Console.WriteLine(Regex.Count("Aa aA", "a", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1)));
        Console.WriteLine(Regex.Count("x--y".AsSpan(), "-"));
        Console.WriteLine(Regex.Count("xXx".AsSpan(), "x", RegexOptions.IgnoreCase));
        Console.WriteLine(new Regex("x*").Count("axxb"));
        Console.WriteLine(new Regex("").Count("abc"));

        Matches(digits, "a1b22c333");
        Matches(new Regex("x*"), "axxb");
        Matches(new Regex(@"\b"), "hi there");
        Matches(new Regex("(?<=a)b"), "abab cb");
        Matches(new Regex("z"), "abc");
        Matches(new Regex("^"), "");
        Matches(new Regex("^\\w", RegexOptions.Multiline), "ab\ncd\n\nef");
        ReadOnlySpan<char> slice = "--12--345--".AsSpan(2, 7);
        Matches(digits, slice);
        var sb = new System.Text.StringBuilder();
        foreach (var m in digits.EnumerateMatches("1 22 333 4444", 4)) sb.Append(m.Index).Append(',');
        Console.WriteLine(sb.ToString());
        sb.Clear();
        foreach (var m in Regex.EnumerateMatches("A b C d", "[a-z]")) sb.Append(m.Index).Append(',');
        foreach (var m in Regex.EnumerateMatches("A b C d", "[a-z]", RegexOptions.IgnoreCase)) sb.Append(m.Index).Append(';');
        foreach (var m in Regex.EnumerateMatches("A b C d", "[A-Z]", RegexOptions.None, Regex.InfiniteMatchTimeout)) sb.Append(m.Index).Append('.');
        Console.WriteLine(sb.ToString());
        var en = digits.EnumerateMatches("7");
        Console.WriteLine(en.MoveNext() + " " + en.Current.Index + " " + en.Current.Length + " " + en.MoveNext() + " " + en.MoveNext());

        Console.WriteLine(digits.IsMatch("abc1".AsSpan()) + " " + digits.IsMatch("abc".AsSpan()) + " " + digits.IsMatch("1abc".AsSpan(), 1));
        Console.WriteLine(Regex.IsMatch("hello".AsSpan(), "l+") + " " + Regex.IsMatch("HELLO".AsSpan(), "l+") + " " + Regex.IsMatch("HELLO".AsSpan(), "l+", RegexOptions.IgnoreCase)
            + " " + Regex.IsMatch("HELLO".AsSpan(), "^h", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(5)));

        string csv = "a,b;;c,,d";
        var sep = new Regex("[,;]");
        Splits(sep.EnumerateSplits(csv), csv);
        Splits(sep.EnumerateSplits(csv, 3), csv);
        Splits(sep.EnumerateSplits(csv, 2, 4), csv);
        Splits(new Regex("(,)").EnumerateSplits("x,y"), "x,y");
        Splits(new Regex("").EnumerateSplits("abc"), "abc");
        Splits(new Regex("z").EnumerateSplits(""), "");
        Splits(Regex.EnumerateSplits("1 2  3", " +"), "1 2  3");
        Splits(Regex.EnumerateSplits("1a2A3", "a", RegexOptions.IgnoreCase), "1a2A3");
        Console.WriteLine(string.Join("|", sep.Split(csv)) + " / " + string.Join("|", Regex.Split("1a2A3", "a", RegexOptions.IgnoreCase, TimeSpan.FromSeconds(1))));
        Console.WriteLine(Regex.Replace("a1b2", @"\d", m => "<" + m.Value + ">", RegexOptions.None, TimeSpan.FromSeconds(1)));

        Console.WriteLine(Reset(digits.EnumerateMatches("1")) + " " + Reset(sep.EnumerateSplits("a,b")) + " " + NonGenericCurrent(digits.EnumerateMatches("1")) + " " + NonGenericCurrent(sep.EnumerateSplits("a,b")));
        Console.WriteLine(digits.Count("abc1".AsSpan(), 9) + " " + new Regex("x*").Count("ab".AsSpan(), 2) + " " + digits.IsMatch("12".AsSpan(), 5));
        Try("Count startat 4", () => digits.Count("abc".AsSpan(), 4));
        Try("Count startat 3", () => digits.Count("abc".AsSpan(), 3));
        Try("Count null", () => digits.Count((string)null));
        Try("static Count null pattern", () => Regex.Count("abc", null));
        Try("EnumerateMatches startat 9", () => digits.EnumerateMatches("abc", 9));
        Try("EnumerateSplits count -1", () => sep.EnumerateSplits("abc", -1));
        Try("EnumerateSplits startat 9", () => sep.EnumerateSplits("abc", 0, 9));
        Try("bad pattern", () => Regex.Count("abc".AsSpan(), "("));
        return 0;
    }
}
