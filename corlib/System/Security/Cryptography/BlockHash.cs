namespace System.Security.Cryptography
{
    // The Merkle–Damgård frame shared by MD5 and the SHA family: input gathers into fixed-size
    // blocks handed to Compress; Finish pads with 0x80, zeros and the message length in bits
    // (a 64-bit or 128-bit field, big- or little-endian as the algorithm says). Byte order is
    // explicit everywhere, so the digests are the same on big-endian hosts.
    internal abstract class BlockHash
    {
        private readonly byte[] _block;
        private int _filled;
        private ulong _length;          // bytes appended so far

        protected BlockHash(int blockSize) { _block = new byte[blockSize]; }

        internal abstract int HashSizeInBytes { get; }
        protected abstract void Compress(byte[] block, int offset);
        protected abstract void ResetState();
        protected abstract void WriteState(Span<byte> destination);
        protected virtual int LengthFieldBytes => 8;
        protected virtual bool LittleEndianLength => false;

        internal void Reset()
        {
            _filled = 0;
            _length = 0;
            ResetState();
        }

        internal void Append(ReadOnlySpan<byte> data)
        {
            _length += (ulong)data.Length;
            int bs = _block.Length;
            if (_filled > 0)
            {
                int n = Math.Min(bs - _filled, data.Length);
                data.Slice(0, n).CopyTo(new Span<byte>(_block, _filled, n));
                _filled += n;
                data = data.Slice(n);
                if (_filled < bs) return;
                Compress(_block, 0);
                _filled = 0;
            }
            while (data.Length >= bs)
            {
                data.Slice(0, bs).CopyTo(_block);
                Compress(_block, 0);
                data = data.Slice(bs);
            }
            data.CopyTo(_block);
            _filled = data.Length;
        }

        // Writes the digest and starts over, ready for the next message.
        internal void Finish(Span<byte> destination)
        {
            ulong bits = _length << 3;
            int bs = _block.Length, lenBytes = LengthFieldBytes;
            _block[_filled++] = 0x80;
            if (_filled > bs - lenBytes)
            {
                Array.Clear(_block, _filled, bs - _filled);
                Compress(_block, 0);
                _filled = 0;
            }
            Array.Clear(_block, _filled, bs - _filled);
            for (int i = 0; i < 8; i++)
            {
                byte b = (byte)(bits >> (8 * i));
                if (LittleEndianLength) _block[bs - lenBytes + i] = b;
                else _block[bs - 1 - i] = b;
            }
            Compress(_block, 0);
            WriteState(destination);
            Reset();
        }

        internal byte[] Finish()
        {
            var r = new byte[HashSizeInBytes];
            Finish(r);
            return r;
        }

        internal static uint BigEndian32(byte[] b, int i) => (uint)(b[i] << 24 | b[i + 1] << 16 | b[i + 2] << 8 | b[i + 3]);
        internal static uint LittleEndian32(byte[] b, int i) => (uint)(b[i] | b[i + 1] << 8 | b[i + 2] << 16 | b[i + 3] << 24);
        internal static ulong BigEndian64(byte[] b, int i) => (ulong)BigEndian32(b, i) << 32 | BigEndian32(b, i + 4);

        internal static void PutBigEndian32(Span<byte> d, int i, uint v)
        {
            d[i] = (byte)(v >> 24); d[i + 1] = (byte)(v >> 16); d[i + 2] = (byte)(v >> 8); d[i + 3] = (byte)v;
        }

        internal static void PutLittleEndian32(Span<byte> d, int i, uint v)
        {
            d[i] = (byte)v; d[i + 1] = (byte)(v >> 8); d[i + 2] = (byte)(v >> 16); d[i + 3] = (byte)(v >> 24);
        }

        internal static void PutBigEndian64(Span<byte> d, int i, ulong v)
        {
            PutBigEndian32(d, i, (uint)(v >> 32));
            PutBigEndian32(d, i + 4, (uint)v);
        }

        internal static uint Rol(uint x, int n) => x << n | x >> (32 - n);
        internal static uint Ror(uint x, int n) => x >> n | x << (32 - n);
        internal static ulong Ror(ulong x, int n) => x >> n | x << (64 - n);
    }
}
