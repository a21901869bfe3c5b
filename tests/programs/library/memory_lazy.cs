// Lazy<T> (value created once, on first use; exceptions cached by default) and Memory<T> /
// ReadOnlyMemory<T> over arrays and strings: slicing, spans, copying, equality.
using System;
using System.Threading;

class Program
{
    static int created;

    static int Main()
    {
        var lazy = new Lazy<string>(() => { created++; return "value#" + created; });
        Console.WriteLine(lazy.IsValueCreated + " " + lazy.ToString() + " " + created);
        Console.WriteLine(lazy.Value + " " + lazy.Value + " " + lazy.IsValueCreated + " " + created + " " + lazy);
        var lazyDefault = new Lazy<System.Collections.Generic.List<int>>();
        Console.WriteLine(lazyDefault.Value.Count + " " + lazyDefault.IsValueCreated);
        var fromValue = new Lazy<int>(42);
        Console.WriteLine(fromValue.IsValueCreated + " " + fromValue.Value);
        int attempts = 0;
        var failing = new Lazy<int>(() => { attempts++; throw new InvalidOperationException("boom " + attempts); });
        for (int i = 0; i < 2; i++) { try { _ = failing.Value; } catch (InvalidOperationException e) { Console.WriteLine(e.Message); } }
        var retry = new Lazy<int>(() => { attempts++; if (attempts < 4) throw new InvalidOperationException("again " + attempts); return attempts; }, LazyThreadSafetyMode.PublicationOnly);
        for (int i = 0; i < 3; i++) { try { Console.WriteLine("got " + retry.Value); } catch (InvalidOperationException e) { Console.WriteLine(e.Message); } }
        var recursive = default(Lazy<int>);
        recursive = new Lazy<int>(() => recursive.Value + 1);
        try { _ = recursive.Value; } catch (InvalidOperationException e) { Console.WriteLine(e.Message); }

        int[] data = { 1, 2, 3, 4, 5, 6, 7, 8 };
        Memory<int> mem = data;
        Memory<int> mid = mem.Slice(2, 4);
        mid.Span[0] = 30;
        Console.WriteLine(mem.Length + " " + mid.Length + " " + data[2] + " " + string.Join(",", mid.ToArray()) + " " + mid.IsEmpty + " " + Memory<int>.Empty.IsEmpty);
        ReadOnlyMemory<int> ro = mid;
        Console.WriteLine(ro.Span[1] + " " + ro.Slice(1).Length + " " + string.Join(",", ro[1..3].ToArray()));
        var target = new int[4];
        mid.CopyTo(target);
        Console.WriteLine(string.Join(",", target) + " " + mid.TryCopyTo(new int[2]));
        ReadOnlyMemory<char> text = "hello, world".AsMemory();
        var word = text.Slice(7, 5);
        Console.WriteLine(word.ToString() + " " + word.Length + " " + word.Span[0] + " " + text[..5].ToString() + " " + "abc".AsMemory(1).ToString());
        Memory<char> chars = new char[] { 'x', 'y', 'z' };
        chars.Span.Reverse();
        Console.WriteLine(chars.ToString() + " " + new string(chars.Span) + " " + mem.Slice(1, 2).Equals(mem.Slice(1, 2)) + " " + mem.Slice(1, 2).Equals(mem.Slice(1, 3)));
        try { mem.Slice(5, 10); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.GetType().Name); }
        Memory<byte> empty = default;
        Console.WriteLine(empty.Length + " " + empty.Span.Length + " " + empty.ToArray().Length);
        return 0;
    }
}
