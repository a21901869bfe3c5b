// spectral-norm: the largest singular value of the infinite matrix
// A(i,j) = 1 / ((i+j)(i+j+1)/2 + i + 1), truncated to N x N, by ten rounds of the power
// method on A'A. Same algorithm and output as spectralnorm.c.
using System;

static class SpectralNorm
{
    static double A(int i, int j)
    {
        int s = i + j;
        return 1.0 / (s * (s + 1) / 2 + i + 1);
    }

    // y = A x
    static void Times(double[] x, double[] y)
    {
        int n = x.Length;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++)
                sum += A(i, j) * x[j];
            y[i] = sum;
        }
    }

    // y = A' x
    static void TimesTransposed(double[] x, double[] y)
    {
        int n = x.Length;
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int j = 0; j < n; j++)
                sum += A(j, i) * x[j];
            y[i] = sum;
        }
    }

    // y = A'A x
    static void TimesAtA(double[] x, double[] y, double[] tmp)
    {
        Times(x, tmp);
        TimesTransposed(tmp, y);
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 100;
        double[] u = new double[n], v = new double[n], tmp = new double[n];
        for (int i = 0; i < n; i++)
            u[i] = 1;
        for (int round = 0; round < 10; round++)
        {
            TimesAtA(u, v, tmp);
            TimesAtA(v, u, tmp);
        }
        double vBv = 0, vv = 0;
        for (int i = 0; i < n; i++)
        {
            vBv += u[i] * v[i];
            vv += v[i] * v[i];
        }
        Console.WriteLine(Math.Sqrt(vBv / vv).ToString("F9"));
    }
}
