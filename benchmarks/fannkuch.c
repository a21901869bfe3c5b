/* fannkuch-redux in C: the same permutation order and output as fannkuch.cs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 7;
    if (n < 1 || n > 16)
        return 2;
    int perm[16], next[16], count[16];
    for (int i = 0; i < n; i++)
        next[i] = i;

    int max_flips = 0, checksum = 0, index = 0;
    int r = n;
    for (;;) {
        for (; r != 1; r--)
            count[r - 1] = r;

        memcpy(perm, next, (size_t)n * sizeof perm[0]);
        int flips = 0;
        for (int first = perm[0]; first != 0; first = perm[0]) {
            for (int lo = 0, hi = first; lo < hi; lo++, hi--) {
                int t = perm[lo];
                perm[lo] = perm[hi];
                perm[hi] = t;
            }
            flips++;
        }
        if (flips > max_flips)
            max_flips = flips;
        checksum += (index & 1) == 0 ? flips : -flips;

        for (;;) {
            if (r == n) {
                printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, max_flips);
                return 0;
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
