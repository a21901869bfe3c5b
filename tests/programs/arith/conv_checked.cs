// Checked conversions (conv.ovf.*, conv.ovf.*.un): which throw OverflowException.
using System;

class Program
{
    static void Try(string what, Func<object> f)
    {
        try
        {
            Console.WriteLine(what + " = " + f());
        }
        catch (OverflowException)
        {
            Console.WriteLine(what + " -> OverflowException");
        }
    }

    static long L(long x) => x;
    static ulong UL(ulong x) => x;
    static double D(double x) => x;

    static int Main()
    {
        Try("(byte)255L", () => checked((byte)L(255)));
        Try("(byte)256L", () => checked((byte)L(256)));
        Try("(byte)-1L", () => checked((byte)L(-1)));
        Try("(sbyte)-128L", () => checked((sbyte)L(-128)));
        Try("(sbyte)128L", () => checked((sbyte)L(128)));
        Try("(short)-32769L", () => checked((short)L(-32769)));
        Try("(ushort)65535L", () => checked((ushort)L(65535)));
        Try("(char)-1L", () => checked((char)L(-1)));
        Try("(int)2^31", () => checked((int)L(2147483648)));
        Try("(int)-2^31", () => checked((int)L(-2147483648)));
        Try("(uint)-1L", () => checked((uint)L(-1)));
        Try("(uint)2^32-1", () => checked((uint)L(4294967295)));
        Try("(ulong)-1L", () => checked((ulong)L(-1)));
        Try("(long)ulong max", () => checked((long)UL(ulong.MaxValue)));
        Try("(long)2^63-1 ul", () => checked((long)UL(9223372036854775807)));
        Try("(int)ulong 2^31", () => checked((int)UL(2147483648)));
        Try("(int)(uint)2^31", () => checked((int)(uint)UL(2147483648)));
        Try("(int)2147483647.9", () => checked((int)D(2147483647.9)));
        Try("(int)2147483648.0", () => checked((int)D(2147483648.0)));
        Try("(int)-2147483648.9", () => checked((int)D(-2147483648.9)));
        Try("(int)-2147483649.0", () => checked((int)D(-2147483649.0)));
        Try("(int)NaN", () => checked((int)D(double.NaN)));
        Try("(uint)-0.9", () => checked((uint)D(-0.9)));
        Try("(uint)-1.0", () => checked((uint)D(-1.0)));
        Try("(long)9.2e18", () => checked((long)D(9.2e18)));
        Try("(long)9.3e18", () => checked((long)D(9.3e18)));
        Try("(ulong)1.8e19", () => checked((ulong)D(1.8e19)));
        Try("(ulong)1.9e19", () => checked((ulong)D(1.9e19)));
        Try("(byte)255.5", () => checked((byte)D(255.5)));
        Try("(byte)256.0", () => checked((byte)D(256.0)));
        Try("(long)+Infinity", () => checked((long)D(double.PositiveInfinity)));
        return 0;
    }
}
