// List<T>: argument checks and their messages, enumeration after changes, the search,
// range, conversion and sort members, and the non-generic IList view.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
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

    static int Main()
    {
        var l = new List<int> { 5, 3, 8, 1, 9, 2 };
        T("indexer", () => l[6]);
        T("indexer neg", () => l[-1]);
        A("set out of range", () => l[6] = 1);
        A("Insert bad", () => l.Insert(7, 1));
        T("Insert end", () => { l.Insert(6, 10); return l; });
        A("RemoveAt bad", () => l.RemoveAt(7));
        A("RemoveRange bad", () => l.RemoveRange(5, 3));
        A("RemoveRange neg", () => l.RemoveRange(-1, 1));
        A("GetRange bad", () => l.GetRange(2, 10));
        A("InsertRange bad", () => l.InsertRange(9, new[] { 1 }));
        A("InsertRange null", () => l.InsertRange(0, null));
        A("AddRange null", () => l.AddRange(null));
        T("InsertRange self", () => { var x = new List<int> { 1, 2, 3 }; x.InsertRange(1, x); return x; });
        T("AddRange self", () => { var x = new List<int> { 1, 2 }; x.AddRange(x); return x; });
        A("CopyTo short", () => l.CopyTo(new int[3]));
        A("CopyTo range bad", () => l.CopyTo(1, new int[10], 0, 7));
        A("modify during foreach", () => { foreach (var x in l) l.Add(x); });
        A("set during foreach", () => { foreach (var x in l) l[0] = x; });
        A("Sort during foreach", () => { foreach (var x in l) l.Sort(); });
        A("ForEach modifying", () => l.ForEach(x => l.Add(1)));
        T("after", () => l);
        T("Capacity", () => { var x = new List<int>(); var c0 = x.Capacity; x.Add(1); var c1 = x.Capacity; for (int i = 0; i < 4; i++) x.Add(i); var c2 = x.Capacity; x.TrimExcess(); return c0 + " " + c1 + " " + c2 + " " + x.Capacity; });
        A("Capacity too small", () => { var x = new List<int> { 1, 2, 3 }; x.Capacity = 2; });
        T("EnsureCapacity", () => { var x = new List<int> { 1 }; return x.EnsureCapacity(3) + " " + x.EnsureCapacity(10) + " " + x.EnsureCapacity(2); });
        A("ctor neg", () => new List<int>(-5));
        T("IndexOf", () => l.IndexOf(9) + " " + l.IndexOf(9, 5) + " " + l.IndexOf(3, 0, 2) + " " + l.LastIndexOf(1) + " " + l.LastIndexOf(5, 3) + " " + l.LastIndexOf(8, 4, 2));
        A("IndexOf bad", () => l.IndexOf(1, 8));
        A("IndexOf bad count", () => l.IndexOf(1, 2, 9));
        A("LastIndexOf bad", () => l.LastIndexOf(1, 8));
        T("LastIndexOf empty", () => new List<int>().LastIndexOf(1) + " " + new List<int>().LastIndexOf(1, 0) + " " + new List<int>().LastIndexOf(1, -1));
        T("Find", () => l.Find(x => x > 5) + " " + l.FindIndex(x => x > 5) + " " + l.FindLast(x => x < 3) + " " + l.FindLastIndex(x => x < 3) + " " + l.Find(x => x > 100) + " " + l.FindIndex(2, x => x == 1) + " " + l.FindIndex(0, 2, x => x == 1) + " " + l.FindLastIndex(2, x => x > 4) + " " + l.FindLastIndex(4, 2, x => x > 100));
        A("FindIndex bad", () => l.FindIndex(9, x => true));
        A("FindLastIndex bad", () => l.FindLastIndex(9, x => true));
        A("Find null", () => l.Find(null));
        T("FindAll/Exists/TrueForAll", () => Show(l.FindAll(x => x % 2 == 0)) + " " + l.Exists(x => x == 9) + " " + l.TrueForAll(x => x > 0));
        T("RemoveAll", () => { var x = new List<int> { 1, 2, 3, 4, 5, 6 }; return x.RemoveAll(v => v % 3 != 0) + " " + Show(x); });
        T("ConvertAll", () => l.ConvertAll(x => "n" + x));
        T("Reverse range", () => { var x = new List<int> { 1, 2, 3, 4, 5 }; x.Reverse(1, 3); return x; });
        A("Reverse bad", () => new List<int> { 1, 2 }.Reverse(1, 3));
        T("Sort range", () => { var x = new List<int> { 9, 8, 7, 6, 5, 4 }; x.Sort(1, 3, null); return x; });
        T("Sort comparison", () => { var x = new List<string> { "bb", "a", "ccc", "dd", "e" }; x.Sort((a, b) => a.Length - b.Length); return x; });
        A("Sort bad comparer", () => { var x = new List<int> { 3, 1, 2 }; x.Sort((a, b) => throw new FormatException("cmp")); });
        A("Sort not comparable", () => { var x = new List<object> { new object(), new object() }; x.Sort(); });
        T("BinarySearch", () => { var x = new List<int> { 1, 3, 5, 7 }; return x.BinarySearch(5) + " " + x.BinarySearch(4) + " " + x.BinarySearch(0) + " " + x.BinarySearch(9) + " " + x.BinarySearch(1, 2, 7, null); });
        T("Slice", () => l.Slice(1, 2));
        T("ToArray", () => l.ToArray().Length);
        T("Contains null", () => new List<string> { "a", null }.Contains(null) + " " + new List<string> { "a", null }.IndexOf(null));
        T("Remove", () => { var x = new List<string> { "a", "b", "a" }; return x.Remove("a") + " " + x.Remove("z") + " " + Show(x); });
        T("AsReadOnly", () => { var ro = l.AsReadOnly(); l.Add(77); return ro.Count + " " + ro[ro.Count - 1]; });
        A("ReadOnlyCollection Add", () => ((IList<int>)l.AsReadOnly()).Add(1));
        A("ReadOnlyCollection null", () => new ReadOnlyCollection<int>(null));
        T("ReadOnlyCollection Empty", () => ReadOnlyCollection<int>.Empty.Count);

        IList il = new List<int> { 1, 2 };
        T("IList Add", () => il.Add(3) + " " + il.Count);
        A("IList Add wrong", () => il.Add("x"));
        A("IList set wrong", () => il[0] = "x");
        A("IList Add null", () => il.Add(null));
        T("IList Contains wrong", () => il.Contains("x") + " " + il.IndexOf("x") + " " + il.Contains(2));
        A("IList Insert wrong", () => il.Insert(0, 2.5));
        T("IList Remove wrong", () => { il.Remove("x"); return il.Count; });
        T("IList null-able", () => { IList s = new List<string>(); s.Add(null); return s.Count + " " + s.IsFixedSize + " " + s.IsReadOnly + " " + ((ICollection)s).IsSynchronized; });
        T("ICollection CopyTo", () => { var arr = new object[4]; ((ICollection)new List<int> { 1, 2 }).CopyTo(arr, 1); return arr.Select(o => o ?? "_"); });
        A("ICollection CopyTo wrong type", () => ((ICollection)new List<int> { 1, 2 }).CopyTo(new string[4], 0));
        A("ICollection CopyTo rank 2", () => ((ICollection)new List<int> { 1, 2 }).CopyTo(new int[2, 2], 0));

        IEnumerator en = new List<int> { 1 }.GetEnumerator();
        A("Current before", () => { var c = en.Current; });
        A("Current after", () => { en.MoveNext(); en.MoveNext(); var c = en.Current; });
        T("generic Current after", () => { var e = new List<int> { 4 }.GetEnumerator(); e.MoveNext(); e.MoveNext(); return e.Current; });
        T("Reset", () => { en.Reset(); return en.MoveNext() + " " + en.Current; });

        var big = new List<int>();
        for (int i = 0; i < 1000; i++) big.Add(i * 7919 % 1009);
        big.Sort();
        T("big sorted", () => big[0] + " " + big[500] + " " + big[999] + " " + big.BinarySearch(500));
        big.Sort((a, b) => b.CompareTo(a));
        T("big desc", () => big[0] + " " + big[999]);
        var strs = new List<string> { "b", "B", "a", "A", "_", "1", "ä", "Z", "z", "" };
        strs.Sort();
        T("string sort default", () => strs);
        strs.Sort(StringComparer.Ordinal);
        T("string sort ordinal", () => strs);
        strs.Sort(StringComparer.OrdinalIgnoreCase);
        T("string sort ignorecase", () => strs);
        return 0;
    }
}
