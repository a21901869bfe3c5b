// Streams without files: MemoryStream (growth, seeking, SetLength, ToArray), StreamReader and
// StreamWriter over it (encodings, BOMs, lines), Console.OpenStandardOutput, and Path's string
// operations (Unix paths).
using System;
using System.IO;
using System.Text;

class Program
{
    static string Hex(byte[] b) => BitConverter.ToString(b);

    static int Main()
    {
        var ms = new MemoryStream();
        Console.WriteLine($"empty: len {ms.Length} pos {ms.Position} cap {ms.Capacity} {ms.CanRead}{ms.CanWrite}{ms.CanSeek}");
        ms.Write(new byte[] { 1, 2, 3, 4, 5 }, 1, 3);
        ms.WriteByte(9);
        Console.WriteLine($"after write: len {ms.Length} pos {ms.Position} cap {ms.Capacity} {Hex(ms.ToArray())}");
        ms.Position = 1;
        Console.WriteLine($"read {ms.ReadByte()} {ms.ReadByte()} seek {ms.Seek(-1, SeekOrigin.End)} {ms.ReadByte()} {ms.ReadByte()}");
        ms.Seek(10, SeekOrigin.Begin); ms.WriteByte(7);
        Console.WriteLine($"gap: {Hex(ms.ToArray())} len {ms.Length}");
        ms.SetLength(3); Console.WriteLine($"setlength: {Hex(ms.ToArray())} pos {ms.Position}");
        var buf = new byte[10];
        ms.Position = 0;
        Console.WriteLine($"read {ms.Read(buf, 0, 10)} -> {Hex(buf)}; again {ms.Read(buf, 0, 10)}");
        for (int i = 0; i < 300; i++) ms.WriteByte((byte)i);
        Console.WriteLine($"grown: len {ms.Length} cap {ms.Capacity}");
        var fixedMs = new MemoryStream(new byte[4], 1, 2);
        fixedMs.WriteByte(1); fixedMs.WriteByte(2);
        try { fixedMs.WriteByte(3); } catch (NotSupportedException e) { Console.WriteLine(e.Message); }
        try { fixedMs.GetBuffer(); } catch (UnauthorizedAccessException e) { Console.WriteLine(e.Message); }
        var ro = new MemoryStream(new byte[] { 1, 2 }, false);
        try { ro.WriteByte(1); } catch (NotSupportedException e) { Console.WriteLine(e.Message); }
        ms.Dispose();
        try { _ = ms.Length; } catch (ObjectDisposedException e) { Console.WriteLine(e.Message); }
        try { new MemoryStream().Seek(-1, SeekOrigin.Begin); } catch (IOException e) { Console.WriteLine(e.Message); }

        foreach (var enc in new Encoding[] { new UTF8Encoding(false), Encoding.UTF8, Encoding.Unicode, Encoding.BigEndianUnicode, Encoding.ASCII })
        {
            var m = new MemoryStream();
            using (var w = new StreamWriter(m, enc, 16, leaveOpen: true))
            {
                w.WriteLine("héllo, wörld €");
                w.Write('x'); w.Write(42); w.Write(1.5); w.WriteLine();
                w.Write("line3\r\nline4\rline5");
            }
            byte[] bytes = m.ToArray();
            Console.WriteLine($"{enc.WebName} bom={enc.GetPreamble().Length} bytes={bytes.Length} head={Hex(bytes[..6])}");
            m.Position = 0;
            using var r = new StreamReader(m, Encoding.UTF8, true);
            string line; int n = 0;
            while ((line = r.ReadLine()) != null) Console.WriteLine($"  {++n}: [{line}] {r.CurrentEncoding.WebName}");
            Console.WriteLine("  eos " + r.EndOfStream + " peek " + r.Peek());
        }
        var big = new StringBuilder();
        for (int i = 0; i < 2000; i++) big.Append("ü€𝄞" + i + "\n");
        var bm = new MemoryStream(Encoding.UTF8.GetBytes(big.ToString()));
        var br = new StreamReader(bm, Encoding.UTF8, false, 64);
        int lines = 0; long chars = 0; string l2;
        while ((l2 = br.ReadLine()) != null) { lines++; chars += l2.Length; }
        Console.WriteLine($"big: {lines} lines {chars} chars");
        bm.Position = 0;
        string all = new StreamReader(bm).ReadToEnd();
        Console.WriteLine($"ReadToEnd {all.Length} equal {all == big.ToString()}");
        var sr = new StreamReader(new MemoryStream(Encoding.UTF8.GetBytes("ab\ncd")));
        var cb = new char[3];
        Console.WriteLine($"chars: {(char)sr.Read()} {(char)sr.Peek()} {sr.Read(cb, 0, 3)} [{new string(cb)}] {sr.ReadToEnd()} {sr.Read()}");

        var stdout = Console.OpenStandardOutput();
        byte[] msg = Encoding.UTF8.GetBytes("raw bytes to stdout ✓\n");
        stdout.Write(msg, 0, msg.Length);
        using (var sw = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = true }) sw.WriteLine("through a StreamWriter");
        Console.WriteLine($"stdout stream: {stdout.CanRead} {stdout.CanWrite} {stdout.CanSeek}");
        var copyDst = new MemoryStream();
        new MemoryStream(new byte[] { 5, 6, 7 }).CopyTo(copyDst);
        Console.WriteLine("copied " + Hex(copyDst.ToArray()));

        string[] paths = { "/usr/local/bin/tool.tar.gz", "dir/file.txt", "file", ".bashrc", "/", "a/b/", "noext.", "/a//b", "", null };
        foreach (string p in paths)
            Console.WriteLine($"[{p ?? "null"}] name={Path.GetFileName(p) ?? "null"} stem={Path.GetFileNameWithoutExtension(p) ?? "null"} ext={Path.GetExtension(p) ?? "null"} dir={Path.GetDirectoryName(p) ?? "null"} rooted={Path.IsPathRooted(p)} hasext={Path.HasExtension(p)} change={Path.ChangeExtension(p, ".md") ?? "null"}");
        Console.WriteLine(Path.Combine("a", "b", "c.txt") + " " + Path.Combine("/x", "/y", "z") + " " + Path.Combine("a/", "b") + " " + Path.Combine("", "b") + " " + Path.Join("a", "/b") + " " + Path.Join("a/", "b", null, "c"));
        Console.WriteLine(Path.GetFullPath("/a/b/../c/./d") + " " + Path.GetFullPath("/a/b/") + " " + Path.GetFullPath("x/../y", "/base") + " " + Path.GetRelativePath("/a/b/c", "/a/d/e") + " " + Path.GetRelativePath("/a", "/a"));
        Console.WriteLine(Path.DirectorySeparatorChar + " " + Path.PathSeparator + " " + Path.GetInvalidFileNameChars().Length + " " + Path.EndsInDirectorySeparator("a/") + " " + Path.TrimEndingDirectorySeparator("/a/b/") + " " + Path.GetPathRoot("/x/y") + "|" + Path.GetPathRoot("x/y") + "|");
        return 0;
    }
}
