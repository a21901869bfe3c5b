// Nullable<T> boxes to null (no value) or to a boxed T (never a boxed Nullable);
// a boxed T unboxes to T?.
using System;

class Program
{
    static object Box<T>(T x) => x;

    static int Main()
    {
        int? has = 42, none = null;
        object bh = has, bn = none;
        Console.WriteLine("boxed with value: " + (bh != null) + " type " + bh.GetType().Name);
        Console.WriteLine("boxed without value is null: " + (bn == null));
        int? back = (int?)bh;
        int? backNull = (int?)bn;
        Console.WriteLine("unbox to int? " + back + ", from null HasValue " + backNull.HasValue);
        object plain = 7;
        int? fromPlain = (int?)plain;
        Console.WriteLine("int box to int? " + fromPlain.Value);
        Console.WriteLine("generic box of int? " + (Box<int?>(has)?.GetType().Name ?? "null") + " / " + (Box<int?>(none) == null));
        Console.WriteLine("is int: " + (bh is int) + ", is int?: " + (bh is int?) + ", null is int?: " + (bn is int?));
        try
        {
            long? wrong = (long?)bh;
            Console.WriteLine("not reached " + wrong);
        }
        catch (InvalidCastException)
        {
            Console.WriteLine("boxed int to long?: InvalidCastException");
        }
        try
        {
            int v = (int)bn;
            Console.WriteLine("not reached " + v);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("null to int: NullReferenceException");
        }
        Console.WriteLine("Equals through box: " + bh.Equals(42) + " " + has.Equals(bh) + " " + none.Equals(null));
        Console.WriteLine("GetHashCode of null nullable " + none.GetHashCode() + ", ToString '" + none.ToString() + "'");
        return 0;
    }
}
