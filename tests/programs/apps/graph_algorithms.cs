// A complete program: a generic graph library — adjacency lists keyed by any IEquatable
// node type, BFS/DFS as iterators, Dijkstra with PriorityQueue and path reconstruction,
// topological sort (Kahn) with cycle reporting, strongly connected components (Tarjan,
// recursive local function), minimum spanning tree (Kruskal with union-find in a struct
// array), and A* on a grid with a struct node type.
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

readonly record struct Edge<TNode>(TNode From, TNode To, double Weight);

class Graph<TNode> where TNode : notnull, IEquatable<TNode>
{
    private readonly Dictionary<TNode, List<Edge<TNode>>> _adj = new();
    public bool Directed { get; }
    public Graph(bool directed) => Directed = directed;

    public IEnumerable<TNode> Nodes => _adj.Keys;
    public IEnumerable<Edge<TNode>> Edges => _adj.Values.SelectMany(l => l);
    public IReadOnlyList<Edge<TNode>> Out(TNode n) => _adj.TryGetValue(n, out var l) ? l : [];

    public Graph<TNode> Add(TNode n) { _adj.TryAdd(n, new()); return this; }

    public Graph<TNode> Connect(TNode a, TNode b, double w = 1)
    {
        Add(a).Add(b);
        _adj[a].Add(new(a, b, w));
        if (!Directed) _adj[b].Add(new(b, a, w));
        return this;
    }

    public IEnumerable<(TNode Node, int Depth)> BreadthFirst(TNode start)
    {
        var seen = new HashSet<TNode> { start };
        var queue = new Queue<(TNode, int)>();
        queue.Enqueue((start, 0));
        while (queue.TryDequeue(out var item))
        {
            yield return item;
            foreach (var e in Out(item.Item1))
                if (seen.Add(e.To)) queue.Enqueue((e.To, item.Item2 + 1));
        }
    }

    public IEnumerable<TNode> DepthFirst(TNode start)
    {
        var seen = new HashSet<TNode>();
        var stack = new Stack<TNode>();
        stack.Push(start);
        while (stack.Count > 0)
        {
            var n = stack.Pop();
            if (!seen.Add(n)) continue;
            yield return n;
            for (int i = Out(n).Count - 1; i >= 0; i--)
                if (!seen.Contains(Out(n)[i].To)) stack.Push(Out(n)[i].To);
        }
    }

    public (double Distance, List<TNode> Path)? ShortestPath(TNode from, TNode to)
    {
        var dist = new Dictionary<TNode, double> { [from] = 0 };
        var prev = new Dictionary<TNode, TNode>();
        var pq = new PriorityQueue<TNode, double>();
        pq.Enqueue(from, 0);
        while (pq.TryDequeue(out var n, out double d))
        {
            if (d > dist[n]) continue;
            if (n.Equals(to)) break;
            foreach (var e in Out(n))
            {
                if (e.Weight < 0) throw new InvalidOperationException($"negative edge {e}");
                double nd = d + e.Weight;
                if (!dist.TryGetValue(e.To, out double old) || nd < old)
                {
                    dist[e.To] = nd;
                    prev[e.To] = n;
                    pq.Enqueue(e.To, nd);
                }
            }
        }
        if (!dist.ContainsKey(to)) return null;
        var path = new List<TNode> { to };
        for (var n = to; prev.TryGetValue(n, out var p); n = p) path.Add(p);
        path.Reverse();
        return (dist[to], path);
    }

    public List<TNode> TopologicalOrder(IComparer<TNode> tieBreak)
    {
        var indegree = Nodes.ToDictionary(n => n, _ => 0);
        foreach (var e in Edges) indegree[e.To]++;
        var ready = new SortedSet<TNode>(indegree.Where(p => p.Value == 0).Select(p => p.Key), tieBreak);
        var order = new List<TNode>();
        while (ready.Count > 0)
        {
            var n = ready.Min!;
            ready.Remove(n);
            order.Add(n);
            foreach (var e in Out(n))
                if (--indegree[e.To] == 0) ready.Add(e.To);
        }
        if (order.Count != indegree.Count)
        {
            var stuck = indegree.Where(p => p.Value > 0).Select(p => p.Key).OrderBy(n => n, tieBreak);
            throw new CycleException<TNode>(stuck.ToList());
        }
        return order;
    }

