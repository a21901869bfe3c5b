// List<T> over a struct with references and over a class: growth moves the
// elements; references inside them must survive.
using System;
using System.Collections.Generic;

struct Entry
{
    public string Key;
    public int[] Values;
}

class Program
{
    static int Main()
    {
        var list = new List<Entry>();
        for (int i = 0; i < 3000; i++)
            list.Add(new Entry { Key = "k" + i, Values = new[] { i, i * 2 } });
        long sum = 0;
        foreach (var e in list)
            sum += e.Values[0] + e.Values[1] + e.Key.Length;
        Console.WriteLine("sum " + sum + " last " + list[2999].Key);
        var nested = new List<List<string>>();
        for (int i = 0; i < 100; i++)
        {
            var inner = new List<string>();
            for (int j = 0; j < i % 5; j++)
                inner.Add(i + "." + j);
            nested.Add(inner);
        }
        int count = 0;
        foreach (var inner in nested)
            count += inner.Count;
        Console.WriteLine("nested count " + count + " sample " + nested[99][3]);
        return 0;
    }
}
