// Shifts: counts are masked (& 31 for 32-bit, & 63 for 64-bit), arithmetic vs
// logical right shift.
using System;

class Program
{
    static int I(int x) => x;
    static long L(long x) => x;

    static int Main()
    {
        int one = I(1), neg = I(-256);
        for (int s = 0; s < 70; s += 7)
            Console.WriteLine("1 << " + s + " = " + (one << I(s)) + "   -256 >> " + s + " = " + (neg >> I(s)));
        Console.WriteLine("1 << 32 = " + (one << I(32)));
        Console.WriteLine("1 << 33 = " + (one << I(33)));
        Console.WriteLine("1 << -1 = " + (one << I(-1)));
        Console.WriteLine("-1 >>> 28 = " + ((uint)I(-1) >> I(28)));
        Console.WriteLine("-1 >>> 28 (operator) = " + (I(-1) >>> I(28)));
        long lone = L(1), lneg = L(-1L << 40);
        for (int s = 0; s < 140; s += 13)
            Console.WriteLine("1L << " + s + " = " + (lone << I(s)) + "   (-1L<<40) >> " + s + " = " + (lneg >> I(s)));
        Console.WriteLine("1L << 64 = " + (lone << I(64)));
        Console.WriteLine("1L << 65 = " + (lone << I(65)));
        Console.WriteLine("ulong max >> 63 = " + (ulong.MaxValue >> I(63)));
        Console.WriteLine("long min >> 63 = " + (long.MinValue >> I(63)));
        Console.WriteLine("long min >>> 63 = " + (long.MinValue >>> I(63)));
        byte b = 0x81;
        Console.WriteLine("byte << 1 promotes to int: " + (b << 1));
        Console.WriteLine("(byte)(b << 1) = " + (byte)(b << 1));
        sbyte sb = -128;
        Console.WriteLine("sbyte >> 3 = " + (sb >> 3));
        ushort us = 0x8000;
        Console.WriteLine("ushort >> 15 = " + (us >> 15));
        int x = I(0x12345678);
        Console.WriteLine("rotate left 8 = " + ((x << 8) | (int)((uint)x >> 24)));
        return 0;
    }
}
