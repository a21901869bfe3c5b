using System.Text;

namespace System.IO
{
    // Reads text from a byte stream: detects a byte order mark (UTF-8, UTF-16 LE/BE) unless told
    // not to, decodes in chunks and keeps an incomplete character's bytes for the next chunk.
    public class StreamReader : TextReader
    {
        private Stream _stream;
        private Encoding _encoding;
        private bool _detect;
        private readonly bool _leaveOpen;
        private readonly byte[] _bytes;
        private int _byteLen;        // undecoded bytes kept at the start of _bytes
        private char[] _chars = new char[0];
        private int _charPos, _charLen;
        private bool _eof;
        private bool _checkPreamble = true;

        public StreamReader(Stream stream) : this(stream, Encoding.UTF8, true, 4096, false) { }
        public StreamReader(Stream stream, bool detectEncodingFromByteOrderMarks) : this(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks, 4096, false) { }
        public StreamReader(Stream stream, Encoding encoding) : this(stream, encoding, true, 4096, false) { }
        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks) : this(stream, encoding, detectEncodingFromByteOrderMarks, 4096, false) { }
        public StreamReader(Stream stream, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize) : this(stream, encoding, detectEncodingFromByteOrderMarks, bufferSize, false) { }

        public StreamReader(Stream stream, Encoding encoding = null, bool detectEncodingFromByteOrderMarks = true, int bufferSize = -1, bool leaveOpen = false)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (!stream.CanRead) throw new ArgumentException("Stream was not readable.");
            if (bufferSize == -1 || bufferSize == 0) bufferSize = 4096;
            if (bufferSize < 0) throw new ArgumentOutOfRangeException("bufferSize", bufferSize, "Positive number required.");
            _stream = stream;
            _encoding = encoding ?? Encoding.UTF8;
            _detect = detectEncodingFromByteOrderMarks;
            _leaveOpen = leaveOpen;
            _bytes = new byte[Math.Max(bufferSize, 128)];
        }

        public StreamReader(string path) : this(path, Encoding.UTF8, true) { }
        public StreamReader(string path, bool detectEncodingFromByteOrderMarks) : this(path, Encoding.UTF8, detectEncodingFromByteOrderMarks) { }
        public StreamReader(string path, Encoding encoding) : this(path, encoding, true) { }
        public StreamReader(string path, Encoding encoding, bool detectEncodingFromByteOrderMarks) : this(path, encoding, detectEncodingFromByteOrderMarks, 4096) { }
        public StreamReader(string path, Encoding encoding, bool detectEncodingFromByteOrderMarks, int bufferSize)
            : this(OpenForReading(path), encoding, detectEncodingFromByteOrderMarks, bufferSize, false) { }

        private static Stream OpenForReading(string path)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("Empty path name is not legal.", "path");
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }

        public virtual Encoding CurrentEncoding => _encoding;
        public virtual Stream BaseStream => _stream;

        public bool EndOfStream
        {
            get
            {
                EnsureOpen();
                return _charPos >= _charLen && !Fill();
            }
        }

        private void EnsureOpen()
        {
            if (_stream == null) throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");
        }

        public void DiscardBufferedData()
        {
            _byteLen = 0;
            _charPos = _charLen = 0;
            _eof = false;
        }

        // Decodes more characters; false at the end of the stream.
        private bool Fill()
        {
            while (true)
            {
                if (_eof) return false;
                int n = _stream.Read(_bytes, _byteLen, _bytes.Length - _byteLen);
                if (n <= 0)
                {
                    _eof = true;
                    if (_byteLen == 0) return false;
                    Decode(_byteLen);
                    _byteLen = 0;
                    return _charLen > 0;
                }
                _byteLen += n;
                int start = 0;
                if (_checkPreamble)
                {
                    if (_byteLen < 3 && !_eof && n > 0 && _byteLen < _bytes.Length) { if (_byteLen < 2 || (_bytes[0] == 0xEF && _byteLen < 3)) continue; }
                    _checkPreamble = false;
                    start = DetectPreamble();
                    if (start > 0)
                    {
                        Array.Copy(_bytes, start, _bytes, 0, _byteLen - start);
                        _byteLen -= start;
                    }
                }
                int complete = CompleteLength(_byteLen);
                if (complete == 0) continue;
                Decode(complete);
                Array.Copy(_bytes, complete, _bytes, 0, _byteLen - complete);
                _byteLen -= complete;
                if (_charLen > 0) return true;
            }
        }

        private int DetectPreamble()
        {
            if (_detect)
            {
                if (_byteLen >= 2 && _bytes[0] == 0xFE && _bytes[1] == 0xFF) { _encoding = Encoding.BigEndianUnicode; return 2; }
                if (_byteLen >= 2 && _bytes[0] == 0xFF && _bytes[1] == 0xFE) { _encoding = Encoding.Unicode; return 2; }
                if (_byteLen >= 3 && _bytes[0] == 0xEF && _bytes[1] == 0xBB && _bytes[2] == 0xBF) { _encoding = Encoding.UTF8; return 3; }
            }
            byte[] pre = _encoding.GetPreamble();
            if (pre.Length > 0 && _byteLen >= pre.Length)
            {
                for (int i = 0; i < pre.Length; i++) if (_bytes[i] != pre[i]) return 0;
                return pre.Length;
            }
            return 0;
        }

        // How many leading bytes of the buffer form whole characters.
        private int CompleteLength(int len)
        {
            if (_eof) return len;
            if (_encoding is UnicodeEncoding) return len & ~1;
            if (_encoding is UTF8Encoding)
            {
                int k = len - 1, back = 0;
                while (k >= 0 && back < 3 && (_bytes[k] & 0xC0) == 0x80) { k--; back++; }
                if (k >= 0)
                {
                    byte lead = _bytes[k];
                    int need = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
                    if (back + 1 < need) return k;
                }
                return len;
            }
            return len;
        }

        private void Decode(int count)
        {
            char[] decoded = _encoding.GetChars(_bytes, 0, count);
            int remaining = _charLen - _charPos;
            if (remaining == 0)
            {
                _chars = decoded;
                _charPos = 0;
                _charLen = decoded.Length;
            }
            else
            {
                char[] merged = new char[remaining + decoded.Length];
                Array.Copy(_chars, _charPos, merged, 0, remaining);
                Array.Copy(decoded, 0, merged, remaining, decoded.Length);
                _chars = merged;
                _charPos = 0;
                _charLen = merged.Length;
            }
        }

        public override int Peek()
        {
            EnsureOpen();
            if (_charPos >= _charLen && !Fill()) return -1;
            return _chars[_charPos];
        }

        public override int Read()
        {
            EnsureOpen();
            if (_charPos >= _charLen && !Fill()) return -1;
            return _chars[_charPos++];
        }

        public override int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            EnsureOpen();
            int done = 0;
            while (done < count)
            {
                if (_charPos >= _charLen && !Fill()) break;
                int n = Math.Min(count - done, _charLen - _charPos);
                Array.Copy(_chars, _charPos, buffer, index + done, n);
                _charPos += n;
                done += n;
                if (done > 0 && _charPos >= _charLen) break;
            }
            return done;
        }

        public override string ReadLine()
        {
            EnsureOpen();
            if (_charPos >= _charLen && !Fill()) return null;
            StringBuilder sb = null;
            while (true)
            {
                for (int i = _charPos; i < _charLen; i++)
                {
                    char c = _chars[i];
                    if (c == '\r' || c == '\n')
                    {
                        string part = new string(_chars, _charPos, i - _charPos);
                        string line = sb == null ? part : sb.Append(part).ToString();
                        _charPos = i + 1;
                        if (c == '\r' && (_charPos < _charLen || Fill()) && _chars[_charPos] == '\n') _charPos++;
                        return line;
                    }
                }
                sb ??= new StringBuilder();
                sb.Append(_chars, _charPos, _charLen - _charPos);
                _charPos = _charLen;
                if (!Fill()) return sb.ToString();
            }
        }

        public override string ReadToEnd()
        {
            EnsureOpen();
            var sb = new StringBuilder();
            do
            {
                sb.Append(_chars, _charPos, _charLen - _charPos);
                _charPos = _charLen;
            } while (Fill());
            return sb.ToString();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && _stream != null && !_leaveOpen) _stream.Close();
            _stream = null;
        }
    }

    // Writes text to a byte stream: characters are buffered and encoded on Flush (and on
    // every write when AutoFlush is set); the encoding's preamble goes first at position 0.
    public class StreamWriter : TextWriter
    {
        private static Encoding s_utf8NoBom;
        private Stream _stream;
        private readonly Encoding _encoding;
        private readonly StringBuilder _pending = new StringBuilder();
        private readonly bool _leaveOpen;
        private bool _preambleDone;
        private readonly int _bufferSize;

        internal static Encoding UTF8NoBOM => s_utf8NoBom ??= new UTF8Encoding(false, true);

        public StreamWriter(Stream stream) : this(stream, UTF8NoBOM, -1, false) { }
        public StreamWriter(Stream stream, Encoding encoding) : this(stream, encoding, -1, false) { }
        public StreamWriter(Stream stream, Encoding encoding, int bufferSize) : this(stream, encoding, bufferSize, false) { }

        public StreamWriter(Stream stream, Encoding encoding = null, int bufferSize = -1, bool leaveOpen = false)
        {
            if (stream == null) throw new ArgumentNullException("stream");
            if (!stream.CanWrite) throw new ArgumentException("Stream was not writable.");
            if (bufferSize == -1) bufferSize = 1024;
            if (bufferSize <= 0) throw new ArgumentOutOfRangeException("bufferSize", bufferSize, "Positive number required.");
            _stream = stream;
            _encoding = encoding ?? UTF8NoBOM;
            _leaveOpen = leaveOpen;
            _bufferSize = bufferSize;
            if (stream.CanSeek && stream.Position > 0) _preambleDone = true;
        }

        public StreamWriter(string path) : this(path, false) { }
        public StreamWriter(string path, bool append) : this(path, append, UTF8NoBOM) { }
        public StreamWriter(string path, bool append, Encoding encoding) : this(path, append, encoding, -1) { }
        public StreamWriter(string path, bool append, Encoding encoding, int bufferSize)
            : this(OpenForWriting(path, append), encoding, bufferSize, false) { }

        private static Stream OpenForWriting(string path, bool append)
        {
            if (path == null) throw new ArgumentNullException("path");
            if (path.Length == 0) throw new ArgumentException("Empty path name is not legal.", "path");
            return new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read);
        }

        public virtual bool AutoFlush { get; set; }
        public virtual Stream BaseStream => _stream;
        public override Encoding Encoding => _encoding;

        private void EnsureOpen()
        {
            if (_stream == null) throw new ObjectDisposedException(null, "Cannot write to a closed TextWriter.");
        }

        private void Written()
        {
            if (AutoFlush || _pending.Length >= _bufferSize) Flush(false);
        }

        public override void Write(char value) { EnsureOpen(); _pending.Append(value); Written(); }

        public override void Write(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            EnsureOpen();
            _pending.Append(buffer, index, count);
            Written();
        }

        public override void Write(string value)
        {
            EnsureOpen();
            if (value != null) _pending.Append(value);
            Written();
        }

        public override void WriteLine(string value)
        {
            EnsureOpen();
            _pending.Append(value).Append(CoreNewLine);
            Written();
        }

        public override void Flush()
        {
            EnsureOpen();
            Flush(true);
        }

        private void Flush(bool flushStream)
        {
            if (!_preambleDone)
            {
                _preambleDone = true;
                byte[] pre = _encoding.GetPreamble();
                if (pre.Length > 0) _stream.Write(pre, 0, pre.Length);
            }
            if (_pending.Length > 0)
            {
                // Keep a trailing high surrogate for the next write.
                int n = _pending.Length;
                if (!flushStream && char.IsHighSurrogate(_pending[n - 1])) n--;
                char[] chars = new char[n];
                _pending.CopyTo(0, chars, 0, n);
                _pending.Remove(0, n);
                byte[] bytes = _encoding.GetBytes(chars);
                _stream.Write(bytes, 0, bytes.Length);
            }
            if (flushStream) _stream.Flush();
        }

        protected override void Dispose(bool disposing)
        {
            if (_stream != null)
            {
                try
                {
                    Flush(true);
                }
                finally
                {
                    if (!_leaveOpen) _stream.Close();
                    _stream = null;
                }
            }
        }
    }
}
