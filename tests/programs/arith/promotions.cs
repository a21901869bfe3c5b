// Mixed-width expressions: implicit promotions int->long->float->double and the
// order in which operands are evaluated.
using System;

class Program
{
    static int n;
    static int Next(int v) { Console.Write("[" + v + "]"); n++; return v; }

    static int Main()
    {
        int i = int.MaxValue;
        long l = i + 1L;
        Console.WriteLine("int + long = " + l);
        uint u = uint.MaxValue;
        long lu = u + 1L;
        Console.WriteLine("uint + long = " + lu);
        int neg = -1;
        long mixed = neg + u;   // int + uint -> long
        Console.WriteLine("int + uint = " + mixed);
        float f = 1 / 2 + 1f / 2;
        Console.WriteLine("1/2 + 1f/2 = " + f);
        double d = 7 / 2 * 2.0;
        Console.WriteLine("7/2*2.0 = " + d);
        double e = 7 / 2.0 * 2;
        Console.WriteLine("7/2.0*2 = " + e);
        // Operands are evaluated left to right.
        int r = Next(1) - Next(2) * Next(3) + Next(4);
        Console.WriteLine(" = " + r);
        int[] arr = new int[3];
        int k = 0;
        arr[k++] = k++;
        Console.WriteLine("arr[k++] = k++ : " + arr[0] + " " + arr[1] + " k=" + k);
        int x = 5;
        x = x++ + ++x;
        Console.WriteLine("x++ + ++x = " + x);
        int y = 10;
        y += y++ * 2;
        Console.WriteLine("y += y++ * 2 = " + y);
        Console.WriteLine("calls " + n);
        return 0;
    }
}
