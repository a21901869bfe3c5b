// Exceptions thrown from constructors: the partially built object is dropped,
// field initialisers that already ran do not matter, and the caller catches it.
using System;

class Fragile
{
    public static int Built;
    private readonly int[] data;
    public Fragile(int size)
    {
        data = new int[size];
        if (size > 3)
            throw new ArgumentOutOfRangeException(nameof(size), "too big");
        Built++;
    }
    public int Size => data.Length;
}

class Program
{
    static int Main()
    {
        Fragile last = null;
        for (int i = 1; i <= 5; i++)
        {
            try
            {
                last = new Fragile(i);
                Console.WriteLine("built size " + last.Size);
            }
            catch (ArgumentOutOfRangeException e)
            {
                Console.WriteLine("size " + i + ": " + e.ParamName + " rejected; last is still size " + last.Size);
            }
        }
        Console.WriteLine("built " + Fragile.Built);
        return 0;
    }
}
