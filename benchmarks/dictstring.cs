// dictstring: a word-count workload. Builds a text of N pseudo-random words with a
// StringBuilder, splits it into lines and words, counts the words in a
// Dictionary<string, int>, and then works on the distinct words with ordinary string
// operations (upper-casing, reversing, searching, replacing, concatenating). Prints
// counts and an FNV-1a hash over everything it computed; nothing depends on string
// hash codes or on the order a dictionary enumerates in.
using System;
using System.Collections.Generic;
using System.Text;

static class DictString
{
    static readonly string[] Syllables = {
        "ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo",
        "ba", "de", "fi", "go", "hu", "ja", "pe", "zu",
    };

    static uint state = 12345;
    static uint hash = 2166136261;

    static int Next(int bound)
    {
        state = state * 1103515245u + 12345u;
        return (int)((state >> 8) % (uint)bound);
    }

    static void Mix(string s)
    {
        for (int i = 0; i < s.Length; i++)
            hash = (hash ^ s[i]) * 16777619u;
    }

    static void Mix(int v)
    {
        hash = (hash ^ (uint)v) * 16777619u;
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 10000;

        // The text: words of two to four syllables, twelve to a line.
        var text = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            int parts = 2 + Next(3);
            for (int p = 0; p < parts; p++)
                text.Append(Syllables[Next(Syllables.Length)]);
            text.Append(i % 12 == 11 ? '\n' : ' ');
        }

        // Count the words.
        var counts = new Dictionary<string, int>();
        string[] lines = text.ToString().Split('\n');
        int words = 0;
        foreach (string line in lines)
        {
            if (line.Length == 0)
                continue;
            foreach (string w in line.Split(' '))
            {
                if (w.Length == 0)
                    continue;
                words++;
                int c;
                counts.TryGetValue(w, out c);
                counts[w] = c + 1;
            }
        }

        // The distinct words, in ordinal order.
        var distinct = new List<string>(counts.Keys);
        distinct.Sort(string.CompareOrdinal);

        // String work on each distinct word, and a second dictionary keyed by a derived
        // string.
        var byShape = new Dictionary<string, int>();
        int palindromes = 0, withKa = 0;
        var sb = new StringBuilder();
        foreach (string w in distinct)
        {
            int count = counts[w];
            Mix(w);
            Mix(count);

            char[] chars = w.ToCharArray();
            Array.Reverse(chars);
            string reversed = new string(chars);
            if (string.Equals(reversed, w, StringComparison.Ordinal))
                palindromes++;

            if (w.IndexOf("ka", StringComparison.Ordinal) >= 0)
                withKa++;

            // The word's shape: vowels as 'v', consonants as 'c'.
            string shape = w.Replace('a', 'v').Replace('e', 'v').Replace('i', 'v')
                            .Replace('o', 'v').Replace('u', 'v');
            sb.Clear();
            foreach (char ch in shape)
                sb.Append(ch == 'v' ? 'v' : 'c');
            string key = sb.ToString() + ":" + w.Length;
            int seen;
            byShape.TryGetValue(key, out seen);
            byShape[key] = seen + count;

            string upper = w.ToUpperInvariant();
            Mix(upper.Substring(0, 2) + reversed.Substring(reversed.Length - 2));
            if (upper.StartsWith("KA", StringComparison.Ordinal) && w.EndsWith("zu", StringComparison.Ordinal))
                Mix(string.Concat(upper, "-", reversed));
        }

        var shapes = new List<string>(byShape.Keys);
        shapes.Sort(string.CompareOrdinal);
        foreach (string s in shapes)
        {
            Mix(s);
            Mix(byShape[s]);
        }

        Console.WriteLine("words " + words + " distinct " + distinct.Count + " shapes " + shapes.Count);
        Console.WriteLine("palindromes " + palindromes + " with-ka " + withKa);
        Console.WriteLine("hash " + hash.ToString("x8"));
    }
}
