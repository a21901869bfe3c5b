// Classic small algorithms that stress loops and local variables: bubble sort,
// binary search, GCD, primes by trial division, matrix multiplication.
using System;

class Program
{
    static int Gcd(int a, int b) { while (b != 0) { int t = a % b; a = b; b = t; } return a; }

    static int BinarySearch(int[] a, int key)
    {
        int lo = 0, hi = a.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (a[mid] == key) return mid;
            if (a[mid] < key) lo = mid + 1; else hi = mid - 1;
        }
        return ~lo;
    }

    static int Main()
    {
        int[] a = { 9, 4, 7, 1, 8, 2, 6, 3, 5, 0 };
        for (int i = 0; i < a.Length; i++)
            for (int j = 0; j < a.Length - 1 - i; j++)
                if (a[j] > a[j + 1])
                    (a[j], a[j + 1]) = (a[j + 1], a[j]);
        Console.WriteLine("sorted " + string.Join(",", a));
        Console.WriteLine("search 7 -> " + BinarySearch(a, 7) + ", 11 -> " + BinarySearch(a, 11));
        Console.WriteLine("gcd " + Gcd(1071, 462) + " " + Gcd(17, 5) + " " + Gcd(0, 9));
        int primes = 0;
        for (int n = 2; n < 5000; n++)
        {
            bool prime = true;
            for (int d = 2; d * d <= n; d++)
                if (n % d == 0) { prime = false; break; }
            if (prime) primes++;
        }
        Console.WriteLine("primes below 5000: " + primes);
        var m1 = new long[4, 4];
        var m2 = new long[4, 4];
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++) { m1[i, j] = i + j; m2[i, j] = i * j - 3; }
        var r = new long[4, 4];
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
                for (int k = 0; k < 4; k++)
                    r[i, j] += m1[i, k] * m2[k, j];
        Console.WriteLine("matrix r[3,3] " + r[3, 3] + " r[0,1] " + r[0, 1] + " r[2,0] " + r[2, 0]);
        return 0;
    }
}
