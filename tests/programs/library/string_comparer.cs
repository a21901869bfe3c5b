// StringComparer: the well-known comparers in sorting, dictionaries and sets.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static int Main()
    {
        string[] words = { "banana", "Apple", "cherry", "apple", "Banana", "apple2", "Zeta", "_x", "10", "9" };
        var a = (string[])words.Clone();
        Array.Sort(a, StringComparer.Ordinal);
        Console.WriteLine("Ordinal: " + string.Join(" ", a));
        a = (string[])words.Clone();
        Array.Sort(a, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("OrdinalIgnoreCase: " + string.Join(" ", a));
        a = (string[])words.Clone();
        Array.Sort(a, StringComparer.InvariantCulture);
        Console.WriteLine("InvariantCulture: " + string.Join(" ", a));
        var d = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in words) d[w] = d.TryGetValue(w, out int c) ? c + 1 : 1;
        foreach (var kv in d) Console.WriteLine(kv.Key + "=" + kv.Value);
        var hs = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine("set " + hs.Count + " " + hs.Contains("BANANA") + " " + hs.Contains("pear"));
        Console.WriteLine(StringComparer.Ordinal.Equals("a", "A") + " " + StringComparer.OrdinalIgnoreCase.Equals("a", "A") + " " + StringComparer.InvariantCultureIgnoreCase.Equals("Straße", "STRASSE"));
        Console.WriteLine(Math.Sign(StringComparer.Ordinal.Compare("a", "B")) + " " + Math.Sign(StringComparer.OrdinalIgnoreCase.Compare("a", "B")) + " " + Math.Sign(StringComparer.CurrentCulture.Compare("a", "B")) + " " + Math.Sign(StringComparer.Ordinal.Compare(null, "x")) + " " + StringComparer.Ordinal.Compare(null, null));
        Console.WriteLine(StringComparer.OrdinalIgnoreCase.GetHashCode("Hello") == StringComparer.OrdinalIgnoreCase.GetHashCode("hELLO"));
        Console.WriteLine(StringComparer.FromComparison(StringComparison.Ordinal) == StringComparer.Ordinal);
        Console.WriteLine(StringComparer.IsWellKnownOrdinalComparer(StringComparer.OrdinalIgnoreCase, out bool ic) + " " + ic);
        var grouped = words.GroupBy(w => w, StringComparer.OrdinalIgnoreCase).Select(g => g.Key + ":" + g.Count());
        Console.WriteLine(string.Join(" ", grouped));
        Console.WriteLine(string.Join(" ", words.Distinct(StringComparer.OrdinalIgnoreCase)));
        Console.WriteLine(string.Join(" ", words.OrderBy(w => w, StringComparer.Ordinal)));
        System.Collections.IComparer nc = StringComparer.Ordinal;
        Console.WriteLine(Math.Sign(nc.Compare("b", "a")) + " " + Math.Sign(nc.Compare(3, 2)));
        try { StringComparer.Ordinal.GetHashCode((string)null); } catch (ArgumentNullException e) { Console.WriteLine("ANE " + e.ParamName); }
        Console.WriteLine(string.Compare("a", "c") + " " + string.Compare("abc", "ab") + " " + string.Compare("a", "B", StringComparison.OrdinalIgnoreCase) + " " + "b".CompareTo("a") + " " + string.Compare("Z", "a", true));
        var l = new List<string>(words); l.Sort();
        Console.WriteLine(string.Join(" ", l));
        return 0;
    }
}
