// byte/sbyte/short/ushort/char: values are widened to int on the evaluation stack
// and truncated again on store, including in fields, arrays and by-ref.
using System;

class Holder
{
    public byte B;
    public sbyte SB;
    public short S;
    public ushort US;
    public char C;
}

class Program
{
    static int I(int x) => x;

    static void Bump(ref byte b, ref sbyte sb, ref short s) { b += 200; sb -= 100; s *= 3; }

    static int Main()
    {
        var h = new Holder { B = 100, SB = -100, S = 20000, US = 60000, C = 'z' };
        h.B += (byte)I(200);
        h.SB -= (sbyte)I(100);
        h.S += (short)I(20000);
        h.US += (ushort)I(10000);
        h.C++;
        Console.WriteLine("fields: " + h.B + " " + h.SB + " " + h.S + " " + h.US + " " + (int)h.C);
        byte[] bs = { 250, 251, 252 };
        sbyte[] sbs = { 120, -120 };
        short[] ss = { 32000, -32000 };
        for (int i = 0; i < bs.Length; i++) bs[i] += 10;
        for (int i = 0; i < sbs.Length; i++) sbs[i] += (sbyte)(sbs[i] > 0 ? 10 : -10);
        for (int i = 0; i < ss.Length; i++) ss[i] *= 2;
        Console.WriteLine("arrays: " + bs[0] + " " + bs[1] + " " + bs[2] + " " + sbs[0] + " " + sbs[1] + " " + ss[0] + " " + ss[1]);
        byte lb = 100; sbyte lsb = -100; short ls = 20000;
        Bump(ref lb, ref lsb, ref ls);
        Console.WriteLine("by ref: " + lb + " " + lsb + " " + ls);
        // Sign of a loaded small value: sbyte -1 loads as int -1, byte 255 as 255.
        sbyte m1 = (sbyte)I(-1);
        byte ff = (byte)I(255);
        Console.WriteLine("loads: " + (m1 < 0) + " " + (ff > 0) + " " + (m1 == -1) + " " + (ff == 255) + " " + ((int)m1 + ff));
        ushort big = 65535;
        short sbig = (short)big;
        Console.WriteLine("ushort 65535 as short " + sbig + "; compare " + (big > sbig));
        int sum = 0;
        for (byte b = 250; b != 4; b++)
            sum += b;
        Console.WriteLine("byte loop wraps, sum " + sum);
        return 0;
    }
}
