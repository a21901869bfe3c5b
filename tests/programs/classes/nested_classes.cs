// Nested classes reach the outer class's private members; private nested types;
// static and instance members of the same name in different nesting levels.
using System;

class Outer
{
    private int secret = 7;
    private static int count;

    public class Visible
    {
        public int Read(Outer o) => o.secret + count;
    }

    private class Hidden
    {
        public int Value = 100;
        public class Deeper
        {
            public string Path => nameof(Outer) + "." + nameof(Hidden) + "." + nameof(Deeper);
        }
    }

    public int UseHidden() => new Hidden().Value + secret;
    public string DeepPath() => new Hidden.Deeper().Path;
    public Outer() { count++; }
}

class Program
{
    static int Main()
    {
        var o = new Outer();
        new Outer();
        Console.WriteLine("nested reads private " + new Outer.Visible().Read(o));
        Console.WriteLine("hidden " + o.UseHidden());
        Console.WriteLine(o.DeepPath());
        Console.WriteLine(typeof(Outer.Visible).FullName);
        return 0;
    }
}
