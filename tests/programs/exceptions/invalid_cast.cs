// InvalidCastException from castclass, unbox, and interface casts; `as` returns
// null instead.
using System;
using System.Collections.Generic;

class A { }
class B : A { }
class C : A { }

class Program
{
    static void Try(string what, Func<object> f)
    {
        try
        {
            var r = f();
            Console.WriteLine(what + ": ok " + (r == null ? "null" : r.GetType().Name));
        }
        catch (InvalidCastException)
        {
            Console.WriteLine(what + ": InvalidCastException");
        }
    }

    static int Main()
    {
        object b = new B(), boxed = 3, str = "s", list = new List<int>();
        Try("B as A", () => (A)b);
        Try("B as C", () => (C)b);
        Try("string as A", () => (A)str);
        Try("int box as long", () => (long)boxed);
        Try("int box as double", () => (double)boxed);
        Try("B as IComparable", () => (IComparable)b);
        Try("string as IComparable", () => (IComparable)str);
        Try("List<int> as IList<int>", () => (IList<int>)list);
        Try("List<int> as IList<long>", () => (IList<long>)list);
        Try("B[] as A[]", () => (A[])(object)new B[1]);
        Try("A[] as B[]", () => (B[])(object)new A[1]);
        Try("int[] as uint[]", () => (uint[])(object)new int[1]);
        Try("int[] as long[]", () => (long[])(object)new int[1]);
        Console.WriteLine("as: " + (b as C == null) + " " + (str as A == null) + " " + (boxed as string == null));
        return 0;
    }
}
