// A hand-written IEnumerator<T> with Reset and Dispose, used by foreach and by
// explicit MoveNext/Current calls.
using System;
using System.Collections;
using System.Collections.Generic;

class Range : IEnumerable<int>
{
    private readonly int lo, hi;
    public Range(int lo, int hi) { this.lo = lo; this.hi = hi; }
    public IEnumerator<int> GetEnumerator() => new It(lo, hi);
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private sealed class It : IEnumerator<int>
    {
        private readonly int lo, hi;
        private int cur;
        public It(int lo, int hi) { this.lo = lo; this.hi = hi; cur = lo - 1; }
        public int Current => cur;
        object IEnumerator.Current => cur;
        public bool MoveNext() => ++cur < hi;
        public void Reset() => cur = lo - 1;
        public void Dispose() => Console.WriteLine("  disposed at " + cur);
    }
}

class Program
{
    static int Main()
    {
        int sum = 0;
        foreach (int i in new Range(1, 5))
            sum += i;
        Console.WriteLine("sum " + sum);
        using (var e = new Range(10, 13).GetEnumerator())
        {
            while (e.MoveNext())
                Console.WriteLine("item " + e.Current);
            e.Reset();
            e.MoveNext();
            Console.WriteLine("after reset " + e.Current);
        }
        return 0;
    }
}
