// IncrementalHash: a hash or HMAC fed in pieces, by algorithm name. GetCurrentHash is not
// provided (the engines cannot copy their running state yet).
namespace System.Security.Cryptography
{
    public sealed class IncrementalHash : IDisposable
    {
        private readonly BlockHash _hash;       // exactly one of these two is set
        private readonly HmacEngine _hmac;
        private bool _disposed;

        public HashAlgorithmName AlgorithmName { get; }
        public int HashLengthInBytes { get; }

        private IncrementalHash(HashAlgorithmName name, BlockHash hash, HmacEngine hmac)
        {
            AlgorithmName = name;
            _hash = hash;
            _hmac = hmac;
            HashLengthInBytes = hash != null ? hash.HashSizeInBytes : hmac.HashSizeInBytes;
        }

        private static Func<BlockHash> Lookup(HashAlgorithmName name, out int blockSize)
        {
            ArgumentException.ThrowIfNullOrEmpty(name.Name, "hashAlgorithm");
            Func<BlockHash> create = HmacEngine.Factory(name.Name, out blockSize);
            if (create == null) throw new CryptographicException("'" + name.Name + "' is not a known hash algorithm.");
            return create;
        }

        public static IncrementalHash CreateHash(HashAlgorithmName hashAlgorithm) =>
            new IncrementalHash(hashAlgorithm, Lookup(hashAlgorithm, out _)(), null);

        public static IncrementalHash CreateHMAC(HashAlgorithmName hashAlgorithm, byte[] key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return CreateHMAC(hashAlgorithm, new ReadOnlySpan<byte>(key));
        }

        public static IncrementalHash CreateHMAC(HashAlgorithmName hashAlgorithm, ReadOnlySpan<byte> key)
        {
            Func<BlockHash> create = Lookup(hashAlgorithm, out int blockSize);
            return new IncrementalHash(hashAlgorithm, null, new HmacEngine(create, blockSize, key));
        }

        private void ThrowIfDisposed()
        {
            if (_disposed) throw new ObjectDisposedException(typeof(IncrementalHash).FullName);
        }

        public void AppendData(byte[] data)
        {
            if (data == null) throw new ArgumentNullException("data");
            AppendData(new ReadOnlySpan<byte>(data));
        }

        public void AppendData(byte[] data, int offset, int count)
        {
            if (data == null) throw new ArgumentNullException("data");
            ArgumentOutOfRangeException.ThrowIfNegative(offset, "offset");
            if (count < 0 || count > data.Length) throw new ArgumentOutOfRangeException("count");
            if (data.Length - count < offset)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            AppendData(new ReadOnlySpan<byte>(data, offset, count));
        }

        public void AppendData(ReadOnlySpan<byte> data)
        {
            ThrowIfDisposed();
            if (_hash != null) _hash.Append(data);
            else _hmac.Append(data);
        }

        public byte[] GetHashAndReset()
        {
            byte[] r = new byte[HashLengthInBytes];
            GetHashAndReset(r);
            return r;
        }

        public int GetHashAndReset(Span<byte> destination)
        {
            ThrowIfDisposed();
            if (destination.Length < HashLengthInBytes)
                throw new ArgumentException("Destination is too short.", "destination");
            if (_hash != null) _hash.Finish(destination);
            else _hmac.Finish(destination);
            return HashLengthInBytes;
        }

        public bool TryGetHashAndReset(Span<byte> destination, out int bytesWritten)
        {
            ThrowIfDisposed();
            if (destination.Length < HashLengthInBytes)
            {
                bytesWritten = 0;
                return false;
            }
            bytesWritten = GetHashAndReset(destination);
            return true;
        }

        public void Dispose() => _disposed = true;
    }
}
