// The order in which try, catch and finally blocks run, with and without an
// exception, and the code after them.
using System;

class Program
{
    static void Run(bool fail)
    {
        Console.WriteLine("-- fail=" + fail);
        try
        {
            Console.WriteLine("try begins");
            if (fail)
                throw new Exception("failure");
            Console.WriteLine("try ends");
        }
        catch (Exception e)
        {
            Console.WriteLine("catch " + e.Message);
        }
        finally
        {
            Console.WriteLine("finally");
        }
        Console.WriteLine("after");
    }

    static int Main()
    {
        Run(false);
        Run(true);
        try
        {
            try
            {
                throw new ArgumentException("inner");
            }
            finally
            {
                Console.WriteLine("inner finally (no catch here)");
            }
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("outer catch " + e.Message);
        }
        return 0;
    }
}
