// Two-pass exception handling: the outer filter runs during the first pass,
// BEFORE the inner finally blocks (which run in the second pass).
using System;

class Program
{
    static bool Filter(string where)
    {
        Console.WriteLine("filter runs (" + where + ")");
        return true;
    }

    static void Inner()
    {
        try
        {
            try
            {
                Console.WriteLine("throwing");
                throw new Exception("x");
            }
            finally
            {
                Console.WriteLine("innermost finally");
            }
        }
        finally
        {
            Console.WriteLine("inner finally");
        }
    }

    static void Middle()
    {
        try
        {
            Inner();
        }
        catch (Exception) when (Filter("middle, returns false") && false)
        {
            Console.WriteLine("not reached");
        }
        finally
        {
            Console.WriteLine("middle finally");
        }
    }

    static int Main()
    {
        try
        {
            Middle();
        }
        catch (Exception e) when (Filter("outer"))
        {
            Console.WriteLine("outer catch " + e.Message);
        }
        finally
        {
            Console.WriteLine("outer finally");
        }
        return 0;
    }
}
