// Delegates to generic methods and to virtual methods of generic classes, and
// delegates passed through generic code.
using System;

class Shape<T>
{
    public T Tag;
    public virtual string Show(int n) => "Shape<" + typeof(T).Name + "> " + Tag + " x" + n;
}

class Circle<T> : Shape<T>
{
    public override string Show(int n) => "Circle " + base.Show(n);
}

class Program
{
    static string Twice<T>(T x) => x + "" + x;
    static TR Apply<T, TR>(Func<T, TR> f, T x) => f(x);
    static Func<T, T> Compose<T>(Func<T, T> f, Func<T, T> g) => x => g(f(x));

    static int Main()
    {
        Func<int, string> t1 = Twice;
        Func<string, string> t2 = Twice;
        Console.WriteLine(t1(4) + " " + t2("ab"));
        Shape<int> s = new Circle<int> { Tag = 9 };
        Func<int, string> show = s.Show;
        Console.WriteLine(show(3));
        Console.WriteLine(Apply<double, string>(d => (d * 2).ToString(), 1.25));
        var inc = Compose<int>(x => x + 1, x => x * 10);
        Console.WriteLine(inc(4));
        var str = Compose<string>(x => x + "a", x => "[" + x + "]");
        Console.WriteLine(str("b"));
        return 0;
    }
}
