// A generic class instantiated over reference and value types of several sizes.
using System;

class Cell<T>
{
    private T value;
    public Cell(T v) { value = v; }
    public T Get() => value;
    public void Set(T v) { value = v; }
    public Cell<T> Clone() => new Cell<T>(value);
    public override string ToString() => "Cell<" + typeof(T).Name + ">(" + value + ")";
}

struct Pair { public int A; public long B; public override string ToString() => A + ":" + B; }

class Program
{
    static int Main()
    {
        var ci = new Cell<int>(5);
        var cs = new Cell<string>("str");
        var cb = new Cell<byte>(200);
        var cd = new Cell<double>(1.25);
        var cp = new Cell<Pair>(new Pair { A = 1, B = 2 });
        var co = new Cell<object>(ci);
        ci.Set(ci.Get() + 1);
        cb.Set((byte)(cb.Get() + 100));
        var cc = cs.Clone();
        cc.Set("changed");
        Console.WriteLine(ci);
        Console.WriteLine(cs + " " + cc);
        Console.WriteLine(cb);
        Console.WriteLine(cd);
        Console.WriteLine(cp);
        Console.WriteLine(co);
        Console.WriteLine(typeof(Cell<int>) == ci.GetType());
        Console.WriteLine(typeof(Cell<int>) == typeof(Cell<long>));
        return 0;
    }
}
