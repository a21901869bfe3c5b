// Indexers with one and two parameters, overloaded by type; static properties;
// properties with private setters.
using System;

class Grid
{
    private readonly int[,] cells;
    public Grid(int w, int h) { cells = new int[w, h]; Width = w; Height = h; }
    public int Width { get; private set; }
    public int Height { get; }
    public int this[int x, int y]
    {
        get => cells[x, y];
        set => cells[x, y] = value;
    }
    public string this[string name] => name + "@" + Width + "x" + Height;
    public int this[int flat] => cells[flat % Width, flat / Width];
    public static int Created { get; private set; }
    public static Grid Make(int w, int h) { Created++; return new Grid(w, h); }
}

class Program
{
    static int Main()
    {
        var g = Grid.Make(3, 2);
        Grid.Make(1, 1);
        for (int x = 0; x < g.Width; x++)
            for (int y = 0; y < g.Height; y++)
                g[x, y] = x * 10 + y;
        g[2, 1] += 100;
        Console.WriteLine("g[2,1] = " + g[2, 1] + ", g[5] = " + g[5] + ", g[\"grid\"] = " + g["grid"]);
        Console.WriteLine("created " + Grid.Created);
        int sum = 0;
        for (int i = 0; i < 6; i++)
            sum += g[i];
        Console.WriteLine("sum " + sum);
        return 0;
    }
}
