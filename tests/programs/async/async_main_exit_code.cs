// async Task<int> Main: the awaited chain's result becomes the exit code.
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<int> Square(int x)
    {
        await Task.Delay(5);
        return x * x;
    }

    static async Task<int> SumOfSquares(int n)
    {
        int sum = 0;
        for (int i = 1; i <= n; i++)
        {
            sum += await Square(i);
            Console.WriteLine("after " + i + ": " + sum);
        }
        return sum;
    }

    static async Task<int> Main(string[] args)
    {
        Console.WriteLine("start");
        int total = await SumOfSquares(4);
        Console.WriteLine("total " + total);
        Task<int> pending = Square(7);
        Console.WriteLine("pending done: " + pending.IsCompleted);
        Console.WriteLine("result " + await pending);
        return total + 12;   // 42
    }
}
