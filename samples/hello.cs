// The sample `make sample` runs: a little of everything an everyday C# program does.
using System;
using System.Collections.Generic;
using System.Linq;

record Planet(string Name, double Au);

class Program
{
    static int Main(string[] args)
    {
        Console.WriteLine($"Hello from {(args.Length > 0 ? args[0] : "anyclr")}!");
        var planets = new List<Planet>
        {
            new("Mercury", 0.39), new("Venus", 0.72), new("Earth", 1.0), new("Mars", 1.52),
        };
        foreach (var p in planets.Where(p => p.Au < 1.5).OrderByDescending(p => p.Au))
            Console.WriteLine($"  {p.Name,-8} {p.Au,5:F2} AU");
        var counts = new Dictionary<char, int>();
        foreach (char c in string.Concat(planets.Select(p => p.Name.ToLowerInvariant())))
            counts[c] = counts.TryGetValue(c, out int n) ? n + 1 : 1;
        Console.WriteLine("most common letter: " + counts.OrderByDescending(kv => kv.Value).First().Key);
        try
        {
            checked { int big = int.MaxValue; big++; }
        }
        catch (OverflowException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
        return 0;
    }
}
