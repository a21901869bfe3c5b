// Exception.StackTrace runs from the throw to the method that caught it (not to Main),
// grows as a rethrow passes further frames, and names each method once per frame.
using System;
using System.Runtime.CompilerServices;

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Thrower(int depth)
    {
        if (depth == 0)
            throw new InvalidOperationException("deep");
        Thrower(depth - 1);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string CatchHere()
    {
        try { Thrower(2); }
        catch (InvalidOperationException e) { return Frames(e); }
        return "none";
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static void Rethrower()
    {
        try { Thrower(1); }
        catch (InvalidOperationException) { throw; }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static string CatchRethrown()
    {
        try { Rethrower(); }
        catch (Exception e) { return Frames(e); }
        return "none";
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    static bool Filter(Exception e, out string seen) { seen = Frames(e); return true; }

    // Only the method names, in order: line numbers and signatures differ between runtimes.
    static string Frames(Exception e)
    {
        var names = new System.Collections.Generic.List<string>();
        foreach (var line in e.StackTrace.Split('\n'))
        {
            string l = line.Trim();
            if (!l.StartsWith("at ")) continue;
            int paren = l.IndexOf('(');
            string full = paren > 0 ? l.Substring(3, paren - 3) : l.Substring(3);
            names.Add(full.Substring(full.LastIndexOf('.') + 1));
        }
        return string.Join(" < ", names);
    }

    static void Main()
    {
        Console.WriteLine("caught: " + CatchHere());
        Console.WriteLine("rethrown: " + CatchRethrown());
        string inFilter = null;
        try { Thrower(0); }
        catch (Exception e) when (Filter(e, out inFilter))
        {
            Console.WriteLine("after filter: " + Frames(e));
        }
        try { throw new ArgumentException("here"); }
        catch (ArgumentException e) { Console.WriteLine("same method: " + Frames(e)); }
    }
}
