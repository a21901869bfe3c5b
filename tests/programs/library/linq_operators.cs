// LINQ to objects: the standard operators over lists, arrays and iterators, with stable
// ordering, grouping, joins, set operations, aggregates and the exceptions .NET throws.
using System;
using System.Collections.Generic;
using System.Linq;

record Person(string Name, string City, int Age, double Score);

struct Version : IComparable<Version>, IEquatable<Version>
{
    public int Major, Minor;
    public Version(int a, int b) { Major = a; Minor = b; }
    public int CompareTo(Version o) => Major != o.Major ? Major.CompareTo(o.Major) : Minor.CompareTo(o.Minor);
    public bool Equals(Version o) => Major == o.Major && Minor == o.Minor;
    public override int GetHashCode() => Major * 31 + Minor;
    public override string ToString() => Major + "." + Minor;
}

class Program
{
    static IEnumerable<int> Gen(int n) { for (int i = 0; i < n; i++) yield return (i * 37) % 11; }
    static void P(string label, object o) => Console.WriteLine(label + ": " + o);
    static string J<T>(IEnumerable<T> s) => string.Join(",", s);

    static int Main()
    {
        var people = new List<Person>
        {
            new("Ann", "Oslo", 31, 88.5), new("Bob", "Rome", 25, 72.0), new("Cid", "Oslo", 42, 91.25),
            new("Dee", "Lima", 25, 65.5), new("Eve", "Rome", 31, 99.0), new("Fay", "Oslo", 25, 72.0),
            new("Gus", "Lima", 58, 80.0), new("Hal", "Rome", 42, 55.75),
        };
        int[] nums = { 5, 3, 9, 1, 7, 3, 8, 2, 9, 4 };

        P("Where/Select", J(nums.Where(n => n % 2 == 1).Select((n, i) => n * 10 + i)));
        P("SelectMany", J(people.Take(3).SelectMany(p => p.Name.ToCharArray(), (p, c) => p.Age + c.ToString())));
        P("OrderBy stable", J(people.OrderBy(p => p.Age).Select(p => p.Name)));
        P("OrderByDesc ThenBy", J(people.OrderByDescending(p => p.City).ThenBy(p => p.Score).ThenByDescending(p => p.Name).Select(p => p.Name)));
        P("Order", J(nums.Order()) + " | " + J(nums.OrderDescending()));
        P("GroupBy", J(people.GroupBy(p => p.City).Select(g => g.Key + "[" + string.Join(" ", g.Select(p => p.Name)) + "]")));
        P("GroupBy elem/result", J(people.GroupBy(p => p.Age, p => p.Score, (k, s) => k + ":" + s.Sum())));
        var cities = new[] { ("Oslo", "NO"), ("Rome", "IT"), ("Paris", "FR") };
        P("Join", J(people.Join(cities, p => p.City, c => c.Item1, (p, c) => p.Name + "@" + c.Item2)));
        P("GroupJoin", J(cities.GroupJoin(people, c => c.Item1, p => p.City, (c, ps) => c.Item2 + ps.Count())));
        P("Distinct", J(nums.Distinct()) + " | " + J(people.DistinctBy(p => p.Age).Select(p => p.Name)));
        P("Union", J(nums.Union(new[] { 100, 1, 200 })) + " | Intersect " + J(nums.Intersect(new[] { 9, 3, 42 })) + " | Except " + J(nums.Except(new[] { 9, 3 })));
        P("Aggregate", nums.Aggregate((a, b) => a * 2 + b) + " " + nums.Aggregate(10L, (a, b) => a + b) + " " + nums.Aggregate(0, (a, b) => a + b, r => "r" + r));
        P("Sum/Min/Max/Avg", nums.Sum() + " " + nums.Min() + " " + nums.Max() + " " + nums.Average() + " " + people.Sum(p => p.Score) + " " + people.Average(p => p.Age) + " " + people.Max(p => p.Score) + " " + people.Min(p => p.Name));
        P("MinBy/MaxBy", people.MinBy(p => p.Score).Name + " " + people.MaxBy(p => p.Age).Name);
        P("nullable aggregates", new int?[] { 3, null, 5 }.Sum() + " " + new int?[] { 3, null, 5 }.Average() + " " + (new int?[] { null }.Max() == null) + " " + new double[] { 1.5, 2.5 }.Average() + " " + new long[] { 1, 2 }.Sum() + " " + new decimal[] { 1.1m, 2.2m }.Average() + " " + new float[] { 1, 2 }.Average());
        P("Count/Any/All", nums.Count() + " " + nums.Count(n => n > 4) + " " + nums.Any() + " " + nums.Any(n => n > 8) + " " + nums.All(n => n > 0) + " " + new int[0].Any() + " " + nums.LongCount());
        P("First/Last/Single", nums.First() + " " + nums.First(n => n > 7) + " " + nums.Last() + " " + nums.Last(n => n < 3) + " " + nums.Single(n => n == 7) + " " + nums.FirstOrDefault(n => n > 100) + " " + nums.LastOrDefault(n => n > 100, -1) + " " + nums.SingleOrDefault(n => n == 42));
        P("Skip/Take", J(nums.Skip(3).Take(4)) + " | " + J(nums.SkipWhile(n => n != 1).TakeWhile(n => n != 2)) + " | " + J(nums.TakeLast(3)) + " | " + J(nums.SkipLast(7)) + " | " + J(nums.Take(2..5)));
        P("Zip", J(nums.Zip(people, (n, p) => p.Name + n)) + " | " + J(nums.Zip(new[] { "a", "b" })) + " | " + J(nums.Zip(nums.Skip(1), nums.Skip(2)).Take(2)));
        P("ToList/ToArray", nums.ToList().Count + " " + Gen(5).ToArray().Length + " " + J(Gen(12)));
        var dict = people.ToDictionary(p => p.Name, p => p.Age);
        P("ToDictionary", J(dict.Select(kv => kv.Key + "=" + kv.Value)));
        P("ToHashSet", J(nums.ToHashSet()) + " " + nums.ToHashSet().Count);
        P("ToLookup", J(people.ToLookup(p => p.Age % 2 == 0)[true].Select(p => p.Name)) + " " + people.ToLookup(p => p.City).Count);
        P("Range/Repeat/Empty", J(Enumerable.Range(-2, 5)) + " | " + J(Enumerable.Repeat("ab", 3)) + " | " + Enumerable.Empty<int>().Count());
        P("Reverse", J(nums.Reverse()) + " | " + J(Gen(4).Reverse()));
        P("Concat/Append/Prepend", J(nums.Take(2).Concat(nums.Skip(8)).Append(-1).Prepend(-2)));
        P("Chunk", J(nums.Chunk(3).Select(c => "[" + J(c) + "]")));
        P("SequenceEqual", nums.SequenceEqual(nums.ToArray()) + " " + nums.SequenceEqual(nums.Reverse()));
        P("OfType/Cast", J(new object[] { 1, "two", 3.0, 4, null, "five" }.OfType<string>()) + " | " + J(new object[] { 1, 2 }.Cast<int>().Select(x => x * 3)));
        P("DefaultIfEmpty/ElementAt", J(new int[0].DefaultIfEmpty(7)) + " " + nums.ElementAt(4) + " " + nums.ElementAtOrDefault(99) + " " + nums.ElementAt(^1));
        P("Contains", nums.Contains(8) + " " + people.Select(p => p.City).Contains("Lima"));
        P("CountBy", J(people.CountBy(p => p.City).Select(kv => kv.Key + kv.Value)));
        P("AggregateBy", J(people.AggregateBy(p => p.City, 0.0, (acc, p) => acc + p.Score).Select(kv => kv.Key + kv.Value)));
        P("Index", J(people.Take(3).Index().Select(t => t.Index + t.Item.Name)));
        P("UnionBy/ExceptBy/IntersectBy", J(people.Take(2).UnionBy(people.Skip(4), p => p.City).Select(p => p.Name)) + " | " + J(people.ExceptBy(new[] { 25, 31 }, p => p.Age).Select(p => p.Name)) + " | " + J(people.IntersectBy(new[] { "Lima" }, p => p.City).Select(p => p.Name)));
        var versions = new[] { new Version(1, 2), new Version(0, 9), new Version(1, 0), new Version(1, 2) };
        P("IComparable<T>/IEquatable<T>", J(versions.Order()) + " " + versions.Max() + " " + versions.Distinct().Count() + " " + Comparer<Version>.Default.Compare(versions[0], versions[1]) + " " + EqualityComparer<Version>.Default.Equals(versions[0], versions[3]));
        P("Comparer nulls", Comparer<string>.Default.Compare(null, "a") + " " + Comparer<int?>.Default.Compare(5, null) + " " + EqualityComparer<string>.Default.Equals(null, null) + " " + J(new[] { "b", null, "a" }.Order().Select(s => s ?? "null")));
        P("deferred", string.Join(",", LazyCount()));
        P("tuples/Shuffle", new[] { ("a", 1), ("b", 2) }.ToDictionary()["b"] + " " + Enumerable.Range(0, 20).Shuffle().Sum() + " " + Enumerable.Range(0, 20).Shuffle().Distinct().Count());
        try { new int[0].First(); } catch (InvalidOperationException e) { P("First empty", e.Message); }
        try { nums.Single(n => n == 3); } catch (InvalidOperationException e) { P("Single many", e.Message); }
        try { new int[0].Max(); } catch (InvalidOperationException e) { P("Max empty", e.Message); }
        try { new int[0].Average(); } catch (InvalidOperationException e) { P("Average empty", e.Message); }
        try { people.ToDictionary(p => p.City); } catch (ArgumentException e) { P("ToDictionary dup", e.Message); }
        try { nums.ElementAt(50); } catch (ArgumentOutOfRangeException e) { P("ElementAt", e.GetType().Name + " " + e.ParamName); }
        try { new[] { int.MaxValue, 1 }.Sum(); } catch (OverflowException e) { P("Sum overflow", e.Message); }
        try { Enumerable.Range(0, -1); } catch (ArgumentOutOfRangeException e) { P("Range", e.ParamName); }
        try { ((IEnumerable<int>)null).Where(x => true); } catch (ArgumentNullException e) { P("null source", e.ParamName); }
        return 0;
    }

    static IEnumerable<string> LazyCount()
    {
        int evaluated = 0;
        var q = Enumerable.Range(1, 10).Select(x => { evaluated++; return x; }).Where(x => x % 3 == 0);
        yield return "before " + evaluated;
        yield return "first " + q.First() + " after " + evaluated;
        yield return "count " + q.Count() + " after " + evaluated;
    }
}
