// A sweep over everyday APIs: StringBuilder, composite formatting, enums and flags, string
// helpers, Guid, Base64/hex, tuples, TimeSpan, Math, Array and List helpers, char and string
// casing, Environment, type names, Random (incl. NextInt64), HashSet/Queue/Stack/Dictionary.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
class Program
{
    enum Color { Red = 1, Green = 2, Blue = 4 }
    [Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, All = 7 }
    static int Main()
    {
        var sb = new StringBuilder("hello");
        sb.Insert(0, "[").Append(']').Replace("l", "L", 0, 4).AppendFormat("{0:X4}", 255).AppendJoin(",", new[] { 1, 2 }).AppendLine().Append('x', 3);
        Console.WriteLine(sb.ToString() + " " + sb.Length + " " + sb[1] + " " + sb.ToString(1, 3) + " " + sb.Remove(0, 2) + " " + sb.Equals(new StringBuilder(sb.ToString())));
        Console.WriteLine(string.Format("{0,-6}|{1,6:F1}|{2:P0}|{3:D3}|{{x}}|{4:yyyy}", "ab", 3.14159, 0.5, 7, new DateTime(2020, 1, 1)));
        Console.WriteLine($"{Color.Green} {(Color)3} {Perm.Read | Perm.Write} {Perm.All} {(Perm)8} {Enum.Parse<Color>("Blue")} {Enum.GetNames<Color>().Length} {Perm.All.HasFlag(Perm.Exec)} {Enum.IsDefined(typeof(Color), 3)} {Color.Red.ToString("D")} {Perm.Write.ToString("X")}");
        Console.WriteLine(string.Join(",", "a,b,,c".Split(',', StringSplitOptions.RemoveEmptyEntries)) + " " + "  x  ".Trim() + "|" + "abc".PadLeft(5, '*') + "|" + "Hello".Replace("l", "L") + "|" + "hello world".IndexOf("wor") + "|" + string.Concat(Enumerable.Repeat("ab", 3)) + "|" + "a-b-c".LastIndexOf('-') + "|" + "ABC".ToLower() + "|" + "abc".Contains('b') + "|" + string.Join("/", "a b  c".Split(' ')));
        Console.WriteLine(Guid.Parse("12345678-1234-1234-1234-123456789abc").ToString("N") + " " + Guid.Empty + " " + new Guid("00000000-0000-0000-0000-000000000001").ToString("B"));
        Console.WriteLine(Convert.ToBase64String(Encoding.UTF8.GetBytes("héllo")) + " " + Encoding.UTF8.GetString(Convert.FromBase64String("aMOpbGxv")) + " " + Convert.ToHexString(new byte[] { 1, 0xAB }) + " " + BitConverter.ToString(new byte[] { 2, 1, 0, 255 }) + " " + Convert.ToString(255, 2) + " " + Convert.ToInt32("ff", 16));
        var t = (1, "two", 3.0); var (a, b, c) = t; Console.WriteLine(t + " " + a + b + c + " " + Tuple.Create(1, "x") + " " + (t == (1, "two", 3.0)));
        Console.WriteLine(TimeSpan.FromMinutes(90) + " " + TimeSpan.FromSeconds(3661.5).ToString(@"hh\:mm\:ss\.f") + " " + new TimeSpan(1, 2, 3, 4, 5) + " " + TimeSpan.Parse("01:02:03").TotalSeconds + " " + (new DateTime(2024, 3, 1) - new DateTime(2024, 2, 1)).Days);
        Console.WriteLine(Math.Round(2.5) + " " + Math.Round(-2.5, MidpointRounding.AwayFromZero) + " " + Math.Floor(-1.5) + " " + Math.Pow(2, 0.5) + " " + Math.Max(3, 7) + " " + Math.Clamp(15, 0, 10) + " " + Math.Log(Math.E) + " " + Math.Atan2(1, 1) + " " + Math.BigMul(int.MaxValue, int.MaxValue) + " " + Math.DivRem(17, 5, out int rem) + rem);
        Console.WriteLine(string.Join(",", new[] { 3, 1, 2 }.OrderBy(x => x)) + " " + Array.IndexOf(new[] { 1, 2, 3 }, 2) + " " + Array.BinarySearch(new[] { 1, 3, 5 }, 4) + " " + string.Join(",", Array.ConvertAll(new[] { 1, 2 }, x => x * 2)) + " " + Array.Exists(new[] { 1, 2 }, x => x > 1) + " " + Array.FindAll(new[] { 1, 2, 3, 4 }, x => x % 2 == 0).Length + " " + string.Join(",", new int[] { 5, 6, 7 }[1..]));
        int[,] grid = new int[2, 3]; grid[1, 2] = 5; Console.WriteLine(grid.GetLength(1) + " " + grid[1, 2] + " " + grid.Length + " " + grid.Rank);
        var list = new List<int> { 5, 3, 8 }; list.Sort((x, y) => y.CompareTo(x)); list.RemoveAll(x => x == 3); list.InsertRange(0, new[] { 1, 2 }); Console.WriteLine(string.Join(",", list) + " " + list.FindIndex(x => x > 4) + " " + list.BinarySearch(2) + " " + list.ConvertAll(x => x.ToString()).Count + " " + list.TrueForAll(x => x > 0) + " " + list.GetRange(1, 2).Sum());
        Console.WriteLine(char.IsLetter('é') + " " + char.IsDigit('٣') + " " + char.GetNumericValue('7') + " " + char.ToUpper('ß') + " " + char.IsWhiteSpace('\u00A0') + " " + char.IsPunctuation('!') + " " + (int)char.ToUpperInvariant('ÿ') + " " + char.IsSurrogate("𝄞"[0]) + " " + char.ConvertFromUtf32(0x1F600).Length + " " + char.ConvertToUtf32("𝄞", 0));
        Console.WriteLine("straße".ToUpperInvariant() + " " + "İ".ToLowerInvariant().Length + " " + "ǅ".ToUpperInvariant() + " " + "ΑΒΓ".ToLowerInvariant() + " " + "Привет".ToUpperInvariant() + " " + string.Compare("a", "B", StringComparison.OrdinalIgnoreCase) + " " + "abc".Normalize() + " " + "e\u0301".Normalize().Length);
        Console.WriteLine(Environment.NewLine.Length + " " + (Environment.GetCommandLineArgs().Length > 0) + " " + (Environment.TickCount64 > 0) + " " + Environment.GetEnvironmentVariable("NONEXISTENT_VAR_X") + "|" + (Environment.ProcessorCount > 0) + " " + Environment.ExitCode);
        object o = 5; Console.WriteLine((o is int i && i > 3) + " " + o.GetType().Name + " " + typeof(List<int>).Name + " " + typeof(List<int>).FullName + " " + typeof(Dictionary<string, int>).ToString() + " " + default(int?).HasValue + " " + ((int?)null ?? 7));
        var rnd = new Random(1); Console.WriteLine(rnd.Next(100) + " " + rnd.Next(5, 10) + " " + rnd.NextDouble().ToString("F4") + " " + rnd.NextInt64(1000) + " " + rnd.NextInt64() + " " + rnd.NextInt64(-5, 5) + " " + rnd.NextInt64(1L << 40, 1L << 41));
        var hs = new HashSet<int> { 1, 2, 3 }; hs.IntersectWith(new[] { 2, 3, 4 }); Console.WriteLine(string.Join(",", hs) + " " + hs.IsSubsetOf(new[] { 1, 2, 3 }) + " " + hs.SetEquals(new[] { 3, 2 }));
        var q = new Queue<int>(new[] { 1, 2 }); q.Enqueue(3); var st = new Stack<int>(new[] { 1, 2 }); Console.WriteLine(q.Peek() + " " + q.Dequeue() + " " + st.Pop() + " " + st.Count + " " + string.Join(",", q) + " " + q.Contains(3));
        var dict = new Dictionary<string, List<int>>(); dict.TryAdd("a", new List<int>()); dict["a"].Add(1); Console.WriteLine(dict.GetValueOrDefault("b")?.Count ?? -1); Console.WriteLine(string.Join(",", dict.Keys) + " " + dict.Remove("a", out var removed) + removed.Count);
        return 0;
    }
}
