// System.IO.BufferedStream over a stream that logs what reaches it: when writes are gathered
// and when they go through, read-ahead, Position/Seek across buffered data, switching between
// reading and writing, Flush/Dispose, and the argument and state errors.
using System;
using System.IO;
using System.Text;

class LoggingStream : Stream
{
    public readonly MemoryStream Inner = new MemoryStream();
    public readonly StringBuilder Log = new StringBuilder();
    public bool Seekable = true, Readable = true, Writable = true;

    public override bool CanRead => Readable;
    public override bool CanSeek => Seekable;
    public override bool CanWrite => Writable;
    public override long Length => Inner.Length;
    public override long Position { get => Inner.Position; set { Log.Append($"P={value} "); Inner.Position = value; } }
    public override void Flush() => Log.Append("F ");
    public override int Read(byte[] b, int o, int c) { int n = Inner.Read(b, o, c); Log.Append($"R{c}->{n} "); return n; }
    public override long Seek(long o, SeekOrigin s) { Log.Append($"S{o}/{s} "); return Inner.Seek(o, s); }
    public override void SetLength(long v) { Log.Append($"L{v} "); Inner.SetLength(v); }
    public override void Write(byte[] b, int o, int c) { Log.Append($"W{c} "); Inner.Write(b, o, c); }
    protected override void Dispose(bool d) { Log.Append("D "); }
    public string Take() { string s = Log.ToString(); Log.Clear(); return s.TrimEnd(); }
}

