// Nullable<T> arithmetic (lifted operators), comparisons, ?? and GetValueOrDefault.
using System;

class Program
{
    static string S(int? x) => x.HasValue ? x.Value.ToString() : "null";
    static string S(bool? x) => x.HasValue ? x.Value.ToString() : "null";

    static int Main()
    {
        int? a = 5, b = null, c = 3;
        Console.WriteLine("a + c " + S(a + c) + ", a + b " + S(a + b) + ", a * b " + S(a * b) + ", -b " + S(-b));
        Console.WriteLine("a > c " + (a > c) + ", a > b " + (a > b) + ", a < b " + (a < b) + ", b == null " + (b == null));
        Console.WriteLine("b == b " + (b == b) + ", a == 5 " + (a == 5) + ", a != b " + (a != b));
        Console.WriteLine("b ?? 9 " + (b ?? 9) + ", a ?? 9 " + (a ?? 9) + ", GetValueOrDefault " + b.GetValueOrDefault() + " " + b.GetValueOrDefault(-1));
        bool? t = true, f = false, n = null;
        Console.WriteLine("t & n " + S(t & n) + ", f & n " + S(f & n) + ", t | n " + S(t | n) + ", f | n " + S(f | n) + ", !n " + S(!n));
        double? d = 2.5;
        double? r = d * a;
        Console.WriteLine("double? * int? " + r);
        try
        {
            int v = b.Value;
            Console.WriteLine("not reached " + v);
        }
        catch (InvalidOperationException)
        {
            Console.WriteLine("b.Value -> InvalidOperationException");
        }
        int? counter = 0;
        for (int i = 0; i < 5; i++)
            counter++;
        Console.WriteLine("counter " + counter);
        long? widened = a;
        Console.WriteLine("int? to long? " + widened);
        return 0;
    }
}
