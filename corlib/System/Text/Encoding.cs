// System.Text.Encoding: the built-in encodings by name and code page, and the many overloads
// of GetBytes/GetChars/GetString, checked as .NET checks them. The built-in encodings convert
// through two internal primitives (DecodeCore, EncodeCore) that also carry an unfinished
// sequence between the calls of a Decoder or Encoder; user subclasses implement the abstract
// array methods instead, and the other overloads fall back to those.
namespace System.Text
{
    public abstract class Encoding : ICloneable
    {
        private static Encoding s_utf8, s_ascii, s_unicode, s_latin1, s_bigEndianUnicode, s_utf32, s_default;

        private int _codePage;
        internal EncoderFallback _encoderFallback;
        internal DecoderFallback _decoderFallback;
        private bool _readOnly = true;

        protected Encoding() : this(0) { }

        protected Encoding(int codePage)
        {
            if (codePage < 0) throw new ArgumentOutOfRangeException("codePage", "Non-negative number required.");
            _codePage = codePage;
            _encoderFallback = EncoderFallback.ReplacementFallback;
            _decoderFallback = DecoderFallback.ReplacementFallback;
        }

        protected Encoding(int codePage, EncoderFallback encoderFallback, DecoderFallback decoderFallback) : this(codePage)
        {
            _encoderFallback = encoderFallback ?? EncoderFallback.ReplacementFallback;
            _decoderFallback = decoderFallback ?? DecoderFallback.ReplacementFallback;
        }

        public static Encoding UTF8 => s_utf8 ??= new UTF8Encoding(true);
        public static Encoding ASCII => s_ascii ??= new ASCIIEncoding();
        public static Encoding Unicode => s_unicode ??= new UnicodeEncoding(false, true);
        public static Encoding BigEndianUnicode => s_bigEndianUnicode ??= new UnicodeEncoding(true, true);
        public static Encoding Latin1 => s_latin1 ??= new Latin1Encoding();
        public static Encoding UTF32 => s_utf32 ??= new UTF32Encoding(false, true);
        public static Encoding Default => s_default ??= new UTF8Encoding(false);

        public virtual int CodePage => _codePage;
        public virtual string WebName => "";
        public virtual string EncodingName => WebName;
        public virtual string BodyName => WebName;
        public virtual string HeaderName => WebName;
        public virtual int WindowsCodePage => 1200;
        public virtual bool IsBrowserDisplay => false;
        public virtual bool IsBrowserSave => false;
        public virtual bool IsMailNewsDisplay => false;
        public virtual bool IsMailNewsSave => false;
        public virtual bool IsSingleByte => false;
        public bool IsReadOnly => _readOnly;
        public virtual ReadOnlySpan<byte> Preamble => GetPreamble();
        public virtual byte[] GetPreamble() => Array.Empty<byte>();
        public bool IsAlwaysNormalized() => IsAlwaysNormalized(NormalizationForm.FormC);
        public virtual bool IsAlwaysNormalized(NormalizationForm form) => false;

        public EncoderFallback EncoderFallback
        {
            get => _encoderFallback;
            set
            {
                if (_readOnly) throw new InvalidOperationException("Instance is read-only.");
                _encoderFallback = value ?? throw new ArgumentNullException("value");
            }
        }

        public DecoderFallback DecoderFallback
        {
            get => _decoderFallback;
            set
            {
                if (_readOnly) throw new InvalidOperationException("Instance is read-only.");
                _decoderFallback = value ?? throw new ArgumentNullException("value");
            }
        }

        public virtual object Clone()
        {
            Encoding e = (Encoding)MemberwiseClone();
            e._readOnly = false;
            return e;
        }

        public override bool Equals(object value) =>
            value is Encoding that && _codePage == that._codePage && _encoderFallback.Equals(that._encoderFallback) && _decoderFallback.Equals(that._decoderFallback);

        public override int GetHashCode() => _codePage + _encoderFallback.GetHashCode() + _decoderFallback.GetHashCode();

        // ---- the built-in encodings by code page and name

        private const string CustomHint = " For information on defining a custom encoding, see the documentation for the Encoding.RegisterProvider method.";

