// The common String API: Length, indexer, Substring, IndexOf, Contains,
// StartsWith/EndsWith, ToUpper/ToLower (invariant), Trim, Replace, Split, Join.
using System;

class Program
{
    static int Main()
    {
        string s = "  Hello, World!  ";
        string t = s.Trim();
        Console.WriteLine("[" + t + "] length " + t.Length + " first " + t[0] + " last " + t[t.Length - 1]);
        Console.WriteLine("Substring " + t.Substring(7) + " | " + t.Substring(0, 5));
        Console.WriteLine("IndexOf o " + t.IndexOf('o') + ", LastIndexOf o " + t.LastIndexOf('o') + ", IndexOf World " + t.IndexOf("World", StringComparison.Ordinal) + ", IndexOf x " + t.IndexOf('x'));
        Console.WriteLine("Contains " + t.Contains("lo, W") + " " + t.Contains("xyz"));
        Console.WriteLine("StartsWith " + t.StartsWith("Hell", StringComparison.Ordinal) + " EndsWith " + t.EndsWith("!", StringComparison.Ordinal));
        Console.WriteLine("Upper " + t.ToUpperInvariant() + " Lower " + t.ToLowerInvariant());
        Console.WriteLine("TrimStart [" + s.TrimStart() + "] TrimEnd [" + s.TrimEnd() + "] Trim chars " + "xxabcxx".Trim('x'));
        Console.WriteLine("Replace " + t.Replace('l', 'L') + " | " + t.Replace("World", "There"));
        string[] parts = "a,b,,c".Split(',');
        Console.WriteLine("Split " + parts.Length + ": " + string.Join("|", parts));
        Console.WriteLine("Join " + string.Join("-", new[] { "x", "y", "z" }) + " Concat " + string.Concat("a", "b", "c", "d"));
        Console.WriteLine("PadLeft [" + "7".PadLeft(3, '0') + "] PadRight [" + "ab".PadRight(4) + "]");
        Console.WriteLine("Insert " + "abef".Insert(2, "cd") + " Remove " + "abcdef".Remove(1, 3));
        Console.WriteLine("IsNullOrEmpty " + string.IsNullOrEmpty("") + " " + string.IsNullOrEmpty(null) + " " + string.IsNullOrEmpty(" ") +
                          " IsNullOrWhiteSpace " + string.IsNullOrWhiteSpace(" \t"));
        Console.WriteLine("ToCharArray " + t.ToCharArray().Length + " new string " + new string('=', 5) + " " + new string(new[] { 'o', 'k' }));
        Console.WriteLine("Empty " + (string.Empty.Length == 0) + " \"\" == Empty " + ("" == string.Empty));
        return 0;
    }
}