    public List<List<TNode>> StronglyConnected()
    {
        int index = 0;
        var idx = new Dictionary<TNode, int>();
        var low = new Dictionary<TNode, int>();
        var onStack = new HashSet<TNode>();
        var stack = new Stack<TNode>();
        var result = new List<List<TNode>>();

        void Visit(TNode v)
        {
            idx[v] = low[v] = index++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var e in Out(v))
            {
                if (!idx.ContainsKey(e.To)) { Visit(e.To); low[v] = Math.Min(low[v], low[e.To]); }
                else if (onStack.Contains(e.To)) low[v] = Math.Min(low[v], idx[e.To]);
            }
            if (low[v] != idx[v]) return;
            var comp = new List<TNode>();
            TNode w;
            do { w = stack.Pop(); onStack.Remove(w); comp.Add(w); } while (!w.Equals(v));
            result.Add(comp);
        }

        foreach (var n in Nodes) if (!idx.ContainsKey(n)) Visit(n);
        return result;
    }
}

sealed class CycleException<TNode>(IReadOnlyList<TNode> nodes) : Exception($"cycle among {nodes.Count} nodes: {string.Join(", ", nodes)}")
{
    public IReadOnlyList<TNode> Nodes { get; } = nodes;
}

struct UnionFind
{
    private readonly int[] _parent, _rank;
    public int Sets { get; private set; }
    public UnionFind(int n) { _parent = Enumerable.Range(0, n).ToArray(); _rank = new int[n]; Sets = n; }
    public int Find(int x) => _parent[x] == x ? x : _parent[x] = Find(_parent[x]);
    public bool Union(int a, int b)
    {
        int ra = Find(a), rb = Find(b);
        if (ra == rb) return false;
        if (_rank[ra] < _rank[rb]) (ra, rb) = (rb, ra);
        _parent[rb] = ra;
        if (_rank[ra] == _rank[rb]) _rank[ra]++;
        Sets--;
        return true;
    }
}

readonly record struct Cell(int X, int Y)
{
    public int Manhattan(Cell o) => Math.Abs(X - o.X) + Math.Abs(Y - o.Y);
    public IEnumerable<Cell> Neighbours() { yield return this with { X = X + 1 }; yield return this with { Y = Y + 1 }; yield return this with { X = X - 1 }; yield return this with { Y = Y - 1 }; }
}

static class Program
{
    static void Main()
    {
        var roads = new Graph<string>(directed: false)
            .Connect("Amsterdam", "Utrecht", 45).Connect("Amsterdam", "Haarlem", 20).Connect("Haarlem", "Leiden", 32)
            .Connect("Leiden", "The Hague", 19).Connect("The Hague", "Rotterdam", 27).Connect("Utrecht", "Rotterdam", 61)
            .Connect("Utrecht", "Arnhem", 65).Connect("Rotterdam", "Breda", 52).Connect("Breda", "Eindhoven", 58)
            .Connect("Arnhem", "Eindhoven", 85).Connect("Utrecht", "Eindhoven", 92).Add("Texel");

        Console.WriteLine("BFS from Amsterdam: " + string.Join(", ", roads.BreadthFirst("Amsterdam").Select(p => $"{p.Node}@{p.Depth}")));
        Console.WriteLine("DFS from Amsterdam: " + string.Join(" > ", roads.DepthFirst("Amsterdam")));
        foreach (var (a, b) in new[] { ("Amsterdam", "Eindhoven"), ("Haarlem", "Breda"), ("Arnhem", "The Hague"), ("Leiden", "Texel"), ("Breda", "Breda") })
        {
            var r = roads.ShortestPath(a, b);
            Console.WriteLine(r is var (d, path) ? $"{a,-10} -> {b,-10} {d,4} km via {string.Join("-", path)}" : $"{a,-10} -> {b,-10} unreachable");
        }

        // Kruskal over the same edges (each undirected edge listed twice; keep From < To).
        var names = roads.Nodes.ToList();
        var id = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);
        var uf = new UnionFind(names.Count);
        var mst = roads.Edges.Where(e => string.CompareOrdinal(e.From, e.To) < 0)
                       .OrderBy(e => e.Weight).ThenBy(e => e.From, StringComparer.Ordinal)
                       .Where(e => uf.Union(id[e.From], id[e.To])).ToList();
        Console.WriteLine($"MST: {mst.Sum(e => e.Weight)} km, {mst.Count} edges, {uf.Sets} components: " + string.Join("; ", mst.Select(e => $"{e.From}-{e.To}")));

