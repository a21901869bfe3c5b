// Records: value equality, ToString, with-expressions, positional deconstruction,
// inheritance, record structs.
using System;

record Person(string Name, int Age);
record Employee(string Name, int Age, string Role) : Person(Name, Age);
record struct Coord(int X, int Y)
{
    public int Manhattan => Math.Abs(X) + Math.Abs(Y);
}

class Program
{
    static int Main()
    {
        var a = new Person("Ann", 30);
        var b = new Person("Ann", 30);
        var c = a with { Age = 31 };
        Console.WriteLine(a);
        Console.WriteLine("equal " + (a == b) + " " + a.Equals(b) + " same ref " + ReferenceEquals(a, b) + " changed " + (a == c));
        Console.WriteLine(c);
        var (name, age) = c;
        Console.WriteLine("deconstructed " + name + " " + age);
        Person e = new Employee("Bob", 40, "dev");
        Console.WriteLine(e);
        Console.WriteLine("employee equals person with same fields " + e.Equals(new Person("Bob", 40)));
        var e2 = e with { Name = "Rob" };
        Console.WriteLine(e2 + " type " + e2.GetType().Name);
        var p = new Coord(3, -4);
        var q = p with { X = -3 };
        Console.WriteLine(p + " " + q + " " + (p == q) + " " + p.Manhattan + " " + q.Manhattan);
        Console.WriteLine("same hash for equal records " + (a.GetHashCode() == b.GetHashCode()));
        return 0;
    }
}
