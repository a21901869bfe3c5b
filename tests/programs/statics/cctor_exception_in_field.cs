// A failing static field initialiser (no explicit cctor) also surfaces as
// TypeInitializationException; the type stays unusable afterwards.
using System;

class Parser
{
    public static readonly int Value = int.Parse("not a number");
    public static int Other = 5;
}

class Program
{
    static int Main()
    {
        for (int i = 0; i < 2; i++)
        {
            try
            {
                Console.WriteLine(Parser.Other);
            }
            catch (TypeInitializationException e)
            {
                Console.WriteLine("TypeInitializationException, inner " + e.InnerException.GetType().Name);
            }
        }
        return 0;
    }
}
