// Async iterators and await foreach: awaits between yields, breaking out early (the
// iterator's finally runs through DisposeAsync), exceptions from inside, cancellation
// through WithCancellation and [EnumeratorCancellation], await using, ToBlockingEnumerable.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

class AsyncResource : IAsyncDisposable
{
    private readonly string _name;
    public AsyncResource(string name) { _name = name; }

    public async ValueTask DisposeAsync()
    {
        await Task.Delay(1);
        Console.WriteLine("disposed " + _name);
    }
}

class Program
{
    static async IAsyncEnumerable<int> Range(int start, int count)
    {
        for (int i = 0; i < count; i++)
        {
            await Task.Delay(1);
            yield return start + i;
        }
    }

    static async IAsyncEnumerable<string> WithFinally()
    {
        try
        {
            yield return "first";
            await Task.Yield();
            yield return "second";
            yield return "third";
        }
        finally
        {
            Console.WriteLine("iterator finally");
        }
    }

    static async IAsyncEnumerable<int> Faulty()
    {
        yield return 1;
        await Task.Delay(1);
        throw new InvalidOperationException("iterator failed");
    }

    static async IAsyncEnumerable<int> Ticks([EnumeratorCancellation] CancellationToken token = default)
    {
        int i = 0;
        while (true)
        {
            await Task.Delay(5, token);
            yield return i++;
        }
    }

    static async IAsyncEnumerable<T> Where<T>(IAsyncEnumerable<T> source, Func<T, bool> predicate)
    {
        await foreach (T item in source)
            if (predicate(item)) yield return item;
    }

    static async Task<int> SumAsync(IAsyncEnumerable<int> source)
    {
        int sum = 0;
        await foreach (int x in source) sum += x;
        return sum;
    }

    static async Task Main()
    {
        await foreach (int x in Range(10, 3))
            Console.WriteLine("item " + x);

        await foreach (string s in WithFinally())
        {
            Console.WriteLine(s);
            if (s == "second") break;
        }

        try
        {
            await foreach (int x in Faulty())
                Console.WriteLine("faulty gave " + x);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }

        var cts = new CancellationTokenSource();
        var seen = new List<int>();
        try
        {
            await foreach (int t in Ticks().WithCancellation(cts.Token))
            {
                seen.Add(t);
                if (t == 3) cts.Cancel();
            }
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("ticks stopped after " + string.Join(",", seen) + " by " + e.GetType().Name);
        }

        Console.WriteLine("even sum " + await SumAsync(Where(Range(1, 10), n => n % 2 == 0)));

        IAsyncEnumerable<int> reused = Range(0, 2);
        Console.WriteLine("twice: " + await SumAsync(reused) + " " + await SumAsync(reused));

        await using (var r = new AsyncResource("A"))
        {
            Console.WriteLine("using A");
        }
        await using var b = new AsyncResource("B");
        Console.WriteLine("blocking: " + string.Join(" ", Range(5, 3).ToBlockingEnumerable()));

        IAsyncEnumerator<int> en = Range(100, 2).GetAsyncEnumerator();
        while (await en.MoveNextAsync()) Console.WriteLine("manual " + en.Current);
        await en.DisposeAsync();

        await foreach (int x in Range(1, 2).ConfigureAwait(false))
            Console.WriteLine("configured " + x);
        Console.WriteLine("end of Main");
    }
}
