// Unsafe code: pointer arithmetic, pointers to struct fields, fixed to pin array
// elements and strings, casts between pointer types (byte view of an int,
// read on a little- or big-endian machine alike by building the value back).
// anyclr-test: csc-options -unsafe+
using System;

struct Vec { public int X; public int Y; public long Z; }

class Program
{
    static unsafe int Main()
    {
        int[] arr = { 1, 2, 3, 4, 5 };
        fixed (int* p = arr)
        {
            int* q = p + 2;
            *q = 30;
            q[1] = 40;
            Console.WriteLine("via pointer " + string.Join(",", arr) + ", distance " + (q - p));
            int s = 0;
            for (int* r = p; r < p + arr.Length; r++)
                s += *r;
            Console.WriteLine("pointer loop sum " + s);
        }
        Vec v = new Vec { X = 1, Y = 2, Z = 3 };
        Vec* pv = &v;
        pv->Y = 20;
        (*pv).Z += 100;
        int* py = &v.Y;
        *py += 1;
        Console.WriteLine("struct via pointer " + v.X + " " + v.Y + " " + v.Z);
        int value = 0x01020304;
        byte* b = (byte*)&value;
        int rebuilt = BitConverter.IsLittleEndian
            ? b[0] | b[1] << 8 | b[2] << 16 | b[3] << 24
            : b[3] | b[2] << 8 | b[1] << 16 | b[0] << 24;
        Console.WriteLine("bytes rebuilt " + rebuilt.ToString("X8"));
        string str = "pinned";
        fixed (char* c = str)
        {
            Console.WriteLine("first char " + c[0] + " terminator " + (int)c[str.Length]);
        }
        long l = 0;
        *(int*)&l = -1;
        Console.WriteLine("half written long is " + (l == 0xFFFFFFFFL || l == unchecked((long)0xFFFFFFFF00000000UL) ? "half" : "wrong"));
        void* vp = &value;
        Console.WriteLine("void* round trip " + *(int*)vp);
        Console.WriteLine("null pointer is zero " + ((IntPtr)(int*)null == IntPtr.Zero));
        return 0;
    }
}
