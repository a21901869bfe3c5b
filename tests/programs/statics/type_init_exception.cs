// An exception in a static constructor becomes TypeInitializationException with
// the original as InnerException; every later access throws again without
// rerunning the constructor.
using System;

class Broken
{
    public static int Runs;
    public static int Value;
    static Broken()
    {
        Runs++;
        Console.WriteLine("Broken cctor run " + Runs);
        throw new InvalidOperationException("cctor failed");
    }
}

class Counter
{
    public static int Attempts;
}

class Program
{
    static int Main()
    {
        for (int i = 0; i < 3; i++)
        {
            try
            {
                Counter.Attempts++;
                Console.WriteLine("value " + Broken.Value);
            }
            catch (TypeInitializationException e)
            {
                Console.WriteLine("attempt " + Counter.Attempts + ": TypeInitializationException for " + e.TypeName +
                                  ", inner " + e.InnerException.GetType().Name + ": " + e.InnerException.Message);
            }
        }
        return 0;
    }
}
