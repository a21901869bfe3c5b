// Constructor order: field initialisers, then the base constructor, then the body;
// this(...) chaining; a virtual call from a base constructor reaches the override
// before the derived constructor body has run.
using System;

class Base
{
    protected string log = Trace("Base field initialiser");
    public Base() : this("default")
    {
        Trace("Base() body");
        Describe();
    }
    public Base(string how) { Trace("Base(string) body: " + how); }
    public virtual void Describe() { Trace("Base.Describe"); }
    public static string Trace(string s) { Console.WriteLine(s); return s; }
}

class Derived : Base
{
    private int value = Trace("Derived field initialiser").Length;
    private string late;
    public Derived() : base()
    {
        late = "set in Derived()";
        Trace("Derived() body, value " + value);
    }
    public Derived(int v) : base("explicit")
    {
        value = v;
        Trace("Derived(int) body, value " + value);
    }
    public override void Describe()
    {
        Trace("Derived.Describe sees value " + value + " and late " + (late ?? "null"));
    }
}

class Program
{
    static int Main()
    {
        Console.WriteLine("-- new Derived()");
        new Derived();
        Console.WriteLine("-- new Derived(5)");
        new Derived(5);
        return 0;
    }
}
