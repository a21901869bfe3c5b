// Constructors (GetConstructors, ConstructorInfo.Invoke, Activator.CreateInstance with arguments)
// and generics through reflection (MakeGenericType, GetGenericArguments, members of constructed
// types, MakeGenericMethod, DynamicInvoke and CreateDelegate).
using System;
using System.Collections.Generic;
using System.Reflection;

class Person
{
    public string Name;
    public int Age;
    public Person() { Name = "nobody"; }
    public Person(string name) { Name = name; }
    public Person(string name, int age) { Name = name; Age = age; }
    public Person(object o) { Name = "object " + o; }
    private Person(int secret) { Name = "secret " + secret; }
    public override string ToString() => Name + " (" + Age + ")";
}

class Box<T>
{
    public T Value;
    public Box(T value) { Value = value; }
    public T Get() => Value;
    public U Map<U>(Func<T, U> f) => f(Value);
    public override string ToString() => "Box(" + Value + ")";
}

struct Pair
{
    public int A, B;
    public Pair(int a, int b) { A = a; B = b; }
    public override string ToString() => A + ":" + B;
}

abstract class Shape { }

class Fails
{
    public Fails(int x) { throw new InvalidOperationException("no " + x); }
}

delegate int BinaryOp(int a, int b);

static class Program
{
    static int Add(int a, int b) => a + b;
    static int Mul(int a, int b) => a * b;
    static string Hello(this string who) => "hello " + who;

    static void Try(Func<object> f)
    {
        try { Console.WriteLine("ok " + f()); }
        catch (Exception e) { Console.WriteLine(e.GetType().Name + ": " + e.Message + (e.InnerException != null ? " <- " + e.InnerException.Message : "")); }
    }

    static int Main()
    {
        foreach (ConstructorInfo c in typeof(Person).GetConstructors())
            Console.WriteLine(c + " " + c.GetParameters().Length + " " + c.IsConstructor + " " + c.IsPublic);
        Console.WriteLine(typeof(Person).GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Length);
        Console.WriteLine(typeof(Person).GetConstructor(new[] { typeof(string), typeof(int) }).Invoke(new object[] { "ann", 30 }));
        Console.WriteLine(typeof(Person).GetConstructor(Type.EmptyTypes).Invoke(null));
        Console.WriteLine(typeof(Person).GetConstructor(BindingFlags.NonPublic | BindingFlags.Instance, null, new[] { typeof(int) }, null).Invoke(new object[] { 7 }));
        Console.WriteLine(typeof(Pair).GetConstructor(new[] { typeof(int), typeof(int) }).Invoke(new object[] { 3, 4 }));
        Console.WriteLine(Activator.CreateInstance(typeof(Person), "bob"));
        Console.WriteLine(Activator.CreateInstance(typeof(Person), "bob", 41));
        Console.WriteLine(Activator.CreateInstance(typeof(Person), 3.5));
        Console.WriteLine(Activator.CreateInstance(typeof(Pair), 1, 2));
        Console.WriteLine(Activator.CreateInstance(typeof(Box<string>), "boxed"));
        Console.WriteLine(Activator.CreateInstance(typeof(List<int>), 16).GetType().Name);
        Try(() => Activator.CreateInstance(typeof(Person), 1, 2, 3));
        Try(() => Activator.CreateInstance(typeof(Shape)));
        Try(() => Activator.CreateInstance(typeof(Fails), 5));
        Try(() => typeof(Fails).GetConstructors()[0].Invoke(new object[] { 6 }));

        Type open = typeof(Box<>);
        Type closed = open.MakeGenericType(typeof(int));
        Console.WriteLine(closed + " " + closed.IsGenericType + " " + closed.IsConstructedGenericType + " " + (closed.GetGenericTypeDefinition() == open));
        Console.WriteLine(closed.GetGenericArguments()[0] + " " + open.GetGenericArguments()[0].Name + " " + open.IsGenericTypeDefinition);
        object box = Activator.CreateInstance(closed, 21);
        Console.WriteLine(closed.GetMethod("Get").Invoke(box, null) + " " + closed.GetMethod("Get").ReturnType);
        Console.WriteLine(closed.GetField("Value").FieldType + " " + open.GetField("Value").FieldType + " " + open.GetMethod("Get"));
        MethodInfo map = closed.GetMethod("Map");
        Console.WriteLine(map + " " + map.IsGenericMethodDefinition + " " + map.ContainsGenericParameters);
        MethodInfo mapToString = map.MakeGenericMethod(typeof(string));
        Console.WriteLine(mapToString + " " + mapToString.IsGenericMethod + " " + mapToString.IsGenericMethodDefinition + " " + (mapToString.GetGenericMethodDefinition() == map));
        Console.WriteLine(mapToString.Invoke(box, new object[] { new Func<int, string>(i => "#" + i) }));
        Type dict = typeof(Dictionary<,>).MakeGenericType(typeof(string), typeof(int));
        Console.WriteLine(dict + " " + dict.GetGenericArguments().Length);
        var d = (Dictionary<string, int>)Activator.CreateInstance(dict);
        dict.GetMethod("Add").Invoke(d, new object[] { "one", 1 });
        Console.WriteLine(d["one"] + " " + dict.GetProperty("Count").GetValue(d));
        Try(() => typeof(Person).MakeGenericType(typeof(int)));
        Try(() => open.MakeGenericType(typeof(int), typeof(int)));

        BinaryOp op = Add;
        op += Mul;
        Console.WriteLine(op.DynamicInvoke(3, 4));
        Func<string> bound = "you".Hello;
        Console.WriteLine(bound.DynamicInvoke());
        Func<Person, string> open2 = (Func<Person, string>)Delegate.CreateDelegate(typeof(Func<Person, string>), typeof(Person).GetMethod("ToString"));
        Console.WriteLine(open2(new Person("zed", 2)));
        var made = (BinaryOp)typeof(Program).GetMethod("Mul", BindingFlags.NonPublic | BindingFlags.Static).CreateDelegate(typeof(BinaryOp));
        Console.WriteLine(made(6, 7) + " " + made.Method.Name);
        var greet = typeof(Program).GetMethod("Hello", BindingFlags.NonPublic | BindingFlags.Static).CreateDelegate<Func<string>>("world");
        Console.WriteLine(greet());
        Try(() => typeof(Program).GetMethod("Mul", BindingFlags.NonPublic | BindingFlags.Static).CreateDelegate(typeof(Func<int>)));
        Try(() => new Func<int, int>(x => 10 / x).DynamicInvoke(0));
        return 0;
    }
}
