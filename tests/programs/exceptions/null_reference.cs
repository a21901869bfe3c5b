// NullReferenceException from each kind of access through null: field load and
// store, instance call, virtual call, interface call, array access, unboxing,
// string member, delegate invoke, lock.
using System;

interface IThing { int Get(); }

class Thing : IThing
{
    public int Field;
    public int Method() => Field;
    public virtual int Virt() => Field;
    public int Get() => Field;
}

class Program
{
    static void Try(string what, Action a)
    {
        try
        {
            a();
            Console.WriteLine(what + ": no exception");
        }
        catch (NullReferenceException)
        {
            Console.WriteLine(what + ": NullReferenceException");
        }
    }

    static Thing NullThing() => null;

    static int Main()
    {
        Thing t = NullThing();
        IThing it = t;
        int[] arr = null;
        string s = null;
        object o = null;
        Func<int> f = null;
        Try("field load", () => Console.Write(t.Field));
        Try("field store", () => t.Field = 1);
        Try("instance call", () => t.Method());
        Try("virtual call", () => t.Virt());
        Try("interface call", () => it.Get());
        Try("array load", () => Console.Write(arr[0]));
        Try("array length", () => Console.Write(arr.Length));
        Try("unbox", () => Console.Write((int)o));
        Try("string length", () => Console.Write(s.Length));
        Try("delegate invoke", () => f());
        Try("lock", () => { lock (o) { } });
        Try("throw null", () => { throw null; });
        Try("GetType", () => o.GetType());
        Try("ToString", () => o.ToString());
        Try("null-conditional", () => Console.Write(t?.Field ?? -1));
        Console.WriteLine();
        return 0;
    }
}
