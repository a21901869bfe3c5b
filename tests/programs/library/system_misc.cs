// System odds and ends: Environment, Tuple/ValueTuple formatting, equality and ordering,
// Lazy<T> modes, Nullable<T> boxing and comparisons, Activator, Type basics, Index/Range
// on arrays, strings and lists, and collection expressions.
using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Threading;

class Program
{
    static void T(string label, Func<object> f)
    {
        try { Console.WriteLine(label + ": " + Show(f())); }
        catch (Exception e) { Console.WriteLine(label + ": " + e.GetType().FullName + ": " + e.Message); }
    }
    static string Show(object o) => o switch
    {
        null => "null",
        string s => s,
        IEnumerable e => "[" + string.Join(",", e.Cast<object>().Select(Show)) + "]",
        _ => o.ToString(),
    };

    class Widget { public int N = 7; public Widget() { } public Widget(int n) { N = n; } public override string ToString() => "Widget" + N; }
    class NoDefault { public NoDefault(int x) { } }
    abstract class Abstract { }
    struct Pt { public int X; public override string ToString() => "Pt" + X; }
    class Gen<T> { public class Inner { } }

    static int Main(string[] args)
    {
        T("args", () => args.Length + " " + Environment.GetCommandLineArgs().Length);
        // pointer size differs between targets: check that the answers agree with it
        T("Environment", () => Environment.NewLine.Length + " " + (Environment.ProcessorCount > 0) + " " + (Environment.Is64BitProcess == (IntPtr.Size == 8)) + " " + (Environment.Is64BitOperatingSystem || !Environment.Is64BitProcess) + " " + (Environment.TickCount64 > 0) + " " + (Environment.TickCount != 0 || true) + " " + Environment.ExitCode + " " + Environment.HasShutdownStarted + " " + (Environment.ProcessId > 0) + " " + Environment.OSVersion.Platform + " " + Environment.UserInteractive + " " + (Environment.StackTrace.Length > 0) + " " + (Environment.CurrentManagedThreadId > 0));
        T("env vars", () => { Environment.SetEnvironmentVariable("ANYCLR_TEST_VAR", "v1"); var v = Environment.GetEnvironmentVariable("ANYCLR_TEST_VAR"); Environment.SetEnvironmentVariable("ANYCLR_TEST_VAR", null); return v + " " + (Environment.GetEnvironmentVariable("ANYCLR_TEST_VAR") ?? "null") + " " + (Environment.GetEnvironmentVariable("PATH") != null) + " " + (Environment.GetEnvironmentVariables()["PATH"] != null) + " " + (Environment.GetEnvironmentVariables() is IDictionary); });
        T("env var empty name", () => Environment.GetEnvironmentVariable(""));
        T("env var null", () => Environment.GetEnvironmentVariable(null));
        T("env set bad", () => { Environment.SetEnvironmentVariable("A=B", "x"); return 0; });
        T("ExpandEnvironmentVariables", () => { Environment.SetEnvironmentVariable("ANYCLR_X", "ex"); return Environment.ExpandEnvironmentVariables("a %ANYCLR_X% b %NOPE_NOT_SET% %"); });
        T("OSVersion", () => Environment.OSVersion.Platform + " " + (Environment.OSVersion.Version.Major >= 0) + " " + Environment.OSVersion.VersionString.StartsWith("Unix"));
        T("Version", () => new Version(1, 2, 3) + " " + new Version("1.2.3.4").Revision + " " + new Version(1, 2).Build + " " + new Version(1, 2, 3).CompareTo(new Version(1, 2)) + " " + (new Version(2, 0) > new Version(1, 9, 9)) + " " + new Version(1, 2, 3, 4).ToString(2) + " " + Version.TryParse("1.x", out var v) + " " + (v == null));

        T("Tuple ToString", () => Tuple.Create(1, "a", 2.5) + " " + Tuple.Create<string, object>(null, null) + " " + Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8) + " " + new Tuple<int, int, int, int, int, int, int, Tuple<int, int>>(1, 2, 3, 4, 5, 6, 7, Tuple.Create(8, 9)));
        T("ValueTuple ToString", () => (1, "a") + " " + ValueTuple.Create() + " " + ValueTuple.Create(5) + " " + (1, 2, 3, 4, 5, 6, 7, 8, 9, 10) + " " + ((string)null, (object)null));
        T("Tuple equality", () => Tuple.Create(1, "a").Equals(Tuple.Create(1, "a")) + " " + (Tuple.Create(1, "a") == Tuple.Create(1, "a")) + " " + ((1, "a") == (1, "a")) + " " + (1, 2).Equals((1, 2)) + " " + (1, 2).Equals((object)(1L, 2)) + " " + ((1, 2).GetHashCode() == (1, 2).GetHashCode()));
        T("Tuple compare", () => ((IComparable)Tuple.Create(1, "b")).CompareTo(Tuple.Create(1, "a")) + " " + (1, 2).CompareTo((1, 3)) + " " + ((IComparable)(2, 0)).CompareTo((1, 9)) + " " + string.Join(",", new[] { (2, "b"), (1, "z"), (2, "a") }.Order()));
        T("Tuple compare wrong", () => ((IComparable)Tuple.Create(1)).CompareTo(Tuple.Create("x")));
        T("ValueTuple compare wrong", () => ((IComparable)(1, 2)).CompareTo("x"));
        T("Tuple structural", () => ((IStructuralEquatable)Tuple.Create(1, "A")).Equals(Tuple.Create(1, "a"), StringComparer.OrdinalIgnoreCase as IEqualityComparer) + " " + ((IStructuralComparable)(1, "b")).CompareTo((1, "A"), StringComparer.OrdinalIgnoreCase));
        T("Tuple items", () => { var t = Tuple.Create(1, 2, 3, 4, 5, 6, 7, 8); var vt = (1, 2, 3, 4, 5, 6, 7, 8, 9); return t.Rest.Item1 + " " + vt.Item9 + " " + vt.Rest + " " + ((System.Runtime.CompilerServices.ITuple)vt).Length + " " + ((System.Runtime.CompilerServices.ITuple)vt)[8]; });
        T("Tuple deconstruct", () => { var (a, (b, c)) = (1, ("x", 2.5)); var (p, q) = Tuple.Create("p", 'q'); return a + b + c + p + q; });
        T("KeyValuePair/tuple conversion", () => { var kv = KeyValuePair.Create("k", 1); var (k, val) = kv; return k + val; });

