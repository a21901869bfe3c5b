// Boxing inside generic code: a T that is a value type is boxed when converted to
// object or an interface, and `is`/`as` on T work for both kinds.
using System;

class Program
{
    static object ToObj<T>(T x) => x;
    static bool IsInt<T>(T x) => x is int;
    static string AsString<T>(T x) => (x as string) ?? "(not a string)";
    static IComparable AsComparable<T>(T x) => x as IComparable;
    static T FromObj<T>(object o) => (T)o;

    static int Main()
    {
        object a = ToObj(5), b = ToObj("s"), c = ToObj(2.5);
        Console.WriteLine(a.GetType().Name + " " + b.GetType().Name + " " + c.GetType().Name);
        Console.WriteLine(IsInt(5) + " " + IsInt(5L) + " " + IsInt("5") + " " + IsInt<object>(5));
        Console.WriteLine(AsString(5) + " " + AsString("yes"));
        Console.WriteLine((AsComparable(5) != null) + " " + (AsComparable(new object()) == null));
        Console.WriteLine(FromObj<int>(a) + " " + FromObj<string>(b) + " " + FromObj<double>(c));
        try
        {
            Console.WriteLine(FromObj<long>(a));
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("FromObj<long>(boxed int) -> InvalidCastException");
        }
        int? n = FromObj<int?>(a);
        int? m = FromObj<int?>(null);
        Console.WriteLine(n + " " + m.HasValue);
        return 0;
    }
}
