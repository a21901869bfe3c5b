// gc_liveset: keeps a large live set (n records, each an object with a small array and a
// link to another record: about 100 bytes per record) while churning short-lived objects,
// 16 per record per round, and replacing a sixteenth of the records each round (old
// objects then point to new ones: the write barrier's case). A test of what a collector
// costs when most of the heap survives: a generational one should not trace the live set
// at every collection. Prints a checksum of the live set.
using System;

sealed class Record
{
    public long Key;
    public int[] Values;
    public Record Link;

    public Record(long key, Record link)
    {
        Key = key;
        Link = link;
        Values = new int[4];
        for (int i = 0; i < Values.Length; i++)
            Values[i] = (int)(key * (i + 1) & 0xffff);
    }
}

sealed class Temp
{
    public long A, B;
    public Temp Next;
    public Temp(long a, long b, Temp next) { A = a; B = b; Next = next; }
}

static class GcLiveSet
{
    const int Rounds = 8;

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 100000;
        var live = new Record[n];
        for (int i = 0; i < n; i++)
            live[i] = new Record(i, i > 0 ? live[i - 1] : null);

        uint seed = 12345;
        long churn = 0;
        for (int round = 0; round < Rounds; round++)
        {
            for (int i = 0; i < n; i++)
            {
                // Short-lived: a chain of temporaries and an array, dead at the next record.
                Temp t = null;
                for (int k = 0; k < 12; k++)
                    t = new Temp(i, k, t);
                var scratch = new long[6];
                for (var p = t; p != null; p = p.Next)
                    scratch[(int)(p.B % 6)] += p.A + p.B;
                churn += scratch[0] + scratch[5];
                // A sixteenth of the records are replaced; the new one links to an old one.
                if ((i & 15) == round % 16)
                {
                    seed = seed * 1103515245 + 12345;
                    int j = (int)((seed >> 8) % (uint)n);
                    live[i] = new Record(live[i].Key + 1, live[j]);
                }
            }
        }

        long check = 0;
        for (int i = 0; i < n; i++)
        {
            var r = live[i];
            check += r.Key + r.Values[3];
            if (r.Link != null)
                check += r.Link.Values[0];
        }
        Console.WriteLine("records " + n + " rounds " + Rounds + " check " + check + " churn " + churn);
    }
}
