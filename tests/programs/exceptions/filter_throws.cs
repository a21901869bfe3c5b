// An exception thrown inside a filter is swallowed: the filter counts as false
// and the search goes on with the original exception.
using System;

class Program
{
    static bool Bad(Exception e)
    {
        Console.WriteLine("filter sees " + e.Message + " and throws");
        throw new InvalidOperationException("from the filter");
    }

    static bool NullDeref(string s) => s.Length > 0;

    static int Main()
    {
        try
        {
            try
            {
                throw new ArgumentException("original");
            }
            catch (ArgumentException e) when (Bad(e))
            {
                Console.WriteLine("not reached");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("wrong: caught the filter's exception " + e.Message);
        }
        catch (ArgumentException e)
        {
            Console.WriteLine("outer caught " + e.Message);
        }
        string nothing = null;
        try
        {
            throw new FormatException("second");
        }
        catch (FormatException) when (NullDeref(nothing))
        {
            Console.WriteLine("not reached");
        }
        catch (FormatException e)
        {
            Console.WriteLine("next clause caught " + e.Message + " after a NullReference in a filter");
        }
        return 0;
    }
}
