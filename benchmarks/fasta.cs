// fasta: writes three FASTA records in 60-column lines: a repeated sequence (2N
// letters) and two sequences drawn letter by letter from weighted alphabets with a
// linear congruential generator (3N and 5N letters). The output is folded into an FNV-1a
// hash instead of being printed; prints the byte count and the hash.
// The sequence and the weights are made up here; only the algorithm is the usual one.
using System;
using System.Text;

static class Fasta
{
    const int LineLength = 60;
    const int IM = 139968, IA = 3877, IC = 29573;

    static int seed = 42;
    static uint hash = 2166136261;
    static long bytes;

    const string Repeat =
        "GATTACACCGTTAGCAATGCCTGAACTTGGCATTACGGATCCATGCAAGTTCGATCGGTACAATCGTAGCTTAAGC" +
        "TTGACCGGTAACGTTCAGGCATCGATTGCAAGTCCGGTATACGATGCCAATTCGGAGTCTAGCATGGTCAAC";

    static double NextRandom()
    {
        seed = (seed * IA + IC) % IM;
        return (double)seed / IM;
    }

    static void Emit(byte[] buf, int len)
    {
        for (int i = 0; i < len; i++)
            hash = (hash ^ buf[i]) * 16777619u;
        bytes += len;
    }

    static void Header(string text)
    {
        byte[] b = Encoding.ASCII.GetBytes(text + "\n");
        Emit(b, b.Length);
    }

    static void RepeatRecord(int n)
    {
        Header(">ONE made-up repeat");
        byte[] seq = Encoding.ASCII.GetBytes(Repeat);
        byte[] line = new byte[LineLength + 1];
        int pos = 0;
        while (n > 0)
        {
            int len = n < LineLength ? n : LineLength;
            for (int i = 0; i < len; i++)
            {
                line[i] = seq[pos];
                if (++pos == seq.Length)
                    pos = 0;
            }
            line[len] = (byte)'\n';
            Emit(line, len + 1);
            n -= len;
        }
    }

    static void RandomRecord(string header, string letters, double[] weights, int n)
    {
        Header(header);
        int k = letters.Length;
        byte[] codes = Encoding.ASCII.GetBytes(letters);
        double[] cumulative = new double[k];
        double acc = 0;
        for (int i = 0; i < k; i++)
        {
            acc += weights[i];
            cumulative[i] = acc;
        }
        cumulative[k - 1] = 1.0;

        byte[] line = new byte[LineLength + 1];
        while (n > 0)
        {
            int len = n < LineLength ? n : LineLength;
            for (int i = 0; i < len; i++)
            {
                double r = NextRandom();
                int c = 0;
                while (cumulative[c] < r)
                    c++;
                line[i] = codes[c];
            }
            line[len] = (byte)'\n';
            Emit(line, len + 1);
            n -= len;
        }
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 1000;
        RepeatRecord(2 * n);
        RandomRecord(">TWO weighted codes", "acgtBDHKMNRSVWY",
                     new double[] { 0.30, 0.20, 0.20, 0.245, 0.005, 0.005, 0.005, 0.005,
                                    0.005, 0.005, 0.005, 0.005, 0.005, 0.005, 0.005 }, 3 * n);
        RandomRecord(">THREE weighted bases", "ACGT",
                     new double[] { 0.31, 0.19, 0.22, 0.28 }, 5 * n);
        Console.WriteLine("bytes " + bytes);
        Console.WriteLine("hash " + hash.ToString("x8"));
    }
}
