// A finalizer that throws ends the process with an unhandled exception, even when the
// code it interrupted has handlers: on CoreCLR it runs on the finalizer thread, where
// nothing catches; on anyclr at a safe point, behind a boundary no handler is found
// past. The finalizer's own finally block runs; the interrupted code's filter and
// finally do not.
using System;
using System.Runtime.CompilerServices;
using System.Threading;

class Bad
{
    ~Bad()
    {
        try
        {
            Console.WriteLine("finalizer runs");
            throw new InvalidOperationException("thrown by a finalizer");
        }
        finally
        {
            Console.WriteLine("finally in the finalizer");
        }
    }
}

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void MakeBad() { new Bad(); }

    static bool Seen(Exception e)
    {
        Console.WriteLine("filter saw " + e.GetType().Name);
        return true;
    }

    static int Main()
    {
        Console.WriteLine("start");
        try
        {
            MakeBad();
            GC.Collect();
            long until = Environment.TickCount64 + 10000;
            while (Environment.TickCount64 < until)
                Thread.Sleep(1);
            Console.WriteLine("not reached");
        }
        catch (Exception e) when (Seen(e))
        {
            Console.WriteLine("caught");
        }
        finally
        {
            Console.WriteLine("Main's finally");
        }
        return 0;
    }
}
