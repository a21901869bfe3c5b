// Multi-dimensional arrays: [,] and [,,], GetLength, Rank, row-major order,
// bounds per dimension, element types of several sizes.
using System;

class Program
{
    static int Main()
    {
        int[,] m = new int[3, 4];
        for (int i = 0; i < 3; i++)
            for (int j = 0; j < 4; j++)
                m[i, j] = i * 10 + j;
        Console.WriteLine("rank " + m.Rank + " length " + m.Length + " dims " + m.GetLength(0) + "x" + m.GetLength(1));
        string flat = "";
        foreach (int v in m)
            flat += v + " ";
        Console.WriteLine("row-major: " + flat);
        m[2, 3] += 100;
        Console.WriteLine("m[2,3] " + m[2, 3]);
        long[,,] cube = new long[2, 3, 4];
        long n = 0;
        for (int a = 0; a < 2; a++)
            for (int b = 0; b < 3; b++)
                for (int c = 0; c < 4; c++)
                    cube[a, b, c] = n++ * 1000000000L;
        Console.WriteLine("cube[1,2,3] " + cube[1, 2, 3] + " rank " + cube.Rank + " length " + cube.Length);
        string[,] names = { { "a", "b" }, { "c", "d" } };
        Console.WriteLine(names[1, 0] + names[0, 1]);
        try
        {
            Console.WriteLine(m[3, 0]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("m[3,0]: IndexOutOfRangeException");
        }
        try
        {
            Console.WriteLine(m[0, 4]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("m[0,4]: IndexOutOfRangeException");
        }
        double[,] d = new double[2, 2];
        d[1, 1] = 0.5;
        ref double r = ref d[1, 1];
        r *= 3;
        Console.WriteLine("by ref element " + d[1, 1]);
        byte[,] bytes = new byte[2, 3];
        bytes[1, 2] = 255;
        bytes[1, 2]++;
        Console.WriteLine("byte element wraps " + bytes[1, 2]);
        return 0;
    }
}
