// collections: the generic collections and LINQ at work — List<T> (add, sort, binary
// search, remove), Dictionary<TKey, TValue>, HashSet<T>, Queue<T>, Stack<T>, and LINQ
// queries (Where, Select, OrderBy, GroupBy, Distinct, Aggregate ...), N rounds over a
// few thousand pseudo-random numbers. Prints a checksum of what the queries returned.
using System;
using System.Collections.Generic;
using System.Linq;

sealed class Item
{
    public int Id;
    public int Group;
    public long Value;
}

static class Collections
{
    static uint state = 2463534242;

    static int Next(int bound)
    {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        return (int)(state % (uint)bound);
    }

    static long Round(int size)
    {
        long check = 0;

        var list = new List<int>();
        for (int i = 0; i < size; i++)
            list.Add(Next(100000));
        list.Sort();
        for (int i = 0; i < 200; i++)
            check += list.BinarySearch(Next(100000)) >= 0 ? 1 : 0;
        list.RemoveAll(x => x % 10 == 0);
        check += list.Count + list[list.Count / 2];

        var freq = new Dictionary<int, int>();
        foreach (int x in list)
        {
            int c;
            freq.TryGetValue(x % 97, out c);
            freq[x % 97] = c + 1;
        }
        for (int k = 0; k < 97; k++)
        {
            int c;
            if (freq.TryGetValue(k, out c))
                check += (long)k * c;
        }

        var set = new HashSet<int>(list);
        for (int i = 0; i < 500; i++)
            if (set.Contains(Next(100000)))
                check++;

        var queue = new Queue<int>();
        var stack = new Stack<int>();
        for (int i = 0; i < 300; i++)
        {
            queue.Enqueue(list[i % list.Count]);
            stack.Push(i);
            if ((i & 3) == 3)
                check += queue.Dequeue() - stack.Pop();
        }

        var items = new List<Item>();
        for (int i = 0; i < size / 4; i++)
            items.Add(new Item { Id = i, Group = Next(13), Value = Next(1000) });

        check += list.Where(x => (x & 1) == 0).Select(x => (long)x / 3).Sum();
        check += list.Distinct().Count();
        check += items.OrderBy(it => it.Value).ThenByDescending(it => it.Id).Take(5).Sum(it => it.Id);
        check += items.GroupBy(it => it.Group)
                      .Select(g => g.Key * 1000L + g.Count() + g.Max(it => it.Value))
                      .Sum();
        check += items.Where(it => it.Value > 900).Select(it => it.Id).Aggregate(0L, (a, id) => a * 31 % 1000003 + id);
        var byId = items.ToDictionary(it => it.Id);
        check += byId.ContainsKey(size / 8) ? byId[size / 8].Value : -1;
        check += items.Any(it => it.Value == 999) ? 7 : 0;
        check += items.All(it => it.Group < 13) ? 11 : 0;
        int[] top = list.OrderByDescending(x => x).Take(3).ToArray();
        check += top[0] + top[1] + top[2];
        return check;
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 10;
        long check = 0;
        for (int r = 0; r < n; r++)
            check = check * 7 % 1000000007 + Round(2000);
        Console.WriteLine("rounds " + n + " check " + check);
    }
}
