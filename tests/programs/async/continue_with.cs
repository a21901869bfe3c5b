// ContinueWith: results passed along, options that exclude outcomes (the continuation
// ends Canceled), state, chains, Unwrap, continuation tokens, ExecuteSynchronously.
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task Main()
    {
        Task<int> start = Task.FromResult(5);
        Task<string> chain = start
            .ContinueWith(t => t.Result * 3)
            .ContinueWith(t => t.Result + 1)
            .ContinueWith(t => "chain gave " + t.Result);
        Console.WriteLine(await chain);

        Task failed = Task.FromException(new InvalidOperationException("antecedent failed"));
        Task<string> onFault = failed.ContinueWith(t => "saw " + t.Exception.InnerException.Message, TaskContinuationOptions.OnlyOnFaulted);
        Task<string> onSuccess = failed.ContinueWith(t => "unexpected", TaskContinuationOptions.OnlyOnRanToCompletion);
        Console.WriteLine(await onFault);
        await Task.WhenAny(onSuccess);
        Console.WriteLine("OnlyOnRanToCompletion after a fault: " + onSuccess.Status);
        try
        {
            await onSuccess;
        }
        catch (TaskCanceledException e)
        {
            Console.WriteLine("awaiting it: " + e.Message);
        }

        Task<int> canceled = Task.FromCanceled<int>(new CancellationToken(true));
        Task<string> onCancel = canceled.ContinueWith(t => "canceled seen: " + t.IsCanceled, TaskContinuationOptions.OnlyOnCanceled);
        Console.WriteLine(await onCancel);

        Task<string> withState = Task.Delay(5).ContinueWith((t, s) => "state " + s, "S1");
        Console.WriteLine(await withState + " AsyncState " + withState.AsyncState);

        Task throwing = Task.CompletedTask.ContinueWith(_ => throw new FormatException("in continuation"));
        try
        {
            throwing.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("continuation failed: " + e.Message + " " + throwing.Status);
        }

        Task<Task<int>> nested = Task.Delay(5).ContinueWith(async _ =>
        {
            await Task.Delay(5);
            return 77;
        });
        Console.WriteLine("unwrapped " + await nested.Unwrap());

        var tcs = new TaskCompletionSource<int>();
        var cts = new CancellationTokenSource();
        Task<int> guarded = tcs.Task.ContinueWith(t => t.Result, cts.Token);
        cts.Cancel();
        Console.WriteLine("continuation canceled by its token: " + guarded.Status);
        tcs.SetResult(1);

        int steps = 0;
        Task before = Task.Delay(10);
        Task sync = before.ContinueWith(_ => steps++, TaskContinuationOptions.ExecuteSynchronously);
        Task after = sync.ContinueWith(_ => steps *= 10, TaskContinuationOptions.ExecuteSynchronously);
        await after;
        Console.WriteLine("steps " + steps + " " + sync.Status + " " + after.Status);

        try
        {
            start.ContinueWith(_ => { }, TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.NotOnFaulted | TaskContinuationOptions.NotOnCanceled);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
        Task<int> factory = Task.Factory.ContinueWhenAll(new Task[] { Task.Delay(5), Task.FromResult(2) }, ts => ts.Length);
        Console.WriteLine("ContinueWhenAll " + await factory);
    }
}
