// Values boxed into object arrays and List<object>, mutated copies, and a struct
// mutated through an interface on its box.
using System;
using System.Collections.Generic;

interface IInc { void Inc(); int Get(); }

struct Cnt : IInc
{
    public int N;
    public void Inc() => N++;
    public int Get() => N;
}

class Program
{
    static int Main()
    {
        object[] objs = new object[5];
        for (int i = 0; i < objs.Length; i++)
            objs[i] = i * i;
        int sum = 0;
        foreach (object o in objs)
            sum += (int)o;
        Console.WriteLine("sum of boxed " + sum);
        var list = new List<object> { 1, "two", 3.0, 'c', null, new Cnt() };
        foreach (object o in list)
            Console.Write((o == null ? "null" : o.GetType().Name) + " ");
        Console.WriteLine();
        Cnt local = new Cnt();
        object boxed = local;
        ((IInc)boxed).Inc();
        ((IInc)boxed).Inc();
        Console.WriteLine("box " + ((IInc)boxed).Get() + ", local " + local.N + ", unboxed " + ((Cnt)boxed).N);
        Cnt copy = (Cnt)boxed;
        copy.Inc();
        Console.WriteLine("copy " + copy.N + ", box still " + ((Cnt)boxed).N);
        IInc asIface = local;   // a new box
        asIface.Inc();
        Console.WriteLine("second box " + asIface.Get() + ", local " + local.N);
        return 0;
    }
}
