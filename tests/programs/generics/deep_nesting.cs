// Deeply nested and recursive instantiations: List<List<...>>, a generic type
// instantiated over itself, and a recursion that builds a new instantiation at
// each level (bounded here, so the program terminates).
using System;
using System.Collections.Generic;

class Node<T>
{
    public T Value;
    public Node<Node<T>> Wrap() => new Node<Node<T>> { Value = this };
    public override string ToString() => "N(" + Value + ")";
}

class Program
{
    static string Nest<T>(T value, int depth)
    {
        if (depth == 0)
            return typeof(T).Name + ":" + value;
        return Nest(new Node<T> { Value = value }, depth - 1);
    }

    static int Main()
    {
        var lll = new List<List<List<int>>>();
        for (int i = 0; i < 3; i++)
        {
            var ll = new List<List<int>>();
            for (int j = 0; j <= i; j++)
                ll.Add(new List<int> { i, j, i * j });
            lll.Add(ll);
        }
        int sum = 0;
        foreach (var ll in lll)
            foreach (var l in ll)
                foreach (var v in l)
                    sum += v;
        Console.WriteLine("sum " + sum);
        var n = new Node<int> { Value = 1 };
        var w = n.Wrap().Wrap().Wrap();
        Console.WriteLine(w + " " + w.GetType().Name);
        Console.WriteLine(Nest(5, 6));
        var d = new Dictionary<string, Dictionary<int, List<string>>>();
        d["a"] = new Dictionary<int, List<string>> { [1] = new List<string> { "x", "y" } };
        Console.WriteLine(d["a"][1][1]);
        return 0;
    }
}
