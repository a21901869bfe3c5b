// Multicast delegates: invocation order, the last return value, removal, and an
// exception in the middle of the list stops the rest.
using System;

delegate int Step(string who);

class Program
{
    static string log = "";
    static int A(string w) { log += "A(" + w + ") "; return 1; }
    static int B(string w) { log += "B(" + w + ") "; return 2; }
    static int C(string w) { log += "C(" + w + ") "; return 3; }
    static int Boom(string w) { log += "Boom "; throw new InvalidOperationException("boom"); }

    static int Main()
    {
        Step s = A;
        s += B;
        s += C;
        int r = s("x");
        Console.WriteLine(log + "-> " + r);
        log = "";
        s -= B;
        r = s("y");
        Console.WriteLine(log + "-> " + r);
        log = "";
        s += A;          // A twice now
        s -= A;          // removes the last A
        s("z");
        Console.WriteLine(log + "| invocation list " + s.GetInvocationList().Length);
        log = "";
        Step withBoom = A;
        withBoom += Boom;
        withBoom += C;
        try
        {
            withBoom("w");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine(log + "| caught " + e.Message);
        }
        Step none = A;
        none -= A;
        Console.WriteLine("all removed is null " + (none == null));
        Action multi = null;
        for (int i = 0; i < 4; i++)
        {
            int copy = i;
            multi += () => Console.Write(copy);
        }
        multi();
        Console.WriteLine();
        return 0;
    }
}
