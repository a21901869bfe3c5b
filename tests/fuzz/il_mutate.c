/*
 * il_mutate.c — flips 1 to 4 random bits of a file between two offsets (the IL of an
 * assembly lies before its metadata root), for tests/fuzz/il_fuzz.sh.
 * usage: il_mutate IN OUT LO HI SEED
 */
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv) {
    static unsigned char buf[1 << 24];
    if (argc != 6) {
        fputs("usage: il_mutate IN OUT LO HI SEED\n", stderr);
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f)
        return 1;
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    long lo = atol(argv[3]), hi = atol(argv[4]);
    if (hi > (long)n)
        hi = (long)n;
    srand((unsigned)atol(argv[5]));
    int flips = 1 + rand() % 4;
    for (int i = 0; i < flips && hi > lo; i++)
        buf[lo + rand() % (hi - lo)] ^= (unsigned char)(1u << (rand() % 8));
    f = fopen(argv[2], "wb");
    if (!f || fwrite(buf, 1, n, f) != n)
        return 1;
    return fclose(f) != 0;
}
