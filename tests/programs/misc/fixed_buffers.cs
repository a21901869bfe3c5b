// Fixed-size buffers inside structs, and InlineArray: storage inside the struct,
// copied with it.
// anyclr-test: csc-options -unsafe+
using System;
using System.Runtime.CompilerServices;

unsafe struct Packet
{
    public int Length;
    public fixed byte Data[16];
}

[InlineArray(4)]
struct Four
{
    private int first;
}

class Program
{
    static unsafe int Main()
    {
        Packet p = new Packet();
        for (int i = 0; i < 16; i++)
            p.Data[i] = (byte)(i * 17);
        p.Length = 16;
        Packet copy = p;
        copy.Data[0] = 255;
        int sum = 0;
        for (int i = 0; i < p.Length; i++)
            sum += p.Data[i];
        Console.WriteLine("sum " + sum + ", original [0] " + p.Data[0] + ", copy [0] " + copy.Data[0] + ", size " + sizeof(Packet));
        Four f = new Four();
        for (int i = 0; i < 4; i++)
            f[i] = (i + 1) * 11;
        Four g = f;
        g[3] = -1;
        Console.WriteLine("inline array " + f[0] + " " + f[3] + " copy " + g[3] + " size " + sizeof(Four));
        Span<int> s = f;
        s[1] = 0;
        Console.WriteLine("as span " + f[1]);
        return 0;
    }
}
