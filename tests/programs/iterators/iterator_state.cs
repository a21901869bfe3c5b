// Iterator locals and parameters live across yields (they are fields of the
// state machine), including structs and references, and two enumerators of one
// iterator are independent.
using System;
using System.Collections.Generic;

struct Pos { public int X, Y; }

class Program
{
    static IEnumerable<string> Walk(int steps, string label)
    {
        Pos p = new Pos();
        long total = 0;
        var visited = new List<int>();
        for (int i = 0; i < steps; i++)
        {
            p.X += i;
            p.Y -= 1;
            total += p.X * 1000000000L;
            visited.Add(p.X);
            yield return label + " " + p.X + "," + p.Y + " total " + total + " visited " + visited.Count;
        }
    }

    static int Main()
    {
        var seq = Walk(4, "w");
        var a = seq.GetEnumerator();
        var b = seq.GetEnumerator();
        a.MoveNext(); a.MoveNext(); a.MoveNext();
        b.MoveNext();
        Console.WriteLine("a: " + a.Current);
        Console.WriteLine("b: " + b.Current);
        while (a.MoveNext())
            Console.WriteLine("a: " + a.Current);
        Console.WriteLine("b next " + b.MoveNext() + " " + b.Current);
        return 0;
    }
}
