// Interface calls dispatch to the implementing class's method, through several
// interfaces and inherited implementations.
using System;

interface IShape { string Name(); int Corners(); }
interface IColored { string Color { get; } }

class Triangle : IShape, IColored
{
    public string Name() => "triangle";
    public int Corners() => 3;
    public string Color => "red";
}

class Square : IShape
{
    public virtual string Name() => "square";
    public int Corners() => 4;
}

class Tile : Square, IColored
{
    public override string Name() => "tile";
    public string Color => "blue";
}

class Program
{
    static int Main()
    {
        IShape[] shapes = { new Triangle(), new Square(), new Tile() };
        foreach (IShape s in shapes)
        {
            string color = s is IColored c ? c.Color : "none";
            Console.WriteLine(s.Name() + " " + s.Corners() + " " + color);
        }
        object o = new Tile();
        Console.WriteLine("Tile is IShape " + (o is IShape) + ", IColored " + (o is IColored) + ", IDisposable " + (o is IDisposable));
        IColored ic = (IColored)o;
        Console.WriteLine(ic.Color);
        try
        {
            IColored bad = (IColored)(object)new Square();
            Console.WriteLine("not reached " + bad);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("Square to IColored: InvalidCastException");
        }
        return 0;
    }
}
