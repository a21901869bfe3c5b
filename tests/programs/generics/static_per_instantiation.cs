// Each instantiation of a generic type has its own static fields and its own
// static constructor run.
using System;

class Counter<T>
{
    public static int Count;
    public static string Created;
    static Counter()
    {
        Created = "cctor for " + typeof(T).Name;
        Console.WriteLine(Created);
    }
    public Counter() { Count++; }
}

class Registry<T>
{
    public static readonly T[] Items = new T[2];
}

class Program
{
    static int Main()
    {
        new Counter<int>();
        new Counter<int>();
        new Counter<string>();
        new Counter<object>();
        new Counter<object>();
        new Counter<object>();
        Console.WriteLine("int " + Counter<int>.Count + ", string " + Counter<string>.Count + ", object " + Counter<object>.Count +
                          ", long " + Counter<long>.Count);
        Console.WriteLine(Counter<long>.Created);
        Registry<string>.Items[0] = "a";
        Registry<object>.Items[0] = "b";
        Registry<int>.Items[1] = 5;
        Console.WriteLine(Registry<string>.Items[0] + " " + Registry<object>.Items[0] + " " + Registry<int>.Items[1] + " " +
                          (Registry<Program>.Items[0] == null));
        Console.WriteLine(ReferenceEquals(Registry<string>.Items, Registry<object>.Items));
        return 0;
    }
}
