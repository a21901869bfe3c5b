// char: arithmetic, comparisons, classification helpers, conversion to and
// from int, surrogate pairs are two chars.
using System;

class Program
{
    static int Main()
    {
        string s = "aZ9 _\t\u00e9\u4e2d";
        foreach (char c in s)
            Console.WriteLine((int)c + ": letter " + char.IsLetter(c) + ", digit " + char.IsDigit(c) + ", white " + char.IsWhiteSpace(c) +
                              ", upper " + char.IsUpper(c) + ", lower " + char.IsLower(c) + ", letterOrDigit " + char.IsLetterOrDigit(c));
        Console.WriteLine(char.ToUpperInvariant('q') + " " + char.ToLowerInvariant('Q') + " " + (char)('a' + 25) + " " + ('z' - 'a'));
        Console.WriteLine("GetNumericValue " + char.GetNumericValue('7') + " compare " + ('a' < 'b') + " " + 'a'.CompareTo('b'));
        string emoji = "\U0001F600";
        Console.WriteLine("emoji length " + emoji.Length + ", high " + char.IsHighSurrogate(emoji[0]) + ", low " + char.IsLowSurrogate(emoji[1]) +
                          ", code point " + char.ConvertToUtf32(emoji[0], emoji[1]).ToString("X"));
        char max = char.MaxValue;
        max++;
        Console.WriteLine("char wraps to " + (int)max);
        return 0;
    }
}
