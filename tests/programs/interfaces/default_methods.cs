// Default interface methods: used when the class does not implement the member,
// overridden when it does, and resolved to the most specific interface.
using System;

interface ILogger
{
    string Prefix => "[log]";
    string Log(string m) => Prefix + " " + m;
}

interface ITimestamped : ILogger
{
    string ILogger.Prefix => "[ts]";
}

class Plain : ILogger { }

class Custom : ILogger
{
    public string Log(string m) => "custom: " + m;
}

class Stamped : ITimestamped { }

class StampedOwnPrefix : ITimestamped
{
    public string Prefix => "[own]";   // not an implementation: ILogger.Prefix is explicit in ITimestamped
}

interface IStaticHelper
{
    static int Twice(int x) => x * 2;
    static int Counter;
}

class Program
{
    static int Main()
    {
        ILogger[] loggers = { new Plain(), new Custom(), new Stamped(), new StampedOwnPrefix() };
        foreach (ILogger l in loggers)
            Console.WriteLine(l.GetType().Name + ": " + l.Log("msg"));
        IStaticHelper.Counter += 5;
        Console.WriteLine("static interface members " + IStaticHelper.Twice(21) + " " + IStaticHelper.Counter);
        return 0;
    }
}
