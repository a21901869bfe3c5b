using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    public static partial class MemoryExtensions
    {
        public static Span<T> AsSpan<T>(this T[] array) => new Span<T>(array);
        public static Span<T> AsSpan<T>(this T[] array, int start) =>
            array == null ? (start == 0 ? default : throw new ArgumentOutOfRangeException()) : new Span<T>(array, start, array.Length - start);
        public static Span<T> AsSpan<T>(this T[] array, int start, int length) => new Span<T>(array, start, length);
        public static Span<T> AsSpan<T>(this T[] array, Index startIndex) => AsSpan(array, startIndex.GetOffset(array == null ? 0 : array.Length));
        public static Span<T> AsSpan<T>(this T[] array, Range range)
        {
            (int off, int len) = range.GetOffsetAndLength(array == null ? 0 : array.Length);
            return new Span<T>(array, off, len);
        }
        public static Span<T> AsSpan<T>(this ArraySegment<T> segment) => new Span<T>(segment.Array, segment.Offset, segment.Count);
        public static Span<T> AsSpan<T>(this ArraySegment<T> segment, int start)
        {
            if ((uint)start > (uint)segment.Count) throw new ArgumentOutOfRangeException("start");
            return new Span<T>(segment.Array, segment.Offset + start, segment.Count - start);
        }
        public static Span<T> AsSpan<T>(this ArraySegment<T> segment, int start, int length)
        {
            if ((uint)start > (uint)segment.Count) throw new ArgumentOutOfRangeException("start");
            if ((uint)length > (uint)(segment.Count - start)) throw new ArgumentOutOfRangeException("length");
            return new Span<T>(segment.Array, segment.Offset + start, length);
        }
        public static Span<T> AsSpan<T>(this ArraySegment<T> segment, Index startIndex) => AsSpan(segment, startIndex.GetOffset(segment.Count));

        public static Span<T> AsSpan<T>(this ArraySegment<T> segment, Range range)
        {
            (int off, int len) = range.GetOffsetAndLength(segment.Count);
            return new Span<T>(segment.Array, segment.Offset + off, len);
        }

        public static ReadOnlySpan<char> AsSpan(this string text) => string.ToSpan(text);

        public static ReadOnlySpan<char> AsSpan(this string text, int start)
        {
            if (text == null)
            {
                if (start != 0) throw new ArgumentOutOfRangeException("start");
                return default;
            }
            if ((uint)start > (uint)text.Length) throw new ArgumentOutOfRangeException("start");
            return new ReadOnlySpan<char>(ref Unsafe.Add(ref text.RawData, start), text.Length - start, 0);
        }

        public static ReadOnlySpan<char> AsSpan(this string text, int start, int length)
        {
            if (text == null)
            {
                if (start != 0 || length != 0) throw new ArgumentOutOfRangeException("start");
                return default;
            }
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)text.Length) throw new ArgumentOutOfRangeException("start");
            return new ReadOnlySpan<char>(ref Unsafe.Add(ref text.RawData, start), length, 0);
        }

        public static ReadOnlySpan<char> AsSpan(this string text, Index startIndex) => AsSpan(text, startIndex.GetOffset(text == null ? 0 : text.Length));

        public static ReadOnlySpan<char> AsSpan(this string text, Range range)
        {
            if (text == null) return default;
            (int off, int len) = range.GetOffsetAndLength(text.Length);
            return AsSpan(text, off, len);
        }

        public static void CopyTo<T>(this T[] source, Span<T> destination) => new ReadOnlySpan<T>(source).CopyTo(destination);

        // ---- chars
        private static bool IgnoreCase(StringComparison c) =>
            c == StringComparison.OrdinalIgnoreCase || c == StringComparison.CurrentCultureIgnoreCase || c == StringComparison.InvariantCultureIgnoreCase;

        public static bool Equals(this ReadOnlySpan<char> span, ReadOnlySpan<char> other, StringComparison comparisonType)
        {
            if (span.Length != other.Length) return false;
            if (IgnoreCase(comparisonType))
            {
                for (int i = 0; i < span.Length; i++) if (char.ToUpperInvariant(span[i]) != char.ToUpperInvariant(other[i])) return false;
                return true;
            }
            return span.SequenceEqual(other);
        }

        public static int CompareTo(this ReadOnlySpan<char> span, ReadOnlySpan<char> other, StringComparison comparisonType) =>
            comparisonType == StringComparison.Ordinal ? string.CompareOrdinalSpan(span.ToString(), other.ToString()) : string.Compare(span.ToString(), other.ToString(), comparisonType);

        public static bool Contains(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) =>
            IndexOf(span, value, comparisonType) >= 0;

        public static int IndexOf(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType)
        {
            if (!IgnoreCase(comparisonType)) return IndexOf(span, value);
            for (int i = 0; i + value.Length <= span.Length; i++)
                if (Equals(span.Slice(i, value.Length), value, comparisonType)) return i;
            return -1;
        }

        public static int LastIndexOf(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType)
        {
            if (!IgnoreCase(comparisonType)) return LastIndexOf(span, value);
            for (int i = span.Length - value.Length; i >= 0; i--)
                if (Equals(span.Slice(i, value.Length), value, comparisonType)) return i;
            return -1;
        }

        public static System.Text.SpanLineEnumerator EnumerateLines(this ReadOnlySpan<char> span) => new System.Text.SpanLineEnumerator(span);
        public static System.Text.SpanLineEnumerator EnumerateLines(this Span<char> span) => new System.Text.SpanLineEnumerator(span);

        public static bool StartsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) =>
            value.Length <= span.Length && Equals(span.Slice(0, value.Length), value, comparisonType);

        public static bool EndsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) =>
            value.Length <= span.Length && Equals(span.Slice(span.Length - value.Length), value, comparisonType);

        public static int ToUpperInvariant(this ReadOnlySpan<char> source, Span<char> destination)
        {
            if (destination.Length < source.Length) return -1;
            System.Globalization.CharUnicodeInfo.ChangeCase(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(source), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(destination), source.Length, true);
            return source.Length;
        }

        public static int ToLowerInvariant(this ReadOnlySpan<char> source, Span<char> destination)
        {
            if (destination.Length < source.Length) return -1;
            System.Globalization.CharUnicodeInfo.ChangeCase(ref System.Runtime.InteropServices.MemoryMarshal.GetReference(source), ref System.Runtime.InteropServices.MemoryMarshal.GetReference(destination), source.Length, false);
            return source.Length;
        }

        public static int ToUpper(this ReadOnlySpan<char> source, Span<char> destination, System.Globalization.CultureInfo culture) => ToUpperInvariant(source, destination);
        public static int ToLower(this ReadOnlySpan<char> source, Span<char> destination, System.Globalization.CultureInfo culture) => ToLowerInvariant(source, destination);
    }
}

