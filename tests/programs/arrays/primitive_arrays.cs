// One-dimensional arrays of every primitive element type: store, load, default
// values, Length, and element size effects (wrap-around on store).
using System;

class Program
{
    static int Main()
    {
        var bo = new bool[3]; var by = new byte[3]; var sb = new sbyte[3]; var sh = new short[3]; var us = new ushort[3];
        var i4 = new int[3]; var u4 = new uint[3]; var i8 = new long[3]; var u8 = new ulong[3];
        var f4 = new float[3]; var f8 = new double[3]; var ch = new char[3]; var ni = new nint[3]; var nu = new nuint[3];
        for (int i = 0; i < 3; i++)
        {
            bo[i] = i % 2 == 0; by[i] = (byte)(250 + i * 3); sb[i] = (sbyte)(126 + i); sh[i] = (short)(32766 + i);
            us[i] = (ushort)(65534 + i); i4[i] = int.MaxValue - 1 + i; u4[i] = uint.MaxValue - 1 + (uint)i;
            i8[i] = long.MinValue + i; u8[i] = ulong.MaxValue - (ulong)i; f4[i] = i / 4f; f8[i] = -i / 8.0;
            ch[i] = (char)('x' + i); ni[i] = -i; nu[i] = (nuint)i * 3;
        }
        Console.WriteLine(string.Join(",", bo) + " | " + string.Join(",", by) + " | " + string.Join(",", sb) + " | " + string.Join(",", sh));
        Console.WriteLine(string.Join(",", us) + " | " + string.Join(",", i4) + " | " + string.Join(",", u4));
        Console.WriteLine(string.Join(",", i8) + " | " + string.Join(",", u8));
        Console.WriteLine(string.Join(",", f4) + " | " + string.Join(",", f8) + " | " + new string(ch) + " | " + string.Join(",", ni) + " | " + string.Join(",", nu));
        var strs = new string[2];
        var objs = new object[2];
        Console.WriteLine("ref defaults " + (strs[0] == null) + " " + (objs[1] == null) + " lengths " + strs.Length + " " + i8.Length);
        var empty = new int[0];
        Console.WriteLine("empty length " + empty.Length + ", Array.Empty same " + ReferenceEquals(Array.Empty<int>(), Array.Empty<int>()));
        int[] init = { 5, 4, 3 };
        init[1] += 10;
        init[2]++;
        Console.WriteLine("initialised " + string.Join(",", init));
        return 0;
    }
}
