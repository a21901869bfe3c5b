// Boxed enums: their type is the enum, ToString gives the name, Equals needs the
// same enum type, and they unbox to the underlying type.
using System;

enum Small : byte { A = 1, B = 200 }
enum Big : long { X = 1L << 40 }

class Program
{
    static int Main()
    {
        object s = Small.B, b = Big.X;
        Console.WriteLine(s + " " + s.GetType().Name + " " + (byte)s + " " + (Small)s);
        Console.WriteLine(b + " " + (long)b);
        Console.WriteLine("equals same enum " + s.Equals(Small.B) + ", equals byte " + s.Equals((byte)200));
        Enum e = Small.A;
        Console.WriteLine("as Enum " + e + " " + e.GetType().Name);
        try
        {
            int wrong = (int)s;
            Console.WriteLine("not reached " + wrong);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("(int)boxed byte enum -> InvalidCastException");
        }
        IComparable c = Small.A;
        Console.WriteLine("CompareTo " + Math.Sign(c.CompareTo(Small.B)));
        return 0;
    }
}
