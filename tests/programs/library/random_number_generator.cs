// RandomNumberGenerator: only what is certain is printed (lengths, ranges, that draws
// differ, that a shuffle is a permutation) and the argument errors.
using System;
using System.Linq;
using System.Security.Cryptography;

static class Program
{
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": no exception"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        byte[] a = RandomNumberGenerator.GetBytes(32), b = RandomNumberGenerator.GetBytes(32);
        Console.WriteLine($"lengths {a.Length} {b.Length} differ {!a.SequenceEqual(b)} empty {RandomNumberGenerator.GetBytes(0).Length}");
        Span<byte> span = stackalloc byte[1000];
        RandomNumberGenerator.Fill(span);
        Console.WriteLine("distinct byte values in 1000 >= 200: " + (span.ToArray().Distinct().Count() >= 200));
        using (var rng = RandomNumberGenerator.Create())
        {
            byte[] buf = new byte[16];
            rng.GetBytes(buf);
            byte[] part = new byte[10];
            rng.GetBytes(part, 2, 6);
            Console.WriteLine("untouched edges " + (part[0] == 0 && part[1] == 0 && part[8] == 0 && part[9] == 0));
            byte[] nz = new byte[4096];
            rng.GetNonZeroBytes(nz);
            Console.WriteLine("non-zero " + nz.All(x => x != 0));
            rng.GetBytes(new Span<byte>(buf, 4, 4));
            Try("GetBytes null", () => rng.GetBytes((byte[])null));
            Try("GetBytes bad range", () => rng.GetBytes(part, 8, 4));
            Try("GetBytes negative offset", () => rng.GetBytes(part, -1, 4));
            Try("GetNonZeroBytes null", () => rng.GetNonZeroBytes((byte[])null));
        }
        int[] counts = new int[6];
        bool inRange = true;
        for (int i = 0; i < 6000; i++)
        {
            int v = RandomNumberGenerator.GetInt32(1, 7);
            if (v < 1 || v > 6) inRange = false; else counts[v - 1]++;
        }
        Console.WriteLine("dice in range " + inRange + ", every face seen " + counts.All(c => c > 700));
        Console.WriteLine("GetInt32(1) " + RandomNumberGenerator.GetInt32(1) + " GetInt32(5,6) " + RandomNumberGenerator.GetInt32(5, 6));
        int lo = RandomNumberGenerator.GetInt32(int.MinValue, int.MaxValue);
        int neg = RandomNumberGenerator.GetInt32(-10, -5);
        Console.WriteLine("wide ok " + (lo < int.MaxValue) + " negative range ok " + (neg >= -10 && neg < -5));
        Try("GetInt32(0)", () => RandomNumberGenerator.GetInt32(0));
        Try("GetInt32(-3)", () => RandomNumberGenerator.GetInt32(-3));
        Try("GetInt32(5,5)", () => RandomNumberGenerator.GetInt32(5, 5));
        Try("GetInt32(6,5)", () => RandomNumberGenerator.GetInt32(6, 5));
        Try("GetBytes(-1)", () => RandomNumberGenerator.GetBytes(-1));

        int[] deck = Enumerable.Range(0, 52).ToArray();
        RandomNumberGenerator.Shuffle<int>(deck);
        Console.WriteLine("shuffle is permutation " + deck.OrderBy(x => x).SequenceEqual(Enumerable.Range(0, 52)));
        string hex = RandomNumberGenerator.GetHexString(15), lower = RandomNumberGenerator.GetHexString(8, true);
        Console.WriteLine($"hex {hex.Length} {hex.All(c => "0123456789ABCDEF".Contains(c))} lower {lower.Length} {lower.All(c => "0123456789abcdef".Contains(c))}");
        string s = RandomNumberGenerator.GetString("ab", 20);
        Console.WriteLine($"string {s.Length} {s.All(c => c == 'a' || c == 'b')}");
        int[] items = RandomNumberGenerator.GetItems<int>(new[] { 7 }, 3);
        Console.WriteLine("items " + string.Join(",", items));
        Try("GetItems empty", () => RandomNumberGenerator.GetItems<int>(ReadOnlySpan<int>.Empty, 3));
        Try("GetItems negative", () => RandomNumberGenerator.GetItems<int>(new[] { 1 }, -1));
        Try("GetHexString negative", () => RandomNumberGenerator.GetHexString(-1));
    }
}
