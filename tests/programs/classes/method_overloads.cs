// Overload resolution is done by the compiler; the runtime must call exactly the
// method it chose (by signature, including ref/out, params and optional args).
using System;

class Program
{
    static string F(int x) => "F(int)";
    static string F(long x) => "F(long)";
    static string F(double x) => "F(double)";
    static string F(object x) => "F(object)";
    static string F(string x) => "F(string)";
    static string F(ref int x) { x++; return "F(ref int)"; }
    static string F(int x, int y = 5) => "F(int, int=" + y + ")";
    static string G(params int[] xs) => "G(params " + xs.Length + ")";
    static string G(int a, int b) => "G(int, int)";
    static void H(out int a, out string b) { a = 1; b = "out"; }

    static int Main()
    {
        short s = 1;
        int i = 2;
        Console.WriteLine(F(i));
        Console.WriteLine(F(s));
        Console.WriteLine(F(3L));
        Console.WriteLine(F(1.5f));
        Console.WriteLine(F("s"));
        Console.WriteLine(F((object)"s"));
        Console.WriteLine(F('c'));
        Console.WriteLine(F(ref i) + " -> " + i);
        Console.WriteLine(F(1, 2));
        Console.WriteLine(G());
        Console.WriteLine(G(1));
        Console.WriteLine(G(1, 2));
        Console.WriteLine(G(1, 2, 3));
        Console.WriteLine(G(new int[] { 4, 5, 6, 7 }));
        H(out int a, out string b);
        Console.WriteLine("out " + a + " " + b);
        return 0;
    }
}
