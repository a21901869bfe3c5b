// Exception filters (catch ... when): evaluated in order, a false filter passes
// the exception on, filters can look at the exception and at locals.
using System;

class CodeException : Exception
{
    public int Code;
    public CodeException(int c) : base("code " + c) { Code = c; }
}

class Program
{
    static bool Log(string s, bool result)
    {
        Console.WriteLine("  filter " + s + " -> " + result);
        return result;
    }

    static string Handle(int code)
    {
        try
        {
            throw new CodeException(code);
        }
        catch (CodeException e) when (Log("code < 10", e.Code < 10))
        {
            return "small";
        }
        catch (CodeException e) when (Log("code < 100", e.Code < 100))
        {
            return "medium";
        }
        catch (Exception e) when (Log("is CodeException", e is CodeException))
        {
            return "large";
        }
    }

    static int Main()
    {
        foreach (int c in new[] { 5, 50, 500 })
            Console.WriteLine(c + ": " + Handle(c));
        int attempts = 0;
        try
        {
            try
            {
                attempts++;
                throw new InvalidOperationException("inner");
            }
            catch (InvalidOperationException) when (attempts > 1)
            {
                Console.WriteLine("not reached");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("outer handler got " + e.Message + " after a false filter");
        }
        return 0;
    }
}
