// HMAC (SHA-256/SHA-1/SHA-512/MD5; short, empty, block-sized and over-long keys) and
// IncrementalHash (hashes and HMACs fed in pieces, reuse after reset, errors).
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

static class Program
{
    static string Hex(byte[] b) => Convert.ToHexString(b);
    static byte[] Bytes(string s) => Encoding.UTF8.GetBytes(s);

    static void Try(string what, Func<object> f)
    {
        try { object r = f(); Console.WriteLine(what + ": " + (r is byte[] b ? Hex(b) : r)); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name + ": " + e.Message); }
    }

    static void Main()
    {
        byte[] fox = Bytes("The quick brown fox jumps over the lazy dog");
        byte[] aa131 = new byte[131]; Array.Fill(aa131, (byte)0xAA);
        byte[] k64 = new byte[64]; for (int i = 0; i < 64; i++) k64[i] = (byte)i;
        byte[] k65 = new byte[65]; for (int i = 0; i < 65; i++) k65[i] = (byte)i;
        byte[] k128 = new byte[128]; for (int i = 0; i < 128; i++) k128[i] = (byte)(i * 3);
        byte[] big = new byte[1000]; for (int i = 0; i < big.Length; i++) big[i] = (byte)(i * 7 + 1);
        var keys = new (string, byte[])[] { ("key", Bytes("key")), ("empty", Array.Empty<byte>()), ("64", k64), ("65", k65), ("128", k128), ("aa131", aa131) };
        var msgs = new (string, byte[])[] { ("fox", fox), ("empty", Array.Empty<byte>()), ("big", big), ("Test Using Larger Than Block-Size Key", Bytes("Test Using Larger Than Block-Size Key - Hash Key First")) };
        foreach (var (kn, k) in keys)
            foreach (var (mn, m) in msgs)
            {
                Console.WriteLine($"key {kn} msg {mn}");
                Console.WriteLine("  SHA256 " + Hex(HMACSHA256.HashData(k, m)));
                Console.WriteLine("  SHA1   " + Hex(HMACSHA1.HashData(k, m)));
                Console.WriteLine("  SHA512 " + Hex(HMACSHA512.HashData(k, m)));
                Console.WriteLine("  MD5    " + Hex(HMACMD5.HashData(k, m)));
            }

        using (var h = new HMACSHA256(Bytes("secret")))
        {
            Console.WriteLine($"HashSize {h.HashSize} HashName {h.HashName} Key {Hex(h.Key)}");
            Console.WriteLine("ComputeHash " + Hex(h.ComputeHash(fox)));
            Console.WriteLine("again       " + Hex(h.ComputeHash(fox)));
            Console.WriteLine("stream      " + Hex(h.ComputeHash(new MemoryStream(big))));
            h.HashName = "SHA256";
            Try("HashName change", () => { h.HashName = "SHA1"; return "ok"; });
            h.Key = Bytes("other");
            Console.WriteLine("new key     " + Hex(h.ComputeHash(fox)));
            h.TransformBlock(fox, 0, 10, null, 0);
            h.TransformFinalBlock(fox, 10, fox.Length - 10);
            Console.WriteLine("transform   " + Hex(h.Hash));
        }
        Console.WriteLine("span one-shot " + Hex(HMACSHA256.HashData(new ReadOnlySpan<byte>(Bytes("key")), new ReadOnlySpan<byte>(fox))));
        Span<byte> dest = stackalloc byte[40];
        int n = HMACSHA256.HashData(Bytes("key"), fox, dest);
        Console.WriteLine($"into span {n} {Convert.ToHexString(dest.Slice(0, n))}");
        Console.WriteLine("stream one-shot " + Hex(HMACSHA256.HashData(Bytes("key"), new MemoryStream(fox))));
        using (var random = new HMACSHA256()) Console.WriteLine("random key length " + random.Key.Length);
        Try("null key", () => new HMACSHA256(null));
        Try("HashData null source", () => HMACSHA256.HashData(Bytes("k"), (byte[])null));
        Try("short destination", () => HMACSHA256.HashData(Bytes("k"), fox, new byte[31]));

        foreach (var name in new[] { HashAlgorithmName.MD5, HashAlgorithmName.SHA1, HashAlgorithmName.SHA256, HashAlgorithmName.SHA512 })
        {
            using var inc = IncrementalHash.CreateHash(name);
            for (int i = 0; i < big.Length; i += 77) inc.AppendData(big, i, Math.Min(77, big.Length - i));
            byte[] pieces = inc.GetHashAndReset();
            inc.AppendData(fox);
            byte[] second = inc.GetHashAndReset();
            byte[] empty = inc.GetHashAndReset();
            Console.WriteLine($"{name} ({inc.AlgorithmName.Name}, {inc.HashLengthInBytes}): {Hex(pieces)} {Hex(second)} {Hex(empty)}");
            using var mac = IncrementalHash.CreateHMAC(name, Bytes("key"));
            mac.AppendData(fox.AsSpan(0, 20));
            mac.AppendData(fox.AsSpan(20));
            Console.WriteLine("  hmac " + Hex(mac.GetHashAndReset()) + " reused " + Hex(mac.GetHashAndReset()));
        }
        using (var inc = IncrementalHash.CreateHash(HashAlgorithmName.SHA256))
        {
            inc.AppendData(fox);
            Span<byte> small = stackalloc byte[16];
            Console.WriteLine("TryGetHashAndReset small " + inc.TryGetHashAndReset(small, out int w) + " " + w);
            Span<byte> ok = stackalloc byte[32];
            Console.WriteLine("TryGetHashAndReset " + inc.TryGetHashAndReset(ok, out w) + " " + w + " " + Convert.ToHexString(ok));
            Try("AppendData null", () => { inc.AppendData((byte[])null); return "ok"; });
            Try("AppendData bad range", () => { inc.AppendData(fox, 40, 10); return "ok"; });
            Try("GetHashAndReset short", () => inc.GetHashAndReset(new byte[3]));
        }
        Try("unknown algorithm", () => IncrementalHash.CreateHash(new HashAlgorithmName("FOO")));
        Try("null name", () => IncrementalHash.CreateHash(new HashAlgorithmName(null)));
        Try("empty name", () => IncrementalHash.CreateHMAC(new HashAlgorithmName(""), Bytes("k")));
        Try("null hmac key", () => IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, (byte[])null));
        var disposed = IncrementalHash.CreateHash(HashAlgorithmName.SHA1);
        disposed.Dispose();
        Try("disposed append", () => { disposed.AppendData(fox); return "ok"; });
        Console.WriteLine($"names {HashAlgorithmName.SHA256} {HashAlgorithmName.SHA256 == new HashAlgorithmName("SHA256")} {HashAlgorithmName.MD5.Equals(HashAlgorithmName.SHA1)} [{default(HashAlgorithmName)}] {default(HashAlgorithmName).Name == null}");
    }
}
