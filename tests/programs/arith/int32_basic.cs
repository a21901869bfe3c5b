// int arithmetic: + - * / % with signs, wrap-around in unchecked context.
using System;

class Program
{
    static int Id(int x) => x;   // keeps the compiler from folding constants

    static void Show(string what, int v) => Console.WriteLine(what + " = " + v);

    static int Main()
    {
        int a = Id(17), b = Id(5), n = Id(-17), m = Id(-5);
        Show("17 + 5", a + b);
        Show("17 - 5", a - b);
        Show("17 * 5", a * b);
        Show("17 / 5", a / b);
        Show("17 % 5", a % b);
        Show("-17 / 5", n / b);
        Show("-17 % 5", n % b);
        Show("17 / -5", a / m);
        Show("17 % -5", a % m);
        Show("-17 / -5", n / m);
        Show("-17 % -5", n % m);
        Show("-(-17)", -n);
        int max = Id(int.MaxValue), min = Id(int.MinValue);
        Show("max + 1", unchecked(max + 1));
        Show("min - 1", unchecked(min - 1));
        Show("max * 2", unchecked(max * 2));
        Show("-min", unchecked(-min));
        Show("min / -1 via long", (int)((long)min / -1L));
        // x64 CoreCLR throws for MinValue % -1 (the idiv instruction would trap).
        try { Show("min % -1", min % Id(-1)); }
        catch (OverflowException) { Console.WriteLine("min % -1 throws OverflowException"); }
        try { Show("min / -1", min / Id(-1)); }
        catch (OverflowException) { Console.WriteLine("min / -1 throws OverflowException"); }
        Show("~a", ~a);
        Show("a & b", a & b);
        Show("a | b", a | b);
        Show("a ^ b", a ^ b);
        Show("a++ then a", a++ + a);
        Show("--b then b", --b * b);
        int c = Id(100);
        c += 5; c -= 3; c *= 2; c /= 7; c %= 11;
        Show("compound", c);
        Show("0x7fff * 0x7fff", Id(0x7fff) * Id(0x7fff));
        return 0;
    }
}
