// A program that leans on many language features at once, the corners where an importer or
// interpreter goes wrong: generic virtual methods over structs, nested generics, closures
// over locals and loop variables, exception filters with side effects, finally blocks that
// return, yield inside try/finally, custom struct enumerators, stackalloc in expressions,
// fixed statements, default interface methods with generics, ref returns and ref locals,
// in/out/ref parameters through generic code, and static abstract members.
#nullable enable
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

interface IVisitor<TResult>
{
    TResult Visit<T>(T value) where T : struct;
}

abstract class Node
{
    public abstract TResult Accept<TResult>(IVisitor<TResult> v);
    public virtual string Walk<T>(T seed) where T : IFormattable => $"Node({seed.ToString("0.0", null)})";
}

sealed class Leaf<TValue>(TValue value) : Node where TValue : struct
{
    public override TResult Accept<TResult>(IVisitor<TResult> v) => v.Visit(value);
    public override string Walk<T>(T seed) => $"Leaf<{typeof(TValue).Name}>({value}, {base.Walk(seed)})";
}

sealed class Describe : IVisitor<string>
{
    public string Visit<T>(T value) where T : struct => value switch
    {
        int i => $"int {i}",
        double d => $"double {d:F2}",
        ValueTuple<int, string> (var a, var b) => $"pair {a}/{b}",
        KeyValuePair<string, int> kv => $"kv {kv.Key}={kv.Value}",
        _ => $"{typeof(T).Name} {value}",
    };
}

sealed class SizeOf : IVisitor<int>
{
    public int Visit<T>(T value) where T : struct => Unsafe.SizeOf<T>();
}

interface ICounter<T> where T : struct
{
    int Count { get; }
    void Add(T item);
    void AddAll(IEnumerable<T> items) { foreach (var i in items) Add(i); }
    string Summary<TOther>(TOther extra) => $"{GetType().Name} count={Count} extra={extra}";
}

struct Tally : ICounter<int>
{
    public int Count { get; private set; }
    public long Sum;
    public void Add(int item) { Count++; Sum += item; }
}

interface IHasZero<TSelf> where TSelf : IHasZero<TSelf>
{
    static abstract TSelf Zero { get; }
    static virtual string Name => typeof(TSelf).Name;
    TSelf Plus(TSelf other);
}

readonly record struct Money(long Cents) : IHasZero<Money>
{
    public static Money Zero => new(0);
    public Money Plus(Money other) => new(Cents + other.Cents);
    public override string ToString() => $"${Cents / 100}.{Cents % 100:D2}";
}

readonly record struct Vec(int X, int Y) : IHasZero<Vec>
{
    public static Vec Zero => default;
    public static string Name => "Vector";
    public Vec Plus(Vec o) => new(X + o.X, Y + o.Y);
}

struct RingBuffer<T>
{
    private readonly T[] _items;
    private int _start, _count;
    public RingBuffer(int capacity) => _items = new T[capacity];
    public void Push(T item)
    {
        _items[(_start + _count) % _items.Length] = item;
        if (_count < _items.Length) _count++; else _start = (_start + 1) % _items.Length;
    }
    public Enumerator GetEnumerator() => new(this);
    public struct Enumerator
    {
        private readonly RingBuffer<T> _ring;
        private int _i;
        public Enumerator(RingBuffer<T> ring) { _ring = ring; _i = -1; }
        public bool MoveNext() => ++_i < _ring._count;
        public readonly T Current => _ring._items[(_ring._start + _i) % _ring._items.Length];
    }
}

class Log
{
    public static readonly StringBuilder Sb = new();
    public static bool Note(string s) { Sb.Append(s).Append(' '); return false; }
    public static void Flush(string title) { Console.WriteLine($"{title}: {Sb.ToString().TrimEnd()}"); Sb.Clear(); }
}

static class Program
{
    static T SumAll<T>(IEnumerable<T> xs) where T : IHasZero<T>
    {
        T acc = T.Zero;
        foreach (var x in xs) acc = acc.Plus(x);
        return acc;
    }
    static string NameOf<T>() where T : IHasZero<T> => T.Name;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int FinallyReturn(int x)
    {
        int result = 0;
        try
        {
            try
            {
                if (x < 0) throw new ArgumentException("neg");
                result = x * 2;
                return result;
            }
            finally
            {
                result += 100;
                Log.Note($"inner-finally({result})");
            }
        }
        catch (ArgumentException) when (Log.Note("filter-ran") || x == -1)
        {
            return -1;
        }
        catch (ArgumentException)
        {
            return -2;
        }
        finally
        {
            Log.Note("outer-finally");
        }
    }

