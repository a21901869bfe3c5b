// UTF-32 in either byte order. A value that is a surrogate or above U+10FFFF, a lone
// surrogate to encode and 1-3 bytes left at the end are given to the fallback.
namespace System.Text
{
    public sealed class UTF32Encoding : Encoding
    {
        private readonly bool _bigEndian, _bom;

        public UTF32Encoding() : this(false, true) { }
        public UTF32Encoding(bool bigEndian, bool byteOrderMark) : this(bigEndian, byteOrderMark, false) { }

        public UTF32Encoding(bool bigEndian, bool byteOrderMark, bool throwOnInvalidCharacters) : base(bigEndian ? 12001 : 12000)
        {
            _bigEndian = bigEndian;
            _bom = byteOrderMark;
            if (throwOnInvalidCharacters)
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

        public override string WebName => _bigEndian ? "utf-32BE" : "utf-32";
        public override string EncodingName => _bigEndian ? "Unicode (UTF-32 Big-Endian)" : "Unicode (UTF-32)";
        public override byte[] GetPreamble() => !_bom ? Array.Empty<byte>() : _bigEndian ? new byte[] { 0, 0, 0xFE, 0xFF } : new byte[] { 0xFF, 0xFE, 0, 0 };
        public override ReadOnlySpan<byte> Preamble => GetPreamble();

        public override bool Equals(object value) =>
            value is UTF32Encoding that && _bom == that._bom && _bigEndian == that._bigEndian &&
            EncoderFallback.Equals(that.EncoderFallback) && DecoderFallback.Equals(that.DecoderFallback);

        public override int GetHashCode() => EncoderFallback.GetHashCode() + DecoderFallback.GetHashCode() + CodePage + (_bom ? 4 : 0) + (_bigEndian ? 8 : 0);

        public override int GetMaxByteCount(int charCount)
        {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return CheckMax(((long)charCount + 1) * EncoderScale * 4, "charCount");
        }

        public override int GetMaxCharCount(int byteCount)
        {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            long n = byteCount / 2 + 2;
            if (DecoderFallback.MaxCharCount > 2) n = n * DecoderFallback.MaxCharCount / 2;
            return CheckMax(n, "byteCount");
        }

        public override int GetByteCount(char[] chars, int index, int count) => CoreByteCount(chars, index, count);
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => CoreGetBytes(chars, charIndex, charCount, bytes, byteIndex);
        public override int GetCharCount(byte[] bytes, int index, int count) => CoreCharCount(bytes, index, count);
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) => CoreGetChars(bytes, byteIndex, byteCount, chars, charIndex);

        internal override bool HasCore => true;

        internal override int EncodeScalar(int cp, Span<byte> bytes, bool write, int n)
        {
            if (write)
            {
                if (bytes.Length - n < 4) throw TooSmallBytes();
                for (int k = 0; k < 4; k++) bytes[n + (_bigEndian ? 3 - k : k)] = (byte)(cp >> (8 * k));
            }
            return n + 4;
        }

        internal override int EncodeCore(ReadOnlySpan<char> chars, Span<byte> bytes, bool write, bool flush, EncoderFallback fallback, int first, out int consumed)
        {
            int n = 0, i = 0, end = chars.Length;
            while (i < end)
            {
                char c = chars[i];
                if (!char.IsSurrogate(c))
                {
                    n = EncodeScalar(c, bytes, write, n);
                    i++;
                    continue;
                }
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 < end && char.IsLowSurrogate(chars[i + 1]))
                    {
                        n = EncodeScalar(char.ConvertToUtf32(c, chars[i + 1]), bytes, write, n);
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

        internal override int DecodeCore(ReadOnlySpan<byte> bytes, Span<char> chars, bool write, bool flush, DecoderFallback fallback, int first, out int consumed)
        {
            int n = 0, i = 0, end = bytes.Length;
            while (i < end)
            {
                if (end - i < 4)
                {
                    if (!flush) break;
                    n = DecodeFallback(fallback, bytes, i, end - i, first + i, chars, write, n);
                    i = end;
                    break;
                }
                uint cp = 0;
                for (int k = 0; k < 4; k++) cp |= (uint)bytes[i + (_bigEndian ? 3 - k : k)] << (8 * k);
                if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
                {
                    n = DecodeFallback(fallback, bytes, i, 4, first + i, chars, write, n);
                }
                else if (cp < 0x10000)
                {
                    if (write)
                    {
                        if (n >= chars.Length) throw TooSmallChars();
                        chars[n] = (char)cp;
                    }
                    n++;
                }
                else
                {
                    if (write)
                    {
                        if (chars.Length - n < 2) throw TooSmallChars();
                        chars[n] = (char)(0xD7C0 + (cp >> 10));
                        chars[n + 1] = (char)(0xDC00 | (cp & 0x3FF));
                    }
                    n += 2;
                }
                i += 4;
            }
            consumed = i;
            return n;
        }
    }
}
