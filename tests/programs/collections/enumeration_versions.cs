// Which changes invalidate an enumerator in each collection (.NET's rules differ per type:
// Dictionary.Remove/Clear do not, List.Clear does), the enumerators' Current before and after the
// elements, argument messages, and the slot order after HashSet/Dictionary set operations,
// copies and TrimExcess (later additions reuse freed slots, so the order is observable).
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
class Program
{
    static void A(string l, Action f) { try { f(); Console.WriteLine(l + ": ok"); } catch (Exception e) { Console.WriteLine(l + ": " + e.GetType().Name + ": " + e.Message); } }

    static int Main()
    {
        A("hs remove in foreach", () => { var h = new HashSet<int> { 1, 2, 3 }; foreach (var x in h) h.Remove(x); });
        A("hs clear in foreach", () => { var h = new HashSet<int> { 1, 2, 3 }; foreach (var x in h) h.Clear(); });
        A("d clear in foreach", () => { var d = new Dictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var x in d) d.Clear(); });
        A("d clear empty in foreach", () => { var d = new Dictionary<int, int>(); var e = d.GetEnumerator(); d.Clear(); e.MoveNext(); });
        A("d TrimExcess in foreach", () => { var d = new Dictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var x in d) d.TrimExcess(); });
        A("d EnsureCapacity in foreach", () => { var d = new Dictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var x in d) d.EnsureCapacity(100); });
        A("hs TrimExcess in foreach", () => { var h = new HashSet<int> { 1, 2, 3 }; foreach (var x in h) h.TrimExcess(); });
        A("hs add existing in foreach", () => { var h = new HashSet<int> { 1, 2, 3 }; foreach (var x in h) h.Add(1); });
        A("d TryAdd existing in foreach", () => { var d = new Dictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var x in d) d.TryAdd(1, 5); });
        A("d Remove missing in foreach", () => { var d = new Dictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var x in d) d.Remove(9); });
        A("list clear in foreach", () => { var l = new List<int> { 1, 2 }; foreach (var x in l) l.Clear(); });
        A("list remove missing in foreach", () => { var l = new List<int> { 1, 2 }; foreach (var x in l) l.Remove(9); });
        A("list RemoveAll none in foreach", () => { var l = new List<int> { 1, 2 }; foreach (var x in l) l.RemoveAll(y => y > 5); });
        A("list Capacity set in foreach", () => { var l = new List<int> { 1, 2 }; foreach (var x in l) l.Capacity = 10; });
        A("list Reverse in foreach", () => { var l = new List<int> { 1, 2 }; foreach (var x in l) l.Reverse(); });
        A("list set same in foreach", () => { var l = new List<int> { 1, 2 }; foreach (var x in l) l[0] = 1; });
        A("queue clear in foreach", () => { var q = new Queue<int>(new[] { 1, 2 }); foreach (var x in q) q.Clear(); });
        A("queue TrimExcess in foreach", () => { var q = new Queue<int>(new[] { 1, 2 }); foreach (var x in q) q.TrimExcess(); });
        A("queue EnsureCapacity in foreach", () => { var q = new Queue<int>(new[] { 1, 2 }); foreach (var x in q) q.EnsureCapacity(100); });
        A("stack peek in foreach", () => { var q = new Stack<int>(new[] { 1, 2 }); foreach (var x in q) q.Peek(); });
        A("sd remove in foreach", () => { var d = new SortedDictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var x in d) d.Remove(x.Key); });
        A("sd set existing in foreach", () => { var d = new SortedDictionary<int, int> { [1] = 1, [2] = 2 }; foreach (var x in d) d[1] = 7; });
        A("ss remove in foreach", () => { var d = new SortedSet<int> { 1, 2 }; foreach (var x in d) d.Remove(x); });
        A("sl remove in foreach", () => { var d = new SortedList<int, int> { [1] = 1, [2] = 2 }; foreach (var x in d) d.Remove(x.Key); });
        A("ll remove in foreach", () => { var d = new LinkedList<int>(new[] { 1, 2 }); foreach (var x in d) d.Remove(x); });
        A("pq dequeue in unordered", () => { var q = new PriorityQueue<int, int>(); q.Enqueue(1, 1); q.Enqueue(2, 2); foreach (var x in q.UnorderedItems) q.Dequeue(); });
        A("d keys Current states", () => { IEnumerator e = new Dictionary<int, int> { [1] = 1 }.Keys.GetEnumerator(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } e.MoveNext(); e.MoveNext(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } });
        A("hs Current states", () => { IEnumerator e = new HashSet<int> { 1 }.GetEnumerator(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } e.MoveNext(); e.MoveNext(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } });
        A("ll Current states", () => { IEnumerator e = new LinkedList<int>(new[] { 1 }).GetEnumerator(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } e.MoveNext(); e.MoveNext(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } });
        A("ss Current states", () => { IEnumerator e = new SortedSet<int> { 1 }.GetEnumerator(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } e.MoveNext(); e.MoveNext(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } });
        A("sd Current states", () => { IEnumerator e = new SortedDictionary<int, int> { [1] = 1 }.GetEnumerator(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } e.MoveNext(); e.MoveNext(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } });
        A("pq Current states", () => { var q = new PriorityQueue<int, int>(); q.Enqueue(1, 1); IEnumerator e = ((IEnumerable)q.UnorderedItems).GetEnumerator(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } e.MoveNext(); e.MoveNext(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } });
        A("array Current states", () => { IEnumerator e = new[] { 1 }.GetEnumerator(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } e.MoveNext(); e.MoveNext(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } });
        A("array generic Current states", () => { IEnumerator<int> e = ((IEnumerable<int>)new[] { 1 }).GetEnumerator(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } e.MoveNext(); e.MoveNext(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } });
        A("arraylist Current states", () => { IEnumerator e = new ArrayList { 1 }.GetEnumerator(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } e.MoveNext(); e.MoveNext(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } });
        A("hashtable Current states", () => { IEnumerator e = new Hashtable { [1] = 1 }.GetEnumerator(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } e.MoveNext(); e.MoveNext(); try { Console.Write(e.Current); } catch (Exception x) { Console.Write(x.Message); } });
        A("queue capacity neg", () => new Queue<int>(-1));
        A("stack capacity neg", () => new Stack<int>(-1));
        A("list capacity neg", () => new List<int>(-1));
        A("hs capacity neg", () => new HashSet<int>(-1));
        A("sl capacity neg", () => new SortedList<int, int>(-1));
        A("pq capacity neg", () => new PriorityQueue<int, int>(-1));
        A("queue ensure neg", () => new Queue<int>().EnsureCapacity(-1));
        A("stack ensure neg", () => new Stack<int>().EnsureCapacity(-1));
        A("list ensure neg", () => new List<int>().EnsureCapacity(-1));
        A("hs ensure neg", () => new HashSet<int>().EnsureCapacity(-1));
        A("pq ensure neg", () => new PriorityQueue<int, int>().EnsureCapacity(-1));
        A("list capacity set neg", () => { var l = new List<int>(); l.Capacity = -1; });
        A("d TrimExcess small", () => new Dictionary<int, int> { [1] = 1 }.TrimExcess(0));
        A("hs TrimExcess small", () => new HashSet<int> { 1 }.TrimExcess(0));
        A("queue CopyTo bad", () => new Queue<int>(new[] { 1, 2 }).CopyTo(new int[1], 0));
        A("stack CopyTo bad", () => new Stack<int>(new[] { 1, 2 }).CopyTo(new int[1], 0));
        A("queue CopyTo neg", () => new Queue<int>(new[] { 1, 2 }).CopyTo(new int[1], -1));
        A("stack CopyTo neg", () => new Stack<int>(new[] { 1, 2 }).CopyTo(new int[1], -1));
        A("ll CopyTo bad", () => new LinkedList<int>(new[] { 1, 2 }).CopyTo(new int[1], 0));
        A("ss CopyTo bad", () => new SortedSet<int> { 1, 2 }.CopyTo(new int[1], 0));
        A("sd CopyTo bad", () => new SortedDictionary<int, int> { [1] = 1 }.CopyTo(new KeyValuePair<int, int>[0], 0));
        A("d CopyTo bad", () => ((ICollection<KeyValuePair<int, int>>)new Dictionary<int, int> { [1] = 1 }).CopyTo(new KeyValuePair<int, int>[0], 0));
        A("d CopyTo neg", () => ((ICollection<KeyValuePair<int, int>>)new Dictionary<int, int> { [1] = 1 }).CopyTo(new KeyValuePair<int, int>[0], -1));
        A("hs CopyTo neg", () => new HashSet<int> { 1 }.CopyTo(new int[3], -1));
        A("hs CopyTo count neg", () => new HashSet<int> { 1 }.CopyTo(new int[3], 0, -1));
        A("list CopyTo neg", () => new List<int> { 1 }.CopyTo(new int[3], -1));
        A("list GetRange neg", () => new List<int> { 1 }.GetRange(0, -1));
        A("sl Capacity neg", () => { var s = new SortedList<int, int>(); s.Capacity = -1; });
        A("sd null key get", () => { var x = new SortedDictionary<string, int>()[null]; });
        A("sl null key get", () => { var x = new SortedList<string, int>()[null]; });
        A("sl null key add", () => new SortedList<string, int>().Add(null, 1));
        A("ss null", () => { var s = new SortedSet<string> { null, "a" }; Console.Write(s.Count + " " + s.Min + "|"); });
        A("d TrimExcess real in foreach", () => { var d = new Dictionary<int, int>(); for (int i = 0; i < 50; i++) d[i] = i; for (int i = 0; i < 45; i++) d.Remove(i); foreach (var x in d) d.TrimExcess(); });
        A("hs TrimExcess real in foreach", () => { var d = new HashSet<int>(); for (int i = 0; i < 50; i++) d.Add(i); for (int i = 0; i < 45; i++) d.Remove(i); foreach (var x in d) d.TrimExcess(); });
        A("hs EnsureCapacity in foreach", () => { var d = new HashSet<int> { 1, 2 }; foreach (var x in d) d.EnsureCapacity(100); });
        A("hs UnionWith nothing new", () => { var d = new HashSet<int> { 1, 2 }; foreach (var x in d) d.UnionWith(new[] { 1 }); });
        A("hs ExceptWith", () => { var d = new HashSet<int> { 1, 2 }; foreach (var x in d) d.ExceptWith(new[] { 1 }); });
        A("hs IntersectWith", () => { var d = new HashSet<int> { 1, 2 }; foreach (var x in d) d.IntersectWith(new[] { 1 }); });
        A("hs SymmetricExceptWith", () => { var d = new HashSet<int> { 1, 2 }; foreach (var x in d) d.SymmetricExceptWith(new[] { 1 }); });
        A("hs RemoveWhere", () => { var d = new HashSet<int> { 1, 2 }; foreach (var x in d) d.RemoveWhere(y => y == 1); });
        var h = new HashSet<int>(); for (int i = 0; i < 10; i++) h.Add(i); h.Remove(3); h.Remove(7); h.Remove(1);
        var copy = new HashSet<int>(h); copy.Add(100); copy.Add(101);
        Console.WriteLine(string.Join(",", copy));
        var copy2 = new HashSet<int>(h, EqualityComparer<int>.Default); copy2.Add(100);
        Console.WriteLine(string.Join(",", copy2));
        var copy3 = new HashSet<int>((IEnumerable<int>)h.ToList()); copy3.Add(100);
        Console.WriteLine(string.Join(",", copy3));
        var d2 = new Dictionary<int, int>(); for (int i = 0; i < 10; i++) d2[i] = i; d2.Remove(3); d2.Remove(7);
        var dc = new Dictionary<int, int>(d2); dc[100] = 1; Console.WriteLine(string.Join(",", dc.Keys) + " " + dc.Capacity);
        var hs = new HashSet<int> { 1, 2, 3, 4, 5, 6 }; hs.Remove(2); hs.Remove(4);
        hs.SymmetricExceptWith(new HashSet<int> { 1, 7, 8 }); Console.WriteLine("sym hs " + string.Join(",", hs));
        hs = new HashSet<int> { 1, 2, 3, 4, 5, 6 }; hs.Remove(2); hs.Remove(4);
        hs.SymmetricExceptWith(new[] { 1, 7, 8, 7, 3 }); Console.WriteLine("sym arr " + string.Join(",", hs));
        hs = new HashSet<int> { 1, 2, 3, 4, 5, 6 };
        hs.IntersectWith(new[] { 6, 2, 4 }); hs.Add(10); hs.Add(11); hs.Add(12); Console.WriteLine("int arr " + string.Join(",", hs));
        hs = new HashSet<int> { 1, 2, 3, 4, 5, 6 };
        hs.IntersectWith(new HashSet<int> { 6, 2, 4 }); hs.Add(10); hs.Add(11); hs.Add(12); Console.WriteLine("int hs " + string.Join(",", hs));
        hs = new HashSet<int> { 1, 2, 3, 4, 5, 6 };
        hs.IntersectWith(new List<int>()); hs.Add(10); hs.Add(11); Console.WriteLine("int empty " + string.Join(",", hs));
        hs = new HashSet<int> { 1, 2, 3, 4, 5, 6 };
        hs.ExceptWith(new[] { 5, 1, 3 }); hs.Add(10); hs.Add(11); hs.Add(12); Console.WriteLine("exc " + string.Join(",", hs));
        hs = new HashSet<int> { 1, 2, 3, 4, 5, 6 };
        hs.RemoveWhere(x => x % 2 == 1); hs.Add(10); hs.Add(11); hs.Add(12); Console.WriteLine("rw " + string.Join(",", hs));
        var dd = new Dictionary<int, int>(); for (int i = 0; i < 50; i++) dd[i] = i; for (int i = 0; i < 45; i += 2) dd.Remove(i); dd.TrimExcess(); dd[100] = 1; dd.Remove(1); dd[101] = 1;
        Console.WriteLine("trim " + string.Join(",", dd.Keys) + " " + dd.Capacity + " " + dd.EnsureCapacity(0));
        var h2 = new HashSet<int>(); for (int i = 0; i < 50; i++) h2.Add(i); for (int i = 0; i < 45; i += 2) h2.Remove(i); h2.TrimExcess(); h2.Add(100); h2.Remove(1); h2.Add(101);
        Console.WriteLine("trim " + string.Join(",", h2) + " " + h2.Capacity + " " + h2.EnsureCapacity(0));
        var cap = new Dictionary<int, int>(); var caps = new List<int>(); for (int i = 0; i < 200; i++) { cap[i] = i; if (!caps.Contains(cap.Capacity)) caps.Add(cap.Capacity); } Console.WriteLine("caps " + string.Join(",", caps));
        var hcap = new HashSet<int>(); caps.Clear(); for (int i = 0; i < 200; i++) { hcap.Add(i); if (!caps.Contains(hcap.Capacity)) caps.Add(hcap.Capacity); } Console.WriteLine("hcaps " + string.Join(",", caps));
        Console.WriteLine(new Dictionary<int,int>(5).Capacity + " " + new HashSet<int>(5).Capacity + " " + new Dictionary<int,int>(0).Capacity + " " + new HashSet<int>(new[]{1,2,3}).Capacity + " " + new Dictionary<int,int>(new Dictionary<int,int>{[1]=1}).Capacity);
        return 0;
    }
}
