namespace System.IO
{
    // A buffer in front of another stream: small reads are served from one block read ahead,
    // small writes gather in the buffer until it is full or flushed. The buffer holds either
    // read-ahead data or pending writes, never both; the underlying stream's position is always
    // the end of the read-ahead data or the start of the pending writes.
    public sealed class BufferedStream : Stream
    {
        private const int DefaultBufferSize = 4096;

        private Stream _stream;           // null once disposed
        private readonly int _bufferSize;
        private byte[] _buffer;           // allocated on first use
        private int _readPos, _readLen;   // read-ahead data is _buffer[_readPos.._readLen)
        private int _writePos;            // pending writes are _buffer[0.._writePos)

        public BufferedStream(Stream stream) : this(stream, DefaultBufferSize) { }

        public BufferedStream(Stream stream, int bufferSize)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", "'bufferSize' must be greater than zero.");
            if (!stream.CanRead && !stream.CanWrite) throw Closed();
            _stream = stream;
            _bufferSize = bufferSize;
        }

        public Stream UnderlyingStream => _stream;
        public int BufferSize => _bufferSize;

        public override bool CanRead => _stream != null && _stream.CanRead;
        public override bool CanWrite => _stream != null && _stream.CanWrite;
        public override bool CanSeek => _stream != null && _stream.CanSeek;

        private void EnsureOpen() { if (_stream == null) throw Closed(); }
        private void EnsureCanSeek() { if (!_stream.CanSeek) throw new NotSupportedException("Stream does not support seeking."); }
        private void EnsureCanRead() { if (!_stream.CanRead) throw new NotSupportedException("Stream does not support reading."); }
        private void EnsureCanWrite() { if (!_stream.CanWrite) throw new NotSupportedException("Stream does not support writing."); }

        private byte[] Buffer => _buffer ??= new byte[_bufferSize];

        public override long Length
        {
            get
            {
                EnsureOpen();
                if (_writePos > 0) FlushWrite();
                return _stream.Length;
            }
        }

