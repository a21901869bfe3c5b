// CancellationTokenSource and CancellationToken: callbacks (newest first), Register on a
// canceled token, CancelAfter through the timers, linked sources, ThrowIfCancellationRequested,
// cancellation of Delay and Task.Run, and what the exceptions say.
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<int> CountUntilCanceled(CancellationToken token)
    {
        int n = 0;
        while (true)
        {
            await Task.Delay(10, token);
            n++;
        }
    }

    static async Task Main()
    {
        var cts = new CancellationTokenSource();
        CancellationToken token = cts.Token;
        Console.WriteLine(token.CanBeCanceled + " " + token.IsCancellationRequested + " " + CancellationToken.None.CanBeCanceled);
        token.Register(() => Console.WriteLine("callback 1"));
        CancellationTokenRegistration r2 = token.Register(() => Console.WriteLine("callback 2"));
        token.Register(s => Console.WriteLine("callback 3 with " + s), "state");
        token.Register((s, t) => Console.WriteLine("callback 4 sees canceled: " + t.IsCancellationRequested), null);
        Console.WriteLine("unregister 2: " + r2.Unregister() + " again: " + r2.Unregister());
        cts.Cancel();
        Console.WriteLine("canceled: " + token.IsCancellationRequested);
        token.Register(() => Console.WriteLine("late callback runs at once"));
        cts.Cancel();
        try
        {
            token.ThrowIfCancellationRequested();
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message + " " + (e.CancellationToken == token));
        }

        var throwing = new CancellationTokenSource();
        throwing.Token.Register(() => throw new InvalidOperationException("first registered"));
        throwing.Token.Register(() => throw new FormatException("second registered"));
        try
        {
            throwing.Cancel();
        }
        catch (AggregateException e)
        {
            Console.WriteLine(e.Message);
        }
        var throwFirst = new CancellationTokenSource();
        throwFirst.Token.Register(() => Console.WriteLine("never runs"));
        throwFirst.Token.Register(() => throw new InvalidOperationException("stops Cancel"));
        try
        {
            throwFirst.Cancel(true);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }

        var after = new CancellationTokenSource();
        after.CancelAfter(50);
        Task<int> counting = CountUntilCanceled(after.Token);
        try
        {
            await counting;
        }
        catch (TaskCanceledException e)
        {
            Console.WriteLine("counting canceled: " + counting.Status + " " + (e.CancellationToken == after.Token));
        }

        var timed = new CancellationTokenSource(30);
        var blocker = new TaskCompletionSource();
        timed.Token.Register(() => blocker.SetResult());
        await blocker.Task;
        Console.WriteLine("constructor timeout canceled: " + timed.IsCancellationRequested);

        var a = new CancellationTokenSource();
        var b = new CancellationTokenSource();
        var linked = CancellationTokenSource.CreateLinkedTokenSource(a.Token, b.Token);
        linked.Token.Register(() => Console.WriteLine("linked callback"));
        Console.WriteLine("linked before: " + linked.IsCancellationRequested);
        b.Cancel();
        Console.WriteLine("linked after: " + linked.IsCancellationRequested + " a: " + a.IsCancellationRequested);

        var runCts = new CancellationTokenSource();
        Task run = Task.Run(() =>
        {
            runCts.Cancel();
            runCts.Token.ThrowIfCancellationRequested();
        }, runCts.Token);
        try
        {
            await run;
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("run: " + run.Status + " " + e.GetType().Name);
        }
        Task other = Task.Run(() => { throw new OperationCanceledException("other token"); });
        try
        {
            await other;
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("other: " + other.Status + " " + e.Message);
        }
        Task<int> plainRun = Task.Run(new Func<int>(() => throw new OperationCanceledException()));
        try
        {
            await plainRun;
        }
        catch (OperationCanceledException)
        {
            Console.WriteLine("plain run: " + plainRun.Status);
        }

        Task<int> canceledTask = Task.FromCanceled<int>(new CancellationToken(true));
        Console.WriteLine(canceledTask.Status);
        try
        {
            Task.FromCanceled(CancellationToken.None);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }

        var disposed = new CancellationTokenSource();
        disposed.Dispose();
        try
        {
            disposed.Cancel();
        }
        catch (ObjectDisposedException e)
        {
            Console.WriteLine(e.Message);
        }
        var reset = new CancellationTokenSource();
        Console.WriteLine("TryReset: " + reset.TryReset());
        reset.Cancel();
        Console.WriteLine("TryReset after Cancel: " + reset.TryReset());

        Console.WriteLine(new CancellationToken(true).IsCancellationRequested + " " + (new CancellationToken(false) == CancellationToken.None));
        var waitCts = new CancellationTokenSource(20);
        try
        {
            Task.Delay(1000).Wait(waitCts.Token);
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("Wait(token): " + e.GetType().Name);
        }
    }
}
