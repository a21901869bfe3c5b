/* spectral-norm in C: the same algorithm and output as spectralnorm.cs. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double a(int i, int j)
{
    int s = i + j;
    return 1.0 / (s * (s + 1) / 2 + i + 1);
}

static void times(int n, const double *x, double *y)
{
    for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++)
            sum += a(i, j) * x[j];
        y[i] = sum;
    }
}

static void times_transposed(int n, const double *x, double *y)
{
    for (int i = 0; i < n; i++) {
        double sum = 0;
        for (int j = 0; j < n; j++)
            sum += a(j, i) * x[j];
        y[i] = sum;
    }
}

static void times_ata(int n, const double *x, double *y, double *tmp)
{
    times(n, x, tmp);
    times_transposed(n, tmp, y);
}

int main(int argc, char **argv)
{
    int n = argc > 1 ? atoi(argv[1]) : 100;
    double *u = malloc((size_t)n * sizeof *u), *v = malloc((size_t)n * sizeof *v);
    double *tmp = malloc((size_t)n * sizeof *tmp);
    if (!u || !v || !tmp)
        return 2;
    for (int i = 0; i < n; i++)
        u[i] = 1;
    for (int round = 0; round < 10; round++) {
        times_ata(n, u, v, tmp);
        times_ata(n, v, u, tmp);
    }
    double vbv = 0, vv = 0;
    for (int i = 0; i < n; i++) {
        vbv += u[i] * v[i];
        vv += v[i] * v[i];
    }
    printf("%.9f\n", sqrt(vbv / vv));
    free(u); free(v); free(tmp);
    return 0;
}
