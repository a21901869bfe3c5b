// IDisposable and using: Dispose runs at the end of the block, on exceptions, in
// reverse order for several resources, and for a struct without boxing.
using System;

class Res : IDisposable
{
    private readonly string name;
    public Res(string n) { name = n; Console.WriteLine("open " + n); }
    public void Dispose() => Console.WriteLine("dispose " + name);
}

struct Scope : IDisposable
{
    public string Name;
    public void Dispose() => Console.WriteLine("dispose struct " + Name);
}

class Program
{
    static int Main()
    {
        using (var a = new Res("a"))
        {
            Console.WriteLine("in block");
        }
        using (Res b = new Res("b"), c = new Res("c"))
        {
            Console.WriteLine("two resources");
        }
        try
        {
            using var d = new Res("d");
            throw new Exception("boom");
        }
        catch (Exception e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        using (new Scope { Name = "s" })
            Console.WriteLine("struct scope");
        Res none = null;
        using (none)
            Console.WriteLine("null resource is fine");
        return 0;
    }
}
