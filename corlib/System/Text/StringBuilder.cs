using System.Runtime.CompilerServices;

namespace System.Text
{
    // A single growable char buffer.
    [Serializable]
    public sealed partial class StringBuilder
    {
        private char[] _chars;
        private int _length;
        private readonly int _maxCapacity;

        public StringBuilder() : this(16) { }

        public StringBuilder(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "'capacity' must be greater than zero.");
            _chars = new char[capacity == 0 ? 16 : capacity];
            _maxCapacity = int.MaxValue;
        }

        public StringBuilder(int capacity, int maxCapacity) : this(capacity)
        {
            if (maxCapacity < 1) throw new ArgumentOutOfRangeException("maxCapacity", "MaxCapacity must be one or greater.");
            if (capacity > maxCapacity) throw new ArgumentOutOfRangeException("capacity", "Capacity exceeds maximum capacity.");
            _maxCapacity = maxCapacity;
        }

        public StringBuilder(string value) : this(value, 16) { }

        public StringBuilder(string value, int capacity) : this(Math.Max(capacity, value == null ? 0 : value.Length))
        {
            if (value != null) Append(value);
        }

        public StringBuilder(string value, int startIndex, int length, int capacity) : this(Math.Max(capacity, length))
        {
            if (value == null) value = string.Empty;
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > value.Length - length) throw new ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
            Append(value, startIndex, length);
        }

        public int Length
        {
            get => _length;
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Length cannot be less than zero.");
                if (value > _maxCapacity) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value > _length)
                {
                    Reserve(value);
                    for (int i = _length; i < value; i++) _chars[i] = '\0';
                }
                _length = value;
            }
        }

        public int Capacity
        {
            get => _chars.Length;
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", "Capacity must be positive.");
                if (value < _length) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value != _chars.Length)
                {
                    char[] n = new char[value];
                    Array.Copy(_chars, n, _length);
                    _chars = n;
                }
            }
        }

        public int MaxCapacity => _maxCapacity;

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Capacity must be positive.");
            if (capacity > _maxCapacity) throw new ArgumentOutOfRangeException("capacity", "Capacity exceeds maximum capacity.");
            Reserve(capacity);
            return _chars.Length;
        }

        // Room for 'needed' chars, at most MaxCapacity: appends beyond it throw, as in .NET.
        private void Reserve(int needed)
        {
            if (needed <= _chars.Length) return;
            if (needed > _maxCapacity || needed < 0) throw new ArgumentOutOfRangeException("requiredLength", "capacity was less than the current size.");
            int n = Math.Max(needed, (int)Math.Min((long)_chars.Length * 2, _maxCapacity));
            char[] a = new char[n];
            Array.Copy(_chars, a, _length);
            _chars = a;
        }

        [IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_length) throw new IndexOutOfRangeException();
                return _chars[index];
            }
            set
            {
                if ((uint)index >= (uint)_length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                _chars[index] = value;
            }
        }

        public override string ToString() => new string(_chars, 0, _length);

        public string ToString(int startIndex, int length)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex > _length) throw new ArgumentOutOfRangeException("startIndex", "startIndex cannot be larger than length of string.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > _length - length) throw new ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
            return new string(_chars, startIndex, length);
        }

        public StringBuilder Clear() { _length = 0; return this; }

        // ---- Append

        public StringBuilder Append(char value)
        {
            if (_length == _chars.Length) Reserve(_length + 1);
            _chars[_length++] = value;
            return this;
        }

        public StringBuilder Append(char value, int repeatCount)
        {
            if (repeatCount < 0) throw new ArgumentOutOfRangeException("repeatCount", "Count cannot be less than zero.");
            Reserve(_length + repeatCount);
            for (int i = 0; i < repeatCount; i++) _chars[_length++] = value;
            return this;
        }

        public StringBuilder Append(string value)
        {
            if (value == null) return this;
            int n = value.Length;
            Reserve(_length + n);
            for (int i = 0; i < n; i++) _chars[_length + i] = value[i];
            _length += n;
            return this;
        }

        public StringBuilder Append(string value, int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (value == null)
            {
                if (startIndex == 0 && count == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            Reserve(_length + count);
            for (int i = 0; i < count; i++) _chars[_length + i] = value[startIndex + i];
            _length += count;
            return this;
        }

        public StringBuilder Append(char[] value)
        {
            if (value == null) return this;
            return Append(value, 0, value.Length);
        }

        public StringBuilder Append(char[] value, int startIndex, int charCount)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "Value must be positive.");
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Value must be positive.");
            if (value == null)
            {
                if (startIndex == 0 && charCount == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (charCount > value.Length - startIndex) throw new ArgumentOutOfRangeException("charCount", "Index was out of range. Must be non-negative and less than the size of the collection.");
            Reserve(_length + charCount);
            Array.Copy(value, startIndex, _chars, _length, charCount);
            _length += charCount;
            return this;
        }

        public unsafe StringBuilder Append(char* value, int valueCount)
        {
            if (valueCount < 0) throw new ArgumentOutOfRangeException("valueCount", "Count cannot be less than zero.");
            Reserve(_length + valueCount);
            for (int i = 0; i < valueCount; i++) _chars[_length + i] = value[i];
            _length += valueCount;
            return this;
        }

        public StringBuilder Append(ReadOnlySpan<char> value)
        {
            Reserve(_length + value.Length);
            for (int i = 0; i < value.Length; i++) _chars[_length + i] = value[i];
            _length += value.Length;
            return this;
        }


        public StringBuilder Append(StringBuilder value)
        {
            if (value == null) return this;
            return Append(value._chars, 0, value._length);
        }

        public StringBuilder Append(StringBuilder value, int startIndex, int count)
        {
            if (value == null)
            {
                if (startIndex == 0 && count == 0) return this;
                throw new ArgumentNullException("value");
            }
            if (startIndex < 0 || count < 0 || startIndex > value._length - count) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return Append(value._chars, startIndex, count);
        }

        public StringBuilder Append(bool value) => Append(value.ToString());
        public StringBuilder Append(sbyte value) => Append(value.ToString());
        public StringBuilder Append(byte value) => Append(value.ToString());
        public StringBuilder Append(short value) => Append(value.ToString());
        public StringBuilder Append(ushort value) => Append(value.ToString());
        public StringBuilder Append(int value) => Append(value.ToString());
        public StringBuilder Append(uint value) => Append(value.ToString());
        public StringBuilder Append(long value) => Append(value.ToString());
        public StringBuilder Append(ulong value) => Append(value.ToString());
        public StringBuilder Append(float value) => Append(value.ToString());
        public StringBuilder Append(double value) => Append(value.ToString());
        public StringBuilder Append(decimal value) => Append(value.ToString());
        public StringBuilder Append(object value) => value == null ? this : Append(value.ToString());

        public StringBuilder Append(ref AppendInterpolatedStringHandler handler) => this;
        public StringBuilder Append(IFormatProvider provider, ref AppendInterpolatedStringHandler handler) => this;

        public StringBuilder AppendLine() => Append(Environment.NewLine);
        public StringBuilder AppendLine(string value) { Append(value); return Append(Environment.NewLine); }
        public StringBuilder AppendLine(ref AppendInterpolatedStringHandler handler) => Append(Environment.NewLine);
        public StringBuilder AppendLine(IFormatProvider provider, ref AppendInterpolatedStringHandler handler) => Append(Environment.NewLine);

        public StringBuilder AppendJoin(string separator, params object[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(string separator, params string[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(string separator, params ReadOnlySpan<object> values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(string separator, params ReadOnlySpan<string> values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin<T>(string separator, System.Collections.Generic.IEnumerable<T> values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(char separator, params object[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(char separator, params string[] values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(char separator, params ReadOnlySpan<object> values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin(char separator, params ReadOnlySpan<string> values) => Append(string.Join(separator, values));
        public StringBuilder AppendJoin<T>(char separator, System.Collections.Generic.IEnumerable<T> values) => Append(string.Join(separator, values));

        // ---- AppendFormat

        public StringBuilder AppendFormat(string format, object arg0) => AppendFormatHelper(null, format, new object[] { arg0 });
        public StringBuilder AppendFormat(string format, object arg0, object arg1) => AppendFormatHelper(null, format, new object[] { arg0, arg1 });
        public StringBuilder AppendFormat(string format, object arg0, object arg1, object arg2) => AppendFormatHelper(null, format, new object[] { arg0, arg1, arg2 });
        public StringBuilder AppendFormat(string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(format == null ? "format" : "args");
            return AppendFormatHelper(null, format, args);
        }
        public StringBuilder AppendFormat(string format, params ReadOnlySpan<object> args) => AppendFormatHelper(null, format, args);
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0) => AppendFormatHelper(provider, format, new object[] { arg0 });
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1) => AppendFormatHelper(provider, format, new object[] { arg0, arg1 });
        public StringBuilder AppendFormat(IFormatProvider provider, string format, object arg0, object arg1, object arg2) => AppendFormatHelper(provider, format, new object[] { arg0, arg1, arg2 });
        public StringBuilder AppendFormat(IFormatProvider provider, string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(format == null ? "format" : "args");
            return AppendFormatHelper(provider, format, args);
        }
        public StringBuilder AppendFormat(IFormatProvider provider, string format, params ReadOnlySpan<object> args) => AppendFormatHelper(provider, format, args);

        private static FormatException FormatError(int offset, string reason) =>
            new FormatException("Input string was not in a correct format. Failure to parse near offset " + offset.ToString() + ". " + reason);

        // Composite formatting: "{index[,alignment][:format]}", with "{{" and "}}" as literal braces.
        internal StringBuilder AppendFormatHelper(IFormatProvider provider, string format, ReadOnlySpan<object> args)
        {
            if (format == null) throw new ArgumentNullException("format");
            ICustomFormatter cf = provider?.GetFormat(typeof(ICustomFormatter)) as ICustomFormatter;
            int pos = 0, len = format.Length;
            while (true)
            {
                char ch;
                while (pos < len)
                {
                    ch = format[pos];
                    pos++;
                    if (ch == '}')
                    {
                        if (pos < len && format[pos] == '}') { pos++; Append('}'); continue; }
                        throw FormatError(pos, "Unexpected closing brace without a corresponding opening brace.");
                    }
                    if (ch == '{')
                    {
                        if (pos < len && format[pos] == '{') { pos++; Append('{'); continue; }
                        pos--;
                        break;
                    }
                    Append(ch);
                }
                if (pos == len) break;
                // format[pos] == '{'
                pos++;
                if (pos == len) throw FormatError(pos, "Format item ends prematurely.");
                ch = format[pos];
                if (ch < '0' || ch > '9') throw FormatError(pos, "Expected an ASCII digit.");
                int index = 0;
                do
                {
                    index = index * 10 + (ch - '0');
                    pos++;
                    if (pos == len) throw FormatError(pos, "Format item ends prematurely.");
                    ch = format[pos];
                } while (ch >= '0' && ch <= '9' && index < 1000000);
                while (ch == ' ')
                {
                    pos++;
                    if (pos == len) throw FormatError(pos, "Format item ends prematurely.");
                    ch = format[pos];
                }
                int width = 0;
                bool leftJustify = false;
                if (ch == ',')
                {
                    pos++;
                    while (pos < len && format[pos] == ' ') pos++;
                    if (pos == len) throw FormatError(pos, "Format item ends prematurely.");
                    ch = format[pos];
                    if (ch == '-')
                    {
                        leftJustify = true;
                        pos++;
                        if (pos == len) throw FormatError(pos, "Format item ends prematurely.");
                        ch = format[pos];
                    }
                    if (ch < '0' || ch > '9') throw FormatError(pos, "Expected an ASCII digit.");
                    do
                    {
                        width = width * 10 + (ch - '0');
                        pos++;
                        if (pos == len) throw FormatError(pos, "Format item ends prematurely.");
                        ch = format[pos];
                    } while (ch >= '0' && ch <= '9' && width < 1000000);
                    while (ch == ' ')
                    {
                        pos++;
                        if (pos == len) throw FormatError(pos, "Format item ends prematurely.");
                        ch = format[pos];
                    }
                }
                string itemFormat = null;
                if (ch == ':')
                {
                    pos++;
                    int start = pos;
                    while (true)
                    {
                        if (pos == len) throw FormatError(pos, "Format item ends prematurely.");
                        ch = format[pos];
                        if (ch == '}') break;
                        if (ch == '{') throw FormatError(pos, "Braces inside the argument hole are not supported.");
                        pos++;
                    }
                    if (pos > start) itemFormat = format.Substring(start, pos - start);
                }
                else if (ch != '}')
                {
                    throw FormatError(pos, "Expected '}'.");
                }
                pos++;
                if (index >= args.Length)
                    throw new FormatException("Index (zero based) must be greater than or equal to zero and less than the size of the argument list.");
                object arg = args[index];
                string s = null;
                if (cf != null) s = cf.Format(itemFormat, arg, provider);
                if (s == null)
                {
                    if (arg is IFormattable f) s = f.ToString(itemFormat, provider);
                    else if (arg != null) s = arg.ToString();
                }
                s ??= string.Empty;
                int pad = width - s.Length;
                if (!leftJustify && pad > 0) Append(' ', pad);
                Append(s);
                if (leftJustify && pad > 0) Append(' ', pad);
            }
            return this;
        }

        // ---- Insert / Remove / Replace

        public StringBuilder Insert(int index, string value)
        {
            if ((uint)index > (uint)_length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (string.IsNullOrEmpty(value)) return this;
            int n = value.Length;
            Reserve(_length + n);
            Array.Copy(_chars, index, _chars, index + n, _length - index);
            for (int i = 0; i < n; i++) _chars[index + i] = value[i];
            _length += n;
            return this;
        }

        public StringBuilder Insert(int index, string value, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            for (int i = 0; i < count; i++) Insert(index, value);
            return this;
        }

        public StringBuilder Insert(int index, char value) => Insert(index, new string(value, 1));
        public StringBuilder Insert(int index, char[] value) => Insert(index, value == null ? null : new string(value));
        public StringBuilder Insert(int index, char[] value, int startIndex, int charCount) => Insert(index, value == null ? null : new string(value, startIndex, charCount));
        public StringBuilder Insert(int index, ReadOnlySpan<char> value) => Insert(index, new string(value));
        public StringBuilder Insert(int index, bool value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, sbyte value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, byte value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, short value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, ushort value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, int value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, uint value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, long value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, ulong value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, float value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, double value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, decimal value) => Insert(index, value.ToString());
        public StringBuilder Insert(int index, object value) => value == null ? this : Insert(index, value.ToString());

        public StringBuilder Remove(int startIndex, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length > _length - startIndex) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            Array.Copy(_chars, startIndex + length, _chars, startIndex, _length - startIndex - length);
            _length -= length;
            return this;
        }

        public StringBuilder Replace(char oldChar, char newChar) => Replace(oldChar, newChar, 0, _length);

        public StringBuilder Replace(char oldChar, char newChar, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)_length || count < 0 || startIndex > _length - count)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            for (int i = startIndex; i < startIndex + count; i++) if (_chars[i] == oldChar) _chars[i] = newChar;
            return this;
        }

        public StringBuilder Replace(string oldValue, string newValue) => Replace(oldValue, newValue, 0, _length);

        public StringBuilder Replace(string oldValue, string newValue, int startIndex, int count)
        {
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", "oldValue");
            if ((uint)startIndex > (uint)_length || count < 0 || startIndex > _length - count)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            string s = ToString();
            string head = s.Substring(0, startIndex);
            string mid = s.Substring(startIndex, count).Replace(oldValue, newValue ?? string.Empty);
            string tail = s.Substring(startIndex + count);
            _length = 0;
            Append(head).Append(mid).Append(tail);
            return this;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (count < 0 || sourceIndex < 0 || sourceIndex > _length - count) throw new ArgumentOutOfRangeException("sourceIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            Array.Copy(_chars, sourceIndex, destination, destinationIndex, count);
        }

        public void CopyTo(int sourceIndex, Span<char> destination, int count)
        {
            if (count < 0 || sourceIndex < 0 || sourceIndex > _length - count) throw new ArgumentOutOfRangeException("sourceIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            new ReadOnlySpan<char>(_chars, sourceIndex, count).CopyTo(destination);
        }

        public bool Equals(StringBuilder sb)
        {
            if (sb == null || sb._length != _length) return false;
            for (int i = 0; i < _length; i++) if (_chars[i] != sb._chars[i]) return false;
            return true;
        }

        public bool Equals(ReadOnlySpan<char> span)
        {
            if (span.Length != _length) return false;
            for (int i = 0; i < _length; i++) if (_chars[i] != span[i]) return false;
            return true;
        }

        // The compiler's handler for sb.Append($"...") — appends straight into the builder.
        [InterpolatedStringHandler]
        public struct AppendInterpolatedStringHandler
        {
            private readonly StringBuilder _sb;
            private readonly IFormatProvider _provider;

            public AppendInterpolatedStringHandler(int literalLength, int formattedCount, StringBuilder stringBuilder)
            {
                _sb = stringBuilder;
                _provider = null;
            }

            public AppendInterpolatedStringHandler(int literalLength, int formattedCount, StringBuilder stringBuilder, IFormatProvider provider)
            {
                _sb = stringBuilder;
                _provider = provider;
            }

            public void AppendLiteral(string value) => _sb.Append(value);
            public void AppendFormatted<T>(T value) => AppendFormatted(value, 0, null);
            public void AppendFormatted<T>(T value, string format) => AppendFormatted(value, 0, format);
            public void AppendFormatted<T>(T value, int alignment) => AppendFormatted(value, alignment, null);

            public void AppendFormatted<T>(T value, int alignment, string format)
            {
                string s = DefaultInterpolatedStringHandler.FormatValue(value, format, _provider);
                AppendAligned(s, alignment);
            }

            public void AppendFormatted(ReadOnlySpan<char> value) => _sb.Append(value);
            public void AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string format = null) => AppendAligned(value.ToString(), alignment);
            public void AppendFormatted(string value) => _sb.Append(value);
            public void AppendFormatted(string value, int alignment = 0, string format = null) => AppendFormatted<string>(value, alignment, format);
            public void AppendFormatted(object value, int alignment = 0, string format = null) => AppendFormatted<object>(value, alignment, format);

            private void AppendAligned(string s, int alignment)
            {
                bool left = alignment < 0;
                int width = left ? -alignment : alignment;
                int pad = width - s.Length;
                if (!left && pad > 0) _sb.Append(' ', pad);
                _sb.Append(s);
                if (left && pad > 0) _sb.Append(' ', pad);
            }
        }
    }
}
