// BigInteger: factorials and Fibonacci, division and remainder signs, powers, ModPow, GCD,
// shifts and two's complement bitwise operations, parsing, formatting and conversions.
using System;
using System.Globalization;
using System.Numerics;

class Program
{
    static int Main()
    {
        BigInteger f = 1;
        for (int i = 2; i <= 60; i++) f *= i;
        Console.WriteLine("60! = " + f + " bits " + f.GetBitLength() + " digits " + f.ToString().Length);
        BigInteger a = 0, b = 1;
        for (int i = 0; i < 300; i++) (a, b) = (b, a + b);
        Console.WriteLine("fib(300) = " + a);
        var x = BigInteger.Parse("123456789012345678901234567890123456789");
        var y = BigInteger.Parse("-987654321098765432109876543");
        Console.WriteLine($"{x + y} {x - y} {x * y}");
        Console.WriteLine($"{x / y} {x % y} {-x / y} {-x % y} {x / -y} {BigInteger.DivRem(x, 1000000007)}");
        Console.WriteLine($"{BigInteger.Pow(3, 200)} {BigInteger.ModPow(2, 1000, 1000000007)} {BigInteger.GreatestCommonDivisor(f, BigInteger.Pow(6, 40))}");
        Console.WriteLine($"{x << 100} {x >> 70} {y >> 10} {y << 3} {(BigInteger)(-5) >> 1} {(BigInteger)(-1) >> 100}");
        Console.WriteLine($"{x & y} {x | y} {x ^ y} {~x} {(BigInteger)(-12) & 10} {(BigInteger)(-12) | 3}");
        Console.WriteLine($"{x.ToString("X")} {y.ToString("X")} {new BigInteger(255).ToString("X")} {new BigInteger(-256).ToString("x")} {new BigInteger(127).ToString("X4")} {new BigInteger(1234567).ToString("N0")}");
        Console.WriteLine($"{BigInteger.Parse("FF", NumberStyles.HexNumber)} {BigInteger.Parse("0FF", NumberStyles.HexNumber)} {BigInteger.Parse("  -42  ")} {BigInteger.TryParse("12x", out _)}");
        Console.WriteLine($"{(long)BigInteger.Parse("-9223372036854775808")} {(ulong)(BigInteger.One << 63)} {(double)x} {(double)(f * f)} {(decimal)BigInteger.Parse("79228162514264337593543950335")} {(int)(BigInteger)(-7.9)}");
        Console.WriteLine($"{new BigInteger(1e30)} {new BigInteger(-123.99)} {new BigInteger(12345.678m)} {(BigInteger)ulong.MaxValue * ulong.MaxValue}");
        Console.WriteLine($"{x.Sign} {y.Sign} {BigInteger.Zero.Sign} {x.IsEven} {BigInteger.One.IsOne} {(BigInteger.One << 64).IsPowerOfTwo} {x > y} {y < 0} {x == BigInteger.Parse(x.ToString())} {BigInteger.Compare(x, y)} {BigInteger.Abs(y)}");
        Console.WriteLine($"{BigInteger.Log10(f):F6} {BigInteger.Log(x):F6} {Math.Round(BigInteger.Log(BigInteger.Pow(2, 1000), 2), 6)}");
        Console.WriteLine(string.Join(",", new BigInteger(-129).ToByteArray()) + " " + string.Join(",", new BigInteger(128).ToByteArray()) + " " + new BigInteger(new byte[] { 0x80, 0xFF }) + " " + new BigInteger(new byte[] { 1, 2, 3 }, isUnsigned: true, isBigEndian: true));
        try { _ = x / BigInteger.Zero; } catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
        try { _ = (int)x; } catch (OverflowException e) { Console.WriteLine(e.Message); }
        BigInteger sum = 0;
        for (int i = 1; i <= 1000; i++) sum += BigInteger.Pow(i, 5) / (i + 1) - (BigInteger)i * i % 17;
        Console.WriteLine("sum " + sum + " " + (sum * sum / (sum - 1)) + " " + BigInteger.Max(x, y) + " " + BigInteger.Min(x, y));
        return 0;
    }
}
