// Array.Sort is an unstable introsort: where equal keys end up is observable, and must be
// .NET's. Sorts of many sizes (insertion sort below 17, heapsort fallback, median of three),
// keys+items, ranges, comparers and Comparison<T>, plus BinarySearch and the argument checks.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Program
{
    struct Rec : IComparable<Rec>
    {
        public int Key, Id;
        public Rec(int k, int i) { Key = k; Id = i; }
        public int CompareTo(Rec o) => Key.CompareTo(o.Key);
        public override string ToString() => Key + ":" + Id;
    }
    class Box : IComparable
    {
        public int Key, Id;
        public int CompareTo(object o) => Key.CompareTo(((Box)o).Key);
        public override string ToString() => Key + "/" + Id;
    }

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

    static int seed = 12345;
    static int Next(int mod) { seed = seed * 1103515245 + 12345; return (int)((uint)seed >> 8) % mod; }

    static int Main()
    {
        foreach (int n in new[] { 5, 16, 17, 20, 33, 64, 100, 257, 1000 })
        {
            foreach (int keys in new[] { 2, 5, n })
            {
                var a = new Rec[n];
                for (int i = 0; i < n; i++) a[i] = new Rec(Next(keys), i);
                var b = (Rec[])a.Clone();
                var c = (Rec[])a.Clone();
                var d = a.Select(r => new Box { Key = r.Key, Id = r.Id }).ToArray();
                Array.Sort(a);
                Array.Sort(b, (x, y) => x.Key - y.Key);
                Array.Sort(c, Comparer<Rec>.Create((x, y) => x.Key.CompareTo(y.Key)));
                Array.Sort(d);
                long h = 0, hb = 0, hc = 0, hd = 0;
                for (int i = 0; i < n; i++) { h = h * 31 + a[i].Id; hb = hb * 31 + b[i].Id; hc = hc * 31 + c[i].Id; hd = hd * 31 + d[i].Id; }
                Console.WriteLine("n=" + n + " keys=" + keys + " " + h + " " + hb + " " + hc + " " + hd + " " + string.Join(" ", a.Take(12)));
            }
        }
        // Already sorted, reversed, all equal, organ pipe: the pathological inputs.
        foreach (int n in new[] { 40, 300 })
        {
            var patterns = new Dictionary<string, Func<int, int>> { ["sorted"] = i => i / 3, ["reversed"] = i => (n - i) / 3, ["equal"] = i => 7, ["pipe"] = i => Math.Min(i, n - i) };
            foreach (var p in patterns)
            {
                var a = Enumerable.Range(0, n).Select(i => new Rec(p.Value(i), i)).ToArray();
                Array.Sort(a);
                Console.WriteLine(p.Key + n + " " + string.Join(" ", a.Take(10)) + " ... " + string.Join(" ", a.Skip(n - 5)));
            }
        }
        var keysArr = Enumerable.Range(0, 50).Select(i => i * 7 % 5).ToArray();
        var items = Enumerable.Range(0, 50).Select(i => "s" + i).ToArray();
        Array.Sort(keysArr, items);
        T("keys/items", () => items);
        var k2 = new[] { 3, 1, 2, 1, 3, 1 };
        var i2 = new[] { "a", "b", "c", "d", "e", "f" };
        Array.Sort(k2, i2, 1, 4);
        T("keys/items range", () => Show(k2) + Show(i2));
        T("keys/items comparer", () => { var kk = new[] { "b", "A", "a", "B" }; var vv = new[] { 1, 2, 3, 4 }; Array.Sort(kk, vv, StringComparer.OrdinalIgnoreCase); return Show(kk) + Show(vv); });
        T("items shorter", () => { Array.Sort(new[] { 1, 2, 3 }, new[] { 1 }); return 0; });
        T("items null", () => { var kk = new[] { 2, 1 }; Array.Sort(kk, (int[])null); return kk; });
        T("range bad", () => { Array.Sort(new[] { 1, 2 }, 1, 5); return 0; });
        T("range neg", () => { Array.Sort(new[] { 1, 2 }, -1, 1); return 0; });
        T("null array", () => { Array.Sort((int[])null); return 0; });
        T("not comparable", () => { Array.Sort(new[] { new object(), new object() }); return 0; });
        T("comparer throws", () => { Array.Sort(new[] { 2, 1 }, (x, y) => throw new FormatException("bad")); return 0; });
        T("one not comparable", () => { Array.Sort(new object[] { new object() }); return "fine"; });
        T("null comparison", () => { Array.Sort(new[] { 2, 1 }, (Comparison<int>)null); return 0; });
        T("doubles", () => { var x = new[] { 3.0, double.NaN, -0.0, 0.0, double.NegativeInfinity, 1, double.NaN, -1 }; Array.Sort(x); return x.Select(v => v.ToString() + (v == 0 && double.IsNegative(v) ? "n" : "")); });
        T("floats", () => { var x = new[] { 3f, float.NaN, -0f, 0f, 1f }; Array.Sort(x); return x; });
        T("strings", () => { var x = new[] { "b", null, "a", "B", "", null }; Array.Sort(x); return x.Select(s => s ?? "null"); });
        T("nullable ints", () => { var x = new int?[] { 3, null, 1, null, 2 }; Array.Sort(x); return x.Select(v => v?.ToString() ?? "null"); });
        T("enums", () => { var x = new[] { DayOfWeek.Friday, DayOfWeek.Monday, DayOfWeek.Sunday }; Array.Sort(x); return x; });
        T("bytes/sbytes/chars", () => { var a = new byte[] { 200, 1, 100 }; var b = new sbyte[] { -5, 100, -100 }; var c = new[] { 'z', 'A', 'a' }; Array.Sort(a); Array.Sort(b); Array.Sort(c); return Show(a) + Show(b) + Show(c); });
        T("uint/ulong", () => { var a = new uint[] { 0xFFFFFFFF, 1, 0x80000000 }; var b = new ulong[] { ulong.MaxValue, 0, 1 }; Array.Sort(a); Array.Sort(b); return Show(a) + Show(b); });
        T("non-generic Array", () => { Array x = new[] { 5, 2, 8 }; Array.Sort(x); return x; });
        T("IComparer non-generic", () => { var x = new[] { "b", "a", "C" }; Array.Sort(x, (IComparer)StringComparer.OrdinalIgnoreCase); return x; });
        T("Reverse", () => { var x = new[] { 1, 2, 3, 4, 5 }; Array.Reverse(x, 1, 3); return x; });
        T("BinarySearch", () => { var x = new[] { 1, 3, 3, 3, 5, 7 }; return Array.BinarySearch(x, 3) + " " + Array.BinarySearch(x, 4) + " " + Array.BinarySearch(x, 0) + " " + Array.BinarySearch(x, 8) + " " + Array.BinarySearch(x, 1, 3, 5) + " " + Array.BinarySearch(new int[0], 1); });
        T("BinarySearch comparer", () => Array.BinarySearch(new[] { "a", "B", "c" }, "b", StringComparer.OrdinalIgnoreCase));
        T("BinarySearch null value", () => Array.BinarySearch(new[] { "a", "b" }, null) + " " + Array.BinarySearch(new[] { null, "a", "b" }, null));
        T("BinarySearch bad range", () => Array.BinarySearch(new[] { 1 }, 0, 2, 1));
        T("BinarySearch not comparable", () => Array.BinarySearch(new[] { new object(), new object() }, new object()));
        T("List sort equal keys", () => { var l = Enumerable.Range(0, 30).Select(i => new Rec(i % 3, i)).ToList(); l.Sort(); return l; });
        T("List sort comparison equal keys", () => { var l = Enumerable.Range(0, 30).Select(i => new Rec(i % 4, i)).ToList(); l.Sort((x, y) => y.Key - x.Key); return l; });
        T("Span sort", () => { var x = Enumerable.Range(0, 25).Select(i => new Rec(i % 2, i)).ToArray(); x.AsSpan(2, 20).Sort(); return x; });
        T("Span sort keys/items", () => { var k = new[] { 2, 1, 2, 1, 0 }; var v = new[] { "a", "b", "c", "d", "e" }; k.AsSpan().Sort(v.AsSpan()); return Show(k) + Show(v); });
        return 0;
    }
}
