// An unhandled custom exception thrown after a caught one: exit code 134; stdout
// up to that point is complete.
using System;

class FatalError : Exception
{
    public FatalError(string m) : base(m) { }
}

class Program
{
    static int Main()
    {
        try
        {
            throw new FatalError("handled");
        }
        catch (FatalError e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        for (int i = 0; i < 3; i++)
            Console.WriteLine("line " + i);
        throw new FatalError("not handled");
    }
}
