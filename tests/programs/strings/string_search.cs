// Searching and slicing strings with loops: a word count, a palindrome check,
// reversing, and counting characters (the engine does the work, not the library).
using System;

class Program
{
    static bool IsPalindrome(string s)
    {
        int i = 0, j = s.Length - 1;
        while (i < j)
        {
            if (s[i] != s[j])
                return false;
            i++;
            j--;
        }
        return true;
    }

    static string Reverse(string s)
    {
        char[] a = s.ToCharArray();
        Array.Reverse(a);
        return new string(a);
    }

    static int Main()
    {
        string text = "the quick brown fox jumps over the lazy dog the end";
        int words = 0, the = 0;
        foreach (string w in text.Split(' '))
        {
            words++;
            if (w == "the")
                the++;
        }
        Console.WriteLine("words " + words + ", 'the' " + the);
        int[] counts = new int[26];
        foreach (char c in text)
            if (c >= 'a' && c <= 'z')
                counts[c - 'a']++;
        string freq = "";
        for (int i = 0; i < 26; i++)
            if (counts[i] > 2)
                freq += (char)('a' + i) + "=" + counts[i] + " ";
        Console.WriteLine("frequent " + freq);
        foreach (string p in new[] { "racecar", "abba", "abc", "", "x" })
            Console.WriteLine("'" + p + "' palindrome " + IsPalindrome(p) + ", reversed '" + Reverse(p) + "'");
        int pos = -1, found = 0;
        while ((pos = text.IndexOf("the", pos + 1, StringComparison.Ordinal)) >= 0)
            found++;
        Console.WriteLine("IndexOf loop found " + found);
        return 0;
    }
}
