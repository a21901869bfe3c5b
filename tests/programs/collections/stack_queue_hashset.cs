// Stack<T>, Queue<T> and HashSet<T> basics, with deterministic output.
using System;
using System.Collections.Generic;

class Program
{
    static int Main()
    {
        var st = new Stack<int>();
        for (int i = 0; i < 5; i++)
            st.Push(i);
        Console.Write("stack pops:");
        while (st.Count > 0)
            Console.Write(" " + st.Pop());
        Console.WriteLine();
        var q = new Queue<string>();
        q.Enqueue("a"); q.Enqueue("b"); q.Enqueue("c");
        Console.WriteLine("queue peek " + q.Peek() + " dequeue " + q.Dequeue() + " count " + q.Count);
        try
        {
            new Stack<int>().Pop();
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("empty Pop: InvalidOperationException");
        }
        var set = new HashSet<int>();
        int dupes = 0;
        foreach (int x in new[] { 3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5 })
            if (!set.Add(x))
                dupes++;
        var sorted = new List<int>(set);
        sorted.Sort();
        Console.WriteLine("set " + string.Join(",", sorted) + " dupes " + dupes + " contains 9 " + set.Contains(9));
        return 0;
    }
}
