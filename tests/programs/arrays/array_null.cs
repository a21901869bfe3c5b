// Operations on a null array reference throw NullReferenceException: load,
// store, Length, foreach.
using System;

class Program
{
    static int[] Nothing() => null;

    static void Try(string what, Action a)
    {
        try
        {
            a();
            Console.WriteLine(what + ": ok");
        }
        catch (NullReferenceException)
        {
            Console.WriteLine(what + ": NullReferenceException");
        }
    }

    static int Main()
    {
        int[] a = Nothing();
        Try("load", () => Console.Write(a[0]));
        Try("store", () => a[0] = 1);
        Try("Length", () => Console.Write(a.Length));
        Try("foreach", () => { foreach (int x in a) Console.Write(x); });
        Try("ref element", () => { ref int r = ref a[0]; r++; });
        string[] s = null;
        Try("string array store", () => s[0] = "x");
        int[,] m = null;
        Try("2-d load", () => Console.Write(m[0, 0]));
        return 0;
    }
}
