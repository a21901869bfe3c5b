// System.Array methods a first library has: Copy, Clear, IndexOf, Reverse, Sort,
// Resize, Fill, CopyTo, Clone.
using System;

class Program
{
    static string S<T>(T[] a) => "[" + string.Join(",", a) + "]";

    static int Main()
    {
        int[] a = { 5, 3, 9, 1, 7 };
        int[] b = new int[7];
        Array.Copy(a, 0, b, 1, 5);
        Console.WriteLine("Copy " + S(b));
        Array.Copy(b, 1, b, 2, 4);   // overlapping copy
        Console.WriteLine("overlap " + S(b));
        Array.Clear(b, 0, 3);
        Console.WriteLine("Clear " + S(b));
        Console.WriteLine("IndexOf 9: " + Array.IndexOf(a, 9) + ", IndexOf 4: " + Array.IndexOf(a, 4));
        Array.Reverse(a);
        Console.WriteLine("Reverse " + S(a));
        Array.Sort(a);
        Console.WriteLine("Sort " + S(a));
        string[] words = { "pear", "apple", "fig" };
        Array.Sort(words, string.CompareOrdinal);
        Console.WriteLine("Sort strings " + S(words));
        Array.Resize(ref a, 7);
        Console.WriteLine("Resize " + S(a));
        Array.Fill(a, -1, 5, 2);
        Console.WriteLine("Fill " + S(a));
        int[] c = (int[])a.Clone();
        c[0] = 100;
        Console.WriteLine("Clone " + S(c) + " original " + a[0]);
        var dest = new int[10];
        a.CopyTo(dest, 2);
        Console.WriteLine("CopyTo " + S(dest));
        Console.WriteLine("BinarySearch 7: " + Array.BinarySearch(new[] { 1, 3, 5, 7, 9 }, 7));
        Console.WriteLine("Exists even " + Array.Exists(a, x => x % 2 == 0) + ", Find >4 " + Array.Find(a, x => x > 4));
        return 0;
    }
}
