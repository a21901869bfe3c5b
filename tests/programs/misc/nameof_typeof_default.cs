// Compile-time and runtime type names: nameof, typeof(...).Name/FullName for
// primitives, arrays, generics, nested types; default values of many types.
using System;
using System.Collections.Generic;

class Outer { public class Inner { } }

class Program
{
    static int Main()
    {
        int local = 0;
        Console.WriteLine(nameof(Program) + " " + nameof(Main) + " " + nameof(local) + " " + nameof(Outer.Inner) + " " + nameof(List<int>.Count));
        Type[] types = { typeof(int), typeof(string), typeof(int[]), typeof(int[,]), typeof(int[][]), typeof(List<int>),
                         typeof(Dictionary<string, long>), typeof(Outer.Inner), typeof(int?), typeof(object), typeof(void) };
        foreach (var t in types)
            Console.WriteLine(t.Name + " | " + t.FullName?.Split('[')[0] + " | value type " + t.IsValueType + " | array " + t.IsArray);
        Console.WriteLine(default(int) + " " + default(bool) + " " + (default(string) == null) + " " + default(double) + " " + (int)default(char) + " " + default(long?).HasValue);
        Console.WriteLine("typeof equality " + (typeof(List<int>) == new List<int>().GetType()) + " " + (typeof(int[]) == new int[0].GetType()));
        return 0;
    }
}
