// A type with an explicit static constructor (precise): it runs exactly at the
// first access to a static member or the first instance creation, not before.
using System;

class Precise
{
    public static int Value = Log("Precise field initialiser", 5);
    static Precise() { Log("Precise cctor", 0); }
    public static void Touch() => Log("Precise.Touch", 0);
    public static int Log(string s, int v) { Console.WriteLine(s); return v; }
}

class Instance
{
    static Instance() { Console.WriteLine("Instance cctor"); }
    public Instance() { Console.WriteLine("Instance ctor"); }
}

class Base
{
    static Base() { Console.WriteLine("Base cctor"); }
    public static int BaseField = 1;
}

class Derived : Base
{
    static Derived() { Console.WriteLine("Derived cctor"); }
    public static int DerivedField = 2;
}

class Program
{
    static int Main()
    {
        Console.WriteLine("main start");
        Console.WriteLine("before Touch");
        Precise.Touch();
        Console.WriteLine("Value " + Precise.Value);
        Console.WriteLine("before new Instance");
        new Instance();
        new Instance();
        Console.WriteLine("before Derived.DerivedField");
        Console.WriteLine(Derived.DerivedField);
        Console.WriteLine("before Derived.BaseField (through Derived)");
        Console.WriteLine(Derived.BaseField);
        return 0;
    }
}
