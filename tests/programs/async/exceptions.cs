// Exceptions through tasks: await rethrows the exception itself, Wait/Result wrap it in an
// AggregateException with .NET's message; through several awaits, in finally blocks,
// filters, Flatten/Handle, an OperationCanceledException from an async method.
using System;
using System.Threading;
using System.Threading.Tasks;

class CustomException : Exception
{
    public int Code { get; }
    public CustomException(string message, int code) : base(message) { Code = code; }
}

class Program
{
    static async Task Level3()
    {
        await Task.Delay(1);
        throw new CustomException("deep failure", 3);
    }

    static async Task Level2()
    {
        try
        {
            await Level3();
        }
        finally
        {
            Console.WriteLine("level 2 finally");
        }
    }

    static async Task<int> Level1()
    {
        await Level2();
        return 1;
    }

    static async Task<int> ThrowsBeforeAwait()
    {
        throw new NotSupportedException("synchronous part");
    }

    static async Task CanceledInside()
    {
        await Task.Yield();
        throw new OperationCanceledException("stopped by the method");
    }

    static async Task<string> Recover()
    {
        try
        {
            await Level1();
            return "no";
        }
        catch (CustomException e) when (e.Code == 3)
        {
            await Task.Delay(1);
            return "recovered from " + e.Message;
        }
    }

    static async Task Main()
    {
        Task<int> t = Level1();
        try
        {
            await t;
        }
        catch (CustomException e)
        {
            Console.WriteLine("await: " + e.GetType().Name + " " + e.Message + " " + e.Code);
        }
        Console.WriteLine("status " + t.Status + ", IsFaulted " + t.IsFaulted);
        AggregateException ae = t.Exception;
        Console.WriteLine("Exception: " + ae.GetType().Name + " \"" + ae.Message + "\" inner " + ae.InnerException.GetType().Name);
        try
        {
            t.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait: " + e.Message + " count " + e.InnerExceptions.Count);
        }
        try
        {
            Console.WriteLine(t.Result);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Result: " + e.InnerException.Message);
        }
        try
        {
            t.GetAwaiter().GetResult();
        }
        catch (CustomException e)
        {
            Console.WriteLine("GetResult: " + e.Message);
        }

        Task<int> early = ThrowsBeforeAwait();
        Console.WriteLine("thrown before any await: " + early.Status);
        try
        {
            await early;
        }
        catch (NotSupportedException e)
        {
            Console.WriteLine(e.Message);
        }

        Task c = CanceledInside();
        try
        {
            await c;
        }
        catch (OperationCanceledException e)
        {
            Console.WriteLine("canceled method: " + c.Status + " " + e.GetType().Name + " " + e.Message);
        }
        try
        {
            c.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("Wait on canceled: " + e.Message);
        }

        Console.WriteLine(await Recover());

        var nested = new AggregateException("outer",
            new AggregateException(new InvalidOperationException("a"), new ArgumentException("b")),
            new FormatException("c"));
        Console.WriteLine(nested.Message);
        AggregateException flat = nested.Flatten();
        Console.WriteLine("flattened " + flat.InnerExceptions.Count + ": " + flat.Message);
        try
        {
            flat.Handle(e => e is ArgumentException);
        }
        catch (AggregateException e)
        {
            Console.WriteLine("unhandled by Handle: " + e.InnerExceptions.Count);
        }

        Task faulted = Task.WhenAll(Task.Run(() => throw new InvalidOperationException("x")), Task.Run(() => throw new ArgumentException("y")));
        try
        {
            faulted.Wait();
        }
        catch (AggregateException e)
        {
            Console.WriteLine("WhenAll Wait: " + e.Message);
            Console.WriteLine("flatten: " + e.Flatten().Message);
        }

        Task unobserved = Task.Run(() => throw new Exception("nobody looks"));
        while (!unobserved.IsCompleted) await Task.Delay(1);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        Console.WriteLine("unobserved exceptions are ignored: " + unobserved.Status);
    }
}
