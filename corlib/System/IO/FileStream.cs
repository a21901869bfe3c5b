// FileStream: a stream over an operating-system file, buffered as .NET's is (one buffer of
// bufferSize bytes, 4096 by default, holding either bytes read ahead or bytes not yet
// written; a buffer size of 0 or 1 means none). The file is locked with flock(2) as on .NET
// for Unix, so a second open that the FileShare forbids fails the same way.
namespace System.IO
{
    public enum FileMode { CreateNew = 1, Create = 2, Open = 3, OpenOrCreate = 4, Truncate = 5, Append = 6 }

    [Flags]
    public enum FileAccess { Read = 1, Write = 2, ReadWrite = 3 }

    [Flags]
    public enum FileShare { None = 0, Read = 1, Write = 2, ReadWrite = 3, Delete = 4, Inheritable = 16 }

    [Flags]
    public enum FileOptions { None = 0, Encrypted = 0x4000, DeleteOnClose = 0x4000000, SequentialScan = 0x8000000, RandomAccess = 0x10000000, Asynchronous = 0x40000000, WriteThrough = unchecked((int)0x80000000) }

    public class FileStream : Stream
    {
        private const int DefaultBufferSize = 4096;

        private int _fd = -1;
        private readonly string _fullPath;
        private readonly FileAccess _access;
        private readonly bool _canSeek;
        private readonly long _appendStart = -1;     // where an Append-mode file ended when opened
        private readonly int _bufferSize;            // 0: unbuffered
        private readonly bool _deleteOnClose;
        private byte[] _buffer;
        private int _readPos, _readLen;              // bytes read ahead: _buffer[_readPos.._readLen)
        private int _writePos;                       // bytes not yet written: _buffer[0.._writePos)

