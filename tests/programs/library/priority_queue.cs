// PriorityQueue<TElement, TPriority>: .NET's dequeue order, including among equal priorities
// (a 4-ary min-heap), EnqueueRange/heapify, EnqueueDequeue, DequeueEnqueue, Remove, UnorderedItems.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static string Drain<TE, TP>(PriorityQueue<TE, TP> q)
    {
        var parts = new List<string>();
        while (q.TryDequeue(out TE e, out TP p)) parts.Add(e + ":" + p);
        return string.Join(" ", parts);
    }

    static int Main()
    {
        var q = new PriorityQueue<string, int>();
        string[] names = { "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t" };
        for (int i = 0; i < names.Length; i++) q.Enqueue(names[i], (i * 7) % 4);
        Console.WriteLine("count " + q.Count + " peek " + q.Peek());
        Console.WriteLine("unordered " + string.Join(",", q.UnorderedItems.Select(x => x.Element + x.Priority)));
        Console.WriteLine(Drain(q));

        var q2 = new PriorityQueue<int, int>(Enumerable.Range(0, 30).Select(i => (i, (i * 13) % 5)));
        Console.WriteLine("heapified " + string.Join(",", q2.UnorderedItems.Select(x => x.Element)));
        Console.WriteLine(Drain(q2));

        var q3 = new PriorityQueue<string, int>();
        q3.EnqueueRange(new[] { ("x", 3), ("y", 1), ("z", 3), ("w", 1), ("v", 2) });
        q3.EnqueueRange(new[] { "p", "q", "r" }, 1);
        Console.WriteLine("EnqueueDequeue " + q3.EnqueueDequeue("low", 0) + " " + q3.EnqueueDequeue("high", 9));
        Console.WriteLine("DequeueEnqueue " + q3.DequeueEnqueue("mid", 2));
        Console.WriteLine("Remove " + q3.Remove("z", out string re, out int rp) + " " + re + rp + " " + q3.Remove("nope", out _, out _));
        Console.WriteLine(Drain(q3));

        var maxq = new PriorityQueue<string, int>(Comparer<int>.Create((a, b) => b.CompareTo(a)));
        foreach (var w in "the quick brown fox jumps over the lazy dog".Split(' ')) maxq.Enqueue(w, w.Length);
        Console.WriteLine(Drain(maxq));

        var rnd = new Random(42);
        var big = new PriorityQueue<int, int>();
        for (int i = 0; i < 500; i++) big.Enqueue(i, rnd.Next(20));
        long hash = 17;
        int prevP = -1;
        bool sorted = true;
        while (big.Count > 0)
        {
            big.TryPeek(out int pe, out int pp);
            int e = big.Dequeue();
            if (e != pe || pp < prevP) sorted = false;
            prevP = pp;
            hash = hash * 31 + e;
        }
        Console.WriteLine("big sorted " + sorted + " order hash " + hash);
        Console.WriteLine("ensure " + (big.EnsureCapacity(10) >= 10));
        try { big.Dequeue(); } catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        try { big.Peek(); } catch (InvalidOperationException ex) { Console.WriteLine(ex.Message); }
        Console.WriteLine(big.TryDequeue(out _, out _) + " " + big.TryPeek(out _, out _));
        q.Enqueue("again", 1); q.Clear(); Console.WriteLine("cleared " + q.Count);
        return 0;
    }
}
