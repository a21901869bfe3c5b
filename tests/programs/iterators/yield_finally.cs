// try/finally inside an iterator: finally runs when the loop ends, when the
// consumer breaks out early (Dispose), and when the iterator throws.
using System;
using System.Collections.Generic;

class Program
{
    static IEnumerable<int> Guarded(string name, int n, int throwAt)
    {
        try
        {
            for (int i = 0; i < n; i++)
            {
                if (i == throwAt)
                    throw new InvalidOperationException(name + " throws at " + i);
                yield return i;
            }
        }
        finally
        {
            Console.WriteLine("  finally of " + name);
        }
    }

    static int Main()
    {
        foreach (int x in Guarded("complete", 3, -1))
            Console.WriteLine("complete " + x);
        foreach (int x in Guarded("early break", 10, -1))
        {
            Console.WriteLine("early " + x);
            if (x == 1)
                break;
        }
        try
        {
            foreach (int x in Guarded("throwing", 10, 2))
                Console.WriteLine("throwing " + x);
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught: " + e.Message);
        }
        var en = Guarded("manual dispose", 5, -1).GetEnumerator();
        en.MoveNext();
        Console.WriteLine("before dispose " + en.Current);
        en.Dispose();
        Console.WriteLine("after dispose MoveNext " + en.MoveNext());
        return 0;
    }
}
