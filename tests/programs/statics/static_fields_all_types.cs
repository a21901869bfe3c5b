// Static fields of every kind: primitives, references, structs, thread-static,
// read-only, constants; their defaults and updates.
using System;

struct Pt { public int X, Y; }

class Globals
{
    public static bool B; public static byte By; public static short S; public static int I; public static long L;
    public static float F; public static double D; public static char C; public static string Str; public static object O;
    public static Pt P;
    public static readonly Pt RP = new Pt { X = 3, Y = 4 };
    public const int Const = 99;
    public const string ConstStr = "constant";
    [ThreadStatic] public static int PerThread;
}

class Program
{
    static int Main()
    {
        Console.WriteLine("defaults " + Globals.B + " " + Globals.By + " " + Globals.S + " " + Globals.I + " " + Globals.L + " " +
                          Globals.F + " " + Globals.D + " " + (int)Globals.C + " " + (Globals.Str == null) + " " + (Globals.O == null) +
                          " " + Globals.P.X);
        Globals.B = true; Globals.By = 255; Globals.S = -1; Globals.I = int.MinValue; Globals.L = long.MaxValue;
        Globals.F = 0.5f; Globals.D = -1e-10; Globals.C = 'k'; Globals.Str = "s"; Globals.O = Globals.Str;
        Globals.P.X = 7;
        Globals.P.Y += 8;
        Globals.I++;
        Globals.L -= 1;
        Console.WriteLine("set " + Globals.B + " " + Globals.By + " " + Globals.S + " " + Globals.I + " " + Globals.L + " " +
                          Globals.F + " " + Globals.D + " " + Globals.C + " " + Globals.Str + " " + Globals.O + " " + Globals.P.X + "," + Globals.P.Y);
        Console.WriteLine("readonly " + Globals.RP.X + " const " + Globals.Const + " " + Globals.ConstStr);
        Globals.PerThread = 5;
        Globals.PerThread *= 3;
        Console.WriteLine("thread static " + Globals.PerThread);
        ref int r = ref Globals.I;
        r = 12;
        Console.WriteLine("by ref " + Globals.I);
        return 0;
    }
}