    static IEnumerable<int> Guarded(int n, List<string> trace)
    {
        trace.Add("start");
        try
        {
            for (int i = 0; i < n; i++)
            {
                try
                {
                    trace.Add($"yield {i}");
                    yield return i;
                }
                finally
                {
                    trace.Add($"finally {i}");
                }
            }
        }
        finally
        {
            trace.Add("outer-finally");
        }
    }

    static ref int Largest(Span<int> values)
    {
        ref int best = ref values[0];
        for (int i = 1; i < values.Length; i++)
            if (values[i] > best) best = ref values[i];
        return ref best;
    }

    static void Swap<T>(ref T a, ref T b) => (a, b) = (b, a);
    static bool TryHalf<T>(in T value, out T half) where T : System.Numerics.INumber<T>
    {
        half = value / (T.One + T.One);
        return T.IsZero(value % (T.One + T.One));
    }

    static unsafe int Checksum(string s)
    {
        int h = 17;
        fixed (char* p = s)
        {
            for (char* q = p; *q != '\0'; q++) h = h * 31 + *q;
        }
        return h;
    }

    static unsafe long SumBytes(byte[] data)
    {
        long sum = 0;
        fixed (byte* p = data)
        {
            byte* end = p + data.Length;
            for (byte* q = p; q < end; q++) sum += *q;
        }
        fixed (byte* empty = Array.Empty<byte>()) sum += empty == null ? 1000 : 0;
        return sum;
    }

    static int StackallocExpr(int n) => n <= 16 ? Fill(stackalloc int[n]) : Fill(new int[n]);
    static int Fill(Span<int> s)
    {
        for (int i = 0; i < s.Length; i++) s[i] = i * i;
        int total = 0;
        foreach (ref readonly int v in s) total += v;
        return total;
    }

