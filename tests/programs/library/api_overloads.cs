// Calls the overloads C# 14 binds ordinary code to (params spans, span arguments, the
// static math members of the number types, comparer and nullable-selector LINQ forms),
// so that a missing one shows as a MissingMethodException here rather than in a program.
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

static class ApiOverloads
{
    static void Main()
    {
        Paths();
        Collections();
        FloatingMath();
        IntegerMath();
        Linq();
    }

    static void Paths()
    {
        // Five arguments: the params overload, which C# 14 binds to the ReadOnlySpan<string> one.
        Console.WriteLine(Path.Combine("a", "b", "c", "d", "e"));
        Console.WriteLine(Path.Combine("a", "/root", "c", "", "e"));
        Console.WriteLine(Path.Join("a", "b/", "/c", "d", "e"));
        Console.WriteLine(Path.Join("x".AsSpan(), "y".AsSpan(), "z".AsSpan(), "w".AsSpan()));
        try { Path.Combine("a", "b", null, "d", "e"); } catch (ArgumentNullException e) { Console.WriteLine("null part: " + e.ParamName); }

        Span<char> buffer = stackalloc char[16];
        Console.WriteLine(Path.TryJoin("dir", "file.txt", buffer, out int n) + " " + buffer.Slice(0, n).ToString());
        Console.WriteLine(Path.TryJoin("dir", "sub", "file.txt", buffer.Slice(0, 5), out n) + " " + n);

        foreach (string p in new[] { "/usr/lib/x.tar.gz", "rel/dir/", "name.", "/", "", "a//b//c.txt", ".bashrc", "/top" })
        {
            ReadOnlySpan<char> s = p.AsSpan();
            Console.WriteLine($"'{p}': dir='{Path.GetDirectoryName(s).ToString()}' ext='{Path.GetExtension(s).ToString()}' " +
                $"stem='{Path.GetFileNameWithoutExtension(s).ToString()}' root='{Path.GetPathRoot(s).ToString()}' " +
                $"has={Path.HasExtension(s)} trim='{Path.TrimEndingDirectorySeparator(s).ToString()}'");
        }
    }

