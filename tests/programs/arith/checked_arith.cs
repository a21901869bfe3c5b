// checked arithmetic: add/sub/mul .ovf for signed and unsigned, 32 and 64 bits.
using System;

class Program
{
    static int I(int x) => x;
    static long L(long x) => x;
    static uint U(uint x) => x;
    static ulong UL(ulong x) => x;

    static void Try(string what, Func<object> f)
    {
        try
        {
            Console.WriteLine(what + " = " + f());
        }
        catch (OverflowException e)
        {
            Console.WriteLine(what + " -> " + e.GetType().Name);
        }
    }

    static int Main()
    {
        Try("int max + 1", () => checked(I(int.MaxValue) + 1));
        Try("int max + 0", () => checked(I(int.MaxValue) + 0));
        Try("int min - 1", () => checked(I(int.MinValue) - 1));
        Try("int min * -1", () => checked(I(int.MinValue) * -1));
        Try("46341 * 46341", () => checked(I(46341) * I(46341)));
        Try("46340 * 46340", () => checked(I(46340) * I(46340)));
        Try("-int min", () => checked(-I(int.MinValue)));
        Try("long max + 1", () => checked(L(long.MaxValue) + 1));
        Try("long min - 1", () => checked(L(long.MinValue) - 1));
        Try("3037000500^2", () => checked(L(3037000500) * L(3037000500)));
        Try("3037000499^2", () => checked(L(3037000499) * L(3037000499)));
        Try("long min * -1", () => checked(L(long.MinValue) * -1));
        Try("uint 0 - 1", () => checked(U(0) - U(1)));
        Try("uint max + 1", () => checked(U(uint.MaxValue) + U(1)));
        Try("uint 65536 * 65536", () => checked(U(65536) * U(65536)));
        Try("uint 65535 * 65537", () => checked(U(65535) * U(65537)));
        Try("ulong 0 - 1", () => checked(UL(0) - UL(1)));
        Try("ulong max + 1", () => checked(UL(ulong.MaxValue) + UL(1)));
        Try("ulong 2^32 * 2^32", () => checked(UL(1ul << 32) * UL(1ul << 32)));
        Try("ulong 2^32 * (2^32-1)", () => checked(UL(1ul << 32) * UL(0xFFFFFFFFul)));
        Try("byte 200 + 100", () => checked((byte)(I(200) + I(100))));
        Try("short 30000 + 30000", () => checked((short)(I(30000) + I(30000))));
        // unchecked inside checked wins.
        Try("unchecked in checked", () => checked(unchecked(I(int.MaxValue) + 1)));
        int total = 0;
        for (int i = 0; i < 40; i++)
        {
            try
            {
                total = checked(total + I(100000000));
            }
            catch (OverflowException)
            {
                Console.WriteLine("overflow at step " + i + ", total " + total);
                break;
            }
        }
        return 0;
    }
}
