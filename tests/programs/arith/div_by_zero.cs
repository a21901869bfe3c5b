// Integer division and remainder by zero throw DivideByZeroException; floating
// division by zero gives Infinity or NaN.
using System;

class Program
{
    static int I(int x) => x;
    static long L(long x) => x;
    static double D(double x) => x;

    static void Try(string what, Func<string> f)
    {
        try
        {
            Console.WriteLine(what + " = " + f());
        }
        catch (DivideByZeroException e)
        {
            Console.WriteLine(what + " -> " + e.GetType().Name);
        }
    }

    static int Main()
    {
        Try("1 / 0", () => (I(1) / I(0)).ToString());
        Try("1 % 0", () => (I(1) % I(0)).ToString());
        Try("0 / 0", () => (I(0) / I(0)).ToString());
        Try("1L / 0", () => (L(1) / L(0)).ToString());
        Try("1L % 0", () => (L(1) % L(0)).ToString());
        Try("1u / 0", () => ((uint)I(1) / (uint)I(0)).ToString());
        Try("1ul % 0", () => ((ulong)L(1) % (ulong)L(0)).ToString());
        Try("1.0 / 0", () => (D(1) / D(0)).ToString());
        Try("-1.0 / 0", () => (D(-1) / D(0)).ToString());
        Try("0.0 / 0", () => (D(0) / D(0)).ToString());
        Try("1.0 % 0", () => (D(1) % D(0)).ToString());
        Try("1f / 0", () => ((float)D(1) / (float)D(0)).ToString());
        // The exception is catchable and the program continues normally.
        int caught = 0;
        for (int i = -2; i <= 2; i++)
        {
            try
            {
                Console.WriteLine("100 / " + i + " = " + (100 / I(i)));
            }
            catch (DivideByZeroException)
            {
                caught++;
            }
        }
        Console.WriteLine("caught " + caught);
        try
        {
            int z = I(0);
            z = 5 / z;
        }
        catch (ArithmeticException e)
        {
            Console.WriteLine("as ArithmeticException: " + (e is DivideByZeroException));
        }
        return 0;
    }
}
