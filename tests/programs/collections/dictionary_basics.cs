// Dictionary<TKey,TValue>: add, overwrite, TryGetValue, ContainsKey, Remove,
// KeyNotFoundException, duplicate Add, counting words. Output is sorted so it
// does not depend on enumeration order.
using System;
using System.Collections.Generic;

class Program
{
    static int Main()
    {
        var d = new Dictionary<string, int>();
        d["one"] = 1;
        d["two"] = 2;
        d.Add("three", 3);
        d["two"] = 22;
        Console.WriteLine("count " + d.Count + " two " + d["two"]);
        Console.WriteLine("TryGetValue " + d.TryGetValue("three", out int v3) + " " + v3 + ", missing " + d.TryGetValue("four", out int v4) + " " + v4);
        Console.WriteLine("ContainsKey one " + d.ContainsKey("one") + ", Remove one " + d.Remove("one") + ", again " + d.Remove("one"));
        try
        {
            Console.WriteLine(d["nope"]);
        }
        catch (KeyNotFoundException)
        {
            Console.WriteLine("missing key: KeyNotFoundException");
        }
        try
        {
            d.Add("two", 2);
        }
        catch (ArgumentException)
        {
            Console.WriteLine("duplicate Add: ArgumentException");
        }
        var words = "a b c a b a d e d a".Split(' ');
        var count = new Dictionary<string, int>();
        foreach (var w in words)
            count[w] = count.TryGetValue(w, out int c) ? c + 1 : 1;
        var keys = new List<string>(count.Keys);
        keys.Sort(string.CompareOrdinal);
        foreach (var k in keys)
            Console.Write(k + "=" + count[k] + " ");
        Console.WriteLine();
        var byInt = new Dictionary<int, string>();
        for (int i = 0; i < 10000; i++)
            byInt[i * 7] = "v" + i;
        Console.WriteLine("int keys " + byInt.Count + " " + byInt[69993] + " " + byInt.ContainsKey(5));
        return 0;
    }
}
