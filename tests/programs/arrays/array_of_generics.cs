// Arrays whose element type is generic or a type parameter: T[] created in
// generic code, List<T>[] and arrays of generic structs.
using System;
using System.Collections.Generic;

struct Box<T> { public T V; }

class Program
{
    static T[] Fill<T>(int n, Func<int, T> f)
    {
        var a = new T[n];
        for (int i = 0; i < n; i++)
            a[i] = f(i);
        return a;
    }

    static int Main()
    {
        var ints = Fill(5, i => i * i);
        var strs = Fill(3, i => new string('*', i + 1));
        var boxes = Fill(3, i => new Box<long> { V = (long)i << 40 });
        Console.WriteLine(string.Join(",", ints) + " " + string.Join(",", strs) + " " + boxes[2].V);
        var lists = new List<int>[3];
        for (int i = 0; i < lists.Length; i++)
        {
            lists[i] = new List<int>();
            for (int j = 0; j <= i; j++)
                lists[i].Add(j);
        }
        Console.WriteLine(lists[2].Count + " " + lists[2][2]);
        Box<string>[] sb = new Box<string>[2];
        sb[1].V = "boxed string";
        Console.WriteLine(sb[1].V + " " + (sb[0].V == null));
        Console.WriteLine(ints.GetType().Name + " " + boxes.GetType().Name);
        return 0;
    }
}
