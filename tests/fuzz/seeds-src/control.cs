// Seed: exception clauses of every kind (catch, filter, finally, fault via iterators),
// a switch, locals and a fat method body.
using System;
using System.Collections.Generic;

class Control
{
    static int Filtered(int x)
    {
        try {
            if (x > 3) throw new InvalidOperationException("big");
            return x;
        } catch (InvalidOperationException e) when (e.Message.Length > 2) {
            return -1;
        } catch (Exception) {
            return -2;
        } finally {
            Console.WriteLine("finally");
        }
    }

    static IEnumerable<int> Count(int n)
    {
        using (var d = new Disposable())
            for (int i = 0; i < n; i++) yield return i;
    }

    sealed class Disposable : IDisposable { public void Dispose() { } }

    static string Name(int k)
    {
        switch (k) {
        case 0: return "zero"; case 1: return "one"; case 2: return "two";
        case 3: return "three"; case 7: return "seven"; default: return "many";
        }
    }

    static int Main()
    {
        long total = 0;
        decimal d = 1.5m;
        double f = 2.25;
        foreach (int i in Count(5)) total += Filtered(i) + Name(i).Length;
        Console.WriteLine($"{total} {d} {f}");
        return (int)(total & 0x7f);
    }
}
