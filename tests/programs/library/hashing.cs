// MD5, SHA1, SHA256 and SHA512 digests of known inputs: empty, short, exactly one block, the
// padding boundaries (55/56/63/64 and 111/112/127/128 bytes), multi-block; one-shot HashData
// over arrays, spans and streams, Create().ComputeHash, TransformBlock in pieces, sizes and errors.
using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;

class Program
{
    static string Hex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();

    static byte[] Pattern(int n) { var b = new byte[n]; for (int i = 0; i < n; i++) b[i] = (byte)(i * 7 + 3); return b; }

    static void All(string label, byte[] data)
    {
        Console.WriteLine($"{label} md5    {Hex(MD5.HashData(data))}");
        Console.WriteLine($"{label} sha1   {Hex(SHA1.HashData(data))}");
        Console.WriteLine($"{label} sha256 {Hex(SHA256.HashData(data))}");
        Console.WriteLine($"{label} sha512 {Hex(SHA512.HashData(data))}");
    }

    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine($"{what}: {f()}"); }
        catch (Exception e) { Console.WriteLine($"{what}: {e.GetType().Name}: {e.Message}"); }
    }

    static int Main()
    {
        All("empty", new byte[0]);
        All("abc", Encoding.ASCII.GetBytes("abc"));
        All("fox", Encoding.UTF8.GetBytes("The quick brown fox jumps over the lazy dog"));
        foreach (int n in new[] { 55, 56, 63, 64, 65, 111, 112, 127, 128, 129, 1000 }) All("len" + n, Pattern(n));
        All("million-a", Encoding.ASCII.GetBytes(new string('a', 1000000)));

        byte[] data = Pattern(300);
        Span<byte> dest = stackalloc byte[64];
        Console.WriteLine(SHA256.HashData(data.AsSpan(10, 100), dest) + " " + Hex(dest.Slice(0, 32).ToArray()));
        Console.WriteLine(SHA256.TryHashData(data, dest.Slice(0, 31), out int w) + " " + w + " " + SHA1.TryHashData(data, dest, out w) + " " + w);
        Console.WriteLine(Hex(MD5.HashData(new MemoryStream(data))) + " " + MD5.HashData(new MemoryStream(data), dest) + " " + Hex(dest.Slice(0, 16).ToArray()));
        Console.WriteLine(Hex(SHA512.HashData((ReadOnlySpan<byte>)data)));

        using (var sha = SHA256.Create())
        {
            Console.WriteLine($"{sha.HashSize} {SHA256.HashSizeInBits} {SHA256.HashSizeInBytes} {SHA1.HashSizeInBytes} {MD5.HashSizeInBytes} {SHA512.HashSizeInBytes} {sha.InputBlockSize} {sha.CanReuseTransform}");
            Console.WriteLine(Hex(sha.ComputeHash(data)) + " " + Hex(sha.Hash));
            Console.WriteLine(Hex(sha.ComputeHash(data, 5, 200)));
            Console.WriteLine(Hex(sha.ComputeHash(new MemoryStream(data))));
            int off = 0;
            foreach (int piece in new[] { 1, 63, 64, 100, 2 })
            {
                var outBuf = new byte[piece];
                Console.Write(sha.TransformBlock(data, off, piece, outBuf, 0) + (outBuf[piece - 1] == data[off + piece - 1] ? "+ " : "- "));
                off += piece;
            }
            Console.WriteLine(sha.TransformFinalBlock(data, off, 300 - off).Length + " " + Hex(sha.Hash) + " " + (Hex(sha.Hash) == Hex(SHA256.HashData(data))));
        }
        using (HashAlgorithm md5 = MD5.Create()) Console.WriteLine(Hex(md5.ComputeHash(Encoding.ASCII.GetBytes("message digest"))));
        using (HashAlgorithm sha1 = SHA1.Create()) Console.WriteLine(Hex(sha1.ComputeHash(new byte[0])));
        using (var sha512 = SHA512.Create()) Console.WriteLine(Hex(sha512.ComputeHash(Pattern(129))));

        Try("HashData null", () => SHA256.HashData((byte[])null));
        Try("HashData short dest", () => SHA1.HashData(data, new byte[19]));
        Try("HashData null stream", () => MD5.HashData((Stream)null));
        var h = SHA256.Create();
        Try("Hash before", () => h.Hash == null);
        h.TransformBlock(data, 0, 3, null, 0);
        Try("Hash while unfinished", () => h.Hash);
        Try("ComputeHash null", () => h.ComputeHash((byte[])null));
        Try("ComputeHash bad range", () => h.ComputeHash(data, 250, 100));
        h.Dispose();
        Try("ComputeHash disposed", () => h.ComputeHash(data));
        return 0;
    }
}