        public FileStream(string path, FileMode mode) : this(path, mode, mode == FileMode.Append ? FileAccess.Write : FileAccess.ReadWrite, FileShare.Read) { }
        public FileStream(string path, FileMode mode, FileAccess access) : this(path, mode, access, FileShare.Read) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share) : this(path, mode, access, share, DefaultBufferSize) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize) : this(path, mode, access, share, bufferSize, FileOptions.None) { }
        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize, bool useAsync) : this(path, mode, access, share, bufferSize, useAsync ? FileOptions.Asynchronous : FileOptions.None) { }

        public FileStream(string path, FileStreamOptions options)
            : this(path, (options ?? throw new ArgumentNullException("options")).Mode, options.Access, options.Share, options.BufferSize, options.Options) { }

        public FileStream(string path, FileMode mode, FileAccess access, FileShare share, int bufferSize, FileOptions options)
        {
            FileSystemPal.CheckPath(path);
            if (mode < FileMode.CreateNew || mode > FileMode.Append) throw new ArgumentOutOfRangeException("mode", "Enum value was out of legal range.");
            if (access < FileAccess.Read || access > FileAccess.ReadWrite) throw new ArgumentOutOfRangeException("access", "Enum value was out of legal range.");
            FileShare baseShare = share & ~FileShare.Inheritable;
            if (baseShare < FileShare.None || baseShare > (FileShare.ReadWrite | FileShare.Delete)) throw new ArgumentOutOfRangeException("share", "Enum value was out of legal range.");
            if (bufferSize < 0) throw new ArgumentOutOfRangeException("bufferSize", "Non-negative number required.");
            if ((access & FileAccess.Write) == 0 && (mode == FileMode.Truncate || mode == FileMode.CreateNew || mode == FileMode.Create || mode == FileMode.Append))
                throw new ArgumentException("Combining FileMode: " + mode + " with FileAccess: " + access + " is invalid.", "access");
            if (mode == FileMode.Append && (access & FileAccess.Read) != 0)
                throw new ArgumentException("Append access can be requested only in write-only mode.", "access");
            _fullPath = Path.GetFullPath(path);
            _access = access;
            int fd = FileSystemPal.Open(_fullPath, (int)mode, (int)access, (int)baseShare);
            if (fd < 0) throw FileSystemPal.OpenError(fd, _fullPath, mode);
            _fd = fd;
            _canSeek = FileSystemPal.Seek(fd, 0, 1) >= 0;
            if (mode == FileMode.Append && _canSeek) _appendStart = FileSystemPal.Seek(fd, 0, 2);
            _bufferSize = bufferSize > 1 ? bufferSize : 0;
            _deleteOnClose = (options & FileOptions.DeleteOnClose) != 0;
        }

        // Over a descriptor already opened (and locked) by FileSystemPal.Open; unbuffered.
        internal FileStream(int fd, string fullPath, FileAccess access)
        {
            _fd = fd;
            _fullPath = fullPath;
            _access = access;
            _canSeek = FileSystemPal.Seek(fd, 0, 1) >= 0;
        }

        public virtual string Name => _fullPath;
        public override bool CanRead => _fd >= 0 && (_access & FileAccess.Read) != 0;
        public override bool CanWrite => _fd >= 0 && (_access & FileAccess.Write) != 0;
        public override bool CanSeek => _fd >= 0 && _canSeek;
        public virtual bool IsAsync => false;

        private void EnsureOpen() { if (_fd < 0) throw new ObjectDisposedException(null, "Cannot access a closed file."); }

        // ReadByte and WriteByte on a closed stream say "Stream", the rest "file", as in .NET.
        private void EnsureOpenForIO() { if (_fd < 0) throw Closed(); }

        private void EnsureSeekable()
        {
            EnsureOpen();
            if (!_canSeek) throw new NotSupportedException("Stream does not support seeking.");
        }

        // The operating system's offset, or an exception.
        private long SysSeek(long offset, int origin)
        {
            long r = FileSystemPal.Seek(_fd, offset, origin);
            if (r < 0) throw FileSystemPal.Error((int)r, _fullPath);
            return r;
        }

        private unsafe int SysRead(byte[] dst, int offset, int count)
        {
            int n;
            fixed (byte* p = dst) n = FileSystemPal.Read(_fd, p + offset, count);
            if (n < 0) throw FileSystemPal.Error(n, _fullPath);
            return n;
        }

        private unsafe void SysWrite(byte[] src, int offset, int count)
        {
            fixed (byte* p = src)
            {
                while (count > 0)
                {
                    int n = FileSystemPal.Write(_fd, p + offset, count);
                    if (n < 0) throw FileSystemPal.Error(n, _fullPath);
                    offset += n;
                    count -= n;
                }
            }
        }

        // Writes out the bytes waiting in the buffer.
        private void FlushWriteBuffer()
        {
            if (_writePos == 0) return;
            int n = _writePos;
            _writePos = 0;
            SysWrite(_buffer, 0, n);
        }

        // Drops the bytes read ahead, moving the file offset back to where the caller is.
        private void DiscardReadBuffer()
        {
            int ahead = _readLen - _readPos;
            _readPos = _readLen = 0;
            if (ahead > 0 && _canSeek) SysSeek(-ahead, 1);
        }

        private void EnsureBuffer()
        {
            if (_buffer == null) _buffer = new byte[_bufferSize];
        }

        // The file's length, counting bytes still in the write buffer.
        public override long Length
        {
            get
            {
                EnsureSeekable();
                long pos = SysSeek(0, 1);
                long end = SysSeek(0, 2);
                SysSeek(pos, 0);
                return _writePos > 0 && pos + _writePos > end ? pos + _writePos : end;
            }
        }

        public override long Position
        {
            get
            {
                EnsureSeekable();
                return SysSeek(0, 1) - (_readLen - _readPos) + _writePos;
            }
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                Seek(value, SeekOrigin.Begin);
            }
        }

        public override long Seek(long offset, SeekOrigin origin)
        {
            if (origin < SeekOrigin.Begin || origin > SeekOrigin.End) throw new ArgumentException("Invalid seek origin.", "origin");
            EnsureSeekable();
            FlushWriteBuffer();
            DiscardReadBuffer();
            long before = SysSeek(0, 1);
            long r = SysSeek(offset, (int)origin);
            if (_appendStart >= 0 && r < _appendStart)
            {
                SysSeek(before, 0);
                throw new IOException("Unable seek backward to overwrite data that previously existed in a file opened in Append mode.");
            }
            return r;
        }

        public override void SetLength(long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            EnsureOpen();
            if (!_canSeek) throw new NotSupportedException("Stream does not support seeking.");
            if (!CanWrite) throw new NotSupportedException("Stream does not support writing.");
            if (_appendStart >= 0 && value < _appendStart)
                throw new IOException("Unable to truncate data that previously existed in a file opened in Append mode.");
            FlushWriteBuffer();
            DiscardReadBuffer();
            int r = FileSystemPal.SetLength(_fd, value);
            if (r < 0) throw FileSystemPal.Error(r, _fullPath);
            if (SysSeek(0, 1) > value) SysSeek(value, 0);
        }

        public override void Flush() => Flush(false);

        public virtual void Flush(bool flushToDisk)
        {
            EnsureOpen();
            FlushWriteBuffer();
            if (flushToDisk && CanWrite)
            {
                int r = FileSystemPal.Sync(_fd);
                if (r < 0) throw FileSystemPal.Error(r, _fullPath);
            }
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            return ReadCore(buffer, offset, count);
        }

        public override int Read(Span<byte> buffer)
        {
            byte[] tmp = new byte[buffer.Length];
            int n = ReadCore(tmp, 0, tmp.Length);
            new ReadOnlySpan<byte>(tmp, 0, n).CopyTo(buffer);
            return n;
        }

        public override int ReadByte()
        {
            EnsureOpenForIO();
            if (_readPos < _readLen) return _buffer[_readPos++];
            byte[] one = new byte[1];
            return ReadCore(one, 0, 1) == 0 ? -1 : one[0];
        }

        private int ReadCore(byte[] dst, int offset, int count)
        {
            EnsureOpen();
            if ((_access & FileAccess.Read) == 0) throw new NotSupportedException("Stream does not support reading.");
            FlushWriteBuffer();
            int n = _readLen - _readPos;
            bool shortFill = false;
            if (n == 0)
            {
                if (count == 0) return 0;
                // A request as large as the buffer goes straight to the file.
                if (_bufferSize == 0 || count >= _bufferSize) return SysRead(dst, offset, count);
                EnsureBuffer();
                _readPos = 0;
                _readLen = n = SysRead(_buffer, 0, _bufferSize);
                if (n == 0) return 0;
                shortFill = n < _bufferSize;
            }
            if (n > count) n = count;
            Array.Copy(_buffer, _readPos, dst, offset, n);
            _readPos += n;
            // What the buffer could not give comes from the file, unless it just ran dry.
            if (n < count && !shortFill)
            {
                n += SysRead(dst, offset + n, count - n);
                _readPos = _readLen = 0;
            }
            return n;
        }

        public override void Write(byte[] buffer, int offset, int count)
        {
            ValidateBufferArguments(buffer, offset, count);
            WriteCore(buffer, offset, count);
        }

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            byte[] tmp = buffer.ToArray();
            WriteCore(tmp, 0, tmp.Length);
        }

        public override void WriteByte(byte value)
        {
            EnsureOpenForIO();
            if (_writePos > 0 && _writePos < _bufferSize)
            {
                _buffer[_writePos++] = value;
                return;
            }
            WriteCore(new byte[] { value }, 0, 1);
        }

        private void WriteCore(byte[] src, int offset, int count)
        {
            EnsureOpen();
            if ((_access & FileAccess.Write) == 0) throw new NotSupportedException("Stream does not support writing.");
            if (_writePos == 0) DiscardReadBuffer();
            if (_writePos > 0)
            {
                int room = _bufferSize - _writePos;
                int n = room < count ? room : count;
                Array.Copy(src, offset, _buffer, _writePos, n);
                _writePos += n;
                if (n == count) return;
                offset += n;
                count -= n;
                FlushWriteBuffer();
            }
            if (count == 0) return;
            // A write as large as the buffer goes straight to the file.
            if (_bufferSize == 0 || count >= _bufferSize)
            {
                SysWrite(src, offset, count);
                return;
            }
            EnsureBuffer();
            Array.Copy(src, offset, _buffer, 0, count);
            _writePos = count;
        }

        public override void CopyTo(Stream destination, int bufferSize)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", bufferSize, "Positive number required.");
            EnsureOpen();
            if (!CanRead) throw new NotSupportedException("Stream does not support reading.");
            base.CopyTo(destination, bufferSize);
        }

        protected override void Dispose(bool disposing)
        {
            if (_fd < 0) return;
            try
            {
                FlushWriteBuffer();
            }
            finally
            {
                FileSystemPal.Close(_fd);
                _fd = -1;
                if (_deleteOnClose) FileSystemPal.Unlink(_fullPath);
            }
        }

        ~FileStream() { Dispose(false); }
    }

    public sealed class FileStreamOptions
    {
        private FileMode _mode = FileMode.Open;
        private FileAccess _access = FileAccess.Read;
        private int _bufferSize = 4096;

        public FileMode Mode
        {
            get => _mode;
            set
            {
                if (value < FileMode.CreateNew || value > FileMode.Append) throw new ArgumentOutOfRangeException("value", "Enum value was out of legal range.");
                _mode = value;
            }
        }

        public FileAccess Access
        {
            get => _access;
            set
            {
                if (value < FileAccess.Read || value > FileAccess.ReadWrite) throw new ArgumentOutOfRangeException("value", "Enum value was out of legal range.");
                _access = value;
            }
        }

        public FileShare Share { get; set; } = FileShare.Read;
        public FileOptions Options { get; set; }
        public long PreallocationSize { get; set; }

        public int BufferSize
        {
            get => _bufferSize;
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
                _bufferSize = value;
            }
        }
    }
}
