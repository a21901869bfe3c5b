// mandelbrot: the N x N bitmap of the Mandelbrot set over [-1.5, 0.5] x [-1, 1], one
// bit per pixel (set = inside after 50 iterations), rows padded to whole bytes.
// Prints the number of pixels inside and an FNV-1a hash of the bitmap's bytes, as
// mandelbrot.c does.
using System;

static class Mandelbrot
{
    const int Iterations = 50;

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 200;
        int rowBytes = (n + 7) / 8;
        byte[] row = new byte[rowBytes];
        uint hash = 2166136261;
        long inside = 0;
        for (int y = 0; y < n; y++)
        {
            double ci = 2.0 * y / n - 1.0;
            for (int k = 0; k < rowBytes; k++)
                row[k] = 0;
            for (int x = 0; x < n; x++)
            {
                double cr = 2.0 * x / n - 1.5;
                double zr = 0, zi = 0, tr = 0, ti = 0;
                for (int i = 0; i < Iterations && tr + ti <= 4.0; i++)
                {
                    zi = 2.0 * zr * zi + ci;
                    zr = tr - ti + cr;
                    tr = zr * zr;
                    ti = zi * zi;
                }
                if (tr + ti <= 4.0)
                {
                    row[x >> 3] |= (byte)(0x80 >> (x & 7));
                    inside++;
                }
            }
            for (int k = 0; k < rowBytes; k++)
                hash = (hash ^ row[k]) * 16777619u;
        }
        Console.WriteLine("inside " + inside);
        Console.WriteLine("hash " + hash.ToString("x8"));
    }
}
