// Methods on structs: `this` is a managed pointer, so mutating methods change the
// variable they are called on; calls through an interface box a copy.
using System;

interface IBump
{
    void Bump();
    int Value { get; }
}

struct S : IBump
{
    public int V;
    public void Bump() { V++; }
    public int Value => V;
    public void Reset() { this = new S(); }
    public void Add(S other) { V += other.V; }
}

class Program
{
    static void BumpIt<T>(ref T t) where T : IBump => t.Bump();
    static void BumpCopy<T>(T t) where T : IBump => t.Bump();

    static int Main()
    {
        S s = new S();
        s.Bump();
        s.Bump();
        Console.WriteLine("direct " + s.V);
        IBump boxed = s;
        boxed.Bump();
        Console.WriteLine("boxed " + boxed.Value + ", original " + s.V);
        BumpIt(ref s);
        Console.WriteLine("generic by ref " + s.V);
        BumpCopy(s);
        Console.WriteLine("generic by value " + s.V);
        s.Add(s);
        Console.WriteLine("add self " + s.V);
        s.Reset();
        Console.WriteLine("reset " + s.V);
        S[] arr = new S[3];
        foreach (int i in new[] { 0, 2, 2 })
            arr[i].Bump();
        Console.WriteLine("array " + arr[0].V + arr[1].V + arr[2].V);
        return 0;
    }
}
