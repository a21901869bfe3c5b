// TaskCompletionSource: results, failures, cancellation, Try* after completion, and the
// order continuations run in when the task completes (ContinueWith queued unless
// ExecuteSynchronously, await continuations inline, in the order they were added).
using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static readonly List<string> s_log = new List<string>();

    static async Task AwaitAndLog(Task t, string name)
    {
        await t;
        s_log.Add(name);
    }

    static async Task Main()
    {
        var tcs = new TaskCompletionSource<int>();
        Task<int> t = tcs.Task;
        Console.WriteLine(t.Status);
        Task<int> doubled = t.ContinueWith(x => x.Result * 2, TaskContinuationOptions.ExecuteSynchronously);
        tcs.SetResult(21);
        Console.WriteLine(t.Status + " " + t.Result + " " + doubled.Result);
        Console.WriteLine("TrySetResult again: " + tcs.TrySetResult(1));
        try
        {
            tcs.SetResult(2);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }

        var order = new TaskCompletionSource();
        Task first = AwaitAndLog(order.Task, "await 1");
        order.Task.ContinueWith(_ => s_log.Add("sync continuation"), TaskContinuationOptions.ExecuteSynchronously);
        s_log.Add("before SetResult");
        order.SetResult();
        s_log.Add("after SetResult");
        await first;
        Console.WriteLine(string.Join(" | ", s_log));

        var failing = new TaskCompletionSource<string>();
        failing.SetException(new ArgumentException("bad argument"));
        Console.WriteLine(failing.Task.Status + " " + failing.Task.Exception.InnerException.Message);
        try
        {
            Console.WriteLine(failing.Task.Result);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Result: " + e.Message);
        }
        try
        {
            await failing.Task;
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("await: " + e.Message);
        }

        var many = new TaskCompletionSource();
        many.SetException(new Exception[] { new Exception("e1"), new FormatException("e2") });
        Console.WriteLine(many.Task.Exception.Message);

        var canceled = new TaskCompletionSource<int>();
        var cts = new CancellationTokenSource();
        cts.Cancel();
        canceled.SetCanceled(cts.Token);
        Console.WriteLine(canceled.Task.Status + " " + (canceled.Task.Exception == null));
        try
        {
            await canceled.Task;
        }
        catch (TaskCanceledException e)
        {
            Console.WriteLine("await canceled: " + e.Message + " token matches: " + (e.CancellationToken == cts.Token) + " task matches: " + (e.Task == canceled.Task));
        }
        try
        {
            canceled.Task.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait: " + e.Message + " " + e.InnerException.GetType().Name);
        }

        var fromTask = new TaskCompletionSource<int>();
        fromTask.SetFromTask(Task.FromResult(8));
        Console.WriteLine("SetFromTask " + await fromTask.Task);

        var state = new TaskCompletionSource<int>("my state");
        Console.WriteLine("AsyncState " + state.Task.AsyncState);

        var async = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        bool ranInline = false;
        Task cont = async.Task.ContinueWith(_ => ranInline = true, TaskContinuationOptions.ExecuteSynchronously);
        async.SetResult(1);
        await cont;
        Console.WriteLine("ran later: " + ranInline);

        try
        {
            new TaskCompletionSource<int>(TaskCreationOptions.LongRunning);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            new TaskCompletionSource().SetException((Exception)null);
        }
        catch (ArgumentNullException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
