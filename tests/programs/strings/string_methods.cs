// The String API over a table of inputs: Split (chars, strings, counts, options), Join,
// Replace (with StringComparison), Trim family, Pad, IndexOf/LastIndexOf/IndexOfAny with
// ranges and comparisons, Contains/StartsWith/EndsWith with StringComparison, Compare and
// CompareOrdinal with lengths, case mapping, Insert/Remove/Substring errors, Concat, and
// StringBuilder editing.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

class Program
{
    static string Q(string s) => s == null ? "null" : "\"" + s.Replace("\t", "\\t").Replace("\n", "\\n").Replace("\0", "\\0") + "\"";
    static string L(string[] a) => "[" + string.Join("|", a) + "](" + a.Length + ")";

    static string T(Func<object> f)
    {
        try { object o = f(); return o is string s ? Q(s) : o is string[] a ? L(a) : Convert.ToString(o, CultureInfo.InvariantCulture); }
        catch (Exception e) { return e.GetType().Name; }
    }

    static int Main()
    {
        string[] inputs = { "", " ", "a", "a,b,,c", ",a,b,", "  a  b  ", "a, b ,c", "Hello World", "hello WORLD hello", "ÀÉÎõü ß", "aaa", "abcabcabc", "x\ty\nz", "İstanbul ıi", "\0a\0", "a--b--c", "ǅungla" };
        StringComparison[] cmps = { StringComparison.Ordinal, StringComparison.OrdinalIgnoreCase, StringComparison.InvariantCulture, StringComparison.InvariantCultureIgnoreCase, StringComparison.CurrentCulture, StringComparison.CurrentCultureIgnoreCase };
        foreach (string s in inputs)
        {
            Console.WriteLine(Q(s) + " split " + L(s.Split(',')) + " " + L(s.Split(',', StringSplitOptions.RemoveEmptyEntries)) + " " + L(s.Split(',', 2)) + " " + L(s.Split(new[] { ',', ' ' }, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                + " " + L(s.Split((char[])null)) + " " + L(s.Split(", ")) + " " + L(s.Split("--", StringSplitOptions.None)) + " " + L(s.Split(new[] { "b", "ab" }, StringSplitOptions.None)) + " " + L(s.Split(',', StringSplitOptions.TrimEntries)) + " " + L(s.Split("")) + " " + L(s.Split(' ', 0)) + " " + L(s.Split(new char[0], 3)));
            Console.WriteLine("  trim " + Q(s.Trim()) + Q(s.TrimStart()) + Q(s.TrimEnd()) + Q(s.Trim('a', ',')) + Q(s.TrimStart('a')) + Q(s.TrimEnd(',', 'c')) + Q(s.Trim(new char[0])) + " pad " + Q(s.PadLeft(6)) + Q(s.PadRight(6, '.')) + Q(s.PadLeft(0)) + " case " + Q(s.ToUpperInvariant()) + Q(s.ToLowerInvariant()) + Q(s.ToUpper()) + Q(s.ToLower(CultureInfo.InvariantCulture)));
            var sb = new StringBuilder("  cmp");
            foreach (var c in cmps)
            {
                sb.Append(' ').Append((int)c).Append(':').Append(s.IndexOf("l", c)).Append(',').Append(s.LastIndexOf("L", c)).Append(',').Append(s.Contains("WORLD", c)).Append(',').Append(s.StartsWith("HE", c)).Append(',').Append(s.EndsWith("O", c))
                  .Append(',').Append(Math.Sign(string.Compare(s, "Hello", c))).Append(',').Append(s.Equals("HELLO WORLD", c)).Append(',').Append(Q(s.Replace("hello", "bye", c))).Append(',').Append(s.IndexOf("", c)).Append(',').Append(s.LastIndexOf("", c));
            }
            Console.WriteLine(sb.ToString());
            Console.WriteLine("  find " + s.IndexOf('a') + " " + T(() => s.IndexOf('b', 1)) + " " + T(() => s.IndexOf('c', 1, 3)) + " " + s.LastIndexOf('a') + " " + T(() => s.LastIndexOf('b', Math.Max(0, s.Length - 2))) + " " + s.IndexOfAny(new[] { 'b', 'l', ',' }) + " " + s.LastIndexOfAny(new[] { 'a', 'o' }) + " " + T(() => s.IndexOfAny(new[] { 'c' }, 2)) + " " + s.IndexOf("b,") + " " + T(() => s.IndexOf("a", 1, s.Length - 1)) + " " + s.Contains('b') + " " + s.Contains(",c") + " " + s.Replace("a", "") + " " + s.Replace('a', 'A') + " " + T(() => s.Replace("", "x")) + " " + s.Replace("b", null));
        }
        // Compare/CompareOrdinal with ranges and nulls, culture-invariant casing
        Console.WriteLine(Math.Sign(string.Compare("abc", "ABC")) + " " + Math.Sign(string.Compare("abc", "ABC", true)) + " " + Math.Sign(string.Compare("a", "B")) + " " + Math.Sign(string.Compare("a", "B", StringComparison.Ordinal)) + " " + Math.Sign(string.Compare(null, "a")) + " " + Math.Sign(string.Compare(null, null)) + " " + Math.Sign(string.CompareOrdinal("abc", "abd")) + " " + string.CompareOrdinal("abc", "abD") + " " + string.CompareOrdinal("a", "abc")
            + " " + Math.Sign(string.Compare("hello world", 6, "WORLD", 0, 5, StringComparison.OrdinalIgnoreCase)) + " " + Math.Sign(string.CompareOrdinal("xabc", 1, "abcd", 0, 3)) + " " + T(() => string.Compare("a", 2, "b", 0, 1)) + " " + Math.Sign(string.Compare("é", "e\u0301", StringComparison.InvariantCulture)) + " " + Math.Sign("a".CompareTo("b")) + " " + Math.Sign("b".CompareTo(null)) + " " + Math.Sign(string.Compare("Z", "a", StringComparison.OrdinalIgnoreCase)));
        // Join / Concat / Insert / Remove / Substring
        Console.WriteLine(string.Join(", ", new List<int> { 1, 2, 3 }) + " " + string.Join("-", "a", null, "c") + " " + string.Join('+', new object[] { 1, null, 2.5 }) + " " + string.Join(",", new string[0]) + " " + string.Join(null, "x", "y") + " " + string.Join("|", new[] { "a", "b", "c" }, 1, 2) + " " + string.Concat("a", null, "c") + " " + string.Concat(new object[] { 1, 'x', null, true }) + " " + string.Concat(new List<string> { "p", "q" }) + " " + string.Concat<int>(new[] { 4, 5 }));
        Console.WriteLine(T(() => "abc".Insert(3, "X")) + " " + T(() => "abc".Insert(4, "X")) + " " + T(() => "abc".Remove(1)) + " " + T(() => "abc".Remove(1, 5)) + " " + T(() => "abc".Substring(3)) + " " + T(() => "abc".Substring(2, 2)) + " " + T(() => "abc".Substring(-1)) + " " + T(() => "abc"[3]) + " " + T(() => "abc".PadLeft(-1)) + " " + T(() => "abc".Split(',', -1)) + " " + T(() => "a".Replace(null, "b")) + " " + T(() => string.Join(",", (string[])null)));
        Console.WriteLine(T(() => "Hello".Remove(0, 0)) + " " + T(() => new string('x', 0)) + " " + T(() => new string('x', -1)) + " " + T(() => "abc".ToCharArray(1, 2).Length) + " " + T(() => { "ab".CopyTo(0, new char[1], 0, 2); return 0; }) + " " + "abc".GetHashCode().Equals("abc".GetHashCode()) + " " + string.IsNullOrWhiteSpace("\u2003\t") + " " + "a\u0301".Normalize().Length + " " + T(() => "x".Equals(null, StringComparison.Ordinal)) + " " + T(() => "x".StartsWith(null)) + " " + T(() => "ab".EndsWith('b')));
        // StringBuilder editing
        var b = new StringBuilder("hello", 4);
        b.Append(' ').Append("world").Append(42).Append(1.5).Append(true).Append('x', 3).Append(new[] { 'a', 'b' }).Append("xyz", 1, 2).AppendLine("!").Append((object)null).Append((string)null);
        b.Insert(0, "[").Insert(b.Length, ']').Insert(1, 3.25).Replace("l", "L").Replace('o', '0', 0, 8).Remove(2, 3);
        Console.WriteLine(Q(b.ToString()) + " " + b.Length + " " + b.ToString(2, 4) + " " + b[3] + " " + b.Equals(new StringBuilder(b.ToString())) + " " + T(() => b.Remove(100, 1)) + " " + T(() => b.Insert(-1, "x")) + " " + T(() => b.ToString(5, 100)) + " " + T(() => b[999]));
        b.Clear().Append("abc").Length = 5;
        Console.WriteLine(Q(b.ToString()) + " " + b.Length);
        b.Length = 1;
        b.AppendJoin(", ", 1, 2, 3).AppendJoin('/', new[] { "x", "y" }).AppendFormat("{0:D3}", 7);
        var chars = new char[3];
        b.CopyTo(1, chars, 0, 3);
        Console.WriteLine(Q(b.ToString()) + " " + new string(chars) + " " + b.Capacity.GetType().Name + " " + b.MaxCapacity + " " + T(() => new StringBuilder(10, 5)) + " " + T(() => { var x = new StringBuilder(2, 4); x.Append("abcde"); return x.ToString(); }) + " " + T(() => new StringBuilder().Append("a").Append("b").Replace("", "x", 0, 0)) + " " + new StringBuilder("aXbXc").Replace("X", "--", 2, 3).Replace("a", null));
        return 0;
    }
}
