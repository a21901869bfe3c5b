// Arrays of structs: elements updated in place, structs with references inside,
// ref to elements, and copying between arrays.
using System;

struct Particle
{
    public double X, V;
    public string Name;
    public void Step() { X += V; }
}

class Program
{
    static int Main()
    {
        var ps = new Particle[4];
        for (int i = 0; i < ps.Length; i++)
            ps[i] = new Particle { X = i, V = 0.5 * i, Name = "p" + i };
        for (int step = 0; step < 3; step++)
            for (int i = 0; i < ps.Length; i++)
                ps[i].Step();
        foreach (var p in ps)
            Console.WriteLine(p.Name + " at " + p.X);
        ref Particle r = ref ps[2];
        r.V = -10;
        r.Step();
        Console.WriteLine("via ref " + ps[2].X);
        var copy = new Particle[4];
        Array.Copy(ps, copy, 4);
        copy[0].Name = "changed";
        Console.WriteLine(ps[0].Name + " / " + copy[0].Name);
        Particle[] grown = new Particle[8];
        ps.CopyTo(grown, 4);
        Console.WriteLine(grown[7].Name + " " + (grown[0].Name == null));
        return 0;
    }
}
