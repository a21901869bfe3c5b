// Boxing copies the value; unboxing must name the exact type (or its enum's
// underlying type); wrong types throw InvalidCastException, null throws NullReference.
using System;

enum Color { Red = 1, Green = 2 }

class Program
{
    static void TryUnbox(string what, Func<object> f)
    {
        try
        {
            Console.WriteLine(what + " = " + f());
        }
        catch (InvalidCastException)
        {
            Console.WriteLine(what + " -> InvalidCastException");
        }
        catch (NullReferenceException)
        {
            Console.WriteLine(what + " -> NullReferenceException");
        }
    }

    static int Main()
    {
        int i = 5;
        object o = i;
        i = 6;
        Console.WriteLine("boxed copy " + o + ", local " + i);
        object boxedLong = 5L, boxedColor = Color.Green, boxedNull = null, boxedShort = (short)3;
        TryUnbox("(int)boxed int", () => (int)o);
        TryUnbox("(long)boxed int", () => (long)o);
        TryUnbox("(long)(int)boxed int", () => (long)(int)o);
        TryUnbox("(int)boxed long", () => (int)boxedLong);
        TryUnbox("(uint)boxed int", () => (uint)o);
        TryUnbox("(int)boxed enum", () => (int)boxedColor);
        TryUnbox("(Color)boxed int", () => (Color)o);
        TryUnbox("(short)boxed short", () => (short)boxedShort);
        TryUnbox("(int)boxed short", () => (int)boxedShort);
        TryUnbox("(int)null", () => (int)boxedNull);
        TryUnbox("(int?)null", () => ((int?)boxedNull).HasValue);
        object a = 7, b = 7;
        Console.WriteLine("two boxes: same ref " + ReferenceEquals(a, b) + ", Equals " + a.Equals(b) + ", == " + (a == b));
        Console.WriteLine("boxed types " + o.GetType().Name + " " + boxedColor.GetType().Name + " " + boxedLong.GetType().Name);
        Console.WriteLine("is int " + (o is int) + ", is long " + (o is long) + ", is ValueType " + (o is ValueType) + ", is Enum " + (boxedColor is Enum));
        return 0;
    }
}
