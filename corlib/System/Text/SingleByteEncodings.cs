// The single-byte encodings: ASCII (0-0x7F) and Latin-1 (0-0xFF). What they cannot encode,
// and ASCII's bytes 0x80-0xFF, go to the fallback, "?" by default.
namespace System.Text
{
    public class ASCIIEncoding : Encoding
    {
        public ASCIIEncoding() : base(20127) { }

        public override string WebName => "us-ascii";
        public override string EncodingName => "US-ASCII";
        public override int WindowsCodePage => 1252;
        public override bool IsSingleByte => true;

        public override int GetMaxByteCount(int charCount) => SingleByte.MaxByteCount(this, charCount);
        public override int GetMaxCharCount(int byteCount) => SingleByte.MaxCharCount(this, byteCount);
        public override int GetByteCount(char[] chars, int index, int count) => CoreByteCount(chars, index, count);
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => CoreGetBytes(chars, charIndex, charCount, bytes, byteIndex);
        public override int GetCharCount(byte[] bytes, int index, int count) => CoreCharCount(bytes, index, count);
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) => CoreGetChars(bytes, byteIndex, byteCount, chars, charIndex);

        internal override bool HasCore => true;
        internal override int EncodeScalar(int cp, Span<byte> bytes, bool write, int n) => SingleByte.EncodeScalar(this, 0x7F, cp, bytes, write, n);
        internal override int EncodeCore(ReadOnlySpan<char> chars, Span<byte> bytes, bool write, bool flush, EncoderFallback fallback, int first, out int consumed) =>
            SingleByte.EncodeCore(this, 0x7F, chars, bytes, write, flush, fallback, first, out consumed);
        internal override int DecodeCore(ReadOnlySpan<byte> bytes, Span<char> chars, bool write, bool flush, DecoderFallback fallback, int first, out int consumed) =>
            SingleByte.DecodeCore(this, 0x7F, bytes, chars, write, fallback, first, out consumed);
    }

    internal sealed class Latin1Encoding : Encoding
    {
        public Latin1Encoding() : base(28591) { _encoderFallback = EncoderLatin1BestFitFallback.Instance; }

        public override string WebName => "iso-8859-1";
        public override string EncodingName => "Western European (ISO)";
        public override int WindowsCodePage => 1252;
        public override bool IsSingleByte => true;

        public override int GetMaxByteCount(int charCount) => SingleByte.MaxByteCount(this, charCount);
        public override int GetMaxCharCount(int byteCount) => SingleByte.MaxCharCount(this, byteCount);
        public override int GetByteCount(char[] chars, int index, int count) => CoreByteCount(chars, index, count);
        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex) => CoreGetBytes(chars, charIndex, charCount, bytes, byteIndex);
        public override int GetCharCount(byte[] bytes, int index, int count) => CoreCharCount(bytes, index, count);
        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) => CoreGetChars(bytes, byteIndex, byteCount, chars, charIndex);

        internal override bool HasCore => true;
        internal override int EncodeScalar(int cp, Span<byte> bytes, bool write, int n) => SingleByte.EncodeScalar(this, 0xFF, cp, bytes, write, n);
        internal override int EncodeCore(ReadOnlySpan<char> chars, Span<byte> bytes, bool write, bool flush, EncoderFallback fallback, int first, out int consumed) =>
            SingleByte.EncodeCore(this, 0xFF, chars, bytes, write, flush, fallback, first, out consumed);
        internal override int DecodeCore(ReadOnlySpan<byte> bytes, Span<char> chars, bool write, bool flush, DecoderFallback fallback, int first, out int consumed) =>
            SingleByte.DecodeCore(this, 0xFF, bytes, chars, write, fallback, first, out consumed);
    }

    // One byte per char up to 'limit'; the rest through the fallbacks.
    internal static class SingleByte
    {
        internal static int MaxByteCount(Encoding e, int charCount)
        {
            if (charCount < 0) throw new ArgumentOutOfRangeException("charCount", "Non-negative number required.");
            return Encoding.CheckMax(((long)charCount + 1) * e.EncoderScale, "charCount");
        }

        internal static int MaxCharCount(Encoding e, int byteCount)
        {
            if (byteCount < 0) throw new ArgumentOutOfRangeException("byteCount", "Non-negative number required.");
            return Encoding.CheckMax((long)byteCount * e.DecoderScale, "byteCount");
        }

        internal static int EncodeScalar(Encoding e, int limit, int cp, Span<byte> bytes, bool write, int n)
        {
            if (cp > limit) return -1;
            if (write)
            {
                if (n >= bytes.Length) throw e.TooSmallBytes();
                bytes[n] = (byte)cp;
            }
            return n + 1;
        }

        internal static int EncodeCore(Encoding e, int limit, ReadOnlySpan<char> chars, Span<byte> bytes, bool write, bool flush, EncoderFallback fallback, int first, out int consumed)
        {
            int n = 0, i = 0, end = chars.Length;
            while (i < end)
            {
                char c = chars[i];
                if (c <= limit)
                {
                    if (write)
                    {
                        if (n >= bytes.Length) throw e.TooSmallBytes();
                        bytes[n] = (byte)c;
                    }
                    n++;
                    i++;
                    continue;
                }
                if (char.IsHighSurrogate(c))
                {
                    if (i + 1 < end && char.IsLowSurrogate(chars[i + 1]))
                    {
                        n = e.EncodeFallback(fallback, c, chars[i + 1], first + i, bytes, write, n);
                        i += 2;
                        continue;
                    }
                    if (i + 1 == end && !flush) break;
                }
                n = e.EncodeFallback(fallback, c, '\0', first + i, bytes, write, n);
                i++;
            }
            consumed = i;
            return n;
        }

        internal static int DecodeCore(Encoding e, int limit, ReadOnlySpan<byte> bytes, Span<char> chars, bool write, DecoderFallback fallback, int first, out int consumed)
        {
            int n = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                byte b = bytes[i];
                if (b > limit)
                {
                    n = e.DecodeFallback(fallback, bytes, i, 1, first + i, chars, write, n);
                    continue;
                }
                if (write)
                {
                    if (n >= chars.Length) throw e.TooSmallChars();
                    chars[n] = (char)b;
                }
                n++;
            }
            consumed = bytes.Length;
            return n;
        }
    }
}

