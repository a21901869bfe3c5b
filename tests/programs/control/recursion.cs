// Recursion: factorial, Fibonacci, Ackermann (deep and branching), mutual
// recursion, and a recursion depth of 10000 frames.
using System;

class Program
{
    static long Fact(int n) => n <= 1 ? 1 : n * Fact(n - 1);
    static int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
    static int Ack(int m, int n) => m == 0 ? n + 1 : n == 0 ? Ack(m - 1, 1) : Ack(m - 1, Ack(m, n - 1));
    static bool IsEven(int n) => n == 0 || IsOdd(n - 1);
    static bool IsOdd(int n) => n != 0 && IsEven(n - 1);
    static int Depth(int n) => n == 0 ? 0 : 1 + Depth(n - 1);
    static long Sum(int[] a, int i) => i == a.Length ? 0 : a[i] + Sum(a, i + 1);

    static int Main()
    {
        Console.WriteLine("20! " + Fact(20));
        Console.WriteLine("fib(25) " + Fib(25));
        Console.WriteLine("ack(2,3) " + Ack(2, 3) + " ack(3,3) " + Ack(3, 3));
        Console.WriteLine("even 101 " + IsEven(101) + " odd 101 " + IsOdd(101));
        Console.WriteLine("depth " + Depth(10000));
        var a = new int[1000];
        for (int i = 0; i < a.Length; i++)
            a[i] = i;
        Console.WriteLine("recursive sum " + Sum(a, 0));
        return 0;
    }
}
