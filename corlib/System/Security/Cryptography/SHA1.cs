using System.IO;

namespace System.Security.Cryptography
{
    public abstract class SHA1 : HashAlgorithm
    {
        public const int HashSizeInBits = 160;
        public const int HashSizeInBytes = 20;

        protected SHA1() { HashSizeValue = HashSizeInBits; }

        public static SHA1 Create() => new Implementation();

        public static byte[] HashData(byte[] source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return OneShot(new Sha1Engine(), source);
        }

        public static byte[] HashData(ReadOnlySpan<byte> source) => OneShot(new Sha1Engine(), source);
        public static int HashData(ReadOnlySpan<byte> source, Span<byte> destination) => OneShot(new Sha1Engine(), source, destination);

        public static bool TryHashData(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten)
        {
            bytesWritten = destination.Length < HashSizeInBytes ? 0 : OneShot(new Sha1Engine(), source, destination);
            return bytesWritten != 0;
        }

        public static byte[] HashData(Stream source) => OneShot(new Sha1Engine(), source);

        public static int HashData(Stream source, Span<byte> destination)
        {
            if (destination.Length < HashSizeInBytes) throw new ArgumentException("Destination is too short.", "destination");
            OneShot(new Sha1Engine(), source).AsSpan().CopyTo(destination);
            return HashSizeInBytes;
        }

        private sealed class Implementation : SHA1
        {
            private readonly Sha1Engine _engine = new Sha1Engine();
            public override void Initialize() => _engine.Reset();
            protected override void HashCore(byte[] array, int ibStart, int cbSize) => _engine.Append(new ReadOnlySpan<byte>(array, ibStart, cbSize));
            protected override void HashCore(ReadOnlySpan<byte> source) => _engine.Append(source);
            protected override byte[] HashFinal() => _engine.Finish();
        }
    }

    // FIPS 180-4, section 6.1.
    internal sealed class Sha1Engine : BlockHash
    {
        private readonly uint[] _h = new uint[5];
        private readonly uint[] _w = new uint[80];

        internal Sha1Engine() : base(64) { ResetState(); }
        internal override int HashSizeInBytes => 20;

        protected override void ResetState()
        {
            _h[0] = 0x67452301; _h[1] = 0xefcdab89; _h[2] = 0x98badcfe; _h[3] = 0x10325476; _h[4] = 0xc3d2e1f0;
        }

        protected override void Compress(byte[] block, int offset)
        {
            uint[] w = _w;
            for (int i = 0; i < 16; i++) w[i] = BigEndian32(block, offset + 4 * i);
            for (int i = 16; i < 80; i++) w[i] = Rol(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
            uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4];
            for (int i = 0; i < 80; i++)
            {
                uint f, k;
                if (i < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
                else if (i < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
                else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
                else { f = b ^ c ^ d; k = 0xca62c1d6; }
                uint t = unchecked(Rol(a, 5) + f + e + k + w[i]);
                e = d; d = c; c = Rol(b, 30); b = a; a = t;
            }
            unchecked { _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; _h[4] += e; }
        }

        protected override void WriteState(Span<byte> destination)
        {
            for (int i = 0; i < 5; i++) PutBigEndian32(destination, 4 * i, _h[i]);
        }
    }
}
