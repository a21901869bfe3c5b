/* mandelbrot in C: the same bitmap, count and hash as mandelbrot.cs. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ITERATIONS 50

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 200;
    int row_bytes = (n + 7) / 8;
    unsigned char *row = malloc((size_t)row_bytes + 1);
    if (!row)
        return 2;
    uint32_t hash = 2166136261u;
    long long inside = 0;
    for (int y = 0; y < n; y++) {
        double ci = 2.0 * y / n - 1.0;
        memset(row, 0, (size_t)row_bytes);
        for (int x = 0; x < n; x++) {
            double cr = 2.0 * x / n - 1.5;
            double zr = 0, zi = 0, tr = 0, ti = 0;
            for (int i = 0; i < ITERATIONS && tr + ti <= 4.0; i++) {
                zi = 2.0 * zr * zi + ci;
                zr = tr - ti + cr;
                tr = zr * zr;
                ti = zi * zi;
            }
            if (tr + ti <= 4.0) {
                row[x >> 3] |= (unsigned char)(0x80 >> (x & 7));
                inside++;
            }
        }
        for (int k = 0; k < row_bytes; k++)
            hash = (hash ^ row[k]) * 16777619u;
    }
    printf("inside %lld\nhash %08x\n", inside, (unsigned)hash);
    free(row);
    return 0;
}