    static void Collections()
    {
        var q = new Queue<int>(100);
        for (int i = 0; i < 5; i++) q.Enqueue(i);
        q.Dequeue();
        q.TrimExcess(10);
        q.Enqueue(9);
        Console.WriteLine(string.Join(",", q) + " cap=" + q.EnsureCapacity(0));
        try { q.TrimExcess(2); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("queue: " + e.ParamName); }
        try { q.TrimExcess(-1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("queue: " + e.ParamName); }

        var st = new Stack<string>(50);
        st.Push("a"); st.Push("b"); st.Push("c");
        st.TrimExcess(3);
        st.Push("d");
        Console.WriteLine(string.Join(",", st) + " cap=" + st.EnsureCapacity(0));
        try { st.TrimExcess(1); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("stack: " + e.ParamName); }

        var list = new List<int> { 1, 2, 3 };
        list.InsertRange(1, new int[] { 7, 8 }.AsSpan());
        list.InsertRange(5, ReadOnlySpan<int>.Empty);
        Console.WriteLine(string.Join(",", list));
        try { list.InsertRange(9, new[] { 1 }.AsSpan()); } catch (ArgumentOutOfRangeException e) { Console.WriteLine("insert: " + e.ParamName); }
        Span<int> dest = new int[6];
        list.CopyTo(dest);
        Console.WriteLine(string.Join(",", dest.ToArray()));
        try { list.CopyTo(new int[2].AsSpan()); } catch (ArgumentException e) { Console.WriteLine("copy: " + e.GetType().Name); }

        IDictionary<string, int> d = new Dictionary<string, int> { ["one"] = 1, ["two"] = 2 };
        var ro = d.AsReadOnly();
        Console.WriteLine(ro.Count + " " + ro["two"] + " " + ro.ContainsKey("three"));
    }

    static void FloatingMath()
    {
        double[] xs = { 0.0, -0.0, 0.5, 1.0, -2.25, 3.7, double.NaN, double.PositiveInfinity };
        foreach (double x in xs)
        {
            Console.WriteLine($"{x}: sin={double.Sin(x)} cos={double.Cos(x)} tan={double.Tan(x)} exp={double.Exp(x)} " +
                $"log={double.Log(x)} log2={double.Log2(x)} log10={double.Log10(x)} " +
                $"sinpi={double.SinPi(x)} cospi={double.CosPi(x)} exp2={double.Exp2(x)} exp10={double.Exp10(x)} " +
                $"expm1={double.ExpM1(x)} logp1={double.LogP1(x)} ilogb={double.ILogB(x)} scaleb={double.ScaleB(x, 3)} " +
                $"round={double.Round(x, MidpointRounding.AwayFromZero)} round1={double.Round(x, 1, MidpointRounding.ToZero)} " +
                $"atan2={double.Atan2(x, 2)} atanpi={double.AtanPi(x)} up={double.BitIncrement(x)}");
            Console.WriteLine($"{x}f: sin={float.Sin((float)x)} cos={float.Cos((float)x)} sqrt-ish={float.RootN((float)x, 2)} " +
                $"exp2={float.Exp2((float)x)} log={float.Log((float)x, 3f)} round={float.Round((float)x, MidpointRounding.ToEven)} " +
                $"scaleb={float.ScaleB((float)x, -1)} ilogb={float.ILogB((float)x)} asinh={float.Asinh((float)x)}");
        }
        // Cube roots with exact results: s390x's libm cbrt is one ulp off CoreCLR's elsewhere.
        Console.WriteLine($"{double.Cbrt(-27)} {double.Cbrt(0.125)} {double.RootN(-8, 3)} {double.RootN(-0.0, 2)} {float.RootN(-0f, 2)} {float.Cbrt(64f)}");
        var (s, c) = double.SinCos(0.25);
        var (sp, cp) = double.SinCosPi(0.25);
        var (fs, fc) = float.SinCos(0.25f);
        Console.WriteLine($"{s} {c} {sp} {cp} {fs} {fc}");
        Console.WriteLine($"{double.MaxMagnitude(-3, 2)} {double.MinMagnitude(-3, 2)} {double.MaxNumber(double.NaN, 1)} " +
            $"{double.MinNumber(1, double.NaN)} {double.MaxMagnitude(double.NaN, 1)} {double.MinMagnitudeNumber(-0.0, 0.0)} " +
            $"{double.MaxMagnitudeNumber(-2, 2)} {double.FusedMultiplyAdd(2, 3, 4)} {double.Ieee754Remainder(10, 3)}");
        Console.WriteLine($"{float.MaxMagnitude(-3f, 2f)} {float.MinNumber(float.NaN, 5f)} {float.Hypot(3f, 4f)} {float.Atan2Pi(1f, 1f)}");
    }

    static void IntegerMath()
    {
        Console.WriteLine($"{int.MaxMagnitude(-7, 5)} {int.MinMagnitude(-7, 5)} {int.MaxMagnitude(-5, 5)} {int.MinMagnitude(-5, 5)}");
        Console.WriteLine($"{int.MaxMagnitude(int.MinValue, 3)} {int.MinMagnitude(int.MinValue, int.MaxValue)}");
        Console.WriteLine($"{long.MaxMagnitude(long.MinValue, -1)} {short.MinMagnitude(-3, 3)} {sbyte.MaxMagnitude(-128, 127)}");
        Console.WriteLine($"{int.BigMul(int.MaxValue, int.MaxValue)} {int.BigMul(int.MinValue, -1)} {uint.BigMul(uint.MaxValue, uint.MaxValue)}");
        Console.WriteLine($"{long.BigMul(long.MaxValue, -3)} {ulong.BigMul(ulong.MaxValue, 5)}");
    }

    static void Linq()
    {
        var people = new[] { ("ann", (int?)31), ("bob", null), ("cid", 25) };
        Console.WriteLine(people.Min(p => p.Item2) + " " + people.Max(p => p.Item2));
        Console.WriteLine(people.Max(p => (long?)p.Item2 * 2) + " " + people.Min(p => (double?)p.Item2 / 2));
        Console.WriteLine(people.Max(p => (float?)p.Item2) + " " + people.Min(p => (decimal?)p.Item2));
        Console.WriteLine(new string[0].Max(s => (int?)s.Length) is null);

        var orders = new[] { ("ANN", 3), ("Bob", 5), ("ann", 7), ("dan", 1) };
        var joined = people.Join(orders, p => p.Item1, o => o.Item1, (p, o) => p.Item1 + ":" + o.Item2, StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", joined));
        var grouped = people.GroupJoin(orders, p => p.Item1, o => o.Item1, (p, os) => p.Item1 + "=" + os.Sum(o => o.Item2), StringComparer.OrdinalIgnoreCase);
        Console.WriteLine(string.Join(" ", grouped));
        var exact = people.Join(orders, p => p.Item1, o => o.Item1, (p, o) => p.Item1 + ":" + o.Item2, null);
        Console.WriteLine(string.Join(" ", exact));
    }
}