    static void Main()
    {
        // generic virtual methods, value-type instantiations
        Node[] nodes = [new Leaf<int>(42), new Leaf<double>(3.14159), new Leaf<(int, string)>((7, "seven")),
                        new Leaf<KeyValuePair<string, int>>(new("k", 9)), new Leaf<DateOnly>(new DateOnly(2020, 2, 29)),
                        new Leaf<Vec>(new Vec(1, 2))];
        var describe = new Describe();
        var size = new SizeOf();
        foreach (var n in nodes)
            Console.WriteLine($"{n.Accept(describe),-28} size>{(n.Accept(size) > 0)} {n.Walk(2.5m)} {n.Walk(7)}");

        // nested generics
        var nested = new Dictionary<string, List<Dictionary<int, (string, int?)>>>
        {
            ["a"] = [new() { [1] = ("x", null), [2] = ("y", 5) }],
            ["b"] = [new(), new() { [3] = ("z", -1) }],
        };
        foreach (var (k, list) in nested)
            Console.WriteLine($"{k}: " + string.Join(" | ", list.Select(d => string.Join(",", d.Select(kv => $"{kv.Key}->{kv.Value.Item1}{kv.Value.Item2?.ToString() ?? "∅"}")))));
        var deep = new List<List<List<int>>> { new() { new() { 1, 2 }, new() { 3 } }, new() { new() } };
        Console.WriteLine(deep.SelectMany(x => x).SelectMany(x => x).Sum() + " " + deep.Sum(x => x.Count));

        // closures capturing loop variables and shared locals
        var actions = new List<Func<int>>();
        int shared = 0;
        for (int i = 0; i < 3; i++)
        {
            int copy = i * 10;
            actions.Add(() => copy + i + shared);
        }
        foreach (var x in new[] { 100, 200 }) actions.Add(() => x + shared);
        shared = 1;
        Console.WriteLine(string.Join(",", actions.Select(a => a())));
        Func<int, Func<int, int>> adder = a => b => a + b;
        var counter = MakeCounter();
        Console.WriteLine($"{adder(3)(4)} {counter()} {counter()} {counter()}");

        // filters and finally
        Console.WriteLine(FinallyReturn(5)); Log.Flush("  trace");
        Console.WriteLine(FinallyReturn(-1)); Log.Flush("  trace");
        Console.WriteLine(FinallyReturn(-7)); Log.Flush("  trace");
        try
        {
            try { throw new InvalidOperationException("boom"); }
            finally { Log.Note("finally-before-catch"); }
        }
        catch (Exception e) when (Log.Note($"filter:{e.Message}") || e is InvalidOperationException) { Log.Note("caught"); }
        Log.Flush("  order");

        // yield inside try/finally, with early disposal
        var trace = new List<string>();
        foreach (var v in Guarded(5, trace)) { if (v == 2) break; }
        Console.WriteLine(string.Join(" ", trace));
        trace.Clear();
        Console.WriteLine(Guarded(3, trace).Sum() + " " + string.Join(" ", trace));
        trace.Clear();
        using (var e = Guarded(3, trace).GetEnumerator()) { e.MoveNext(); }
        Console.WriteLine(string.Join(" ", trace));

        // struct enumerator
        var ring = new RingBuffer<string>(3);
        foreach (var s in "one two three four five".Split(' ')) ring.Push(s);
        foreach (var s in ring) Console.Write(s + " ");
        Console.WriteLine();

        // default interface methods on a struct through a generic constraint and through boxing
        var tally = new Tally();
        AddThree(ref tally);
        Console.WriteLine($"tally {tally.Count} {tally.Sum}");
        ICounter<int> boxed = tally;
        boxed.AddAll([10, 20]);
        Console.WriteLine($"{boxed.Summary("x")} {boxed.Summary(3.5)} original still {tally.Count}");

        // static abstract / static virtual
        Console.WriteLine($"{SumAll(new[] { new Money(199), new Money(1), new Money(1050) })} {SumAll(new List<Vec> { new(1, 2), new(3, 4) })} {NameOf<Money>()} {NameOf<Vec>()}");

        // ref locals and returns, ref through generics
        Span<int> nums = stackalloc int[] { 5, 17, 3, 17, 9 };
        ref int big = ref Largest(nums);
        big = -1;
        Console.WriteLine(string.Join(",", nums.ToArray()));
        int p1 = 1, p2 = 2;
        Swap(ref p1, ref p2);
        string s1 = "a", s2 = "b";
        Swap(ref s1, ref s2);
        Console.WriteLine($"{p1}{p2}{s1}{s2} {TryHalf(10, out int h1)}:{h1} {TryHalf(7.0, out double h2)}:{h2} {TryHalf(9, out int h3)}:{h3}");
        var arr = new[] { new Vec(1, 1), new Vec(2, 2) };
        ref Vec r0 = ref arr[0];
        r0 = r0.Plus(new Vec(10, 10));
        Console.WriteLine(arr[0]);

        // unsafe and stackalloc
        Console.WriteLine($"{Checksum("hello")} {Checksum("")} {SumBytes(new byte[] { 1, 2, 250 })} {StackallocExpr(5)} {StackallocExpr(20)}");

        // checked/unchecked, conversions
        int big32 = int.MaxValue;
        Console.WriteLine($"{unchecked(big32 + 1)} {unchecked((byte)(sbyte)big32)} {(int)3.99} {(int)-3.99} {(long)1e18} {(uint)(-1 & 0xFF)}");
        try { Console.WriteLine(checked(big32 + 1)); } catch (OverflowException) { Console.WriteLine("overflow caught"); }
        try { Console.WriteLine(checked((int)(big32 * 5.0))); } catch (OverflowException) { Console.WriteLine("conv overflow caught"); }

        // iterator of tuples, pattern matching on positional records and lists
        object[] things = [new Vec(0, 0), new Vec(3, 0), new Money(5), 12, "str", new int[] { 1, 2, 3 }, new List<int> { 9 }, null!, 4.5];
        foreach (var t in things) Console.Write(Classify(t) + "; ");
        Console.WriteLine();
        IEnumerable nonGeneric = new ArrayList { 1, "two", 3.0 };
        foreach (object o in nonGeneric) Console.Write($"{o.GetType().Name} ");
        Console.WriteLine();
    }

    static void AddThree<T>(ref T counter) where T : struct, ICounter<int>
    {
        counter.Add(1); counter.Add(2); counter.Add(3);
    }

    static Func<int> MakeCounter()
    {
        int n = 0;
        return () => ++n;
    }

    static string Classify(object? o) => o switch
    {
        Vec(0, 0) => "origin",
        Vec(var x, 0) when x > 0 => $"on +x axis at {x}",
        Vec v => $"vec {v}",
        Money { Cents: < 100 } m => $"small {m}",
        int and (> 10 and < 100) => "two-digit int",
        string { Length: var len } => $"string({len})",
        int[] and [var first, .., var last] => $"array {first}..{last}",
        IList<int> { Count: 1 } l => $"single {l[0]}",
        null => "null",
        _ => $"other {o.GetType().Name}",
    };
}
