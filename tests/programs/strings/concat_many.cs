// String concatenation of many kinds of operands, null operands, and loops that
// build long strings (allocation heavy).
using System;

class Program
{
    static int Main()
    {
        string n = null;
        object o = null;
        Console.WriteLine("a" + n + "b" + o + "c");
        Console.WriteLine(1 + 2 + "x" + 1 + 2);
        Console.WriteLine("" + 'c' + 1.5f + true + (byte)3 + -4L + 5u);
        string acc = "";
        for (int i = 0; i < 500; i++)
            acc += (char)('a' + i % 26);
        Console.WriteLine(acc.Length + " " + acc.Substring(0, 30) + " " + acc.Substring(490));
        string[] many = new string[20];
        for (int i = 0; i < many.Length; i++)
            many[i] = i.ToString();
        Console.WriteLine(string.Concat(many));
        Console.WriteLine(string.Concat("x", "y") + string.Concat(new object[] { 1, null, "z" }));
        return 0;
    }
}
