// Delegate.Method: the method a delegate calls (static, instance, virtual resolved at creation,
// generic, the last of a multicast list), with its name, declaring type, signature and text.
using System;
using System.Reflection;

delegate int IntOp(int x);

class Shape
{
    public virtual string Describe(string prefix) => prefix + " shape";
}

class Circle : Shape
{
    public override string Describe(string prefix) => prefix + " circle";
}

static class Program
{
    static int Square(int x) => x * x;
    static int Twice(int x) => 2 * x;
    static T Echo<T>(T value) => value;
    static void Log(string message, ref int count, out double ratio) { count++; ratio = 0.5; }

    delegate void Logger(string message, ref int count, out double ratio);

    static void Show(Delegate d)
    {
        MethodInfo m = d.Method;
        Console.WriteLine(m.ToString() + " | " + m.Name + " | " + m.DeclaringType + " | " + m.ReturnType.Name +
            " | static " + m.IsStatic + " | virtual " + m.IsVirtual + " | public " + m.IsPublic);
        foreach (ParameterInfo p in m.GetParameters())
            Console.WriteLine("  " + p.Position + ": " + p.Name + " " + p.ParameterType + " out=" + p.IsOut + " | " + p);
    }

    static int Main()
    {
        Show(new IntOp(Square));
        Shape s = new Circle();
        Func<string, string> describe = s.Describe;
        Show(describe);
        Console.WriteLine(describe.Method.DeclaringType.Name + " " + describe("a"));
        Show(new Func<int, int>(Echo<int>));
        Show(new Func<string, string>(Echo));
        Show(new Logger(Log));
        IntOp both = Square;
        both += Twice;
        Console.WriteLine("multicast: " + both.Method.Name + " " + both(5));
        Action<object> print = Console.WriteLine;
        Show(print);
        Console.WriteLine(new IntOp(Square).Method.Equals(new IntOp(Square).Method));
        Console.WriteLine(new IntOp(Square).Method == new IntOp(Twice).Method);
        MethodInfo attrs = new IntOp(Square).Method;
        Console.WriteLine(attrs.Attributes);
        return 0;
    }
}
