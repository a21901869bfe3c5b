using System.Text;

namespace System.IO
{
    public abstract class TextWriter : MarshalByRefObject, IDisposable
    {
        public static readonly TextWriter Null = new NullTextWriter();

        protected char[] CoreNewLine = Environment.NewLine.ToCharArray();
        private string _newLine = Environment.NewLine;
        private readonly IFormatProvider _provider;

        protected TextWriter() { }
        protected TextWriter(IFormatProvider formatProvider) { _provider = formatProvider; }

        public virtual IFormatProvider FormatProvider => _provider ?? System.Globalization.CultureInfo.CurrentCulture;
        public abstract Encoding Encoding { get; }

        public virtual string NewLine
        {
            get => _newLine;
            set
            {
                _newLine = value ?? Environment.NewLine;
                CoreNewLine = _newLine.ToCharArray();
            }
        }

        public static TextWriter Synchronized(TextWriter writer)
        {
            if (writer == null) throw new ArgumentNullException("writer");
            return writer;
        }

        public virtual void Close() => Dispose(true);
        protected virtual void Dispose(bool disposing) { }
        public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }
        public virtual void Flush() { }

        // The one method a writer must provide; the rest default to it.
        public virtual void Write(char value) { }

        public virtual void Write(char[] buffer)
        {
            if (buffer != null) Write(buffer, 0, buffer.Length);
        }

