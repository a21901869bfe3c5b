// uint/ulong: unsigned division, remainder, comparison and wrap-around.
using System;

class Program
{
    static uint U(uint x) => x;
    static ulong UL(ulong x) => x;

    static int Main()
    {
        uint a = U(0xFFFFFFF0u), b = U(7);
        Console.WriteLine("a / b = " + (a / b));
        Console.WriteLine("a % b = " + (a % b));
        Console.WriteLine("a + 0x20 = " + unchecked(a + U(0x20)));
        Console.WriteLine("0 - 1 = " + unchecked(U(0) - U(1)));
        Console.WriteLine("a * 3 = " + unchecked(a * U(3)));
        Console.WriteLine("a > b = " + (a > b));
        Console.WriteLine("a >= 0x80000000 = " + (a >= U(0x80000000u)));
        Console.WriteLine("(int)a < (int)b = " + ((int)a < (int)b));
        Console.WriteLine("a >> 4 = " + (a >> 4));
        Console.WriteLine("(int)a >> 4 = " + ((int)a >> 4));

        ulong c = UL(0xFFFFFFFFFFFFFFF0ul), d = UL(10);
        Console.WriteLine("c / d = " + (c / d));
        Console.WriteLine("c % d = " + (c % d));
        Console.WriteLine("c / 0x100000000 = " + (c / UL(0x100000000ul)));
        Console.WriteLine("c > d = " + (c > d));
        Console.WriteLine("(long)c < (long)d = " + ((long)c < (long)d));
        Console.WriteLine("c >> 60 = " + (c >> 60));
        Console.WriteLine("(long)c >> 60 = " + ((long)c >> 60));
        Console.WriteLine("max + 1 = " + unchecked(UL(ulong.MaxValue) + 1));
        Console.WriteLine("ulong max = " + ulong.MaxValue);

        // Unsigned compares in branches (the bge.un / blt.un family).
        int count = 0;
        for (uint i = U(5); i < U(10); i++)
            count++;
        for (uint i = U(3); i <= U(3); i--)   // stops when i wraps to uint.MaxValue
            count += 10;
        Console.WriteLine("loop count = " + count);

        ushort us = 65535;
        us++;
        Console.WriteLine("ushort wraps to " + us);
        byte by = 250;
        by += 10;
        Console.WriteLine("byte wraps to " + by);
        sbyte sb = 127;
        sb++;
        Console.WriteLine("sbyte wraps to " + sb);
        short sh = -32768;
        sh--;
        Console.WriteLine("short wraps to " + sh);
        char ch = 'A';
        ch += (char)2;
        Console.WriteLine("char arithmetic " + ch + " " + (int)ch);
        return 0;
    }
}