        public static Encoding GetEncoding(int codepage)
        {
            if (codepage < 0 || codepage > 65535) throw new ArgumentOutOfRangeException("codepage", "Valid values are between 0 and 65535, inclusive.");
            switch (codepage)
            {
                case 0: return Default;
                case 65001: return UTF8;
                case 20127: return ASCII;
                case 1200: return Unicode;
                case 1201: return BigEndianUnicode;
                case 28591: return Latin1;
                case 12000: return UTF32;
                case 12001: return new UTF32Encoding(true, true);
            }
            throw new NotSupportedException("No data is available for encoding " + codepage.ToString() + "." + CustomHint);
        }

        public static Encoding GetEncoding(int codepage, EncoderFallback encoderFallback, DecoderFallback decoderFallback)
        {
            Encoding e = (Encoding)GetEncoding(codepage).Clone();
            e.EncoderFallback = encoderFallback;
            e.DecoderFallback = decoderFallback;
            e._readOnly = true;
            return e;
        }

        public static Encoding GetEncoding(string name)
        {
            if (name == null) throw new ArgumentNullException("name");
            int cp = CodePageOf(name);
            if (cp < 0) throw new ArgumentException("'" + name + "' is not a supported encoding name." + CustomHint, "name");
            return GetEncoding(cp);
        }

        public static Encoding GetEncoding(string name, EncoderFallback encoderFallback, DecoderFallback decoderFallback)
        {
            if (name == null) throw new ArgumentNullException("name");
            int cp = CodePageOf(name);
            if (cp < 0) throw new ArgumentException("'" + name + "' is not a supported encoding name." + CustomHint, "name");
            return GetEncoding(cp, encoderFallback, decoderFallback);
        }

        // The names .NET knows for the encodings it has built in.
        private static int CodePageOf(string name)
        {
            switch (name.ToLowerInvariant())
            {
                case "utf-8": case "unicode-1-1-utf-8": case "unicode-2-0-utf-8": case "x-unicode-1-1-utf-8": case "x-unicode-2-0-utf-8":
                    return 65001;
                case "us-ascii": case "ascii": case "us": case "ansi_x3.4-1968": case "ansi_x3.4-1986": case "cp367": case "csascii": case "ibm367":
                case "iso-ir-6": case "iso646-us": case "iso_646.irv:1991":
                    return 20127;
                case "utf-16": case "utf-16le": case "unicode": case "ucs-2": case "iso-10646-ucs-2":
                    return 1200;
                case "utf-16be": case "unicodefffe":
                    return 1201;
                case "iso-8859-1": case "latin1": case "l1": case "cp819": case "csisolatin1": case "ibm819": case "iso-ir-100": case "iso8859-1":
                case "iso_8859-1": case "iso_8859-1:1987":
                    return 28591;
                case "utf-32": case "utf-32le":
                    return 12000;
                case "utf-32be":
                    return 12001;
            }
            return -1;
        }

        public static byte[] Convert(Encoding srcEncoding, Encoding dstEncoding, byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return Convert(srcEncoding, dstEncoding, bytes, 0, bytes.Length);
        }

        public static byte[] Convert(Encoding srcEncoding, Encoding dstEncoding, byte[] bytes, int index, int count)
        {
            if (srcEncoding == null) throw new ArgumentNullException("srcEncoding");
            if (dstEncoding == null) throw new ArgumentNullException("dstEncoding");
            if (bytes == null) throw new ArgumentNullException("bytes");
            return dstEncoding.GetBytes(srcEncoding.GetChars(bytes, index, count));
        }

        // ---- what every encoding implements

