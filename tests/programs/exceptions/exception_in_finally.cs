// An exception thrown from a finally block replaces the one in flight; an
// exception thrown from a catch block runs the finally first, then propagates.
using System;

class Program
{
    static void ReplaceInFinally()
    {
        try
        {
            throw new InvalidOperationException("first");
        }
        finally
        {
            Console.WriteLine("finally throws a second exception");
            throw new ArgumentException("second");
        }
    }

    static void ThrowFromCatch()
    {
        try
        {
            throw new InvalidOperationException("original");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("catch got " + e.Message + ", throws a new one");
            throw new FormatException("from catch");
        }
        finally
        {
            Console.WriteLine("finally after the throwing catch");
        }
    }

    static int Main()
    {
        try
        {
            ReplaceInFinally();
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("wrong: the first exception escaped");
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        try
        {
            ThrowFromCatch();
        }
        catch (FormatException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        return 0;
    }
}
