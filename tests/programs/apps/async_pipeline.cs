// A complete program: an asynchronous processing pipeline — producers and consumers over a
// hand-written async queue (TaskCompletionSource), stages chained with await, fan-out with
// Task.WhenAll, cancellation with CancellationTokenSource, async streams (IAsyncEnumerable
// with await foreach), ValueTask, exceptions aggregated from several tasks, and async
// disposal. Output is ordered deterministically (results are sorted or awaited in order).
#nullable enable
using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

sealed class AsyncQueue<T>
{
    private readonly Queue<T> _items = new();
    private readonly Queue<TaskCompletionSource<(bool, T?)>> _waiters = new();
    private bool _completed;

    public void Enqueue(T item)
    {
        if (_completed) throw new InvalidOperationException("queue completed");
        if (_waiters.TryDequeue(out var w)) w.SetResult((true, item));
        else _items.Enqueue(item);
    }

    public void Complete()
    {
        _completed = true;
        while (_waiters.TryDequeue(out var w)) w.SetResult((false, default));
    }

    public ValueTask<(bool Ok, T? Item)> DequeueAsync(CancellationToken ct = default)
    {
        if (_items.TryDequeue(out var item)) return new ValueTask<(bool, T?)>((true, item));
        if (_completed) return new ValueTask<(bool, T?)>((false, default));
        var tcs = new TaskCompletionSource<(bool, T?)>(TaskCreationOptions.RunContinuationsAsynchronously);
        ct.Register(() => tcs.TrySetCanceled(ct));
        _waiters.Enqueue(tcs);
        return new ValueTask<(bool, T?)>(tcs.Task);
    }

    public async IAsyncEnumerable<T> ReadAllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        while (true)
        {
            var (ok, item) = await DequeueAsync(ct);
            if (!ok) yield break;
            yield return item!;
        }
    }
}

sealed record Job(int Id, string Payload);
sealed record Result(int JobId, int Worker, string Output, int Checksum);

class ValidationException(int jobId, string message) : Exception($"job {jobId}: {message}")
{
    public int JobId { get; } = jobId;
}

sealed class Resource(string name, List<string> log) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        await Task.Yield();
        log.Add($"disposed {name}");
    }
}

static class Program
{
    static async Task<int> ChecksumAsync(string s)
    {
        await Task.Yield();
        int h = 0;
        foreach (char c in s) h = unchecked(h * 31 + c);
        return h & 0x7fffffff;
    }

    static async Task<string> TransformAsync(Job job)
    {
        await Task.Delay(1);
        if (job.Payload.Length == 0) throw new ValidationException(job.Id, "empty payload");
        var chars = job.Payload.ToCharArray();
        Array.Reverse(chars);
        return new string(chars).ToUpperInvariant();
    }

    static async Task Producer(AsyncQueue<Job> q, IEnumerable<string> words, List<string> log)
    {
        int id = 0;
        foreach (var w in words)
        {
            q.Enqueue(new Job(++id, w));
            if (id % 3 == 0) await Task.Yield();
        }
        log.Add($"producer done after {id} jobs");
        q.Complete();
    }

    static async Task<List<Result>> Consumer(int worker, AsyncQueue<Job> q, List<string> errors)
    {
        var results = new List<Result>();
        await foreach (var job in q.ReadAllAsync())
        {
            try
            {
                string output = await TransformAsync(job);
                results.Add(new Result(job.Id, worker, output, await ChecksumAsync(output)));
            }
            catch (ValidationException e) when (e.JobId > 0)
            {
                errors.Add(e.Message);
            }
        }
        return results;
    }

    static async IAsyncEnumerable<int> Numbers(int count, [EnumeratorCancellation] CancellationToken ct = default)
    {
        for (int i = 1; i <= count; i++)
        {
            ct.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return i * i;
        }
    }

    static async Task<int> SlowSquare(int x, CancellationToken ct)
    {
        for (int i = 0; i < x; i++)
        {
            await Task.Delay(1, ct);
        }
        return x * x;
    }

    static async ValueTask<int> CachedLookup(Dictionary<int, int> cache, int key)
    {
        if (cache.TryGetValue(key, out int v)) return v;
        await Task.Yield();
        return cache[key] = key * 1000;
    }

