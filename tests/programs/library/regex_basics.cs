// System.Text.RegularExpressions: matching, groups (numbered and named), quantifiers (greedy
// and lazy), classes, anchors, alternation, lookaround, backreferences, options, Replace with
// substitutions and evaluators, Split, Escape, Matches over a text.
using System;
using System.Linq;
using System.Text.RegularExpressions;

class Program
{
    static void Show(string pattern, string input, RegexOptions opt = RegexOptions.None)
    {
        var ms = Regex.Matches(input, pattern, opt);
        Console.WriteLine($"/{pattern}/ on \"{input}\": " + (ms.Count == 0 ? "no match" : string.Join(" ", ms.Select(m => $"[{m.Index}:{m.Value}" + (m.Groups.Count > 1 ? "|" + string.Join(",", m.Groups.Cast<Group>().Skip(1).Select(g => g.Success ? g.Value : "-")) : "") + "]"))));
    }

    static int Main()
    {
        Show(@"\d+", "a1b22c333");
        Show(@"(\w+)@(\w+)\.com", "mail bob@example.com, eve@test.com now");
        Show(@"a.*b", "a1b2b3");
        Show(@"a.*?b", "a1b2b3");
        Show(@"x*", "axxb");
        Show(@"^\w+$", "line1\nline2\nline 3", RegexOptions.Multiline);
        Show(@"colou?r", "color colour colouur");
        Show(@"\b\w{3}\b", "one three six eleven two");
        Show(@"(?i)hello", "Hello HELLO hello hElLo");
        Show(@"[A-Fa-f0-9]{2,}", "zz 1f ABC g0 deadbeef");
        Show(@"[^aeiou\s]+", "programming is fun");
        Show(@"(a|ab)(c|bcd)(d*)", "abcd");
        Show(@"(\w)\1", "hello bookkeeper");
        Show(@"(?<year>\d{4})-(?<month>\d\d)-(?<day>\d\d)", "on 2024-02-29 and 1999-12-31");
        Show(@"\d+(?=%)", "50% of 100 is 50%");
        Show(@"(?<!\$)\b\d+\b", "$100 and 200 and $3");
        Show(@"q(?!u)", "quit qatar iraq");
        Show(@"(?:ab)+", "ababab abab a");
        Show(@"a{2,3}?", "aaaa");
        Show(@"[\d-]+", "tel: 555-1234 x 99");
        Show(@"(\d+)(?:px|em)?", "10px 2em 7");
        Show(@".", "a\nb", RegexOptions.Singleline);
        Show(@"\s+", "a \t b\n c");
        Show(@"(?<w>\w)(?<w2>\k<w>)", "aabbc");
        Show(@"^$", "");
        Show(@"\p{Lu}\p{Ll}+", "Hello World from Élodie");

        var m = Regex.Match("John Smith, age 42", @"(?<first>\w+)\s(?<last>\w+), age (?<age>\d+)");
        Console.WriteLine($"{m.Success} {m.Groups["first"].Value} {m.Groups["last"].Value} {m.Groups["age"].Value} {m.Groups[3].Value} count {m.Groups.Count} {string.Join(",", new Regex(@"(?<first>\w+)\s(\w+)").GetGroupNames())}");
        var none = Regex.Match("abc", @"\d");
        Console.WriteLine($"{none.Success} [{none.Value}] {none.Index} {none.Groups.Count}");
        Console.WriteLine(Regex.Replace("2024-02-29", @"(\d+)-(\d+)-(\d+)", "$3/$2/$1") + " " + Regex.Replace("John Smith", @"(?<f>\w+) (?<l>\w+)", "${l}, ${f}") + " " + Regex.Replace("a.b.c", @"\.", "$$") + " " + Regex.Replace("abc", "b", "[$`|$&|$']"));
        Console.WriteLine(Regex.Replace("hello world", @"\b\w", mm => mm.Value.ToUpperInvariant()) + " " + Regex.Replace("a1b2c3", @"\d", mm => (int.Parse(mm.Value) * 2).ToString()) + " " + new Regex("o").Replace("foo boo", "0", 2));
        Console.WriteLine(string.Join("|", Regex.Split("a, b;c ,d", @"\s*[,;]\s*")) + "  " + string.Join("|", Regex.Split("a1b2c", @"(\d)")) + "  " + string.Join("|", Regex.Split("abc", "")) + "  " + string.Join("|", Regex.Split("x", ",")));
        Console.WriteLine(Regex.Escape("a.b*c?(d)[e] {f} $g ^h|i\\j #k\tl") + " " + Regex.Unescape(@"a\.b\tc"));
        Console.WriteLine(Regex.IsMatch("abc123", @"^[a-z]+\d+$") + " " + Regex.IsMatch("ABC", "abc") + " " + Regex.IsMatch("ABC", "abc", RegexOptions.IgnoreCase) + " " + Regex.Count("banana", "an"));
        var text = "The quick brown fox jumps over the lazy dog. The dog sleeps.";
        var freq = Regex.Matches(text.ToLowerInvariant(), @"\b[a-z]+\b").GroupBy(x => x.Value).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(3);
        Console.WriteLine(string.Join(" ", freq.Select(g => g.Key + "=" + g.Count())));
        var mm2 = Regex.Match("k1=v1;k2=v2;k3=v3", @"(\w+)=(\w+)");
        while (mm2.Success) { Console.Write(mm2.Groups[1].Value + "->" + mm2.Groups[2].Value + " "); mm2 = mm2.NextMatch(); }
        Console.WriteLine();
        foreach (var bad in new[] { "(abc", "abc)", "[abc", "a{2,1}", "*a", @"\q" })
        {
            try { new Regex(bad); Console.WriteLine("ok " + bad); }
            catch (ArgumentException e) { Console.WriteLine("invalid " + bad + " " + e.GetType().Name); }
        }
        return 0;
    }
}
