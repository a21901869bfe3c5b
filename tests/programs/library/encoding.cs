// Encodings: UTF-8, ASCII, UTF-16 (both orders), UTF-32, Latin-1 — bytes, counts, preambles,
// names; invalid input replaced with U+FFFD (or '?') exactly as .NET does, lone and split
// surrogates, overlong and truncated UTF-8, throwing encoders, and stateful decoders fed a
// byte at a time.
using System;
using System.Text;

class Program
{
    static string Hex(byte[] b) => BitConverter.ToString(b);

    static string Show(string s)
    {
        var sb = new StringBuilder();
        foreach (char c in s)
        {
            if (c >= 32 && c < 127) sb.Append(c);
            else sb.Append("\\u").Append(((int)c).ToString("X4"));
        }
        return sb.ToString();
    }

    static string T(Func<string> f)
    {
        try { return f(); }
        catch (Exception e) { return e.GetType().Name; }
    }

    static int Main()
    {
        Encoding[] encs = { Encoding.UTF8, Encoding.ASCII, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, Encoding.Latin1, new UTF8Encoding(false), new UnicodeEncoding(true, true), new UTF32Encoding(true, false) };
        string[] texts = { "", "hello", "héllo wörld", "\u00FF\u0100\u07FF\u0800\uFFFF", "€ 𝄞 😀", "\uD800", "a\uDC00b", "\uDBFF\uDFFF", "\uD83D", "x\uD83Dy\uDE00", "\0\u007F\u0080", "日本語テキスト" };
        foreach (Encoding e in encs)
        {
            Console.WriteLine(e.WebName + " " + e.CodePage + " " + e.EncodingName + " preamble " + Hex(e.GetPreamble()) + " single " + e.IsSingleByte + " max " + e.GetMaxByteCount(10) + "/" + e.GetMaxCharCount(10));
            foreach (string s in texts)
            {
                byte[] b = e.GetBytes(s);
                string back = e.GetString(b);
                Console.WriteLine("  [" + Show(s) + "] " + e.GetByteCount(s) + " " + Hex(b) + " -> " + e.GetCharCount(b) + " [" + Show(back) + "]");
            }
        }
        // decoding invalid bytes
        byte[][] bad = {
            new byte[] { 0x80 }, new byte[] { 0xC0, 0x80 }, new byte[] { 0xC2 }, new byte[] { 0xC2, 0x41 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0xE2, 0x82, 0x41 },
            new byte[] { 0xE0, 0x80, 0x80 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xED, 0xBF, 0xBF }, new byte[] { 0xF0, 0x8F, 0xBF, 0xBF }, new byte[] { 0xF4, 0x90, 0x80, 0x80 },
            new byte[] { 0xF5, 0x80 }, new byte[] { 0xFF, 0xFE, 0x41 }, new byte[] { 0xF0, 0x9F, 0x98 }, new byte[] { 0xF0, 0x9F, 0x98, 0x80, 0x80 }, new byte[] { 0x41, 0xF0, 0x9F, 0x41 },
            new byte[] { 0xEF, 0xBB, 0xBF, 0x41 }, new byte[] { 0xFE, 0xFF, 0x00, 0x41 }, new byte[] { 0x41, 0x00, 0x00 }, new byte[] { 0x00, 0xD8, 0x41, 0x00 }, new byte[] { 0x00, 0xDC }, new byte[] { 0x3D, 0xD8, 0x00, 0xDE },
            new byte[] { 0x00, 0x00, 0x11, 0x00 }, new byte[] { 0x00, 0xD8, 0x00, 0x00 }, new byte[] { 0x41, 0x00, 0x00, 0x00, 0x42 }, new byte[] { 0xC1, 0xBF, 0xE0, 0x9F, 0x80 }, new byte[] { 0xE1, 0x80, 0xE1, 0x80, 0x80 },
        };
        foreach (byte[] b in bad)
        {
            var sb = new StringBuilder(Hex(b) + ":");
            foreach (Encoding e in new[] { Encoding.UTF8, Encoding.ASCII, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, Encoding.Latin1 })
                sb.Append(' ').Append(e.GetCharCount(b)).Append('[').Append(Show(e.GetString(b))).Append(']');
            Console.WriteLine(sb.ToString());
        }
        // stateful decoding, one byte at a time, and with flush
        foreach (Encoding e in new[] { Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32 })
        {
            byte[] all = e.GetBytes("a€😀b\u00E9");
            Decoder d = e.GetDecoder();
            var sb = new StringBuilder();
            char[] buf = new char[8];
            foreach (byte x in all)
            {
                int n = d.GetChars(new[] { x }, 0, 1, buf, 0);
                sb.Append(n);
                sb.Append(new string(buf, 0, n));
            }
            byte[] cut = new byte[all.Length - 1];
            Array.Copy(all, cut, cut.Length);
            Decoder d2 = e.GetDecoder();
            int m = d2.GetChars(cut, 0, cut.Length, new char[20], 0, false);
            int m2 = d2.GetChars(new byte[0], 0, 0, buf, 0, true);
            Console.WriteLine(e.WebName + " decoder " + Show(sb.ToString()) + " | " + m + " then flush " + m2 + " " + Show(new string(buf, 0, m2)));
            Encoder en = e.GetEncoder();
            byte[] ob = new byte[16];
            int k1 = en.GetBytes(new[] { 'x', '\uD83D' }, 0, 2, ob, 0, false);
            int k2 = en.GetBytes(new[] { '\uDE00' }, 0, 1, ob, k1, true);
            Console.WriteLine(e.WebName + " encoder " + k1 + "+" + k2 + " " + BitConverter.ToString(ob, 0, k1 + k2));
        }
        // throwing on invalid input
        var strict8 = new UTF8Encoding(false, true);
        var strict16 = new UnicodeEncoding(false, false, true);
        Console.WriteLine(T(() => Hex(strict8.GetBytes("a\uD800"))) + " " + T(() => strict8.GetString(new byte[] { 0xC3 })) + " " + T(() => strict8.GetString(new byte[] { 0xC3, 0xA9 })) + " " + T(() => Hex(strict16.GetBytes("\uDC00"))) + " " + T(() => strict16.GetString(new byte[] { 0x00, 0xD8 })));
        Console.WriteLine(T(() => Hex(Encoding.ASCII.GetBytes("añb€"))) + " " + T(() => Hex(Encoding.Latin1.GetBytes("añb€\uD83D\uDE00"))) + " " + T(() => Show(Encoding.ASCII.GetString(new byte[] { 0x41, 0x80, 0xFF }))));
        // ranges, spans, char arrays
        byte[] buf2 = new byte[20];
        int w = Encoding.UTF8.GetBytes("héllo", 1, 3, buf2, 2);
        Console.WriteLine(w + " " + Hex(buf2) + " " + Encoding.UTF8.GetString(buf2, 2, w) + " " + Encoding.UTF8.GetByteCount(new[] { 'a', 'é' }) + " " + Encoding.UTF8.GetByteCount("日本", 0, 1) + " " + new string(Encoding.UTF8.GetChars(new byte[] { 0xC3, 0xA9, 0x41 })) + " " + Encoding.UTF8.GetCharCount(new byte[] { 0xC3, 0xA9, 0x41 }, 1, 2));
        Span<byte> sp = stackalloc byte[10];
        int sw = Encoding.UTF8.GetBytes("añ".AsSpan(), sp);
        Console.WriteLine(sw + " " + Hex(sp.Slice(0, sw).ToArray()) + " " + Encoding.UTF8.GetString(sp.Slice(0, sw)) + " " + T(() => Encoding.UTF8.GetBytes("abc", 0, 3, new byte[2], 0).ToString()) + " " + T(() => Encoding.UTF8.GetString(null)) + " " + T(() => Encoding.UTF8.GetString(new byte[3], 2, 2)));
        Console.WriteLine(Hex(Encoding.Convert(Encoding.UTF8, Encoding.Unicode, Encoding.UTF8.GetBytes("é€"))) + " " + Encoding.GetEncoding("utf-8").WebName + " " + Encoding.GetEncoding("UTF-16").WebName + " " + Encoding.GetEncoding(1252 - 1252 + 65001).WebName + " " + T(() => Encoding.GetEncoding("no-such").WebName) + " " + Encoding.Default.WebName + " " + Encoding.UTF8.Equals(new UTF8Encoding(true)) + " " + new UTF8Encoding(false).Equals(new UTF8Encoding(false)));
        // Latin-1's best-fit replacements over the whole BMP
        var fit = new StringBuilder();
        int fitted = 0;
        for (int c = 0x100; c < 0x10000; c++)
        {
            if (c >= 0xD800 && c <= 0xDFFF) continue;
            byte b = Encoding.Latin1.GetBytes(((char)c).ToString())[0];
            if (b != (byte)'?') { fitted++; fit.Append((char)b); }
        }
        Console.WriteLine("latin1 best fit " + fitted + " " + fit.ToString());
        return 0;
    }
}
