// switch over enums compiled to a jump table (dense values) and to compares
// (sparse values), with fall to default for unnamed values.
using System;

enum Op { Add, Sub, Mul, Div, Mod, Neg }
enum Sparse { A = 1, B = 100, C = 10000, D = -5 }

class Program
{
    static int Eval(Op op, int a, int b)
    {
        switch (op)
        {
            case Op.Add: return a + b;
            case Op.Sub: return a - b;
            case Op.Mul: return a * b;
            case Op.Div: return a / b;
            case Op.Mod: return a % b;
            case Op.Neg: return -a;
            default: return int.MinValue;
        }
    }

    static string Name(Sparse s)
    {
        switch (s)
        {
            case Sparse.A: return "a";
            case Sparse.B: return "b";
            case Sparse.C: return "c";
            case Sparse.D: return "d";
        }
        return "?" + (int)s;
    }

    static int Main()
    {
        for (Op op = Op.Add; op <= Op.Neg + 1; op++)
            Console.WriteLine(op + " " + Eval(op, 17, 5));
        foreach (int v in new[] { 1, 100, 10000, -5, 0, 99 })
            Console.Write(Name((Sparse)v) + " ");
        Console.WriteLine();
        return 0;
    }
}
