// FieldInfo.GetValue/SetValue and PropertyInfo.GetValue/SetValue: instance and static fields (the
// class constructor runs first), struct fields on a box, constants, readonly fields, conversions,
// indexers, and the errors .NET raises.
using System;
using System.Reflection;

class Settings
{
    public int Count;
    public string Label = "start";
    public double Ratio;
    public Mode Mode;
    public int? Maybe;
    public readonly long Fixed = 7;
    public static int Created;
    public static readonly string Version = "v1";
    public const string Kind = "settings";
    public const double Pi = 3.25;
    public const Mode DefaultMode = Mode.Fast;
    public const object Nothing = null;
    private static int hidden = 99;
    static Settings() { Created = 100; }

    public int Size { get; set; } = 3;
    public string Name { get; private set; } = "n";
    public static int Total { get; set; }
    private int[] data = { 10, 20, 30 };
    public int this[int i] { get => data[i]; set => data[i] = value; }
    public int Checked { set { if (value < 0) throw new ArgumentOutOfRangeException("value"); } }
}

enum Mode : byte { Slow = 1, Fast = 2 }

struct Point { public int X; public int Y; public override string ToString() => X + "," + Y; }

static class Program
{
    static void Try(Action a)
    {
        try { a(); Console.WriteLine("ok"); }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message + (e.InnerException != null ? " <- " + e.InnerException.GetType().Name : ""));
        }
    }

    static int Main()
    {
        Type t = typeof(Settings);
        Console.WriteLine(t.GetField("Created").GetValue(null));
        var s = new Settings();
        FieldInfo count = t.GetField("Count");
        count.SetValue(s, 5);
        Console.WriteLine(count.GetValue(s) + " " + s.Count + " " + count.GetValue(s).GetType().Name);
        t.GetField("Label").SetValue(s, "changed");
        Console.WriteLine(t.GetField("Label").GetValue(s));
        t.GetField("Label").SetValue(s, null);
        Console.WriteLine(t.GetField("Label").GetValue(s) == null);
        t.GetField("Ratio").SetValue(s, 3);
        Console.WriteLine(s.Ratio);
        t.GetField("Mode").SetValue(s, Mode.Fast);
        Console.WriteLine(t.GetField("Mode").GetValue(s) + " " + s.Mode);
        t.GetField("Maybe").SetValue(s, 12);
        Console.WriteLine(s.Maybe + " " + t.GetField("Maybe").GetValue(s));
        t.GetField("Maybe").SetValue(s, null);
        Console.WriteLine(s.Maybe.HasValue + " " + (t.GetField("Maybe").GetValue(s) == null));
        t.GetField("Fixed").SetValue(s, 8L);
        Console.WriteLine(s.Fixed);
        t.GetField("Created").SetValue(null, 5);
        Console.WriteLine(Settings.Created);
        Console.WriteLine(t.GetField("Version").GetValue(null));
        Console.WriteLine(t.GetField("Kind").GetValue(null) + " " + t.GetField("Pi").GetValue(null) + " " + t.GetField("DefaultMode").GetValue(null) + " " + (t.GetField("Nothing").GetValue(null) == null));
        Console.WriteLine(t.GetField("DefaultMode").GetValue(null).GetType().Name + " " + t.GetField("DefaultMode").GetRawConstantValue().GetType().Name);
        Console.WriteLine(t.GetField("hidden", BindingFlags.NonPublic | BindingFlags.Static).GetValue(null));
        Console.WriteLine(typeof(int).GetField("MaxValue").GetValue(null));
        Console.WriteLine(typeof(string).GetField("Empty").GetValue(null).Equals(""));

        object p = new Point { X = 1, Y = 2 };
        typeof(Point).GetField("X").SetValue(p, 40);
        Console.WriteLine(p + " " + typeof(Point).GetField("Y").GetValue(p));

        Try(() => t.GetField("Kind").SetValue(null, "x"));
        Try(() => t.GetField("Version").SetValue(null, "v2"));
        Try(() => count.SetValue(s, "five"));
        Try(() => count.SetValue(s, 5L));
        Try(() => count.GetValue(null));
        Try(() => count.GetValue("not settings"));
        Try(() => count.SetValue(s, null));
        Console.WriteLine(s.Count);

        PropertyInfo size = t.GetProperty("Size");
        Console.WriteLine(size.GetValue(s));
        size.SetValue(s, 9);
        Console.WriteLine(s.Size + " " + size.GetValue(s).GetType().Name);
        PropertyInfo name = t.GetProperty("Name");
        Console.WriteLine(name.CanWrite + " " + (name.GetSetMethod() == null) + " " + (name.GetSetMethod(true) != null) + " " + name.GetAccessors().Length + " " + name.GetAccessors(true).Length);
        name.SetValue(s, "renamed");
        Console.WriteLine(s.Name);
        t.GetProperty("Total").SetValue(null, 77);
        Console.WriteLine(Settings.Total + " " + t.GetProperty("Total").GetValue(null));
        PropertyInfo item = t.GetProperty("Item");
        Console.WriteLine(item.GetValue(s, new object[] { 1 }));
        item.SetValue(s, 25, new object[] { 1 });
        Console.WriteLine(s[1] + " " + item.GetIndexParameters()[0].ParameterType.Name);
        Try(() => t.GetProperty("Checked").GetValue(s));
        Try(() => t.GetProperty("Checked").SetValue(s, -1));
        Try(() => item.GetValue(s, new object[] { 5 }));
        Try(() => size.SetValue(s, "big"));
        return 0;
    }
}
