// switch on int: dense cases (jump table), sparse cases, negative cases, fall
// through via goto case, and the default.
using System;

class Program
{
    static string Dense(int x)
    {
        switch (x)
        {
            case 0: return "zero";
            case 1: return "one";
            case 2: return "two";
            case 3: return "three";
            case 4: goto case 2;
            case 5:
            case 6: return "five or six";
            default: return "other";
        }
    }

    static int Sparse(long x)
    {
        switch (x)
        {
            case -1000000000000: return 1;
            case -1: return 2;
            case 7: return 3;
            case 1000: return 4;
            case int.MaxValue: return 5;
            default: return 0;
        }
    }

    static int Main()
    {
        for (int i = -1; i <= 7; i++)
            Console.WriteLine(i + " " + Dense(i));
        foreach (long v in new[] { -1000000000000, -1, 0, 7, 1000, int.MaxValue, long.MaxValue })
            Console.Write(Sparse(v) + " ");
        Console.WriteLine();
        byte b = 255;
        switch (b)
        {
            case 255: Console.WriteLine("byte 255"); break;
            default: Console.WriteLine("byte other"); break;
        }
        return 0;
    }
}
