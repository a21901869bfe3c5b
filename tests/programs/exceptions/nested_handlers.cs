// Nested try blocks across method calls: the innermost matching handler wins,
// and every finally on the way runs innermost first.
using System;

class Program
{
    static void Level3()
    {
        try
        {
            Console.WriteLine("level3 throws");
            throw new InvalidOperationException("from level3");
        }
        finally
        {
            Console.WriteLine("level3 finally");
        }
    }

    static void Level2()
    {
        try
        {
            Level3();
        }
        catch (ArgumentException)
        {
            Console.WriteLine("level2 catch (wrong type, not reached)");
        }
        finally
        {
            Console.WriteLine("level2 finally");
        }
    }

    static void Level1()
    {
        try
        {
            try
            {
                Level2();
            }
            finally
            {
                Console.WriteLine("level1 inner finally");
            }
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("level1 catch: " + e.Message);
        }
        finally
        {
            Console.WriteLine("level1 outer finally");
        }
    }

    static int Main()
    {
        Level1();
        Console.WriteLine("main continues");
        return 0;
    }
}
