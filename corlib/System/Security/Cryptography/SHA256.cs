using System.IO;

namespace System.Security.Cryptography
{
    public abstract class SHA256 : HashAlgorithm
    {
        public const int HashSizeInBits = 256;
        public const int HashSizeInBytes = 32;

        protected SHA256() { HashSizeValue = HashSizeInBits; }

        public static SHA256 Create() => new Implementation();

        public static byte[] HashData(byte[] source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return OneShot(new Sha256Engine(), source);
        }

        public static byte[] HashData(ReadOnlySpan<byte> source) => OneShot(new Sha256Engine(), source);
        public static int HashData(ReadOnlySpan<byte> source, Span<byte> destination) => OneShot(new Sha256Engine(), source, destination);

        public static bool TryHashData(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten)
        {
            bytesWritten = destination.Length < HashSizeInBytes ? 0 : OneShot(new Sha256Engine(), source, destination);
            return bytesWritten != 0;
        }

        public static byte[] HashData(Stream source) => OneShot(new Sha256Engine(), source);

        public static int HashData(Stream source, Span<byte> destination)
        {
            if (destination.Length < HashSizeInBytes) throw new ArgumentException("Destination is too short.", "destination");
            OneShot(new Sha256Engine(), source).AsSpan().CopyTo(destination);
            return HashSizeInBytes;
        }

        private sealed class Implementation : SHA256
        {
            private readonly Sha256Engine _engine = new Sha256Engine();
            public override void Initialize() => _engine.Reset();
            protected override void HashCore(byte[] array, int ibStart, int cbSize) => _engine.Append(new ReadOnlySpan<byte>(array, ibStart, cbSize));
            protected override void HashCore(ReadOnlySpan<byte> source) => _engine.Append(source);
            protected override byte[] HashFinal() => _engine.Finish();
        }
    }

    // FIPS 180-4, section 6.2.
    internal sealed class Sha256Engine : BlockHash
    {
        private static readonly uint[] s_k = {
            0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
            0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
            0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
            0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
            0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
            0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
            0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
            0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
        };

        private readonly uint[] _h = new uint[8];
        private readonly uint[] _w = new uint[64];

        internal Sha256Engine() : base(64) { ResetState(); }
        internal override int HashSizeInBytes => 32;

        protected override void ResetState()
        {
            _h[0] = 0x6a09e667; _h[1] = 0xbb67ae85; _h[2] = 0x3c6ef372; _h[3] = 0xa54ff53a;
            _h[4] = 0x510e527f; _h[5] = 0x9b05688c; _h[6] = 0x1f83d9ab; _h[7] = 0x5be0cd19;
        }

        protected override void Compress(byte[] block, int offset)
        {
            uint[] w = _w;
            for (int i = 0; i < 16; i++) w[i] = BigEndian32(block, offset + 4 * i);
            for (int i = 16; i < 64; i++)
            {
                uint s0 = Ror(w[i - 15], 7) ^ Ror(w[i - 15], 18) ^ (w[i - 15] >> 3);
                uint s1 = Ror(w[i - 2], 17) ^ Ror(w[i - 2], 19) ^ (w[i - 2] >> 10);
                w[i] = unchecked(w[i - 16] + s0 + w[i - 7] + s1);
            }
            uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4], f = _h[5], g = _h[6], h = _h[7];
            for (int i = 0; i < 64; i++)
            {
                uint t1 = unchecked(h + (Ror(e, 6) ^ Ror(e, 11) ^ Ror(e, 25)) + ((e & f) ^ (~e & g)) + s_k[i] + w[i]);
                uint t2 = unchecked((Ror(a, 2) ^ Ror(a, 13) ^ Ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c)));
                h = g; g = f; f = e; e = unchecked(d + t1);
                d = c; c = b; b = a; a = unchecked(t1 + t2);
            }
            unchecked { _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; _h[4] += e; _h[5] += f; _h[6] += g; _h[7] += h; }
        }

        protected override void WriteState(Span<byte> destination)
        {
            for (int i = 0; i < 8; i++) PutBigEndian32(destination, 4 * i, _h[i]);
        }
    }
}
