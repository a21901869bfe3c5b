namespace System.Text
{
    public abstract class Encoding : ICloneable
    {
        private static Encoding s_utf8, s_ascii, s_unicode, s_latin1, s_bigEndianUnicode, s_utf32;

        protected Encoding() { }
        protected Encoding(int codePage) { CodePage = codePage; }

        public static Encoding UTF8 => s_utf8 ??= new UTF8Encoding(true);
        public static Encoding ASCII => s_ascii ??= new ASCIIEncoding();
        public static Encoding Unicode => s_unicode ??= new UnicodeEncoding(false, true);
        public static Encoding BigEndianUnicode => s_bigEndianUnicode ??= new UnicodeEncoding(true, true);
        public static Encoding Latin1 => s_latin1 ??= new Latin1Encoding();
        public static Encoding UTF32 => s_utf32 ??= new UTF32Encoding();
        public static Encoding Default => UTF8;

        public virtual int CodePage { get; }
        public virtual string WebName => "utf-8";
        public virtual string EncodingName => WebName;
        public virtual string BodyName => WebName;
        public virtual string HeaderName => WebName;
        public virtual bool IsSingleByte => false;
        public virtual ReadOnlySpan<byte> Preamble => GetPreamble();
        public virtual byte[] GetPreamble() => new byte[0];
        public virtual object Clone() => MemberwiseClone();

        public static Encoding GetEncoding(int codepage)
        {
            switch (codepage)
            {
                case 65001: return UTF8;
                case 20127: return ASCII;
                case 1200: return Unicode;
                case 1201: return BigEndianUnicode;
                case 28591: return Latin1;
                case 12000: return UTF32;
            }
            throw new NotSupportedException("No data is available for encoding " + codepage.ToString() + ".");
        }

        public static Encoding GetEncoding(string name)
        {
            switch (name.ToLowerInvariant())
            {
                case "utf-8": case "utf8": return UTF8;
                case "us-ascii": case "ascii": return ASCII;
                case "utf-16": case "unicode": return Unicode;
                case "utf-16be": return BigEndianUnicode;
                case "iso-8859-1": case "latin1": return Latin1;
                case "utf-32": return UTF32;
            }
            throw new ArgumentException("'" + name + "' is not a supported encoding name.", "name");
        }

        // The core every encoding implements.
        public abstract int GetByteCount(char[] chars, int index, int count);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex);
        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);
        public abstract int GetMaxByteCount(int charCount);
        public abstract int GetMaxCharCount(int byteCount);

        public virtual int GetByteCount(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetByteCount(chars, 0, chars.Length);
        }

        public virtual int GetByteCount(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            char[] c = s.ToCharArray();
            return GetByteCount(c, 0, c.Length);
        }

        public virtual int GetByteCount(ReadOnlySpan<char> chars)
        {
            char[] c = chars.ToArray();
            return GetByteCount(c, 0, c.Length);
        }

        public virtual byte[] GetBytes(char[] chars)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            return GetBytes(chars, 0, chars.Length);
        }

        public virtual byte[] GetBytes(char[] chars, int index, int count)
        {
            byte[] b = new byte[GetByteCount(chars, index, count)];
            GetBytes(chars, index, count, b, 0);
            return b;
        }

        public virtual byte[] GetBytes(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            return GetBytes(s.ToCharArray());
        }

        public virtual int GetBytes(string s, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            if (s == null) throw new ArgumentNullException("s");
            return GetBytes(s.ToCharArray(), charIndex, charCount, bytes, byteIndex);
        }

        public virtual int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes)
        {
            byte[] b = GetBytes(chars.ToArray());
            if (b.Length > bytes.Length) throw new ArgumentException("The output byte buffer is too small to contain the encoded data.", "bytes");
            new ReadOnlySpan<byte>(b).CopyTo(bytes);
            return b.Length;
        }

        public virtual unsafe int GetBytes(char* chars, int charCount, byte* bytes, int byteCount)
        {
            char[] c = new char[charCount];
            for (int i = 0; i < charCount; i++) c[i] = chars[i];
            byte[] b = GetBytes(c);
            if (b.Length > byteCount) throw new ArgumentException("The output byte buffer is too small to contain the encoded data.", "bytes");
            for (int i = 0; i < b.Length; i++) bytes[i] = b[i];
            return b.Length;
        }

        public virtual int GetCharCount(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetCharCount(bytes, 0, bytes.Length);
        }

        public virtual char[] GetChars(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetChars(bytes, 0, bytes.Length);
        }

        public virtual char[] GetChars(byte[] bytes, int index, int count)
        {
            char[] c = new char[GetCharCount(bytes, index, count)];
            GetChars(bytes, index, count, c, 0);
            return c;
        }

        public virtual string GetString(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            return GetString(bytes, 0, bytes.Length);
        }

        public virtual string GetString(byte[] bytes, int index, int count) => new string(GetChars(bytes, index, count));

        public string GetString(ReadOnlySpan<byte> bytes) => GetString(bytes.ToArray());

        public unsafe string GetString(byte* bytes, int byteCount)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            byte[] b = new byte[byteCount];
            for (int i = 0; i < byteCount; i++) b[i] = bytes[i];
            return GetString(b);
        }

        public virtual Decoder GetDecoder() => new DefaultDecoder(this);
        public virtual Encoder GetEncoder() => new DefaultEncoder(this);

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
    }

    public abstract class Decoder
    {
        protected Decoder() { }
        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);
        public virtual void Reset() { }
    }

    public abstract class Encoder
    {
        protected Encoder() { }
        public abstract int GetByteCount(char[] chars, int index, int count, bool flush);
        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush);
        public virtual void Reset() { }
    }

    // UTF-8; invalid sequences decode to U+FFFD (one per maximal invalid subsequence), lone
    // surrogates encode as U+FFFD.
    public class UTF8Encoding : Encoding
    {
        private readonly bool _emitBom;

        public UTF8Encoding() : this(false) { }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) : base(65001) { _emitBom = encoderShouldEmitUTF8Identifier; }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier, bool throwOnInvalidBytes) : this(encoderShouldEmitUTF8Identifier) { }

        public override string WebName => "utf-8";
        public override string EncodingName => "Unicode (UTF-8)";
        public override byte[] GetPreamble() => _emitBom ? new byte[] { 0xEF, 0xBB, 0xBF } : new byte[0];

        public override int GetMaxByteCount(int charCount) => (charCount + 1) * 3;
        public override int GetMaxCharCount(int byteCount) => byteCount + 1;

        public override int GetByteCount(char[] chars, int index, int count) => Encode(chars, index, count, null, 0);
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => Encode(chars, charIndex, charCount, bytes, byteIndex);
        public override int GetCharCount(byte[] bytes, int index, int count) => Decode(bytes, index, count, null, 0);
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) => Decode(bytes, byteIndex, byteCount, chars, charIndex);

        internal static int Encode(char[] chars, int index, int count, byte[] bytes, int byteIndex)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            int n = 0;
            int end = index + count;
            for (int i = index; i < end; i++)
            {
                int c = chars[i];
                if (c >= 0xD800 && c <= 0xDFFF)
                {
                    if (c <= 0xDBFF && i + 1 < end && chars[i + 1] >= 0xDC00 && chars[i + 1] <= 0xDFFF)
                    {
                        c = 0x10000 + ((c - 0xD800) << 10) + (chars[i + 1] - 0xDC00);
                        i++;
                    }
                    else c = 0xFFFD;
                }
                n += EncodeCodePoint(c, bytes, byteIndex + n);
            }
            return n;
        }

        internal static int EncodeCodePoint(int c, byte[] bytes, int at)
        {
            if (c < 0x80)
            {
                if (bytes != null) bytes[at] = (byte)c;
                return 1;
            }
            if (c < 0x800)
            {
                if (bytes != null) { bytes[at] = (byte)(0xC0 | (c >> 6)); bytes[at + 1] = (byte)(0x80 | (c & 0x3F)); }
                return 2;
            }
            if (c < 0x10000)
            {
                if (bytes != null)
                {
                    bytes[at] = (byte)(0xE0 | (c >> 12));
                    bytes[at + 1] = (byte)(0x80 | ((c >> 6) & 0x3F));
                    bytes[at + 2] = (byte)(0x80 | (c & 0x3F));
                }
                return 3;
            }
            if (bytes != null)
            {
                bytes[at] = (byte)(0xF0 | (c >> 18));
                bytes[at + 1] = (byte)(0x80 | ((c >> 12) & 0x3F));
                bytes[at + 2] = (byte)(0x80 | ((c >> 6) & 0x3F));
                bytes[at + 3] = (byte)(0x80 | (c & 0x3F));
            }
            return 4;
        }

        internal static int Decode(byte[] bytes, int index, int count, char[] chars, int charIndex)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            int n = 0;
            int i = index, end = index + count;
            while (i < end)
            {
                int b = bytes[i];
                int cp, len;
                if (b < 0x80) { cp = b; len = 1; }
                else if (b >= 0xC2 && b <= 0xDF) { cp = b & 0x1F; len = 2; }
                else if (b >= 0xE0 && b <= 0xEF) { cp = b & 0x0F; len = 3; }
                else if (b >= 0xF0 && b <= 0xF4) { cp = b & 0x07; len = 4; }
                else { cp = 0xFFFD; len = 0; }
                if (len == 0) { i++; }
                else
                {
                    int j = 1;
                    bool ok = true;
                    for (; j < len; j++)
                    {
                        if (i + j >= end) { ok = false; break; }
                        int cb = bytes[i + j];
                        if ((cb & 0xC0) != 0x80) { ok = false; break; }
                        if (j == 1)
                        {
                            if (b == 0xE0 && cb < 0xA0) { ok = false; break; }
                            if (b == 0xED && cb > 0x9F) { ok = false; break; }
                            if (b == 0xF0 && cb < 0x90) { ok = false; break; }
                            if (b == 0xF4 && cb > 0x8F) { ok = false; break; }
                        }
                        cp = (cp << 6) | (cb & 0x3F);
                    }
                    if (!ok) { cp = 0xFFFD; i += j; }
                    else i += len;
                }
                if (cp >= 0x10000)
                {
                    if (chars != null)
                    {
                        chars[charIndex + n] = (char)(0xD800 + ((cp - 0x10000) >> 10));
                        chars[charIndex + n + 1] = (char)(0xDC00 + ((cp - 0x10000) & 0x3FF));
                    }
                    n += 2;
                }
                else
                {
                    if (chars != null) chars[charIndex + n] = (char)cp;
                    n++;
                }
            }
            return n;
        }
    }

    public class ASCIIEncoding : Encoding
    {
        public ASCIIEncoding() : base(20127) { }
        public override string WebName => "us-ascii";
        public override bool IsSingleByte => true;
        public override int GetMaxByteCount(int charCount) => charCount + 1;
        public override int GetMaxCharCount(int byteCount) => byteCount;
        public override int GetByteCount(char[] chars, int index, int count) => count;
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            for (int i = 0; i < charCount; i++)
            {
                char c = chars[charIndex + i];
                bytes[byteIndex + i] = c < 0x80 ? (byte)c : (byte)'?';
            }
            return charCount;
        }
        public override int GetCharCount(byte[] bytes, int index, int count) => count;
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            for (int i = 0; i < byteCount; i++)
            {
                byte b = bytes[byteIndex + i];
                chars[charIndex + i] = b < 0x80 ? (char)b : '?';
            }
            return byteCount;
        }
    }

    internal sealed class Latin1Encoding : Encoding
    {
        public Latin1Encoding() : base(28591) { }
        public override string WebName => "iso-8859-1";
        public override bool IsSingleByte => true;
        public override int GetMaxByteCount(int charCount) => charCount + 1;
        public override int GetMaxCharCount(int byteCount) => byteCount;
        public override int GetByteCount(char[] chars, int index, int count) => count;
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            for (int i = 0; i < charCount; i++)
            {
                char c = chars[charIndex + i];
                bytes[byteIndex + i] = c < 0x100 ? (byte)c : (byte)'?';
            }
            return charCount;
        }
        public override int GetCharCount(byte[] bytes, int index, int count) => count;
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            for (int i = 0; i < byteCount; i++) chars[charIndex + i] = (char)bytes[byteIndex + i];
            return byteCount;
        }
    }

    public class UnicodeEncoding : Encoding
    {
        private readonly bool _bigEndian;
        private readonly bool _bom;

        public UnicodeEncoding() : this(false, true) { }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark) : base(bigEndian ? 1201 : 1200) { _bigEndian = bigEndian; _bom = byteOrderMark; }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidBytes) : this(bigEndian, byteOrderMark) { }

        public override string WebName => _bigEndian ? "utf-16BE" : "utf-16";
        public override byte[] GetPreamble() => !_bom ? new byte[0] : _bigEndian ? new byte[] { 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE };
        public override int GetMaxByteCount(int charCount) => (charCount + 1) * 2;
        public override int GetMaxCharCount(int byteCount) => byteCount / 2 + 2;
        public override int GetByteCount(char[] chars, int index, int count) => count * 2;
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            for (int i = 0; i < charCount; i++)
            {
                char c = chars[charIndex + i];
                bytes[byteIndex + 2 * i + (_bigEndian ? 1 : 0)] = (byte)c;
                bytes[byteIndex + 2 * i + (_bigEndian ? 0 : 1)] = (byte)(c >> 8);
            }
            return charCount * 2;
        }
        public override int GetCharCount(byte[] bytes, int index, int count) => (count + 1) / 2;
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            int n = byteCount / 2;
            for (int i = 0; i < n; i++)
            {
                int lo = bytes[byteIndex + 2 * i + (_bigEndian ? 1 : 0)], hi = bytes[byteIndex + 2 * i + (_bigEndian ? 0 : 1)];
                chars[charIndex + i] = (char)(lo | (hi << 8));
            }
            if ((byteCount & 1) != 0) { chars[charIndex + n] = '\uFFFD'; n++; }
            return n;
        }
    }

    public sealed class UTF32Encoding : Encoding
    {
        public UTF32Encoding() : base(12000) { }
        public override string WebName => "utf-32";
        public override byte[] GetPreamble() => new byte[] { 0xFF, 0xFE, 0, 0 };
        public override int GetMaxByteCount(int charCount) => (charCount + 1) * 4;
        public override int GetMaxCharCount(int byteCount) => byteCount / 2 + 2;
        public override int GetByteCount(char[] chars, int index, int count)
        {
            int n = 0;
            for (int i = index; i < index + count; i++)
            {
                if (char.IsHighSurrogate(chars[i]) && i + 1 < index + count && char.IsLowSurrogate(chars[i + 1])) i++;
                n += 4;
            }
            return n;
        }
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex)
        {
            int n = 0;
            for (int i = charIndex; i < charIndex + charCount; i++)
            {
                int cp = chars[i];
                if (char.IsHighSurrogate(chars[i]) && i + 1 < charIndex + charCount && char.IsLowSurrogate(chars[i + 1]))
                {
                    cp = char.ConvertToUtf32(chars[i], chars[i + 1]);
                    i++;
                }
                else if (char.IsSurrogate(chars[i])) cp = 0xFFFD;
                bytes[byteIndex + n] = (byte)cp;
                bytes[byteIndex + n + 1] = (byte)(cp >> 8);
                bytes[byteIndex + n + 2] = (byte)(cp >> 16);
                bytes[byteIndex + n + 3] = (byte)(cp >> 24);
                n += 4;
            }
            return n;
        }
        public override int GetCharCount(byte[] bytes, int index, int count)
        {
            int n = 0;
            for (int i = 0; i + 3 < count; i += 4)
            {
                int cp = bytes[index + i] | (bytes[index + i + 1] << 8) | (bytes[index + i + 2] << 16) | (bytes[index + i + 3] << 24);
                n += cp >= 0x10000 && cp <= 0x10FFFF ? 2 : 1;
            }
            return n;
        }
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex)
        {
            int n = 0;
            for (int i = 0; i + 3 < byteCount; i += 4)
            {
                int cp = bytes[byteIndex + i] | (bytes[byteIndex + i + 1] << 8) | (bytes[byteIndex + i + 2] << 16) | (bytes[byteIndex + i + 3] << 24);
                if (cp >= 0x10000 && cp <= 0x10FFFF)
                {
                    string s = char.ConvertFromUtf32(cp);
                    chars[charIndex + n++] = s[0];
                    chars[charIndex + n++] = s[1];
                }
                else chars[charIndex + n++] = (cp < 0 || cp > 0xFFFF || (cp >= 0xD800 && cp <= 0xDFFF)) ? '\uFFFD' : (char)cp;
            }
            return n;
        }
    }
}
