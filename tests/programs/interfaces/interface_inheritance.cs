// Interfaces extending interfaces; a class implementing the derived interface
// also answers to the base ones; re-implementation in a subclass.
using System;

interface IReader { string Read(); }
interface IWriter { void Write(string s); }
interface IStream : IReader, IWriter { int Length { get; } }

class Memory : IStream
{
    private string data = "";
    public string Read() => data;
    public void Write(string s) => data += s;
    public int Length => data.Length;
}

class Base : IReader
{
    public string Read() => "Base.Read";
}

class Reimpl : Base, IReader
{
    public new string Read() => "Reimpl.Read";
}

class Program
{
    static int Main()
    {
        IStream s = new Memory();
        s.Write("abc");
        ((IWriter)s).Write("def");
        IReader r = s;
        Console.WriteLine(r.Read() + " length " + s.Length);
        Console.WriteLine("is IWriter " + (r is IWriter));
        IReader viaBase = new Reimpl();
        Base asBase = new Reimpl();
        Console.WriteLine(viaBase.Read() + " / " + asBase.Read() + " / " + ((IReader)asBase).Read());
        return 0;
    }
}
