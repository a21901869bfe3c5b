// Two classes whose static constructors use each other: the second sees the
// first's fields still at their defaults (the cycle is broken, not deadlocked).
using System;

class A
{
    public static int X;
    static A()
    {
        Console.WriteLine("A cctor begins, B.Y = " + B.Y);
        X = 10;
        Console.WriteLine("A cctor ends");
    }
}

class B
{
    public static int Y;
    static B()
    {
        Console.WriteLine("B cctor begins, A.X = " + A.X);
        Y = 20;
        Console.WriteLine("B cctor ends");
    }
}

class Program
{
    static int Main()
    {
        Console.WriteLine("A.X = " + A.X);
        Console.WriteLine("B.Y = " + B.Y);
        return 0;
    }
}
