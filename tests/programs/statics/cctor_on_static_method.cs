// A precise static constructor also runs on the first call of a static method,
// and not at all if the type is never used.
using System;

class Used
{
    static Used() { Console.WriteLine("Used cctor"); }
    public static int Twice(int x) => x * 2;
}

class NeverUsed
{
    static NeverUsed() { Console.WriteLine("NeverUsed cctor (must not print)"); }
    public static void M() { }
}

class Program
{
    static bool flag;

    static int Main()
    {
        Console.WriteLine("start");
        if (flag)
            NeverUsed.M();
        Console.WriteLine("calling");
        Console.WriteLine(Used.Twice(21));
        Console.WriteLine(Used.Twice(5));
        return 0;
    }
}
