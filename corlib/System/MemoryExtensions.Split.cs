namespace System
{
    // Splitting spans without allocating: the enumerator yields the Range of each segment.
    public static partial class MemoryExtensions
    {
        public static SpanSplitEnumerator<T> Split<T>(this ReadOnlySpan<T> source, T separator) where T : IEquatable<T> =>
            new SpanSplitEnumerator<T>(source, separator);

        public static SpanSplitEnumerator<T> Split<T>(this ReadOnlySpan<T> source, ReadOnlySpan<T> separator) where T : IEquatable<T> =>
            new SpanSplitEnumerator<T>(source, separator, false);

        public static SpanSplitEnumerator<T> SplitAny<T>(this ReadOnlySpan<T> source, params ReadOnlySpan<T> separators) where T : IEquatable<T> =>
            new SpanSplitEnumerator<T>(source, separators.ToArray(), true);

        // Writes the ranges of at most destination.Length segments; the last one takes the rest.
        public static int Split(this ReadOnlySpan<char> source, Span<Range> destination, char separator, StringSplitOptions options = StringSplitOptions.None) =>
            SplitCore(source, destination, new ReadOnlySpan<char>(new[] { separator }), true, options);

        public static int Split(this ReadOnlySpan<char> source, Span<Range> destination, ReadOnlySpan<char> separator, StringSplitOptions options = StringSplitOptions.None) =>
            SplitCore(source, destination, separator, false, options);

        public static int SplitAny(this ReadOnlySpan<char> source, Span<Range> destination, ReadOnlySpan<char> separators, StringSplitOptions options = StringSplitOptions.None) =>
            SplitCore(source, destination, separators, true, options);

        // Where the next separator starts in rest (-1 if none) and how long it is. For SplitAny an
        // empty set of separators means white space.
        private static int NextSeparator(ReadOnlySpan<char> rest, ReadOnlySpan<char> sep, bool any, out int sepLen)
        {
            sepLen = any ? 1 : sep.Length;
            if (!any) return sep.Length == 0 ? -1 : rest.IndexOf(sep);
            if (sep.Length != 0) return rest.IndexOfAny(sep);
            for (int i = 0; i < rest.Length; i++) if (char.IsWhiteSpace(rest[i])) return i;
            return -1;
        }

        // Segments removed as empty do not take a slot; once one slot is left, the rest of the
        // source from the next kept segment on goes into it.
        private static int SplitCore(ReadOnlySpan<char> source, Span<Range> destination, ReadOnlySpan<char> sep, bool any, StringSplitOptions options)
        {
            if (destination.Length == 0) return 0;
            bool removeEmpty = (options & StringSplitOptions.RemoveEmptyEntries) != 0;
            bool trim = (options & StringSplitOptions.TrimEntries) != 0;
            int count = 0, start = 0;
            while (true)
            {
                int rel = NextSeparator(source.Slice(start), sep, any, out int sepLen);
                bool last = rel < 0 || count == destination.Length - 1;
                int end = last ? source.Length : start + rel;
                int s = start, e = rel < 0 ? source.Length : start + rel;
                if (trim)
                {
                    while (s < e && char.IsWhiteSpace(source[s])) s++;
                    while (e > s && char.IsWhiteSpace(source[e - 1])) e--;
                }
                if (removeEmpty && s == e)
                {
                    if (rel < 0) break;
                    start += rel + sepLen;
                    continue;
                }
                if (last && end != e)
                {
                    e = end;
                    if (trim) while (e > s && char.IsWhiteSpace(source[e - 1])) e--;
                }
                destination[count++] = new Range(s, e);
                if (last) break;
                start += rel + sepLen;
            }
            return count;
        }

        public ref struct SpanSplitEnumerator<T> : System.Collections.Generic.IEnumerator<Range> where T : IEquatable<T>
        {
            private readonly ReadOnlySpan<T> _source;
            private readonly T _separator;
            private readonly ReadOnlySpan<T> _separators;
            private readonly int _mode;        // 0 single value, 1 sequence, 2 any of
            private int _next;                 // where the next segment starts, -1 when done
            private Range _current;

            internal SpanSplitEnumerator(ReadOnlySpan<T> source, T separator)
            {
                _source = source;
                _separator = separator;
                _separators = default;
                _mode = 0;
                _next = 0;
                _current = default;
            }

            internal SpanSplitEnumerator(ReadOnlySpan<T> source, ReadOnlySpan<T> separators, bool any)
            {
                _source = source;
                _separator = default;
                _separators = separators;
                _mode = any ? 2 : 1;
                _next = 0;
                _current = default;
            }

            public ReadOnlySpan<T> Source => _source;
            public Range Current => _current;
            public SpanSplitEnumerator<T> GetEnumerator() => this;
            object System.Collections.IEnumerator.Current => _current;
            void System.Collections.IEnumerator.Reset() { _next = 0; _current = default; }
            void IDisposable.Dispose() { }

            public bool MoveNext()
            {
                if (_next < 0) return false;
                ReadOnlySpan<T> rest = _source.Slice(_next);
                int rel, len;
                if (_mode == 0) { rel = rest.IndexOf(_separator); len = 1; }
                else if (_mode == 2) { rel = _separators.Length == 0 ? -1 : rest.IndexOfAny(_separators); len = 1; }
                else { rel = _separators.Length == 0 ? -1 : rest.IndexOf(_separators); len = _separators.Length; }
                if (rel < 0)
                {
                    _current = new Range(_next, _source.Length);
                    _next = -1;
                }
                else
                {
                    _current = new Range(_next, _next + rel);
                    _next += rel + len;
                }
                return true;
            }
        }
    }
}
