// Generic interfaces: one class implementing the same generic interface twice
// over different type arguments; dispatch picks the right instantiation.
using System;

interface IConverter<T> { T Convert(string s); }
interface IStore<T> { void Put(T item); T Get(int i); int Count { get; } }

class Multi : IConverter<int>, IConverter<bool>, IConverter<string>
{
    int IConverter<int>.Convert(string s) => s.Length;
    bool IConverter<bool>.Convert(string s) => s.Length > 3;
    string IConverter<string>.Convert(string s) => "<" + s + ">";
}

class Store<T> : IStore<T>
{
    private T[] items = new T[4];
    private int n;
    public void Put(T item)
    {
        if (n == items.Length)
            Array.Resize(ref items, n * 2);
        items[n++] = item;
    }
    public T Get(int i) => items[i];
    public int Count => n;
}

class Program
{
    static T Use<T>(IConverter<T> c, string s) => c.Convert(s);

    static int Main()
    {
        var m = new Multi();
        Console.WriteLine(Use<int>(m, "hello") + " " + Use<bool>(m, "hello") + " " + Use<string>(m, "hello"));
        object o = m;
        Console.WriteLine("is IConverter<bool> " + (o is IConverter<bool>) + ", is IConverter<long> " + (o is IConverter<long>));
        IStore<string> s = new Store<string>();
        for (int i = 0; i < 10; i++)
            s.Put("s" + i);
        IStore<double> d = new Store<double>();
        d.Put(1.5);
        d.Put(-2);
        Console.WriteLine(s.Count + " " + s.Get(9) + " " + d.Get(0) + " " + d.Get(1));
        return 0;
    }
}
