// Lambdas capturing structs, `this` of a class, and ref-like patterns through
// closure classes; captured struct fields are updated in the closure.
using System;

struct Acc
{
    public int Total;
}

class Owner
{
    private int field = 1;
    public Func<int> Getter() => () => field;
    public Action Bumper() => () => field += 10;
}

class Program
{
    static int Main()
    {
        Acc acc = new Acc();
        Action add = () => acc.Total += 5;
        add();
        add();
        Console.WriteLine("captured struct " + acc.Total);
        var o = new Owner();
        var get = o.Getter();
        var bump = o.Bumper();
        bump();
        bump();
        Console.WriteLine("captured this " + get());
        int x = 0;
        Func<int> read = () => x;
        x = 42;
        Console.WriteLine("reads latest " + read());
        return 0;
    }
}
