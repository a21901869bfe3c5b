// System.Collections.Generic.OrderedDictionary<TKey,TValue> (.NET 9): insertion order kept,
// access by key and by index, Insert/RemoveAt/SetAt renumbering, Keys/Values views, comparers,
// the collection interfaces, capacity, and the exceptions .NET throws.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static string Show<TK, TV>(OrderedDictionary<TK, TV> d) => "{" + string.Join(", ", d.Select(kv => $"{kv.Key}={kv.Value}")) + "}";

    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine($"{what}: {f()}"); }
        catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().Name}: {e.Message}"); }
    }

    static int Main()
    {
        var d = new OrderedDictionary<string, int>();
        d.Add("one", 1);
        d.Add("two", 2);
        d["three"] = 3;
        d.Add("zero", 0);
        Console.WriteLine(Show(d) + " count " + d.Count);
        d["two"] = 22;
        Console.WriteLine(Show(d));
        Console.WriteLine($"{d.IndexOf("three")} {d.IndexOf("none")} {d.GetAt(1)} {d.ContainsKey("one")} {d.ContainsValue(22)} {d.ContainsValue(2)}");
        d.Insert(0, "first", -1);
        d.Insert(d.Count, "last", 99);
        d.Insert(2, "mid", 50);
        Console.WriteLine(Show(d) + " " + d.IndexOf("zero"));
        d.RemoveAt(0);
        Console.WriteLine(d.Remove("mid") + " " + d.Remove("nope") + " " + d.Remove("three", out int v3) + " " + v3 + " " + Show(d));
        d.SetAt(0, 111);
        d.SetAt(1, "deux", 2);
        d.SetAt(1, "deux", 20);
        Console.WriteLine(Show(d) + " " + d.IndexOf("two") + " " + d.IndexOf("deux"));
        Console.WriteLine(d.TryAdd("one", 5) + " " + d.TryAdd("four", 4) + " " + d.TryAdd("four", 44, out int idx) + " " + idx + " " + d.TryAdd("five", 5, out idx) + " " + idx);
        Console.WriteLine(d.TryGetValue("four", out int got) + " " + got + " " + d.TryGetValue("six", out got) + " " + got);
        Console.WriteLine(d.TryGetValue("zero", out got, out idx) + " " + got + " " + idx + " " + d.TryGetValue("six", out got, out idx) + " " + idx);
        Console.WriteLine(string.Join(",", d.Keys) + " | " + string.Join(",", d.Values) + " | " + ((IList<string>)d.Keys)[2] + " " + ((IReadOnlyList<int>)d.Values)[2] + " " + d.Keys.Count + " " + d.Keys.Contains("four"));
        var ks = new string[d.Count + 1];
        d.Keys.CopyTo(ks, 1);
        Console.WriteLine(string.Join(",", ks.Select(k => k ?? "null")));

        var ci = new OrderedDictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Apple"] = "a", ["banana"] = "b" };
        ci["APPLE"] = "A";
        Console.WriteLine(Show(ci) + " " + ci.ContainsKey("BANANA") + " " + (ci.Comparer == StringComparer.OrdinalIgnoreCase));
        var fromDict = new OrderedDictionary<int, string>(new Dictionary<int, string> { [3] = "c", [1] = "a" });
        var fromSeq = new OrderedDictionary<int, string>(Enumerable.Range(1, 5).Select(i => KeyValuePair.Create(i * 10, new string('x', i))));
        Console.WriteLine(Show(fromDict) + " " + Show(fromSeq));

        IList<KeyValuePair<int, string>> list = fromSeq;
        Console.WriteLine(list[1] + " " + list.IndexOf(KeyValuePair.Create(30, "xxx")) + " " + list.IndexOf(KeyValuePair.Create(30, "no")));
        list.Insert(0, KeyValuePair.Create(5, "y"));
        list.RemoveAt(5);
        IDictionary<int, string> idict = fromSeq;
        Console.WriteLine(idict.Contains(KeyValuePair.Create(5, "y")) + " " + idict.Remove(KeyValuePair.Create(5, "z")) + " " + string.Join(",", idict.Keys) + " " + Show(fromSeq));
        IDictionary nong = fromSeq;
        nong[7] = "seven";
        Console.WriteLine(nong[7] + " " + (nong[8] == null) + " " + nong.Contains(20) + " " + nong.Contains("x"));
        foreach (DictionaryEntry e in nong) Console.Write(e.Key + ":" + e.Value + " ");
        Console.WriteLine();
        IReadOnlyList<KeyValuePair<int, string>> rol = fromSeq;
        Console.WriteLine(rol[rol.Count - 1]);

        var cap = new OrderedDictionary<int, int>();
        Console.Write("capacity " + cap.Capacity);
        for (int i = 0; i < 40; i++) { cap.Add(i, i); Console.Write(" " + cap.Capacity); }
        Console.WriteLine();
        Console.WriteLine(new OrderedDictionary<int, int>(10).Capacity + " " + cap.EnsureCapacity(100) + " " + cap.Capacity + " " + cap.EnsureCapacity(5));
        cap.TrimExcess();
        Console.Write(cap.Capacity + " ");
        cap.Clear();
        Console.WriteLine(cap.Count + " " + cap.Capacity);
        cap.TrimExcess();
        Console.WriteLine(cap.Capacity);

        var wd = new OrderedDictionary<string, int> { { "a", 1 }, { "b", 2 } };
        Try("duplicate Add", () => { wd.Add("a", 3); return 0; });
        Try("missing key", () => wd["zz"]);
        Try("null key", () => wd["x" == "y" ? "" : null]);
        Try("ContainsKey null", () => wd.ContainsKey(null));
        Try("GetAt 2", () => wd.GetAt(2));
        Try("GetAt -1", () => wd.GetAt(-1));
        Try("SetAt 5", () => { wd.SetAt(5, 1); return 0; });
        Try("SetAt dup key", () => { wd.SetAt(0, "b", 1); return 0; });
        Try("Insert 3", () => { wd.Insert(3, "c", 3); return 0; });
        Try("Insert dup", () => { wd.Insert(0, "b", 3); return 0; });
        Try("RemoveAt 2", () => { wd.RemoveAt(2); return 0; });
        Try("Keys[5]", () => ((IList<string>)wd.Keys)[5]);
        Try("capacity -1", () => new OrderedDictionary<int, int>(-1));
        Try("TrimExcess 1", () => { wd.TrimExcess(1); return 0; });
        Try("modified", () => { foreach (var kv in wd) wd["c"] = 3; return 0; });
        Try("modified value", () => { foreach (var kv in wd) wd["a"] = 5; return 0; });
        Try("keys readonly", () => { ((ICollection<string>)wd.Keys).Add("q"); return 0; });
        Try("values readonly", () => { ((ICollection<int>)wd.Values).Clear(); return 0; });
        Console.WriteLine(Show(wd));
        return 0;
    }
}
