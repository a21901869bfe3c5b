// Catch clauses are tried in order; the first whose type matches (including base
// types and Exception) takes the exception; object-typed catch-all works too.
using System;

class Program
{
    static string Which(Exception ex)
    {
        try
        {
            throw ex;
        }
        catch (ArgumentNullException)
        {
            return "ArgumentNullException clause";
        }
        catch (ArgumentException)
        {
            return "ArgumentException clause";
        }
        catch (ArithmeticException e) when (e is OverflowException)
        {
            return "ArithmeticException clause (overflow filter)";
        }
        catch (SystemException)
        {
            return "SystemException clause";
        }
        catch
        {
            return "catch-all clause";
        }
    }

    static int Main()
    {
        Exception[] all =
        {
            new ArgumentNullException("p"), new ArgumentOutOfRangeException("p"), new ArgumentException("a"),
            new OverflowException(), new DivideByZeroException(), new NullReferenceException(), new Exception("plain")
        };
        foreach (var e in all)
            Console.WriteLine(e.GetType().Name + " -> " + Which(e));
        return 0;
    }
}