        public override long Position
        {
            get
            {
                EnsureOpen();
                EnsureCanSeek();
                return _stream.Position + (_readPos - _readLen + _writePos);
            }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                Seek(value, SeekOrigin.Begin);
            }
        }

        // Pending writes go out; read-ahead data is given back by seeking the underlying stream
        // to the logical position (possible only when it can seek).
        public override void Flush()
        {
            EnsureOpen();
            if (_writePos > 0) { FlushWrite(); return; }
            if (_readPos < _readLen)
            {
                if (!_stream.CanSeek) return;
                DropReadAhead();
            }
            _readPos = _readLen = 0;
            if (_stream.CanWrite) _stream.Flush();
        }

        private void FlushWrite()
        {
            _stream.Write(_buffer, 0, _writePos);
            _writePos = 0;
            _stream.Flush();
        }

        private void DropReadAhead()
        {
            if (_readPos < _readLen) _stream.Seek(_readPos - _readLen, SeekOrigin.Current);
            _readPos = _readLen = 0;
        }

        // Before writing, the underlying stream must stand at the logical position.
        private void PrepareWrite()
        {
            if (_readPos == _readLen) { _readPos = _readLen = 0; return; }
            if (!_stream.CanSeek)
                throw new NotSupportedException("Cannot write to a BufferedStream while the read buffer is not empty if the underlying stream is not seekable. Ensure that the stream underlying this BufferedStream can seek or avoid interleaving read and write operations on this BufferedStream.");
            DropReadAhead();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            return Read(new Span<byte>(buffer, offset, count));
        }

        public override int Read(Span<byte> destination)
        {
            EnsureOpen();
            EnsureCanRead();
            int fromBuffer = Math.Min(_readLen - _readPos, destination.Length);
            if (fromBuffer > 0)
            {
                new ReadOnlySpan<byte>(_buffer, _readPos, fromBuffer).CopyTo(destination);
                _readPos += fromBuffer;
                if (fromBuffer == destination.Length) return fromBuffer;
                destination = destination.Slice(fromBuffer);
            }
            _readPos = _readLen = 0;
            if (_writePos > 0) FlushWrite();
            // A read at least as large as the buffer gains nothing from it.
            if (destination.Length >= _bufferSize) return fromBuffer + _stream.Read(destination);
            _readLen = _stream.Read(Buffer, 0, _bufferSize);
            int more = Math.Min(_readLen, destination.Length);
            new ReadOnlySpan<byte>(_buffer, 0, more).CopyTo(destination);
            _readPos = more;
            return fromBuffer + more;
        }

        public override int ReadByte()
        {
            EnsureOpen();
            if (_readPos == _readLen)
            {
                EnsureCanRead();
                if (_writePos > 0) FlushWrite();
                _readPos = 0;
                _readLen = _stream.Read(Buffer, 0, _bufferSize);
                if (_readLen == 0) return -1;
            }
            return _buffer[_readPos++];
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            Write(new ReadOnlySpan<byte>(buffer, offset, count));
        }

        // A write that fits comfortably is gathered: what fits goes into the buffer, and only
        // when more is left over does the full buffer go out. A larger one goes out at once, in
        // one underlying write together with what is pending when both are not too large.
        public override void Write(ReadOnlySpan<byte> source)
        {
            EnsureOpen();
            EnsureCanWrite();
            if (_writePos == 0) PrepareWrite();
            long total = (long)_writePos + source.Length;
            if (total + source.Length < 2L * _bufferSize)
            {
                int n = Math.Min(_bufferSize - _writePos, source.Length);
                source.Slice(0, n).CopyTo(new Span<byte>(Buffer, _writePos, n));
                _writePos += n;
                if (n == source.Length) return;
                _stream.Write(_buffer, 0, _writePos);
                source = source.Slice(n);
                source.CopyTo(_buffer);
                _writePos = source.Length;
                return;
            }
            if (_writePos > 0)
            {
                if (total <= 2L * _bufferSize)
                {
                    byte[] joined = new byte[total];
                    new ReadOnlySpan<byte>(_buffer, 0, _writePos).CopyTo(joined);
                    source.CopyTo(new Span<byte>(joined, _writePos, source.Length));
                    _writePos = 0;
                    _stream.Write(joined, 0, joined.Length);
                    return;
                }
                _stream.Write(_buffer, 0, _writePos);
                _writePos = 0;
            }
            _stream.Write(source);
        }

        // The byte goes into the buffer; a buffer with no room left after it goes out first.
        public override void WriteByte(byte value)
        {
            EnsureOpen();
            if (_writePos == 0)
            {
                EnsureCanWrite();
                PrepareWrite();
            }
            if (_writePos > 0 && _writePos >= _bufferSize - 1)
            {
                _stream.Write(_buffer, 0, _writePos);
                _writePos = 0;
            }
            Buffer[_writePos++] = value;
        }

        // Read-ahead data survives a seek that lands inside it: the underlying stream is moved
        // to the target and back to the end of the data.
        public override long Seek(long offset, SeekOrigin origin)
        {
            EnsureOpen();
            EnsureCanSeek();
            if (_writePos > 0)
            {
                FlushWrite();
                return _stream.Seek(offset, origin);
            }
            if (_readLen - _readPos > 0 && origin == SeekOrigin.Current) offset -= _readLen - _readPos;
            long oldPos = Position;
            long newPos = _stream.Seek(offset, origin);
            long inBuffer = newPos - (oldPos - _readPos);
            if (inBuffer >= 0 && inBuffer < _readLen)
            {
                _readPos = (int)inBuffer;
                _stream.Seek(_readLen - _readPos, SeekOrigin.Current);
            }
            else _readPos = _readLen = 0;
            return newPos;
        }

        public override void SetLength(long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            EnsureOpen();
            EnsureCanSeek();
            EnsureCanWrite();
            Flush();
            _stream.SetLength(value);
        }

        public override void CopyTo(Stream destination, int bufferSize)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", bufferSize, "Positive number required.");
            EnsureOpen();
            EnsureCanRead();
            if (_readPos < _readLen)
            {
                destination.Write(_buffer, _readPos, _readLen - _readPos);
                _readPos = _readLen = 0;
            }
            else if (_writePos > 0) FlushWrite();
            _stream.CopyTo(destination, bufferSize);
        }

        protected override void Dispose(bool disposing)
        {
            try
            {
                if (disposing && _stream != null)
                {
                    try { Flush(); }
                    finally { _stream.Dispose(); }
                }
            }
            finally
            {
                _stream = null;
                _buffer = null;
                base.Dispose(disposing);
            }
        }
    }
}