namespace System.Text
{
    // Latin-1's default encoder fallback, as .NET's: a "best fit" Latin-1 char for some chars
    // beyond U+00FF (a letter without its accent, plain quotes and dashes, the ASCII of the
    // fullwidth forms), '?' for the rest.
    internal sealed class EncoderLatin1BestFitFallback : EncoderFallback
    {
        internal static readonly EncoderLatin1BestFitFallback Instance = new EncoderLatin1BestFitFallback();

        public override EncoderFallbackBuffer CreateFallbackBuffer() => new Buffer();
        public override int MaxCharCount => 1;
        public override bool Equals(object value) => value is EncoderLatin1BestFitFallback;
        public override int GetHashCode() => 1;

        // U+0100..U+01F0, one char each ('?': none).
        private const string LatinExtended =
            "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi??JjKk?LlLlLl??LlNnNnNn???OoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz?b????????D???????Ff????I??l????OOo?????????t??TUu?????z??????????????????????AaIiOoUuUuUuUuUu?Aa????GgGgKkOoOo??j";

        internal static char BestFit(char c)
        {
            if (c >= 0x100 && c <= 0x1F0) return LatinExtended[c - 0x100];
            if (c >= 0xFF01 && c <= 0xFF5E) return (char)(c - 0xFEE0);
            if (c >= 0x2000 && c <= 0x2006) return ' ';
            switch (c)
            {
                case '\u0261': return 'g';
                case '\u02B9': case '\u02BC': case '\u02C8': case '\u2018': case '\u2019': case '\u2032': return '\'';
                case '\u02BA': case '\u030E': case '\u201C': case '\u201D': case '\u201E': return '"';
                case '\u02C4': case '\u02C6': case '\u0302': return '^';
                case '\u02CB': case '\u0300': case '\u2035': return '`';
                case '\u02CD': case '\u0331': case '\u0332': return '_';
                case '\u02DC': case '\u0303': return '~';
                case '\u2010': case '\u2011': case '\u2013': case '\u2014': return '-';
                case '\u201A': return ',';
                case '\u2022': case '\u2026': return '.';
                case '\u2039': return '<';
                case '\u203A': return '>';
                case '\u2122': return 'T';
            }
            return '?';
        }

        private sealed class Buffer : EncoderFallbackBuffer
        {
            private char _c;
            private int _count = -1;

            public override bool Fallback(char charUnknown, int index)
            {
                _c = BestFit(charUnknown);
                _count = 1;
                return true;
            }

            public override bool Fallback(char charUnknownHigh, char charUnknownLow, int index)
            {
                if (!char.IsHighSurrogate(charUnknownHigh)) throw new ArgumentOutOfRangeException("charUnknownHigh", "Valid values are between 55296 and 56319, inclusive.");
                if (!char.IsLowSurrogate(charUnknownLow)) throw new ArgumentOutOfRangeException("charUnknownLow", "Valid values are between 56320 and 57343, inclusive.");
                _c = '?';
                _count = 2;
                return true;
            }

            public override char GetNextChar()
            {
                if (_count <= 0) return '\0';
                _count--;
                return _c;
            }

            public override bool MovePrevious()
            {
                if (_count < 0) return false;
                _count++;
                return true;
            }

            public override int Remaining => _count < 0 ? 0 : _count;
            public override void Reset() => _count = -1;
        }
    }
}
