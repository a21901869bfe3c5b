// A complete program: A* path finding on a grid maze with PriorityQueue (ties broken by the
// queue's own order), Manhattan heuristic, path reconstruction and a rendered map.
using System;
using System.Collections.Generic;
using System.Linq;

class Program
{
    static readonly string[] Map =
    {
        "S.....#.............",
        ".####.#.#######.###.",
        ".#....#.#.....#...#.",
        ".#.####.#.###.###.#.",
        ".#......#...#.....#.",
        ".######.###.#######.",
        "......#...#.........",
        "#####.###.#.#######.",
        ".....#....#.#.....#.",
        ".###.#.####.#.###.#.",
        ".#...#......#.#...#G",
    };

    static int Main()
    {
        int h = Map.Length, w = Map[0].Length;
        (int r, int c) start = (0, 0), goal = (0, 0);
        for (int r = 0; r < h; r++) for (int c = 0; c < w; c++) { if (Map[r][c] == 'S') start = (r, c); if (Map[r][c] == 'G') goal = (r, c); }
        int Heur((int r, int c) p) => Math.Abs(p.r - goal.r) + Math.Abs(p.c - goal.c);

        var open = new PriorityQueue<(int r, int c), (int f, int h)>();
        var g = new Dictionary<(int, int), int> { [start] = 0 };
        var came = new Dictionary<(int, int), (int, int)>();
        var closed = new HashSet<(int, int)>();
        open.Enqueue(start, (Heur(start), Heur(start)));
        int expanded = 0, maxOpen = 0;
        var order = new List<string>();
        while (open.TryDequeue(out var cur, out var pri))
        {
            if (!closed.Add(cur)) continue;
            expanded++;
            if (order.Count < 12) order.Add($"{cur.r},{cur.c}/{pri.f}");
            if (cur == goal) break;
            foreach (var (dr, dc) in new[] { (0, 1), (1, 0), (0, -1), (-1, 0) })
            {
                var nb = (r: cur.r + dr, c: cur.c + dc);
                if (nb.r < 0 || nb.r >= h || nb.c < 0 || nb.c >= w || Map[nb.r][nb.c] == '#') continue;
                int ng = g[cur] + 1;
                if (g.TryGetValue(nb, out int old) && old <= ng) continue;
                g[nb] = ng;
                came[nb] = cur;
                open.Enqueue(nb, (ng + Heur(nb), Heur(nb)));
            }
            maxOpen = Math.Max(maxOpen, open.Count);
        }
        Console.WriteLine("expansion order: " + string.Join(" ", order));
        if (!g.ContainsKey(goal)) { Console.WriteLine("no path"); return 1; }
        var path = new List<(int r, int c)> { goal };
        while (path[^1] != start) path.Add(came[path[^1]]);
        path.Reverse();
        Console.WriteLine($"path length {path.Count - 1}, expanded {expanded}, max open {maxOpen}");
        var grid = Map.Select(s => s.ToCharArray()).ToArray();
        foreach (var p in path.Skip(1).SkipLast(1)) grid[p.r][p.c] = '*';
        foreach (var row in grid) Console.WriteLine(new string(row));
        var turns = path.Zip(path.Skip(1), (a, b) => (b.r - a.r, b.c - a.c)).Zip(path.Skip(1).Zip(path.Skip(2), (a, b) => (b.r - a.r, b.c - a.c)), (x, y) => x != y).Count(t => t);
        Console.WriteLine("turns " + turns + ", directions " + string.Concat(path.Zip(path.Skip(1), (a, b) => b.r > a.r ? 'D' : b.r < a.r ? 'U' : b.c > a.c ? 'R' : 'L')));
        return 0;
    }
}
