// MethodInfo.Invoke: static and instance methods, virtual dispatch on the target, struct methods on
// a box, value-type arguments and results boxed, primitive widening, by-ref arguments copied back,
// default(T) for null, and the exceptions .NET raises (TargetInvocationException wrapping what the
// callee throws, TargetException, TargetParameterCountException, ArgumentException).
using System;
using System.Reflection;

class Animal
{
    public virtual string Speak() => "...";
    public string Greet(string name, int times) => string.Concat(System.Linq.Enumerable.Repeat("hi " + name + " ", times)).TrimEnd();
}

class Dog : Animal
{
    public override string Speak() => "woof";
}

struct Counter
{
    public int Value;
    public int Add(int n) { Value += n; return Value; }
}

enum Mode { Off, On }

static class Program
{
    static int calls;
    static int Add(int a, int b) => a + b;
    static long Widen(long x, double y) => x + (long)y;
    static void Bump() => calls++;
    static decimal Money(decimal a) => a * 2;
    static int? MaybeDouble(int? x) => x * 2;
    static Mode Flip(Mode m) => m == Mode.On ? Mode.Off : Mode.On;
    static byte Low(byte b, char c, bool f, short s) => (byte)(b + c + (f ? 1 : 0) + s);
    static void Swap(ref int a, ref string b, out double c) { a = a * 10; b = b + "!"; c = 2.5; }
    static (int, string) Pair(int n) => (n, "n" + n);
    static string Describe(object o) => o == null ? "null" : o.GetType().Name + ":" + o;
    static int Fail(int x) => throw new InvalidOperationException("bad " + x);
    static DateTime Day(int y) => new DateTime(y, 1, 2);
    static T Id<T>(T x) => x;

    static void Try(Func<object> f)
    {
        try { Console.WriteLine("ok " + (f() ?? "null")); }
        catch (Exception e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message + (e.InnerException != null ? " <- " + e.InnerException.GetType().Name + ": " + e.InnerException.Message : ""));
        }
    }

    static MethodInfo M(string name) => typeof(Program).GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static);

    static int Main()
    {
        Console.WriteLine(M("Add").Invoke(null, new object[] { 2, 3 }));
        Console.WriteLine(M("Add").Invoke(null, new object[] { 2, 3 }).GetType().Name);
        Console.WriteLine(M("Widen").Invoke(null, new object[] { 7, 1.9f }));
        Console.WriteLine(M("Bump").Invoke(null, null) == null);
        Console.WriteLine(M("Bump").Invoke(null, new object[0]) == null);
        Console.WriteLine("calls " + calls);
        Console.WriteLine(M("Money").Invoke(null, new object[] { 1.25m }));
        Console.WriteLine(M("MaybeDouble").Invoke(null, new object[] { 21 }));
        Console.WriteLine(M("MaybeDouble").Invoke(null, new object[] { null }) == null);
        Console.WriteLine(M("Flip").Invoke(null, new object[] { Mode.Off }));
        Console.WriteLine(M("Flip").Invoke(null, new object[] { 1 }));
        Console.WriteLine(M("Low").Invoke(null, new object[] { (byte)200, 'A', true, (short)-10 }));
        Console.WriteLine(M("Pair").Invoke(null, new object[] { 4 }));
        Console.WriteLine(M("Describe").Invoke(null, new object[] { 5 }));
        Console.WriteLine(M("Describe").Invoke(null, new object[] { null }));
        Console.WriteLine(M("Day").Invoke(null, new object[] { 2024 }).ToString().Substring(0, 10));
        Console.WriteLine(M("Id").MakeGenericMethod(typeof(string)).Invoke(null, new object[] { "generic" }));
        Console.WriteLine(M("Id").MakeGenericMethod(typeof(double)).Invoke(null, new object[] { 0.5 }));

        object[] args = { 4, "x", null };
        M("Swap").Invoke(null, args);
        Console.WriteLine(args[0] + " " + args[1] + " " + args[2]);
        object[] args2 = { null, null, null };
        M("Swap").Invoke(null, args2);
        Console.WriteLine(args2[0] + " " + args2[1] + " " + args2[2]);

        Animal a = new Dog();
        Console.WriteLine(typeof(Animal).GetMethod("Speak").Invoke(a, null));
        Console.WriteLine(typeof(Animal).GetMethod("Speak").Invoke(new Animal(), null));
        Console.WriteLine(typeof(object).GetMethod("ToString").Invoke(a, null));
        Console.WriteLine(typeof(object).GetMethod("ToString").Invoke(42, null));
        Console.WriteLine(typeof(Animal).GetMethod("Greet").Invoke(a, new object[] { "bob", 2 }));

        object boxed = new Counter { Value = 1 };
        MethodInfo add = typeof(Counter).GetMethod("Add");
        Console.WriteLine(add.Invoke(boxed, new object[] { 5 }) + " " + ((Counter)boxed).Value);

        Try(() => M("Fail").Invoke(null, new object[] { 7 }));
        Try(() => M("Fail").Invoke(null, BindingFlags.DoNotWrapExceptions, null, new object[] { 8 }, null));
        Try(() => M("Add").Invoke(null, new object[] { 1 }));
        Try(() => M("Add").Invoke(null, null));
        Try(() => M("Add").Invoke(null, new object[] { 1, "two" }));
        Try(() => M("Add").Invoke(null, new object[] { 1, 2L }));
        Try(() => M("Add").Invoke(null, new object[] { 1, null }));
        Try(() => typeof(Animal).GetMethod("Speak").Invoke(null, null));
        Try(() => typeof(Animal).GetMethod("Speak").Invoke("a string", null));
        Try(() => M("Id").Invoke(null, new object[] { 1 }));
        try { M("Fail").Invoke(null, new object[] { 9 }); }
        catch (TargetInvocationException e) { Console.WriteLine(e.InnerException is InvalidOperationException); }
        return 0;
    }
}
