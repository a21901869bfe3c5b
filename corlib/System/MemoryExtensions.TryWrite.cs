using System.Runtime.CompilerServices;

namespace System
{
    // span.TryWrite($"...", out int written): interpolation straight into a caller's buffer.
    public static partial class MemoryExtensions
    {
        public static bool TryWrite(this Span<char> destination,
            [InterpolatedStringHandlerArgument("destination")] ref TryWriteInterpolatedStringHandler handler, out int charsWritten)
            => handler.Finish(out charsWritten);

        public static bool TryWrite(this Span<char> destination, IFormatProvider provider,
            [InterpolatedStringHandlerArgument("destination", "provider")] ref TryWriteInterpolatedStringHandler handler, out int charsWritten)
            => handler.Finish(out charsWritten);

        // Each Append returns false once the buffer is too small; the compiler then skips
        // the remaining parts and TryWrite reports failure with nothing written.
        [InterpolatedStringHandler]
        public ref struct TryWriteInterpolatedStringHandler
        {
            private readonly Span<char> _destination;
            private readonly IFormatProvider _provider;
            private int _pos;
            private bool _success;

            public TryWriteInterpolatedStringHandler(int literalLength, int formattedCount, Span<char> destination, out bool shouldAppend)
                : this(literalLength, formattedCount, destination, null, out shouldAppend) { }

            public TryWriteInterpolatedStringHandler(int literalLength, int formattedCount, Span<char> destination, IFormatProvider provider, out bool shouldAppend)
            {
                _destination = destination;
                _provider = provider;
                _pos = 0;
                // Not even the literal parts fit: fail before formatting anything.
                _success = shouldAppend = destination.Length >= literalLength;
            }

            internal bool Finish(out int charsWritten)
            {
                charsWritten = _success ? _pos : 0;
                return _success;
            }

            public bool AppendLiteral(string value) => Append(value, 0);

            public bool AppendFormatted<T>(T value) => Append(DefaultInterpolatedStringHandler.FormatValue(value, null, _provider), 0);
            public bool AppendFormatted<T>(T value, string format) => Append(DefaultInterpolatedStringHandler.FormatValue(value, format, _provider), 0);
            public bool AppendFormatted<T>(T value, int alignment) => Append(DefaultInterpolatedStringHandler.FormatValue(value, null, _provider), alignment);
            public bool AppendFormatted<T>(T value, int alignment, string format) => Append(DefaultInterpolatedStringHandler.FormatValue(value, format, _provider), alignment);
            public bool AppendFormatted(ReadOnlySpan<char> value) => Append(value, 0);
            public bool AppendFormatted(ReadOnlySpan<char> value, int alignment = 0, string format = null) => Append(value, alignment);
            public bool AppendFormatted(object value, int alignment = 0, string format = null) => Append(DefaultInterpolatedStringHandler.FormatValue(value, format, _provider), alignment);
            public bool AppendFormatted(string value) => Append(value, 0);
            public bool AppendFormatted(string value, int alignment = 0, string format = null) => Append(DefaultInterpolatedStringHandler.FormatValue(value, format, _provider), alignment);

            private bool Append(ReadOnlySpan<char> text, int alignment)
            {
                bool left = alignment < 0;
                int width = left ? -alignment : alignment;
                int pad = width > text.Length ? width - text.Length : 0;
                if (_destination.Length - _pos < text.Length + pad)
                {
                    _success = false;
                    return false;
                }
                if (!left) { _destination.Slice(_pos, pad).Fill(' '); _pos += pad; }
                text.CopyTo(_destination.Slice(_pos));
                _pos += text.Length;
                if (left) { _destination.Slice(_pos, pad).Fill(' '); _pos += pad; }
                return true;
            }
        }
    }
}
