// Loops of every shape (for, while, do-while, nested with break/continue to
// outer via goto) and backward gotos.
using System;

class Program
{
    static int Main()
    {
        int sum = 0;
        for (int i = 0; i < 10; i++)
        {
            if (i % 3 == 0)
                continue;
            sum += i;
        }
        Console.WriteLine("for " + sum);
        int n = 27, steps = 0;
        while (n != 1)
        {
            n = n % 2 == 0 ? n / 2 : 3 * n + 1;
            steps++;
        }
        Console.WriteLine("collatz steps " + steps);
        int k = 100;
        do
        {
            k -= 7;
        } while (k > 0);
        Console.WriteLine("do-while " + k);
        int found = -1;
        for (int i = 0; i < 10; i++)
            for (int j = 0; j < 10; j++)
                if (i * j == 42)
                {
                    found = i * 10 + j;
                    goto done;
                }
    done:
        Console.WriteLine("nested found " + found);
        int count = 0;
    again:
        count++;
        if (count < 5)
            goto again;
        Console.WriteLine("backward goto " + count);
        int x = 0;
        while (true)
        {
            if (++x > 3)
                break;
        }
        Console.WriteLine("while true " + x);
        return 0;
    }
}
