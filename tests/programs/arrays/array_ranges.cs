// Index and range syntax on arrays (^1, a[1..3]) and the copy it makes.
using System;

class Program
{
    static int Main()
    {
        int[] a = { 10, 20, 30, 40, 50 };
        Console.WriteLine("a[^1] " + a[^1] + ", a[^5] " + a[^5]);
        int[] mid = a[1..4];
        mid[0] = -1;
        Console.WriteLine("a[1..4] " + string.Join(",", mid) + ", original " + a[1]);
        Console.WriteLine("a[..2] " + string.Join(",", a[..2]) + ", a[3..] " + string.Join(",", a[3..]) + ", a[^2..] " + string.Join(",", a[^2..]));
        Console.WriteLine("a[2..2] length " + a[2..2].Length);
        try
        {
            Console.WriteLine(a[^6]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("a[^6]: IndexOutOfRangeException");
        }
        try
        {
            Console.WriteLine(a[3..7].Length);
        }
        catch (ArgumentOutOfRangeException)
        {
            Console.WriteLine("a[3..7]: ArgumentOutOfRangeException");
        }
        return 0;
    }
}
