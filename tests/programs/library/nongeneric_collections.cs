// ArrayList and Hashtable (System.Collections): contents, sorting, and Hashtable's
// enumeration order over int keys, through growth and removals.
using System;
using System.Collections;

class Program
{
    static string Show(IEnumerable e)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var o in e) sb.Append(o is DictionaryEntry de ? de.Key + "=" + de.Value : o?.ToString() ?? "null").Append(' ');
        return sb.ToString().TrimEnd();
    }

    static int Main()
    {
        var a = new ArrayList();
        a.Add(3); a.Add("two"); a.Add(1.5); a.Add(null); a.AddRange(new[] { 7, 8 });
        Console.WriteLine(Show(a) + " | " + a.Count + " " + a.IndexOf(7) + " " + a.Contains(null) + " " + a.Contains("two"));
        a.Insert(1, 'c'); a.Remove("two"); a.RemoveAt(0); a.RemoveRange(2, 1);
        Console.WriteLine(Show(a));
        var nums = new ArrayList { 5, 3, 9, 1, 7, 3 };
        nums.Sort(); Console.WriteLine(Show(nums) + " bs " + nums.BinarySearch(7) + " " + nums.BinarySearch(4));
        nums.Reverse(); Console.WriteLine(Show(nums) + " last3 " + nums.LastIndexOf(3));
        nums.Sort(Comparer.Default); Console.WriteLine(Show(nums.GetRange(1, 3)));
        object[] arr = nums.ToArray(); int[] ints = (int[])nums.ToArray(typeof(int));
        Console.WriteLine(arr.Length + " " + ints.Length + " " + ((ArrayList)nums.Clone()).Count);
        nums[0] = 100; Console.WriteLine(nums[0] + " " + (nums.Capacity >= nums.Count));
        try { Console.WriteLine(nums[50]); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        try { foreach (var o in nums) nums.Add(1); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        var h = new Hashtable();
        for (int i = 0; i < 25; i++) h[i * 7 % 31] = "v" + i;
        Console.WriteLine(Show(h));
        h.Remove(14); h.Remove(0); h.Remove(999); h[100] = "new"; h[5] = "five";
        Console.WriteLine(Show(h));
        Console.WriteLine(h.Count + " " + h.ContainsKey(7) + " " + h.Contains(14) + " " + h.ContainsValue("five") + " " + (h[12345] == null) + " " + h[5]);
        Console.WriteLine(Show(h.Keys));
        Console.WriteLine(Show(h.Values));
        try { h.Add(5, "dup"); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { h[null] = 1; } catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }
        var h2 = new Hashtable(100);
        foreach (int k in new[] { 3, 1000, 77, 250, 12, 99999, -4, 64 }) h2.Add(k, k * 2);
        Console.WriteLine(Show(h2));
        var h3 = new Hashtable { { 'a', 1 }, { true, 2 }, { 2L, 3 }, { (byte)9, 4 } };
        Console.WriteLine(h3.Count + " " + h3['a'] + " " + h3[true] + " " + h3[2L] + " " + (h3[2] == null));
        var e2 = h2.GetEnumerator(); e2.MoveNext(); Console.WriteLine(e2.Key + " " + e2.Value);
        h.Clear(); Console.WriteLine(h.Count + " [" + Show(h) + "]");
        return 0;
    }
}
