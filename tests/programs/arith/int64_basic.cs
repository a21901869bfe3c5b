// long arithmetic: the 64-bit operations (on 32-bit targets these are helper calls).
using System;

class Program
{
    static long Id(long x) => x;

    static void Show(string what, long v) => Console.WriteLine(what + " = " + v);

    static int Main()
    {
        long a = Id(123456789012L), b = Id(-987654321L);
        Show("a + b", a + b);
        Show("a - b", a - b);
        Show("a * b", a * b);
        Show("a / b", a / b);
        Show("a % b", a % b);
        Show("b / 7", b / Id(7));
        Show("b % 7", b % Id(7));
        Show("-a", -a);
        Show("~a", ~a);
        Show("a & 0xFFFF0000FFFF", a & Id(0xFFFF0000FFFFL));
        Show("a | 1L << 62", a | (Id(1) << 62));
        Show("a ^ b", a ^ b);
        long max = Id(long.MaxValue), min = Id(long.MinValue);
        Show("max + 1", unchecked(max + 1));
        Show("min - 1", unchecked(min - 1));
        Show("max * max", unchecked(max * max));
        Show("min * -1", unchecked(min * Id(-1)));
        try { Show("min / -1", min / Id(-1)); }
        catch (OverflowException) { Console.WriteLine("min / -1 throws OverflowException"); }
        try { Show("min % -1", min % Id(-1)); }
        catch (OverflowException) { Console.WriteLine("min % -1 throws OverflowException"); }
        // Products whose high halves matter on 32-bit targets.
        Show("0xFFFFFFFF * 0xFFFFFFFF", Id(0xFFFFFFFFL) * Id(0xFFFFFFFFL));
        Show("0x100000000 / 3", Id(0x100000000L) / Id(3));
        Show("-0x100000001 % 0x10000", Id(-0x100000001L) % Id(0x10000));
        long acc = 1;
        for (int i = 1; i <= 20; i++)
            acc *= i;
        Show("20!", acc);
        Show("21! wraps", unchecked(acc * 21));
        int small = -5;
        Show("int widened", small + a);
        Show("int * long", small * Id(4000000000L));
        return 0;
    }
}
