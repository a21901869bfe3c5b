// Structs with mixed field sizes (alignment and padding), nested structs, and
// struct fields of reference type (the GC must see those).
using System;

struct Mixed
{
    public byte A;
    public long B;
    public short C;
    public double D;
    public bool E;
    public int F;
    public char G;
}

struct Inner
{
    public int X;
    public string Name;
}

struct Outer
{
    public Inner First;
    public long Pad;
    public Inner Second;
    public object Obj;
}

class Program
{
    static Outer Build(int i)
    {
        Outer o;
        o.First = new Inner { X = i, Name = "first" + i };
        o.Pad = -i;
        o.Second = new Inner { X = i * 2, Name = "second" + i };
        o.Obj = i % 2 == 0 ? (object)("even" + i) : i;
        return o;
    }

    static int Main()
    {
        Mixed m = new Mixed { A = 0xAB, B = long.MinValue + 5, C = -2, D = 2.5, E = true, F = 77, G = 'q' };
        Mixed copy = m;
        Console.WriteLine(copy.A + " " + copy.B + " " + copy.C + " " + copy.D + " " + copy.E + " " + copy.F + " " + copy.G);
        var all = new Outer[50];
        for (int i = 0; i < all.Length; i++)
            all[i] = Build(i);
        // Allocate garbage so that a collection may run while the structs hold references.
        string junk = "";
        for (int i = 0; i < 2000; i++)
            junk = new string('x', i % 50) + i;
        int sum = 0;
        for (int i = 0; i < all.Length; i++)
            sum += all[i].First.X + all[i].Second.X + (int)all[i].Pad + all[i].First.Name.Length + all[i].Second.Name.Length;
        Console.WriteLine("sum " + sum + " junk " + junk.Length);
        Console.WriteLine(all[7].First.Name + " " + all[7].Second.Name + " " + all[7].Obj + " " + all[8].Obj);
        return 0;
    }
}
