// SortedDictionary, SortedSet and SortedList: ordering, comparers, lookups, set operations,
// views, enumeration and the exceptions .NET throws.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static int Main()
    {
        var sd = new SortedDictionary<string, int>();
        foreach (var w in "pear apple fig banana apple cherry fig apple".Split(' '))
            sd[w] = sd.TryGetValue(w, out int c) ? c + 1 : 1;
        foreach (var kv in sd) Console.Write(kv.Key + "=" + kv.Value + " ");
        Console.WriteLine();
        Console.WriteLine(string.Join(",", sd.Keys) + " | " + string.Join(",", sd.Values) + " | " + sd.Count);
        Console.WriteLine(sd.ContainsKey("fig") + " " + sd.ContainsValue(3) + " " + sd.Remove("fig") + " " + sd.Remove("fig") + " " + sd.Count);
        try { sd.Add("pear", 1); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(sd["kiwi"]); } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        try { foreach (var kv in sd) sd["zzz"] = 1; } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var rev = new SortedDictionary<int, string>(Comparer<int>.Create((a, b) => b - a));
        for (int i = 0; i < 10; i++) rev.Add(i * 3 % 10, "v" + i);
        Console.WriteLine(string.Join(" ", rev.Select(kv => kv.Key + kv.Value)));
        Console.WriteLine(rev.First().Key + " " + rev.Last().Key);

        var ss = new SortedSet<int>(new[] { 5, 1, 9, 3, 7, 3, 1 });
        Console.WriteLine(string.Join(",", ss) + " count " + ss.Count + " min " + ss.Min + " max " + ss.Max);
        Console.WriteLine(ss.Add(4) + " " + ss.Add(4) + " " + ss.Remove(9) + " " + ss.Contains(7));
        Console.WriteLine("view " + string.Join(",", ss.GetViewBetween(3, 6)) + " reverse " + string.Join(",", ss.Reverse()));
        var other = new SortedSet<int> { 4, 5, 6, 100 };
        var u = new SortedSet<int>(ss); u.UnionWith(other);
        var n = new SortedSet<int>(ss); n.IntersectWith(other);
        var x = new SortedSet<int>(ss); x.ExceptWith(other);
        var sx = new SortedSet<int>(ss); sx.SymmetricExceptWith(other);
        Console.WriteLine(string.Join(",", u) + " | " + string.Join(",", n) + " | " + string.Join(",", x) + " | " + string.Join(",", sx));
        Console.WriteLine(n.IsSubsetOf(ss) + " " + ss.IsSupersetOf(n) + " " + ss.Overlaps(other) + " " + ss.SetEquals(new[] { 7, 5, 4, 3, 1 }) + " " + n.IsProperSubsetOf(ss));
        Console.WriteLine("removed " + u.RemoveWhere(v => v % 2 == 0) + " -> " + string.Join(",", u));
        var words = new SortedSet<string>(StringComparer.OrdinalIgnoreCase) { "b", "A", "a", "C", "B" };
        Console.WriteLine(string.Join(",", words) + " " + words.TryGetValue("c", out string actual) + " " + actual);
        var rnd = new Random(7);
        var big = new SortedSet<int>();
        var check = new List<int>();
        for (int i = 0; i < 2000; i++) { int v = rnd.Next(5000); if (big.Add(v)) check.Add(v); if (i % 3 == 0) { int r = rnd.Next(5000); if (big.Remove(r)) check.Remove(r); } }
        check.Sort();
        Console.WriteLine("big " + big.Count + " " + big.SequenceEqual(check) + " " + big.Min + " " + big.Max);

        var sl = new SortedList<string, double>();
        sl.Add("delta", 4); sl.Add("alpha", 1); sl["charlie"] = 3; sl["bravo"] = 2; sl["alpha"] = 1.5;
        Console.WriteLine(string.Join(" ", sl.Select(kv => kv.Key + "=" + kv.Value)));
        Console.WriteLine(sl.IndexOfKey("charlie") + " " + sl.IndexOfKey("zulu") + " " + sl.IndexOfValue(4) + " " + sl.Keys[0] + " " + sl.Values[3] + " " + sl.GetKeyAtIndex(1) + " " + sl.GetValueAtIndex(2));
        sl.RemoveAt(0); sl.Remove("delta");
        Console.WriteLine(string.Join(",", sl.Keys) + " " + sl.Count + " " + sl.ContainsKey("bravo") + " " + sl.ContainsValue(3.0));
        try { sl.Add("bravo", 0); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        var sli = new SortedList<int, int>();
        for (int i = 20; i > 0; i -= 3) sli[i] = i * i;
        Console.WriteLine(string.Join(" ", sli.Keys) + " cap>=count " + (sli.Capacity >= sli.Count));
        return 0;
    }
}
