// [Flags] enums: bitwise combination, HasFlag, ToString of combinations, masks.
using System;

[Flags]
enum Perm : byte
{
    None = 0,
    Read = 1,
    Write = 2,
    Exec = 4,
    All = Read | Write | Exec
}

class Program
{
    static int Main()
    {
        Perm p = Perm.Read | Perm.Exec;
        Console.WriteLine(p + " = " + (byte)p);
        Console.WriteLine("has Read " + p.HasFlag(Perm.Read) + ", has Write " + p.HasFlag(Perm.Write) + ", bitwise " + ((p & Perm.Exec) != 0));
        p |= Perm.Write;
        Console.WriteLine(p + " equals All " + (p == Perm.All));
        p &= ~Perm.Read;
        Console.WriteLine("without Read " + p);
        p ^= Perm.All;
        Console.WriteLine("toggled " + p);
        Console.WriteLine("None " + Perm.None + ", unnamed bit " + (Perm)8 + ", mixed " + (Perm)9);
        return 0;
    }
}
