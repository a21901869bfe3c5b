// ref locals and ref returns: aliasing array elements, fields and locals;
// ref reassignment; ref readonly; ref to a struct field in an array.
using System;

struct Cell { public int V; }

class Program
{
    static int[] data = { 1, 2, 3 };
    static Cell[] cells = new Cell[3];

    static ref int Largest(int[] a)
    {
        int best = 0;
        for (int i = 1; i < a.Length; i++)
            if (a[i] > a[best])
                best = i;
        return ref a[best];
    }

    static ref Cell CellAt(int i) => ref cells[i];

    static ref readonly int First() => ref data[0];

    static void Twice(ref int x) => x *= 2;

    static int Main()
    {
        ref int big = ref Largest(data);
        big = 100;
        Console.WriteLine("data " + string.Join(",", data));
        ref Cell c = ref CellAt(1);
        c.V = 7;
        CellAt(2).V = 9;
        Console.WriteLine("cells " + cells[0].V + " " + cells[1].V + " " + cells[2].V);
        int a = 1, b = 2;
        ref int r = ref a;
        r = 10;
        r = ref b;
        r = 20;
        Console.WriteLine("a " + a + " b " + b);
        Twice(ref Largest(data));
        Twice(ref cells[2].V);
        Console.WriteLine("through ref args " + data[2] + " " + cells[2].V);
        ref readonly int f = ref First();
        data[0] = 55;
        Console.WriteLine("ref readonly sees " + f);
        Span<int> span = data;
        ref int s0 = ref span[0];
        s0++;
        Console.WriteLine("ref into span " + data[0]);
        return 0;
    }
}
