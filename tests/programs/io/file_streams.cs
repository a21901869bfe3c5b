// FileStream: Read/Write/Seek/Position/Length/SetLength, its buffer (what reaches the file
// before Flush), FileMode and FileAccess rules, Append mode, the flock-based sharing checks
// .NET does on Unix, and what a disposed stream says. Runs in a private temporary directory.
using System;
using System.IO;
using System.Linq;

class Program
{
    static string root;

    static string Show(string s) => s == null ? "null" : s.Replace(root, "$T");

    static void Try(string what, Action a)
    {
        try { a(); Console.WriteLine(what + ": ok"); }
        catch (Exception e)
        {
            string extra = e is ArgumentException ae && ae.ParamName != null ? " [" + ae.ParamName + "]" : "";
            Console.WriteLine($"{what}: {e.GetType().Name}: {Show(e.Message)}{extra}");
        }
    }

    static string Hex(byte[] b) => BitConverter.ToString(b);
    static long OnDisk(string p) => new FileInfo(p).Length;

    static int Main()
    {
        root = Path.Combine(Path.GetTempPath(), "anyclr-io-streams-" + Environment.ProcessId);
        Directory.CreateDirectory(root);
        try { Run(Path.Combine(root, "f.bin")); }
        finally { Directory.Delete(root, true); }
        Console.WriteLine("cleaned up: " + !Directory.Exists(root));
        return 0;
    }

