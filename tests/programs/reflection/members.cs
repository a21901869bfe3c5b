// Member lists with BindingFlags: declared members first in declaration order, then inherited ones;
// overridden virtual methods once; base private members never; inherited statics only with
// FlattenHierarchy. Only the program's own types are listed in full (the core library's private
// members are its own); System.Object's public members are.
using System;
using System.Linq;
using System.Reflection;

class Base
{
    public int BaseField;
    protected int ProtField;
    private int privField;
    public static int BaseStatic;
    public const int Answer = 42;
    public virtual void V1() { }
    public virtual void V2() { }
    public void NonVirt() { }
    public static void BaseStaticM() { }
    private void BasePriv() { privField++; }
    protected void BaseProt() { }
    internal void BaseInternal() { }
    public int BaseProp { get; set; }
    public virtual int VProp { get { return 1; } }
    private int PrivProp { get; set; }
}

class Derived : Base
{
    public string Zed;
    public int Alpha;
    public static int DStatic;
    static Derived() { DStatic = 1; }
    public Derived() { }
    public Derived(int x) { }
    protected Derived(string s) { }
    public override void V2() { }
    public void Zulu() { }
    public void Apple(int a, string b) { }
    public static int Stat(int x) => x;
    public new void NonVirt() { }
    private void Priv() { }
    public override int VProp { get { return 2; } }
    public string Name { get; set; }
    public int this[int i] { get { return i; } }
    public int ReadOnly => 3;
    public int WriteOnly { set { } }
    public static string StaticProp { get; set; }
}

interface IShape
{
    double Area();
    string Name { get; }
}

struct Point
{
    public int X, Y;
    public double Length() => Math.Sqrt(X * X + Y * Y);
    public override string ToString() => X + "," + Y;
}

enum Color { Red, Green = 5, Blue }

static class Program
{
    static void List(string title, MemberInfo[] members)
    {
        Console.WriteLine(title + ":");
        foreach (MemberInfo m in members)
            Console.WriteLine("  " + m.MemberType + " " + m + " [" + m.DeclaringType.Name + "]");
    }

    static int Main()
    {
        Type d = typeof(Derived);
        List("methods", d.GetMethods());
        List("declared methods", d.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static));
        List("non-public instance methods of the program's types",
            d.GetMethods(BindingFlags.NonPublic | BindingFlags.Instance).Where(m => m.DeclaringType != typeof(object)).ToArray());
        List("static, flattened", d.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy));
        List("static, not flattened", d.GetMethods(BindingFlags.Public | BindingFlags.Static));
        List("fields", d.GetFields());
        List("non-public instance fields", d.GetFields(BindingFlags.NonPublic | BindingFlags.Instance));
        List("static fields, flattened", d.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.FlattenHierarchy));
        List("properties", d.GetProperties());
        List("non-public properties", d.GetProperties(BindingFlags.NonPublic | BindingFlags.Instance));
        List("constructors", d.GetConstructors());
        List("all constructors", d.GetConstructors(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static));
        List("members", d.GetMembers());
        List("members named NonVirt", d.GetMember("NonVirt"));
        List("interface", typeof(IShape).GetMembers());
        List("struct methods", typeof(Point).GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.Instance));
        List("struct fields", typeof(Point).GetFields());
        List("enum fields", typeof(Color).GetFields());
        List("enum static fields", typeof(Color).GetFields(BindingFlags.Public | BindingFlags.Static));

        foreach (PropertyInfo p in d.GetProperties())
            Console.WriteLine(p.Name + ": type " + p.PropertyType.Name + ", read " + p.CanRead + ", write " + p.CanWrite +
                ", get " + (p.GetMethod?.Name ?? "-") + ", set " + (p.SetMethod?.Name ?? "-") + ", index " + p.GetIndexParameters().Length);
        foreach (FieldInfo f in typeof(Base).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            Console.WriteLine(f.Name + ": " + f.FieldType.Name + " " + f.Attributes + " static " + f.IsStatic + " literal " + f.IsLiteral + " public " + f.IsPublic + " private " + f.IsPrivate + " family " + f.IsFamily);
        foreach (MethodInfo m in typeof(Base).GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            Console.WriteLine(m.Name + ": " + m.Attributes + " assembly " + m.IsAssembly + " family " + m.IsFamily + " special " + m.IsSpecialName);

        Console.WriteLine(d.GetMethod("Zulu"));
        Console.WriteLine(d.GetMethod("zulu") == null);
        Console.WriteLine(d.GetMethod("zulu", BindingFlags.IgnoreCase | BindingFlags.Public | BindingFlags.Instance));
        Console.WriteLine(d.GetMethod("NonVirt").DeclaringType.Name);
        Console.WriteLine(d.GetMethod("V2").DeclaringType.Name + " " + d.GetMethod("V1").DeclaringType.Name);
        Console.WriteLine(d.GetMethod("V2").GetBaseDefinition().DeclaringType.Name);
        Console.WriteLine(d.GetMethod("Priv") == null);
        Console.WriteLine(d.GetMethod("Priv", BindingFlags.NonPublic | BindingFlags.Instance));
        Console.WriteLine(d.GetMethod("BasePriv", BindingFlags.NonPublic | BindingFlags.Instance) == null);
        Console.WriteLine(d.GetMethod("Apple", new[] { typeof(int), typeof(string) }));
        Console.WriteLine(d.GetMethod("Apple", new[] { typeof(string), typeof(int) }) == null);
        Console.WriteLine(d.GetField("Alpha") + " " + d.GetField("BaseField").DeclaringType.Name + " " + (d.GetField("ProtField") == null));
        Console.WriteLine(d.GetProperty("VProp").DeclaringType.Name + " " + d.GetProperty("Item"));
        Console.WriteLine(d.GetProperty("Name", typeof(string)) + " " + (d.GetProperty("Name", typeof(int)) == null));
        Console.WriteLine(d.GetConstructor(Type.EmptyTypes) + " " + d.GetConstructor(new[] { typeof(int) }) + " " + (d.GetConstructor(new[] { typeof(string) }) == null));
        Console.WriteLine(d.TypeInitializer);
        Console.WriteLine(d.GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, new[] { typeof(string) }));
        try { typeof(Console).GetMethod("WriteLine"); }
        catch (AmbiguousMatchException) { Console.WriteLine("ambiguous WriteLine"); }
        Console.WriteLine(typeof(Console).GetMethod("WriteLine", new[] { typeof(string) }));
        try { d.GetMethod(null); }
        catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }
        try { d.GetMethod("Apple", new Type[] { null }); }
        catch (ArgumentNullException e) { Console.WriteLine(e.ParamName); }
        return 0;
    }
}
