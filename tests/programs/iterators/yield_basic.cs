// yield return: lazy execution (nothing runs until MoveNext), state kept between
// calls, yield break, and a fresh state machine per GetEnumerator.
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Numbers(int n)
    {
        Console.WriteLine("  (iterator starts)");
        for (int i = 0; i < n; i++)
        {
            Console.WriteLine("  (yielding " + i + ")");
            yield return i * 10;
        }
        Console.WriteLine("  (iterator ends)");
    }

    static IEnumerable<string> UntilStop(string[] words)
    {
        foreach (string w in words)
        {
            if (w == "stop")
                yield break;
            yield return w.ToUpperInvariant();
        }
    }

    static int Main()
    {
        var seq = Numbers(3);
        Console.WriteLine("created");
        foreach (int x in seq)
            Console.WriteLine("got " + x);
        Console.WriteLine("again:");
        var e = seq.GetEnumerator();
        e.MoveNext();
        Console.WriteLine("first " + e.Current);
        Console.WriteLine(string.Join(",", UntilStop(new[] { "a", "b", "stop", "c" })));
        return 0;
    }
}
