// fannkuch-redux: for every permutation of 1..N, flip the prefix whose length is the
// first element until the first element is 1; report the largest number of flips and a
// checksum (flips added for even-numbered permutations, subtracted for odd ones).
// The permutations come in the order of fannkuch.c, which prints the same.
using System;

static class Fannkuch
{
    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 7;
        int[] perm = new int[n];   // the permutation being flipped
        int[] next = new int[n];   // the permutation in generation order
        int[] count = new int[n];  // per-position rotation counters
        for (int i = 0; i < n; i++)
            next[i] = i;

        int maxFlips = 0, checksum = 0, index = 0;
        int r = n;
        while (true)
        {
            for (; r != 1; r--)
                count[r - 1] = r;

            Array.Copy(next, perm, n);
            int flips = 0;
            for (int first = perm[0]; first != 0; first = perm[0])
            {
                for (int lo = 0, hi = first; lo < hi; lo++, hi--)
                {
                    int t = perm[lo];
                    perm[lo] = perm[hi];
                    perm[hi] = t;
                }
                flips++;
            }
            if (flips > maxFlips)
                maxFlips = flips;
            checksum += (index & 1) == 0 ? flips : -flips;

            // The next permutation: rotate the first r+1 elements left by one until a
            // counter does not run out.
            while (true)
            {
                if (r == n)
                {
                    Console.WriteLine(checksum);
                    Console.WriteLine("Pfannkuchen(" + n + ") = " + maxFlips);
                    return;
                }
                int head = next[0];
                for (int i = 0; i < r; i++)
                    next[i] = next[i + 1];
                next[r] = head;
                if (--count[r] > 0)
                    break;
                r++;
            }
            index++;
        }
    }
}
