// String interpolation and composite formatting: alignment, format specifiers on
// integers (D, X, N-free ones), nested expressions, braces.
using System;

class Program
{
    static int Main()
    {
        int n = 42;
        long big = 1234567890123L;
        double d = 3.5;
        string name = "anyclr";
        Console.WriteLine($"n={n} big={big} d={d} name={name}");
        Console.WriteLine($"hex {n:X} {n:x4} {255:X2} {-1:X}");
        Console.WriteLine($"dec {n:D5} {-n:D3}");
        Console.WriteLine($"align [{n,6}] [{n,-6}] [{name,8}] [{name,-8}]");
        Console.WriteLine($"fixed {d:F2} {1.0 / 3:F4} {-0.5:F0}");
        Console.WriteLine($"expr {n * 2 + 1} {(n > 40 ? "big" : "small")} {name.Length}");
        Console.WriteLine($"braces {{ {n} }}");
        Console.WriteLine(string.Format("format {0} {1} {0} {2,5}|", "a", 1, "r"));
        Console.WriteLine(string.Format("{0:X8} {1:D}", 0xBEEF, -12));
        object nothing = null;
        Console.WriteLine($"null [{nothing}]");
        char c = 'q';
        bool flag = true;
        Console.WriteLine($"char {c} bool {flag} uint {4000000000u} ulong {ulong.MaxValue}");
        return 0;
    }
}
