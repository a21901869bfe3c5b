// Open and closed delegates: a static method closed over its first argument
// (an extension method bound to a receiver), and an open instance delegate
// created from a MethodInfo-free lambda equivalent.
using System;

static class Ext
{
    public static string Shout(this string s) => s.ToUpperInvariant() + "!";
    public static int Plus(this int x, int y) => x + y;
}

class Person
{
    public string Name;
    public string Greet(string other) => Name + " greets " + other;
}

class Program
{
    static int Main()
    {
        Func<string> closedExt = "hello".Shout;   // closed over the first argument
        Console.WriteLine(closedExt() + " target " + closedExt.Target);
        Func<string, string> open = Ext.Shout;
        Console.WriteLine(open("quiet"));
        Func<Person, string, string> openInstance = (p, o) => p.Greet(o);
        var ann = new Person { Name = "Ann" };
        var bob = new Person { Name = "Bob" };
        Console.WriteLine(openInstance(ann, "x") + "; " + openInstance(bob, "y"));
        Func<string, string> bound = ann.Greet;
        ann.Name = "Anna";    // the delegate holds the object, not a copy
        Console.WriteLine(bound("z"));
        Func<int, int> plus5 = y => 5.Plus(y);   // value-type receivers cannot be bound directly
        Console.WriteLine(plus5(10));
        return 0;
    }
}
