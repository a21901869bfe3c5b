// The process exit code is Main's return value (CoreCLR-style tests return 100
// for success); output written before returning is complete.
using System;

class Program
{
    static int Compute()
    {
        int acc = 0;
        for (int i = 1; i <= 10; i++)
            acc += i;
        return acc;   // 55
    }

    static int Main(string[] args)
    {
        Console.WriteLine("args " + args.Length);
        Console.Write("no newline at the end, exit code follows");
        return Compute() + 45;   // 100
    }
}
