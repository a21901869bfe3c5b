// LinkedList<T> and LinkedListNode<T>: adding around nodes, finding, removing, enumeration.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static string Show<T>(LinkedList<T> l) => "[" + string.Join(",", l) + "] " + l.Count;

    static int Main()
    {
        var l = new LinkedList<int>();
        l.AddLast(2); l.AddLast(3); l.AddFirst(1);
        var n4 = l.AddLast(4);
        l.AddBefore(n4, 35);
        l.AddAfter(l.First, 15);
        Console.WriteLine(Show(l));
        Console.WriteLine(l.First.Value + " " + l.Last.Value + " " + l.First.Next.Value + " " + l.Last.Previous.Value + " " + (l.First.Previous == null) + " " + (l.Last.Next == null) + " " + (n4.List == l));
        var f = l.Find(3);
        Console.WriteLine(f.Value + " " + f.Previous.Value + " " + (l.Find(99) == null) + " " + l.Contains(35));
        l.AddLast(3);
        Console.WriteLine((l.FindLast(3) == l.Last) + " " + (l.Find(3) != l.Last));
        Console.WriteLine(l.Remove(3) + " " + l.Remove(99) + " " + Show(l));
        l.Remove(n4); Console.WriteLine(Show(l) + " " + (n4.List == null));
        l.RemoveFirst(); l.RemoveLast(); Console.WriteLine(Show(l));
        var arr = new int[6]; l.CopyTo(arr, 1); Console.WriteLine(string.Join(",", arr));
        var detached = new LinkedListNode<int>(77);
        l.AddFirst(detached); Console.WriteLine(Show(l) + " " + (detached.List == l));
        try { l.AddLast(detached); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { var other = new LinkedList<int>(); other.Remove(l.First); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { foreach (var v in l) l.AddLast(0); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        var s = new LinkedList<string>(new[] { "x", "y", "z" });
        for (var node = s.Last; node != null; node = node.Previous) Console.Write(node.Value);
        Console.WriteLine(" " + s.Reverse().Aggregate((a, b) => a + b));
        s.First.Value = "X"; s.First.ValueRef = "XX";
        Console.WriteLine(Show(s));
        s.Clear(); Console.WriteLine(Show(s) + " " + (s.First == null));
        try { s.RemoveFirst(); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        ICollection<int> ic = new LinkedList<int>(); ic.Add(5); Console.WriteLine(ic.Count + " " + ic.IsReadOnly);
        return 0;
    }
}
