// Boxed primitives implement their interfaces (IComparable, IEquatable<T>,
// IFormattable...) and can be used through them.
using System;

class Program
{
    static int Main()
    {
        object[] values = { 3, 2.5, 'x', true, 7L, (byte)9, "s" };
        foreach (object v in values)
            Console.WriteLine(v.GetType().Name + ": IComparable " + (v is IComparable) + ", IConvertible " + (v is IConvertible) +
                              ", IEquatable<int> " + (v is IEquatable<int>) + ", ValueType " + (v is ValueType));
        IComparable c = 5;
        Console.WriteLine("CompareTo " + c.CompareTo(3) + " " + c.CompareTo(5) + " " + c.CompareTo(9));
        try
        {
            c.CompareTo("five");
        }
        catch (ArgumentException)
        {
            Console.WriteLine("CompareTo(string) -> ArgumentException");
        }
        IEquatable<double> e = 2.5;
        Console.WriteLine("IEquatable<double> " + e.Equals(2.5) + " " + e.Equals(2.4));
        IComparable<char> cc = 'm';
        Console.WriteLine("IComparable<char> " + Math.Sign(cc.CompareTo('a')) + " " + Math.Sign(cc.CompareTo('z')));
        return 0;
    }
}
