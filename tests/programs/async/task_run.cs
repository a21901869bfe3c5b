// Task.Run, Task.Factory.StartNew, new Task + Start/RunSynchronously, Wait, Result and
// Task.Run of async lambdas (unwrapped). Work items print nothing while the main thread
// runs, so the order is the same on every runtime.
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static int Work(int n)
    {
        int s = 0;
        for (int i = 0; i < n; i++) s += i % 7;
        return s;
    }

    static async Task Main()
    {
        Task<int> a = Task.Run(() => Work(1000));
        Task<int> b = Task.Run(() => Work(2000));
        Console.WriteLine("a+b = " + (await a + await b));

        int counter = 0;
        Task t = Task.Run(() => { counter += 5; });
        t.Wait();
        Console.WriteLine("counter " + counter + " " + t.Status);

        Task<string> nested = Task.Run(async () =>
        {
            await Task.Delay(5);
            return "from async lambda";
        });
        Console.WriteLine(await nested);

        Task plain = Task.Run(async () => { await Task.Yield(); counter++; });
        await plain;
        Console.WriteLine("counter " + counter);

        Task<int> started = Task.Factory.StartNew(() => Work(100));
        Console.WriteLine("StartNew " + started.Result);
        Task<object> withState = Task.Factory.StartNew(s => (object)("state=" + s), 42);
        Console.WriteLine(withState.Result + " async state " + withState.AsyncState);

        var manual = new Task<int>(() => 99);
        Console.WriteLine("manual " + manual.Status);
        manual.Start();
        Console.WriteLine("manual result " + await manual);

        var sync = new Task(() => counter *= 2);
        sync.RunSynchronously();
        Console.WriteLine("sync " + sync.Status + " counter " + counter);


        try
        {
            sync.Start();
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }

        Task<int>[] many = new Task<int>[10];
        for (int i = 0; i < many.Length; i++)
        {
            int k = i;
            many[i] = Task.Run(() => k * k);
        }
        int total = 0;
        foreach (Task<int> m in many) total += m.Result;
        Console.WriteLine("squares " + total);
        Console.WriteLine("CurrentId outside a task: " + (Task.CurrentId == null));
        Console.WriteLine("CurrentId inside: " + await Task.Run(() => Task.CurrentId != null));
    }
}
