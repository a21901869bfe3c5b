namespace System.IO
{
    public enum SeekOrigin { Begin = 0, Current = 1, End = 2 }

    // The byte stream base class: the span, single-byte, exact-read and copy helpers are built on
    // the array Read/Write every stream implements.
    public abstract class Stream : MarshalByRefObject, IDisposable
    {
        public static readonly Stream Null = new NullStream();

        protected Stream() { }

        public abstract bool CanRead { get; }
        public abstract bool CanSeek { get; }
        public abstract bool CanWrite { get; }
        public virtual bool CanTimeout => false;
        public abstract long Length { get; }
        public abstract long Position { get; set; }

        public virtual int ReadTimeout
        {
            get => throw new InvalidOperationException("Timeouts are not supported on this stream.");
            set => throw new InvalidOperationException("Timeouts are not supported on this stream.");
        }

        public virtual int WriteTimeout
        {
            get => throw new InvalidOperationException("Timeouts are not supported on this stream.");
            set => throw new InvalidOperationException("Timeouts are not supported on this stream.");
        }

        public abstract void Flush();
        public abstract int Read(byte[] buffer, int offset, int count);
        public abstract long Seek(long offset, SeekOrigin origin);
        public abstract void SetLength(long value);
        public abstract void Write(byte[] buffer, int offset, int count);

        public virtual int Read(Span<byte> buffer)
        {
            byte[] tmp = new byte[buffer.Length];
            int n = Read(tmp, 0, tmp.Length);
            if ((uint)n > (uint)buffer.Length) throw new IOException("Stream was too long.");
            new ReadOnlySpan<byte>(tmp, 0, n).CopyTo(buffer);
            return n;
        }

        public virtual void Write(ReadOnlySpan<byte> buffer)
        {
            byte[] tmp = buffer.ToArray();
            Write(tmp, 0, tmp.Length);
        }

        public virtual int ReadByte()
        {
            byte[] one = new byte[1];
            return Read(one, 0, 1) == 0 ? -1 : one[0];
        }

        public virtual void WriteByte(byte value) => Write(new byte[] { value }, 0, 1);

        public void ReadExactly(Span<byte> buffer)
        {
            int done = 0;
            while (done < buffer.Length)
            {
                int n = Read(buffer.Slice(done));
                if (n == 0) throw new EndOfStreamException("Unable to read beyond the end of the stream.");
                done += n;
            }
        }

        public void ReadExactly(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            ReadExactly(new Span<byte>(buffer, offset, count));
        }

        public int ReadAtLeast(Span<byte> buffer, int minimumBytes, bool throwOnEndOfStream = true)
        {
            if (minimumBytes < 0) throw new ArgumentOutOfRangeException("minimumBytes", minimumBytes, "Non-negative number required.");
            if (buffer.Length < minimumBytes) throw new ArgumentOutOfRangeException("minimumBytes", minimumBytes, "The value must be less than or equal to the buffer length.");
            int done = 0;
            while (done < minimumBytes)
            {
                int n = Read(buffer.Slice(done));
                if (n == 0)
                {
                    if (throwOnEndOfStream) throw new EndOfStreamException("Unable to read beyond the end of the stream.");
                    return done;
                }
                done += n;
            }
            return done;
        }

        public void CopyTo(Stream destination) => CopyTo(destination, 81920);

        public virtual void CopyTo(Stream destination, int bufferSize)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", bufferSize, "Positive number required.");
            if (!CanRead) throw new NotSupportedException("Stream does not support reading.");
            if (!destination.CanWrite) throw new NotSupportedException("Stream does not support writing.");
            byte[] buf = new byte[bufferSize];
            int n;
            while ((n = Read(buf, 0, buf.Length)) != 0) destination.Write(buf, 0, n);
        }

        public virtual void Close()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        public void Dispose() => Close();

        protected virtual void Dispose(bool disposing) { }

        protected static void ValidateBufferArguments(byte[] buffer, int offset, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Non-negative number required.");
            if ((uint)count > (uint)(buffer.Length - offset)) throw new ArgumentOutOfRangeException("count", "Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        public static Stream Synchronized(Stream stream) => stream ?? throw new ArgumentNullException("stream");

        internal static ObjectDisposedException Closed() => new ObjectDisposedException(null, "Cannot access a closed Stream.");

        private sealed class NullStream : Stream
        {
            public override bool CanRead => true;
            public override bool CanSeek => true;
            public override bool CanWrite => true;
            public override long Length => 0;
            public override long Position { get => 0; set { } }
            public override void Flush() { }
            public override int Read(byte[] buffer, int offset, int count) { ValidateBufferArguments(buffer, offset, count); return 0; }
            public override long Seek(long offset, SeekOrigin origin) => 0;
            public override void SetLength(long value) { }
            public override void Write(byte[] buffer, int offset, int count) => ValidateBufferArguments(buffer, offset, count);
        }
    }

    // A stream over a byte array that grows as it is written (unless given a fixed buffer).
    public class MemoryStream : Stream
    {
        private byte[] _buffer;
        private readonly int _origin;
        private int _position;
        private int _length;
        private int _capacity;
        private readonly bool _expandable;
        private bool _writable;
        private readonly bool _exposable;
        private bool _isOpen;

        public MemoryStream() : this(0) { }

        public MemoryStream(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", capacity, "Non-negative number required.");
            _buffer = capacity != 0 ? new byte[capacity] : Array.Empty<byte>();
            _capacity = capacity;
            _expandable = true;
            _writable = true;
            _exposable = true;
            _isOpen = true;
        }

        public MemoryStream(byte[] buffer) : this(buffer, true) { }

        public MemoryStream(byte[] buffer, bool writable)
        {
            if (buffer == null) throw new ArgumentNullException("buffer");
            _buffer = buffer;
            _length = _capacity = buffer.Length;
            _writable = writable;
            _isOpen = true;
        }

        public MemoryStream(byte[] buffer, int index, int count) : this(buffer, index, count, true, false) { }
        public MemoryStream(byte[] buffer, int index, int count, bool writable) : this(buffer, index, count, writable, false) { }

        public MemoryStream(byte[] buffer, int index, int count, bool writable, bool publiclyVisible)
        {
            ValidateBufferArguments(buffer, index, count);
            _buffer = buffer;
            _origin = _position = index;
            _length = _capacity = index + count;
            _writable = writable;
            _exposable = publiclyVisible;
            _isOpen = true;
        }

        public override bool CanRead => _isOpen;
        public override bool CanSeek => _isOpen;
        public override bool CanWrite => _writable;

        private void EnsureOpen() { if (!_isOpen) throw Closed(); }
        private void EnsureWriteable() { if (!CanWrite) throw new NotSupportedException("Stream does not support writing."); }

        public virtual int Capacity
        {
            get { EnsureOpen(); return _capacity - _origin; }
            set
            {
                if (value < Length) throw new ArgumentOutOfRangeException("value", value, "capacity was less than the current size.");
                EnsureOpen();
                if (!_expandable && value != Capacity) throw new NotSupportedException("Memory stream is not expandable.");
                if (_expandable && value != _capacity)
                {
                    if (value > 0)
                    {
                        byte[] nb = new byte[value];
                        if (_length > 0) Array.Copy(_buffer, nb, _length);
                        _buffer = nb;
                    }
                    else _buffer = Array.Empty<byte>();
                    _capacity = value;
                }
            }
        }

        public override long Length { get { EnsureOpen(); return _length - _origin; } }

        public override long Position
        {
            get { EnsureOpen(); return _position - _origin; }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", value, "Non-negative number required.");
                EnsureOpen();
                if (value > int.MaxValue - _origin) throw new ArgumentOutOfRangeException("value", value, "Stream length must be non-negative and less than 2^31 - 1 - origin.");
                _position = _origin + (int)value;
            }
        }

        private bool EnsureCapacity(int value)
        {
            if (value < 0) throw new IOException("Stream was too long.");
            if (value > _capacity)
            {
                int newCapacity = Math.Max(value, 256);
                if (newCapacity < _capacity * 2) newCapacity = _capacity * 2;
                if ((uint)(_capacity * 2) > 0x7FFFFFC7) newCapacity = Math.Max(value, 0x7FFFFFC7);
                Capacity = newCapacity;
                return true;
            }
            return false;
        }

        public override void Flush() { }

        public virtual byte[] GetBuffer()
        {
            if (!_exposable) throw new UnauthorizedAccessException("MemoryStream's internal buffer cannot be accessed.");
            return _buffer;
        }

        public virtual bool TryGetBuffer(out ArraySegment<byte> buffer)
        {
            if (!_exposable) { buffer = default; return false; }
            buffer = new ArraySegment<byte>(_buffer, _origin, _length - _origin);
            return true;
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureOpen();
            int n = _length - _position;
            if (n > count) n = count;
            if (n <= 0) return 0;
            Array.Copy(_buffer, _position, buffer, offset, n);
            _position += n;
            return n;
        }

        public override int Read(Span<byte> buffer)
        {
            EnsureOpen();
            int n = Math.Min(_length - _position, buffer.Length);
            if (n <= 0) return 0;
            new ReadOnlySpan<byte>(_buffer, _position, n).CopyTo(buffer);
            _position += n;
            return n;
        }

        public override int ReadByte()
        {
            EnsureOpen();
            if (_position >= _length) return -1;
            return _buffer[_position++];
        }

        public override long Seek(long offset, SeekOrigin loc)
        {
            EnsureOpen();
            long baseAt = loc switch
            {
                SeekOrigin.Begin => _origin,
                SeekOrigin.Current => _position,
                SeekOrigin.End => _length,
                _ => throw new ArgumentException("Invalid seek origin.", "loc"),
            };
            long target = baseAt + offset;
            if (target < _origin) throw new IOException("An attempt was made to move the position before the beginning of the stream.");
            if (target > int.MaxValue) throw new ArgumentOutOfRangeException("offset", "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            _position = (int)target;
            return _position - _origin;
        }

        public override void SetLength(long value)
        {
            if (value < 0 || value > int.MaxValue) throw new ArgumentOutOfRangeException("value", value, "Stream length must be non-negative and less than 2^31 - 1 - origin.");
            EnsureWriteable();
            int newLength = _origin + (int)value;
            bool allocated = EnsureCapacity(newLength);
            if (!allocated && newLength > _length) Array.Clear(_buffer, _length, newLength - _length);
            _length = newLength;
            if (_position > newLength) _position = newLength;
        }

        public virtual byte[] ToArray()
        {
            int n = _length - _origin;
            if (n == 0) return Array.Empty<byte>();
            byte[] r = new byte[n];
            Array.Copy(_buffer, _origin, r, 0, n);
            return r;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            Write(new ReadOnlySpan<byte>(buffer, offset, count));
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            EnsureOpen();
            EnsureWriteable();
            int end = _position + buffer.Length;
            if (end < 0) throw new IOException("Stream was too long.");
            if (end > _length)
            {
                bool mustZero = _position > _length;
                if (end > _capacity)
                {
                    if (!_expandable) throw new NotSupportedException("Memory stream is not expandable.");
                    if (EnsureCapacity(end)) mustZero = false;
                }
                if (mustZero) Array.Clear(_buffer, _length, end - _length);
                _length = end;
            }
            buffer.CopyTo(new Span<byte>(_buffer, _position, buffer.Length));
            _position = end;
        }

        public override void WriteByte(byte value)
        {
            EnsureOpen();
            EnsureWriteable();
            if (_position >= _length)
            {
                int newLength = _position + 1;
                bool mustZero = _position > _length;
                if (newLength >= _capacity)
                {
                    if (!_expandable) throw new NotSupportedException("Memory stream is not expandable.");
                    if (EnsureCapacity(newLength)) mustZero = false;
                }
                if (mustZero) Array.Clear(_buffer, _length, _position - _length);
                _length = newLength;
            }
            _buffer[_position++] = value;
        }

        public virtual void WriteTo(Stream stream)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            EnsureOpen();
            stream.Write(_buffer, _origin, _length - _origin);
        }

        public override void CopyTo(Stream destination, int bufferSize)
        {
            EnsureOpen();
            if (destination == null) throw new ArgumentNullException("destination");
            int n = _length - _position;
            if (n > 0)
            {
                destination.Write(_buffer, _position, n);
                _position = _length;
            }
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _isOpen = false;
                _writable = false;
            }
        }
    }

    // The console's file descriptors as streams (Console.OpenStandardInput/Output/Error). As on
    // .NET for Unix, reads and writes go to the descriptor whatever the stream's direction,
    // so the operating system decides (a pipe's wrong end gives UnauthorizedAccessException),
    // and a write to a closed pipe is dropped silently.
    internal sealed unsafe class ConsoleStream : Stream
    {
        private const int EPIPE = 32;
        private readonly int _fd;
        private readonly bool _write;
        private bool _disposed;

        internal ConsoleStream(int fd, bool write) { _fd = fd; _write = write; }

        public override bool CanRead => !_write && !_disposed;
        public override bool CanSeek => false;
        public override bool CanWrite => _write && !_disposed;
        public override long Length => throw new NotSupportedException("Stream does not support seeking.");
        public override long Position
        {
            get => throw new NotSupportedException("Stream does not support seeking.");
            set => throw new NotSupportedException("Stream does not support seeking.");
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("Stream does not support seeking.");
        public override void SetLength(long value) => throw new NotSupportedException("Stream does not support seeking.");

        private void EnsureOpen()
        {
            if (_disposed) throw new ObjectDisposedException("Microsoft.Win32.SafeHandles.SafeFileHandle");
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureOpen();
            int n;
            fixed (byte* p = buffer) n = FileSystemPal.Read(_fd, p + offset, count);
            if (n < 0) throw FileSystemPal.Error(n, null);
            return n;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            EnsureOpen();
            fixed (byte* p = buffer)
            {
                int done = 0;
                while (done < count)
                {
                    int n = FileSystemPal.Write(_fd, p + offset + done, count - done);
                    if (n == -EPIPE) return;
                    if (n < 0) throw FileSystemPal.Error(n, null);
                    done += n;
                }
            }
        }

        protected override void Dispose(bool disposing) => _disposed = true;
    }
}
