// Span<T>/ReadOnlySpan<T>/Memory<T> and MemoryExtensions: searching (with and without
// comparers, Any/AnyExcept/InRange), counting, trimming of any T, sorting and binary search,
// replacing, splitting, copying and the argument checks. Calls on arrays bind to these
// span helpers with C# 14's first-class spans, so they are everyday code.
using System;
using System.Buffers;
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

    static int Main()
    {
        int[] a = { 4, 1, 7, 1, 9, 4, 0, 7 };
        var ic = StringComparer.OrdinalIgnoreCase;
        T("IndexOf", () => a.AsSpan().IndexOf(7) + " " + a.AsSpan().LastIndexOf(7) + " " + a.AsSpan().IndexOf(5) + " " + ((ReadOnlySpan<int>)a).IndexOf(new[] { 1, 9 }) + " " + ((ReadOnlySpan<int>)a).LastIndexOf(new[] { 4 }) + " " + a.AsSpan().IndexOf(ReadOnlySpan<int>.Empty) + " " + a.AsSpan().LastIndexOf(ReadOnlySpan<int>.Empty));
        T("IndexOf comparer", () => new[] { "a", "B", "c" }.AsSpan().IndexOf("b", ic) + " " + ((ReadOnlySpan<string>)new[] { "a", "B", "b" }).LastIndexOf("b", ic) + " " + ((ReadOnlySpan<string>)new[] { "x", "A", "b" }).IndexOf(new[] { "a", "B" }, ic));
        T("IndexOfAny", () => a.AsSpan().IndexOfAny(9, 0) + " " + a.AsSpan().IndexOfAny(5, 6, 7) + " " + a.AsSpan().IndexOfAny(new[] { 0, 9 }) + " " + a.AsSpan().LastIndexOfAny(4, 1) + " " + a.AsSpan().LastIndexOfAny(1, 2, 3) + " " + a.AsSpan().LastIndexOfAny(new[] { 9, 1 }) + " " + a.AsSpan().IndexOfAny(ReadOnlySpan<int>.Empty));
        T("IndexOfAnyExcept", () => a.AsSpan().IndexOfAnyExcept(4) + " " + a.AsSpan().IndexOfAnyExcept(4, 1) + " " + a.AsSpan().IndexOfAnyExcept(4, 1, 7) + " " + a.AsSpan().IndexOfAnyExcept(new[] { 4, 1, 7, 9 }) + " " + a.AsSpan().LastIndexOfAnyExcept(7) + " " + a.AsSpan().LastIndexOfAnyExcept(7, 0) + " " + a.AsSpan().LastIndexOfAnyExcept(new[] { 0, 7, 4 }) + " " + a.AsSpan().IndexOfAnyExcept(ReadOnlySpan<int>.Empty) + " " + new int[] { 3, 3 }.AsSpan().IndexOfAnyExcept(3));
        T("InRange", () => a.AsSpan().IndexOfAnyInRange(5, 8) + " " + a.AsSpan().LastIndexOfAnyInRange(0, 1) + " " + a.AsSpan().IndexOfAnyExceptInRange(0, 5) + " " + a.AsSpan().LastIndexOfAnyExceptInRange(5, 9) + " " + "hello World".AsSpan().IndexOfAnyInRange('A', 'Z') + " " + a.AsSpan().ContainsAnyInRange(8, 100) + " " + a.AsSpan().ContainsAnyExceptInRange(0, 9));
        T("Contains/Any", () => a.AsSpan().Contains(9) + " " + a.AsSpan().ContainsAny(2, 3) + " " + a.AsSpan().ContainsAny(2, 3, 0) + " " + a.AsSpan().ContainsAny(new[] { 8, 7 }) + " " + a.AsSpan().ContainsAnyExcept(4) + " " + a.AsSpan().ContainsAnyExcept(new[] { 4, 1, 7, 9, 0 }) + " " + ((ReadOnlySpan<string>)new[] { "A" }).Contains("a", ic));
        T("Count", () => a.AsSpan().Count(4) + " " + a.AsSpan().Count(new[] { 1, 9 }) + " " + "aaaa".AsSpan().Count("aa") + " " + "abcabc".AsSpan().Count('c') + " " + ((ReadOnlySpan<int>)a).CountAny(new[] { 4, 7 }) + " " + a.AsSpan().Count(ReadOnlySpan<int>.Empty));
        T("SequenceEqual/CompareTo", () => a.AsSpan(0, 2).SequenceEqual(new[] { 4, 1 }) + " " + a.AsSpan().SequenceCompareTo(new[] { 4, 1, 8 }) + " " + a.AsSpan(0, 2).SequenceCompareTo(new[] { 4, 1, 7 }) + " " + ((ReadOnlySpan<int>)new[] { 1, 2 }).SequenceCompareTo(new[] { 1, 2 }) + " " + ((ReadOnlySpan<string>)new[] { "a", "B" }).SequenceEqual(new[] { "A", "b" }, ic) + " " + "b".AsSpan().SequenceCompareTo("abc"));
        T("StartsWith/EndsWith", () => a.AsSpan().StartsWith(new[] { 4, 1 }) + " " + a.AsSpan().EndsWith(new[] { 0, 7 }) + " " + ((ReadOnlySpan<int>)a).StartsWith(4) + " " + ((ReadOnlySpan<int>)a).EndsWith(4) + " " + ((ReadOnlySpan<int>)new int[0]).StartsWith(0) + " " + "Hello".AsSpan().StartsWith("he", StringComparison.OrdinalIgnoreCase));
        T("CommonPrefixLength", () => a.AsSpan().CommonPrefixLength(new[] { 4, 1, 8 }) + " " + "abc".AsSpan().CommonPrefixLength("abd") + " " + ((ReadOnlySpan<string>)new[] { "a", "b" }).CommonPrefixLength(new[] { "A", "B", "c" }, ic));
        T("Trim generic", () => Show(a.AsSpan().Trim(4).ToArray()) + Show(a.AsSpan().TrimStart(4).ToArray()) + Show(a.AsSpan().TrimEnd(new[] { 7, 0 }).ToArray()) + Show(((ReadOnlySpan<int>)a).Trim(new[] { 4, 7 }).ToArray()) + Show(new int[] { 1, 1 }.AsSpan().Trim(1).ToArray()));
        T("Trim chars", () => "[" + "  xx  ".AsSpan().Trim().ToString() + "|" + "xxaxx".AsSpan().Trim('x').ToString() + "|" + "abcba".AsSpan().Trim("ab").ToString() + "|" + " \t\u00a0 q\u2003".AsSpan().Trim().ToString() + "|" + "__a__".AsSpan().TrimStart('_').ToString() + "|" + "__a__".AsSpan().TrimEnd("_").ToString() + "]");
        T("Trim memory", () => "  m  ".AsMemory().Trim().ToString() + "|" + new[] { 0, 1, 0 }.AsMemory().Trim(0).Length + "|" + "xyx".AsMemory().TrimStart('x').ToString());
        T("Reverse", () => { var x = (int[])a.Clone(); x.AsSpan(1, 4).Reverse(); return x; });
        T("Sort span", () => { var x = (int[])a.Clone(); x.AsSpan().Sort(); return x; });
        T("Sort span comparison", () => { var x = (int[])a.Clone(); x.AsSpan().Sort((p, q) => q.CompareTo(p)); return x; });
        T("Sort span comparer", () => { var x = new[] { "b", "A", "a" }; x.AsSpan().Sort(StringComparer.Ordinal); return x; });
        T("Sort keys items", () => { var k = new[] { 3, 1, 2 }; var v = new[] { "c", "a", "b" }; k.AsSpan().Sort(v.AsSpan()); return Show(k) + Show(v); });
        T("Sort keys items comparison", () => { var k = new[] { 3, 1, 2 }; var v = new[] { "c", "a", "b" }; k.AsSpan().Sort(v.AsSpan(), (p, q) => q - p); return Show(k) + Show(v); });
        T("Sort keys items mismatch", () => { new[] { 1, 2 }.AsSpan().Sort(new[] { 1 }.AsSpan()); return 0; });
        T("BinarySearch", () => { var s = new[] { 1, 3, 5, 7 }; return s.AsSpan().BinarySearch(5) + " " + s.AsSpan().BinarySearch(4) + " " + ((ReadOnlySpan<int>)s).BinarySearch(8) + " " + s.AsSpan().BinarySearch(0, Comparer<int>.Default); });
        T("Replace", () => { var x = (int[])a.Clone(); x.AsSpan().Replace(4, 40); var dst = new int[8]; ((ReadOnlySpan<int>)a).Replace(dst, 7, 70); return Show(x) + Show(dst); });
        T("Replace short destination", () => { ((ReadOnlySpan<int>)a).Replace(new int[2], 7, 70); return 0; });
        T("Replace comparer", () => { var x = new[] { "a", "A", "b" }; x.AsSpan().Replace("a", "z", ic); return x; });
        T("Fill/Clear", () => { var x = new int[5]; x.AsSpan(1, 3).Fill(9); x.AsSpan(2, 1).Clear(); return x; });
        T("CopyTo", () => { var x = new int[10]; a.AsSpan(2, 3).CopyTo(x.AsSpan(4)); a.CopyTo(x.AsSpan(2)); return x; });
        T("CopyTo short", () => { a.AsSpan().CopyTo(new int[3]); return 0; });
        T("TryCopyTo", () => a.AsSpan().TryCopyTo(new int[3]) + " " + a.AsSpan(0, 3).TryCopyTo(new int[3]));
        T("CopyTo overlapping", () => { var x = new[] { 1, 2, 3, 4, 5, 6 }; x.AsSpan(0, 4).CopyTo(x.AsSpan(2)); var y = new[] { 1, 2, 3, 4, 5, 6 }; y.AsSpan(2).CopyTo(y); return Show(x) + Show(y); });
        T("Overlaps", () => { var x = new int[10]; var r1 = x.AsSpan(0, 5).Overlaps(x.AsSpan(4, 3), out int off); var r2 = x.AsSpan(0, 4).Overlaps(x.AsSpan(4)); var r3 = x.AsSpan(5).Overlaps(x.AsSpan(2, 4), out int off2); return r1 + " " + off + " " + r2 + " " + r3 + " " + off2 + " " + x.AsSpan().Overlaps(new int[3]); });
        T("Slice bad", () => a.AsSpan().Slice(3, 9).Length);
        T("Slice bad start", () => a.AsSpan().Slice(9).Length);
        T("indexer bad", () => a.AsSpan()[8]);
        T("ReadOnlySpan indexer bad", () => ((ReadOnlySpan<int>)a)[-1]);
        T("AsSpan bad", () => a.AsSpan(5, 4).Length);
        T("AsSpan string bad", () => "abc".AsSpan(2, 2).Length);
        T("AsSpan null", () => ((int[])null).AsSpan().Length + " " + ((string)null).AsSpan().Length + " " + ((int[])null).AsSpan(0, 0).Length);
        T("AsSpan covariance", () => { object[] o = new string[2]; return o.AsSpan().Length; });
        T("Span of covariant array", () => new Span<object>(new string[1]).Length);
        T("range/index", () => Show(a.AsSpan()[2..5].ToArray()) + " " + a.AsSpan()[^1] + " " + "hello"[1..^1] + " " + "hello".AsSpan(^3).ToString() + " " + Show(a[^3..]));
        T("span ToString", () => a.AsSpan().ToString() + " " + "abc".AsSpan().ToString() + " " + new Span<char>(new[] { 'x', 'y' }).ToString() + " " + ((ReadOnlySpan<int>)a).ToString());
        T("Span equality ops", () => (a.AsSpan(1, 2) == a.AsSpan(1, 2)) + " " + (a.AsSpan(1, 2) == a.AsSpan(1, 3)) + " " + (Span<int>.Empty == default));
        T("GetPinnableReference/ref", () => { var s = a.AsSpan(); ref int r = ref s[2]; r = 70; return a[2]; });
        T("stackalloc", () => { Span<int> s = stackalloc int[4]; for (int i = 0; i < s.Length; i++) s[i] = i * i; return s.ToArray(); });
        T("foreach span", () => { int sum = 0; foreach (ref int x in a.AsSpan()) { x++; sum += x; } return sum; });
        T("Split chars", () => { var r = new List<string>(); foreach (var range in "a,b,,c".AsSpan().Split(',')) r.Add("a,b,,c"[range]); return r; });
        T("Split destination", () => { Span<Range> d = stackalloc Range[3]; int n = "a, b ,, c,d".AsSpan().Split(d, ',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries); var r = new List<string>(); for (int i = 0; i < n; i++) r.Add("[" + "a, b ,, c,d"[d[i]] + "]"); return r; });
        T("SplitAny", () => { var r = new List<string>(); foreach (var range in "a b;c".AsSpan().SplitAny(" ;")) r.Add("a b;c"[range]); return r; });
        T("EnumerateLines", () => { var r = new List<string>(); foreach (var line in "one\r\ntwo\nthree\rfour".AsSpan().EnumerateLines()) r.Add(line.ToString()); return r; });
        T("ToUpper/Lower", () => { var d = new char[5]; int n = "HeLLo".AsSpan().ToLowerInvariant(d); int m = "ab".AsSpan().ToUpperInvariant(new char[1]); return n + new string(d) + " " + m; });
        T("string compares", () => "abc".AsSpan().Equals("ABC", StringComparison.OrdinalIgnoreCase) + " " + "abc".AsSpan().CompareTo("abd", StringComparison.Ordinal) + " " + "hello".AsSpan().IndexOf("LL", StringComparison.OrdinalIgnoreCase) + " " + "hello".AsSpan().LastIndexOf("l".AsSpan(), StringComparison.Ordinal) + " " + "hello".AsSpan().Contains("ELL", StringComparison.OrdinalIgnoreCase) + " " + "  ".AsSpan().IsWhiteSpace());
        T("Memory", () => { var m = a.AsMemory(2, 3); var ro = (ReadOnlyMemory<int>)m; return m.Length + " " + ro.Span[0] + " " + m.ToString() + " " + ro.ToString() + " " + "abc".AsMemory().ToString() + " " + m.Slice(1).Span[0] + " " + a.AsMemory(^2).Length + " " + a.AsMemory(1..3).Length; });
        T("Memory from segment", () => { var seg = new ArraySegment<int>(a, 1, 3); Memory<int> m = seg; return m.Span[0] + " " + seg.AsSpan(1).Length + " " + seg.AsMemory(1, 1).Span[0] + " " + seg.Count + " " + seg[2] + " " + Show(seg.Slice(1).ToArray()); });
        T("ArraySegment bad", () => new ArraySegment<int>(a, 5, 5).Count);
        T("Memory bad", () => a.AsMemory(3, 9).Length);
        T("MemoryMarshal", () => { var s = System.Runtime.InteropServices.MemoryMarshal.Cast<int, byte>(new[] { 1, 2 }.AsSpan()); return s.Length; });
        T("ArrayPool", () => { var p = ArrayPool<int>.Shared; var r1 = p.Rent(10); var r2 = p.Rent(17); var r3 = p.Rent(1); p.Return(r1); p.Return(r2, true); return (r1.Length >= 10) + " " + (r2.Length >= 17) + " " + (r3.Length >= 1) + " " + p.Rent(0).Length; });
        T("ArrayPool bad", () => ArrayPool<int>.Shared.Rent(-1).Length);
        T("ArrayPool Create", () => { var p = ArrayPool<byte>.Create(); var x = p.Rent(100); p.Return(x); return x.Length >= 100; });
        T("ArrayPool return foreign", () => { ArrayPool<int>.Shared.Return(new int[3]); return "ok"; });
        T("ArrayPool return null", () => { ArrayPool<int>.Shared.Return(null); return "ok"; });
        return 0;
    }
}
