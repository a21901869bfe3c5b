// Enums in generic code: Enum constraint, EqualityComparer-free comparisons via
// CompareTo, arrays of enums, enum as dictionary key.
using System;
using System.Collections.Generic;

enum Level { Low, Mid, High }

class Program
{
    static string Names<T>(T[] values) where T : struct, Enum
    {
        string s = "";
        foreach (T v in values)
            s += v.ToString() + ";";
        return s;
    }

    static T Max<T>(T a, T b) where T : struct, Enum => a.CompareTo(b) >= 0 ? a : b;

    static int Main()
    {
        Console.WriteLine(Names(new[] { Level.High, Level.Low }));
        Console.WriteLine(Max(Level.Mid, Level.High) + " " + Max(Level.Mid, Level.Low));
        var counts = new Dictionary<Level, int>();
        foreach (Level l in new[] { Level.Low, Level.High, Level.Low, Level.Low })
            counts[l] = counts.TryGetValue(l, out int c) ? c + 1 : 1;
        Console.WriteLine("Low " + counts[Level.Low] + " High " + counts[Level.High] + " has Mid " + counts.ContainsKey(Level.Mid));
        Level[] all = (Level[])Enum.GetValues(typeof(Level));
        Console.WriteLine("values " + all.Length + " " + string.Join(",", Enum.GetNames(typeof(Level))));
        return 0;
    }
}
