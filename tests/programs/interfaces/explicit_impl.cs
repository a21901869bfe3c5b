// Explicit interface implementations: reachable only through the interface; two
// interfaces with the same member name implemented differently.
using System;

interface IEnglish { string Hello(); }
interface IFrench { string Hello(); }

class Greeter : IEnglish, IFrench
{
    string IEnglish.Hello() => "hello";
    string IFrench.Hello() => "bonjour";
    public string Hello() => "hi (class method)";
}

interface ICounter { int Next(); }

class Counter : ICounter
{
    private int n;
    int ICounter.Next() => ++n;
    public int Peek => n;
}

class Program
{
    static int Main()
    {
        var g = new Greeter();
        Console.WriteLine(g.Hello());
        Console.WriteLine(((IEnglish)g).Hello());
        Console.WriteLine(((IFrench)g).Hello());
        IEnglish e = g;
        IFrench f = g;
        Console.WriteLine(e.Hello() + " / " + f.Hello());
        var c = new Counter();
        ICounter ic = c;
        ic.Next();
        ic.Next();
        Console.WriteLine("counter " + ic.Next() + " peek " + c.Peek);
        return 0;
    }
}
