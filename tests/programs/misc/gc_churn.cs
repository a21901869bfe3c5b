// Allocation churn: many short-lived objects of mixed sizes while a long-lived
// structure is mutated (old objects pointing to new ones); checksums prove no
// reference was lost or moved wrongly. Useful under --gc-stress and --gen0size.
using System;
using System.Collections.Generic;

class Blob
{
    public int Id;
    public byte[] Payload;
    public Blob Link;
    public string Name;
}

class Program
{
    static int Main()
    {
        var survivors = new Blob[256];
        long created = 0;
        for (int round = 0; round < 200; round++)
        {
            for (int i = 0; i < 256; i++)
            {
                var b = new Blob { Id = round * 256 + i, Payload = new byte[(i * 7) % 97 + 1], Name = "b" + i };
                b.Payload[0] = (byte)round;
                created++;
                if ((i + round) % 17 == 0)
                {
                    b.Link = survivors[i];       // old chain hangs off the new object
                    survivors[i] = b;            // old array points to the new object
                }
            }
        }
        long sum = 0;
        int chain = 0;
        foreach (var head in survivors)
            for (var b = head; b != null; b = b.Link)
            {
                sum += b.Id + b.Payload.Length + b.Payload[0] + b.Name.Length;
                chain++;
            }
        Console.WriteLine("created " + created + " kept " + chain + " checksum " + sum);
        var dict = new Dictionary<int, List<string>>();
        for (int i = 0; i < 20000; i++)
        {
            if (!dict.TryGetValue(i % 100, out var l))
                dict[i % 100] = l = new List<string>();
            l.Add(i.ToString());
            if (l.Count > 50)
                l.RemoveRange(0, 25);
        }
        int total = 0;
        foreach (var kv in dict)
            total += kv.Value.Count;
        Console.WriteLine("dictionary lists hold " + total + ", sample " + dict[42][0]);
        return 0;
    }
}
