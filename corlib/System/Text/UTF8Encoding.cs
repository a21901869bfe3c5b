// UTF-8. Decoding replaces each maximal ill-formed subsequence (Unicode 15, 3.9 "U+FFFD
// substitution of maximal subparts") with the fallback, as .NET does: overlong forms,
// surrogates, values above U+10FFFF and truncated sequences included. Encoding replaces a
// lone surrogate.
namespace System.Text
{
    public class UTF8Encoding : Encoding
    {
        private readonly bool _emitBom;

        public UTF8Encoding() : this(false) { }
        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier) : this(encoderShouldEmitUTF8Identifier, false) { }

        public UTF8Encoding(bool encoderShouldEmitUTF8Identifier, bool throwOnInvalidBytes) : base(65001)
        {
            _emitBom = encoderShouldEmitUTF8Identifier;
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

        public override string WebName => "utf-8";
        public override string EncodingName => "Unicode (UTF-8)";
        public override byte[] GetPreamble() => _emitBom ? new byte[] { 0xEF, 0xBB, 0xBF } : Array.Empty<byte>();
        public override ReadOnlySpan<byte> Preamble => GetPreamble();

        public override bool Equals(object value) =>
            value is UTF8Encoding that && _emitBom == that._emitBom && EncoderFallback.Equals(that.EncoderFallback) && DecoderFallback.Equals(that.DecoderFallback);

        public override int GetHashCode() => EncoderFallback.GetHashCode() + DecoderFallback.GetHashCode() + 65001 + (_emitBom ? 1 : 0);

        public override int GetMaxByteCount(int charCount)
        {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return CheckMax(((long)charCount + 1) * EncoderScale * 3, "charCount");
        }

        public override int GetMaxCharCount(int byteCount)
        {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            return CheckMax(((long)byteCount + 1) * DecoderScale, "byteCount");
        }

        public override int GetByteCount(char[] chars, int index, int count) => CoreByteCount(chars, index, count);
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => CoreGetBytes(chars, charIndex, charCount, bytes, byteIndex);
        public override int GetCharCount(byte[] bytes, int index, int count) => CoreCharCount(bytes, index, count);
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) => CoreGetChars(bytes, byteIndex, byteCount, chars, charIndex);

        internal override bool HasCore => true;

        internal override int EncodeScalar(int cp, Span<byte> bytes, bool write, int n)
        {
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (!write) return n + len;
            if (bytes.Length - n < len) throw TooSmallBytes();
            switch (len)
            {
                case 1:
                    bytes[n] = (byte)cp;
                    break;
                case 2:
                    bytes[n] = (byte)(0xC0 | (cp >> 6));
                    bytes[n + 1] = (byte)(0x80 | (cp & 0x3F));
                    break;
                case 3:
                    bytes[n] = (byte)(0xE0 | (cp >> 12));
                    bytes[n + 1] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                    bytes[n + 2] = (byte)(0x80 | (cp & 0x3F));
                    break;
                default:
                    bytes[n] = (byte)(0xF0 | (cp >> 18));
                    bytes[n + 1] = (byte)(0x80 | ((cp >> 12) & 0x3F));
                    bytes[n + 2] = (byte)(0x80 | ((cp >> 6) & 0x3F));
                    bytes[n + 3] = (byte)(0x80 | (cp & 0x3F));
                    break;
            }
            return n + len;
        }

        internal override int EncodeCore(ReadOnlySpan<char> chars, Span<byte> bytes, bool write, bool flush, EncoderFallback fallback, int first, out int consumed)
        {
            int n = 0, i = 0, end = chars.Length;
            while (i < end)
            {
                char c = chars[i];
                if (c < 0x80)
                {
                    if (write)
                    {
                        if (n >= bytes.Length) throw TooSmallBytes();
                        bytes[n] = (byte)c;
                    }
                    n++;
                    i++;
                    continue;
                }
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
                    if (i + 1 == end && !flush) break;      // its low surrogate may come next
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
                int b = bytes[i];
                if (b < 0x80)
                {
                    if (write)
                    {
                        if (n >= chars.Length) throw TooSmallChars();
                        chars[n] = (char)b;
                    }
                    n++;
                    i++;
                    continue;
                }
                // The length of the sequence b starts and the range of its second byte.
                int need, lo = 0x80, hi = 0xBF;
                if (b >= 0xC2 && b <= 0xDF) need = 1;
                else if (b >= 0xE0 && b <= 0xEF)
                {
                    need = 2;
                    if (b == 0xE0) lo = 0xA0;
                    else if (b == 0xED) hi = 0x9F;
                }
                else if (b >= 0xF0 && b <= 0xF4)
                {
                    need = 3;
                    if (b == 0xF0) lo = 0x90;
                    else if (b == 0xF4) hi = 0x8F;
                }
                else
                {
                    n = DecodeFallback(fallback, bytes, i, 1, first + i, chars, write, n);
                    i++;
                    continue;
                }
                int cp = b & (0x3F >> need), k = 1;
                for (; k <= need; k++)
                {
                    if (i + k >= end) break;
                    int c = bytes[i + k];
                    if (c < lo || c > hi) break;
                    cp = (cp << 6) | (c & 0x3F);
                    lo = 0x80;
                    hi = 0xBF;
                }
                if (k <= need)
                {
                    // Ill-formed: the bytes so far are a maximal subpart, unless the input
                    // ended and more may come.
                    if (i + k >= end && !flush) break;
                    n = DecodeFallback(fallback, bytes, i, k, first + i, chars, write, n);
                    i += k;
                    continue;
                }
                i += need + 1;
                if (cp < 0x10000)
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
                        if (n + 1 >= chars.Length) throw TooSmallChars();
                        chars[n] = (char)(0xD7C0 + (cp >> 10));
                        chars[n + 1] = (char)(0xDC00 | (cp & 0x3FF));
                    }
                    n += 2;
                }
            }
            consumed = i;
            return n;
        }

        // The console's writer: chars to UTF-8 with lone surrogates replaced; bytes holds 3 per char.
        internal static int Encode(char[] chars, int index, int count, byte[] bytes, int byteIndex)
        {
            Encoding e = Default;
            return e.EncodeCore(new ReadOnlySpan<char>(chars, index, count), new Span<byte>(bytes, byteIndex, bytes.Length - byteIndex), true, true, e.EncoderFallback, 0, out _);
        }
    }
}