        int made = 0;
        T("Lazy default mode", () => { var l = new Lazy<int>(() => ++made); return l.IsValueCreated + " " + l.Value + " " + l.Value + " " + l.IsValueCreated + " " + l; });
        T("Lazy not created ToString", () => new Lazy<int>(() => 1).ToString());
        T("Lazy exception cached", () => { int n = 0; var l = new Lazy<int>(() => { n++; throw new FormatException("f" + n); }); string r = ""; for (int i = 0; i < 2; i++) try { _ = l.Value; } catch (FormatException e) { r += e.Message; } return r + " " + l.IsValueCreated; });
        T("Lazy None mode", () => { int n = 0; var l = new Lazy<int>(() => { n++; if (n < 2) throw new FormatException("f" + n); return n; }, LazyThreadSafetyMode.None); string r = ""; for (int i = 0; i < 2; i++) try { r += l.Value; } catch (FormatException e) { r += e.Message; } return r; });
        T("Lazy PublicationOnly", () => { int n = 0; var l = new Lazy<int>(() => { n++; if (n < 2) throw new FormatException("f" + n); return n; }, LazyThreadSafetyMode.PublicationOnly); string r = ""; for (int i = 0; i < 2; i++) try { r += l.Value; } catch (FormatException e) { r += e.Message; } return r; });
        T("Lazy bool ctor", () => new Lazy<Widget>(false).Value + " " + new Lazy<Widget>(true).Value);
        T("Lazy no default ctor", () => new Lazy<NoDefault>().Value);
        T("Lazy abstract", () => new Lazy<Abstract>().Value);
        T("Lazy null factory", () => new Lazy<int>((Func<int>)null));
        T("Lazy bad mode", () => new Lazy<int>(() => 1, (LazyThreadSafetyMode)7));
        T("Lazy recursion", () => { Lazy<int> l = null; l = new Lazy<int>(() => l.Value); return l.Value; });
        T("Lazy recursion PublicationOnly", () => { Lazy<int> l = null; int depth = 0; l = new Lazy<int>(() => ++depth < 3 ? l.Value : depth, LazyThreadSafetyMode.PublicationOnly); return l.Value; });
        T("Lazy null value ToString", () => { var l = new Lazy<string>(() => null); _ = l.Value; return "[" + l.ToString() + "]"; });
        T("LazyInitializer", () => { Widget w = null; var r = LazyInitializer.EnsureInitialized(ref w); var r2 = LazyInitializer.EnsureInitialized(ref w, () => new Widget(3)); return r + " " + r2 + " " + ReferenceEquals(r, r2); });