        public abstract int GetByteCount(char[] chars, int index, int count);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex);
        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);
        public abstract int GetMaxByteCount(int charCount);
        public abstract int GetMaxCharCount(int byteCount);

        // ---- the primitives of the built-in encodings

        // Decodes bytes (bytes[0] is at 'first' in the caller's input, for fallback indexes) into
        // chars, or only counts when !write. Without flush it stops before a trailing sequence
        // that more bytes could complete; consumed: the bytes it used.
        internal virtual int DecodeCore(ReadOnlySpan<byte> bytes, Span<char> chars, bool write, bool flush, DecoderFallback fallback, int first, out int consumed) =>
            throw new NotSupportedException();

        // The same for encoding: without flush a trailing high surrogate is left unconsumed.
        internal virtual int EncodeCore(ReadOnlySpan<char> chars, Span<byte> bytes, bool write, bool flush, EncoderFallback fallback, int first, out int consumed) =>
            throw new NotSupportedException();

        // Writes one scalar value produced by an encoder fallback; -1 if this encoding cannot.
        internal virtual int EncodeScalar(int cp, Span<byte> bytes, bool write, int n) => -1;

        internal virtual bool HasCore => false;

        internal int Decode(ReadOnlySpan<byte> bytes, Span<char> chars, bool write) =>
            DecodeCore(bytes, chars, write, true, _decoderFallback, 0, out _);

        internal int Encode(ReadOnlySpan<char> chars, Span<byte> bytes, bool write) =>
            EncodeCore(chars, bytes, write, true, _encoderFallback, 0, out _);

        internal ArgumentException TooSmallBytes() =>
            new ArgumentException("The output byte buffer is too small to contain the encoded data, encoding codepage '" + CodePage.ToString() + "' and fallback '" + _encoderFallback.GetType().FullName + "'.", "bytes");

        internal ArgumentException TooSmallChars() =>
            new ArgumentException("The output char buffer is too small to contain the decoded characters, encoding codepage '" + CodePage.ToString() + "' and fallback '" + _decoderFallback.GetType().FullName + "'.", "chars");

        // Passes bytes[start..start+length) to a new buffer of the fallback (only invalid input
        // pays for one) and writes what it gives instead.
        internal int DecodeFallback(DecoderFallback fallbackKind, ReadOnlySpan<byte> bytes, int start, int length, int index, Span<char> chars, bool write, int n)
        {
            DecoderFallbackBuffer fallback = fallbackKind.CreateFallbackBuffer();
            if (fallback.Fallback(bytes.Slice(start, length).ToArray(), index))
            {
                char c;
                while ((c = fallback.GetNextChar()) != '\0')
                {
                    if (write)
                    {
                        if (n >= chars.Length) throw TooSmallChars();
                        chars[n] = c;
                    }
                    n++;
                }
            }
            return n;
        }

        // Passes an unencodable char (or surrogate pair, low != 0) to the fallback and encodes
        // what it gives instead.
        internal int EncodeFallback(EncoderFallback fallbackKind, char high, char low, int index, Span<byte> bytes, bool write, int n)
        {
            EncoderFallbackBuffer fallback = fallbackKind.CreateFallbackBuffer();
            bool any = low == '\0' ? fallback.Fallback(high, index) : fallback.Fallback(high, low, index);
            if (!any) return n;
            char c;
            while ((c = fallback.GetNextChar()) != '\0')
            {
                int cp = c;
                if (char.IsHighSurrogate(c))
                {
                    char d = fallback.GetNextChar();
                    if (!char.IsLowSurrogate(d)) throw new ArgumentException("Recursive fallback not allowed for character \\u" + ((int)c).ToString("X4") + ".", "chars");
                    cp = char.ConvertToUtf32(c, d);
                }
                int m = EncodeScalar(cp, bytes, write, n);
                if (m < 0) throw new ArgumentException("Recursive fallback not allowed for character \\u" + ((int)c).ToString("X4") + ".", "chars");
                n = m;
            }
            return n;
        }

        // ---- argument checks

        private static void CheckRange(int length, int index, int count, string array, string indexName)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? indexName : "count", "Non-negative number required.");
            if (length - index < count) throw new ArgumentOutOfRangeException(array, "Index and count must refer to a location within the buffer.");
        }

        private static void CheckOutput(int length, int index, string array, string indexName)
        {
            if (index < 0 || index > length) throw new ArgumentOutOfRangeException(indexName, "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
        }

        // ---- counting

        public virtual int GetByteCount(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetByteCount(chars, 0, chars.Length);
        }

        public virtual int GetByteCount(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (HasCore) return Encode(s.AsSpan(), default, false);
            return GetByteCount(s.ToCharArray());
        }

        public int GetByteCount(string s, int index, int count)
        {
            if (s == null) throw new ArgumentNullException("s");
            CheckRange(s.Length, index, count, "s", "index");
            return GetByteCount(s.AsSpan(index, count));
        }

        public virtual int GetByteCount(ReadOnlySpan<char> chars)
        {
            if (HasCore) return Encode(chars, default, false);
            return GetByteCount(chars.ToArray());
        }

        public virtual unsafe int GetByteCount(char* chars, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            return GetByteCount(new ReadOnlySpan<char>(chars, count));
        }

        public virtual int GetCharCount(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetCharCount(bytes, 0, bytes.Length);
        }

        public virtual int GetCharCount(ReadOnlySpan<byte> bytes)
        {
            if (HasCore) return Decode(bytes, default, false);
            return GetCharCount(bytes.ToArray());
        }

        public virtual unsafe int GetCharCount(byte* bytes, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            return GetCharCount(new ReadOnlySpan<byte>(bytes, count));
        }

        // ---- encoding

        public virtual byte[] GetBytes(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetBytes(chars, 0, chars.Length);
        }

        public virtual byte[] GetBytes(char[] chars, int index, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            CheckRange(chars.Length, index, count, "chars", "index");
            byte[] r = new byte[GetByteCount(chars, index, count)];
            GetBytes(chars, index, count, r, 0);
            return r;
        }

        public virtual byte[] GetBytes(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            return GetBytes(s, 0, s.Length);
        }

        public byte[] GetBytes(string s, int index, int count)
        {
            if (s == null) throw new ArgumentNullException("s");
            CheckRange(s.Length, index, count, "s", "index");
            if (!HasCore) return GetBytes(s.ToCharArray(index, count));
            ReadOnlySpan<char> span = s.AsSpan(index, count);
            byte[] r = new byte[Encode(span, default, false)];
            Encode(span, r, true);
            return r;
        }

        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(s.Length, charIndex, charCount, "s", "charIndex");
            CheckOutput(bytes.Length, byteIndex, "bytes", "byteIndex");
            return GetBytes(s.AsSpan(charIndex, charCount), new Span<byte>(bytes, byteIndex, bytes.Length - byteIndex));
        }

        public virtual int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
        {
            if (HasCore) return Encode(chars, bytes, true);
            byte[] b = GetBytes(chars.ToArray());
            if (b.Length > bytes.Length) throw TooSmallBytes();
            b.AsSpan().CopyTo(bytes);
            return b.Length;
        }

        public virtual unsafe int GetBytes(char* chars, int charCount, byte* bytes, int byteCount)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (charCount < 0 || byteCount < 0) throw new ArgumentOutOfRangeException(charCount < 0 ? "charCount" : "byteCount", "Non-negative number required.");
            return GetBytes(new ReadOnlySpan<char>(chars, charCount), new Span<byte>(bytes, byteCount));
        }

        public virtual bool TryGetBytes(ReadOnlySpan<char> chars, Span<byte> bytes, out int bytesWritten)
        {
            int n = GetByteCount(chars);
            if (n > bytes.Length) { bytesWritten = 0; return false; }
            bytesWritten = GetBytes(chars, bytes);
            return true;
        }

        // ---- decoding

        public virtual char[] GetChars(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetChars(bytes, 0, bytes.Length);
        }

        public virtual char[] GetChars(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(bytes.Length, index, count, "bytes", "index");
            char[] r = new char[GetCharCount(bytes, index, count)];
            GetChars(bytes, index, count, r, 0);
            return r;
        }

        public virtual int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars)
        {
            if (HasCore) return Decode(bytes, chars, true);
            char[] c = GetChars(bytes.ToArray());
            if (c.Length > chars.Length) throw TooSmallChars();
            c.AsSpan().CopyTo(chars);
            return c.Length;
        }

        public virtual unsafe int GetChars(byte* bytes, int byteCount, char* chars, int charCount)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            if (byteCount < 0 || charCount < 0) throw new ArgumentOutOfRangeException(byteCount < 0 ? "byteCount" : "charCount", "Non-negative number required.");
            return GetChars(new ReadOnlySpan<byte>(bytes, byteCount), new Span<char>(chars, charCount));
        }

        public virtual bool TryGetChars(ReadOnlySpan<byte> bytes, Span<char> chars, out int charsWritten)
        {
            int n = GetCharCount(bytes);
            if (n > chars.Length) { charsWritten = 0; return false; }
            charsWritten = GetChars(bytes, chars);
            return true;
        }

        public virtual string GetString(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetString(bytes, 0, bytes.Length);
        }

        public virtual string GetString(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(bytes.Length, index, count, "bytes", "index");
            if (HasCore) return GetString(new ReadOnlySpan<byte>(bytes, index, count));
            return new string(GetChars(bytes, index, count));
        }

        public string GetString(ReadOnlySpan<byte> bytes)
        {
            if (!HasCore) return new string(GetChars(bytes.ToArray()));
            int n = Decode(bytes, default, false);
            if (n == 0) return string.Empty;
            string s = string.FastAllocateString(n);
            unsafe
            {
                fixed (char* p = s) Decode(bytes, new Span<char>(p, n), true);
            }
            return s;
        }

        public unsafe string GetString(byte* bytes, int byteCount)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            return GetString(new ReadOnlySpan<byte>(bytes, byteCount));
        }

        public virtual Decoder GetDecoder() => HasCore ? new CodecDecoder(this) : new DefaultDecoder(this);
        public virtual Encoder GetEncoder() => HasCore ? new CodecEncoder(this) : new DefaultEncoder(this);

        // For user encodings: no state between calls.
        private sealed class DefaultDecoder : Decoder
        {
            private readonly Encoding _e;
            internal DefaultDecoder(Encoding e) { _e = e; }
            public override int GetCharCount(byte[] bytes, int index, int count) => _e.GetCharCount(bytes, index, count);
            public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) => _e.GetChars(bytes, byteIndex, byteCount, chars, charIndex);
        }

        private sealed class DefaultEncoder : Encoder
        {
            private readonly Encoding _e;
            internal DefaultEncoder(Encoding e) { _e = e; }
            public override int GetByteCount(char[] chars, int index, int count, bool flush) => _e.GetByteCount(chars, index, count);
            public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush) => _e.GetBytes(chars, charIndex, charCount, bytes, byteIndex);
        }

        // ---- the array forms of the built-in encodings, over their primitives

        internal int CoreByteCount(char[] chars, int index, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            CheckRange(chars.Length, index, count, "chars", "index");
            return Encode(new ReadOnlySpan<char>(chars, index, count), default, false);
        }

        internal int CoreGetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(chars.Length, charIndex, charCount, "chars", "charIndex");
            CheckOutput(bytes.Length, byteIndex, "bytes", "byteIndex");
            return Encode(new ReadOnlySpan<char>(chars, charIndex, charCount), new Span<byte>(bytes, byteIndex, bytes.Length - byteIndex), true);
        }

        internal int CoreCharCount(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            CheckRange(bytes.Length, index, count, "bytes", "index");
            return Decode(new ReadOnlySpan<byte>(bytes, index, count), default, false);
        }

        internal int CoreGetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            CheckRange(bytes.Length, byteIndex, byteCount, "bytes", "byteIndex");
            CheckOutput(chars.Length, charIndex, "chars", "charIndex");
            return Decode(new ReadOnlySpan<byte>(bytes, byteIndex, byteCount), new Span<char>(chars, charIndex, chars.Length - charIndex), true);
        }

        // The larger of 1 and the fallback's longest replacement, as .NET scales its maxima.
        internal long EncoderScale => _encoderFallback.MaxCharCount > 1 ? _encoderFallback.MaxCharCount : 1;
        internal long DecoderScale => _decoderFallback.MaxCharCount > 1 ? _decoderFallback.MaxCharCount : 1;

        internal static int CheckMax(long n, string name)
        {
            if (n > int.MaxValue) throw new ArgumentOutOfRangeException(name, "Too many characters. The resulting number of bytes is larger than what can be returned as an int.");
            return (int)n;
        }
    }

    public enum NormalizationForm
    {
        FormC = 1,
        FormD = 2,
        FormKC = 5,
        FormKD = 6,
    }
}