    static async Task Main()
    {
        var log = new List<string>();
        var errors = new List<string>();
        var queue = new AsyncQueue<Job>();
        string text = "the quick brown fox  jumps over the lazy dog while async code awaits its turn";
        var consumers = Enumerable.Range(1, 3).Select(w => Consumer(w, queue, errors)).ToArray();
        var producer = Producer(queue, text.Split(' '), log);
        await producer;
        List<Result>[] perWorker = await Task.WhenAll(consumers);
        var all = perWorker.SelectMany(r => r).OrderBy(r => r.JobId).ToList();
        Console.WriteLine($"{all.Count} results, {errors.Count} errors, workers used: {perWorker.Count(r => r.Count > 0)}");
        foreach (var r in all) Console.WriteLine($"  #{r.JobId,2} {r.Output,-8} {r.Checksum,11}");
        Console.WriteLine("errors: " + string.Join("; ", errors));
        Console.WriteLine(string.Join(" | ", log));
        Console.WriteLine($"total load per worker adds up: {perWorker.Sum(p => p.Count) == all.Count}");

        // async streams with LINQ-like consumption
        int sum = 0;
        await foreach (int n in Numbers(10)) sum += n;
        Console.WriteLine($"sum of squares: {sum}");
        using (var cts = new CancellationTokenSource())
        {
            var seen = new List<int>();
            try
            {
                await foreach (int n in Numbers(100).WithCancellation(cts.Token))
                {
                    seen.Add(n);
                    if (n >= 25) cts.Cancel();
                }
            }
            catch (OperationCanceledException e) { Console.WriteLine($"stream cancelled after {seen.Count}: {e.GetType().Name} token matches {e.CancellationToken == cts.Token}"); }
        }

        // WhenAll with failures: await rethrows the first, the task holds all
        var failing = new[] { 1, 0, 2, 0 }.Select(async (n, i) =>
        {
            await Task.Yield();
            if (n == 0) throw new InvalidOperationException($"task {i} failed");
            return n * 10;
        }).ToArray();
        var whenAll = Task.WhenAll(failing);
        try { await whenAll; }
        catch (InvalidOperationException e)
        {
            Console.WriteLine($"first: {e.Message}; all: {string.Join(", ", whenAll.Exception!.InnerExceptions.Select(x => x.Message))}; status {whenAll.Status}");
        }
        Console.WriteLine($"completed ones: {string.Join(",", failing.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result))}");

        // cancellation of slow work, CancelAfter on the run loop
        using (var cts = new CancellationTokenSource())
        {
            var quick = SlowSquare(2, cts.Token);
            var slow = SlowSquare(10_000, cts.Token);
            Console.WriteLine($"quick = {await quick}");
            cts.CancelAfter(5);
            try { await slow; }
            catch (TaskCanceledException) { Console.WriteLine($"slow cancelled: {slow.IsCanceled}"); }
        }

        // WhenAny, ContinueWith, TaskCompletionSource
        var tcs = new TaskCompletionSource<string>();
        var winner = await Task.WhenAny(tcs.Task, Task.Delay(10).ContinueWith(_ => "timer"));
        Console.WriteLine($"winner: {await (Task<string>)winner}, tcs still pending: {!tcs.Task.IsCompleted}");
        tcs.SetResult("late");
        Console.WriteLine($"then: {await tcs.Task}, second set ok: {tcs.TrySetResult("again")}");

        // ValueTask caching, async disposal
        var cache = new Dictionary<int, int>();
        int a = await CachedLookup(cache, 4), b = await CachedLookup(cache, 4);
        Console.WriteLine($"cached {a} {b} entries {cache.Count}");
        await using (var r1 = new Resource("first", log))
        await using (var r2 = new Resource("second", log))
        {
            log.Add("using both");
        }
        Console.WriteLine(string.Join(" | ", log.Skip(1)));

        // a chain of dependent stages
        var stages = new Func<string, Task<string>>[]
        {
            async s => { await Task.Yield(); return s.Trim(); },
            async s => { await Task.Delay(1); return s.Replace(' ', '_'); },
            s => Task.FromResult(s + "!"),
            async s => (await ChecksumAsync(s)).ToString("X8") + ":" + s,
        };
        string value = "  hello async world ";
        foreach (var stage in stages) value = await stage(value);
        Console.WriteLine(value);

        var sb = new StringBuilder();
        var ordered = Enumerable.Range(1, 5).Select(async i => { await Task.Delay(6 - i); lock (sb) sb.Append(i); return i; });
        int[] done = await Task.WhenAll(ordered);
        Console.WriteLine($"results in order: {string.Join(",", done)}; total {done.Sum()}");
        Console.WriteLine(await Task.Run(() => 6 * 7));
    }
}