    static void Run(string p)
    {
        using (var fs = new FileStream(p, FileMode.Create))
        {
            Console.WriteLine($"new: {fs.CanRead}{fs.CanWrite}{fs.CanSeek} len {fs.Length} pos {fs.Position} name ok {fs.Name == p}");
            fs.Write(new byte[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 }, 2, 5);
            Console.WriteLine($"wrote 5: pos {fs.Position} len {fs.Length} on disk {OnDisk(p)}");
            fs.Flush();
            Console.WriteLine($"flushed: on disk {OnDisk(p)}");
            fs.Position = 1;
            var buf = new byte[8];
            int n = fs.Read(buf, 0, 8);
            Console.WriteLine($"read {n}: {Hex(buf)} pos {fs.Position}; at end {fs.Read(buf, 0, 8)} {fs.ReadByte()}");
            Console.WriteLine($"seek: {fs.Seek(-2, SeekOrigin.End)} {fs.ReadByte()} {fs.Seek(-3, SeekOrigin.Current)} {fs.ReadByte()} {fs.Seek(0, SeekOrigin.Begin)} {fs.ReadByte()}");
            fs.Seek(10, SeekOrigin.Begin);
            fs.WriteByte(0xFF);
            Console.WriteLine($"past the end: len {fs.Length} pos {fs.Position}");
            fs.Position = 2;
            fs.Write(new byte[] { 0xAA, 0xBB });
            Console.WriteLine($"overwrite: pos {fs.Position} next {fs.ReadByte()}");
            fs.SetLength(4);
            Console.WriteLine($"SetLength(4): len {fs.Length} pos {fs.Position}");
            fs.SetLength(6);
            Console.WriteLine($"SetLength(6): len {fs.Length} pos {fs.Position}");
            Span<byte> span = stackalloc byte[16];
            fs.Position = 0;
            n = fs.Read(span);
            Console.WriteLine($"span read {n}: {Hex(span.Slice(0, n).ToArray())}");
            fs.Position = 0;
            var exact = new byte[6];
            fs.ReadExactly(exact);
            Console.WriteLine("ReadExactly: " + Hex(exact));
            Try("ReadExactly past the end", () => fs.ReadExactly(new byte[1]));
        }
        Console.WriteLine("file: " + Hex(File.ReadAllBytes(p)));

        // the buffer: small writes wait, a full buffer goes out, a large write goes straight through
        using (var fs = new FileStream(p, FileMode.Create, FileAccess.ReadWrite, FileShare.ReadWrite, 8))
        {
            fs.Write(new byte[3]);
            Console.WriteLine($"3 bytes: disk {OnDisk(p)} len {fs.Length}");
            fs.Write(new byte[6]);
            Console.WriteLine($"+6: disk {OnDisk(p)} len {fs.Length}");
            fs.Write(new byte[20]);
            Console.WriteLine($"+20: disk {OnDisk(p)} len {fs.Length}");
            for (int i = 0; i < 5; i++) fs.WriteByte((byte)i);
            Console.WriteLine($"+5 single bytes: disk {OnDisk(p)} len {fs.Length} pos {fs.Position}");
            fs.Position = 0;
            Console.WriteLine($"seek flushes: disk {OnDisk(p)}");
            var b = new byte[4];
            Console.WriteLine($"buffered reads: {fs.Read(b, 0, 4)} {fs.Read(b, 0, 4)} {fs.Read(b, 0, 4)} pos {fs.Position}");
            fs.WriteByte(7);
            Console.WriteLine($"write after read: pos {fs.Position}");
        }
        using (var fs = new FileStream(p, FileMode.Create, FileAccess.Write, FileShare.Read, 0))
        {
            fs.WriteByte(1);
            Console.WriteLine($"unbuffered: disk {OnDisk(p)}");
        }
        var big = Enumerable.Range(0, 100000).Select(i => (byte)(i ^ (i >> 8))).ToArray();
        using (var fs = new FileStream(p, FileMode.Create))
        {
            for (int i = 0; i < big.Length; i += 777) fs.Write(big, i, Math.Min(777, big.Length - i));
        }
        using (var fs = File.OpenRead(p))
        {
            var back = new byte[big.Length];
            int total = 0, reads = 0, got;
            while ((got = fs.Read(back, total, Math.Min(1000, back.Length - total))) > 0) { total += got; reads++; }
            Console.WriteLine($"100000 bytes in pieces: {total} in {reads} reads, equal {back.SequenceEqual(big)}");
        }

        // modes and access
        File.WriteAllBytes(p, new byte[] { 1, 2, 3 });
        using (var fs = new FileStream(p, FileMode.Append))
        {
            Console.WriteLine($"Append: {fs.CanRead}{fs.CanWrite}{fs.CanSeek} pos {fs.Position} len {fs.Length}");
            Try("Append seek back", () => fs.Seek(1, SeekOrigin.Begin));
            Try("Append SetLength", () => fs.SetLength(1));
            Console.WriteLine($"Append seek forward: {fs.Seek(5, SeekOrigin.Begin)}");
            fs.WriteByte(9);
        }
        Console.WriteLine("after Append: " + Hex(File.ReadAllBytes(p)));
        using (var fs = new FileStream(p, FileMode.Truncate, FileAccess.Write)) Console.WriteLine($"Truncate: len {fs.Length}");
        using (var fs = new FileStream(p, FileMode.OpenOrCreate, FileAccess.Read)) Console.WriteLine($"OpenOrCreate read: len {fs.Length} {fs.CanWrite}");
        using (var ro = new FileStream(p, FileMode.Open, FileAccess.Read))
        {
            Try("write to read-only", () => ro.WriteByte(1));
            Try("SetLength read-only", () => ro.SetLength(0));
            Try("Seek before start", () => ro.Seek(-1, SeekOrigin.Begin));
            Try("Position -1", () => ro.Position = -1);
            Try("bad origin", () => ro.Seek(0, (SeekOrigin)3));
            Try("Read null", () => ro.Read(null, 0, 1));
            Try("Read bad offset", () => ro.Read(new byte[2], -1, 1));
            Try("Read bad count", () => ro.Read(new byte[2], 1, 2));
        }
        using (var wo = new FileStream(p, FileMode.Open, FileAccess.Write)) Try("read from write-only", () => wo.ReadByte());
        Try("Truncate + Read", () => new FileStream(p, FileMode.Truncate, FileAccess.Read));
        Try("Create + Read", () => new FileStream(p, FileMode.Create, FileAccess.Read));
        Try("Append + ReadWrite", () => new FileStream(p, FileMode.Append, FileAccess.ReadWrite));
        Try("bad mode", () => new FileStream(p, (FileMode)0));
        Try("bad access", () => new FileStream(p, FileMode.Open, (FileAccess)4));
        Try("bad share", () => new FileStream(p, FileMode.Open, FileAccess.Read, (FileShare)64));
        Try("bad buffer size", () => new FileStream(p, FileMode.Open, FileAccess.Read, FileShare.Read, -1));
        Try("CreateNew existing", () => new FileStream(p, FileMode.CreateNew));
        Try("directory", () => new FileStream(root, FileMode.Open, FileAccess.Read));

        // sharing, as .NET enforces it on Unix with flock
        using (var excl = new FileStream(p, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            Try("open while FileShare.None", () => File.ReadAllBytes(p));
            Try("Exists while locked", () => Console.Write(File.Exists(p) + " "));
        }
        using (var shared = new FileStream(p, FileMode.Open, FileAccess.Read, FileShare.Read))
        {
            Try("second reader", () => { using var again = File.OpenRead(p); });
            Try("exclusive while shared", () => { using var w = File.Open(p, FileMode.Open); });
            Try("Create while shared (no truncation)", () => { using var w = File.Create(p); });
            Console.WriteLine("still there: " + shared.Length);
        }
        Try("after close", () => { using var w = File.Open(p, FileMode.Open); });

        // disposed
        var d = new FileStream(p, FileMode.Open);
        d.WriteByte(5);
        d.Dispose();
        d.Dispose();
        Console.WriteLine($"disposed: {d.CanRead}{d.CanWrite}{d.CanSeek} flushed on dispose: {Hex(File.ReadAllBytes(p))}");
        Try("disposed ReadByte", () => d.ReadByte());
        Try("disposed Write", () => d.Write(new byte[1], 0, 1));
        Try("disposed Length", () => Console.Write(d.Length));
        Try("disposed Position", () => d.Position = 0);
        Try("disposed Seek", () => d.Seek(0, SeekOrigin.Begin));
        Try("disposed Flush", () => d.Flush());
        Try("disposed SetLength", () => d.SetLength(0));
    }
}
