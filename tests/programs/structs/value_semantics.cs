// Structs are copied on assignment, when passed by value and when returned.
using System;

struct Point
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public void Move(int dx) { X += dx; }
    public override string ToString() => "(" + X + "," + Y + ")";
}

class Box
{
    public Point P;
}

class Program
{
    static void Change(Point p) { p.X = 999; }
    static void ChangeRef(ref Point p) { p.X = 999; }
    static Point Make(int v) => new Point(v, -v);

    static int Main()
    {
        Point a = new Point(1, 2);
        Point b = a;
        b.X = 10;
        Console.WriteLine("a " + a + " b " + b);
        Change(a);
        Console.WriteLine("after Change " + a);
        ChangeRef(ref a);
        Console.WriteLine("after ChangeRef " + a);
        Point c = Make(5);
        c.Move(1);
        Console.WriteLine("returned and moved " + c);
        var box = new Box();
        box.P.Move(3);          // a field: modified in place
        box.P.Y = 4;
        Console.WriteLine("field " + box.P);
        Point[] arr = new Point[2];
        arr[1].Move(7);         // an array element: modified in place
        Console.WriteLine("array " + arr[0] + " " + arr[1]);
        Point copy = arr[1];
        copy.Move(100);
        Console.WriteLine("array after copy moved " + arr[1]);
        Point d = default;
        Console.WriteLine("default " + d);
        Point e = new Point();
        Console.WriteLine("new() " + e + " equals default: " + e.Equals(d));
        return 0;
    }
}
