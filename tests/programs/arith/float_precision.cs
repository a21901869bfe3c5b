// float vs double: each operation rounds to its own precision; a float expression
// must not be computed in double (or x87 extended) precision behind our back.
using System;

class Program
{
    static float F(float x) => x;
    static double D(double x) => x;

    static int Main()
    {
        float f = F(0.1f);
        float fsum = 0;
        for (int i = 0; i < 10; i++)
            fsum += f;
        double dsum = 0;
        for (int i = 0; i < 10; i++)
            dsum += D(0.1);
        Console.WriteLine("float 10 x 0.1 = " + fsum + " (== 1: " + (fsum == 1f) + ")");
        Console.WriteLine("double 10 x 0.1 = " + dsum + " (== 1: " + (dsum == 1.0) + ")");
        Console.WriteLine("float bits " + BitConverter.SingleToInt32Bits(fsum).ToString("X8"));
        Console.WriteLine("double bits " + BitConverter.DoubleToInt64Bits(dsum).ToString("X16"));

        // 16777216 + 1 is not representable as float.
        float big = F(16777216f);
        Console.WriteLine("16777216f + 1 = " + (big + F(1f)) + ", == big: " + (big + F(1f) == big));
        double dbig = D(9007199254740992.0);
        Console.WriteLine("2^53 + 1 == 2^53: " + (dbig + D(1) == dbig));

        // Intermediate results are rounded to float at each step.
        float a = F(1e-8f), b = F(1f);
        float r = (b + a) - b;
        Console.WriteLine("(1f + 1e-8f) - 1f = " + r);
        double rd = (D(1) + D(1e-8)) - D(1);
        Console.WriteLine("(1 + 1e-8) - 1 nonzero: " + (rd != 0));

        float third = F(1f) / F(3f);
        double dthird = D(1) / D(3);
        Console.WriteLine("1f/3f = " + third + ", bits " + BitConverter.SingleToInt32Bits(third).ToString("X8"));
        Console.WriteLine("1.0/3 = " + dthird + ", bits " + BitConverter.DoubleToInt64Bits(dthird).ToString("X16"));
        Console.WriteLine("(double)(1f/3f) == 1.0/3: " + ((double)third == dthird));
        Console.WriteLine("float max * 2 = " + (F(float.MaxValue) * F(2f)));
        Console.WriteLine("float min normal / 2 nonzero: " + (F(1.17549435e-38f) / F(2f) != 0));
        Console.WriteLine("float % : " + (F(7.5f) % F(2f)) + ", double % : " + (D(-7.5) % D(2)));
        Console.WriteLine("0.1f + 0.2f = " + (F(0.1f) + F(0.2f)));
        Console.WriteLine("0.1 + 0.2 = " + (D(0.1) + D(0.2)));
        Console.WriteLine("float to string " + F(3.14159274f) + " " + F(1e10f) + " " + F(-2.5e-5f));
        Console.WriteLine("double to string " + D(3.141592653589793) + " " + D(1e100) + " " + D(-2.5e-5));
        return 0;
    }
}
