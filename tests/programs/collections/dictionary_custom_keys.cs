// Dictionary keys of user types: a struct key with Equals/GetHashCode, a class
// key with reference identity, and a colliding hash.
using System;
using System.Collections.Generic;

struct Point : IEquatable<Point>
{
    public int X, Y;
    public Point(int x, int y) { X = x; Y = y; }
    public bool Equals(Point o) => X == o.X && Y == o.Y;
    public override bool Equals(object o) => o is Point p && Equals(p);
    public override int GetHashCode() => X * 31 + Y;
}

class Collide
{
    public int Id;
    public override int GetHashCode() => 1;   // every key in one bucket
    public override bool Equals(object o) => o is Collide c && c.Id == Id;
}

class Identity { }

class Program
{
    static int Main()
    {
        var grid = new Dictionary<Point, string>();
        grid[new Point(1, 2)] = "a";
        grid[new Point(2, 1)] = "b";
        grid[new Point(1, 2)] = "c";
        Console.WriteLine("points " + grid.Count + " " + grid[new Point(1, 2)] + " " + grid[new Point(2, 1)]);
        var col = new Dictionary<Collide, int>();
        for (int i = 0; i < 50; i++)
            col[new Collide { Id = i }] = i * i;
        Console.WriteLine("colliding " + col.Count + " " + col[new Collide { Id = 49 }]);
        var id1 = new Identity();
        var ids = new Dictionary<Identity, int> { [id1] = 1, [new Identity()] = 2 };
        Console.WriteLine("identity " + ids.Count + " " + ids[id1] + " " + ids.ContainsKey(new Identity()));
        return 0;
    }
}
