// switch on strings (a few cases: sequential compares) and switch expressions
// with string and property patterns.
using System;

class Program
{
    static string Small(string s)
    {
        switch (s)
        {
            case "yes": return "Y";
            case "no": return "N";
            default: return "?";
        }
    }

    static string Describe(string s) => s switch
    {
        null => "null",
        "" => "empty",
        { Length: 1 } => "one char",
        { Length: > 10 } => "long",
        _ when s.StartsWith("x", StringComparison.Ordinal) => "starts with x",
        _ => "other"
    };

    static int Main()
    {
        foreach (string s in new[] { "yes", "no", "maybe", "YES" })
            Console.Write(Small(s) + " ");
        Console.WriteLine();
        foreach (string s in new[] { null, "", "a", "abcdefghijkl", "xyz", "abc" })
            Console.WriteLine(Describe(s));
        return 0;
    }
}
