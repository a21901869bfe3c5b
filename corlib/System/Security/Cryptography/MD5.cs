using System.IO;

namespace System.Security.Cryptography
{
    public abstract class MD5 : HashAlgorithm
    {
        public const int HashSizeInBits = 128;
        public const int HashSizeInBytes = 16;

        protected MD5() { HashSizeValue = HashSizeInBits; }

        public static MD5 Create() => new Implementation();

        public static byte[] HashData(byte[] source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return OneShot(new Md5Engine(), source);
        }

        public static byte[] HashData(ReadOnlySpan<byte> source) => OneShot(new Md5Engine(), source);
        public static int HashData(ReadOnlySpan<byte> source, Span<byte> destination) => OneShot(new Md5Engine(), source, destination);

        public static bool TryHashData(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten)
        {
            bytesWritten = destination.Length < HashSizeInBytes ? 0 : OneShot(new Md5Engine(), source, destination);
            return bytesWritten != 0;
        }

        public static byte[] HashData(Stream source) => OneShot(new Md5Engine(), source);

        public static int HashData(Stream source, Span<byte> destination)
        {
            if (destination.Length < HashSizeInBytes) throw new ArgumentException("Destination is too short.", "destination");
            OneShot(new Md5Engine(), source).AsSpan().CopyTo(destination);
            return HashSizeInBytes;
        }

        private sealed class Implementation : MD5
        {
            private readonly Md5Engine _engine = new Md5Engine();
            public override void Initialize() => _engine.Reset();
            protected override void HashCore(byte[] array, int ibStart, int cbSize) => _engine.Append(new ReadOnlySpan<byte>(array, ibStart, cbSize));
            protected override void HashCore(ReadOnlySpan<byte> source) => _engine.Append(source);
            protected override byte[] HashFinal() => _engine.Finish();
        }
    }

    // RFC 1321: little-endian words and length; the sine table is computed as the RFC defines it.
    internal sealed class Md5Engine : BlockHash
    {
        private static readonly int[] s_shift = { 7, 12, 17, 22, 5, 9, 14, 20, 4, 11, 16, 23, 6, 10, 15, 21 };
        private static readonly uint[] s_t = MakeSineTable();

        private static uint[] MakeSineTable()
        {
            var t = new uint[64];
            for (int i = 0; i < 64; i++) t[i] = (uint)(Math.Abs(Math.Sin(i + 1)) * 4294967296.0);
            return t;
        }

        private readonly uint[] _h = new uint[4];
        private readonly uint[] _m = new uint[16];

        internal Md5Engine() : base(64) { ResetState(); }
        internal override int HashSizeInBytes => 16;
        protected override bool LittleEndianLength => true;

        protected override void ResetState()
        {
            _h[0] = 0x67452301; _h[1] = 0xefcdab89; _h[2] = 0x98badcfe; _h[3] = 0x10325476;
        }

        protected override void Compress(byte[] block, int offset)
        {
            uint[] m = _m;
            for (int i = 0; i < 16; i++) m[i] = LittleEndian32(block, offset + 4 * i);
            uint a = _h[0], b = _h[1], c = _h[2], d = _h[3];
            for (int i = 0; i < 64; i++)
            {
                uint f;
                int g;
                if (i < 16) { f = (b & c) | (~b & d); g = i; }
                else if (i < 32) { f = (d & b) | (~d & c); g = (5 * i + 1) & 15; }
                else if (i < 48) { f = b ^ c ^ d; g = (3 * i + 5) & 15; }
                else { f = c ^ (b | ~d); g = (7 * i) & 15; }
                f = unchecked(f + a + s_t[i] + m[g]);
                a = d; d = c; c = b;
                b = unchecked(b + Rol(f, s_shift[(i >> 4) * 4 + (i & 3)]));
            }
            unchecked { _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; }
        }

        protected override void WriteState(Span<byte> destination)
        {
            for (int i = 0; i < 4; i++) PutLittleEndian32(destination, 4 * i, _h[i]);
        }
    }
}
