// LINQ to objects beyond the basics: the exceptions and messages of every operator on empty
// or bad input, overflow checking in Sum/Average, NaN handling in Min/Max, nullable
// aggregates, how often selectors run (deferred execution and the operators' shortcuts),
// ordering stability with ThenBy chains, and sets/lookups with comparers.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void T(string label, Func<object> f)
    {
        try { Console.WriteLine(label + ": " + Show(f())); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().FullName + ": " + e.Message); }
    }
    static string Show(object o) => o switch
    {
        null => "null",
        string s => s,
        IEnumerable e => "[" + string.Join(",", e.Cast<object>().Select(Show)) + "]",
        _ => o.ToString(),
    };
    static IEnumerable<int> Gen(params int[] xs) { foreach (var x in xs) yield return x; }
    static IEnumerable<int> Empty() { yield break; }
    static int calls;
    static int Count(int x) { calls++; return x; }

    static int Main()
    {
        int[] none = new int[0];
        T("First empty", () => none.First());
        T("First pred none", () => Gen(1, 2).First(x => x > 5));
        T("Last empty", () => Empty().Last());
        T("Last pred none", () => new List<int> { 1 }.Last(x => x > 5));
        T("Single empty", () => none.Single());
        T("Single many", () => Gen(1, 2).Single());
        T("Single pred many", () => Gen(1, 2, 3).Single(x => x > 1));
        T("Single pred none", () => Gen(1, 2, 3).Single(x => x > 5));
        T("SingleOrDefault many", () => new[] { 1, 2 }.SingleOrDefault());
        T("SingleOrDefault pred many", () => new[] { 1, 2 }.SingleOrDefault(x => x > 0));
        T("OrDefault values", () => none.FirstOrDefault() + " " + none.FirstOrDefault(9) + " " + none.LastOrDefault(8) + " " + none.SingleOrDefault(7) + " " + new string[0].FirstOrDefault() + " " + Gen(1, 2).LastOrDefault(x => x < 2, 5));
        T("ElementAt bad", () => Gen(1, 2).ElementAt(5));
        T("ElementAt neg", () => new[] { 1 }.ElementAt(-1));
        T("ElementAt list bad", () => new List<int> { 1 }.ElementAt(3));
        T("ElementAt from end", () => Gen(1, 2, 3).ElementAt(^3) + " " + Gen(1, 2, 3).ElementAtOrDefault(^4));
        T("Min empty", () => none.Min());
        T("Max empty long", () => new long[0].Max());
        T("Min empty double", () => new double[0].Min());
        T("Min empty nullable", () => new int?[0].Min() == null);
        T("Min empty ref", () => new string[0].Min() == null);
        T("Min empty struct gen", () => new DateTime[0].Min());
        T("Max selector empty", () => new string[0].Max(s => s.Length));
        T("Average empty", () => none.Average());
        T("Average empty selector", () => new string[0].Average(s => s.Length));
        T("Average empty nullable", () => new int?[0].Average() == null);
        T("Aggregate empty", () => none.Aggregate((a, b) => a + b));
        T("MinBy empty", () => new string[0].MinBy(s => s.Length));
        T("MaxBy empty value", () => none.MaxBy(s => s));
        T("Sum overflow int", () => new[] { int.MaxValue, 1 }.Sum());
        T("Sum overflow long", () => new[] { long.MinValue, -1 }.Sum());
        T("Sum overflow selector", () => new[] { "a", "b" }.Sum(s => int.MaxValue));
        T("Sum nullable overflow", () => new int?[] { int.MaxValue, null, 1 }.Sum());
        T("Sum no overflow float", () => new[] { float.MaxValue, float.MaxValue }.Sum());
        T("Sum double", () => new[] { 0.1, 0.2, 0.3 }.Sum() + " " + new[] { 0.1f, 0.2f, 0.3f }.Sum() + " " + new[] { 0.1m, 0.2m }.Sum());
        T("Sum decimal overflow", () => new[] { decimal.MaxValue, 1m }.Sum());
        T("Average int large", () => new[] { int.MaxValue, int.MaxValue }.Average());
        T("Average long overflow", () => new[] { long.MaxValue, long.MaxValue }.Average());
        T("Average float", () => new[] { 1f, 2f, 2f }.Average() + " " + new float?[] { 1f, null, 2f }.Average());
        T("Average decimal", () => new[] { 1m, 2m, 2m }.Average());
        T("Min/Max NaN", () => new[] { 1.0, double.NaN, 0.5 }.Min() + " " + new[] { 1.0, double.NaN, 0.5 }.Max() + " " + new[] { double.NaN, 1.0 }.Max() + " " + new float[] { 2f, float.NaN }.Min());
        T("Min/Max nullable NaN", () => new double?[] { null, 1.0, double.NaN }.Min() + " " + new double?[] { null, double.NaN, 3 }.Max());
        T("Min/Max negzero", () => new[] { 0.0, -0.0 }.Min() + " " + new[] { -0.0, 0.0 }.Max());
        T("Min/Max decimal", () => new[] { 1.50m, 1.5m }.Max() + " " + new[] { 2.0m, 1.00m }.Min());
        T("Min/Max strings", () => new[] { "b", null, "a", "B" }.Min() + " " + new[] { "b", null, "a", "B" }.Max());
        T("Min/Max with comparer", () => new[] { "bb", "a", "ccc" }.Max(Comparer<string>.Create((x, y) => x.Length - y.Length)));
        T("Min not comparable", () => new object[] { new object(), new object() }.Min());
        T("Max first of equals", () => new[] { ("a", 1), ("b", 2), ("c", 2) }.MaxBy(t => t.Item2).Item1 + new[] { ("a", 1), ("b", 1) }.MinBy(t => t.Item2).Item1);

        T("null source", () => ((int[])null).Select(x => x));
        T("null selector", () => new[] { 1 }.Select((Func<int, int>)null));
        T("null predicate", () => new[] { 1 }.Count(null));
        T("null second", () => new[] { 1 }.Concat(null));
        T("Take neg", () => Gen(1, 2).Take(-3));
        T("Skip neg", () => Gen(1, 2).Skip(-3));
        T("Take range", () => Show(Gen(1, 2, 3, 4, 5).Take(^3..^1)) + Show(Gen(1, 2, 3, 4, 5).Take(1..^1)) + Show(new[] { 1, 2, 3 }.Take(5..1)));
        T("Chunk 0", () => Gen(1).Chunk(0));
        T("Range overflow", () => Enumerable.Range(int.MaxValue, 2));
        T("Range ok", () => Enumerable.Range(int.MaxValue, 1).Single());
        T("Repeat neg", () => Enumerable.Repeat(1, -1));
        T("Cast bad", () => new object[] { 1, "x" }.Cast<int>().ToList());
        T("Cast null to value", () => new object[] { null }.Cast<int>().ToList());
        T("Cast long to int", () => new object[] { 1L }.Cast<int>().ToList());
        T("ToDictionary dup", () => new[] { "a", "b", "a" }.ToDictionary(s => s));
        T("ToDictionary null key", () => new[] { "a", null }.ToDictionary(s => s));
        T("ToLookup null key", () => { var lk = new[] { "a", null, "b", null }.ToLookup(s => s); return lk.Count + " " + lk[null].Count() + " " + lk["zz"].Count() + " " + lk.Contains(null); });
        T("GroupBy null key", () => new[] { "a", null, "b", null }.GroupBy(s => s).Select(g => (g.Key ?? "null") + g.Count()));
        T("Zip lengths", () => Show(Gen(1, 2, 3).Zip(new[] { "a" })) + Show(Gen(1).Zip(Gen(2, 3), Gen(4, 5))));
        T("SequenceEqual lengths", () => Gen(1, 2).SequenceEqual(Gen(1, 2, 3)) + " " + new[] { 1, 2 }.SequenceEqual(new List<int> { 1, 2 }) + " " + new[] { "a" }.SequenceEqual(new[] { "A" }, StringComparer.OrdinalIgnoreCase));
        T("DefaultIfEmpty", () => Show(none.DefaultIfEmpty()) + Show(Gen(3).DefaultIfEmpty(5)) + Show(new string[0].DefaultIfEmpty()));

        calls = 0;
        T("Select Count runs selector", () => new List<int> { 1, 2, 3 }.Select(Count).Count() + " calls " + calls);
        calls = 0;
        T("Select ElementAt", () => new[] { 1, 2, 3 }.Select(Count).ElementAt(1) + " calls " + calls);
        calls = 0;
        T("Select First", () => new[] { 1, 2, 3 }.Select(Count).First() + " calls " + calls);
        calls = 0;
        T("Select Last", () => new[] { 1, 2, 3 }.Select(Count).Last() + " calls " + calls);
        calls = 0;
        T("Select Skip Take", () => Show(new[] { 1, 2, 3, 4, 5 }.Select(Count).Skip(1).Take(2).ToList()) + " calls " + calls);
        calls = 0;
        T("Where Select ToArray", () => Show(Gen(1, 2, 3, 4).Where(x => Count(x) % 2 == 0).Select(Count).ToArray()) + " calls " + calls);
        calls = 0;
        T("OrderBy First keys", () => new[] { 3, 1, 2 }.OrderBy(Count).First() + " calls " + calls);
        calls = 0;
        T("OrderBy Last", () => new[] { 3, 1, 2 }.OrderBy(Count).Last() + " calls " + calls);
        calls = 0;
        T("Any after Select", () => new[] { 1, 2 }.Select(Count).Any() + " calls " + calls);
        calls = 0;
        T("Reverse Select", () => Show(new[] { 1, 2 }.Select(Count).Reverse()) + " calls " + calls);
        calls = 0;
        T("Distinct Count", () => Gen(1, 1, 2).Select(Count).Distinct().Count() + " calls " + calls);
        calls = 0;
        T("Range Select Count", () => Enumerable.Range(0, 4).Select(Count).Count() + " calls " + calls);
        calls = 0;
        T("Repeat Select Last", () => Enumerable.Repeat(2, 4).Select(Count).Last() + " calls " + calls);

        var people = new[] { ("ann", 30, "x"), ("bob", 25, "y"), ("cid", 30, "y"), ("dee", 25, "x"), ("eve", 30, "x"), ("fay", 20, "y") };
        T("ThenBy chain", () => people.OrderBy(p => p.Item2).ThenByDescending(p => p.Item3).ThenBy(p => p.Item1).Select(p => p.Item1));
        T("OrderByDescending stable", () => people.OrderByDescending(p => p.Item2).Select(p => p.Item1));
        T("OrderBy on OrderBy", () => people.OrderBy(p => p.Item3).OrderBy(p => p.Item2).Select(p => p.Item1));
        T("OrderBy comparer", () => new[] { "b", "A", "a", "B" }.OrderBy(s => s, StringComparer.OrdinalIgnoreCase));
        T("OrderBy Skip Take", () => Enumerable.Range(0, 20).Select(i => i * 7 % 20).OrderBy(x => x).Skip(5).Take(3));
        T("OrderBy ElementAt", () => Enumerable.Range(0, 20).Select(i => i * 7 % 20).OrderByDescending(x => x).ElementAt(4));
        T("Order strings", () => new[] { "b", "a", "_", "B", "1", "" }.Order());
        T("Order doubles NaN", () => new[] { 1.0, double.NaN, -1, double.NegativeInfinity, -0.0, 0.0 }.Order());
        T("OrderDescending", () => new[] { 3, 1, 2 }.OrderDescending());

        T("GroupBy order", () => new[] { "apple", "avocado", "banana", "blueberry", "cherry", "apricot" }.GroupBy(s => s[0]).Select(g => g.Key + ":" + string.Join("|", g)));
        T("GroupBy comparer", () => new[] { "A", "b", "a", "B" }.GroupBy(s => s, StringComparer.OrdinalIgnoreCase).Select(g => g.Key + g.Count()));
        T("Grouping as IList", () => { var g = new[] { 1, 2, 3 }.GroupBy(x => x % 2).First(); var l = (IList<int>)g; return l.Count + " " + l[1] + " " + l.IsReadOnly + " " + l.Contains(3) + " " + l.IndexOf(3); });
        T("Lookup enumeration", () => { var lk = new[] { 1, 2, 3, 4, 5 }.ToLookup(x => x % 3); return Show(lk.Select(g => g.Key + "=" + Show(g))) + " " + lk.Count + " " + lk.Contains(0); });
        T("Lookup ApplyResultSelector", () => ((Lookup<int, int>)new[] { 1, 2, 3, 4, 5 }.ToLookup(x => x % 2, x => x * 10)).ApplyResultSelector((k, v) => k + ":" + v.Sum()));
        T("Join dup keys", () => new[] { 1, 2, 2 }.Join(new[] { 2, 2, 3 }, a => a, b => b, (a, b) => a + "-" + b));
        T("GroupJoin empty", () => new[] { 1, 5 }.GroupJoin(new[] { 1, 1 }, a => a, b => b, (a, bs) => a + ":" + bs.Count()));
        T("Join null keys", () => new string[] { null, "a" }.Join(new string[] { null, "a" }, a => a, b => b, (a, b) => (a ?? "n") + (b ?? "n")));
        T("LeftJoin", () => new[] { 1, 2, 3 }.LeftJoin(new[] { 2, 3, 3 }, a => a, b => b, (a, b) => a + ":" + b));
        T("RightJoin", () => new[] { 1, 2 }.RightJoin(new[] { 2, 4 }, a => a, b => b, (a, b) => a + ":" + b));
        T("Union comparer", () => new[] { "a", "B" }.Union(new[] { "A", "b", "c" }, StringComparer.OrdinalIgnoreCase));
        T("Intersect dup", () => new[] { 1, 2, 2, 3, 1 }.Intersect(new[] { 1, 2, 1 }));
        T("Except dup", () => new[] { 1, 2, 2, 3, 3, 4 }.Except(new[] { 1 }));
        T("DistinctBy", () => new[] { "aa", "b", "cc", "d", "eee" }.DistinctBy(s => s.Length));
        T("Distinct null", () => new[] { "a", null, null, "a" }.Distinct().Select(s => s ?? "null"));
        T("SelectMany index", () => new[] { "ab", "c" }.SelectMany((s, i) => s.Select(c => c + i.ToString())));
        T("Where index", () => new[] { 5, 6, 7, 8 }.Where((x, i) => i % 2 == 1));
        T("TakeWhile index", () => Show(new[] { 5, 6, 7, 8 }.TakeWhile((x, i) => i < 2)) + Show(new[] { 5, 6, 7, 8 }.SkipWhile((x, i) => i < 3)));
        T("TakeLast/SkipLast edges", () => Show(Gen(1, 2, 3).TakeLast(0)) + Show(Gen(1, 2, 3).TakeLast(9)) + Show(Gen(1, 2, 3).SkipLast(9)) + Show(new[] { 1, 2, 3 }.SkipLast(-1)));
        T("Chunk list", () => new List<int> { 1, 2, 3, 4, 5 }.Chunk(2).Select(c => c.Length));
        T("Append/Prepend chain", () => Gen(2).Append(3).Prepend(1).Append(4).Prepend(0).ToArray());
        T("Concat chain", () => Gen(1).Concat(new[] { 2 }).Concat(new List<int> { 3 }).Concat(Empty()).Concat(Gen(4)).Count());
        T("Aggregate seed result", () => Gen(1, 2, 3).Aggregate("s", (a, x) => a + x, a => a.ToUpper()));
        T("Contains comparer", () => new[] { "A" }.Contains("a", StringComparer.OrdinalIgnoreCase) + " " + Gen(1, 2).Contains(2));
        T("Count long", () => Gen(1, 2, 3).LongCount(x => x > 1));
        T("TryGetNonEnumeratedCount", () => { var a = new[] { 1, 2 }.TryGetNonEnumeratedCount(out int c1); var b = Gen(1).TryGetNonEnumeratedCount(out int c2); var c = new[] { 1, 2 }.Select(x => x).TryGetNonEnumeratedCount(out int c3); return a + " " + c1 + " " + b + " " + c2 + " " + c + " " + c3; });
        T("ToArray of Range", () => Enumerable.Range(5, 3).ToArray());
        T("Empty is array", () => Enumerable.Empty<int>() is int[]);
        T("Repeat ToList", () => Enumerable.Repeat("x", 3).ToList().Count);
        T("Sum of List", () => new List<int> { 1, 2, 3 }.Sum() + " " + new List<double> { 0.5, 0.25 }.Sum());
        T("Index", () => new[] { "a", "b" }.Index().Select(t => t.ToString()));
        T("OfType nulls", () => new object[] { null, 1, null }.OfType<object>().Count());
        T("Select from string", () => "abc".Select(c => (int)c).Sum());
        T("Reverse array", () => new[] { 1, 2, 3 }.Reverse());
        T("ToHashSet comparer", () => new[] { "a", "A" }.ToHashSet(StringComparer.OrdinalIgnoreCase).Count);
        T("Infinite Take", () => Infinite().Take(3));
        T("Infinite Skip First", () => Infinite().Skip(100).First());
        T("Where on modified list", () => { var l = new List<int> { 1, 2 }; var q = l.Where(x => true); l.Add(3); return q.Count(); });
        T("Where on list modified during", () => { var l = new List<int> { 1, 2 }; foreach (var x in l.Where(x => true)) l.Add(3); return 0; });
        T("Select on list modified during", () => { var l = new List<int> { 1, 2 }; foreach (var x in l.Select(x => x)) l.Add(3); return 0; });
        T("OrderBy exception in key", () => new[] { 1, 0 }.OrderBy(x => 10 / x).ToList());
        return 0;
    }

    static IEnumerable<int> Infinite() { int i = 0; while (true) yield return i++; }
}
