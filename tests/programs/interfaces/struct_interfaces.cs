// Structs implementing interfaces: calls on a boxed struct, on a constrained
// generic (no box), and IComparable<T> used by a generic sort.
using System;

interface IArea { int Area(); void Grow(); }

struct Rect : IArea, IComparable<Rect>
{
    public int W, H;
    public Rect(int w, int h) { W = w; H = h; }
    public int Area() => W * H;
    public void Grow() { W++; H++; }
    public int CompareTo(Rect other) => Area().CompareTo(other.Area());
    public override string ToString() => W + "x" + H;
}

class Program
{
    static void GrowAll<T>(T[] items) where T : IArea
    {
        for (int i = 0; i < items.Length; i++)
            items[i].Grow();   // constrained call on the element in place
    }

    static void Sort<T>(T[] a) where T : IComparable<T>
    {
        for (int i = 1; i < a.Length; i++)
            for (int j = i; j > 0 && a[j].CompareTo(a[j - 1]) < 0; j--)
                (a[j], a[j - 1]) = (a[j - 1], a[j]);
    }

    static int Main()
    {
        Rect[] rs = { new Rect(5, 5), new Rect(1, 2), new Rect(3, 1), new Rect(2, 2) };
        GrowAll(rs);
        Console.WriteLine(string.Join(" ", rs));
        Sort(rs);
        Console.WriteLine(string.Join(" ", rs));
        IArea boxed = rs[0];
        boxed.Grow();
        Console.WriteLine("boxed grown " + boxed.Area() + ", array element " + rs[0].Area());
        return 0;
    }
}
