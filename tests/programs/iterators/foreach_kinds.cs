// foreach over an array (index loop), a string, a List<T> (struct enumerator), a
// custom type with a GetEnumerator pattern (no interface), and IEnumerable<T>.
using System;
using System.Collections;
using System.Collections.Generic;

class Countdown
{
    private readonly int from;
    public Countdown(int f) { from = f; }
    public Enumerator GetEnumerator() => new Enumerator(from);
    public struct Enumerator
    {
        private int cur;
        public Enumerator(int f) { cur = f + 1; }
        public bool MoveNext() => --cur > 0;
        public int Current => cur;
    }
}

class Evens : IEnumerable<int>
{
    public IEnumerator<int> GetEnumerator()
    {
        for (int i = 0; i <= 6; i += 2)
            yield return i;
    }
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

class Program
{
    static int Main()
    {
        foreach (var x in new[] { 3, 1, 2 }) Console.Write(x + " ");
        Console.WriteLine();
        foreach (char c in "str") Console.Write(c + ".");
        Console.WriteLine();
        var list = new List<string> { "l1", "l2" };
        foreach (string s in list) Console.Write(s + " ");
        Console.WriteLine();
        foreach (int i in new Countdown(4)) Console.Write(i + " ");
        Console.WriteLine();
        foreach (int i in new Evens()) Console.Write(i + " ");
        Console.WriteLine();
        IEnumerable nongeneric = new Evens();
        foreach (object o in nongeneric) Console.Write(o + ";");
        Console.WriteLine();
        try
        {
            foreach (string s in list)
                if (s == "l1")
                    list.Add("l3");
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("modifying a List<T> while iterating: InvalidOperationException");
        }
        return 0;
    }
}
