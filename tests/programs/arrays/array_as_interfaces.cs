// Arrays implement IList<T>, ICollection<T>, IEnumerable<T> and IReadOnlyList<T>
// (and the non-generic ones): dispatch through those interfaces on T[].
using System;
using System.Collections;
using System.Collections.Generic;

class Program
{
    static int SumList(IList<int> l)
    {
        int s = 0;
        for (int i = 0; i < l.Count; i++)
            s += l[i];
        return s;
    }

    static int Main()
    {
        int[] a = { 1, 2, 3, 4 };
        Console.WriteLine("IList<int> sum " + SumList(a));
        IList<int> il = a;
        il[0] = 10;
        Console.WriteLine("write through IList " + a[0] + ", Contains 3 " + il.Contains(3) + ", IndexOf 4 " + il.IndexOf(4));
        try
        {
            il.Add(5);
        }
        catch (NotSupportedException)
        {
            Console.WriteLine("IList<int>.Add on array: NotSupportedException");
        }
        IEnumerable<int> e = a;
        int n = 0;
        foreach (int x in e)
            n += x;
        Console.WriteLine("IEnumerable<int> " + n);
        IReadOnlyList<string> ro = new[] { "x", "y" };
        Console.WriteLine("IReadOnlyList " + ro.Count + " " + ro[1]);
        IList nong = new[] { "p", "q" };
        Console.WriteLine("IList " + nong.Count + " " + nong[0] + " fixed " + nong.IsFixedSize);
        IEnumerable<object> covariant = new string[] { "c", "d" };
        foreach (object o in covariant)
            Console.Write(o);
        Console.WriteLine();
        ICollection<int> coll = a;
        var dest = new int[6];
        coll.CopyTo(dest, 1);
        Console.WriteLine("ICollection.CopyTo " + string.Join(",", dest));
        return 0;
    }
}
