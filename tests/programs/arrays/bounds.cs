// Index checks: negative, equal to Length, huge, and long indices all throw
// IndexOutOfRangeException; negative sizes throw OverflowException.
using System;

class Program
{
    static int I(int x) => x;

    static void Try(string what, Action a)
    {
        try
        {
            a();
            Console.WriteLine(what + ": ok");
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine(what + ": IndexOutOfRangeException");
        }
        catch (OverflowException)
        {
            Console.WriteLine(what + ": OverflowException");
        }
    }

    static int Main()
    {
        int[] a = new int[5];
        string[] s = new string[3];
        Try("a[4]", () => a[I(4)] = 1);
        Try("a[5]", () => a[I(5)] = 1);
        Try("a[-1]", () => Console.Write(a[I(-1)]));
        Try("a[int.MaxValue]", () => Console.Write(a[I(int.MaxValue)]));
        Try("a[int.MinValue]", () => Console.Write(a[I(int.MinValue)]));
        Try("a[(long)5]", () => Console.Write(a[(long)I(5)]));
        Try("a[(long)1 << 32]", () => Console.Write(a[1L << I(32)]));
        Try("s[3] store", () => s[I(3)] = "x");
        Try("s[2] store", () => s[I(2)] = "x");
        Try("empty[0]", () => Console.Write((new int[0])[I(0)]));
        Try("new int[-1]", () => Console.Write(new int[I(-1)].Length));
        Try("new int[0]", () => Console.Write(new int[I(0)].Length));
        Try("ref a[5]", () => { ref int r = ref a[I(5)]; r = 2; });
        int caught = 0;
        for (int i = -2; i < 8; i++)
        {
            try { a[i] = i; }
            catch (IndexOutOfRangeException) { caught++; }
        }
        Console.WriteLine("caught " + caught + ", contents " + string.Join(",", a));
        return 0;
    }
}