        int? ni = 5, nn = null;
        T("Nullable", () => ni + " [" + nn + "] " + ni.HasValue + " " + nn.GetValueOrDefault() + " " + nn.GetValueOrDefault(9) + " " + (ni == 5) + " " + (nn == null) + " " + (ni > nn) + " " + (ni < nn) + " " + (nn == nn) + " " + (ni + nn == null));
        T("Nullable Value null", () => nn.Value);
        T("Nullable boxing", () => { object a = ni, b = nn; return (a is int) + " " + (b == null) + " " + a.GetType().Name + " " + ((int?)a) + " " + ((int?)b == null) + " " + (a is int x ? x : -1); });
        T("Nullable unbox wrong", () => { object o = 5L; return (int?)o; });
        T("Nullable equals/hash", () => ni.Equals(5) + " " + nn.Equals(null) + " " + nn.GetHashCode() + " " + ni.GetHashCode() + " " + ni.Equals((object)5) + " " + Nullable.Equals(ni, nn) + " " + Nullable.Compare(ni, nn) + " " + Nullable.Compare(nn, nn));
        T("Nullable underlying", () => Nullable.GetUnderlyingType(typeof(int?)) + " " + (Nullable.GetUnderlyingType(typeof(int)) == null) + " " + typeof(int?).Name + " " + typeof(int?).FullName + " " + typeof(int?).IsValueType);
        T("Nullable in collections", () => Show(new List<int?> { 3, null, 1 }.OrderBy(x => x).Select(x => x?.ToString() ?? "null")) + " " + new int?[] { 1, null }.Contains(null) + " " + new List<int?> { null }.IndexOf(null));

        T("Activator", () => Activator.CreateInstance<Widget>() + " " + Activator.CreateInstance(typeof(Widget)) + " " + Activator.CreateInstance<Pt>() + " " + Activator.CreateInstance(typeof(int)) + " " + Activator.CreateInstance(typeof(Widget), 42) + " " + Activator.CreateInstance(typeof(List<string>)).GetType().Name);
        T("Activator no ctor", () => Activator.CreateInstance(typeof(NoDefault)));
        T("Activator abstract", () => Activator.CreateInstance(typeof(Abstract)));
        T("Activator generic no ctor", () => Activator.CreateInstance<NoDefault>());
        T("Activator interface", () => Activator.CreateInstance(typeof(IDisposable)));
        T("Activator null", () => Activator.CreateInstance((Type)null));
        T("Activator open generic", () => Activator.CreateInstance(typeof(List<>)));
        T("Activator string", () => Activator.CreateInstance(typeof(string)));
        T("Activator nullable", () => Activator.CreateInstance(typeof(int?)) == null);

