// An exception thrown 200 frames deep unwinds through a finally in every frame;
// each frame's local state is intact when its finally runs.
using System;

class Program
{
    static int finallies;
    static long checksum;

    static int Recurse(int depth, long acc)
    {
        long mine = acc * 31 + depth;
        try
        {
            if (depth == 200)
                throw new InvalidOperationException("bottom reached with " + mine % 1000);
            return Recurse(depth + 1, mine % 1000003) + 1;
        }
        finally
        {
            finallies++;
            checksum = (checksum * 7 + mine) % 1000000007;
        }
    }

    static int Main()
    {
        try
        {
            Recurse(0, 1);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message);
        }
        Console.WriteLine("finallies " + finallies + " checksum " + checksum);
        // And again after the first unwind, the stack is usable.
        finallies = 0;
        try
        {
            Recurse(150, 2);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(e.Message + ", finallies " + finallies);
        }
        return 0;
    }
}
