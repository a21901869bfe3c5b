// A complete program: two grid puzzles over spans — a sudoku solver (bitmask candidates,
// constraint propagation, backtracking over a ref struct board on the stack) and Conway's
// game of life on a torus (double-buffered Span<byte> generations, pattern detection with a
// HashSet of generation fingerprints).
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

ref struct Board
{
    private readonly Span<byte> _cells;      // 0 = empty, 1..9
    private readonly Span<ushort> _rows, _cols, _boxes; // bit d set = digit d used

    public Board(Span<byte> cells, Span<ushort> masks)
    {
        _cells = cells;
        _rows = masks[..9];
        _cols = masks.Slice(9, 9);
        _boxes = masks[18..27];
        masks.Clear();
        for (int i = 0; i < 81; i++)
            if (cells[i] != 0 && !TryPlace(i, cells[i], out _))
                throw new ArgumentException($"conflict at r{i / 9 + 1}c{i % 9 + 1}");
    }

    static int Box(int i) => i / 27 * 3 + i % 9 / 3;

    public readonly int Candidates(int i) =>
        _cells[i] != 0 ? 0 : ~(_rows[i / 9] | _cols[i % 9] | _boxes[Box(i)]) & 0b11_1111_1110;

    public bool TryPlace(int i, int d, out int undo)
    {
        ushort bit = (ushort)(1 << d);
        undo = i;
        if (((_rows[i / 9] | _cols[i % 9] | _boxes[Box(i)]) & bit) != 0) return false;
        _rows[i / 9] |= bit; _cols[i % 9] |= bit; _boxes[Box(i)] |= bit;
        _cells[i] = (byte)d;
        return true;
    }

    public void Remove(int i)
    {
        ushort keep = (ushort)~(1 << _cells[i]);
        _rows[i / 9] &= keep; _cols[i % 9] &= keep; _boxes[Box(i)] &= keep;
        _cells[i] = 0;
    }

    // Most constrained empty cell, or -1 when full; -2 when some cell has no candidate.
    public readonly int PickCell()
    {
        int best = -1, bestCount = 10;
        for (int i = 0; i < 81; i++)
        {
            if (_cells[i] != 0) continue;
            int n = BitOperations.PopCount((uint)Candidates(i));
            if (n == 0) return -2;
            if (n < bestCount) (best, bestCount) = (i, n);
        }
        return best;
    }
}

static class Sudoku
{
    public static int Nodes;

    public static bool Solve(ref Board b, ref int solutions, Span<byte> firstSolution, ReadOnlySpan<byte> cells, int limit)
    {
        Nodes++;
        int i = b.PickCell();
        if (i == -2) return false;
        if (i == -1)
        {
            if (solutions++ == 0) cells.CopyTo(firstSolution);
            return solutions >= limit;
        }
        int cand = b.Candidates(i);
        while (cand != 0)
        {
            int d = BitOperations.TrailingZeroCount(cand);
            cand &= cand - 1;
            b.TryPlace(i, d, out _);
            bool stop = Solve(ref b, ref solutions, firstSolution, cells, limit);
            b.Remove(i);
            if (stop) return true;
        }
        return false;
    }

    public static string Run(string puzzle, out int count)
    {
        Span<byte> cells = stackalloc byte[81];
        Span<ushort> masks = stackalloc ushort[27];
        Span<byte> solution = stackalloc byte[81];
        for (int k = 0; k < 81; k++)
            cells[k] = puzzle[k] switch { >= '1' and <= '9' and var c => (byte)(c - '0'), '.' or '0' => 0, var c => throw new FormatException($"bad cell '{c}'") };
        var board = new Board(cells, masks);
        count = 0;
        Nodes = 0;
        Solve(ref board, ref count, solution, cells, limit: 2);
        return count == 0 ? "" : string.Create(81, solution.ToArray(), (dst, src) => { for (int k = 0; k < 81; k++) dst[k] = (char)('0' + src[k]); });
    }

    public static void Print(string grid)
    {
        for (int r = 0; r < 9; r++)
        {
            if (r % 3 == 0 && r > 0) Console.WriteLine("------+-------+------");
            var row = grid.AsSpan(r * 9, 9);
            Console.WriteLine($"{row[0]} {row[1]} {row[2]} | {row[3]} {row[4]} {row[5]} | {row[6]} {row[7]} {row[8]}");
        }
    }
}

sealed class Life
{
    private byte[] _cur, _next;
    public int Width { get; }
    public int Height { get; }
    public int Generation { get; private set; }

    public Life(int w, int h, params ReadOnlySpan<string> pattern)
    {
        (Width, Height) = (w, h);
        _cur = new byte[w * h];
        _next = new byte[w * h];
        for (int y = 0; y < pattern.Length; y++)
            for (int x = 0; x < pattern[y].Length; x++)
                if (pattern[y][x] == '#') _cur[(y + 1) * w + x + 1] = 1;
    }

