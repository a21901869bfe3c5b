// `new virtual` starts a new vtable slot: the old slot keeps the base behaviour
// for callers that see the base type.
using System;

class Animal
{
    public virtual string Speak() => "...";
}

class Dog : Animal
{
    public override string Speak() => "Woof";
}

class Robodog : Dog
{
    public new virtual string Speak() => "Beep";
}

class Robodog2 : Robodog
{
    public override string Speak() => "Beep2";
}

class Program
{
    static int Main()
    {
        Robodog2 r = new Robodog2();
        Console.WriteLine("as Robodog2: " + r.Speak());
        Console.WriteLine("as Robodog: " + ((Robodog)r).Speak());
        Console.WriteLine("as Dog: " + ((Dog)r).Speak());
        Console.WriteLine("as Animal: " + ((Animal)r).Speak());
        Animal a = new Robodog();
        Console.WriteLine("Robodog as Animal: " + a.Speak() + ", as Robodog: " + ((Robodog)a).Speak());
        return 0;
    }
}
