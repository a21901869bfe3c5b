using System.Collections.Generic;

namespace System
{
    // Trimming: any T by one value or a set of values (EqualityComparer<T>.Default), chars by
    // white space (char.IsWhiteSpace) or by given chars, over spans and memories.
    public static partial class MemoryExtensions
    {
        // The first index that is not trimmed from the start, and one past the last kept index.
        private static int TrimStartIndex<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> values)
        {
            int i = 0;
            while (i < span.Length && IndexOfCore(values, span[i], null) >= 0) i++;
            return i;
        }

        private static int TrimEndIndex<T>(ReadOnlySpan<T> span, int start, ReadOnlySpan<T> values)
        {
            int e = span.Length;
            while (e > start && IndexOfCore(values, span[e - 1], null) >= 0) e--;
            return e;
        }

        private static int WhiteStart(ReadOnlySpan<char> span)
        {
            int i = 0;
            while (i < span.Length && char.IsWhiteSpace(span[i])) i++;
            return i;
        }

        private static int WhiteEnd(ReadOnlySpan<char> span, int start)
        {
            int e = span.Length;
            while (e > start && char.IsWhiteSpace(span[e - 1])) e--;
            return e;
        }

        private static (int start, int length) TrimBounds<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> values, bool start, bool end)
        {
            // .NET trims nothing when the set of values is empty.
            if (values.IsEmpty) return (0, span.Length);
            int s = start ? TrimStartIndex(span, values) : 0;
            int e = end ? TrimEndIndex(span, s, values) : span.Length;
            return (s, e - s);
        }

        private static (int start, int length) WhiteBounds(ReadOnlySpan<char> span, bool start, bool end)
        {
            int s = start ? WhiteStart(span) : 0;
            int e = end ? WhiteEnd(span, s) : span.Length;
            return (s, e - s);
        }

        private static ReadOnlySpan<T> One<T>(T value) => new ReadOnlySpan<T>(new[] { value });

        // ---- any T, one value

        public static Span<T> Trim<T>(this Span<T> span, T trimElement) where T : IEquatable<T> { var (s, n) = TrimBounds(span, One(trimElement), true, true); return span.Slice(s, n); }
        public static Span<T> TrimStart<T>(this Span<T> span, T trimElement) where T : IEquatable<T> { var (s, n) = TrimBounds(span, One(trimElement), true, false); return span.Slice(s, n); }
        public static Span<T> TrimEnd<T>(this Span<T> span, T trimElement) where T : IEquatable<T> { var (s, n) = TrimBounds(span, One(trimElement), false, true); return span.Slice(s, n); }
        public static ReadOnlySpan<T> Trim<T>(this ReadOnlySpan<T> span, T trimElement) where T : IEquatable<T> { var (s, n) = TrimBounds(span, One(trimElement), true, true); return span.Slice(s, n); }
        public static ReadOnlySpan<T> TrimStart<T>(this ReadOnlySpan<T> span, T trimElement) where T : IEquatable<T> { var (s, n) = TrimBounds(span, One(trimElement), true, false); return span.Slice(s, n); }
        public static ReadOnlySpan<T> TrimEnd<T>(this ReadOnlySpan<T> span, T trimElement) where T : IEquatable<T> { var (s, n) = TrimBounds(span, One(trimElement), false, true); return span.Slice(s, n); }
        public static Memory<T> Trim<T>(this Memory<T> memory, T trimElement) where T : IEquatable<T> { var (s, n) = TrimBounds(memory.Span, One(trimElement), true, true); return memory.Slice(s, n); }
        public static Memory<T> TrimStart<T>(this Memory<T> memory, T trimElement) where T : IEquatable<T> { var (s, n) = TrimBounds(memory.Span, One(trimElement), true, false); return memory.Slice(s, n); }
        public static Memory<T> TrimEnd<T>(this Memory<T> memory, T trimElement) where T : IEquatable<T> { var (s, n) = TrimBounds(memory.Span, One(trimElement), false, true); return memory.Slice(s, n); }
        public static ReadOnlyMemory<T> Trim<T>(this ReadOnlyMemory<T> memory, T trimElement) where T : IEquatable<T> { var (s, n) = TrimBounds(memory.Span, One(trimElement), true, true); return memory.Slice(s, n); }
        public static ReadOnlyMemory<T> TrimStart<T>(this ReadOnlyMemory<T> memory, T trimElement) where T : IEquatable<T> { var (s, n) = TrimBounds(memory.Span, One(trimElement), true, false); return memory.Slice(s, n); }
        public static ReadOnlyMemory<T> TrimEnd<T>(this ReadOnlyMemory<T> memory, T trimElement) where T : IEquatable<T> { var (s, n) = TrimBounds(memory.Span, One(trimElement), false, true); return memory.Slice(s, n); }

        // ---- any T, a set of values

        public static Span<T> Trim<T>(this Span<T> span, ReadOnlySpan<T> trimElements) where T : IEquatable<T> { var (s, n) = TrimBounds(span, trimElements, true, true); return span.Slice(s, n); }
        public static Span<T> TrimStart<T>(this Span<T> span, ReadOnlySpan<T> trimElements) where T : IEquatable<T> { var (s, n) = TrimBounds(span, trimElements, true, false); return span.Slice(s, n); }
        public static Span<T> TrimEnd<T>(this Span<T> span, ReadOnlySpan<T> trimElements) where T : IEquatable<T> { var (s, n) = TrimBounds(span, trimElements, false, true); return span.Slice(s, n); }
        public static ReadOnlySpan<T> Trim<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> trimElements) where T : IEquatable<T> { var (s, n) = TrimBounds(span, trimElements, true, true); return span.Slice(s, n); }
        public static ReadOnlySpan<T> TrimStart<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> trimElements) where T : IEquatable<T> { var (s, n) = TrimBounds(span, trimElements, true, false); return span.Slice(s, n); }
        public static ReadOnlySpan<T> TrimEnd<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> trimElements) where T : IEquatable<T> { var (s, n) = TrimBounds(span, trimElements, false, true); return span.Slice(s, n); }
        public static Memory<T> Trim<T>(this Memory<T> memory, ReadOnlySpan<T> trimElements) where T : IEquatable<T> { var (s, n) = TrimBounds(memory.Span, trimElements, true, true); return memory.Slice(s, n); }
        public static Memory<T> TrimStart<T>(this Memory<T> memory, ReadOnlySpan<T> trimElements) where T : IEquatable<T> { var (s, n) = TrimBounds(memory.Span, trimElements, true, false); return memory.Slice(s, n); }
        public static Memory<T> TrimEnd<T>(this Memory<T> memory, ReadOnlySpan<T> trimElements) where T : IEquatable<T> { var (s, n) = TrimBounds(memory.Span, trimElements, false, true); return memory.Slice(s, n); }
        public static ReadOnlyMemory<T> Trim<T>(this ReadOnlyMemory<T> memory, ReadOnlySpan<T> trimElements) where T : IEquatable<T> { var (s, n) = TrimBounds(memory.Span, trimElements, true, true); return memory.Slice(s, n); }
        public static ReadOnlyMemory<T> TrimStart<T>(this ReadOnlyMemory<T> memory, ReadOnlySpan<T> trimElements) where T : IEquatable<T> { var (s, n) = TrimBounds(memory.Span, trimElements, true, false); return memory.Slice(s, n); }
        public static ReadOnlyMemory<T> TrimEnd<T>(this ReadOnlyMemory<T> memory, ReadOnlySpan<T> trimElements) where T : IEquatable<T> { var (s, n) = TrimBounds(memory.Span, trimElements, false, true); return memory.Slice(s, n); }

        // ---- chars: white space

        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span) { var (s, n) = WhiteBounds(span, true, true); return span.Slice(s, n); }
        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span) { var (s, n) = WhiteBounds(span, true, false); return span.Slice(s, n); }
        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span) { var (s, n) = WhiteBounds(span, false, true); return span.Slice(s, n); }
        public static Span<char> Trim(this Span<char> span) { var (s, n) = WhiteBounds(span, true, true); return span.Slice(s, n); }
        public static Span<char> TrimStart(this Span<char> span) { var (s, n) = WhiteBounds(span, true, false); return span.Slice(s, n); }
        public static Span<char> TrimEnd(this Span<char> span) { var (s, n) = WhiteBounds(span, false, true); return span.Slice(s, n); }
        public static Memory<char> Trim(this Memory<char> memory) { var (s, n) = WhiteBounds(memory.Span, true, true); return memory.Slice(s, n); }
        public static Memory<char> TrimStart(this Memory<char> memory) { var (s, n) = WhiteBounds(memory.Span, true, false); return memory.Slice(s, n); }
        public static Memory<char> TrimEnd(this Memory<char> memory) { var (s, n) = WhiteBounds(memory.Span, false, true); return memory.Slice(s, n); }
        public static ReadOnlyMemory<char> Trim(this ReadOnlyMemory<char> memory) { var (s, n) = WhiteBounds(memory.Span, true, true); return memory.Slice(s, n); }
        public static ReadOnlyMemory<char> TrimStart(this ReadOnlyMemory<char> memory) { var (s, n) = WhiteBounds(memory.Span, true, false); return memory.Slice(s, n); }
        public static ReadOnlyMemory<char> TrimEnd(this ReadOnlyMemory<char> memory) { var (s, n) = WhiteBounds(memory.Span, false, true); return memory.Slice(s, n); }

        // ---- chars: given chars (an empty set trims white space, as string.Trim(char[]) does)

        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span, char trimChar) { var (s, n) = TrimBounds(span, One(trimChar), true, true); return span.Slice(s, n); }
        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span, char trimChar) { var (s, n) = TrimBounds(span, One(trimChar), true, false); return span.Slice(s, n); }
        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span, char trimChar) { var (s, n) = TrimBounds(span, One(trimChar), false, true); return span.Slice(s, n); }
        public static ReadOnlySpan<char> Trim(this ReadOnlySpan<char> span, ReadOnlySpan<char> trimChars) => trimChars.IsEmpty ? Trim(span) : Trim<char>(span, trimChars);
        public static ReadOnlySpan<char> TrimStart(this ReadOnlySpan<char> span, ReadOnlySpan<char> trimChars) => trimChars.IsEmpty ? TrimStart(span) : TrimStart<char>(span, trimChars);
        public static ReadOnlySpan<char> TrimEnd(this ReadOnlySpan<char> span, ReadOnlySpan<char> trimChars) => trimChars.IsEmpty ? TrimEnd(span) : TrimEnd<char>(span, trimChars);

        public static bool IsWhiteSpace(this ReadOnlySpan<char> span)
        {
            for (int i = 0; i < span.Length; i++) if (!char.IsWhiteSpace(span[i])) return false;
            return true;
        }
    }
}
