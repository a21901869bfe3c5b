// Abstract classes and methods, sealed classes and sealed overrides.
using System;

abstract class Shape
{
    public abstract double Area();
    public abstract string Name { get; }
    public virtual string Describe() => Name + " with area " + Area();
}

class Rect : Shape
{
    protected readonly double W, H;
    public Rect(double w, double h) { W = w; H = h; }
    public override double Area() => W * H;
    public override string Name => "rect";
}

sealed class Square : Rect
{
    public Square(double s) : base(s, s) { }
    public override string Name => "square";
    public sealed override string Describe() => "[" + base.Describe() + "]";
}

class Circle : Shape
{
    private readonly double r;
    public Circle(double r) { this.r = r; }
    public override double Area() => 3 * r * r;   // no Math.PI: keep the output exact
    public override string Name => "circle";
}

class Program
{
    static int Main()
    {
        Shape[] shapes = { new Rect(2, 3.5), new Square(4), new Circle(2) };
        double total = 0;
        foreach (Shape s in shapes)
        {
            Console.WriteLine(s.Describe());
            total += s.Area();
        }
        Console.WriteLine("total " + total);
        Console.WriteLine("Square is Rect: " + (shapes[1] is Rect) + ", Circle is Rect: " + (shapes[2] is Rect));
        return 0;
    }
}
