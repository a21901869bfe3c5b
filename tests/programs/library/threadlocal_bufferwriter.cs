// ThreadLocal<T> (per-thread values, factories, tracking, disposal) and
// ArrayBufferWriter<T> (growth, Advance, Clear, errors).
using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;

static class Program
{
    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": no exception"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void ThreadLocals()
    {
        int calls = 0;
        var tl = new ThreadLocal<int>(() => ++calls * 10, true);
        Console.WriteLine($"created={tl.IsValueCreated} value={tl.Value} created={tl.IsValueCreated} calls={calls}");
        tl.Value += 1;
        Console.WriteLine($"value={tl.Value} text={tl} calls={calls}");
        int seenInThread = -1; bool createdInThread = true;
        var t = new Thread(() => { createdInThread = tl.IsValueCreated; seenInThread = tl.Value; tl.Value = 99; });
        t.Start(); t.Join();
        Console.WriteLine($"thread saw created={createdInThread} value={seenInThread}; main still {tl.Value}; calls={calls}");
        Console.WriteLine("values: " + string.Join(",", tl.Values.OrderBy(v => v)));

        var plain = new ThreadLocal<string>();
        Console.WriteLine($"plain default null={plain.Value == null} created={plain.IsValueCreated}");
        Try("plain.ToString", () => plain.ToString());
        Try("plain.Values", () => { var _ = plain.Values; });
        plain.Value = "x";
        Console.WriteLine("plain: " + plain);

        var tracked = new ThreadLocal<StringBuilder>(true);
        Console.WriteLine("tracked count before: " + tracked.Values.Count);
        tracked.Value = new StringBuilder("main");
        Console.WriteLine("tracked count after: " + tracked.Values.Count + " " + tracked.Values[0]);

        ThreadLocal<int> self = null;
        self = new ThreadLocal<int>(() => { self.Value = 5; return 6; });
        Try("factory sets Value", () => { var _ = self.Value; });

        Try("null factory", () => new ThreadLocal<int>((Func<int>)null));

        tl.Dispose();
        Try("disposed Value", () => { var _ = tl.Value; });
        Try("disposed set", () => tl.Value = 3);
        Try("disposed IsValueCreated", () => { var _ = tl.IsValueCreated; });
        Try("disposed Values", () => { var _ = tl.Values; });
        tl.Dispose();
        Console.WriteLine("double dispose ok");

        using (var counter = new ThreadLocal<int>(() => 0, true))
        {
            var threads = new List<Thread>();
            for (int i = 1; i <= 4; i++)
            {
                int n = i;
                var th = new Thread(() => { for (int k = 0; k < n; k++) counter.Value += n; });
                threads.Add(th);
                th.Start();
            }
            foreach (var th in threads) th.Join();
            Console.WriteLine("per-thread sums: " + string.Join(",", counter.Values.OrderBy(v => v)) + " main created=" + counter.IsValueCreated);
        }
    }

    static void Show<T>(string what, ArrayBufferWriter<T> w) =>
        Console.WriteLine($"{what}: written={w.WrittenCount} capacity={w.Capacity} free={w.FreeCapacity}");

    static void BufferWriters()
    {
        var w = new ArrayBufferWriter<byte>();
        Show("empty", w);
        Span<byte> s = w.GetSpan();
        Console.WriteLine("first span length " + s.Length);
        Show("after GetSpan", w);
        s[0] = 1; s[1] = 2; s[2] = 3;
        w.Advance(3);
        Show("advance 3", w);
        Console.WriteLine("written: " + string.Join(",", w.WrittenSpan.ToArray()));
        Memory<byte> m = w.GetMemory(300);
        Console.WriteLine("memory length " + m.Length);
        Show("GetMemory(300)", w);
        m.Span.Fill(7);
        w.Advance(300);
        Show("advance 300", w);
        Console.WriteLine("sum " + w.WrittenMemory.ToArray().Sum(b => b));
        w.GetSpan(1000);
        Show("GetSpan(1000)", w);
        w.ResetWrittenCount();
        Show("reset", w);
        Console.WriteLine("kept data after reset: " + w.GetSpan()[0]);
        w.Advance(2);
        w.Clear();
        Show("clear", w);
        Console.WriteLine("zeroed after clear: " + w.GetSpan()[0]);

        var c = new ArrayBufferWriter<char>(4);
        Show("char(4)", c);
        IBufferWriter<char> iw = c;
        foreach (string part in new[] { "ab", "cde", "fghij", "k" })
        {
            part.AsSpan().CopyTo(iw.GetSpan(part.Length));
            iw.Advance(part.Length);
            Show("after '" + part + "'", c);
        }
        Console.WriteLine("text: " + new string(c.WrittenSpan));
        c.GetSpan(5);
        Show("GetSpan(5) with room", c);
        c.GetSpan(c.FreeCapacity + 1);
        Show("GetSpan(free+1)", c);

        Try("ctor(0)", () => new ArrayBufferWriter<int>(0));
        Try("ctor(-5)", () => new ArrayBufferWriter<int>(-5));
        Try("Advance(-1)", () => c.Advance(-1));
        Try("Advance too far", () => c.Advance(c.FreeCapacity + 1));
        Try("GetSpan(-1)", () => c.GetSpan(-1));
        Try("GetMemory(-2)", () => c.GetMemory(-2));
        var e = new ArrayBufferWriter<int>();
        Try("Advance on empty", () => e.Advance(1));
        e.Advance(0);
        Show("Advance(0) on empty", e);
    }

    static void Main()
    {
        ThreadLocals();
        BufferWriters();
    }
}
