// String literals are interned: the same literal in different methods and
// classes is the same object; strings built at run time are not, until interned.
using System;

class Other
{
    public static string Literal() => "shared literal";
}

class Program
{
    const string Const = "shared literal";

    static int Main()
    {
        string a = "shared literal";
        string b = Other.Literal();
        Console.WriteLine("literal vs other class literal: same object " + ReferenceEquals(a, b));
        Console.WriteLine("literal vs const: same object " + ReferenceEquals(a, Const));
        string built = new string("shared literal".ToCharArray());
        Console.WriteLine("built: equal " + (built == a) + ", same object " + ReferenceEquals(built, a));
        string interned = string.Intern(built);
        Console.WriteLine("interned: same object as literal " + ReferenceEquals(interned, a));
        Console.WriteLine("IsInterned(literal) same " + ReferenceEquals(string.IsInterned(a), a));
        string concatConst = "shared " + "literal";   // folded by the compiler
        Console.WriteLine("compile-time concat same object " + ReferenceEquals(concatConst, a));
        string empty1 = "", empty2 = string.Empty;
        Console.WriteLine("\"\" same as string.Empty " + ReferenceEquals(empty1, empty2));
        return 0;
    }
}
