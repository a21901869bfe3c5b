// stackalloc into Span<T> (safe) and into a pointer (unsafe); spans over
// arrays; writes through the span are seen by the array.
// anyclr-test: csc-options -unsafe+
using System;

class Program
{
    static int SumSpan(ReadOnlySpan<int> s)
    {
        int t = 0;
        foreach (int x in s)
            t += x;
        return t;
    }

    static unsafe long PointerSum(int n)
    {
        long* p = stackalloc long[n];
        for (int i = 0; i < n; i++)
            p[i] = (long)i << 33;
        long t = 0;
        for (int i = 0; i < n; i++)
            t += p[i] >> 33;
        return t;
    }

    static int Main()
    {
        Span<int> buf = stackalloc int[16];
        for (int i = 0; i < buf.Length; i++)
            buf[i] = i * i;
        Console.WriteLine("stackalloc span sum " + SumSpan(buf) + " length " + buf.Length);
        Span<byte> bytes = stackalloc byte[] { 1, 2, 3, 250 };
        bytes[3] += 10;
        Console.WriteLine("bytes " + bytes[0] + " " + bytes[3]);
        int[] arr = { 10, 20, 30, 40, 50 };
        Span<int> view = arr.AsSpan(1, 3);
        view[0] = -1;
        view.Reverse();
        Console.WriteLine("array through span " + string.Join(",", arr));
        Console.WriteLine("slice " + SumSpan(arr.AsSpan().Slice(2)));
        Console.WriteLine("pointer stackalloc " + PointerSum(100));
        try
        {
            Console.WriteLine(view[3]);
        }
        catch (IndexOutOfRangeException)
        {
            Console.WriteLine("span[3] of 3: IndexOutOfRangeException");
        }
        Span<char> chars = stackalloc char[5];
        "hello".AsSpan().CopyTo(chars);
        chars[0] = 'j';
        Console.WriteLine(new string(chars));
        return 0;
    }
}
