// Environment.Exit ends the process at once with the given code: finally blocks
// of the calling frames do not run, and output already written stays.
using System;

class Program
{
    static void Leave()
    {
        try
        {
            Console.WriteLine("leaving with 42");
            Environment.Exit(42);
        }
        finally
        {
            Console.WriteLine("finally after Exit (CoreCLR does not run it)");
        }
    }

    static int Main()
    {
        Console.WriteLine("start");
        Leave();
        Console.WriteLine("not reached");
        return 0;
    }
}
