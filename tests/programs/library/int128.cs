// Int128 and UInt128: arithmetic (with division and remainder signs), shifts, comparisons,
// checked overflow, conversions to and from other numbers, formatting and parsing.
using System;
using System.Globalization;

class Program
{
    static int Main()
    {
        Int128 a = Int128.Parse("123456789012345678901234567890"), b = -987654321098765432L;
        Console.WriteLine($"{a + b} {a - b} {a * 3} {a / b} {a % b} {-a / 7} {-a % 7} {a >> 70} {b >> 3} {b >>> 120} {a << 10}");
        Console.WriteLine($"{Int128.MaxValue} {Int128.MinValue} {Int128.MaxValue + 1 == Int128.MinValue} {(a > b)} {Int128.Abs(b)} {Int128.Sign(b)} {Int128.Max(a, b)} {Int128.Log2(a)} {Int128.PopCount(a)}");
        UInt128 u = UInt128.MaxValue;
        Console.WriteLine($"{u} {u / 10} {u % 10} {u >> 64} {(u >> 1) + 1} {u.ToString("X")} {((UInt128)255).ToString("X4")} {((Int128)(-1)).ToString("X")} {((Int128)(-1)).ToString("x")}");
        Console.WriteLine($"{(double)a} {(double)u} {(float)a} {(decimal)(Int128)long.MaxValue * 2} {(Int128)1e30} {(UInt128)3.99e20} {(long)(a >> 40)} {(int)(Int128)(-5)} {(ulong)u}");
        try { Int128 x = checked(Int128.MaxValue + 1); Console.WriteLine(x); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { UInt128 x = checked(UInt128.Zero - 1); Console.WriteLine(x); } catch (OverflowException e) { Console.WriteLine(e.Message); }
        try { Console.WriteLine(a / 0); } catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
        try { Int128.Parse("170141183460469231731687303715884105728"); } catch (OverflowException e) { Console.WriteLine(e.GetType().Name); }
        Console.WriteLine($"{Int128.TryParse("-42", out Int128 p)} {p} {UInt128.TryParse("-1", out UInt128 q)} {q} {UInt128.Parse("340282366920938463463374607431768211455") == u} {a.ToString("N0", CultureInfo.InvariantCulture)}");
        Int128 f = 1;
        for (int i = 1; i <= 30; i++) f *= i;
        Console.WriteLine("30! = " + f + " " + (f % 1000000007) + " " + (UInt128)f / (UInt128)ulong.MaxValue);
        return 0;
    }
}
