// Comparison results as values (ceq, cgt, clt, cgt.un, clt.un) and bool logic,
// including short-circuit evaluation order.
using System;

class Program
{
    static int calls;
    static bool T(string tag) { calls++; Console.Write(tag); return true; }
    static bool F(string tag) { calls++; Console.Write(tag); return false; }
    static int I(int x) => x;

    static int Main()
    {
        int a = I(3), b = I(-3);
        bool[] r = { a == b, a != b, a < b, a > b, a <= b, a >= b, (uint)a < (uint)b, (uint)a > (uint)b };
        foreach (bool x in r)
            Console.Write(x ? "1" : "0");
        Console.WriteLine();
        Console.WriteLine("bool to int: " + (a > b ? 1 : 0) + ", sum of trues " + (Convert.ToInt32(a > b) + Convert.ToInt32(b < a)));
        Console.WriteLine(" && " + (F("a") && T("b")));
        Console.WriteLine(" || " + (T("c") || T("d")));
        Console.WriteLine(" & " + (F("e") & T("f")));
        Console.WriteLine(" | " + (T("g") | F("h")));
        Console.WriteLine(" ^ " + (T("i") ^ T("j")));
        Console.WriteLine("calls " + calls);
        bool t = a > 0, f = b > 0;
        Console.WriteLine("!t " + !t + ", t == f " + (t == f) + ", t != f " + (t != f));
        Console.WriteLine("ternary chain " + (a > 5 ? "big" : a > 2 ? "mid" : "small"));
        long la = 5, lb = 5;
        Console.WriteLine("long eq " + (la == lb) + ", double cmp " + (1.5 < 2.5));
        string s1 = "x", s2 = null;
        Console.WriteLine("null checks " + (s1 != null) + " " + (s2 == null) + " " + (s2?.Length ?? -1));
        return 0;
    }
}
