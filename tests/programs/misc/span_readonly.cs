// ReadOnlySpan<char> over strings: slicing without allocation, searching,
// comparing, and parsing numbers by hand from a span.
using System;

class Program
{
    static int ParseInt(ReadOnlySpan<char> s)
    {
        int v = 0, sign = 1, i = 0;
        if (s.Length > 0 && s[0] == '-') { sign = -1; i = 1; }
        for (; i < s.Length; i++)
            v = v * 10 + (s[i] - '0');
        return v * sign;
    }

    static int Main()
    {
        ReadOnlySpan<char> line = "12,-7,300,4".AsSpan();
        int total = 0;
        while (true)
        {
            int comma = line.IndexOf(',');
            if (comma < 0) { total += ParseInt(line); break; }
            total += ParseInt(line.Slice(0, comma));
            line = line.Slice(comma + 1);
        }
        Console.WriteLine("total " + total);
        ReadOnlySpan<char> word = "Hello World".AsSpan(6);
        Console.WriteLine(word.ToString() + " " + word.Length + " starts W " + word.StartsWith("W".AsSpan()) + " equals " + word.SequenceEqual("World".AsSpan()));
        ReadOnlySpan<byte> bytes = new byte[] { 1, 2, 3, 4 };
        Console.WriteLine("byte span " + bytes[2] + " " + bytes.Slice(1, 2).Length + " empty " + ReadOnlySpan<int>.Empty.IsEmpty);
        return 0;
    }
}
