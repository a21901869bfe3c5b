// StreamReader and StreamWriter over files: byte order mark detection (UTF-8, UTF-16 LE/BE,
// UTF-32 LE) or not, the writer's default (UTF-8 without a mark) and explicit encodings,
// ReadLine with \n, \r\n and \r (also split across the reader's buffer), Peek/Read/ReadBlock/
// ReadToEnd/EndOfStream, multi-byte characters across buffer boundaries, AutoFlush, Flush,
// and what disposed readers and writers say.
using System;
using System.IO;
using System.Linq;
using System.Text;

class Program
{
    static string dir;

    static string Hex(byte[] b) => BitConverter.ToString(b);
    static string Esc(string s) => s == null ? "null" : s.Replace("\r", "\\r").Replace("\n", "\\n").Replace("\uFEFF", "<BOM>");

    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().Name}: {e.Message.Replace(dir, "$T")}"); }
    }

    static int Main()
    {
        dir = Path.Combine(Path.GetTempPath(), "anyclr-io-text-" + Environment.ProcessId);
        Directory.CreateDirectory(dir);
        try { Run(); }
        finally { Directory.Delete(dir, true); }
        Console.WriteLine("cleaned up: " + !Directory.Exists(dir));
        return 0;
    }

    static void Run()
    {
        string p = Path.Combine(dir, "t.txt");
        var samples = new (string name, byte[] bytes)[]
        {
            ("utf8-bom", new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("añb\n€")).ToArray()),
            ("utf8", Encoding.UTF8.GetBytes("añb\n€")),
            ("utf16le", new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("añb\n€")).ToArray()),
            ("utf16be", new byte[] { 0xFE, 0xFF }.Concat(Encoding.BigEndianUnicode.GetBytes("añb\n€")).ToArray()),
            ("utf32le", new byte[] { 0xFF, 0xFE, 0, 0 }.Concat(Encoding.UTF32.GetBytes("añb\n€")).ToArray()),
            ("bom only", new byte[] { 0xEF, 0xBB, 0xBF }),
            ("half bom", new byte[] { 0xEF, 0xBB }),
            ("one byte", new byte[] { 0x41 }),
            ("empty", new byte[0]),
            ("invalid utf8", new byte[] { 0x61, 0xFF, 0x62, 0xC3 }),
        };
        foreach (var (name, bytes) in samples)
        {
            File.WriteAllBytes(p, bytes);
            using (var r = new StreamReader(p))
            {
                string text = r.ReadToEnd();
                Console.WriteLine($"{name,-12} detect: [{Esc(text)}] {text.Length} {r.CurrentEncoding.WebName}");
            }
            using (var r = new StreamReader(p, Encoding.UTF8, false))
                Console.WriteLine($"{name,-12} no detect: [{Esc(r.ReadToEnd())}]");
            using (var r = new StreamReader(new FileStream(p, FileMode.Open, FileAccess.Read), Encoding.Unicode))
                Console.WriteLine($"{name,-12} as utf-16: [{Esc(r.ReadToEnd())}] {r.CurrentEncoding.WebName}");
            Console.WriteLine($"{name,-12} ReadAllText: [{Esc(File.ReadAllText(p))}] lines {File.ReadAllLines(p).Length}");
        }

        // what the writer puts in the file
        foreach (var enc in new Encoding[] { null, new UTF8Encoding(false), Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.UTF32, Encoding.ASCII, Encoding.Latin1 })
        {
            using (var w = enc == null ? new StreamWriter(p) : new StreamWriter(p, false, enc))
            {
                w.Write("ñ€");
                w.WriteLine(1);
            }
            using (var w = enc == null ? new StreamWriter(p, true) : new StreamWriter(p, true, enc)) w.Write("z");
            Console.WriteLine($"writer {(enc == null ? "default" : enc.WebName),-10} {Hex(File.ReadAllBytes(p))}");
        }

        // line endings, also split across a tiny buffer
        string mixed = "one\ntwo\r\nthree\rfour\r\r\nfive\n\nsix\r";
        File.WriteAllText(p, mixed);
        foreach (int size in new[] { 1, 2, 3, 4096 })
        {
            using var r = new StreamReader(p, Encoding.UTF8, false, size);
            var lines = new System.Collections.Generic.List<string>();
            string l;
            while ((l = r.ReadLine()) != null) lines.Add("[" + l + "]");
            Console.WriteLine($"buffer {size}: {string.Join("", lines)} eos {r.EndOfStream}");
        }

        // multi-byte characters cut by small buffers
        var sb = new StringBuilder();
        for (int i = 0; i < 3000; i++) sb.Append(i % 7 == 0 ? "𝄞" : i % 3 == 0 ? "€" : i % 2 == 0 ? "ü" : "a").Append(i % 50 == 49 ? "\n" : "");
        string big = sb.ToString();
        foreach (var enc in new Encoding[] { new UTF8Encoding(false), Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            File.WriteAllText(p, big, enc);
            foreach (int size in new[] { 1, 3, 5, 128, 4096 })
            {
                using var r = new StreamReader(p, enc, true, size);
                string back = r.ReadToEnd();
                using var r2 = new StreamReader(p, enc, true, size);
                int lines = 0; string l;
                while ((l = r2.ReadLine()) != null) lines++;
                Console.Write($"{(back == big ? "=" : "!")}{lines} ");
            }
            Console.WriteLine($"{enc.WebName} {new FileInfo(p).Length} bytes");
        }

        // Peek, Read, ReadBlock, EndOfStream
        File.WriteAllText(p, "abc\r\ndef");
        using (var r = new StreamReader(p))
        {
            Console.WriteLine($"peek {(char)r.Peek()} read {(char)r.Read()} peek {(char)r.Peek()} eos {r.EndOfStream}");
            var buf = new char[10];
            int n = r.Read(buf, 0, 3);
            Console.WriteLine($"Read 3: {n} [{Esc(new string(buf, 0, n))}] line [{r.ReadLine()}]");
            n = r.ReadBlock(buf, 0, 10);
            Console.WriteLine($"ReadBlock: {n} [{new string(buf, 0, n)}] eos {r.EndOfStream} read {r.Read()} peek {r.Peek()} line {r.ReadLine() ?? "null"} rest [{r.ReadToEnd()}]");
        }

        // flushing
        var fs = new FileStream(p, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
        var sw = new StreamWriter(fs);
        sw.Write("pending");
        Console.WriteLine($"before Flush: {new FileInfo(p).Length}");
        sw.Flush();
        Console.WriteLine($"after Flush: {new FileInfo(p).Length}");
        sw.AutoFlush = true;
        sw.Write("!");
        Console.WriteLine($"AutoFlush: {new FileInfo(p).Length} {sw.AutoFlush}");
        sw.Dispose();
        Console.WriteLine($"stream closed with the writer: {fs.CanWrite}");
        var keep = new FileStream(p, FileMode.Append);
        using (var w = new StreamWriter(keep, leaveOpen: true)) w.Write("+");
        Console.WriteLine($"leaveOpen: {keep.CanWrite} pos {keep.Position}");
        keep.Dispose();
        Console.WriteLine("file: " + File.ReadAllText(p));
        var big2 = new StreamWriter(p);
        for (int i = 0; i < 1000; i++) big2.Write("0123456789");
        Console.WriteLine($"large unflushed write reached the file: {new FileInfo(p).Length > 0}");
        big2.Close();
        Console.WriteLine($"closed: {new FileInfo(p).Length}");

        // disposed
        var rd = new StreamReader(p);
        rd.Dispose();
        Try("disposed ReadLine", () => rd.ReadLine());
        Try("disposed Peek", () => rd.Peek());
        Try("disposed ReadToEnd", () => rd.ReadToEnd());
        Try("disposed EndOfStream", () => Console.Write(rd.EndOfStream));
        var wr = new StreamWriter(p);
        wr.Dispose();
        Try("disposed Write", () => wr.Write("x"));
        Try("disposed WriteLine", () => wr.WriteLine());
        Try("disposed Flush", () => wr.Flush());
        Try("dispose twice", () => wr.Dispose());
        Try("reader on write-only", () => new StreamReader(new FileStream(p, FileMode.Open, FileAccess.Write)));
        Try("writer on read-only", () => new StreamWriter(new FileStream(p, FileMode.Open, FileAccess.Read)));
        Try("reader missing", () => new StreamReader(Path.Combine(dir, "nope")));
        Try("reader empty path", () => new StreamReader(""));
        Try("writer missing dir", () => new StreamWriter(Path.Combine(dir, "no/x")));
        Try("reader null stream", () => new StreamReader((Stream)null));
    }
}
