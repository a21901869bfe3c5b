// Big allocations and many small ones: a sieve over a large bool array and a
// long-lived array of arrays filled while garbage is produced.
using System;

class Program
{
    static int Main()
    {
        const int N = 2000000;
        var composite = new bool[N + 1];
        int primes = 0;
        for (int i = 2; i <= N; i++)
        {
            if (composite[i])
                continue;
            primes++;
            for (long j = (long)i * i; j <= N; j += i)
                composite[j] = true;
        }
        Console.WriteLine("primes up to " + N + ": " + primes);
        var keep = new int[1000][];
        long check = 0;
        for (int round = 0; round < 1000; round++)
        {
            var tmp = new int[100 + round % 50];
            tmp[tmp.Length - 1] = round;
            keep[round] = new int[] { round, round * 2 };
            check += tmp[tmp.Length - 1];
        }
        long sum = 0;
        foreach (var k in keep)
            sum += k[0] + k[1];
        Console.WriteLine("check " + check + " sum " + sum);
        var big = new long[1 << 20];
        for (int i = 0; i < big.Length; i++)
            big[i] = i;
        long total = 0;
        for (int i = 0; i < big.Length; i += 1024)
            total += big[i];
        Console.WriteLine("big total " + total);
        return 0;
    }
}
