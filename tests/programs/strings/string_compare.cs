// String equality and ordering: ==, Equals, ordinal comparison, CompareTo sign,
// and null handling.
using System;

class Program
{
    static int Main()
    {
        string a = "apple", b = "app" + "le".ToString(), c = "Apple", n = null;
        Console.WriteLine("== " + (a == b) + ", Equals " + a.Equals(b) + ", same object " + ReferenceEquals(a, b));
        Console.WriteLine("case differs == " + (a == c) + ", OrdinalIgnoreCase " + string.Equals(a, c, StringComparison.OrdinalIgnoreCase));
        Console.WriteLine("null == null " + (n == null) + ", a == null " + (a == n) + ", Equals(null, null) " + string.Equals(n, n));
        Console.WriteLine("CompareOrdinal a/c sign " + Math.Sign(string.CompareOrdinal(a, c)) + ", c/a " + Math.Sign(string.CompareOrdinal(c, a)));
        Console.WriteLine("CompareOrdinal abc/abd " + Math.Sign(string.CompareOrdinal("abc", "abd")) + ", ab/abc " + Math.Sign(string.CompareOrdinal("ab", "abc")));
        Console.WriteLine("Compare ordinal null/\"\" " + Math.Sign(string.Compare(null, "", StringComparison.Ordinal)));
        string[] words = { "banana", "Apple", "cherry", "apple", "Banana" };
        Array.Sort(words, StringComparer.Ordinal);
        Console.WriteLine("ordinal sort " + string.Join(" ", words));
        Console.WriteLine("\\u00e9 vs e\\u0301 ordinal equal: " + ("\u00e9" == "e\u0301"));
        Console.WriteLine("embedded nul: " + ("a\0b" == "a\0c") + " length " + "a\0b".Length);
        try
        {
            Console.WriteLine(n.Length);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("null.Length: NullReferenceException");
        }
        return 0;
    }
}
