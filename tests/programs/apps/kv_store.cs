// A complete program: a small persistent key-value store — an append-only binary log written
// with BinaryWriter and replayed with BinaryReader, records framed by a big-endian header
// (BinaryPrimitives) with a CRC-32 checksum, a KeyedCollection index, compaction into a new
// file, recovery from a torn tail, span-based formatting with TryWrite, and the
// little-endian layout checked byte by byte (the same on big-endian CPUs).
#nullable enable
using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.IO;
using System.Linq;
using System.Text;

enum Op : byte { Put = 1, Delete = 2 }

sealed record IndexEntry(string Key, long Offset, int Version);

sealed class KeyIndex : KeyedCollection<string, IndexEntry>
{
    public KeyIndex() : base(StringComparer.Ordinal) { }
    protected override string GetKeyForItem(IndexEntry item) => item.Key;
    public void Upsert(IndexEntry e) { Remove(e.Key); Add(e); }
}

static class Crc32
{
    static readonly uint[] Table = Build();
    static uint[] Build()
    {
        var t = new uint[256];
        for (uint i = 0; i < 256; i++)
        {
            uint c = i;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }
    public static uint Compute(ReadOnlySpan<byte> data)
    {
        uint c = 0xFFFFFFFFu;
        foreach (byte b in data) c = Table[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}

sealed class CorruptLogException(long offset, string why) : IOException($"corrupt record at {offset}: {why}")
{
    public long Offset { get; } = offset;
}

sealed class Store : IDisposable
{
    const uint Magic = 0x4B564C31; // "KVL1"
    private readonly string _path;
    private FileStream _file;
    private BinaryWriter _writer;
    private readonly KeyIndex _index = new();
    private int _version;
    public int Records { get; private set; }
    public int Dead { get; private set; }

    public Store(string path)
    {
        _path = path;
        bool fresh = !File.Exists(path) || new FileInfo(path).Length == 0;
        _file = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite);
        if (fresh)
        {
            Span<byte> header = stackalloc byte[4];
            BinaryPrimitives.WriteUInt32BigEndian(header, Magic);
            _file.Write(header);
        }
        else Replay();
        _file.Seek(0, SeekOrigin.End);
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
    }

    public IReadOnlyCollection<IndexEntry> Index => _index;

    private void Replay()
    {
        _file.Position = 0;
        using var reader = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        Span<byte> header = stackalloc byte[4];
        reader.ReadExactly(header);
        if (BinaryPrimitives.ReadUInt32BigEndian(header) != Magic) throw new CorruptLogException(0, "bad magic");
        long good = _file.Position;
        while (_file.Position < _file.Length)
        {
            long at = _file.Position;
            try
            {
                var (op, key, _) = ReadRecord(reader, at);
                Apply(op, key, at);
                good = _file.Position;
            }
            catch (Exception e) when (e is EndOfStreamException or CorruptLogException)
            {
                Console.WriteLine($"  recovery: dropping torn tail at {at} ({e.GetType().Name})");
                _file.SetLength(good);
                break;
            }
        }
    }

    private static (Op Op, string Key, byte[] Value) ReadRecord(BinaryReader r, long at)
    {
        uint length = r.ReadUInt32();
        uint crc = r.ReadUInt32();
        byte[] body = r.ReadBytes(checked((int)length));
        if (body.Length != length) throw new EndOfStreamException();
        if (Crc32.Compute(body) != crc) throw new CorruptLogException(at, $"checksum {crc:X8} != {Crc32.Compute(body):X8}");
        using var br = new BinaryReader(new MemoryStream(body));
        var op = (Op)br.ReadByte();
        string key = br.ReadString();
        byte[] value = op == Op.Put ? br.ReadBytes(br.Read7BitEncodedInt()) : [];
        return (op, key, value);
    }

    private void Apply(Op op, string key, long offset)
    {
        Records++;
        if (_index.Contains(key)) Dead++;
        if (op == Op.Put) _index.Upsert(new IndexEntry(key, offset, ++_version));
        else if (_index.Remove(key)) Dead++;
    }

    private void Append(Op op, string key, ReadOnlySpan<byte> value)
    {
        var body = new MemoryStream();
        using (var bw = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
        {
            bw.Write((byte)op);
            bw.Write(key);
            if (op == Op.Put) { bw.Write7BitEncodedInt(value.Length); bw.Write(value); }
        }
        byte[] bytes = body.ToArray();
        long at = _file.Position;
        _writer.Write((uint)bytes.Length);
        _writer.Write(Crc32.Compute(bytes));
        _writer.Write(bytes);
        _writer.Flush();
        Apply(op, key, at);
    }

    public void Put(string key, string value) => Append(Op.Put, key, Encoding.UTF8.GetBytes(value));
    public void Delete(string key) => Append(Op.Delete, key, default);

    public string? Get(string key)
    {
        if (!_index.TryGetValue(key, out var entry)) return null;
        long save = _file.Position;
        _file.Position = entry.Offset;
        using var r = new BinaryReader(_file, Encoding.UTF8, leaveOpen: true);
        var (_, k, value) = ReadRecord(r, entry.Offset);
        _file.Position = save;
        return k == key ? Encoding.UTF8.GetString(value) : throw new CorruptLogException(entry.Offset, "index points at another key");
    }

    public void Compact()
    {
        var live = _index.OrderBy(e => e.Version).Select(e => (e.Key, Value: Get(e.Key)!)).ToList();
        _writer.Dispose();
        _file.Dispose();
        string tmp = _path + ".compact";
        File.Delete(tmp);
        using (var fresh = new Store(tmp))
            foreach (var (k, v) in live) fresh.Put(k, v);
        File.Move(tmp, _path, overwrite: true);
        _index.Clear();
        Records = Dead = 0;
        _file = new FileStream(_path, FileMode.Open, FileAccess.ReadWrite);
        Replay();
        _file.Seek(0, SeekOrigin.End);
        _writer = new BinaryWriter(_file, Encoding.UTF8, leaveOpen: true);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _file.Dispose();
    }
}

static class Program
{
    static string Hex(byte[] b, int max = 48) => Convert.ToHexString(b[..Math.Min(b.Length, max)]) + (b.Length > max ? "…" : "");

    static void Main()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"anyclr-kv-{Environment.ProcessId}");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, "data.kvl");
        try
        {
            // The wire format, byte for byte.
            var ms = new MemoryStream();
            using (var w = new BinaryWriter(ms, Encoding.UTF8, true))
            {
                w.Write(true); w.Write((byte)0xAB); w.Write((sbyte)-2); w.Write((short)-300); w.Write((ushort)0xBEEF);
                w.Write(0x12345678); w.Write(-1L); w.Write(3.5f); w.Write(Math.PI); w.Write(-12.345m);
                w.Write('é'); w.Write("héllo, wörld"); w.Write(new string('x', 200)); w.Write(new char[] { 'a', 'β' });
                w.Write7BitEncodedInt(-1); w.Write7BitEncodedInt64(1L << 40); w.Write((Half)1.5);
            }
            byte[] wire = ms.ToArray();
            Console.WriteLine($"{wire.Length} bytes: {Hex(wire)}");
            Console.WriteLine($"string prefix for 200 chars: {wire[64]:X2} {wire[65]:X2}");
            ms.Position = 0;
            using (var r = new BinaryReader(ms, Encoding.UTF8, true))
            {
                Console.WriteLine($"{r.ReadBoolean()} {r.ReadByte():X2} {r.ReadSByte()} {r.ReadInt16()} {r.ReadUInt16():X4} {r.ReadInt32():X8} {r.ReadInt64()} {r.ReadSingle()} {r.ReadDouble()} {r.ReadDecimal()}");
                Console.WriteLine($"{r.PeekChar()} {r.ReadChar()} '{r.ReadString()}' {r.ReadString().Length} {new string(r.ReadChars(2))} {r.Read7BitEncodedInt()} {r.Read7BitEncodedInt64()} {r.ReadHalf()}");
                Console.WriteLine($"at end: {r.PeekChar()} {r.Read()} {r.ReadBytes(5).Length}");
                try { r.ReadInt32(); } catch (EndOfStreamException e) { Console.WriteLine(e.Message); }
            }
            var bad = new BinaryReader(new MemoryStream(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }));
            try { bad.Read7BitEncodedInt(); } catch (FormatException e) { Console.WriteLine(e.Message); }
            bad.Dispose();
            try { bad.ReadByte(); } catch (ObjectDisposedException e) { Console.WriteLine($"{e.GetType().Name}: {e.Message}"); }

            Span<byte> be = stackalloc byte[16];
            BinaryPrimitives.WriteInt64BigEndian(be, 0x0102030405060708);
            BinaryPrimitives.WriteDoubleLittleEndian(be[8..], -0.5);
            Console.WriteLine($"{Convert.ToHexString(be.ToArray())} {BinaryPrimitives.ReadInt32LittleEndian(be):X8} {BinaryPrimitives.ReverseEndianness(0x11223344u):X8} {BinaryPrimitives.TryReadInt64BigEndian(be[10..], out _)}");
            try { BinaryPrimitives.ReadUInt64BigEndian(be[12..]); } catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.ParamName); }

            // The store.
            using (var store = new Store(path))
            {
                string[] fruits = ["apple", "banana", "cherry", "damson", "elder", "fig", "grape"];
                foreach (var (f, i) in fruits.Select((f, i) => (f, i))) store.Put(f, $"{f.Length} letters, #{i}");
                store.Put("banana", "yellow");
                store.Delete("cherry");
                store.Put("apple", "red 🍎");
                store.Delete("nothing");
                Console.WriteLine($"records {store.Records}, dead {store.Dead}, live {store.Index.Count}, file {new FileInfo(path).Length} bytes");
                foreach (var k in new[] { "apple", "banana", "cherry", "grape", "zzz" })
                    Console.WriteLine($"  {k,-7} => {store.Get(k) ?? "(none)"}");
            }

            using (var reopened = new Store(path))
            {
                Console.WriteLine($"reopened: {reopened.Index.Count} keys: {string.Join(",", reopened.Index.Select(e => $"{e.Key}@{e.Version}"))}");
                reopened.Compact();
                Console.WriteLine($"compacted: records {reopened.Records}, dead {reopened.Dead}, file {new FileInfo(path).Length} bytes, apple => {reopened.Get("apple")}");
                reopened.Put("honeydew", "green");
            }

            // Tear the last record in half and corrupt a byte in another copy.
            long len = new FileInfo(path).Length;
            using (var fs = new FileStream(path, FileMode.Open)) fs.SetLength(len - 3);
            using (var torn = new Store(path))
                Console.WriteLine($"after tear: {torn.Index.Count} keys, honeydew => {torn.Get("honeydew") ?? "(lost)"}, file {new FileInfo(path).Length} bytes");
            byte[] all = File.ReadAllBytes(path);
            all[20] ^= 0x40;
            File.WriteAllBytes(path, all);
            using (var flipped = new Store(path))
                Console.WriteLine($"after bit flip: {flipped.Index.Count} keys");
            File.WriteAllBytes(path, [1, 2, 3, 4, 5]);
            try { using var wrong = new Store(path); }
            catch (CorruptLogException e) { Console.WriteLine($"{e.Message} (offset {e.Offset}, is IOException {e is IOException})"); }

            Span<char> line = stackalloc char[40];
            foreach (var (name, value) in new[] { ("pi", Math.PI), ("e", Math.E), ("big", 12345678.9) })
            {
                if (line.TryWrite($"{name,-4}|{value,12:F3}|", out int written)) Console.WriteLine(line[..written].ToString());
                else Console.WriteLine("too long");
            }
            Console.WriteLine(line[..5].TryWrite($"{123456}", out int w2) + " " + w2);

            var idx = new KeyIndex { new("a", 0, 1), new("b", 10, 2) };
            try { idx.Add(new("a", 5, 3)); } catch (ArgumentException e) { Console.WriteLine(e.Message); }
            try { _ = idx["zz"]; } catch (KeyNotFoundException e) { Console.WriteLine(e.Message); }
            idx[0] = new("c", 7, 4);
            Console.WriteLine($"{idx.Contains("a")} {idx.Contains("c")} {idx["c"].Offset} {idx.Count} {string.Join(",", idx.Select(e => e.Key))}");
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
