// async Task Main without a result; a synchronous async method completes without a box,
// and an async method that never suspends returns a completed task.
using System;
using System.Threading.Tasks;

class Program
{
    static async Task<string> Immediate(string s) => s + "!";

    static async Task Nothing() { }

    static async Task Step(string name, int ms)
    {
        Console.WriteLine(name + " begins");
        await Task.Delay(ms);
        Console.WriteLine(name + " ends");
    }

    static async Task Main()
    {
        Task<string> t = Immediate("sync");
        Console.WriteLine(t.Status + " " + t.Result);
        Task n = Nothing();
        Console.WriteLine(n.Status + " " + (n == Task.CompletedTask));
        await Step("one", 10);
        await Step("two", 1);
        Task three = Step("three", 20);
        Console.WriteLine("three started: " + three.Status);
        await three;
        Console.WriteLine("three: " + three.Status);
        Environment.ExitCode = 7;
    }
}
