// exceptions: throw and catch. Each of N iterations calls three levels deep; the
// innermost level throws one of three exception types (a user type, a library type,
// and a division by zero that the runtime raises) or returns normally. On the way out
// a finally block runs, and a filter decides whether a middle level catches and
// rethrows. Prints how many of each were seen.
using System;

sealed class BenchException : Exception
{
    public readonly int Code;
    public BenchException(int code) : base("bench") { Code = code; }
}

static class Exceptions
{
    static int finallies, filtered, rethrown;

    static int Level3(int i)
    {
        switch (i & 7)
        {
            case 0:
            case 1:
            case 4:
                throw new BenchException(i);
            case 2:
            case 5:
                throw new InvalidOperationException("level 3");
            case 6:
                int zero = i - i;
                return i / zero;
            default:
                return i & 15;
        }
    }

    static int Level2(int i)
    {
        try
        {
            return Level3(i) + 1;
        }
        finally
        {
            finallies++;
        }
    }

    static bool Note(int code)
    {
        filtered++;
        return code % 3 == 0;
    }

    static int Level1(int i)
    {
        try
        {
            return Level2(i) * 2;
        }
        catch (BenchException e) when (Note(e.Code))
        {
            rethrown++;
            throw;
        }
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 1000;
        long normal = 0;
        int bench = 0, invalid = 0, divide = 0;
        for (int i = 0; i < n; i++)
        {
            try
            {
                normal += Level1(i);
            }
            catch (BenchException e)
            {
                bench += e.Code & 1;
                bench++;
            }
            catch (InvalidOperationException)
            {
                invalid++;
            }
            catch (DivideByZeroException)
            {
                divide++;
            }
        }
        Console.WriteLine("normal " + normal + " bench " + bench + " invalid " + invalid + " divide " + divide);
        Console.WriteLine("finallies " + finallies + " filtered " + filtered + " rethrown " + rethrown);
    }
}
