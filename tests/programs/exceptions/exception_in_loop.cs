// Many exceptions thrown and caught in a loop (throw cost, no leaks of handler
// state), mixing handled and filtered-out cases.
using System;

class Program
{
    static int Parse(string s)
    {
        if (s.Length == 0)
            throw new FormatException("empty");
        int v = 0;
        foreach (char c in s)
        {
            if (c < '0' || c > '9')
                throw new FormatException("bad char " + c);
            v = checked(v * 10 + (c - '0'));
        }
        return v;
    }

    static int Main()
    {
        string[] inputs = { "12", "", "x1", "99999999999", "7", "4a", "2147483647", "2147483648" };
        int ok = 0, format = 0, overflow = 0;
        for (int round = 0; round < 1000; round++)
        {
            foreach (string s in inputs)
            {
                try
                {
                    Parse(s);
                    ok++;
                }
                catch (FormatException e) when (e.Message.StartsWith("bad", StringComparison.Ordinal) || e.Message == "empty")
                {
                    format++;
                }
                catch (OverflowException)
                {
                    overflow++;
                }
            }
        }
        Console.WriteLine("ok " + ok + " format " + format + " overflow " + overflow);
        return 0;
    }
}
