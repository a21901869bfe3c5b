// Dictionary<TKey,TValue> and HashSet<T>: the exceptions .NET throws and their messages
// (missing key, duplicate key, null key, changes during enumeration), Remove/TryAdd/
// EnsureCapacity/TrimExcess, order after removals, comparers and the key/value views.
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
    static void A(string label, Action f) => T(label, () => { f(); return "ok"; });
    static string Show(object o) => o switch
    {
        null => "null",
        string s => s,
        IEnumerable e => "[" + string.Join(",", e.Cast<object>().Select(Show)) + "]",
        _ => o.ToString(),
    };

    struct Point : IEquatable<Point>
    {
        public int X, Y;
        public Point(int x, int y) { X = x; Y = y; }
        public bool Equals(Point o) => X == o.X && Y == o.Y;
        public override int GetHashCode() => X ^ (Y << 4);
        public override string ToString() => "(" + X + "," + Y + ")";
    }

    static int Main()
    {
        var d = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2, ["three"] = 3 };
        T("missing key", () => d["four"]);
        T("missing int key", () => new Dictionary<int, string>()[42]);
        T("missing point key", () => new Dictionary<Point, int>()[new Point(1, 2)]);
        A("duplicate add", () => d.Add("one", 11));
        A("duplicate int add", () => new Dictionary<int, int> { { 7, 1 }, { 7, 2 } });
        A("null key get", () => { var x = d[null]; });
        A("null key add", () => d.Add(null, 0));
        T("null key TryGetValue", () => d.TryGetValue(null, out _));
        T("null key ContainsKey", () => d.ContainsKey(null));
        T("null key Remove", () => d.Remove(null));
        T("ContainsValue", () => d.ContainsValue(2) + " " + d.ContainsValue(9));
        A("modify during enumeration", () => { foreach (var kv in d) d["new" + kv.Key] = 0; });
        A("remove during enumeration is allowed", () => { foreach (var kv in d) if (kv.Key.StartsWith("new")) d.Remove(kv.Key); });
        T("after", () => d.Keys);
        A("add during Keys enumeration", () => { foreach (var k in d.Keys) d.Add(k + "x", 1); });
        T("after2", () => d);
        A("set existing during enumeration", () => { foreach (var k in d.Keys.ToList()) d[k] = d[k] * 10; foreach (var kv in d) d[kv.Key] = kv.Value + 1; });
        T("after3", () => d);
        T("TryAdd", () => d.TryAdd("one", 5) + " " + d.TryAdd("four", 4) + " " + d["four"]);
        T("Remove out", () => d.Remove("two", out int v) + " " + v + " " + d.Remove("two", out int w) + " " + w);
        T("order after remove and add", () => { d.Remove("one"); d.Add("five", 5); d.Add("six", 6); return d.Keys; });
        T("GetValueOrDefault", () => d.GetValueOrDefault("zzz") + " " + d.GetValueOrDefault("zzz", -1) + " " + d.GetValueOrDefault("five"));
        T("Count/Clear", () => { var c = new Dictionary<int, int>(d.Count); for (int i = 0; i < 100; i++) c[i] = i; c.Clear(); c[5] = 5; return c.Count + " " + c.First(); });
        T("EnsureCapacity", () => { var c = new Dictionary<int, int>(); return c.EnsureCapacity(0) + " " + c.EnsureCapacity(10) + " " + c.EnsureCapacity(100) + " " + c.EnsureCapacity(5); });
        A("EnsureCapacity negative", () => new Dictionary<int, int>().EnsureCapacity(-1));
        A("ctor negative capacity", () => new Dictionary<int, int>(-1));
        T("TrimExcess", () => { var c = new Dictionary<int, int>(); for (int i = 0; i < 50; i++) c[i] = i; for (int i = 0; i < 45; i++) c.Remove(i); c.TrimExcess(); c[100] = 1; return c.Keys; });
        T("removal slot reuse order", () => { var c = new Dictionary<int, string>(); for (int i = 0; i < 8; i++) c[i] = "v" + i; c.Remove(2); c.Remove(5); c.Remove(0); c[10] = "a"; c[11] = "b"; c[12] = "c"; c[13] = "d"; return c.Keys; });
        T("ignore case", () => { var c = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["Abc"] = 1 }; c["ABC"] = 2; return c.Count + " " + c["abc"] + " " + c.Keys.First() + " " + (c.Comparer == StringComparer.OrdinalIgnoreCase); });
        T("copy ctor keeps order", () => new Dictionary<string, int>(d).Keys);
        T("copy ctor with comparer", () => { var c = new Dictionary<string, int>(d, StringComparer.OrdinalIgnoreCase); return c.ContainsKey("FIVE"); });
        A("copy ctor duplicates", () => new Dictionary<string, int>(new[] { KeyValuePair.Create("a", 1), KeyValuePair.Create("A", 2) }, StringComparer.OrdinalIgnoreCase));
        T("from pairs", () => new Dictionary<string, int>(new[] { KeyValuePair.Create("x", 1), KeyValuePair.Create("y", 2) }));
        T("KeyValuePair ToString", () => KeyValuePair.Create("k", 3).ToString() + " " + new KeyValuePair<string, string>(null, null));
        T("deconstruct", () => { var (k, v) = KeyValuePair.Create(1, "a"); return k + v; });
        T("Keys/Values views live", () => { var c = new Dictionary<int, int> { [1] = 10 }; var ks = c.Keys; var vs = c.Values; c[2] = 20; return ks.Count + " " + vs.Count + " " + string.Join(",", vs); });
        T("Keys CopyTo", () => { var arr = new string[6]; d.Keys.CopyTo(arr, 1); return arr.Select(s => s ?? "_"); });
        A("Keys CopyTo small", () => d.Keys.CopyTo(new string[2], 0));
        A("Keys Add", () => ((ICollection<string>)d.Keys).Add("x"));
        A("Values Remove", () => ((ICollection<int>)d.Values).Remove(1));
        T("ICollection<KVP>.Contains", () => ((ICollection<KeyValuePair<string, int>>)d).Contains(KeyValuePair.Create("five", 5)) + " " + ((ICollection<KeyValuePair<string, int>>)d).Contains(KeyValuePair.Create("five", 6)));
        T("ICollection<KVP>.Remove", () => ((ICollection<KeyValuePair<string, int>>)d).Remove(KeyValuePair.Create("five", 6)) + " " + ((ICollection<KeyValuePair<string, int>>)d).Remove(KeyValuePair.Create("five", 5)));
        T("IDictionary indexer", () => { IDictionary id = d; id["seven"] = 7; return id["seven"] + " " + (id["nope"] ?? "null") + " " + id.Contains("seven") + " " + id.Contains(3); });
        A("IDictionary wrong key type", () => { IDictionary id = d; id[3] = 4; });
        A("IDictionary wrong value type", () => { IDictionary id = d; id["x"] = "y"; });
        T("IDictionary enumerator", () => { var sb = new List<string>(); var e = ((IDictionary)d).GetEnumerator(); while (e.MoveNext()) sb.Add(e.Key + "=" + e.Value + "/" + e.Entry.Key); return sb; });
        A("enumerator Current before MoveNext", () => { IEnumerator e = d.GetEnumerator(); var x = e.Current; });
        A("enumerator Current after end", () => { IEnumerator e = d.GetEnumerator(); while (e.MoveNext()) { } var x = e.Current; });
        T("generic Current before MoveNext", () => { var e = d.GetEnumerator(); return e.Current; });
        A("enumerator Reset after change", () => { IEnumerator e = d.GetEnumerator(); d["eight"] = 8; e.Reset(); });
        T("struct keys", () => { var c = new Dictionary<Point, string>(); c[new Point(1, 2)] = "a"; c[new Point(2, 1)] = "b"; c[new Point(1, 2)] = "c"; return c; });
        T("many ints", () => { var c = new Dictionary<int, int>(); for (int i = 0; i < 10000; i++) c[i * 7919 % 10007] = i; long s = 0; foreach (var kv in c) s += kv.Key * (long)kv.Value % 1000; return c.Count + " " + s + " " + string.Join(",", c.Keys.Take(5)); });
        T("long/double keys", () => { var c = new Dictionary<double, int> { [0.0] = 1, [double.NaN] = 2 }; c[-0.0] = 3; c[double.NaN] = 4; return c; });

        var h = new HashSet<int> { 5, 1, 9, 3 };
        T("hs Add dup", () => h.Add(5) + " " + h.Add(7) + " " + h.Count);
        A("hs modify during enumeration", () => { foreach (var x in h) h.Add(x + 100); });
        A("hs remove during enumeration", () => { foreach (var x in h.ToList()) h.Remove(x); foreach (var x in h) h.Remove(x); });
        T("hs after", () => h);
        h = new HashSet<int> { 1, 2, 3, 4, 5, 6 };
        T("hs RemoveWhere", () => h.RemoveWhere(x => x % 2 == 0) + " " + Show(h));
        T("hs set ops", () => { var a = new HashSet<int> { 1, 2, 3, 4 }; a.UnionWith(new[] { 9, 2, 8 }); var u = Show(a); a.IntersectWith(new[] { 8, 1, 9, 7 }); var i = Show(a); a.ExceptWith(new[] { 9 }); var e = Show(a); a.SymmetricExceptWith(new[] { 1, 5, 5, 6 }); return u + i + e + Show(a); });
        T("hs relations", () => { var a = new HashSet<int> { 1, 2 }; return a.IsSubsetOf(new[] { 1, 2, 3 }) + " " + a.IsProperSubsetOf(new[] { 1, 2 }) + " " + a.IsSupersetOf(new[] { 1 }) + " " + a.IsProperSupersetOf(new[] { 1, 2 }) + " " + a.Overlaps(new[] { 5, 2 }) + " " + a.SetEquals(new[] { 2, 1, 1 }); });
        T("hs TryGetValue", () => { var s = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Hello" }; return s.TryGetValue("HELLO", out var actual) + " " + actual; });
        T("hs CopyTo", () => { var arr = new int[5]; new HashSet<int> { 3, 4 }.CopyTo(arr, 2); return arr; });
        A("hs CopyTo bad", () => new HashSet<int> { 3, 4 }.CopyTo(new int[5], 4));
        T("hs null", () => { var s = new HashSet<string> { null, "a" }; return s.Contains(null) + " " + s.Count + " " + s.Remove(null) + " " + s.Count; });
        T("hs slot reuse", () => { var s = new HashSet<int>(); for (int i = 0; i < 10; i++) s.Add(i); s.Remove(3); s.Remove(7); s.Add(20); s.Add(21); s.Add(22); return s; });
        T("hs EnsureCapacity/TrimExcess", () => { var s = new HashSet<int>(); int c = s.EnsureCapacity(20); s.Add(1); s.TrimExcess(); return c + " " + s.Count; });
        T("hs comparer", () => new HashSet<string>(new[] { "a", "A", "b" }, StringComparer.OrdinalIgnoreCase));
        T("CreateSetComparer", () => { var sets = new HashSet<HashSet<int>>(HashSet<int>.CreateSetComparer()) { new HashSet<int> { 1, 2 }, new HashSet<int> { 2, 1 } }; return sets.Count; });
        return 0;
    }
}
