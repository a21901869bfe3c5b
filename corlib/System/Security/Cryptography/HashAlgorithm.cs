using System.IO;

namespace System.Security.Cryptography
{
    public class CryptographicException : SystemException
    {
        public CryptographicException() : base("Error occurred during a cryptographic operation.") { HResult = unchecked((int)0x80004005); }
        public CryptographicException(string message) : base(message) { HResult = unchecked((int)0x80004005); }
        public CryptographicException(string message, Exception inner) : base(message, inner) { HResult = unchecked((int)0x80004005); }
        public CryptographicException(int hr) : this() { HResult = hr; }
    }

    public class CryptographicUnexpectedOperationException : CryptographicException
    {
        public CryptographicUnexpectedOperationException() : base("Error occurred during a cryptographic operation.") { }
        public CryptographicUnexpectedOperationException(string message) : base(message) { }
    }

    public interface ICryptoTransform : IDisposable
    {
        bool CanReuseTransform { get; }
        bool CanTransformMultipleBlocks { get; }
        int InputBlockSize { get; }
        int OutputBlockSize { get; }
        int TransformBlock(byte[] inputBuffer, int inputOffset, int inputCount, byte[] outputBuffer, int outputOffset);
        byte[] TransformFinalBlock(byte[] inputBuffer, int inputOffset, int inputCount);
    }

    // The streaming hash interface: HashCore takes data, HashFinal gives the digest, Initialize
    // starts over. ComputeHash is one whole message; TransformBlock/TransformFinalBlock feed one
    // in parts.
    public abstract class HashAlgorithm : ICryptoTransform, IDisposable
    {
        protected int HashSizeValue;
        protected internal byte[] HashValue;
        protected int State;
        private bool _disposed;

        protected HashAlgorithm() { }

        public virtual int HashSize => HashSizeValue;
        public virtual bool CanReuseTransform => true;
        public virtual bool CanTransformMultipleBlocks => true;
        public virtual int InputBlockSize => 1;
        public virtual int OutputBlockSize => 1;

        public virtual byte[] Hash
        {
            get
            {
                if (_disposed) throw new ObjectDisposedException(GetType().FullName);
                if (State != 0) throw new CryptographicUnexpectedOperationException("Hash must be finalized before the hash value is retrieved.");
                return (byte[])HashValue?.Clone();
            }
        }

        public abstract void Initialize();
        protected abstract void HashCore(byte[] array, int ibStart, int cbSize);
        protected abstract byte[] HashFinal();
        protected virtual void HashCore(ReadOnlySpan<byte> source) { byte[] a = source.ToArray(); HashCore(a, 0, a.Length); }

        protected virtual bool TryHashFinal(Span<byte> destination, out int bytesWritten)
        {
            int size = HashSizeValue / 8;
            if (destination.Length < size) { bytesWritten = 0; return false; }
            byte[] h = HashFinal();
            h.AsSpan().CopyTo(destination);
            bytesWritten = h.Length;
            return true;
        }

        public byte[] ComputeHash(byte[] buffer)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            return ComputeHash(buffer, 0, buffer.Length);
        }

        public byte[] ComputeHash(byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Non-negative number required.");
            if (count < 0 || count > buffer.Length) throw new ArgumentException("Value was invalid.");
            if (buffer.Length - count < offset) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (_disposed) throw new ObjectDisposedException(GetType().FullName);
            HashCore(buffer, offset, count);
            return CaptureHash();
        }

        public byte[] ComputeHash(Stream inputStream)
        {
            if (_disposed) throw new ObjectDisposedException(GetType().FullName);
            if (inputStream == null) throw new ArgumentNullException("inputStream");
            byte[] buf = new byte[4096];
            int n;
            while ((n = inputStream.Read(buf, 0, buf.Length)) > 0) HashCore(buf, 0, n);
            return CaptureHash();
        }

        public bool TryComputeHash(ReadOnlySpan<byte> source, Span<byte> destination, out int bytesWritten)
        {
            if (_disposed) throw new ObjectDisposedException(GetType().FullName);
            if (destination.Length < HashSizeValue / 8) { bytesWritten = 0; return false; }
            HashCore(source);
            if (!TryHashFinal(destination, out bytesWritten)) throw new InvalidOperationException("The algorithm's implementation is incorrect.");
            HashValue = null;
            Initialize();
            return true;
        }

        private byte[] CaptureHash()
        {
            HashValue = HashFinal();
            byte[] r = (byte[])HashValue.Clone();
            Initialize();
            return r;
        }

        public int TransformBlock(byte[] inputBuffer, int inputOffset, int inputCount, byte[] outputBuffer, int outputOffset)
        {
            CheckTransformArgs(inputBuffer, inputOffset, inputCount);
            State = 1;
            HashCore(inputBuffer, inputOffset, inputCount);
            if (outputBuffer != null && (inputBuffer != outputBuffer || inputOffset != outputOffset))
                Buffer.BlockCopy(inputBuffer, inputOffset, outputBuffer, outputOffset, inputCount);
            return inputCount;
        }

        public byte[] TransformFinalBlock(byte[] inputBuffer, int inputOffset, int inputCount)
        {
            CheckTransformArgs(inputBuffer, inputOffset, inputCount);
            HashCore(inputBuffer, inputOffset, inputCount);
            HashValue = HashFinal();
            byte[] copy = new byte[inputCount];
            Buffer.BlockCopy(inputBuffer, inputOffset, copy, 0, inputCount);
            State = 0;
            Initialize();
            return copy;
        }

        private void CheckTransformArgs(byte[] inputBuffer, int inputOffset, int inputCount)
        {
            if (inputBuffer == null) throw new ArgumentNullException("inputBuffer");
            if (inputOffset < 0) throw new ArgumentOutOfRangeException("inputOffset", "Non-negative number required.");
            if (inputCount < 0 || inputCount > inputBuffer.Length) throw new ArgumentException("Value was invalid.");
            if (inputBuffer.Length - inputCount < inputOffset) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (_disposed) throw new ObjectDisposedException(GetType().FullName);
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        public void Clear() => Dispose();

        protected virtual void Dispose(bool disposing)
        {
            if (disposing)
            {
                if (HashValue != null) Array.Clear(HashValue, 0, HashValue.Length);
                HashValue = null;
                _disposed = true;
            }
        }

        // The one-shot HashData helpers of every algorithm share these.
        internal static byte[] OneShot(BlockHash h, ReadOnlySpan<byte> source)
        {
            h.Append(source);
            return h.Finish();
        }

        internal static int OneShot(BlockHash h, ReadOnlySpan<byte> source, Span<byte> destination)
        {
            if (destination.Length < h.HashSizeInBytes) throw new ArgumentException("Destination is too short.", "destination");
            h.Append(source);
            h.Finish(destination);
            return h.HashSizeInBytes;
        }

        internal static byte[] OneShot(BlockHash h, Stream source)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (!source.CanRead) throw new ArgumentException("Stream was not readable.", "source");
            byte[] buf = new byte[4096];
            int n;
            while ((n = source.Read(buf, 0, buf.Length)) > 0) h.Append(new ReadOnlySpan<byte>(buf, 0, n));
            return h.Finish();
        }
    }

}
