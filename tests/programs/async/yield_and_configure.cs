// Task.Yield, ConfigureAwait(false) and ConfigureAwaitOptions (SuppressThrowing,
// ForceYielding), awaiting in a sequential chain so the output has one order everywhere.
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Yielding(int n)
    {
        int total = 0;
        for (int i = 0; i < n; i++)
        {
            await Task.Yield();
            total += i;
        }
        return total;
    }

    static async Task<string> Configured()
    {
        await Task.Delay(1).ConfigureAwait(false);
        string s = await Task.FromResult("configured").ConfigureAwait(false);
        int x = await Task.Run(() => 2).ConfigureAwait(true);
        return s + x;
    }

    static async Task Main()
    {
        Console.WriteLine("yield sum " + await Yielding(100));
        Console.WriteLine(await Configured());

        Task failing = Task.FromException(new Exception("ignored"));
        await failing.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        Console.WriteLine("SuppressThrowing: no exception, task " + failing.Status);

        Task<int> running = Task.FromResult(3);
        var awaiter = running.ConfigureAwait(ConfigureAwaitOptions.ForceYielding).GetAwaiter();
        Console.WriteLine("ForceYielding IsCompleted on a completed task: " + awaiter.IsCompleted);
        Console.WriteLine("result " + await running.ConfigureAwait(ConfigureAwaitOptions.ForceYielding));

        try
        {
            Task.FromResult(1).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
        catch (ArgumentOutOfRangeException e)
        {
            Console.WriteLine(e.Message);
        }

        var ya = Task.Yield().GetAwaiter();
        Console.WriteLine("YieldAwaiter.IsCompleted " + ya.IsCompleted);
        await Task.Yield();
        Console.WriteLine("after yield");
    }
}
