// Decoder and Encoder: conversions in pieces, keeping an unfinished sequence (bytes of a
// character, a high surrogate) from one call to the next until a call with flush.
namespace System.Text
{
    public abstract class Decoder
    {
        private DecoderFallback _fallback;
        private DecoderFallbackBuffer _fallbackBuffer;

        protected Decoder() { }

        public DecoderFallback Fallback
        {
            get => _fallback;
            set
            {
                _fallback = value ?? throw new ArgumentNullException("value");
                _fallbackBuffer = null;
            }
        }

        public DecoderFallbackBuffer FallbackBuffer => _fallbackBuffer ??= (_fallback ?? DecoderFallback.ReplacementFallback).CreateFallbackBuffer();

        public virtual void Reset() => _fallbackBuffer?.Reset();

        public abstract int GetCharCount(byte[] bytes, int index, int count);
        public virtual int GetCharCount(byte[] bytes, int index, int count, bool flush) => GetCharCount(bytes, index, count);

        public virtual int GetCharCount(ReadOnlySpan<byte> bytes, bool flush)
        {
            byte[] b = bytes.ToArray();
            return GetCharCount(b, 0, b.Length, flush);
        }

        public virtual unsafe int GetCharCount(byte* bytes, int count, bool flush)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            return GetCharCount(new ReadOnlySpan<byte>(bytes, count), flush);
        }

