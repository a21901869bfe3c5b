// Integer conversions: truncation, sign extension and zero extension (conv.*).
using System;

class Program
{
    static long L(long x) => x;
    static int I(int x) => x;

    static int Main()
    {
        long[] values = { 0, 1, -1, 127, 128, 255, 256, -128, -129, 32767, 32768, 65535, 65536,
                          int.MaxValue, (long)int.MaxValue + 1, int.MinValue, uint.MaxValue,
                          0x123456789AL, long.MinValue, long.MaxValue };
        foreach (long v0 in values)
        {
            long v = L(v0);
            Console.WriteLine(v + ": sbyte " + (sbyte)v + ", byte " + (byte)v + ", short " + (short)v +
                              ", ushort " + (ushort)v + ", int " + (int)v + ", uint " + (uint)v +
                              ", ulong " + (ulong)v + ", char " + (int)(char)v);
        }
        int n = I(-1);
        Console.WriteLine("int -1 to long " + (long)n + ", to ulong " + (ulong)n + ", via uint to ulong " + (ulong)(uint)n);
        uint u = (uint)I(-2);
        Console.WriteLine("uint 0xFFFFFFFE to long " + (long)u + ", to int " + (int)u);
        sbyte sb = (sbyte)I(-100);
        Console.WriteLine("sbyte -100 to int " + (int)sb + ", to uint " + unchecked((uint)sb) + ", to ushort " + (ushort)sb);
        byte b = (byte)I(200);
        Console.WriteLine("byte 200 to sbyte " + (sbyte)b + ", to short " + (short)b);
        char c = (char)I(0xFFFF);
        Console.WriteLine("char FFFF to short " + (short)c + ", to int " + (int)c);
        short s = (short)I(-2);
        Console.WriteLine("short -2 to char " + (int)(char)s + ", to uint " + unchecked((uint)s));
        nint ni = (nint)I(-5);
        nuint nu = (nuint)I(7);
        Console.WriteLine("nint -5 to long " + (long)ni + ", nuint 7 to int " + (int)nu);
        return 0;
    }
}
