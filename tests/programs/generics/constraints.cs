// Constraints: class, struct, new(), base class, interface, unmanaged, notnull;
// what they allow the method body to do.
using System;

abstract class Animal { public abstract string Sound(); }
class Cow : Animal { public override string Sound() => "moo"; }

interface IId { int Id { get; } }
class Thing : IId { public int Id { get; set; } = 9; }

class Program
{
    static T Create<T>() where T : new() => new T();
    static string Speak<T>(T a) where T : Animal => a.Sound();
    static int GetId<T>(T x) where T : IId => x.Id;
    static bool IsNull<T>(T x) where T : class => x == null;
    static T OrDefault<T>(T? x) where T : struct => x ?? default;
    static int SizeOf<T>() where T : unmanaged => System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
    static string Show<T>(T x) where T : notnull => x.ToString();
    static T Make<T>() where T : Animal, new() => new T();

    static int Main()
    {
        Console.WriteLine(Create<Thing>().Id + " " + Create<int>() + " " + (Create<object>() != null));
        Console.WriteLine(Speak(new Cow()) + " " + Make<Cow>().Sound());
        Console.WriteLine(GetId(new Thing { Id = 4 }));
        Console.WriteLine(IsNull<string>(null) + " " + IsNull("x"));
        Console.WriteLine(OrDefault<int>(null) + " " + OrDefault<int>(5));
        Console.WriteLine(SizeOf<byte>() + " " + SizeOf<long>() + " " + SizeOf<(int, byte)>());
        Console.WriteLine(Show(42) + " " + Show("s"));
        return 0;
    }
}
