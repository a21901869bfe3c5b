// Conditional expressions and branches with complex conditions: short-circuit
// across method calls, nested ternaries with different types, null coalescing.
using System;

class Program
{
    static int evaluated;
    static bool Check(int v, int limit) { evaluated++; return v < limit; }

    static int Main()
    {
        int hits = 0;
        for (int i = 0; i < 20; i++)
        {
            if ((Check(i, 10) && Check(i % 3, 1)) || (!Check(i, 15) && Check(i % 2, 1)))
                hits++;
        }
        Console.WriteLine("hits " + hits + " evaluated " + evaluated);
        for (int i = -2; i <= 2; i++)
        {
            string s = i < 0 ? "neg" : i == 0 ? "zero" : "pos";
            double d = i < 0 ? -1 : i * 0.5;
            Console.Write(s + ":" + d + " ");
        }
        Console.WriteLine();
        string a = null, b = null, c = "c";
        Console.WriteLine(a ?? b ?? c ?? "none");
        b ??= "assigned";
        b ??= "not again";
        Console.WriteLine(b);
        int? ni = null;
        Console.WriteLine((ni ?? 5) + (ni.HasValue ? 1 : 0));
        return 0;
    }
}
