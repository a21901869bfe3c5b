// Lambdas and closures: captured locals are shared variables (not copies),
// loop variables in for vs foreach, captured parameters, nested closures.
using System;
using System.Collections.Generic;

class Program
{
    static Func<int> MakeCounter()
    {
        int count = 0;
        return () => ++count;
    }

    static Func<int, Func<int, int>> Adder() => a => b => a + b;

    static int Main()
    {
        var c1 = MakeCounter();
        var c2 = MakeCounter();
        c1(); c1();
        Console.WriteLine("counters " + c1() + " " + c2());
        int shared = 1;
        Action inc = () => shared *= 2;
        inc(); inc();
        shared += 1;
        inc();
        Console.WriteLine("shared " + shared);
        var fors = new List<Func<int>>();
        for (int i = 0; i < 3; i++)
            fors.Add(() => i);
        var foreachs = new List<Func<int>>();
        foreach (int i in new[] { 0, 1, 2 })
            foreachs.Add(() => i);
        string a = "", b = "";
        foreach (var f in fors) a += f();
        foreach (var f in foreachs) b += f();
        Console.WriteLine("for captures " + a + ", foreach captures " + b);
        Console.WriteLine("curried " + Adder()(3)(4));
        Func<int, int> fact = null;
        fact = n => n <= 1 ? 1 : n * fact(n - 1);
        Console.WriteLine("recursive lambda " + fact(10));
        int outer = 10;
        Func<Func<int>> nested = () => { int inner = 5; return () => outer + inner++; };
        var g = nested();
        Console.WriteLine("nested " + g() + " " + g());
        static int Local(int x) => x * 3;
        int NonStatic(int x) => x + outer;
        Console.WriteLine("local functions " + Local(4) + " " + NonStatic(4));
        return 0;
    }
}
