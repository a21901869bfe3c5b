// Random with a seed gives .NET's sequences (the subtractive generator): Next(), Next(n),
// Next(a, b), NextDouble, NextSingle, NextInt64 in its ranges, NextBytes, Shuffle, GetItems;
// argument errors; and the unseeded Random works (its values are only range-checked).
using System;
using System.Text;

class Program
{
    static string T(Func<object> f)
    {
        try { return Convert.ToString(f(), System.Globalization.CultureInfo.InvariantCulture); }
        catch (Exception e) { return e.GetType().Name; }
    }

    static int Main()
    {
        foreach (int seed in new[] { 0, 1, 42, -1, 12345, int.MaxValue, int.MinValue, 1000000007 })
        {
            var r = new Random(seed);
            var sb = new StringBuilder("seed " + seed + ":");
            for (int i = 0; i < 5; i++) sb.Append(' ').Append(r.Next());
            for (int i = 0; i < 5; i++) sb.Append(' ').Append(r.Next(10));
            sb.Append(" |");
            for (int i = 0; i < 5; i++) sb.Append(' ').Append(r.Next(-100, 100));
            sb.Append(' ').Append(r.Next(int.MinValue, int.MaxValue)).Append(' ').Append(r.Next(0, 1)).Append(' ').Append(r.Next(5, 5)).Append(' ').Append(r.Next(int.MaxValue)).Append(' ').Append(r.Next(-2, int.MaxValue));
            sb.Append(" |");
            for (int i = 0; i < 3; i++) sb.Append(' ').Append(r.NextDouble().ToString("R"));
            sb.Append(' ').Append(r.NextSingle().ToString("R"));
            sb.Append(" |");
            sb.Append(' ').Append(r.NextInt64()).Append(' ').Append(r.NextInt64(1000)).Append(' ').Append(r.NextInt64(-5, 5)).Append(' ').Append(r.NextInt64(long.MinValue, long.MaxValue)).Append(' ').Append(r.NextInt64(1L << 40)).Append(' ').Append(r.NextInt64(0, (1L << 62) + 12345));
            byte[] b = new byte[13];
            r.NextBytes(b);
            sb.Append(" | ").Append(BitConverter.ToString(b));
            Span<byte> sp = stackalloc byte[5];
            r.NextBytes(sp);
            sb.Append(' ').Append(BitConverter.ToString(sp.ToArray()));
            int[] arr = { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 };
            r.Shuffle(arr);
            sb.Append(" | ").Append(string.Join(",", arr));
            string[] words = { "a", "b", "c", "d" };
            sb.Append(" | ").Append(string.Join("", r.GetItems(words, 10)));
            sb.Append(' ').Append(new string(r.GetItems<char>("xyz".AsSpan(), 6)));
            Console.WriteLine(sb.ToString());
        }
        // a long run: a hash over 100000 values of each kind
        var big = new Random(2023);
        long h = 0;
        for (int i = 0; i < 100000; i++)
        {
            h = h * 31 + big.Next();
            h = h * 31 + big.Next(1000);
            h = h * 31 + big.Next(-50, 50);
            h = h * 31 + (long)(big.NextDouble() * 1e9);
            h = h * 31 + big.NextInt64(1L << 50);
        }
        Console.WriteLine("hash " + h);
        var rr = new Random(7);
        Console.WriteLine(T(() => rr.Next(-1)) + " " + T(() => rr.Next(5, 4)) + " " + T(() => rr.NextInt64(-1)) + " " + T(() => rr.NextInt64(3, 2)) + " " + T(() => { rr.NextBytes(null); return 0; }) + " " + T(() => rr.GetItems(new int[0], 3)) + " " + T(() => rr.GetItems(new[] { 1 }, -1)));
        // unseeded: only ranges can be checked
        var u = new Random();
        bool ok = true;
        for (int i = 0; i < 1000; i++)
        {
            int a = u.Next(10), c = u.Next(-3, 3);
            double d = u.NextDouble();
            long l = u.NextInt64(100);
            ok &= a >= 0 && a < 10 && c >= -3 && c < 3 && d >= 0 && d < 1 && l >= 0 && l < 100 && u.Next() >= 0;
        }
        Console.WriteLine("unseeded in range " + ok + " shared " + (Random.Shared.Next(1, 2) == 1));
        return 0;
    }
}
