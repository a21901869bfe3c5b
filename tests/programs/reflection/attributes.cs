// Custom attributes: constructor arguments of every simple kind (numbers, strings, enums, types,
// arrays, boxed object), named fields and properties, filtering by type, inheritance through base
// classes (AttributeUsage.Inherited), and the Attribute/CustomAttributeExtensions helpers.
using System;
using System.Linq;
using System.Reflection;

enum Level { Low = 1, High = 9 }

[AttributeUsage(AttributeTargets.All, AllowMultiple = true)]
class InfoAttribute : Attribute
{
    public string Text;
    public int Number { get; set; }
    public Level Level { get; set; }
    public Type Kind { get; set; }
    public object Extra;
    public int[] Values;
    public InfoAttribute() { Text = "(none)"; }
    public InfoAttribute(string text) { Text = text; }
    public InfoAttribute(string text, Level level, Type kind, params int[] values) { Text = text; Level = level; Kind = kind; Values = values; }
    public InfoAttribute(char c, byte b, short s, long l, float f, double d, bool flag, sbyte sb, ushort us, uint ui, ulong ul)
    {
        Text = c + " " + b + " " + s + " " + l + " " + f + " " + d + " " + flag + " " + sb + " " + us + " " + ui + " " + ul;
    }
    public override string ToString() =>
        "Info(" + Text + ", " + Number + ", " + Level + ", " + (Kind?.Name ?? "-") + ", " + (Extra ?? "-") + ", " +
        (Values == null ? "-" : string.Join("/", Values)) + ")";
}

[AttributeUsage(AttributeTargets.Class, Inherited = false)]
class LocalAttribute : Attribute { }

[AttributeUsage(AttributeTargets.Class, Inherited = true)]
class TagAttribute : Attribute
{
    public string Name { get; }
    public TagAttribute(string name) { Name = name; }
}

[Info("base")]
[Local]
[Tag("base-tag")]
class Base
{
    [Info("field", Number = 3)] public int Field;
    [Info(Extra = 5)] public string Prop { get; set; }
    [Info("method", Level.High, typeof(string), 1, 2, 3)]
    public virtual void Run() { }
    [Obsolete("use Run")]
    public void Old() { }
}

[Info("derived", Number = 7, Level = Level.Low, Kind = typeof(Base[]))]
[Info('x', 200, -3, -4000000000L, 1.5f, 2.25, true, -8, 65535, 4000000000, 18000000000000000000)]
class Derived : Base
{
    [Info(Extra = "text", Values = new[] { 4, 5 })]
    public override void Run() { }
}

[Tag("own")]
class Leaf : Derived { }

static class Program
{
    static void Show(string what, object[] attributes)
    {
        Console.WriteLine(what + ": " + string.Join("; ", attributes.Select(a => a.GetType().Name + " " + a).OrderBy(s => s, StringComparer.Ordinal)));
    }

    static int Main()
    {
        Show("Base", typeof(Base).GetCustomAttributes(false));
        Show("Derived", typeof(Derived).GetCustomAttributes(false));
        Show("Derived inherit", typeof(Derived).GetCustomAttributes(true));
        Show("Leaf inherit", typeof(Leaf).GetCustomAttributes(true));
        Show("Leaf Tag", typeof(Leaf).GetCustomAttributes(typeof(TagAttribute), true));
        Show("Derived Info only", typeof(Derived).GetCustomAttributes(typeof(InfoAttribute), false));
        Show("field", typeof(Base).GetField("Field").GetCustomAttributes(false));
        Show("property", typeof(Base).GetProperty("Prop").GetCustomAttributes(false));
        Show("method", typeof(Base).GetMethod("Run").GetCustomAttributes(false));
        Show("override", typeof(Derived).GetMethod("Run").GetCustomAttributes(false));
        Show("obsolete", typeof(Base).GetMethod("Old").GetCustomAttributes(typeof(ObsoleteAttribute), false));
        Console.WriteLine(typeof(Derived).GetCustomAttributes(typeof(InfoAttribute), false).GetType().Name);
        Console.WriteLine(typeof(Base).IsDefined(typeof(LocalAttribute), false) + " " + typeof(Derived).IsDefined(typeof(LocalAttribute), true) + " " + typeof(Leaf).IsDefined(typeof(TagAttribute), true));
        Console.WriteLine(Attribute.GetCustomAttribute(typeof(Leaf), typeof(TagAttribute)) is TagAttribute t ? t.Name : "none");
        Console.WriteLine(typeof(Base).GetCustomAttribute<TagAttribute>().Name);
        Console.WriteLine(typeof(Base).GetMethod("Old").GetCustomAttribute<ObsoleteAttribute>().Message);
        Console.WriteLine(typeof(Program).GetCustomAttribute<TagAttribute>() == null);
        Console.WriteLine(typeof(Derived).GetCustomAttributes<InfoAttribute>().Count());
        Console.WriteLine(Attribute.IsDefined(typeof(Base).GetField("Field"), typeof(InfoAttribute)));
        try { Attribute.GetCustomAttribute(typeof(Derived), typeof(InfoAttribute)); }
        catch (AmbiguousMatchException) { Console.WriteLine("ambiguous"); }
        var flags = typeof(AttributeTargets).GetCustomAttributes(false);
        Console.WriteLine(flags.Any(a => a is FlagsAttribute));
        return 0;
    }
}
