// A sweep over newer everyday APIs: span sorting/searching/splitting, records, string.Create,
// Enumerable.Sequence/InfiniteSequence, argument-check helpers, Stopwatch, Debug/Trace,
// encodings, Random.Shuffle/GetItems, Math, lookups, Array helpers, ranges and indices.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text;
record struct Pt(int X, int Y);
record Person(string Name, int Age) { public List<string> Tags { get; init; } = new(); }
class Program
{
    static int Main()
    {
        Span<int> s = stackalloc int[] { 5, 1, 4, 2 };
        s.Sort(); Console.WriteLine(string.Join(",", s.ToArray()) + " " + s.BinarySearch(4) + " " + s.IndexOf(2) + " " + s.Contains(9) + " " + s.IndexOfAny(4, 5) + " " + s.SequenceEqual(new[] { 1, 2, 4, 5 }));
        ReadOnlySpan<char> text = "  a,b,,c  ".AsSpan().Trim();
        foreach (Range r in text.Split(',')) Console.Write("[" + text[r].ToString() + "]");
        Console.WriteLine(" " + text.StartsWith("a,") + " " + text.LastIndexOf(',') + " " + text.Count(',') + " " + MemoryExtensions.Equals(text, "A,B,,C", StringComparison.OrdinalIgnoreCase));
        Console.WriteLine(new Pt(1, 2) + " " + new Person("Ann", 3) + " " + (new Pt(1, 2) == new Pt(1, 2)) + " " + (new Person("Ann", 3) with { Age = 4 }).Age);
        string created = string.Create(5, 'x', (span, c) => { for (int i = 0; i < span.Length; i++) span[i] = (char)(c + i % 2); });
        Console.WriteLine(created + " " + string.Join(",", Enumerable.Sequence(1, 10, 3)) + " " + Enumerable.InfiniteSequence(5, 5).Take(3).Sum());
        try { ArgumentNullException.ThrowIfNull((object)null, "param"); } catch (ArgumentNullException e) { Console.WriteLine(e.Message); }
        try { ArgumentOutOfRangeException.ThrowIfNegative(-1, "n"); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { ArgumentException.ThrowIfNullOrEmpty("", "str"); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
        try { ObjectDisposedException.ThrowIf(true, "obj"); } catch (ObjectDisposedException e) { Console.WriteLine(e.Message); }
        try { checked { int big = int.MaxValue; big++; } } catch (OverflowException e) { Console.WriteLine(e.Message); }
        var sw = Stopwatch.StartNew(); sw.Stop(); Console.WriteLine((sw.ElapsedMilliseconds >= 0) + " " + Stopwatch.IsHighResolution + " " + (Stopwatch.Frequency > 0));
        Debug.Assert(true); Debug.WriteLine("debug"); Trace.WriteLine("trace");
        Console.WriteLine(Encoding.UTF8.GetByteCount("héllo") + " " + Encoding.Unicode.GetBytes("ab").Length + " " + Encoding.ASCII.GetString(new byte[] { 72, 200 }) + " " + Encoding.Latin1.GetString(new byte[] { 0xE9 }) + " " + Encoding.UTF32.GetBytes("a").Length);
        var rnd = new Random(3); var arr = Enumerable.Range(0, 8).ToArray(); rnd.Shuffle(arr); Console.WriteLine(string.Join(",", arr) + " " + string.Join(",", new Random(5).GetItems(new[] { 'a', 'b', 'c' }, 5)));
        Console.WriteLine(Math.FusedMultiplyAdd(2, 3, 4) + " " + Math.ReciprocalEstimate(4) + " " + double.Parse("1e-400") + " " + Math.ScaleB(1, 10) + " " + Math.CopySign(3, -0.0) + " " + Math.Cbrt(27) + " " + (0.1 + 0.2).ToString("R"));
        var lookup = new[] { "apple", "avocado", "banana" }.ToLookup(x => x[0]); Console.WriteLine(lookup['a'].Count() + " " + lookup.Contains('c') + " " + lookup.Count);
        var pq = new PriorityQueue<string, int>(); pq.Enqueue("x", 2); pq.Enqueue("y", 1); Console.WriteLine(pq.Dequeue());
        int[] jag = new int[3]; Array.Fill(jag, 7); Array.Resize(ref jag, 5); Console.WriteLine(string.Join(",", jag) + " " + Array.LastIndexOf(jag, 7) + " " + Array.TrueForAll(jag, x => x >= 0));
        Console.WriteLine(string.Join(" ", "The Quick Brown".Split(' ').Select(w => char.ToLower(w[0]) + w[1..])) + " " + "abc".Reverse().Aggregate("", (a, c) => a + c) + " " + new string('-', 3) + " " + "a\tb".Replace('\t', ' ') + " " + "Hello"[^1] + " " + "Hello"[1..^1]);
        return 0;
    }
}
