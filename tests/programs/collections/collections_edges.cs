// Queue, Stack, LinkedList, SortedDictionary, SortedSet, SortedList and PriorityQueue at
// their edges: empty-collection exceptions and messages, enumerator states, version checks,
// capacity members, CopyTo/ToArray order and the interface views.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static void T(string label, Func<object> f)
    {
        try { Console.WriteLine(label + ": " + Show(f())); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().FullName + ": " + e.Message); }
    }
    static void A(string label, Action f) => T(label, () => { f(); return "ok"; });
    static string Show(object o) => o switch
    {
        null => "null",
        string s => s,
        IEnumerable e => "[" + string.Join(",", e.Cast<object>().Select(Show)) + "]",
        _ => o.ToString(),
    };
    static string CurrentStates(IEnumerable e)
    {
        var r = new List<string>();
        var en = e.GetEnumerator();
        try { r.Add(Show(en.Current)); } catch (Exception x) { r.Add(x.GetType().Name + ":" + x.Message); }
        while (en.MoveNext()) { }
        try { r.Add(Show(en.Current)); } catch (Exception x) { r.Add(x.GetType().Name + ":" + x.Message); }
        return string.Join(" | ", r);
    }

    static int Main()
    {
        var q = new Queue<int>();
        A("Queue Dequeue empty", () => q.Dequeue());
        A("Queue Peek empty", () => q.Peek());
        T("Queue TryDequeue empty", () => q.TryDequeue(out int x) + " " + x);
        T("Queue wrap", () => { var w = new Queue<int>(4); for (int i = 0; i < 4; i++) w.Enqueue(i); w.Dequeue(); w.Dequeue(); w.Enqueue(10); w.Enqueue(11); w.Enqueue(12); return Show(w) + " " + Show(w.ToArray()) + " " + w.Peek() + " " + w.Contains(11); });
        T("Queue CopyTo", () => { var w = new Queue<int>(new[] { 1, 2, 3 }); var a = new int[5]; w.CopyTo(a, 1); return a; });
        A("Queue modify during foreach", () => { var w = new Queue<int>(new[] { 1, 2 }); foreach (var x in w) w.Enqueue(x); });
        A("Queue dequeue during foreach", () => { var w = new Queue<int>(new[] { 1, 2 }); foreach (var x in w) w.Dequeue(); });
        T("Queue Current", () => CurrentStates(new Queue<int>(new[] { 1 })));
        T("Queue EnsureCapacity", () => { var w = new Queue<int>(); return w.EnsureCapacity(5) + " " + w.EnsureCapacity(1); });
        A("Queue neg capacity", () => new Queue<int>(-1));
        T("Queue TrimExcess", () => { var w = new Queue<int>(100); w.Enqueue(1); w.TrimExcess(); return w.Count; });

        var s = new Stack<string>();
        A("Stack Pop empty", () => s.Pop());
        A("Stack Peek empty", () => s.Peek());
        T("Stack TryPop", () => s.TryPop(out var x) + " " + (x ?? "null"));
        T("Stack order", () => { var w = new Stack<int>(new[] { 1, 2, 3 }); w.Push(4); var a = new int[6]; w.CopyTo(a, 1); return Show(w) + " " + Show(w.ToArray()) + " " + Show(a) + " " + w.Peek() + " " + w.Contains(2); });
        A("Stack modify during foreach", () => { var w = new Stack<int>(new[] { 1, 2 }); foreach (var x in w) w.Push(x); });
        T("Stack Current", () => CurrentStates(new Stack<int>(new[] { 1 })));
        T("Stack ICollection CopyTo", () => { var a = new object[3]; ((ICollection)new Stack<int>(new[] { 1, 2 })).CopyTo(a, 0); return a.Select(o => o ?? "_"); });

        var ll = new LinkedList<int>(new[] { 1, 2, 3 });
        A("LinkedList RemoveFirst empty", () => new LinkedList<int>().RemoveFirst());
        A("LinkedList RemoveLast empty", () => new LinkedList<int>().RemoveLast());
        A("LinkedList foreign node", () => ll.Remove(new LinkedListNode<int>(5)));
        A("LinkedList node of other list", () => new LinkedList<int>(new[] { 9 }).AddAfter(ll.First, 3));
        A("LinkedList add attached node", () => ll.AddLast(ll.First));
        A("LinkedList null node", () => ll.AddBefore(null, 1));
        T("LinkedList Find", () => ll.Find(2).Value + " " + (ll.Find(7) == null) + " " + ll.FindLast(3).Previous.Value);
        T("LinkedList remove value", () => ll.Remove(2) + " " + ll.Remove(2) + " " + Show(ll) + " " + ll.First.Next.Value + " " + (ll.Last.Next == null));
        A("LinkedList modify during foreach", () => { foreach (var x in ll) ll.AddLast(0); });
        T("LinkedList Current", () => CurrentStates(new LinkedList<int>(new[] { 1 })));
        T("LinkedList node after removal", () => { var n = ll.First; ll.RemoveFirst(); return (n.List == null) + " " + (n.Next == null) + " " + n.Value; });

        var sd = new SortedDictionary<int, string> { [3] = "c", [1] = "a", [2] = "b" };
        T("SortedDictionary missing", () => sd[9]);
        A("SortedDictionary dup", () => sd.Add(1, "x"));
        A("SortedDictionary null key", () => new SortedDictionary<string, int>().Add(null, 1));
        T("SortedDictionary Current", () => CurrentStates(sd));
        T("SortedDictionary Keys Current", () => CurrentStates(sd.Keys));
        A("SortedDictionary remove during foreach", () => { foreach (var kv in sd) sd.Remove(kv.Key); });
        T("SortedDictionary CopyTo", () => { var a = new KeyValuePair<int, string>[4]; sd.CopyTo(a, 1); return a; });
        T("SortedDictionary TryAdd", () => sd.TryAdd(1, "z") + " " + sd.TryAdd(0, "z") + " " + Show(sd));

        var ss = new SortedSet<int> { 5, 1, 3 };
        T("SortedSet empty Min/Max", () => new SortedSet<int>().Min + " " + new SortedSet<int>().Max + " " + new SortedSet<string>().Min);
        T("SortedSet Current", () => CurrentStates(ss));
        A("SortedSet modify during foreach", () => { foreach (var x in ss) ss.Add(x + 10); });
        A("SortedSet view bad", () => ss.GetViewBetween(5, 1));
        T("SortedSet view ops", () => { var v = ss.GetViewBetween(2, 12); return Show(v) + " " + v.Count + " " + v.Min + " " + v.Max + " " + v.Contains(1); });
        T("SortedSet CopyTo", () => { var a = new int[6]; ss.CopyTo(a, 1, 2); return a; });
        T("SortedSet Reverse", () => ss.Reverse());
        T("SortedSet comparer", () => new SortedSet<string>(new[] { "b", "a", "B" }, StringComparer.Ordinal));
        T("SortedSet CreateSetComparer", () => SortedSet<int>.CreateSetComparer().Equals(new SortedSet<int> { 1, 2 }, new SortedSet<int> { 2, 1 }));

        var sl = new SortedList<int, string> { [3] = "c", [1] = "a" };
        T("SortedList missing", () => sl[9]);
        A("SortedList dup", () => sl.Add(1, "x"));
        T("SortedList Current", () => CurrentStates(sl));
        A("SortedList RemoveAt bad", () => sl.RemoveAt(5));
        A("SortedList Keys set", () => sl.Keys[0] = 4);
        A("SortedList Keys Add", () => sl.Keys.Add(4));
        T("SortedList Capacity", () => { var x = new SortedList<int, int>(); var c0 = x.Capacity; x.Add(1, 1); var c1 = x.Capacity; for (int i = 2; i < 6; i++) x.Add(i, i); var c2 = x.Capacity; x.TrimExcess(); return c0 + " " + c1 + " " + c2 + " " + x.Capacity; });
        A("SortedList Capacity small", () => sl.Capacity = 1);
        A("SortedList modify during foreach", () => { foreach (var kv in sl) sl[kv.Key] = "z"; });
        T("SortedList after", () => sl);
        T("SortedList SetValueAtIndex", () => { sl.SetValueAtIndex(0, "first"); return sl; });
        A("SortedList GetKeyAtIndex bad", () => sl.GetKeyAtIndex(2));

        var pq = new PriorityQueue<string, int>();
        A("PQ Dequeue empty", () => pq.Dequeue());
        A("PQ Peek empty", () => pq.Peek());
        T("PQ TryPeek", () => pq.TryPeek(out var e, out var p) + " " + (e ?? "null") + " " + p);
        A("PQ modify during unordered", () => { pq.Enqueue("a", 1); foreach (var x in pq.UnorderedItems) pq.Enqueue("b", 2); });
        A("PQ EnqueueDequeue empty", () => Console.WriteLine(new PriorityQueue<string, int>().EnqueueDequeue("x", 4)));
        A("PQ DequeueEnqueue empty", () => new PriorityQueue<string, int>().DequeueEnqueue("x", 4));
        T("PQ Remove", () => { var p2 = new PriorityQueue<string, int>(new[] { ("a", 3), ("b", 1), ("c", 2), ("b", 5) }); bool r = p2.Remove("b", out var el, out var pr); return r + " " + el + pr + " " + p2.Count + " " + string.Join(",", p2.UnorderedItems.Select(x => x.Element + x.Priority)); });
        T("PQ Capacity", () => { var p2 = new PriorityQueue<int, int>(); int c0 = p2.EnsureCapacity(0); p2.Enqueue(1, 1); int c1 = p2.EnsureCapacity(0); return c0 + " " + c1 + " " + p2.EnsureCapacity(10); });
        T("PQ Comparer", () => { var p2 = new PriorityQueue<int, int>(Comparer<int>.Create((a, b) => b.CompareTo(a))); p2.EnqueueRange(new[] { 3, 9, 1 }, 0); p2.Enqueue(4, 4); p2.Enqueue(5, 5); return p2.Dequeue() + " " + p2.Dequeue() + " " + p2.Dequeue(); });
        return 0;
    }
}
