// Concurrent collections (used from one thread), ArrayPool, CollectionsMarshal,
// ReadOnlyDictionary, ObservableCollection and BitArray.
using System;
using System.Buffers;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Runtime.InteropServices;

class Program
{
    static int Main()
    {
        var cd = new ConcurrentDictionary<int, string>();
        foreach (int k in new[] { 40, 5, 36, 31, 0, 70, 1, 100 }) cd[k] = "v" + k;
        Console.WriteLine("order " + string.Join(",", cd.Keys) + " | " + string.Join(",", cd.Select(kv => kv.Value)));
        Console.WriteLine(cd.TryAdd(5, "x") + " " + cd.TryAdd(6, "six") + " " + cd.GetOrAdd(7, k => "seven") + " " + cd.GetOrAdd(7, "other") + " " + cd.AddOrUpdate(5, "new", (k, v) => v + "!") + " " + cd.AddOrUpdate(8, "eight", (k, v) => v + "!"));
        Console.WriteLine(cd.TryUpdate(6, "SIX", "six") + " " + cd.TryUpdate(6, "no", "six") + " " + cd[6] + " " + cd.TryRemove(100, out string removed) + removed + " " + cd.TryRemove(100, out _) + " " + cd.ContainsKey(31) + " " + cd.Count + " " + cd.IsEmpty);
        for (int i = 0; i < 500; i++) cd.TryAdd(i * 3, "n" + i);
        Console.WriteLine("grown " + cd.Count + " sum " + cd.Keys.Sum() + " sorted head " + string.Join(",", cd.Keys.Order().Take(8)));
        try { _ = cd[-1]; } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
        var words = new ConcurrentDictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var w in "a B b A c a".Split(' ')) words.AddOrUpdate(w, 1, (k, v) => v + 1);
        Console.WriteLine(string.Join(" ", words.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key + "=" + kv.Value)));

        var cq = new ConcurrentQueue<int>(new[] { 1, 2 });
        cq.Enqueue(3);
        Console.WriteLine(cq.TryDequeue(out int q) + " " + q + " " + cq.TryPeek(out int p) + " " + p + " " + string.Join(",", cq) + " " + cq.Count);
        var cs = new ConcurrentStack<int>();
        cs.PushRange(new[] { 1, 2, 3 });
        var popped = new int[2];
        Console.WriteLine(cs.TryPopRange(popped) + " " + string.Join(",", popped) + " " + string.Join(",", cs) + " " + cs.TryPop(out int s) + s + " " + cs.TryPop(out _));
        var bag = new ConcurrentBag<string> { "x", "y" };
        bag.Add("z");
        Console.WriteLine(string.Join(",", bag) + " " + bag.TryTake(out string t) + t + " " + bag.Count);

        var pool = ArrayPool<byte>.Shared;
        byte[] a = pool.Rent(100);
        Console.WriteLine("rent " + (a.Length >= 100) + " " + pool.Rent(0).Length);
        pool.Return(a);

        var list = new List<int> { 1, 2, 3 };
        Span<int> span = CollectionsMarshal.AsSpan(list);
        span[1] = 20;
        CollectionsMarshal.SetCount(list, 5);
        Console.WriteLine(string.Join(",", list));
        var counts = new Dictionary<string, int>();
        foreach (var w in "to be or not to be".Split(' ')) CollectionsMarshal.GetValueRefOrAddDefault(counts, w, out _)++;
        Console.WriteLine(string.Join(" ", counts.Select(kv => kv.Key + kv.Value)));
        ref int missing = ref CollectionsMarshal.GetValueRefOrNullRef(counts, "zz");
        Console.WriteLine(System.Runtime.CompilerServices.Unsafe.IsNullRef(ref missing));

        var rod = new ReadOnlyDictionary<string, int>(counts);
        Console.WriteLine(rod["be"] + " " + rod.Count + " " + rod.ContainsKey("or") + " " + string.Join(",", rod.Keys));
        try { ((IDictionary<string, int>)rod).Add("x", 1); } catch (NotSupportedException e) { Console.WriteLine(e.Message); }

        var oc = new ObservableCollection<string>();
        oc.CollectionChanged += (sender, e) => Console.WriteLine($"  {e.Action} new={(e.NewItems == null ? "-" : e.NewItems[0])} old={(e.OldItems == null ? "-" : e.OldItems[0])} at {e.NewStartingIndex}/{e.OldStartingIndex}");
        ((System.ComponentModel.INotifyPropertyChanged)oc).PropertyChanged += (sender, e) => Console.WriteLine("  property " + e.PropertyName);
        oc.Add("a"); oc.Add("b"); oc[0] = "A"; oc.Move(0, 1); oc.RemoveAt(0); oc.Clear();

        var bits = new BitArray(10);
        bits[1] = bits[3] = bits[9] = true;
        var other = new BitArray(new[] { true, true, false, false, true, true, false, false, true, true });
        Console.WriteLine(Bits(bits) + " " + Bits(((BitArray)bits.Clone()).And(other)) + " " + Bits(((BitArray)bits.Clone()).Or(other)) + " " + Bits(((BitArray)bits.Clone()).Xor(other)) + " " + Bits(((BitArray)bits.Clone()).Not()));
        var fromBytes = new BitArray(new byte[] { 0x81, 0x02 });
        Console.WriteLine(Bits(fromBytes) + " " + fromBytes.Count + " " + bits.HasAnySet() + " " + new BitArray(3, true).HasAllSet());
        var ints = new int[1];
        bits.CopyTo(ints, 0);
        Console.WriteLine(ints[0] + " " + Bits(((BitArray)bits.Clone()).LeftShift(2)) + " " + Bits(((BitArray)bits.Clone()).RightShift(1)));
        return 0;
    }

    static string Bits(BitArray b) { var sb = new System.Text.StringBuilder(); foreach (bool x in b) sb.Append(x ? '1' : '0'); return sb.ToString(); }
}
