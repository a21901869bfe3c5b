using System;
using System.Collections.Generic;

namespace System.Text.RegularExpressions
{
    // A match found in a span: only where it is (the engine runs over a string copy of the span,
    // so the positions are those of the span itself).
    public readonly ref struct ValueMatch
    {
        internal ValueMatch(int index, int length) { Index = index; Length = length; }
        public int Index { get; }
        public int Length { get; }
    }

    // Span overloads, Count, EnumerateMatches and EnumerateSplits: each searches a string made
    // from the span with the same engine as Matches, so results agree with the string overloads.
    public partial class Regex
    {
        public bool IsMatch(ReadOnlySpan<char> input, int startat)
        {
            CheckSpanStart(startat);
            return Run(input.ToString(), startat, -1).Success;
        }

        public static bool IsMatch(ReadOnlySpan<char> input, string pattern) => new Regex(pattern).IsMatch(input);
        public static bool IsMatch(ReadOnlySpan<char> input, string pattern, RegexOptions options) => new Regex(pattern, options).IsMatch(input);
        public static bool IsMatch(ReadOnlySpan<char> input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options, matchTimeout).IsMatch(input);

        public int Count(ReadOnlySpan<char> input) => CountFrom(input.ToString(), 0);
        public int Count(ReadOnlySpan<char> input, int startat) => CountFrom(input.ToString(), startat);

        public static int Count(string input, string pattern, RegexOptions options) => new Regex(pattern, options).Count(input);
        public static int Count(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options, matchTimeout).Count(input);
        public static int Count(ReadOnlySpan<char> input, string pattern) => new Regex(pattern).Count(input);
        public static int Count(ReadOnlySpan<char> input, string pattern, RegexOptions options) => new Regex(pattern, options).Count(input);
        public static int Count(ReadOnlySpan<char> input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options, matchTimeout).Count(input);

        public static string[] Split(string input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options, matchTimeout).Split(input);
        public static string Replace(string input, string pattern, MatchEvaluator evaluator, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options, matchTimeout).Replace(input, evaluator);

        private int CountFrom(string text, int startat)
        {
            CheckSpanStart(startat);
            int n = 0;
            var e = new ValueMatchEnumerator(this, text, startat);
            while (e.MoveNext()) n++;
            return n;
        }

        // The span overloads do not check startat against the input as the string ones do:
        // past the end there is simply no match (as on .NET); before the start is an error.
        private static void CheckSpanStart(int startat)
        {
            if (startat < 0) throw new ArgumentOutOfRangeException();
        }

        private static void CheckStart(string text, int startat)
        {
            if ((uint)startat > (uint)text.Length) throw new ArgumentOutOfRangeException("startat", "Start index cannot be less than 0 or greater than input length.");
        }

        public ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input) => new ValueMatchEnumerator(this, input.ToString(), 0);

        public ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input, int startat)
        {
            string text = input.ToString();
            CheckSpanStart(startat);
            return new ValueMatchEnumerator(this, text, startat);
        }

        public static ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input, string pattern) => new Regex(pattern).EnumerateMatches(input);
        public static ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input, string pattern, RegexOptions options) => new Regex(pattern, options).EnumerateMatches(input);
        public static ValueMatchEnumerator EnumerateMatches(ReadOnlySpan<char> input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options, matchTimeout).EnumerateMatches(input);

        public ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input) => EnumerateSplits(input, 0, 0);
        public ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, int count) => EnumerateSplits(input, count, 0);

        public ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, int count, int startat)
        {
            string text = input.ToString();
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than -1.");
            CheckStart(text, startat);
            return new ValueSplitEnumerator(this, text, count, startat);
        }

        public static ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, string pattern) => new Regex(pattern).EnumerateSplits(input);
        public static ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, string pattern, RegexOptions options) => new Regex(pattern, options).EnumerateSplits(input);
        public static ValueSplitEnumerator EnumerateSplits(ReadOnlySpan<char> input, string pattern, RegexOptions options, TimeSpan matchTimeout) => new Regex(pattern, options, matchTimeout).EnumerateSplits(input);

        // Finds the next match at or after *pos, then moves *pos past it (one further after an
        // empty match, as Match.NextMatch does); false when there is none.
        private bool NextMatchAt(string text, ref int pos, out int index, out int length)
        {
            index = length = 0;
            if (pos > text.Length) return false;
            Match m = Run(text, pos, -1);
            if (!m.Success) { pos = text.Length + 1; return false; }
            index = m.Index;
            length = m.Length;
            pos = index + length + (length == 0 ? 1 : 0);
            return true;
        }

        public ref struct ValueMatchEnumerator : IEnumerator<ValueMatch>
        {
            private readonly Regex _regex;
            private readonly string _text;
            private int _pos;
            private ValueMatch _current;

            internal ValueMatchEnumerator(Regex regex, string text, int startat)
            {
                _regex = regex;
                _text = text;
                _pos = startat;
                _current = default;
            }

            public readonly ValueMatch Current => _current;
            public readonly ValueMatchEnumerator GetEnumerator() => this;

            public bool MoveNext()
            {
                if (_regex == null || !_regex.NextMatchAt(_text, ref _pos, out int index, out int length)) return false;
                _current = new ValueMatch(index, length);
                return true;
            }

            // Only reachable through a generic "allows ref struct" caller; a ref struct value cannot be boxed.
            object System.Collections.IEnumerator.Current => throw new NotSupportedException();
            void System.Collections.IEnumerator.Reset() => throw new NotSupportedException();
            void IDisposable.Dispose() { }
        }

        // The pieces between matches, as ranges of the input; unlike Split, captured groups are
        // not part of the result. count limits the number of pieces (0: no limit).
        public ref struct ValueSplitEnumerator : IEnumerator<Range>
        {
            private readonly Regex _regex;
            private readonly string _text;
            private int _pos;
            private int _left;          // pieces still allowed; 0 after the last one
            private int _prevEnd;       // where the next piece starts
            private Range _current;

            internal ValueSplitEnumerator(Regex regex, string text, int count, int startat)
            {
                _regex = regex;
                _text = text;
                _pos = startat;
                _left = count == 0 ? -1 : count;
                _prevEnd = 0;
                _current = default;
            }

            public readonly Range Current => _current;
            public readonly ValueSplitEnumerator GetEnumerator() => this;

            public bool MoveNext()
            {
                if (_regex == null || _left == 0) return false;
                if (_left != 1 && _regex.NextMatchAt(_text, ref _pos, out int index, out int length))
                {
                    _current = new Range(_prevEnd, index);
                    _prevEnd = index + length;
                    if (_left > 0) _left--;
                    return true;
                }
                _current = new Range(_prevEnd, _text.Length);
                _left = 0;
                return true;
            }

            // Only reachable through a generic "allows ref struct" caller; a ref struct value cannot be boxed.
            object System.Collections.IEnumerator.Current => _current;
            void System.Collections.IEnumerator.Reset() => throw new NotSupportedException();
            void IDisposable.Dispose() { }
        }
    }
}
