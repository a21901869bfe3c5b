// anyclr-test: csc-options -optimize- -debug-
// The same async code compiled without optimization: the compiler makes its state
// machines classes instead of structs, and the builders must box them alike.
using System;
using System.Collections.Generic;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Add(int a, int b)
    {
        await Task.Delay(1);
        return a + b;
    }

    static async ValueTask<string> Describe(int x)
    {
        await Task.Yield();
        return "value " + x;
    }

    static async IAsyncEnumerable<int> Numbers(int n)
    {
        for (int i = 0; i < n; i++)
        {
            await Task.Yield();
            yield return i * i;
        }
    }

    static async Task Fail()
    {
        await Task.Delay(1);
        throw new ApplicationException("debug failure");
    }

    static async Task<int> Main()
    {
        int sum = await Add(2, 3) + await Add(4, 5);
        Console.WriteLine("sum " + sum);
        Console.WriteLine(await Describe(sum));
        var squares = new List<int>();
        await foreach (int s in Numbers(5)) squares.Add(s);
        Console.WriteLine(string.Join(",", squares));
        try
        {
            await Fail();
        }
        catch (ApplicationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        int[] all = await Task.WhenAll(Add(1, 1), Task.Run(() => Add(2, 2)));
        Console.WriteLine(all[0] + all[1]);
        return sum;
    }
}
