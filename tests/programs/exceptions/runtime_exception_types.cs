// Every exception the engine itself raises, caught by its exact type and by its
// base type (ArithmeticException, SystemException, Exception).
using System;

class Program
{
    static int I(int x) => x;

    static string Classify(Exception e)
    {
        string s = e.GetType().FullName;
        if (e is ArithmeticException) s += " (ArithmeticException)";
        if (e is SystemException) s += " (SystemException)";
        return s;
    }

    static void Try(string what, Action a)
    {
        try
        {
            a();
            Console.WriteLine(what + ": nothing thrown");
        }
        catch (Exception e)
        {
            Console.WriteLine(what + ": " + Classify(e));
        }
    }

    static int Main()
    {
        object o = "string";
        object[] objs = new string[1];
        int[] arr = new int[1];
        Try("null deref", () => Console.Write(((string)null).Length));
        Try("index", () => arr[I(1)] = 0);
        Try("cast", () => Console.Write((int[])o));
        Try("overflow", () => Console.Write(checked(I(int.MaxValue) + 1)));
        Try("conv overflow", () => Console.Write(checked((byte)I(300))));
        Try("divide", () => Console.Write(I(1) / I(0)));
        Try("array type", () => objs[0] = 1);
        Try("negative size", () => Console.Write(new int[I(-1)]));
        Try("unbox null", () => Console.Write((int)(object)null));
        return 0;
    }
}
