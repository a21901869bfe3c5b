// dispatch: virtual, interface and generic-interface calls at call sites that see
// several receiver types (so a runtime cannot guess the target from one type).
// Prints the sums the calls computed.
using System;

abstract class Shape
{
    public abstract int Sides();
    public virtual int Weight(int x) { return x & 7; }
}

sealed class Triangle : Shape
{
    public override int Sides() { return 3; }
}

sealed class Square : Shape
{
    public override int Sides() { return 4; }
    public override int Weight(int x) { return x & 15; }
}

class Pentagon : Shape
{
    public override int Sides() { return 5; }
    public override int Weight(int x) { return (x >> 1) & 3; }
}

sealed class Star : Pentagon
{
    public override int Sides() { return 10; }
}

interface IScorer
{
    int Score(int x);
}

interface IStep<T>
{
    T Step(T value);
}

sealed class Doubler : IScorer, IStep<long>
{
    public int Score(int x) { return x * 2; }
    public long Step(long v) { return v + 2; }
}

sealed class Masker : IScorer, IStep<long>
{
    readonly int mask;
    public Masker(int mask) { this.mask = mask; }
    public int Score(int x) { return x & mask; }
    public long Step(long v) { return v ^ mask; }
}

class Counter : IScorer, IStep<long>
{
    public int Calls;
    public virtual int Score(int x) { Calls++; return 1; }
    public long Step(long v) { return v - 1; }
}

sealed class LoudCounter : Counter
{
    public override int Score(int x) { Calls += 2; return 2; }
}

static class Dispatch
{
    static T Drive<T>(IStep<T>[] steps, T start, int rounds)
    {
        T v = start;
        for (int r = 0; r < rounds; r++)
            for (int i = 0; i < steps.Length; i++)
                v = steps[i].Step(v);
        return v;
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 1000;

        Shape[] shapes = new Shape[64];
        IScorer[] scorers = new IScorer[64];
        IStep<long>[] steps = new IStep<long>[64];
        var counter = new Counter();
        var loud = new LoudCounter();
        for (int i = 0; i < 64; i++)
        {
            switch ((i * 7) % 4)
            {
                case 0: shapes[i] = new Triangle(); break;
                case 1: shapes[i] = new Square(); break;
                case 2: shapes[i] = new Pentagon(); break;
                default: shapes[i] = new Star(); break;
            }
            switch ((i * 5) % 4)
            {
                case 0: scorers[i] = new Doubler(); break;
                case 1: scorers[i] = new Masker(i); break;
                case 2: scorers[i] = counter; break;
                default: scorers[i] = loud; break;
            }
            steps[i] = (IStep<long>)scorers[i];
        }

        long sides = 0, weights = 0, scores = 0, stepped = 0;
        for (int round = 0; round < n; round++)
        {
            for (int i = 0; i < shapes.Length; i++)
            {
                Shape s = shapes[i];
                sides += s.Sides();
                weights += s.Weight(round + i);
            }
            for (int i = 0; i < scorers.Length; i++)
                scores += scorers[i].Score(round ^ i);
            long v = round;
            for (int i = 0; i < steps.Length; i++)
                v = steps[i].Step(v);
            stepped += v;
        }
        long generic = Drive(steps, 7L, n / 4 + 1);

        Console.WriteLine("sides " + sides + " weights " + weights);
        Console.WriteLine("scores " + scores + " calls " + (counter.Calls + loud.Calls));
        Console.WriteLine("stepped " + stepped + " generic " + generic);
    }
}
