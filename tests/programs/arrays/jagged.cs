// Jagged arrays: arrays of arrays with different lengths, of references and values.
using System;

class Program
{
    static int Main()
    {
        int[][] tri = new int[6][];
        for (int i = 0; i < tri.Length; i++)
        {
            tri[i] = new int[i + 1];
            tri[i][0] = tri[i][i] = 1;
            for (int j = 1; j < i; j++)
                tri[i][j] = tri[i - 1][j - 1] + tri[i - 1][j];
        }
        foreach (int[] row in tri)
            Console.WriteLine(string.Join(" ", row));
        string[][] words = { new[] { "a" }, new string[0], new[] { "b", "c" } };
        int total = 0;
        foreach (var w in words)
            total += w.Length;
        Console.WriteLine("total words " + total + ", words[2][1] " + words[2][1]);
        double[][][] cube = new double[2][][];
        cube[1] = new double[2][];
        cube[1][1] = new double[] { 1.5, 2.5 };
        Console.WriteLine("cube " + cube[1][1][1] + " null " + (cube[0] == null) + " " + (cube[1][0] == null));
        try
        {
            Console.WriteLine(cube[0][0]);
        }
        catch (NullReferenceException)
        {
            Console.WriteLine("cube[0][0]: NullReferenceException");
        }
        return 0;
    }
}
