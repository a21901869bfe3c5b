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
            FileSystemPal.CheckPath(path);
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
            if (_stream == null) throw new ObjectDisposedException(GetType().Name, "Cannot read from a closed TextReader.");
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
                    if (_checkPreamble) SkipPreamble();
                    if (_byteLen == 0) return false;
                    Decode(_byteLen);
                    _byteLen = 0;
                    return _charLen > 0;
                }
                _byteLen += n;
                if (_checkPreamble)
                {
                    // Too few bytes to tell whether they start a byte order mark: read on.
                    if (MayBePreamble() && _byteLen < 4 && _byteLen < _bytes.Length) continue;
                    SkipPreamble();
                }
                int complete = CompleteLength(_byteLen);
                if (complete == 0) continue;
                Decode(complete);
                Array.Copy(_bytes, complete, _bytes, 0, _byteLen - complete);
                _byteLen -= complete;
                if (_charLen > 0) return true;
            }
        }

        // The byte order marks looked for: detected ones, and the given encoding's own.
        private bool IsPrefixOf(byte[] mark)
        {
            if (mark.Length == 0) return false;
            int k = Math.Min(_byteLen, mark.Length);
            for (int i = 0; i < k; i++) if (_bytes[i] != mark[i]) return false;
            return true;
        }

        private static readonly byte[] s_utf8Bom = { 0xEF, 0xBB, 0xBF }, s_utf16LeBom = { 0xFF, 0xFE },
            s_utf16BeBom = { 0xFE, 0xFF }, s_utf32LeBom = { 0xFF, 0xFE, 0, 0 };

        // Whether the bytes read so far could still be the start of a longer mark.
        private bool MayBePreamble()
        {
            if (_detect && (IsPrefixOf(s_utf8Bom) && _byteLen < 3 || IsPrefixOf(s_utf16BeBom) && _byteLen < 2 || IsPrefixOf(s_utf32LeBom) && _byteLen < 4))
                return true;
            byte[] own = _encoding.GetPreamble();
            return own.Length > _byteLen && IsPrefixOf(own);
        }

        // Drops the given encoding's own byte order mark; failing that (when asked to) detects
        // the encoding from another mark and drops that one.
        private void SkipPreamble()
        {
            _checkPreamble = false;
            int skip = 0;
            byte[] own = _encoding.GetPreamble();
            if (own.Length > 0 && _byteLen >= own.Length && IsPrefixOf(own)) skip = own.Length;
            else if (_detect && _byteLen >= 2)
            {
                if (_byteLen >= 4 && IsPrefixOf(s_utf32LeBom)) { _encoding = Encoding.UTF32; skip = 4; }
                else if (IsPrefixOf(s_utf16LeBom)) { _encoding = Encoding.Unicode; skip = 2; }
                else if (IsPrefixOf(s_utf16BeBom)) { _encoding = Encoding.BigEndianUnicode; skip = 2; }
                else if (_byteLen >= 3 && IsPrefixOf(s_utf8Bom)) { _encoding = Encoding.UTF8; skip = 3; }
            }
            if (skip > 0)
            {
                Array.Copy(_bytes, skip, _bytes, 0, _byteLen - skip);
                _byteLen -= skip;
            }
        }

        // How many leading bytes of the buffer form whole characters.
        private int CompleteLength(int len)
        {
            if (_eof) return len;
            if (_encoding is UTF32Encoding) return len & ~3;
            if (_encoding is UnicodeEncoding)
            {
                // keep a high surrogate back for the low one still to come
                len &= ~1;
                if (len >= 2)
                {
                    int hi = _encoding.CodePage == 1201 ? _bytes[len - 2] : _bytes[len - 1];
                    if (hi >= 0xD8 && hi <= 0xDB) len -= 2;
                }
                return len;
            }
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
            FileSystemPal.CheckPath(path);
            return new FileStream(path, append ? FileMode.Append : FileMode.Create, FileAccess.Write, FileShare.Read);
        }

        private bool _autoFlush;

        // Setting it flushes what is pending, as in .NET.
        public virtual bool AutoFlush
        {
            get => _autoFlush;
            set
            {
                EnsureOpen();
                _autoFlush = value;
                if (value) Flush(true, false);
            }
        }
        public virtual Stream BaseStream => _stream;
        public override Encoding Encoding => _encoding;

        private void EnsureOpen()
        {
            if (_stream == null) throw new ObjectDisposedException(GetType().Name, "Cannot write to a closed TextWriter.");
        }

        private void Written()
        {
            if (_autoFlush) Flush(true, false);
            else if (_pending.Length >= _bufferSize) Flush(false, false);
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
            Flush(true, true);
        }

        // flushStream: also the stream's own buffer; flushEncoder: also a high surrogate
        // still waiting for its low half.
        private void Flush(bool flushStream, bool flushEncoder)
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
                if (!flushEncoder && char.IsHighSurrogate(_pending[n - 1])) n--;
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
                    Flush(true, true);
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