        public virtual void Write(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = 0; i < count; i++) Write(buffer[index + i]);
        }

        public virtual void Write(ReadOnlySpan<char> buffer) => Write(buffer.ToArray());
        public virtual void Write(bool value) => Write(value ? "True" : "False");
        public virtual void Write(int value) => Write(value.ToString(FormatProvider));
        public virtual void Write(uint value) => Write(value.ToString(FormatProvider));
        public virtual void Write(long value) => Write(value.ToString(FormatProvider));
        public virtual void Write(ulong value) => Write(value.ToString(FormatProvider));
        public virtual void Write(float value) => Write(value.ToString(FormatProvider));
        public virtual void Write(double value) => Write(value.ToString(FormatProvider));
        public virtual void Write(decimal value) => Write(value.ToString(FormatProvider));

        public virtual void Write(string value)
        {
            if (value != null) Write(value.ToCharArray());
        }

        public virtual void Write(object value)
        {
            if (value != null)
            {
                if (value is IFormattable f) Write(f.ToString(null, FormatProvider));
                else Write(value.ToString());
            }
        }

        public virtual void Write(StringBuilder value)
        {
            if (value != null) Write(value.ToString());
        }

        public virtual void Write(string format, object arg0) => Write(string.Format(FormatProvider, format, arg0));
        public virtual void Write(string format, object arg0, object arg1) => Write(string.Format(FormatProvider, format, arg0, arg1));
        public virtual void Write(string format, object arg0, object arg1, object arg2) => Write(string.Format(FormatProvider, format, arg0, arg1, arg2));
        public virtual void Write(string format, params object[] arg) => Write(string.Format(FormatProvider, format, arg));
        public virtual void Write(string format, params ReadOnlySpan<object> arg) => Write(string.Format(FormatProvider, format, arg));

        public virtual void WriteLine() => Write(CoreNewLine);
        public virtual void WriteLine(char value) { Write(value); WriteLine(); }
        public virtual void WriteLine(char[] buffer) { Write(buffer); WriteLine(); }
        public virtual void WriteLine(char[] buffer, int index, int count) { Write(buffer, index, count); WriteLine(); }
        public virtual void WriteLine(ReadOnlySpan<char> buffer) { Write(buffer); WriteLine(); }
        public virtual void WriteLine(bool value) => WriteLine(value ? "True" : "False");
        public virtual void WriteLine(int value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(uint value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(long value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(ulong value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(float value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(double value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(decimal value) => WriteLine(value.ToString(FormatProvider));
        public virtual void WriteLine(string value) => Write(value + _newLine);
        public virtual void WriteLine(StringBuilder value) => WriteLine(value?.ToString());

        public virtual void WriteLine(object value)
        {
            if (value == null) WriteLine();
            else if (value is IFormattable f) WriteLine(f.ToString(null, FormatProvider));
            else WriteLine(value.ToString());
        }

        public virtual void WriteLine(string format, object arg0) => WriteLine(string.Format(FormatProvider, format, arg0));
        public virtual void WriteLine(string format, object arg0, object arg1) => WriteLine(string.Format(FormatProvider, format, arg0, arg1));
        public virtual void WriteLine(string format, object arg0, object arg1, object arg2) => WriteLine(string.Format(FormatProvider, format, arg0, arg1, arg2));
        public virtual void WriteLine(string format, params object[] arg) => WriteLine(string.Format(FormatProvider, format, arg));
        public virtual void WriteLine(string format, params ReadOnlySpan<object> arg) => WriteLine(string.Format(FormatProvider, format, arg));

        private sealed class NullTextWriter : TextWriter
        {
            public override Encoding Encoding => Encoding.Unicode;
            public override void Write(char value) { }
            public override void Write(string value) { }
            public override void Write(char[] buffer, int index, int count) { }
            public override void WriteLine(string value) { }
        }
    }

    public abstract class TextReader : MarshalByRefObject, IDisposable
    {
        public static readonly TextReader Null = new NullTextReader();

        protected TextReader() { }

        public virtual void Close() => Dispose(true);
        public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }
        protected virtual void Dispose(bool disposing) { }

        public virtual int Peek() => -1;
        public virtual int Read() => -1;

        public virtual int Read(char[] buffer, int index, int count)
        {
            if (buffer == null) throw new ArgumentNullException("buffer", "Buffer cannot be null.");
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (buffer.Length - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            int n = 0;
            while (n < count)
            {
                int ch = Read();
                if (ch == -1) break;
                buffer[index + n++] = (char)ch;
            }
            return n;
        }

        public virtual int Read(Span<char> buffer)
        {
            char[] a = new char[buffer.Length];
            int n = Read(a, 0, a.Length);
            new ReadOnlySpan<char>(a, 0, n).CopyTo(buffer);
            return n;
        }

        public virtual int ReadBlock(char[] buffer, int index, int count)
        {
            int i, n = 0;
            do { n += (i = Read(buffer, index + n, count - n)); } while (i > 0 && n < count);
            return n;
        }

        public virtual string ReadToEnd()
        {
            StringBuilder sb = new StringBuilder();
            int ch;
            while ((ch = Read()) != -1) sb.Append((char)ch);
            return sb.ToString();
        }

        public virtual string ReadLine()
        {
            StringBuilder sb = new StringBuilder();
            while (true)
            {
                int ch = Read();
                if (ch == -1) break;
                if (ch == '\r' || ch == '\n')
                {
                    if (ch == '\r' && Peek() == '\n') Read();
                    return sb.ToString();
                }
                sb.Append((char)ch);
            }
            return sb.Length > 0 ? sb.ToString() : null;
        }

        public static TextReader Synchronized(TextReader reader)
        {
            if (reader == null) throw new ArgumentNullException("reader");
            return reader;
        }

        private sealed class NullTextReader : TextReader
        {
            public override string ReadLine() => null;
        }
    }

    public class StringWriter : TextWriter
    {
        private readonly StringBuilder _sb;

        public StringWriter() : this(new StringBuilder()) { }
        public StringWriter(IFormatProvider formatProvider) : this(new StringBuilder(), formatProvider) { }
        public StringWriter(StringBuilder sb) : this(sb, null) { }

        public StringWriter(StringBuilder sb, IFormatProvider formatProvider) : base(formatProvider)
        {
            if (sb == null) throw new ArgumentNullException("sb", "Buffer cannot be null.");
            _sb = sb;
        }

        public override Encoding Encoding => Encoding.Unicode;
        public virtual StringBuilder GetStringBuilder() => _sb;
        public override void Write(char value) => _sb.Append(value);
        public override void Write(char[] buffer, int index, int count) => _sb.Append(buffer, index, count);
        public override void Write(string value) { if (value != null) _sb.Append(value); }
        public override void Write(ReadOnlySpan<char> buffer) => _sb.Append(buffer);
        public override void WriteLine(string value) { _sb.Append(value); _sb.Append(CoreNewLine); }
        public override string ToString() => _sb.ToString();
    }

    public class StringReader : TextReader
    {
        private string _s;
        private int _pos;

        public StringReader(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            _s = s;
        }

        protected override void Dispose(bool disposing) { _s = null; }

        private string S => _s ?? throw new ObjectDisposedException(null, "Cannot read from a closed TextReader.");

        public override int Peek() => _pos < S.Length ? S[_pos] : -1;
        public override int Read() => _pos < S.Length ? S[_pos++] : -1;

        public override string ReadToEnd()
        {
            string r = _pos == 0 ? S : S.Substring(_pos);
            _pos = S.Length;
            return r;
        }

        public override string ReadLine()
        {
            string s = S;
            if (_pos >= s.Length) return null;
            int start = _pos;
            while (_pos < s.Length)
            {
                char c = s[_pos];
                if (c == '\r' || c == '\n')
                {
                    string line = s.Substring(start, _pos - start);
                    _pos++;
                    if (c == '\r' && _pos < s.Length && s[_pos] == '\n') _pos++;
                    return line;
                }
                _pos++;
            }
            return s.Substring(start);
        }
    }
}

namespace System
{
    public abstract class MarshalByRefObject
    {
        protected MarshalByRefObject() { }
    }
}
