// Guid: construction from bytes and fields, ToString in every format, Parse/TryParse and
// ParseExact of every accepted form with the exact error messages, byte order of
// ToByteArray (little-endian fields on every CPU), comparison, equality and NewGuid's version.
using System;
using System.Collections;
using System.Linq;

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
        var bytes = Enumerable.Range(1, 16).Select(i => (byte)(i * 17)).ToArray();
        var g = new Guid(bytes);
        T("from bytes", () => g);
        T("formats", () => string.Join(" ", new[] { "N", "D", "B", "P", "X", "n", "d", "b", "p", "x", "" }.Select(f => g.ToString(f))));
        T("format null", () => g.ToString(null) + " " + g.ToString("D", null));
        T("format bad", () => g.ToString("Z"));
        T("format long", () => g.ToString("DD"));
        T("ToByteArray", () => BitConverter.ToString(g.ToByteArray()));
        T("ToByteArray big endian", () => BitConverter.ToString(g.ToByteArray(true)));
        T("from span big endian", () => new Guid(bytes, bigEndian: true));
        T("fields ctor", () => new Guid(0x01020304, 0x0506, 0x0708, 9, 10, 11, 12, 13, 14, 15, 16));
        T("fields ctor bytes", () => new Guid(unchecked((int)0xDEADBEEF), -1, 1, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 }));
        T("uint ctor", () => new Guid(0xFFFFFFFF, 0xFFFF, 0, 1, 2, 3, 4, 5, 6, 7, 8));
        T("bytes wrong length", () => new Guid(new byte[15]));
        T("bytes null", () => new Guid((byte[])null));
        T("TryWriteBytes", () => { var d = new byte[16]; bool ok = g.TryWriteBytes(d); return ok + " " + d[0] + " " + g.TryWriteBytes(new byte[15]); });
        T("Empty", () => Guid.Empty + " " + (Guid.Empty == new Guid()) + " " + Guid.AllBitsSet);
        string[] inputs = {
            "00112233-4455-6677-8899-aabbccddeeff", "00112233445566778899AABBCCDDEEFF", "{00112233-4455-6677-8899-aabbccddeeff}",
            "(00112233-4455-6677-8899-aabbccddeeff)", "{0x00112233,0x4455,0x6677,{0x88,0x99,0xaa,0xbb,0xcc,0xdd,0xee,0xff}}",
            "  00112233-4455-6677-8899-aabbccddeeff  ", "{0x1,0x2,0x3,{0x4,0x5,0x6,0x7,0x8,0x9,0xa,0xb}}",
            "{ 0x00112233 , 0x4455, 0x6677, { 0x88,0x99,0xaa,0xbb,0xcc,0xdd,0xee,0xff } }",
            "00112233-4455-6677-8899-aabbccddeef", "00112233-4455-6677-8899-aabbccddeefg", "00112233-4455-6677-8899aabbccddeeff",
            "{00112233-4455-6677-8899-aabbccddeeff", "(00112233-4455-6677-8899-aabbccddeeff}", "", "   ", "x",
            "0011223344556677889AABBCCDDEEFF", "{0x00112233,0x4455,0x6677,{0x88,0x99,0xaa,0xbb,0xcc,0xdd,0xee}}",
            "{0x00112233,0x4455,0x6677,0x88,0x99,0xaa,0xbb,0xcc,0xdd,0xee,0xff}", "{0x,0x4455,0x6677,{0x88,0x99,0xaa,0xbb,0xcc,0xdd,0xee,0xff}}",
            "{0x123456789,0x4455,0x6677,{0x88,0x99,0xaa,0xbb,0xcc,0xdd,0xee,0xff}}", "{0x00112233,0x4455,0x6677,{0x88,0x99,0xaa,0xbb,0xcc,0xdd,0xee,0x1ff}}",
            "+0112233-4455-6677-8899-aabbccddeeff", "0x112233-4455-6677-8899-aabbccddeeff", "00112233-+455-6677-8899-aabbccddeeff",
            "00112233-4455-6677-8899-aabbccddeeff\0", "\t{00112233-4455-6677-8899-aabbccddeeff}\n",
        };
        foreach (var s in inputs)
        {
            T("Parse '" + s.Replace("\0", "\\0").Replace("\t", "\\t").Replace("\n", "\\n") + "'", () => Guid.Parse(s));
            T("  TryParse", () => Guid.TryParse(s, out var r) + " " + r);
        }
        T("Parse null", () => Guid.Parse((string)null));
        T("TryParse null", () => Guid.TryParse((string)null, out var r) + " " + r);
        T("Parse span", () => Guid.Parse("00112233445566778899aabbccddeeff".AsSpan()));
        foreach (var f in new[] { "N", "D", "B", "P", "X" })
        {
            T("ParseExact " + f, () => Guid.ParseExact(g.ToString(f), f));
            T("ParseExact " + f + " wrong", () => Guid.ParseExact(g.ToString(f == "N" ? "D" : "N"), f));
            T("TryParseExact " + f, () => Guid.TryParseExact(g.ToString(f).ToUpperInvariant(), f.ToLowerInvariant(), out var r) + " " + r);
        }
        T("ParseExact bad format", () => Guid.ParseExact(g.ToString(), "Q"));
        T("ParseExact spaces", () => Guid.ParseExact(" " + g.ToString(), "D"));
        T("IParsable", () => Parse<Guid>("00112233-4455-6677-8899-aabbccddeeff"));

        var a = new Guid("00000001-0000-0000-0000-000000000000");
        var b = new Guid("00000000-0001-0000-0000-000000000000");
        var c = new Guid("00000000-0000-0000-0000-000000000001");
        var d = new Guid("ff000000-0000-0000-0000-000000000000");
        var e = new Guid("00000000-0000-0000-ff00-000000000000");
        T("CompareTo", () => a.CompareTo(b) + " " + b.CompareTo(c) + " " + c.CompareTo(a) + " " + d.CompareTo(a) + " " + e.CompareTo(c) + " " + a.CompareTo(a) + " " + a.CompareTo(null));
        T("CompareTo wrong", () => a.CompareTo("x"));
        T("sorted", () => new[] { d, c, e, b, a, Guid.Empty }.Order().Select(x => x.ToString("N").Substring(0, 8) + x.ToString("N").Substring(16, 4)));
        T("operators", () => (a < b) + " " + (a > b) + " " + (a <= a) + " " + (a >= b) + " " + (a == new Guid(a.ToString())) + " " + (a != b));
        T("Equals/hash", () => a.Equals(b) + " " + a.Equals((object)a) + " " + a.Equals("x") + " " + (a.GetHashCode() == new Guid(a.ToByteArray()).GetHashCode()) + " " + Guid.Empty.GetHashCode());
        var n1 = Guid.NewGuid();
        var n2 = Guid.NewGuid();
        // Variant's low two bits are random in a new Guid: only its top two (binary 10) are fixed
        T("NewGuid", () => (n1 != n2) + " " + n1.ToString().Length + " " + n1.ToString()[14] + " " + "89ab".Contains(n1.ToString()[19]) + " " + n1.Version + " " + (n1.Variant >> 2));
        T("Version/Variant", () => g.Version + " " + g.Variant + " " + Guid.Empty.Version + " " + Guid.AllBitsSet.Variant);
        T("CreateVersion7", () => { var v = Guid.CreateVersion7(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.Zero)); return v.Version + " " + v.ToString().Substring(0, 13) + " " + (v.Variant >> 2); });
        T("TryFormat", () => { Span<char> buf = stackalloc char[40]; bool ok = g.TryFormat(buf, out int w, "B"); bool small = g.TryFormat(buf.Slice(0, 10), out int w2); return ok + " " + w + " " + buf.Slice(0, w).ToString() + " " + small + " " + w2; });
        T("interpolation", () => $"{g:N} {g,40} {g:P}");
        return 0;
    }
    static T Parse<T>(string s) where T : IParsable<T> => T.Parse(s, null);
}
