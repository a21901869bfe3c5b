// Pattern matching: type patterns, property patterns, relational and logical
// patterns, positional patterns on tuples and deconstructable types, list patterns.
using System;

record Point(int X, int Y);

class Program
{
    static string Classify(object o) => o switch
    {
        int i when i < 0 => "negative int",
        int and (0 or 1) => "bit",
        int i => "int " + i,
        Point(0, 0) => "origin",
        Point(var x, 0) => "on x axis at " + x,
        Point { Y: > 10 } p => "high point " + p.X,
        Point p => "point " + p,
        string { Length: 0 } => "empty string",
        string s => "string " + s,
        int[] { Length: 0 } => "empty array",
        int[] and [var first, .., var last] => "array " + first + ".." + last,
        null => "null",
        _ => "other " + o.GetType().Name
    };

    static string Quadrant((int, int) p) => p switch
    {
        ( > 0, > 0) => "I",
        ( < 0, > 0) => "II",
        ( < 0, < 0) => "III",
        ( > 0, < 0) => "IV",
        _ => "axis"
    };

    static int Main()
    {
        object[] things = { -5, 0, 1, 42, new Point(0, 0), new Point(3, 0), new Point(1, 20), new Point(1, 2), "", "hi",
                            new int[0], new[] { 1, 2, 3 }, new[] { 9 }, null, 2.5 };
        foreach (var t in things)
            Console.WriteLine(Classify(t));
        Console.WriteLine(Quadrant((1, 1)) + Quadrant((-1, 1)) + Quadrant((-1, -1)) + Quadrant((1, -1)) + Quadrant((0, 5)));
        object n = 15;
        if (n is int v and > 10 and < 20)
            Console.WriteLine("between " + v);
        if (n is not string)
            Console.WriteLine("not a string");
        return 0;
    }
}
