// An unhandled exception ends the process as CoreCLR does on Linux: SIGABRT, exit
// code 134. Output printed before it must be complete. (Only stdout and the exit
// code are compared; the message and stack go to stderr.)
using System;

class Program
{
    static void Fail(int depth)
    {
        if (depth == 0)
            throw new InvalidOperationException("nobody catches this");
        Fail(depth - 1);
    }

    static int Main()
    {
        Console.WriteLine("before");
        try
        {
            Fail(3);
        }
        finally
        {
            Console.WriteLine("finally runs before the process dies");
        }
        Console.WriteLine("never printed");
        return 0;
    }
}
