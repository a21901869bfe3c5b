// Code shared across reference-type instantiations must still know its exact
// type arguments: typeof(T), new T[], casts to T and is T inside generic code.
using System;

class Probe<T>
{
    public string Name() => typeof(T).Name;
    public T[] MakeArray(int n) => new T[n];
    public bool Accepts(object o) => o is T;
    public T Cast(object o) => (T)o;
    public static string StaticName() => typeof(T).FullName;
    public string GenericMethod<U>() => typeof(T).Name + "/" + typeof(U).Name + "/" + typeof(Probe<U>).Name;
}

class Program
{
    static string Inner<T>() => new Probe<T[]>().Name();

    static int Main()
    {
        var ps = new Probe<string>();
        var po = new Probe<object>();
        var pu = new Probe<Uri2>();
        Console.WriteLine(ps.Name() + " " + po.Name() + " " + pu.Name());
        Console.WriteLine(ps.MakeArray(2).GetType().Name + " " + po.MakeArray(1).GetType().Name);
        Console.WriteLine(ps.Accepts("x") + " " + ps.Accepts(1) + " " + po.Accepts(1) + " " + pu.Accepts(new Uri2()));
        try
        {
            ps.Cast(new object());
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("Probe<string>.Cast(object) -> InvalidCastException");
        }
        Console.WriteLine(Probe<string>.StaticName() + " " + Probe<Uri2>.StaticName());
        Console.WriteLine(ps.GenericMethod<Uri2>() + " " + pu.GenericMethod<string>());
        Console.WriteLine(Inner<string>() + " " + Inner<Uri2>());
        return 0;
    }
}

class Uri2 { }