    public int Population => _cur.Count(c => c != 0);

    public void Step()
    {
        ReadOnlySpan<byte> cur = _cur;
        Span<byte> next = _next;
        for (int y = 0; y < Height; y++)
        {
            int up = (y + Height - 1) % Height * Width, here = y * Width, down = (y + 1) % Height * Width;
            for (int x = 0; x < Width; x++)
            {
                int l = (x + Width - 1) % Width, r = (x + 1) % Width;
                int n = cur[up + l] + cur[up + x] + cur[up + r] + cur[here + l] + cur[here + r] + cur[down + l] + cur[down + x] + cur[down + r];
                next[here + x] = (byte)(n == 3 || (n == 2 && cur[here + x] != 0) ? 1 : 0);
            }
        }
        (_cur, _next) = (_next, _cur);
        Generation++;
    }

    public ulong Fingerprint()
    {
        // FNV-1a over the cells: deterministic, unlike string hashing.
        ulong h = 14695981039346656037;
        foreach (ulong word in MemoryMarshal.Cast<byte, ulong>(_cur.AsSpan(0, _cur.Length / 8 * 8)))
        {
            h ^= word;
            h *= 1099511628211;
        }
        return h;
    }

    public (int MinX, int MinY, int MaxX, int MaxY) Bounds()
    {
        int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
        for (int i = 0; i < _cur.Length; i++)
        {
            if (_cur[i] == 0) continue;
            int x = i % Width, y = i / Width;
            minX = Math.Min(minX, x); maxX = Math.Max(maxX, x);
            minY = Math.Min(minY, y); maxY = Math.Max(maxY, y);
        }
        return (minX, minY, maxX, maxY);
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        for (int y = 0; y < Height; y++)
        {
            foreach (byte c in _cur.AsSpan(y * Width, Width)) sb.Append(c != 0 ? '#' : '.');
            sb.Append('\n');
        }
        return sb.ToString();
    }
}

static class Program
{
    static void Main()
    {
        string[] puzzles =
        [
            "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
            "..............3.85..1.2.......5.7.....4...1...9.......5......73..2.1........4...9",
            "1...............................................................................",
            "11...............................................................................",
            "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
            "12.......34......................................................................",
        ];
        foreach (var p in puzzles)
        {
            try
            {
                if (p.Length != 81) throw new FormatException($"expected 81 cells, got {p.Length}");
                string solved = Sudoku.Run(p, out int count);
                string verdict = count switch { 0 => "no solution", 1 => "unique", _ => "multiple solutions" };
                Console.WriteLine($"{p[..20]}... {verdict}, {Sudoku.Nodes} nodes");
                if (count == 1) Sudoku.Print(solved);
                else if (count > 1) Console.WriteLine($"  first: {solved}");
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                Console.WriteLine($"{p[..Math.Min(20, p.Length)]}... rejected: {e.Message}");
            }
        }

        var life = new Life(16, 12, ".#.", "..#", "###");
        Console.Write(life);
        var seen = new Dictionary<ulong, int> { [life.Fingerprint()] = 0 };
        for (int g = 1; g <= 200; g++)
        {
            life.Step();
            if (g % 16 == 0) Console.WriteLine($"gen {life.Generation,3}: pop {life.Population}, bounds {life.Bounds()}");
            if (!seen.TryAdd(life.Fingerprint(), g))
            {
                Console.WriteLine($"gen {g} repeats gen {seen[life.Fingerprint()]} (period {g - seen[life.Fingerprint()]})");
                break;
            }
        }
        Console.Write(life);

        var pulsarRows = new[]
        {
            "..###...###..", ".............", "#....#.#....#", "#....#.#....#", "#....#.#....#", "..###...###..",
            ".............", "..###...###..", "#....#.#....#", "#....#.#....#", "#....#.#....#", ".............", "..###...###..",
        };
        var pulsar = new Life(17, 17, pulsarRows);
        var pops = new List<int>();
        var fp0 = pulsar.Fingerprint();
        do { pulsar.Step(); pops.Add(pulsar.Population); } while (pulsar.Fingerprint() != fp0 && pulsar.Generation < 50);
        Console.WriteLine($"pulsar period {pulsar.Generation}, populations {string.Join("/", pops)}");

        var rpent = new Life(40, 40, ".##", "##.", ".#.");
        var history = new List<int>();
        for (int g = 0; g < 120; g++) { rpent.Step(); history.Add(rpent.Population); }
        Console.WriteLine($"r-pentomino on 40x40: max pop {history.Max()} at gen {history.IndexOf(history.Max()) + 1}, final {history[^1]}, avg {history.Average():F2}");
        Span<int> counts = stackalloc int[4];
        foreach (int pop in history) counts[Math.Min(pop / 50, 3)]++;
        Console.WriteLine($"histogram: {counts[0]} {counts[1]} {counts[2]} {counts[3]}");
    }
}
