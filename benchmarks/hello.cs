// hello: start-up. Prints one line; the size argument is ignored.
using System;

static class Hello
{
    static void Main(string[] args)
    {
        Console.WriteLine("Hello, world!");
    }
}
