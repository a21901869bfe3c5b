// List<T>: Add, Insert, Remove, RemoveAt, IndexOf, Contains, Count, Capacity
// growth, Sort, Reverse, indexer errors.
using System;
using System.Collections.Generic;

class Program
{
    static string S<T>(List<T> l) => "[" + string.Join(",", l) + "]";

    static int Main()
    {
        var l = new List<int>();
        for (int i = 0; i < 10; i++)
            l.Add(i * 3 % 7);
        Console.WriteLine(S(l) + " count " + l.Count);
        l.Insert(0, 100);
        l.Insert(5, 200);
        Console.WriteLine("insert " + S(l));
        l.Remove(200);
        l.RemoveAt(0);
        Console.WriteLine("remove " + S(l) + " Remove(99) " + l.Remove(99));
        Console.WriteLine("IndexOf 4 " + l.IndexOf(4) + ", Contains 6 " + l.Contains(6) + ", Contains 7 " + l.Contains(7));
        l.Sort();
        Console.WriteLine("sorted " + S(l));
        l.Reverse();
        Console.WriteLine("reversed " + S(l));
        l.RemoveAll(x => x % 2 == 0);
        Console.WriteLine("odd only " + S(l));
        try
        {
            Console.WriteLine(l[l.Count]);
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("l[Count]: ArgumentOutOfRangeException");
        }
        var strs = new List<string>(new[] { "b", "a", "c" });
        strs.Sort(string.CompareOrdinal);
        strs.AddRange(new[] { "d", "e" });
        Console.WriteLine(S(strs) + " first " + strs[0] + " last " + strs[^1]);
        strs.Clear();
        Console.WriteLine("cleared " + strs.Count);
        var big = new List<long>();
        for (int i = 0; i < 100000; i++)
            big.Add(i);
        Console.WriteLine("big " + big.Count + " " + big[99999] + " capacity >= count " + (big.Capacity >= big.Count));
        return 0;
    }
}
