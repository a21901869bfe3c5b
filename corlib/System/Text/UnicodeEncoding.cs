// UTF-16 in either byte order. A lone surrogate (decoding or encoding) and an odd byte at the
// end are given to the fallback.
namespace System.Text
{
    public class UnicodeEncoding : Encoding
    {
        public const int CharSize = 2;

        private readonly bool _bigEndian, _bom;

        public UnicodeEncoding() : this(false, true) { }
        public UnicodeEncoding(bool bigEndian, bool byteOrderMark) : this(bigEndian, byteOrderMark, false) { }

        public UnicodeEncoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidBytes) : base(bigEndian ? 1201 : 1200)
        {
            _bigEndian = bigEndian;
            _bom = byteOrderMark;
            if (throwOnInvalidBytes)
            {
                _encoderFallback = EncoderFallback.ExceptionFallback;
                _decoderFallback = DecoderFallback.ExceptionFallback;
            }
            else
            {
                _encoderFallback = new EncoderReplacementFallback("\uFFFD");
                _decoderFallback = new DecoderReplacementFallback("\uFFFD");
            }
        }

        public override string WebName => _bigEndian ? "utf-16BE" : "utf-16";
        public override string EncodingName => _bigEndian ? "Unicode (Big-Endian)" : "Unicode";
        public override byte[] GetPreamble() => !_bom ? Array.Empty<byte>() : _bigEndian ? new byte[] { 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE };
        public override ReadOnlySpan<byte> Preamble => GetPreamble();

        public override bool Equals(object value) =>
            value is UnicodeEncoding that && CodePage == that.CodePage && _bom == that._bom && _bigEndian == that._bigEndian &&
            EncoderFallback.Equals(that.EncoderFallback) && DecoderFallback.Equals(that.DecoderFallback);

        public override int GetHashCode() => CodePage + EncoderFallback.GetHashCode() + DecoderFallback.GetHashCode() + (_bom ? 4 : 0) + (_bigEndian ? 8 : 0);

        public override int GetMaxByteCount(int charCount)
        {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return CheckMax(((long)charCount + 1) * EncoderScale * 2, "charCount");
        }

        public override int GetMaxCharCount(int byteCount)
        {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            long n = ((long)byteCount >> 1) + (byteCount & 1) + 1;
            return CheckMax(n * DecoderScale, "byteCount");
        }

        public override int GetByteCount(char[] chars, int index, int count) => CoreByteCount(chars, index, count);
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => CoreGetBytes(chars, charIndex, charCount, bytes, byteIndex);
        public override int GetCharCount(byte[] bytes, int index, int count) => CoreCharCount(bytes, index, count);
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) => CoreGetChars(bytes, byteIndex, byteCount, chars, charIndex);

        internal override bool HasCore => true;

        private int Put(char c, Span<byte> bytes, bool write, int n)
        {
            if (write)
            {
                if (bytes.Length - n < 2) throw TooSmallBytes();
                bytes[n + (_bigEndian ? 1 : 0)] = (byte)c;
                bytes[n + (_bigEndian ? 0 : 1)] = (byte)(c >> 8);
            }
            return n + 2;
        }

        internal override int EncodeScalar(int cp, Span<byte> bytes, bool write, int n)
        {
            if (cp < 0x10000) return Put((char)cp, bytes, write, n);
            n = Put((char)(0xD7C0 + (cp >> 10)), bytes, write, n);
            return Put((char)(0xDC00 | (cp & 0x3FF)), bytes, write, n);
        }

        internal override int EncodeCore(ReadOnlySpan<char> chars, Span<byte> bytes, bool write, bool flush, EncoderFallback fallback, int first, out int consumed)
        {
            int n = 0, i = 0, end = chars.Length;
            while (i < end)
            {
                char c = chars[i];
                if (!char.IsSurrogate(c))
                {
                    n = Put(c, bytes, write, n);
                    i++;
                    continue;
                }
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 < end && char.IsLowSurrogate(chars[i + 1]))
                    {
                        n = Put(c, bytes, write, n);
                        n = Put(chars[i + 1], bytes, write, n);
                        i += 2;
                        continue;
                    }
                    if (i + 1 == end && !flush) break;
                }
                n = EncodeFallback(fallback, c, '\0', first + i, bytes, write, n);
                i++;
            }
            consumed = i;
            return n;
        }

        private char Unit(ReadOnlySpan<byte> bytes, int i) =>
            _bigEndian ? (char)((bytes[i] << 8) | bytes[i + 1]) : (char)(bytes[i] | (bytes[i + 1] << 8));

        internal override int DecodeCore(ReadOnlySpan<byte> bytes, Span<char> chars, bool write, bool flush, DecoderFallback fallback, int first, out int consumed)
        {
            int n = 0, i = 0, end = bytes.Length;
            while (i < end)
            {
                if (end - i < 2)
                {
                    if (!flush) break;
                    n = DecodeFallback(fallback, bytes, i, 1, first + i, chars, write, n);
                    i++;
                    continue;
                }
                char c = Unit(bytes, i);
                if (char.IsHighSurrogate(c))
                {
                    if (end - i < 4 && !flush) break;      // its low surrogate may come next
                    if (end - i >= 4 && char.IsLowSurrogate(Unit(bytes, i + 2)))
                    {
                        if (write)
                        {
                            if (chars.Length - n < 2) throw TooSmallChars();
                            chars[n] = c;
                            chars[n + 1] = Unit(bytes, i + 2);
                        }
                        n += 2;
                        i += 4;
                        continue;
                    }
                }
                if (char.IsSurrogate(c))
                {
                    n = DecodeFallback(fallback, bytes, i, 2, first + i, chars, write, n);
                    i += 2;
                    continue;
                }
                if (write)
                {
                    if (n >= chars.Length) throw TooSmallChars();
                    chars[n] = c;
                }
                n++;
                i += 2;
            }
            consumed = i;
            return n;
        }
    }
}