class Program
{
    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine($"{what}: {f()}"); }
        catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().Name}: {e.Message}"); }
    }

    static byte[] Bytes(int n, int start = 0) { var b = new byte[n]; for (int i = 0; i < n; i++) b[i] = (byte)(start + i); return b; }

    static int Main()
    {
        var log = new LoggingStream();
        var bs = new BufferedStream(log, 8);
        Console.WriteLine($"{bs.BufferSize} {bs.CanRead} {bs.CanWrite} {bs.CanSeek} {ReferenceEquals(bs.UnderlyingStream, log)}");
        bs.Write(Bytes(3), 0, 3);
        Console.WriteLine($"after 3: inner {log.Inner.Length}, pos {bs.Position} [{log.Take()}]");
        bs.Write(Bytes(4, 3), 0, 4);
        Console.WriteLine($"after 7: inner {log.Inner.Length} [{log.Take()}]");
        bs.WriteByte(7);
        Console.WriteLine($"after 8: inner {log.Inner.Length} [{log.Take()}]");
        bs.Write(Bytes(2, 8), 0, 2);
        bs.Write(Bytes(20, 10), 0, 20);
        Console.WriteLine($"after 30: inner {log.Inner.Length} [{log.Take()}]");
        bs.Write(Bytes(5, 30));
        bs.Write(Bytes(6, 35));
        Console.WriteLine($"after 41: inner {log.Inner.Length}, length {bs.Length} [{log.Take()}]");
        bs.Write(new byte[] { 41, 42, 43 });
        bs.Flush();
        Console.WriteLine($"flushed: inner {log.Inner.Length}, pos {bs.Position} [{log.Take()}]");

        bs.Position = 0;
        Console.WriteLine($"seek 0 [{log.Take()}]");
        var buf = new byte[5];
        Console.WriteLine($"read {bs.Read(buf, 0, 3)} {string.Join(",", buf)} pos {bs.Position} [{log.Take()}]");
        Console.WriteLine($"read {bs.Read(buf, 0, 5)} {string.Join(",", buf)} pos {bs.Position} [{log.Take()}]");
        Console.WriteLine($"byte {bs.ReadByte()} {bs.ReadByte()} pos {bs.Position} [{log.Take()}]");
        var big = new byte[20];
        Console.WriteLine($"read {bs.Read(big, 0, 20)} first {big[0]} last {big[19]} pos {bs.Position} [{log.Take()}]");
        Span<byte> sp = stackalloc byte[4];
        Console.WriteLine($"span {bs.Read(sp)} {sp[0]}..{sp[3]} pos {bs.Position} [{log.Take()}]");
        Console.WriteLine($"seek cur {bs.Seek(-2, SeekOrigin.Current)} [{log.Take()}]");
        Console.WriteLine($"byte {bs.ReadByte()} [{log.Take()}]");
        bs.WriteByte(200);
        Console.WriteLine($"write after read: pos {bs.Position} [{log.Take()}]");
        bs.Flush();
        Console.WriteLine($"flush [{log.Take()}] inner[30]={log.Inner.ToArray()[30]} inner[31]={log.Inner.ToArray()[31]}");
        Console.WriteLine($"byte {bs.ReadByte()} then flush");
        bs.Flush();
        Console.WriteLine($"[{log.Take()}] pos {bs.Position}");
        Console.WriteLine($"seek end {bs.Seek(-1, SeekOrigin.End)} byte {bs.ReadByte()} {bs.ReadByte()} [{log.Take()}]");
        bs.WriteByte(1);
        Console.WriteLine($"pending length {bs.Length} [{log.Take()}]");
        bs.WriteByte(2);
        Console.WriteLine($"pending seek {bs.Seek(0, SeekOrigin.Begin)} [{log.Take()}]");
        bs.WriteByte(3);
        Console.WriteLine($"pending read {bs.ReadByte()} [{log.Take()}]");
        bs.SetLength(10);
        Console.WriteLine($"setlength [{log.Take()}] {bs.Length}");

        var copyFrom = new BufferedStream(new MemoryStream(Bytes(50)), 16);
        copyFrom.ReadByte();
        var dest = new MemoryStream();
        copyFrom.CopyTo(dest);
        Console.WriteLine($"copy {dest.Length} first {dest.ToArray()[0]}");

        bs.Write(Bytes(2));
        bs.Dispose();
        Console.WriteLine($"disposed [{log.Take()}] {bs.CanRead} {bs.CanWrite} {bs.CanSeek}");
        bs.Dispose();
        Try("Read after dispose", () => bs.Read(buf, 0, 1));
        Try("Write after dispose", () => { bs.WriteByte(1); return 0; });
        Try("Position after dispose", () => bs.Position);
        Try("Length after dispose", () => bs.Length);
        Try("Flush after dispose", () => { bs.Flush(); return 0; });
        Try("BufferSize after dispose", () => bs.BufferSize);
        Try("UnderlyingStream after dispose", () => bs.UnderlyingStream == null);

        Try("null stream", () => new BufferedStream(null));
        Try("size 0", () => new BufferedStream(new MemoryStream(), 0));
        Try("size -5", () => new BufferedStream(new MemoryStream(), -5));
        var closed = new MemoryStream(); closed.Dispose();
        Try("closed stream", () => new BufferedStream(closed));
        var ok = new BufferedStream(new MemoryStream(Bytes(10)));
        Try("Position -1", () => { ok.Position = -1; return 0; });
        Try("SetLength -1", () => { ok.SetLength(-1); return 0; });
        Try("Read null", () => ok.Read(null, 0, 1));
        Try("Read bad count", () => ok.Read(new byte[2], 1, 2));
        Try("Write bad offset", () => { ok.Write(new byte[2], -1, 1); return 0; });
        var ro = new LoggingStream { Writable = false };
        Try("write read-only", () => { new BufferedStream(ro).WriteByte(1); return 0; });
        var wo = new LoggingStream { Readable = false };
        Try("read write-only", () => new BufferedStream(wo).ReadByte());
        var noseek = new LoggingStream { Seekable = false };
        noseek.Inner.Write(Bytes(10)); noseek.Inner.Position = 0;
        var ns = new BufferedStream(noseek, 4);
        Try("noseek Position", () => ns.Position);
        Try("noseek read", () => ns.ReadByte());
        Try("noseek write while buffered", () => { ns.WriteByte(9); return 0; });
        Console.WriteLine(noseek.Take());
        return 0;
    }
}