namespace System.Text
{
    // The lines of a span of chars, split at the newline sequences string.ReplaceLineEndings
    // knows (CR, LF, CRLF, NEL, LS, PS, FF). The text after the last newline is the last line,
    // even when empty. (IEnumerator<ReadOnlySpan<char>> would need "allows ref struct".)
    public ref struct SpanLineEnumerator : IDisposable
    {
        private ReadOnlySpan<char> _remaining;
        private ReadOnlySpan<char> _current;
        private bool _done;

        internal SpanLineEnumerator(ReadOnlySpan<char> buffer)
        {
            _remaining = buffer;
            _current = default;
            _done = false;
        }

        public ReadOnlySpan<char> Current => _current;
        public SpanLineEnumerator GetEnumerator() => this;

        public bool MoveNext()
        {
            if (_done) return false;
            for (int i = 0; i < _remaining.Length; i++)
            {
                char c = _remaining[i];
                if (c == '\r' || c == '\n' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029')
                {
                    int len = c == '\r' && i + 1 < _remaining.Length && _remaining[i + 1] == '\n' ? 2 : 1;
                    _current = _remaining.Slice(0, i);
                    _remaining = _remaining.Slice(i + len);
                    return true;
                }
            }
            _current = _remaining;
            _remaining = default;
            _done = true;
            return true;
        }

        public void Dispose() { }
    }
}