        T("Type names", () => typeof(int).Name + " " + typeof(int[]).Name + " " + typeof(int[,]).FullName + " " + typeof(List<int>).Name + " " + typeof(List<int>).FullName.Split(',')[0] + " " + typeof(Dictionary<,>).Name + " " + typeof(Gen<int>.Inner).Name + " " + typeof(Gen<>.Inner).FullName + " " + typeof(Widget).FullName + " " + typeof(Widget).Namespace + " " + typeof(string).Namespace);
        T("Type ToString", () => typeof(List<string>) + " | " + typeof(int*) + " | " + typeof(Dictionary<int, List<string>>) + " | " + typeof(int[][]) + " | " + typeof(Func<,>));
        T("Type flags", () => typeof(int).IsValueType + " " + typeof(string).IsClass + " " + typeof(IDisposable).IsInterface + " " + typeof(DayOfWeek).IsEnum + " " + typeof(int[]).IsArray + " " + typeof(Abstract).IsAbstract + " " + typeof(string).IsSealed + " " + typeof(List<>).IsGenericTypeDefinition + " " + typeof(List<int>).IsGenericType + " " + typeof(int).IsPrimitive + " " + typeof(decimal).IsPrimitive + " " + typeof(Widget).IsNested + " " + typeof(Widget).IsPublic + " " + typeof(Widget).IsNestedPrivate);
        T("Type relations", () => typeof(int).BaseType + " " + typeof(DayOfWeek).BaseType + " " + (typeof(object).BaseType == null) + " " + typeof(IList).IsAssignableFrom(typeof(int[])) + " " + typeof(List<int>).GetGenericTypeDefinition() + " " + typeof(Dictionary<int, string>).GetGenericArguments()[1] + " " + typeof(int[]).GetElementType() + " " + typeof(int[,]).GetArrayRank() + " " + typeof(Widget).IsSubclassOf(typeof(object)) + " " + typeof(object).IsInstanceOfType(3));
        T("GetType", () => 3.GetType() + " " + "s".GetType() + " " + new List<int>().GetType() + " " + (1, 2).GetType() + " " + new int[0].GetType() + " " + ((object)DayOfWeek.Monday).GetType() + " " + (typeof(int) == 5.GetType()) + " " + (typeof(int?) == ((int?)5).GetType()));
        T("Type.GetType", () => Type.GetType("System.Int32") + " " + (Type.GetType("No.Such.Type") == null) + " " + Type.GetType("System.Collections.Generic.List`1"));
        T("TypeCode", () => Type.GetTypeCode(typeof(int)) + " " + Type.GetTypeCode(typeof(string)) + " " + Type.GetTypeCode(typeof(DayOfWeek)) + " " + Type.GetTypeCode(typeof(Widget)) + " " + Type.GetTypeCode(null) + " " + Type.GetTypeCode(typeof(DBNull)));

        int[] arr = { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 };
        T("Index/Range array", () => arr[^1] + " " + Show(arr[2..5]) + " " + Show(arr[^3..]) + " " + Show(arr[..2]) + " " + Show(arr[..]) + " " + Show(arr[3..3]) + " " + arr[new Index(2, fromEnd: true)]);
        T("Range bad", () => arr[5..2]);
        T("Index bad", () => arr[^11]);
        T("Index/Range string", () => "hello"[^1] + " " + "hello"[1..^1] + " " + "hello"[..0].Length + " " + "hello"[^5..]);
        T("Range string bad", () => "abc"[2..5]);
        T("Index/Range list", () => { var l = new List<int>(arr); return l[^2] + " " + Show(l[1..3]); });
        T("Index/Range span", () => { Span<int> s = arr; return s[^1] + " " + s[1..^8].Length; });
        T("Index struct", () => { Index i = ^3; Index j = 4; return i + " " + j + " " + i.IsFromEnd + " " + i.Value + " " + i.GetOffset(10) + " " + Index.Start + " " + Index.End + " " + i.Equals(Index.FromEnd(3)) + " " + (i.GetHashCode() == Index.FromEnd(3).GetHashCode()); });
        T("Index negative", () => new Index(-1));
        T("Range struct", () => { Range r = 1..^2; var (off, len) = r.GetOffsetAndLength(10); return r + " " + off + " " + len + " " + Range.All + " " + Range.StartAt(3) + " " + Range.EndAt(^1) + " " + r.Equals(new Range(1, ^2)); });
        T("Range GetOffsetAndLength bad", () => (3..1).GetOffsetAndLength(5));
        T("collection expressions", () => { int[] a = [1, 2, 3]; List<int> l = [.. a, 4]; Span<int> s = [5, 6]; IEnumerable<int> e = [7, 8]; IReadOnlyList<int> ro = [9]; ICollection<int> c = []; HashSet<int> h = [1, 1, 2]; return Show(a) + Show(l) + s.Length + Show(e) + e.GetType().IsArray + Show(ro) + c.Count + c.IsReadOnly + Show(h); });
        T("collection expression spread", () => { int[] a = [1, 2]; int[] b = [3]; int[] c = [.. a, .. b, .. a.Select(x => x * 10)]; ReadOnlySpan<char> chars = ['a', 'b']; return Show(c) + chars.ToString(); });
        T("Environment.Exit later", () => "ok");
        Environment.ExitCode = 3;
        Console.Out.Flush();
        return 7;
    }
}
