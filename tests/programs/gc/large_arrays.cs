// Large arrays: several of tens of MB allocated and dropped in a loop, the heap stays
// bounded (a full collection gives the memory back); large arrays that stay reachable
// keep their contents, including arrays of references and of structs with references.
using System;
using System.Runtime.CompilerServices;

struct Pair
{
    public string Name;
    public long Value;
}

class Program
{
    const int MB = 1 << 20;

    [MethodImpl(MethodImplOptions.NoInlining)]
    static long Touch(int size, int seed)
    {
        var a = new byte[size];
        for (int i = 0; i < a.Length; i += 4096)
            a[i] = (byte)(i + seed);
        long s = 0;
        for (int i = 0; i < a.Length; i += 4096)
            s += a[i];
        return s + a.Length;
    }

    static int Main()
    {
        long before = GC.GetTotalMemory(true);
        long sum = 0;
        long maxSeen = 0;
        for (int round = 0; round < 24; round++)
        {
            sum += Touch((16 + round % 4 * 8) * MB, round);
            if (round % 4 == 3)
            {
                long now = GC.GetTotalMemory(true);
                if (now - before > maxSeen) maxSeen = now - before;
            }
        }
        Console.WriteLine("byte arrays: checksum " + sum + ", heap bounded: " + (maxSeen < 24 * MB));

        // Large arrays that stay alive while big garbage comes and goes.
        var refs = new object[1 << 20];
        for (int i = 0; i < refs.Length; i += 1024)
            refs[i] = "s" + i;
        var pairs = new Pair[300000];
        for (int i = 0; i < pairs.Length; i += 1000)
            pairs[i] = new Pair { Name = i.ToString(), Value = i * 3L };
        var longs = new long[4 * MB];
        for (int i = 0; i < longs.Length; i += 512)
            longs[i] = i;
        for (int round = 0; round < 8; round++)
        {
            sum += Touch(24 * MB, round);
            GC.Collect();
        }
        long check = 0;
        for (int i = 0; i < refs.Length; i += 1024)
            check += ((string)refs[i]).Length;
        for (int i = 0; i < pairs.Length; i += 1000)
            check += pairs[i].Name.Length + pairs[i].Value;
        for (int i = 0; i < longs.Length; i += 512)
            check += longs[i];
        Console.WriteLine("kept arrays: check " + check + ", lengths " + refs.Length + " " + pairs.Length + " " + longs.Length);

        // A young object stored into an old large array survives a minor collection.
        GC.Collect();
        for (int i = 1; i < refs.Length; i += 65536)
            refs[i] = new int[] { i };
        GC.Collect(0);
        long young = 0;
        for (int i = 1; i < refs.Length; i += 65536)
            young += ((int[])refs[i])[0];
        Console.WriteLine("young in old large array: " + young);
        GC.KeepAlive(refs);
        return 0;
    }
}
