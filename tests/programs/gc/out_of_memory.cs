// OutOfMemoryException is a managed exception, never a crash, and the program goes on
// afterwards. Requests no heap can satisfy throw it on every runtime: an object[] longer
// than Array.MaxLength, a multi-dimensional array of 32 GB. Then a program that keeps
// 8 MB arrays until it has 384 MB or runs out: with a heap limit (anyclr:
// ANYCLR_GCHeapHardLimit=64m, CoreCLR: DOTNET_GCHeapHardLimit=0x4000000) it catches
// OutOfMemoryException part-way, without one it does not; its output is the same either
// way, and memory is usable again once the arrays are dropped.
// (The runner gives no test a setting of its own, so the limit is exercised by running
// this directory with --env ANYCLR_GCHeapHardLimit=64m.)
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

class Program
{
    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Len(int n) => n;

    static void Try(string what, Func<object> alloc)
    {
        try
        {
            object o = alloc();
            Console.WriteLine(what + ": allocated " + (o != null));
        }
        catch (OutOfMemoryException e)
        {
            Console.WriteLine(what + ": " + e.GetType().FullName);
        }
    }

    static List<byte[]> kept;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static int Fill(int chunks)
    {
        kept = new List<byte[]>(chunks);
        try
        {
            for (int i = 0; i < chunks; i++)
            {
                var b = new byte[8 << 20];
                b[i] = (byte)i;
                b[b.Length - 1] = (byte)i;
                kept.Add(b);
            }
        }
        catch (OutOfMemoryException)
        {
            // The list holds what was allocated before the failure, intact.
        }
        int ok = 0;
        for (int i = 0; i < kept.Count; i++)
            if (kept[i][i] == (byte)i && kept[i][kept[i].Length - 1] == (byte)i) ok++;
        return ok == kept.Count ? 1 : 0;
    }

    static int Main()
    {
        Try("object[Array.MaxLength + 1]", () => new object[Len(0x7FFFFFC8)]);
        Try("object[int.MaxValue]", () => new object[Len(int.MaxValue)]);
        Try("long[2000, 2000, 1000]", () => new long[Len(2000), Len(2000), Len(1000)]);

        for (int round = 0; round < 3; round++)
        {
            int intact = Fill(48);
            Console.WriteLine("round " + round + ": kept arrays intact " + (intact == 1) + ", at most 48 " + (kept.Count <= 48));
            kept = null;
            GC.Collect();
            var after = new byte[16 << 20];
            after[after.Length - 1] = 1;
            Console.WriteLine("round " + round + ": allocation after dropping them works " + (after[after.Length - 1] == 1));
        }
        return 0;
    }
}
