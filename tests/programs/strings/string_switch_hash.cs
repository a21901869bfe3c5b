// A switch over many string cases (the compiler emits a hash-based jump, using
// its own string hash, then string equality).
using System;

class Program
{
    static int Code(string s)
    {
        switch (s)
        {
            case "alpha": return 1;
            case "beta": return 2;
            case "gamma": return 3;
            case "delta": return 4;
            case "epsilon": return 5;
            case "zeta": return 6;
            case "eta": return 7;
            case "theta": return 8;
            case "": return 0;
            case null: return -1;
            default: return 99;
        }
    }

    static int Main()
    {
        string[] inputs = { "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "", null, "ALPHA", "alpha " };
        foreach (string s in inputs)
            Console.WriteLine((s == null ? "null" : "'" + s + "'") + " -> " + Code(s));
        return 0;
    }
}
