// return inside try: the finally runs after the return value is computed; a
// finally cannot change the value already chosen; break/continue out of a try
// with finally.
using System;

class Box { public int V; }

class Program
{
    static int ValueReturn()
    {
        int x = 1;
        try
        {
            return x;
        }
        finally
        {
            x = 2;
            Console.WriteLine("finally sets x = " + x);
        }
    }

    static Box RefReturn()
    {
        var b = new Box { V = 1 };
        try
        {
            return b;
        }
        finally
        {
            b.V = 2;   // the object is shared, so this is visible
        }
    }

    static int Main()
    {
        Console.WriteLine("value returned " + ValueReturn());
        Console.WriteLine("object returned, field " + RefReturn().V);
        for (int i = 0; i < 4; i++)
        {
            try
            {
                if (i == 1)
                    continue;
                if (i == 3)
                    break;
                Console.WriteLine("body " + i);
            }
            finally
            {
                Console.WriteLine("finally " + i);
            }
        }
        int n = 0;
        while (true)
        {
            try
            {
                try
                {
                    if (++n == 2)
                        goto done;
                }
                finally
                {
                    Console.WriteLine("inner finally n=" + n);
                }
            }
            finally
            {
                Console.WriteLine("outer finally n=" + n);
            }
        }
    done:
        Console.WriteLine("done n=" + n);
        return 0;
    }
}
