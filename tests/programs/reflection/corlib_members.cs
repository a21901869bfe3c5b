// Reflection over the core library's public API: looking members up on string, Math, List<T> and
// Dictionary, invoking them, reading properties. Only public members are observed (the core library's
// private members are its own).
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

static class Program
{
    static int Main()
    {
        MethodInfo substring = typeof(string).GetMethod("Substring", new[] { typeof(int) });
        Console.WriteLine(substring + " " + substring.Invoke("reflection", new object[] { 7 }));
        MethodInfo sub2 = typeof(string).GetMethod("Substring", new[] { typeof(int), typeof(int) });
        Console.WriteLine(sub2.Invoke("reflection", new object[] { 2, 4 }));
        Console.WriteLine(typeof(string).GetProperty("Length").GetValue("four"));
        Console.WriteLine(typeof(string).GetMethod("Concat", new[] { typeof(string), typeof(string) }).Invoke(null, new object[] { "a", "b" }));
        Console.WriteLine(typeof(string).GetMethod("IsNullOrEmpty").Invoke(null, new object[] { "" }));
        Console.WriteLine(typeof(string).GetMethod("ToUpperInvariant").Invoke("mixed Case", null));
        Console.WriteLine(typeof(Math).GetMethod("Max", new[] { typeof(int), typeof(int) }).Invoke(null, new object[] { 3, 9 }));
        Console.WriteLine(typeof(Math).GetMethod("Abs", new[] { typeof(double) }).Invoke(null, new object[] { -2.5 }));
        Console.WriteLine(typeof(Math).GetMethod("Sqrt").ReturnType.Name);
        Console.WriteLine(typeof(Math).GetField("PI").GetValue(null));
        Console.WriteLine(typeof(int).GetMethod("Parse", new[] { typeof(string) }).Invoke(null, new object[] { "123" }));
        Console.WriteLine(typeof(int).GetMethod("CompareTo", new[] { typeof(int) }).Invoke(5, new object[] { 7 }));
        Console.WriteLine(typeof(DateTime).GetProperty("Year").GetValue(new DateTime(2001, 2, 3)));
        Console.WriteLine(typeof(TimeSpan).GetMethod("FromSeconds", new[] { typeof(double) }).Invoke(null, new object[] { 90.0 }));

        var list = new List<int> { 3, 1, 2 };
        Type lt = list.GetType();
        lt.GetMethod("Add").Invoke(list, new object[] { 10 });
        lt.GetMethod("Sort", Type.EmptyTypes).Invoke(list, null);
        Console.WriteLine(string.Join(",", list) + " count " + lt.GetProperty("Count").GetValue(list) + " item " + lt.GetProperty("Item").GetValue(list, new object[] { 3 }));
        Console.WriteLine(lt.GetMethod("Contains").Invoke(list, new object[] { 2 }) + " " + lt.GetMethod("IndexOf", new[] { typeof(int) }).Invoke(list, new object[] { 10 }));
        Console.WriteLine(lt.GetProperty("Count").PropertyType + " " + lt.GetMethod("Add") + " " + lt.GetMethod("Add").DeclaringType);
        var dict = new Dictionary<string, int>();
        typeof(Dictionary<string, int>).GetProperty("Item").SetValue(dict, 5, new object[] { "five" });
        object[] tryArgs = { "five", 0 };
        bool found = (bool)typeof(Dictionary<string, int>).GetMethod("TryGetValue").Invoke(dict, tryArgs);
        Console.WriteLine(found + " " + tryArgs[1]);
        Console.WriteLine(typeof(Dictionary<string, int>).GetMethod("TryGetValue"));
        MethodInfo select = typeof(Enumerable).GetMethods().First(m => m.Name == "Count" && m.GetParameters().Length == 1);
        Console.WriteLine(select + " " + select.IsGenericMethodDefinition);
        Console.WriteLine(select.MakeGenericMethod(typeof(int)).Invoke(null, new object[] { list }));
        Console.WriteLine(typeof(object).GetMethods().Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal).Aggregate((a, b) => a + " " + b));
        Console.WriteLine(typeof(IComparable<int>).GetMethods().Length + " " + typeof(IComparable<int>).GetMethod("CompareTo"));
        Console.WriteLine(typeof(Exception).GetProperty("Message").GetValue(new InvalidOperationException("boom")));
        Console.WriteLine(typeof(Console).GetMethod("WriteLine", new[] { typeof(string), typeof(object) }));
        typeof(Console).GetMethod("WriteLine", new[] { typeof(string), typeof(object) }).Invoke(null, new object[] { "via reflection: {0}", 42 });
        return 0;
    }
}
