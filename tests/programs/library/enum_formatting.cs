// Enum: ToString of defined, undefined, flags and combined values for every underlying
// type, the format strings G/D/X/F, Parse/TryParse with names, numbers, comma lists,
// ignoreCase and whitespace, GetValues/GetNames order, IsDefined, HasFlag, CompareTo,
// Equals/GetHashCode and conversions.
using System;
using System.Collections;
using System.Linq;

enum Color { Red, Green = 5, Blue = 10, Crimson = 0 }
[Flags] enum Perm { None = 0, Read = 1, Write = 2, Exec = 4, ReadWrite = 3, All = 7 }
[Flags] enum Big : ulong { A = 1, B = 0x8000000000000000, C = 2 }
enum Small : sbyte { Neg = -2, Minus = -1, Zero, One }
enum Bytes : byte { X = 200, Y = 1 }
enum Shorts : short { Lo = short.MinValue, Hi = short.MaxValue }
enum Longs : long { Min = long.MinValue, Max = long.MaxValue, Mid = 0 }
enum UInts : uint { Top = 0xFFFFFFFF, One = 1 }
[Flags] enum NoZero { A = 1, B = 2, C = 8 }
enum Empty { }
enum Dup { First = 1, Second = 1, Third = 2 }
[Flags] enum Overlap { A = 1, B = 3, C = 6 }

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

    static int Main()
    {
        T("ToString", () => Color.Red + " " + Color.Crimson + " " + (Color)5 + " " + (Color)7 + " " + (Color)(-1) + " " + Perm.Read + " " + (Perm)5 + " " + (Perm)3 + " " + (Perm)8 + " " + (Perm)15 + " " + (Perm)0 + " " + (NoZero)0 + " " + (NoZero)11 + " " + (NoZero)4);
        T("Dup", () => Dup.First + " " + Dup.Second + " " + (Dup)1 + " " + (Dup)3);
        T("Overlap", () => (Overlap)7 + " " + (Overlap)6 + " " + (Overlap)3 + " " + (Overlap)5 + " " + (Overlap)9);
        T("underlying types", () => Small.Neg + " " + (Small)(-3) + " " + Bytes.X + " " + (Bytes)3 + " " + Shorts.Lo + " " + Longs.Min + " " + UInts.Top + " " + (Big)3 + " " + (Big)0x8000000000000001 + " " + (Big)0 + " " + (Empty)3);
        T("format G/D/X/F", () => string.Join(" ", new[] { "G", "g", "D", "d", "X", "x", "F", "f" }.Select(f => ((Perm)6).ToString(f) + "/" + ((Color)7).ToString(f) + "/" + Small.Neg.ToString(f) + "/" + Bytes.X.ToString(f) + "/" + Longs.Min.ToString(f) + "/" + ((Big)3).ToString(f))));
        T("format bad", () => Color.Red.ToString("Q"));
        T("format null/empty", () => Color.Blue.ToString((string)null) + " " + Color.Blue.ToString(""));
        T("Enum.Format", () => Enum.Format(typeof(Perm), 5, "G") + " " + Enum.Format(typeof(Perm), Perm.Exec, "x") + " " + Enum.Format(typeof(Color), (byte)5, "D"));
        T("interpolation", () => $"{Color.Green} {Perm.All:D} {Color.Blue,8}|{Color.Red,-6}|{Bytes.X:X}");
        T("string.Format", () => string.Format("{0} {0:d} {1:x}", Perm.Write, Small.Minus));

        T("Parse names", () => Enum.Parse<Color>("Green") + " " + Enum.Parse<Color>("blue", true) + " " + Enum.Parse<Perm>("Read, Write") + " " + Enum.Parse<Perm>(" Read ,Exec ") + " " + Enum.Parse(typeof(Perm), "All"));
        T("Parse numbers", () => Enum.Parse<Color>("5") + " " + Enum.Parse<Color>("7") + " " + Enum.Parse<Color>("-3") + " " + Enum.Parse<Perm>("1, 4") + " " + Enum.Parse<Color>(" +10 ") + " " + Enum.Parse<Bytes>("200") + " " + Enum.Parse<UInts>("4294967295"));
        T("Parse case", () => Enum.Parse<Color>("green"));
        T("Parse unknown", () => Enum.Parse<Color>("Purple"));
        T("Parse empty", () => Enum.Parse<Color>(""));
        T("Parse spaces", () => Enum.Parse<Color>("   "));
        T("Parse null", () => Enum.Parse<Color>(null));
        T("Parse overflow", () => Enum.Parse<Bytes>("300"));
        T("Parse overflow neg", () => Enum.Parse<Bytes>("-1"));
        T("Parse list unknown", () => Enum.Parse<Perm>("Read, Nope"));
        T("Parse list empty part", () => Enum.Parse<Perm>("Read,,Write"));
        T("Parse hex", () => Enum.Parse<Color>("0x5"));
        T("TryParse", () => Enum.TryParse<Color>("Blue", out var c1) + " " + c1 + " " + Enum.TryParse<Color>("blue", out var c2) + " " + c2 + " " + Enum.TryParse<Color>("blue", true, out var c3) + " " + c3 + " " + Enum.TryParse<Color>("9", out var c4) + " " + c4 + " " + Enum.TryParse<Color>("x", out var c5) + " " + c5 + " " + Enum.TryParse(typeof(Perm), "Read,Exec", out object o) + " " + o);
        T("TryParse null", () => Enum.TryParse<Color>(null, out var c) + " " + c);
        T("Parse wrong type", () => Enum.Parse(typeof(int), "1"));
        T("Parse span", () => Enum.Parse<Perm>("Write".AsSpan()) + " " + Enum.TryParse<Perm>("Exec, Read".AsSpan(), out var p) + p);

        T("GetValues", () => Enum.GetValues<Color>());
        T("GetNames", () => Enum.GetNames<Color>());
        T("GetValues signed", () => Enum.GetValues<Small>());
        T("GetValues longs", () => Enum.GetValues(typeof(Longs)));
        T("GetNames dup", () => Enum.GetNames(typeof(Dup)));
        T("GetValues uints", () => Enum.GetValues<UInts>());
        T("GetValuesAsUnderlyingType", () => Enum.GetValuesAsUnderlyingType<Small>());
        T("GetValues type", () => Enum.GetValues(typeof(Perm)).GetType().Name + " " + Enum.GetValuesAsUnderlyingType(typeof(Bytes)).GetType().Name);
        T("GetName", () => Enum.GetName(Color.Green) + " " + (Enum.GetName((Color)3) ?? "null") + " " + Enum.GetName(typeof(Perm), 3) + " " + Enum.GetName(typeof(Dup), 1) + " " + Enum.GetName(Color.Crimson));
        T("GetUnderlyingType", () => Enum.GetUnderlyingType(typeof(Small)) + " " + Enum.GetUnderlyingType(typeof(Big)) + " " + typeof(Bytes).GetEnumUnderlyingType());
        T("IsDefined", () => Enum.IsDefined(Color.Green) + " " + Enum.IsDefined((Color)3) + " " + Enum.IsDefined(typeof(Color), "Blue") + " " + Enum.IsDefined(typeof(Color), "blue") + " " + Enum.IsDefined(typeof(Color), 10) + " " + Enum.IsDefined((Perm)3) + " " + Enum.IsDefined((Perm)5));
        T("IsDefined wrong type", () => Enum.IsDefined(typeof(Color), (long)5));
        T("HasFlag", () => Perm.All.HasFlag(Perm.Write) + " " + Perm.Read.HasFlag(Perm.ReadWrite) + " " + Perm.Read.HasFlag(Perm.None));
        T("HasFlag wrong type", () => Perm.All.HasFlag(Color.Red));
        T("CompareTo", () => Color.Blue.CompareTo(Color.Green) + " " + Small.Neg.CompareTo(Small.One) + " " + UInts.Top.CompareTo(UInts.One) + " " + Color.Red.CompareTo(null));
        T("CompareTo wrong", () => Color.Blue.CompareTo(Perm.Read));
        T("Equals", () => Color.Red.Equals(Color.Crimson) + " " + Color.Red.Equals(0) + " " + Color.Red.Equals((object)Color.Red) + " " + Perm.Read.Equals(Color.Green) + " " + Color.Green.GetHashCode() + " " + Longs.Max.GetHashCode() + " " + Small.Neg.GetHashCode());
        T("ToObject", () => Enum.ToObject(typeof(Color), 10) + " " + Enum.ToObject(typeof(Perm), (byte)6) + " " + Enum.ToObject(typeof(Small), -1L) + " " + Enum.ToObject(typeof(Bytes), 456));
        T("GetTypeCode", () => Color.Red.GetTypeCode() + " " + Small.Neg.GetTypeCode() + " " + Big.A.GetTypeCode());
        T("IConvertible", () => Convert.ToInt32(Color.Blue) + " " + Convert.ToString(Perm.All) + " " + ((IConvertible)Bytes.X).ToByte(null) + " " + Convert.ToDouble(Small.Neg));
        T("boxing", () => { object o = Perm.Exec; Enum e = Color.Blue; ValueType v = Small.One; return o + " " + e + " " + v + " " + (o is Enum) + " " + (o is IFormattable) + " " + e.GetType().Name + " " + ((Enum)o).HasFlag(Perm.None); });
        T("casts", () => (int)Color.Blue + " " + (long)Longs.Min + " " + (byte)Bytes.X + " " + (sbyte)Small.Neg + " " + (ulong)Big.B + " " + (Color)(object)10);
        T("switch", () => { string r = ""; foreach (Color c in Enum.GetValues(typeof(Color))) r += c switch { Color.Red => "r", Color.Green => "g", _ => "?" }; return r; });
        T("TryFormat", () => { Span<char> buf = stackalloc char[20]; bool ok = ((ISpanFormattable)Perm.All).TryFormat(buf, out int w, "G", null); return ok + " " + buf.Slice(0, w).ToString(); });
        return 0;
    }
}
