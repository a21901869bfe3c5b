// Iterators calling iterators: recursion over a tree, and a pipeline of lazy
// stages where each stage pulls from the previous one on demand.
using System;
using System.Collections.Generic;

class Tree
{
    public int Value;
    public Tree Left, Right;
    public IEnumerable<int> InOrder()
    {
        if (Left != null)
            foreach (int v in Left.InOrder())
                yield return v;
        yield return Value;
        if (Right != null)
            foreach (int v in Right.InOrder())
                yield return v;
    }
}

class Program
{
    static Tree Insert(Tree t, int v)
    {
        if (t == null)
            return new Tree { Value = v };
        if (v < t.Value)
            t.Left = Insert(t.Left, v);
        else
            t.Right = Insert(t.Right, v);
        return t;
    }

    static IEnumerable<int> Source()
    {
        for (int i = 1; ; i++)
        {
            Console.Write("s" + i + " ");
            yield return i;
        }
    }

    static IEnumerable<int> Where(IEnumerable<int> src, Func<int, bool> p)
    {
        foreach (int x in src)
            if (p(x))
                yield return x;
    }

    static IEnumerable<int> Take(IEnumerable<int> src, int n)
    {
        if (n <= 0)
            yield break;
        foreach (int x in src)
        {
            yield return x;
            if (--n == 0)
                yield break;
        }
    }

    static int Main()
    {
        Tree t = null;
        foreach (int v in new[] { 50, 30, 70, 20, 40, 60, 80, 35 })
            t = Insert(t, v);
        Console.WriteLine(string.Join(" ", t.InOrder()));
        foreach (int x in Take(Where(Source(), x => x % 3 == 0), 3))
            Console.Write("[" + x + "] ");
        Console.WriteLine();
        return 0;
    }
}
