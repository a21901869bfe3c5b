// Invoke on methods without IL of their own (internal calls, a delegate's Invoke), interface methods
// on a boxed struct, a class constructor that throws (wrapped as .NET wraps it), Nullable<T>
// constructors, and Type.MakeByRefType/MakePointerType.
using System;
using System.Reflection;

interface IArea { double Area(); }
struct Square : IArea { public double Side; public double Area() => Side * Side; }

class Broken
{
    static readonly int value = int.Parse("not a number");
    public static int Value() => value;
}

class Node<T>
{
    public T Item;
    public Node(T item) { Item = item; }
    public string Show(string prefix) => prefix + Item;
}

static class Program
{
    static void Try(Func<object> f)
    {
        try { Console.WriteLine("ok " + f()); }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + (e.InnerException != null ? " <- " + e.InnerException.GetType().Name : "") +
                (e.InnerException?.InnerException != null ? " <- " + e.InnerException.InnerException.GetType().Name : ""));
        }
    }

    static int Main()
    {
        Console.WriteLine(typeof(object).GetMethod("GetType").Invoke(42, null));
        Console.WriteLine(typeof(IArea).GetMethod("Area").Invoke(new Square { Side = 3 }, null));
        Console.WriteLine(typeof(Square).GetMethod("Area").Invoke(new Square { Side = 2 }, null));
        Console.WriteLine(typeof(int).MakeByRefType() + " " + typeof(int).MakePointerType() + " " + typeof(int[]).MakeByRefType().Name);
        Func<int> five = () => 5;
        Console.WriteLine(five.GetType().GetMethod("Invoke").Invoke(five, null));
        Action<string> both = s => Console.WriteLine("first " + s);
        both += s => Console.WriteLine("second " + s);
        both.GetType().GetMethod("Invoke").Invoke(both, new object[] { "call" });
        Func<int, int> thrower = x => 1 / x;
        Try(() => thrower.GetType().GetMethod("Invoke").Invoke(thrower, new object[] { 0 }));
        Console.WriteLine(typeof(string).GetMethod("get_Chars").Invoke("abc", new object[] { 1 }));
        Console.WriteLine(typeof(Array).GetProperty("Length").GetValue(new int[4]));
        Try(() => typeof(Broken).GetMethod("Value").Invoke(null, null));
        Try(() => typeof(Broken).GetMethod("Value").Invoke(null, null));
        Console.WriteLine(typeof(int?).GetConstructor(new[] { typeof(int) }).Invoke(new object[] { 4 }));
        Console.WriteLine(typeof(int?).GetConstructor(new[] { typeof(int) }).Invoke(new object[] { 4 }).GetType().Name);
        object node = typeof(Node<double>).GetConstructors()[0].Invoke(new object[] { 1.5 });
        Console.WriteLine(node.GetType().GetMethod("Show").Invoke(node, new object[] { "item " }));
        Console.WriteLine(typeof(Node<>).GetMethod("Show") + " " + typeof(Node<>).GetConstructors()[0]);
        Try(() => typeof(Node<>).GetMethod("Show").Invoke(null, new object[] { "x" }));
        return 0;
    }
}
