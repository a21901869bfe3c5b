// ValueTask and ValueTask<T>: synchronous results, results from tasks, a custom
// IValueTaskSource on ManualResetValueTaskSourceCore, AsTask, ValueTask-returning async
// methods.
using System;
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

// One operation at a time, completed later by Complete().
class Signal : IValueTaskSource<int>
{
    private ManualResetValueTaskSourceCore<int> _core;

    public ValueTask<int> WaitAsync()
    {
        _core.Reset();
        return new ValueTask<int>(this, _core.Version);
    }

    public void Complete(int value) => _core.SetResult(value);
    public void Fail(Exception e) => _core.SetException(e);
    public int GetResult(short token) => _core.GetResult(token);
    public ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);
    public void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags) =>
        _core.OnCompleted(continuation, state, token, flags);
}

class Program
{
    static async ValueTask<int> Cached(int x)
    {
        if (x < 10) return x;
        await Task.Delay(1);
        return x * 2;
    }

    static async ValueTask Log(string s)
    {
        await Task.Yield();
        Console.WriteLine("log " + s);
    }

    static async ValueTask NoAwait() { }

    static async Task Main()
    {
        ValueTask<int> sync = Cached(3);
        Console.WriteLine(sync.IsCompleted + " " + sync.IsCompletedSuccessfully + " " + sync.Result + " '" + sync + "'");
        ValueTask<int> later = Cached(20);
        Console.WriteLine("later completed: " + later.IsCompleted + " '" + later + "'");
        Console.WriteLine(await later);
        await Log("hello");
        ValueTask none = NoAwait();
        Console.WriteLine("NoAwait completed: " + none.IsCompleted);
        await none;

        ValueTask<string> fromTask = new ValueTask<string>(Task.FromResult("from a task"));
        Console.WriteLine(await fromTask);
        Console.WriteLine(ValueTask.FromResult(5).Result + " " + ValueTask.CompletedTask.IsCompleted);
        ValueTask<int> failed = ValueTask.FromException<int>(new InvalidOperationException("vt failed"));
        Console.WriteLine(failed.IsFaulted + " '" + failed + "'");
        try
        {
            await failed;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        ValueTask canceled = ValueTask.FromCanceled(new CancellationToken(true));
        Console.WriteLine("canceled: " + canceled.IsCanceled);

        var signal = new Signal();
        ValueTask<int> pending = signal.WaitAsync();
        Console.WriteLine("pending: " + pending.IsCompleted);
        Task<int> consumer = ConsumeAsync(pending);
        signal.Complete(42);
        Console.WriteLine("consumer got " + await consumer);

        ValueTask<int> second = signal.WaitAsync();
        Task<int> asTask = second.AsTask();
        Console.WriteLine("AsTask pending: " + asTask.IsCompleted);
        signal.Fail(new FormatException("source failed"));
        try
        {
            await asTask;
        }
        catch (FormatException e)
        {
            Console.WriteLine("AsTask: " + asTask.Status + " " + e.Message);
        }

        ValueTask<int> third = signal.WaitAsync();
        signal.Complete(7);
        Console.WriteLine("completed source: " + third.IsCompletedSuccessfully + " " + third.Result);
        try
        {
            Console.WriteLine(third.Result);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("stale token: " + e.GetType().Name);
        }

        Console.WriteLine(new ValueTask<int>(1) == new ValueTask<int>(1));
        Console.WriteLine(new ValueTask<int>(1).Equals(new ValueTask<int>(2)));
        Console.WriteLine(await new ValueTask<int>(9).Preserve());
    }

    static async Task<int> ConsumeAsync(ValueTask<int> value)
    {
        Console.WriteLine("consumer waits");
        int v = await value;
        Console.WriteLine("consumer resumed with " + v);
        return v + 1;
    }
}