        var build = new Graph<string>(directed: true);
        foreach (var line in new[] { "app: lib net log", "lib: core", "net: core log", "log: core", "core:", "tests: app mock", "mock: core", "docs:" })
        {
            var parts = line.Split(':', StringSplitOptions.TrimEntries);
            build.Add(parts[0]);
            foreach (var dep in parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)) build.Connect(dep, parts[0]);
        }
        Console.WriteLine("build order: " + string.Join(" ", build.TopologicalOrder(StringComparer.Ordinal)));
        build.Connect("app", "core");
        try { build.TopologicalOrder(StringComparer.Ordinal); }
        catch (CycleException<string> e) { Console.WriteLine($"{e.Message} ({e.Nodes.Count})"); }
        var sccs = build.StronglyConnected().Where(c => c.Count > 1).Select(c => string.Join("+", c.Order(StringComparer.Ordinal)));
        Console.WriteLine("cycles: " + string.Join(" | ", sccs));

        var numbers = new Graph<int>(directed: true);
        for (int i = 1; i <= 30; i++)
        {
            numbers.Add(i);
            for (int m = 2 * i; m <= 30; m += i) numbers.Connect(i, m, m / i);
        }
        Console.WriteLine($"divisor DAG: {numbers.Nodes.Count()} nodes, {numbers.Edges.Count()} edges, topo head {string.Join(",", numbers.TopologicalOrder(Comparer<int>.Default).Take(8))}");
        var p24 = numbers.ShortestPath(1, 24)!.Value;
        Console.WriteLine($"1 -> 24 product-weighted: {p24.Distance} via {string.Join(">", p24.Path)}");
        Console.WriteLine($"SCC count on DAG: {numbers.StronglyConnected().Count}");

        string[] maze =
        [
            "S....#........",
            ".###.#.######.",
            ".#...#.#....#.",
            ".#.###.#.##.#.",
            ".#.....#.#..#.",
            ".#######.#.##.",
            ".........#...G",
        ];
        var grid = new Graph<Cell>(directed: true);
        Cell start = default, goal = default;
        for (int y = 0; y < maze.Length; y++)
            for (int x = 0; x < maze[y].Length; x++)
            {
                if (maze[y][x] == '#') continue;
                var c = new Cell(x, y);
                if (maze[y][x] == 'S') start = c;
                if (maze[y][x] == 'G') goal = c;
                grid.Add(c);
                foreach (var n in c.Neighbours())
                    if (n.Y >= 0 && n.Y < maze.Length && n.X >= 0 && n.X < maze[n.Y].Length && maze[n.Y][n.X] != '#')
                        grid.Connect(c, n);
            }
        var route = grid.ShortestPath(start, goal);
        Console.WriteLine($"maze: {route?.Distance} steps from {start} to {goal}");
        var onPath = route!.Value.Path.ToHashSet();
        for (int y = 0; y < maze.Length; y++)
            Console.WriteLine(string.Concat(maze[y].Select((ch, x) => ch == '.' && onPath.Contains(new Cell(x, y)) ? '*' : ch)));
        var far = grid.BreadthFirst(start).MaxBy(p => p.Depth);
        Console.WriteLine($"farthest from start: {far.Node} at depth {far.Depth}; reachable {grid.BreadthFirst(start).Count()} of {grid.Nodes.Count()}; heuristic {start.Manhattan(goal)}");
        try { new Graph<char>(true).Connect('a', 'b', -1).ShortestPath('a', 'b'); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
    }
}
