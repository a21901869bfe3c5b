// sizeof for primitives (constants) and for structs (computed for the target
// by the runtime: padding and alignment rules), Unsafe.SizeOf in generic code.
// anyclr-test: csc-options -unsafe+
using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

struct Empty { }
struct OneByte { public byte B; }
struct IntByte { public int I; public byte B; }
struct ByteLong { public byte B; public long L; }
struct Nested { public IntByte A; public byte C; }
struct Doubles { public double D; public float F; }
[StructLayout(LayoutKind.Sequential, Pack = 1)] struct PackedOne { public byte B; public int I; }
[StructLayout(LayoutKind.Explicit)] struct Union { [FieldOffset(0)] public int I; [FieldOffset(0)] public float F; [FieldOffset(4)] public short S; }

class Program
{
    static int Size<T>() where T : unmanaged => Unsafe.SizeOf<T>();

    static unsafe int Main()
    {
        Console.WriteLine("primitives " + sizeof(bool) + sizeof(byte) + sizeof(char) + sizeof(short) + sizeof(int) + sizeof(long) +
                          sizeof(float) + sizeof(double) + " decimal " + sizeof(decimal));
        Console.WriteLine("Empty " + sizeof(Empty) + ", OneByte " + sizeof(OneByte) + ", IntByte " + sizeof(IntByte));
        Console.WriteLine("Nested " + sizeof(Nested) + ", Doubles " + sizeof(Doubles) + ", PackedOne " + sizeof(PackedOne) + ", Union " + sizeof(Union));
        Console.WriteLine("generic " + Size<IntByte>() + " " + Size<(byte, short)>() + " " + Size<PackedOne>());
        // ByteLong's size depends on the alignment of long (12 on i686, 16 elsewhere).
        Console.WriteLine("ByteLong is 12 or 16: " + (sizeof(ByteLong) == 12 || sizeof(ByteLong) == 16));
        Console.WriteLine("pointer size is 4 or 8: " + (sizeof(IntPtr) == 4 || sizeof(IntPtr) == 8) + ", matches IntPtr.Size " + (sizeof(nint) == IntPtr.Size));
        var u = new Union { F = 1.0f };
        Console.WriteLine("union int view of 1.0f " + u.I.ToString("X8"));
        return 0;
    }
}
