// Enums over every underlying type (byte .. ulong, signed and unsigned): value
// ranges, wrap-around, sizes in arrays and structs.
using System;

enum E8 : sbyte { Min = sbyte.MinValue, Max = sbyte.MaxValue }
enum U8 : byte { Max = byte.MaxValue }
enum E16 : short { Min = short.MinValue }
enum U16 : ushort { Max = ushort.MaxValue }
enum E32 : int { Min = int.MinValue }
enum U32 : uint { Max = uint.MaxValue }
enum E64 : long { Min = long.MinValue }
enum U64 : ulong { Max = ulong.MaxValue }

struct Packed
{
    public U8 A;
    public E64 B;
    public U16 C;
}

class Program
{
    static int Main()
    {
        Console.WriteLine(E8.Min + " " + (sbyte)E8.Min + " " + (sbyte)E8.Max);
        Console.WriteLine((byte)U8.Max + " " + (short)E16.Min + " " + (ushort)U16.Max);
        Console.WriteLine((int)E32.Min + " " + (uint)U32.Max + " " + (long)E64.Min + " " + (ulong)U64.Max);
        U8 w = U8.Max;
        w++;
        Console.WriteLine("byte enum wraps to " + (byte)w);
        var arr = new U16[3];
        arr[1] = U16.Max;
        Console.WriteLine("array " + (ushort)arr[0] + " " + arr[1]);
        var p = new Packed { A = U8.Max, B = E64.Min, C = (U16)7 };
        Console.WriteLine("struct " + p.A + " " + p.B + " " + (int)p.C);
        Console.WriteLine("sizes " + sizeof(E8) + " " + sizeof(U16) + " " + sizeof(U32) + " " + sizeof(E64));
        return 0;
    }
}
