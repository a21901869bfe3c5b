// An exception leaving an async void method is unhandled: the process ends with the
// "Unhandled exception." report and SIGABRT (exit code 134), while Main still waits.
using System;
using System.Threading;
using System.Threading.Tasks;

class Program
{
    static async void FireAndForget()
    {
        Console.WriteLine("async void starts");
        await Task.Delay(10);
        Console.WriteLine("async void resumes");
        throw new InvalidOperationException("async void failed");
    }

    static void Main()
    {
        FireAndForget();
        Console.WriteLine("Main continues");
        Thread.Sleep(3000);
        Console.WriteLine("not reached");
    }
}
