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
        public static Span<T> AsSpan<T>(this ArraySegment<T> segment, int start) => new Span<T>(segment.Array, segment.Offset + start, segment.Count - start);
        public static Span<T> AsSpan<T>(this ArraySegment<T> segment, int start, int length) => new Span<T>(segment.Array, segment.Offset + start, length);

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

        // ---- generic searching (EqualityComparer<T>.Default)

        public static int IndexOf<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (c.Equals(span[i], value)) return i;
            return -1;
        }

        public static int IndexOf<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOf((ReadOnlySpan<T>)span, value);

        public static int IndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>
        {
            if (value.Length == 0) return 0;
            for (int i = 0; i + value.Length <= span.Length; i++)
                if (span.Slice(i, value.Length).SequenceEqual(value)) return i;
            return -1;
        }

        public static int IndexOf<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => IndexOf((ReadOnlySpan<T>)span, value);

        public static int LastIndexOf<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = span.Length - 1; i >= 0; i--) if (c.Equals(span[i], value)) return i;
            return -1;
        }

        public static int LastIndexOf<T>(this Span<T> span, T value) where T : IEquatable<T> => LastIndexOf((ReadOnlySpan<T>)span, value);

        public static int LastIndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T>
        {
            if (value.Length == 0) return span.Length;
            for (int i = span.Length - value.Length; i >= 0; i--)
                if (span.Slice(i, value.Length).SequenceEqual(value)) return i;
            return -1;
        }

        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1) where T : IEquatable<T>
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (c.Equals(span[i], value0) || c.Equals(span[i], value1)) return i;
            return -1;
        }

        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2) where T : IEquatable<T>
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (c.Equals(span[i], value0) || c.Equals(span[i], value1) || c.Equals(span[i], value2)) return i;
            return -1;
        }

        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T>
        {
            for (int i = 0; i < span.Length; i++) if (values.IndexOf(span[i]) >= 0) return i;
            return -1;
        }

        public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (!c.Equals(span[i], value)) return i;
            return -1;
        }

        public static int LastIndexOfAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T>
        {
            for (int i = span.Length - 1; i >= 0; i--) if (values.IndexOf(span[i]) >= 0) return i;
            return -1;
        }

        public static bool Contains<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => IndexOf(span, value) >= 0;
        public static bool Contains<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOf((ReadOnlySpan<T>)span, value) >= 0;
        public static bool ContainsAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAny(span, values) >= 0;

        public static int Count<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T>
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            int n = 0;
            for (int i = 0; i < span.Length; i++) if (c.Equals(span[i], value)) n++;
            return n;
        }

        public static int Count<T>(this Span<T> span, T value) where T : IEquatable<T> => Count((ReadOnlySpan<T>)span, value);

        public static bool SequenceEqual<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IEquatable<T>
        {
            if (span.Length != other.Length) return false;
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (!c.Equals(span[i], other[i])) return false;
            return true;
        }

        public static bool SequenceEqual<T>(this Span<T> span, ReadOnlySpan<T> other) where T : IEquatable<T> => SequenceEqual((ReadOnlySpan<T>)span, other);

        public static bool SequenceEqual<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other, IEqualityComparer<T> comparer = null)
        {
            if (span.Length != other.Length) return false;
            comparer ??= EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (!comparer.Equals(span[i], other[i])) return false;
            return true;
        }

        public static int SequenceCompareTo<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IComparable<T>
        {
            int n = Math.Min(span.Length, other.Length);
            Comparer<T> c = Comparer<T>.Default;
            for (int i = 0; i < n; i++)
            {
                int r = c.Compare(span[i], other[i]);
                if (r != 0) return r;
            }
            return span.Length.CompareTo(other.Length);
        }

        public static bool StartsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> =>
            value.Length <= span.Length && span.Slice(0, value.Length).SequenceEqual(value);
        public static bool StartsWith<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => StartsWith((ReadOnlySpan<T>)span, value);
        public static bool EndsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> =>
            value.Length <= span.Length && span.Slice(span.Length - value.Length).SequenceEqual(value);
        public static bool EndsWith<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => EndsWith((ReadOnlySpan<T>)span, value);
        public static bool StartsWith<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> =>
            span.Length != 0 && EqualityComparer<T>.Default.Equals(span[0], value);
        public static bool EndsWith<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> =>
            span.Length != 0 && EqualityComparer<T>.Default.Equals(span[span.Length - 1], value);

        public static void Reverse<T>(this Span<T> span)
        {
            int i = 0, j = span.Length - 1;
            while (i < j)
            {
                T t = span[i];
                span[i] = span[j];
                span[j] = t;
                i++; j--;
            }
        }

        public static void Sort<T>(this Span<T> span) => Sort(span, Comparer<T>.Default.Compare);
        public static void Sort<T, TComparer>(this Span<T> span, TComparer comparer) where TComparer : IComparer<T> => Sort(span, (Comparison<T>)comparer.Compare);

        public static void Sort<T>(this Span<T> span, Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            if (span.Length <= 1) return;
            T[] a = span.ToArray();
            System.Collections.Generic.ArraySortHelper<T>.Sort(a, null, 0, a.Length, comparison);
            new ReadOnlySpan<T>(a).CopyTo(span);
        }

        public static void Replace<T>(this Span<T> span, T oldValue, T newValue) where T : IEquatable<T>
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (c.Equals(span[i], oldValue)) span[i] = newValue;
        }

        // ---- chars

        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span) => TrimEnd(TrimStart(span));

        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span)
        {
            int i = 0;
            while (i < span.Length && char.IsWhiteSpace(span[i])) i++;
            return span.Slice(i);
        }

        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span)
        {
            int e = span.Length - 1;
            while (e >= 0 && char.IsWhiteSpace(span[e])) e--;
            return span.Slice(0, e + 1);
        }

        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span, char trimChar) => TrimEnd(TrimStart(span, trimChar), trimChar);

        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span, char trimChar)
        {
            int i = 0;
            while (i < span.Length && span[i] == trimChar) i++;
            return span.Slice(i);
        }

        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span, char trimChar)
        {
            int e = span.Length - 1;
            while (e >= 0 && span[e] == trimChar) e--;
            return span.Slice(0, e + 1);
        }

        public static Span<char> Trim(this Span<char> span)
        {
            int s = 0, e = span.Length - 1;
            while (s <= e && char.IsWhiteSpace(span[s])) s++;
            while (e >= s && char.IsWhiteSpace(span[e])) e--;
            return span.Slice(s, e - s + 1);
        }

        public static bool IsWhiteSpace(this ReadOnlySpan<char> span)
        {
            for (int i = 0; i < span.Length; i++) if (!char.IsWhiteSpace(span[i])) return false;
            return true;
        }

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

        public static bool StartsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) =>
            value.Length <= span.Length && Equals(span.Slice(0, value.Length), value, comparisonType);

        public static bool EndsWith(this ReadOnlySpan<char> span, ReadOnlySpan<char> value, StringComparison comparisonType) =>
            value.Length <= span.Length && Equals(span.Slice(span.Length - value.Length), value, comparisonType);

        public static int ToUpperInvariant(this ReadOnlySpan<char> source, Span<char> destination)
        {
            if (destination.Length < source.Length) return -1;
            for (int i = 0; i < source.Length; i++) destination[i] = char.ToUpperInvariant(source[i]);
            return source.Length;
        }

        public static int ToLowerInvariant(this ReadOnlySpan<char> source, Span<char> destination)
        {
            if (destination.Length < source.Length) return -1;
            for (int i = 0; i < source.Length; i++) destination[i] = char.ToLowerInvariant(source[i]);
            return source.Length;
        }

        public static int ToUpper(this ReadOnlySpan<char> source, Span<char> destination, System.Globalization.CultureInfo culture) => ToUpperInvariant(source, destination);
        public static int ToLower(this ReadOnlySpan<char> source, Span<char> destination, System.Globalization.CultureInfo culture) => ToLowerInvariant(source, destination);
    }
}
