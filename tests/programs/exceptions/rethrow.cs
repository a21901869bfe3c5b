// throw; keeps the original exception object and its stack trace (the frame that
// threw is still listed); throw e; is the same object; wrapping sets InnerException.
using System;
using System.Runtime.CompilerServices;

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void DeepThrower() => throw new InvalidOperationException("deep");

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Rethrow()
    {
        try
        {
            DeepThrower();
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("caught once, rethrowing");
            throw;
        }
    }

    static Exception saved;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Wrap()
    {
        try
        {
            Rethrow();
        }
        catch (Exception e)
        {
            saved = e;
            throw new ApplicationException("wrapped", e);
        }
    }

    static int Main()
    {
        try
        {
            Wrap();
        }
        catch (ApplicationException e)
        {
            Console.WriteLine("outer " + e.Message + ", inner " + e.InnerException.Message);
            Console.WriteLine("inner is the same object: " + ReferenceEquals(e.InnerException, saved));
            string trace = e.InnerException.StackTrace ?? "";
            Console.WriteLine("inner trace names DeepThrower: " + trace.Contains("DeepThrower"));
            Console.WriteLine("inner trace names Rethrow: " + trace.Contains("Rethrow"));
        }
        var ex = new Exception("reused");
        for (int i = 0; i < 2; i++)
        {
            try
            {
                throw ex;
            }
            catch (Exception e)
            {
                Console.WriteLine("same object thrown twice: " + ReferenceEquals(e, ex));
            }
        }
        return 0;
    }
}
