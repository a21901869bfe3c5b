// Invoking a null delegate throws NullReferenceException; exceptions thrown in
// a delegate propagate to the caller through Invoke.
using System;

class Program
{
    static int Main()
    {
        Action a = null;
        try
        {
            a();
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("null delegate: NullReferenceException");
        }
        a?.Invoke();
        Console.WriteLine("?.Invoke on null is fine");
        Func<int, int> thrower = x => 10 / x;
        try
        {
            Console.WriteLine(thrower(0));
        }
        catch (DivideByZeroException)
        {
            Console.WriteLine("exception through a delegate: DivideByZeroException");
        }
        Func<string, int> len = s => s.Length;
        try
        {
            len(null);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("exception inside the lambda: NullReferenceException");
        }
        return 0;
    }
}
