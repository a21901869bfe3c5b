// Generic base classes: a non-generic class deriving from a closed generic, a
// generic class deriving from a generic with other arguments, overriding
// methods whose signature mentions T.
using System;

abstract class Repo<TKey, TValue>
{
    protected TKey[] keys = new TKey[8];
    protected TValue[] values = new TValue[8];
    protected int n;
    public virtual void Add(TKey k, TValue v) { keys[n] = k; values[n] = v; n++; }
    public abstract string Describe(TValue v);
    public string DescribeAll()
    {
        string s = "";
        for (int i = 0; i < n; i++)
            s += keys[i] + "=" + Describe(values[i]) + ";";
        return s;
    }
}

class Names : Repo<int, string>
{
    public override string Describe(string v) => v.ToUpperInvariant();
}

class Tagged<T> : Repo<string, T>
{
    public override void Add(string k, T v) => base.Add("#" + k, v);
    public override string Describe(T v) => "<" + typeof(T).Name + " " + v + ">";
}

class Program
{
    static int Main()
    {
        var names = new Names();
        names.Add(1, "one");
        names.Add(2, "two");
        Console.WriteLine(names.DescribeAll());
        Repo<string, double> t = new Tagged<double>();
        t.Add("pi", 3.25);
        t.Add("e", 2.5);
        Console.WriteLine(t.DescribeAll());
        Console.WriteLine(t.GetType().BaseType.Name + " " + names.GetType().BaseType.Name);
        return 0;
    }
}
