// Interface methods on generic types: a generic class implementing a generic
// interface, called through the interface from shared generic code.
using System;
using System.Collections.Generic;

interface IBag<T>
{
    void Add(T x);
    int Count { get; }
    T First();
}

class Bag<T> : IBag<T>
{
    private readonly List<T> items = new List<T>();
    public void Add(T x) => items.Add(x);
    public int Count => items.Count;
    public T First() => items[0];
}

class SortedBag<T> : IBag<T> where T : IComparable<T>
{
    private readonly List<T> items = new List<T>();
    public void Add(T x)
    {
        int i = 0;
        while (i < items.Count && items[i].CompareTo(x) < 0)
            i++;
        items.Insert(i, x);
    }
    public int Count => items.Count;
    public T First() => items[0];
}

class Program
{
    static string Fill<T>(IBag<T> bag, params T[] xs)
    {
        foreach (T x in xs)
            bag.Add(x);
        return bag.GetType().Name + " count " + bag.Count + " first " + bag.First();
    }

    static int Main()
    {
        Console.WriteLine(Fill(new Bag<int>(), 5, 3, 9));
        Console.WriteLine(Fill(new SortedBag<int>(), 5, 3, 9));
        Console.WriteLine(Fill(new Bag<string>(), "m", "c", "x"));
        Console.WriteLine(Fill(new SortedBag<string>(), "m", "c", "x"));
        Console.WriteLine(Fill<double>(new SortedBag<double>(), 2.5, -1.5));
        return 0;
    }
}
