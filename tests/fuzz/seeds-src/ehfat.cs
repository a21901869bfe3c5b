// Seed: try blocks longer than 255 bytes of IL, so csc writes fat exception clauses,
// with a filter and a finally; the blocks are long and repetitive on purpose.
using System;
static class EhFat
{
    static int Long(int x)
    {
        int s = 0;
        try {
            s += x * 1 + (s >> 2); Console.Write(s);
            s += x * 2 + (s >> 3); Console.Write(s);
            s += x * 3 + (s >> 4); Console.Write(s);
            s += x * 4 + (s >> 5); Console.Write(s);
            s += x * 5 + (s >> 6); Console.Write(s);
            s += x * 6 + (s >> 7); Console.Write(s);
            s += x * 7 + (s >> 1); Console.Write(s);
            s += x * 8 + (s >> 2); Console.Write(s);
            s += x * 9 + (s >> 3); Console.Write(s);
            s += x * 10 + (s >> 4); Console.Write(s);
            s += x * 11 + (s >> 5); Console.Write(s);
            s += x * 12 + (s >> 6); Console.Write(s);
            s += x * 13 + (s >> 7); Console.Write(s);
            s += x * 14 + (s >> 1); Console.Write(s);
            s += x * 15 + (s >> 2); Console.Write(s);
            s += x * 16 + (s >> 3); Console.Write(s);
            s += x * 17 + (s >> 4); Console.Write(s);
            s += x * 18 + (s >> 5); Console.Write(s);
            s += x * 19 + (s >> 6); Console.Write(s);
            s += x * 20 + (s >> 7); Console.Write(s);
            s += x * 21 + (s >> 1); Console.Write(s);
            s += x * 22 + (s >> 2); Console.Write(s);
            s += x * 23 + (s >> 3); Console.Write(s);
            s += x * 24 + (s >> 4); Console.Write(s);
            s += x * 25 + (s >> 5); Console.Write(s);
            s += x * 26 + (s >> 6); Console.Write(s);
            s += x * 27 + (s >> 7); Console.Write(s);
            s += x * 28 + (s >> 1); Console.Write(s);
            s += x * 29 + (s >> 2); Console.Write(s);
            s += x * 30 + (s >> 3); Console.Write(s);
            s += x * 31 + (s >> 4); Console.Write(s);
            s += x * 32 + (s >> 5); Console.Write(s);
            s += x * 33 + (s >> 6); Console.Write(s);
            s += x * 34 + (s >> 7); Console.Write(s);
            s += x * 35 + (s >> 1); Console.Write(s);
            s += x * 36 + (s >> 2); Console.Write(s);
            s += x * 37 + (s >> 3); Console.Write(s);
            s += x * 38 + (s >> 4); Console.Write(s);
            s += x * 39 + (s >> 5); Console.Write(s);
            s += x * 40 + (s >> 6); Console.Write(s);
        } catch (ArithmeticException e) when (e.Message != null) {
            s = -1;
        } finally {
            s ^= 1 * x; Console.Write(s);
            s ^= 2 * x; Console.Write(s);
            s ^= 3 * x; Console.Write(s);
            s ^= 4 * x; Console.Write(s);
            s ^= 5 * x; Console.Write(s);
            s ^= 6 * x; Console.Write(s);
            s ^= 7 * x; Console.Write(s);
            s ^= 8 * x; Console.Write(s);
            s ^= 9 * x; Console.Write(s);
            s ^= 10 * x; Console.Write(s);
            s ^= 11 * x; Console.Write(s);
            s ^= 12 * x; Console.Write(s);
            s ^= 13 * x; Console.Write(s);
            s ^= 14 * x; Console.Write(s);
            s ^= 15 * x; Console.Write(s);
            s ^= 16 * x; Console.Write(s);
            s ^= 17 * x; Console.Write(s);
            s ^= 18 * x; Console.Write(s);
            s ^= 19 * x; Console.Write(s);
            s ^= 20 * x; Console.Write(s);
            s ^= 21 * x; Console.Write(s);
            s ^= 22 * x; Console.Write(s);
            s ^= 23 * x; Console.Write(s);
            s ^= 24 * x; Console.Write(s);
            s ^= 25 * x; Console.Write(s);
            s ^= 26 * x; Console.Write(s);
            s ^= 27 * x; Console.Write(s);
            s ^= 28 * x; Console.Write(s);
            s ^= 29 * x; Console.Write(s);
            s ^= 30 * x; Console.Write(s);
        }
        return s;
    }
    static void Main() { Console.WriteLine(Long(3)); }
}