        public abstract int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex);

        public virtual int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush) =>
            GetChars(bytes, byteIndex, byteCount, chars, charIndex);

        public virtual int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush)
        {
            byte[] b = bytes.ToArray();
            char[] c = new char[chars.Length];
            int n = GetChars(b, 0, b.Length, c, 0, flush);
            new ReadOnlySpan<char>(c, 0, n).CopyTo(chars);
            return n;
        }

        public virtual unsafe int GetChars(byte* bytes, int byteCount, char* chars, int charCount, bool flush)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            if (byteCount < 0 || charCount < 0) throw new ArgumentOutOfRangeException(byteCount < 0 ? "byteCount" : "charCount", "Non-negative number required.");
            return GetChars(new ReadOnlySpan<byte>(bytes, byteCount), new Span<char>(chars, charCount), flush);
        }

        // Converts as many bytes as fit: all of them (completed when nothing is left pending)
        // or the longest prefix whose chars fit.
        public virtual void Convert(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, int charCount, bool flush,
                                    out int bytesUsed, out int charsUsed, out bool completed)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            if (byteIndex < 0 || byteCount < 0) throw new ArgumentOutOfRangeException(byteIndex < 0 ? "byteIndex" : "byteCount", "Non-negative number required.");
            if (charIndex < 0 || charCount < 0) throw new ArgumentOutOfRangeException(charIndex < 0 ? "charIndex" : "charCount", "Non-negative number required.");
            if (bytes.Length - byteIndex < byteCount) throw new ArgumentOutOfRangeException("bytes", "Index and count must refer to a location within the buffer.");
            if (chars.Length - charIndex < charCount) throw new ArgumentOutOfRangeException("chars", "Index and count must refer to a location within the buffer.");
            bytesUsed = byteCount;
            while (bytesUsed > 0 && GetCharCount(bytes, byteIndex, bytesUsed, flush && bytesUsed == byteCount) > charCount) bytesUsed /= 2;
            if (bytesUsed == 0 && byteCount > 0 && charCount == 0) throw new ArgumentException("The output char buffer is too small to contain the decoded characters.", "chars");
            charsUsed = GetChars(bytes, byteIndex, bytesUsed, chars, charIndex, flush && bytesUsed == byteCount);
            completed = bytesUsed == byteCount && (!flush || IsEmpty);
        }

        public virtual void Convert(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush, out int bytesUsed, out int charsUsed, out bool completed)
        {
            byte[] b = bytes.ToArray();
            char[] c = new char[chars.Length];
            Convert(b, 0, b.Length, c, 0, c.Length, flush, out bytesUsed, out charsUsed, out completed);
            new ReadOnlySpan<char>(c, 0, charsUsed).CopyTo(chars);
        }

        public virtual unsafe void Convert(byte* bytes, int byteCount, char* chars, int charCount, bool flush, out int bytesUsed, out int charsUsed, out bool completed)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (chars == null) throw new ArgumentNullException("chars");
            Convert(new ReadOnlySpan<byte>(bytes, byteCount), new Span<char>(chars, charCount), flush, out bytesUsed, out charsUsed, out completed);
        }

        internal virtual bool IsEmpty => true;
    }

    public abstract class Encoder
    {
        private EncoderFallback _fallback;
        private EncoderFallbackBuffer _fallbackBuffer;

        protected Encoder() { }

        public EncoderFallback Fallback
        {
            get => _fallback;
            set
            {
                _fallback = value ?? throw new ArgumentNullException("value");
                _fallbackBuffer = null;
            }
        }

        public EncoderFallbackBuffer FallbackBuffer => _fallbackBuffer ??= (_fallback ?? EncoderFallback.ReplacementFallback).CreateFallbackBuffer();

        public virtual void Reset() => _fallbackBuffer?.Reset();

        public abstract int GetByteCount(char[] chars, int index, int count, bool flush);

        public virtual int GetByteCount(ReadOnlySpan<char> chars, bool flush)
        {
            char[] c = chars.ToArray();
            return GetByteCount(c, 0, c.Length, flush);
        }

        public virtual unsafe int GetByteCount(char* chars, int count, bool flush)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            return GetByteCount(new ReadOnlySpan<char>(chars, count), flush);
        }

        public abstract int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush);

        public virtual int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes, bool flush)
        {
            char[] c = chars.ToArray();
            byte[] b = new byte[bytes.Length];
            int n = GetBytes(c, 0, c.Length, b, 0, flush);
            new ReadOnlySpan<byte>(b, 0, n).CopyTo(bytes);
            return n;
        }

        public virtual unsafe int GetBytes(char* chars, int charCount, byte* bytes, int byteCount, bool flush)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (charCount < 0 || byteCount < 0) throw new ArgumentOutOfRangeException(charCount < 0 ? "charCount" : "byteCount", "Non-negative number required.");
            return GetBytes(new ReadOnlySpan<char>(chars, charCount), new Span<byte>(bytes, byteCount), flush);
        }

        public virtual void Convert(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, int byteCount, bool flush,
                                    out int charsUsed, out int bytesUsed, out bool completed)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (charIndex < 0 || charCount < 0) throw new ArgumentOutOfRangeException(charIndex < 0 ? "charIndex" : "charCount", "Non-negative number required.");
            if (byteIndex < 0 || byteCount < 0) throw new ArgumentOutOfRangeException(byteIndex < 0 ? "byteIndex" : "byteCount", "Non-negative number required.");
            if (chars.Length - charIndex < charCount) throw new ArgumentOutOfRangeException("chars", "Index and count must refer to a location within the buffer.");
            if (bytes.Length - byteIndex < byteCount) throw new ArgumentOutOfRangeException("bytes", "Index and count must refer to a location within the buffer.");
            charsUsed = charCount;
            while (charsUsed > 0 && GetByteCount(chars, charIndex, charsUsed, flush && charsUsed == charCount) > byteCount) charsUsed /= 2;
            if (charsUsed == 0 && charCount > 0 && byteCount == 0) throw new ArgumentException("The output byte buffer is too small to contain the encoded data.", "bytes");
            bytesUsed = GetBytes(chars, charIndex, charsUsed, bytes, byteIndex, flush && charsUsed == charCount);
            completed = charsUsed == charCount && (!flush || IsEmpty);
        }

        public virtual void Convert(ReadOnlySpan<char> chars, Span<byte> bytes, bool flush, out int charsUsed, out int bytesUsed, out bool completed)
        {
            char[] c = chars.ToArray();
            byte[] b = new byte[bytes.Length];
            Convert(c, 0, c.Length, b, 0, b.Length, flush, out charsUsed, out bytesUsed, out completed);
            new ReadOnlySpan<byte>(b, 0, bytesUsed).CopyTo(bytes);
        }

        public virtual unsafe void Convert(char* chars, int charCount, byte* bytes, int byteCount, bool flush, out int charsUsed, out int bytesUsed, out bool completed)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (bytes == null) throw new ArgumentNullException("bytes");
            Convert(new ReadOnlySpan<char>(chars, charCount), new Span<byte>(bytes, byteCount), flush, out charsUsed, out bytesUsed, out completed);
        }

        internal virtual bool IsEmpty => true;
    }

    // The decoder of a built-in encoding: up to three bytes of an unfinished character wait
    // for the next call.
    internal sealed class CodecDecoder : Decoder
    {
        private readonly Encoding _encoding;
        private readonly byte[] _pending = new byte[4];
        private int _pendingCount;

        internal CodecDecoder(Encoding encoding)
        {
            _encoding = encoding;
            Fallback = encoding.DecoderFallback;
        }

        internal override bool IsEmpty => _pendingCount == 0;

        public override void Reset()
        {
            _pendingCount = 0;
            base.Reset();
        }

        private int Run(ReadOnlySpan<byte> bytes, Span<char> chars, bool write, bool flush)
        {
            ReadOnlySpan<byte> input = bytes;
            if (_pendingCount > 0)
            {
                byte[] all = new byte[_pendingCount + bytes.Length];
                Array.Copy(_pending, all, _pendingCount);
                bytes.CopyTo(new Span<byte>(all, _pendingCount, bytes.Length));
                input = all;
            }
            int n = _encoding.DecodeCore(input, chars, write, flush, Fallback, -_pendingCount, out int consumed);
            if (write)
            {
                _pendingCount = input.Length - consumed;
                for (int i = 0; i < _pendingCount; i++) _pending[i] = input[consumed + i];
            }
            return n;
        }

        public override int GetCharCount(byte[] bytes, int index, int count) => GetCharCount(bytes, index, count, false);

        public override int GetCharCount(byte[] bytes, int index, int count, bool flush)
        {
            CheckInput(bytes, index, count);
            return Run(new ReadOnlySpan<byte>(bytes, index, count), default, false, flush);
        }

        public override int GetCharCount(ReadOnlySpan<byte> bytes, bool flush) => Run(bytes, default, false, flush);

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex) =>
            GetChars(bytes, byteIndex, byteCount, chars, charIndex, false);

        public override int GetChars(byte[] bytes, int byteIndex, int byteCount, char[] chars, int charIndex, bool flush)
        {
            CheckInput(bytes, byteIndex, byteCount);
            if (chars == null) throw new ArgumentNullException("chars");
            if (charIndex < 0 || charIndex > chars.Length) throw new ArgumentOutOfRangeException("charIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            return Run(new ReadOnlySpan<byte>(bytes, byteIndex, byteCount), new Span<char>(chars, charIndex, chars.Length - charIndex), true, flush);
        }

        public override int GetChars(ReadOnlySpan<byte> bytes, Span<char> chars, bool flush) => Run(bytes, chars, true, flush);

        private static void CheckInput(byte[] bytes, int index, int count)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (bytes.Length - index < count) throw new ArgumentOutOfRangeException("bytes", "Index and count must refer to a location within the buffer.");
        }
    }

    // The encoder of a built-in encoding: a high surrogate at the end of a call waits for its
    // low surrogate.
    internal sealed class CodecEncoder : Encoder
    {
        private readonly Encoding _encoding;
        private char _pendingHigh;

        internal CodecEncoder(Encoding encoding)
        {
            _encoding = encoding;
            Fallback = encoding.EncoderFallback;
        }

        internal override bool IsEmpty => _pendingHigh == '\0';

        public override void Reset()
        {
            _pendingHigh = '\0';
            base.Reset();
        }

        private int Run(ReadOnlySpan<char> chars, Span<byte> bytes, bool write, bool flush)
        {
            ReadOnlySpan<char> input = chars;
            int pending = _pendingHigh != '\0' ? 1 : 0;
            if (pending != 0)
            {
                char[] all = new char[1 + chars.Length];
                all[0] = _pendingHigh;
                chars.CopyTo(new Span<char>(all, 1, chars.Length));
                input = all;
            }
            int n = _encoding.EncodeCore(input, bytes, write, flush, Fallback, -pending, out int consumed);
            if (write) _pendingHigh = consumed < input.Length ? input[consumed] : '\0';
            return n;
        }

        public override int GetByteCount(char[] chars, int index, int count, bool flush)
        {
            CheckInput(chars, index, count);
            return Run(new ReadOnlySpan<char>(chars, index, count), default, false, flush);
        }

        public override int GetByteCount(ReadOnlySpan<char> chars, bool flush) => Run(chars, default, false, flush);

        public override int GetBytes(char[] chars, int charIndex, int charCount, byte[] bytes, int byteIndex, bool flush)
        {
            CheckInput(chars, charIndex, charCount);
            if (bytes == null) throw new ArgumentNullException("bytes");
            if (byteIndex < 0 || byteIndex > bytes.Length) throw new ArgumentOutOfRangeException("byteIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            return Run(new ReadOnlySpan<char>(chars, charIndex, charCount), new Span<byte>(bytes, byteIndex, bytes.Length - byteIndex), true, flush);
        }

        public override int GetBytes(ReadOnlySpan<char> chars, Span<byte> bytes, bool flush) => Run(chars, bytes, true, flush);

        private static void CheckInput(char[] chars, int index, int count)
        {
            if (chars == null) throw new ArgumentNullException("chars");
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (chars.Length - index < count) throw new ArgumentOutOfRangeException("chars", "Index and count must refer to a location within the buffer.");
        }
    }
}
