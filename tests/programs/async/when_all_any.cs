// Task.WhenAll with and without results, WhenAny, WaitAll, WaitAny: results in task order,
// failures gathered, the first completed task.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async Task<int> After(int ms, int value)
    {
        await Task.Delay(ms);
        return value;
    }

    static async Task<int> Fail(int ms, string message)
    {
        await Task.Delay(ms);
        throw new InvalidOperationException(message);
    }

    static async Task Main()
    {
        int[] results = await Task.WhenAll(After(60, 1), After(10, 2), After(30, 3));
        Console.WriteLine(string.Join(",", results));

        var list = new List<Task<int>> { After(5, 10), After(1, 20) };
        Console.WriteLine((await Task.WhenAll(list)).Sum());

        Task all = Task.WhenAll(Task.Delay(5), Task.Delay(10));
        await all;
        Console.WriteLine("WhenAll: " + all.Status);

        Task<int[]> failing = Task.WhenAll(After(5, 1), Fail(20, "second"), Fail(10, "first"));
        try
        {
            await failing;
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("await threw " + e.Message);
        }
        Console.WriteLine(failing.Status + ": " + failing.Exception.Message);
        Console.WriteLine("inner count " + failing.Exception.InnerExceptions.Count);

        Task<int[]> canceled = Task.WhenAll(After(1, 1), Task.FromCanceled<int>(new CancellationToken(true)));
        try
        {
            await canceled;
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("canceled: " + e.GetType().Name + " " + canceled.Status);
        }

        Task<int> slow = After(200, 1), fast = After(20, 2);
        Task<int> first = await Task.WhenAny(slow, fast);
        Console.WriteLine("first: " + first.Result + " same as fast: " + (first == fast));
        Task<Task> any = Task.WhenAny(new Task[] { Task.Delay(100), Task.FromResult(5) });
        Console.WriteLine("already done: " + any.IsCompleted + " " + ((Task<int>)any.Result).Result);
        Task<Task<int>> anyFail = Task.WhenAny(Fail(1, "x"), After(100, 3));
        Console.WriteLine("WhenAny with a failure: " + (await anyFail).Status);

        Task[] waits = { After(30, 0), After(5, 0) };
        Console.WriteLine("WaitAny " + Task.WaitAny(waits));
        Task.WaitAll(waits);
        Console.WriteLine("WaitAll done " + waits.All(w => w.IsCompleted));
        Console.WriteLine("WaitAll timeout: " + Task.WaitAll(new Task[] { Task.Delay(500) }, 10));
        Console.WriteLine("WaitAny timeout: " + Task.WaitAny(new Task[] { Task.Delay(500) }, 10));

        try
        {
            Task.WaitAll(Fail(1, "one"), Task.FromCanceled(new CancellationToken(true)), Fail(2, "two"));
        }
        catch (AggregateException e)
        {
            Console.WriteLine(e.Message);
        }

        Console.WriteLine(Task.WhenAll(new Task[0]).Status + " " + Task.WhenAll(new Task<string>[0]).Result.Length);
        try
        {
            Task.WhenAny(new Task[0]);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
        try
        {
            Task.WhenAll(Task.Delay(1), null);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine(e.Message);
        }
    }
}
