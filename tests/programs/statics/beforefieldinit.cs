// A type without an explicit static constructor (beforefieldinit) may be
// initialised any time before its first static field access; here we only check
// that the value is right when used, and that no side effect order is assumed.
using System;

class Config
{
    public static readonly int Size = Compute();
    public static readonly string Name = "cfg" + Size;
    static int Compute() => 6 * 7;
}

class Table
{
    public static int[] Squares = Build();
    static int[] Build()
    {
        var a = new int[10];
        for (int i = 0; i < a.Length; i++)
            a[i] = i * i;
        return a;
    }
}

class Program
{
    static int Main()
    {
        Console.WriteLine(Config.Size + " " + Config.Name);
        int sum = 0;
        foreach (int s in Table.Squares)
            sum += s;
        Console.WriteLine("sum of squares " + sum);
        Table.Squares[0] = 1000;
        Console.WriteLine("modified " + Table.Squares[0]);
        return 0;
    }
}
