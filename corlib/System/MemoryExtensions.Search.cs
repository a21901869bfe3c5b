using System.Collections.Generic;

namespace System
{
    // Searching, counting and comparing spans of any T. Every public overload funnels into one
    // core per operation taking an IEqualityComparer<T> (null = EqualityComparer<T>.Default), so
    // the overloads without a comparer and those with one cannot drift apart. C# 14 binds calls
    // on arrays (array.Contains(x), array.IndexOf(x, comparer)) to these, so they are hot.
    public static partial class MemoryExtensions
    {
        // ---- cores

        private static int IndexOfCore<T>(ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer)
        {
            if (comparer == null)
            {
                EqualityComparer<T> d = EqualityComparer<T>.Default;
                for (int i = 0; i < span.Length; i++) if (d.Equals(span[i], value)) return i;
                return -1;
            }
            for (int i = 0; i < span.Length; i++) if (comparer.Equals(span[i], value)) return i;
            return -1;
        }

        private static int LastIndexOfCore<T>(ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer)
        {
            comparer ??= EqualityComparer<T>.Default;
            for (int i = span.Length - 1; i >= 0; i--) if (comparer.Equals(span[i], value)) return i;
            return -1;
        }

        private static bool SequenceEqualCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> other, IEqualityComparer<T> comparer)
        {
            if (span.Length != other.Length) return false;
            comparer ??= EqualityComparer<T>.Default;
            for (int i = 0; i < span.Length; i++) if (!comparer.Equals(span[i], other[i])) return false;
            return true;
        }

        private static int IndexOfSeqCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T> comparer)
        {
            if (value.Length == 0) return 0;
            for (int i = 0; i + value.Length <= span.Length; i++)
                if (SequenceEqualCore(span.Slice(i, value.Length), value, comparer)) return i;
            return -1;
        }

        private static int LastIndexOfSeqCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T> comparer)
        {
            if (value.Length == 0) return span.Length;
            for (int i = span.Length - value.Length; i >= 0; i--)
                if (SequenceEqualCore(span.Slice(i, value.Length), value, comparer)) return i;
            return -1;
        }

        // Index of the first (or last, when fromEnd) element that is (or, when except, is not) one of values.
        private static int IndexOfAnyCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> values, IEqualityComparer<T> comparer, bool except, bool fromEnd)
        {
            comparer ??= EqualityComparer<T>.Default;
            for (int n = 0; n < span.Length; n++)
            {
                int i = fromEnd ? span.Length - 1 - n : n;
                bool found = false;
                for (int j = 0; j < values.Length; j++)
                {
                    if (comparer.Equals(span[i], values[j])) { found = true; break; }
                }
                if (found != except) return i;
            }
            return -1;
        }

        private static int IndexOfAnyCore<T>(ReadOnlySpan<T> span, T v0, T v1, IEqualityComparer<T> comparer, bool except, bool fromEnd) =>
            IndexOfAnyCore(span, new ReadOnlySpan<T>(new[] { v0, v1 }), comparer, except, fromEnd);

        private static int IndexOfAnyCore<T>(ReadOnlySpan<T> span, T v0, T v1, T v2, IEqualityComparer<T> comparer, bool except, bool fromEnd) =>
            IndexOfAnyCore(span, new ReadOnlySpan<T>(new[] { v0, v1, v2 }), comparer, except, fromEnd);

        private static int IndexOfAnyExceptCore<T>(ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer, bool fromEnd)
        {
            comparer ??= EqualityComparer<T>.Default;
            for (int n = 0; n < span.Length; n++)
            {
                int i = fromEnd ? span.Length - 1 - n : n;
                if (!comparer.Equals(span[i], value)) return i;
            }
            return -1;
        }

        private static int InRangeCore<T>(ReadOnlySpan<T> span, T low, T high, bool except, bool fromEnd) where T : IComparable<T>
        {
            for (int n = 0; n < span.Length; n++)
            {
                int i = fromEnd ? span.Length - 1 - n : n;
                T x = span[i];
                bool inside = low.CompareTo(x) <= 0 && high.CompareTo(x) >= 0;
                if (inside != except) return i;
            }
            return -1;
        }

        private static int CountCore<T>(ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer)
        {
            comparer ??= EqualityComparer<T>.Default;
            int n = 0;
            for (int i = 0; i < span.Length; i++) if (comparer.Equals(span[i], value)) n++;
            return n;
        }

        // Non-overlapping occurrences, scanning left to right; an empty value occurs nowhere.
        private static int CountSeqCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T> comparer)
        {
            if (value.Length == 0) return 0;
            int n = 0;
            while (true)
            {
                int i = IndexOfSeqCore(span, value, comparer);
                if (i < 0) return n;
                n++;
                span = span.Slice(i + value.Length);
            }
        }

        private static int CountAnyCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> values, IEqualityComparer<T> comparer)
        {
            int n = 0;
            while (true)
            {
                int i = IndexOfAnyCore(span, values, comparer, false, false);
                if (i < 0) return n;
                n++;
                span = span.Slice(i + 1);
            }
        }

        private static int CommonPrefixLengthCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> other, IEqualityComparer<T> comparer)
        {
            comparer ??= EqualityComparer<T>.Default;
            int n = Math.Min(span.Length, other.Length);
            int i = 0;
            while (i < n && comparer.Equals(span[i], other[i])) i++;
            return i;
        }

        private static int SequenceCompareToCore<T>(ReadOnlySpan<T> span, ReadOnlySpan<T> other, IComparer<T> comparer)
        {
            comparer ??= Comparer<T>.Default;
            int n = Math.Min(span.Length, other.Length);
            for (int i = 0; i < n; i++)
            {
                int r = comparer.Compare(span[i], other[i]);
                if (r != 0) return r;
            }
            return span.Length.CompareTo(other.Length);
        }

        private static void ReplaceCore<T>(ReadOnlySpan<T> source, Span<T> destination, T oldValue, T newValue, IEqualityComparer<T> comparer)
        {
            if (destination.Length < source.Length) throw new ArgumentException("Destination is too short.", "destination");
            comparer ??= EqualityComparer<T>.Default;
            // Element by element, so that source and destination may be the same memory.
            for (int i = 0; i < source.Length; i++)
            {
                T x = source[i];
                destination[i] = comparer.Equals(x, oldValue) ? newValue : x;
            }
        }

        // ---- IndexOf / LastIndexOf

        public static int IndexOf<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOfCore((ReadOnlySpan<T>)span, value, null);
        public static int IndexOf<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => IndexOfSeqCore((ReadOnlySpan<T>)span, value, null);
        public static int IndexOf<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => IndexOfCore(span, value, null);
        public static int IndexOf<T>(this ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer = null) => IndexOfCore(span, value, comparer);
        public static int IndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => IndexOfSeqCore(span, value, null);
        public static int IndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T> comparer = null) => IndexOfSeqCore(span, value, comparer);

        public static int LastIndexOf<T>(this Span<T> span, T value) where T : IEquatable<T> => LastIndexOfCore((ReadOnlySpan<T>)span, value, null);
        public static int LastIndexOf<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => LastIndexOfSeqCore((ReadOnlySpan<T>)span, value, null);
        public static int LastIndexOf<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => LastIndexOfCore(span, value, null);
        public static int LastIndexOf<T>(this ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer = null) => LastIndexOfCore(span, value, comparer);
        public static int LastIndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => LastIndexOfSeqCore(span, value, null);
        public static int LastIndexOf<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T> comparer = null) => LastIndexOfSeqCore(span, value, comparer);

        // ---- IndexOfAny / LastIndexOfAny

        public static int IndexOfAny<T>(this Span<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAnyCore((ReadOnlySpan<T>)span, value0, value1, null, false, false);
        public static int IndexOfAny<T>(this Span<T> span, T value0, T value1, T value2) where T : IEquatable<T> => IndexOfAnyCore((ReadOnlySpan<T>)span, value0, value1, value2, null, false, false);
        public static int IndexOfAny<T>(this Span<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAnyCore((ReadOnlySpan<T>)span, values, null, false, false);
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAnyCore(span, value0, value1, null, false, false);
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1, IEqualityComparer<T> comparer = null) => IndexOfAnyCore(span, value0, value1, comparer, false, false);
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2) where T : IEquatable<T> => IndexOfAnyCore(span, value0, value1, value2, null, false, false);
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2, IEqualityComparer<T> comparer = null) => IndexOfAnyCore(span, value0, value1, value2, comparer, false, false);
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAnyCore(span, values, null, false, false);
        public static int IndexOfAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values, IEqualityComparer<T> comparer = null) => IndexOfAnyCore(span, values, comparer, false, false);

        public static int LastIndexOfAny<T>(this Span<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAnyCore((ReadOnlySpan<T>)span, value0, value1, null, false, true);
        public static int LastIndexOfAny<T>(this Span<T> span, T value0, T value1, T value2) where T : IEquatable<T> => IndexOfAnyCore((ReadOnlySpan<T>)span, value0, value1, value2, null, false, true);
        public static int LastIndexOfAny<T>(this Span<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAnyCore((ReadOnlySpan<T>)span, values, null, false, true);
        public static int LastIndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAnyCore(span, value0, value1, null, false, true);
        public static int LastIndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1, IEqualityComparer<T> comparer = null) => IndexOfAnyCore(span, value0, value1, comparer, false, true);
        public static int LastIndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2) where T : IEquatable<T> => IndexOfAnyCore(span, value0, value1, value2, null, false, true);
        public static int LastIndexOfAny<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2, IEqualityComparer<T> comparer = null) => IndexOfAnyCore(span, value0, value1, value2, comparer, false, true);
        public static int LastIndexOfAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAnyCore(span, values, null, false, true);
        public static int LastIndexOfAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values, IEqualityComparer<T> comparer = null) => IndexOfAnyCore(span, values, comparer, false, true);

        // ---- IndexOfAnyExcept / LastIndexOfAnyExcept

        public static int IndexOfAnyExcept<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOfAnyExceptCore((ReadOnlySpan<T>)span, value, null, false);
        public static int IndexOfAnyExcept<T>(this Span<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAnyCore((ReadOnlySpan<T>)span, value0, value1, null, true, false);
        public static int IndexOfAnyExcept<T>(this Span<T> span, T value0, T value1, T value2) where T : IEquatable<T> => IndexOfAnyCore((ReadOnlySpan<T>)span, value0, value1, value2, null, true, false);
        public static int IndexOfAnyExcept<T>(this Span<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAnyCore((ReadOnlySpan<T>)span, values, null, true, false);
        public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => IndexOfAnyExceptCore(span, value, null, false);
        public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer = null) => IndexOfAnyExceptCore(span, value, comparer, false);
        public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAnyCore(span, value0, value1, null, true, false);
        public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value0, T value1, IEqualityComparer<T> comparer = null) => IndexOfAnyCore(span, value0, value1, comparer, true, false);
        public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2) where T : IEquatable<T> => IndexOfAnyCore(span, value0, value1, value2, null, true, false);
        public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2, IEqualityComparer<T> comparer = null) => IndexOfAnyCore(span, value0, value1, value2, comparer, true, false);
        public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAnyCore(span, values, null, true, false);
        public static int IndexOfAnyExcept<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values, IEqualityComparer<T> comparer = null) => IndexOfAnyCore(span, values, comparer, true, false);

        public static int LastIndexOfAnyExcept<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOfAnyExceptCore((ReadOnlySpan<T>)span, value, null, true);
        public static int LastIndexOfAnyExcept<T>(this Span<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAnyCore((ReadOnlySpan<T>)span, value0, value1, null, true, true);
        public static int LastIndexOfAnyExcept<T>(this Span<T> span, T value0, T value1, T value2) where T : IEquatable<T> => IndexOfAnyCore((ReadOnlySpan<T>)span, value0, value1, value2, null, true, true);
        public static int LastIndexOfAnyExcept<T>(this Span<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAnyCore((ReadOnlySpan<T>)span, values, null, true, true);
        public static int LastIndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => IndexOfAnyExceptCore(span, value, null, true);
        public static int LastIndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer = null) => IndexOfAnyExceptCore(span, value, comparer, true);
        public static int LastIndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAnyCore(span, value0, value1, null, true, true);
        public static int LastIndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value0, T value1, IEqualityComparer<T> comparer = null) => IndexOfAnyCore(span, value0, value1, comparer, true, true);
        public static int LastIndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2) where T : IEquatable<T> => IndexOfAnyCore(span, value0, value1, value2, null, true, true);
        public static int LastIndexOfAnyExcept<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2, IEqualityComparer<T> comparer = null) => IndexOfAnyCore(span, value0, value1, value2, comparer, true, true);
        public static int LastIndexOfAnyExcept<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAnyCore(span, values, null, true, true);
        public static int LastIndexOfAnyExcept<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values, IEqualityComparer<T> comparer = null) => IndexOfAnyCore(span, values, comparer, true, true);

        // ---- ranges of values

        public static int IndexOfAnyInRange<T>(this Span<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => InRangeCore((ReadOnlySpan<T>)span, lowInclusive, highInclusive, false, false);
        public static int IndexOfAnyInRange<T>(this ReadOnlySpan<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => InRangeCore(span, lowInclusive, highInclusive, false, false);
        public static int IndexOfAnyExceptInRange<T>(this Span<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => InRangeCore((ReadOnlySpan<T>)span, lowInclusive, highInclusive, true, false);
        public static int IndexOfAnyExceptInRange<T>(this ReadOnlySpan<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => InRangeCore(span, lowInclusive, highInclusive, true, false);
        public static int LastIndexOfAnyInRange<T>(this Span<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => InRangeCore((ReadOnlySpan<T>)span, lowInclusive, highInclusive, false, true);
        public static int LastIndexOfAnyInRange<T>(this ReadOnlySpan<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => InRangeCore(span, lowInclusive, highInclusive, false, true);
        public static int LastIndexOfAnyExceptInRange<T>(this Span<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => InRangeCore((ReadOnlySpan<T>)span, lowInclusive, highInclusive, true, true);
        public static int LastIndexOfAnyExceptInRange<T>(this ReadOnlySpan<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => InRangeCore(span, lowInclusive, highInclusive, true, true);
        public static bool ContainsAnyInRange<T>(this Span<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => InRangeCore((ReadOnlySpan<T>)span, lowInclusive, highInclusive, false, false) >= 0;
        public static bool ContainsAnyInRange<T>(this ReadOnlySpan<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => InRangeCore(span, lowInclusive, highInclusive, false, false) >= 0;
        public static bool ContainsAnyExceptInRange<T>(this Span<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => InRangeCore((ReadOnlySpan<T>)span, lowInclusive, highInclusive, true, false) >= 0;
        public static bool ContainsAnyExceptInRange<T>(this ReadOnlySpan<T> span, T lowInclusive, T highInclusive) where T : IComparable<T> => InRangeCore(span, lowInclusive, highInclusive, true, false) >= 0;

        // ---- Contains / ContainsAny / ContainsAnyExcept

        public static bool Contains<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOfCore((ReadOnlySpan<T>)span, value, null) >= 0;
        public static bool Contains<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => IndexOfCore(span, value, null) >= 0;
        public static bool Contains<T>(this ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer = null) => IndexOfCore(span, value, comparer) >= 0;

        public static bool ContainsAny<T>(this Span<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAny(span, value0, value1) >= 0;
        public static bool ContainsAny<T>(this Span<T> span, T value0, T value1, T value2) where T : IEquatable<T> => IndexOfAny(span, value0, value1, value2) >= 0;
        public static bool ContainsAny<T>(this Span<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAny(span, values) >= 0;
        public static bool ContainsAny<T>(this ReadOnlySpan<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAny(span, value0, value1) >= 0;
        public static bool ContainsAny<T>(this ReadOnlySpan<T> span, T value0, T value1, IEqualityComparer<T> comparer = null) => IndexOfAny(span, value0, value1, comparer) >= 0;
        public static bool ContainsAny<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2) where T : IEquatable<T> => IndexOfAny(span, value0, value1, value2) >= 0;
        public static bool ContainsAny<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2, IEqualityComparer<T> comparer = null) => IndexOfAny(span, value0, value1, value2, comparer) >= 0;
        public static bool ContainsAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAny(span, values) >= 0;
        public static bool ContainsAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values, IEqualityComparer<T> comparer = null) => IndexOfAny(span, values, comparer) >= 0;

        public static bool ContainsAnyExcept<T>(this Span<T> span, T value) where T : IEquatable<T> => IndexOfAnyExcept(span, value) >= 0;
        public static bool ContainsAnyExcept<T>(this Span<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAnyExcept(span, value0, value1) >= 0;
        public static bool ContainsAnyExcept<T>(this Span<T> span, T value0, T value1, T value2) where T : IEquatable<T> => IndexOfAnyExcept(span, value0, value1, value2) >= 0;
        public static bool ContainsAnyExcept<T>(this Span<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAnyExcept(span, values) >= 0;
        public static bool ContainsAnyExcept<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => IndexOfAnyExcept(span, value) >= 0;
        public static bool ContainsAnyExcept<T>(this ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer = null) => IndexOfAnyExcept(span, value, comparer) >= 0;
        public static bool ContainsAnyExcept<T>(this ReadOnlySpan<T> span, T value0, T value1) where T : IEquatable<T> => IndexOfAnyExcept(span, value0, value1) >= 0;
        public static bool ContainsAnyExcept<T>(this ReadOnlySpan<T> span, T value0, T value1, IEqualityComparer<T> comparer = null) => IndexOfAnyExcept(span, value0, value1, comparer) >= 0;
        public static bool ContainsAnyExcept<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2) where T : IEquatable<T> => IndexOfAnyExcept(span, value0, value1, value2) >= 0;
        public static bool ContainsAnyExcept<T>(this ReadOnlySpan<T> span, T value0, T value1, T value2, IEqualityComparer<T> comparer = null) => IndexOfAnyExcept(span, value0, value1, value2, comparer) >= 0;
        public static bool ContainsAnyExcept<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values) where T : IEquatable<T> => IndexOfAnyExcept(span, values) >= 0;
        public static bool ContainsAnyExcept<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values, IEqualityComparer<T> comparer = null) => IndexOfAnyExcept(span, values, comparer) >= 0;

        // ---- Count / CountAny

        public static int Count<T>(this Span<T> span, T value) where T : IEquatable<T> => CountCore((ReadOnlySpan<T>)span, value, null);
        public static int Count<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> => CountCore(span, value, null);
        public static int Count<T>(this ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer = null) => CountCore(span, value, comparer);
        public static int Count<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => CountSeqCore((ReadOnlySpan<T>)span, value, null);
        public static int Count<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => CountSeqCore(span, value, null);
        public static int Count<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T> comparer = null) => CountSeqCore(span, value, comparer);
        public static int CountAny<T>(this ReadOnlySpan<T> span, params ReadOnlySpan<T> values) where T : IEquatable<T> => CountAnyCore(span, values, null);
        public static int CountAny<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> values, IEqualityComparer<T> comparer = null) => CountAnyCore(span, values, comparer);

        // ---- whole-sequence comparisons

        public static bool SequenceEqual<T>(this Span<T> span, ReadOnlySpan<T> other) where T : IEquatable<T> => SequenceEqualCore((ReadOnlySpan<T>)span, other, null);
        public static bool SequenceEqual<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IEquatable<T> => SequenceEqualCore(span, other, null);
        public static bool SequenceEqual<T>(this Span<T> span, ReadOnlySpan<T> other, IEqualityComparer<T> comparer = null) => SequenceEqualCore((ReadOnlySpan<T>)span, other, comparer);
        public static bool SequenceEqual<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other, IEqualityComparer<T> comparer = null) => SequenceEqualCore(span, other, comparer);

        public static int SequenceCompareTo<T>(this Span<T> span, ReadOnlySpan<T> other) where T : IComparable<T> => SequenceCompareToCore((ReadOnlySpan<T>)span, other, null);
        public static int SequenceCompareTo<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) where T : IComparable<T> => SequenceCompareToCore(span, other, null);
        public static int SequenceCompareTo<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other, IComparer<T> comparer = null) => SequenceCompareToCore(span, other, comparer);

        public static int CommonPrefixLength<T>(this Span<T> span, ReadOnlySpan<T> other) => CommonPrefixLengthCore((ReadOnlySpan<T>)span, other, null);
        public static int CommonPrefixLength<T>(this Span<T> span, ReadOnlySpan<T> other, IEqualityComparer<T> comparer) => CommonPrefixLengthCore((ReadOnlySpan<T>)span, other, comparer);
        public static int CommonPrefixLength<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) => CommonPrefixLengthCore(span, other, null);
        public static int CommonPrefixLength<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other, IEqualityComparer<T> comparer) => CommonPrefixLengthCore(span, other, comparer);

        // ---- StartsWith / EndsWith

        public static bool StartsWith<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => StartsWith((ReadOnlySpan<T>)span, value);
        public static bool StartsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> =>
            value.Length <= span.Length && SequenceEqualCore(span.Slice(0, value.Length), value, null);
        public static bool StartsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T> comparer = null) =>
            value.Length <= span.Length && SequenceEqualCore(span.Slice(0, value.Length), value, comparer);
        public static bool StartsWith<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> =>
            span.Length != 0 && EqualityComparer<T>.Default.Equals(span[0], value);
        public static bool StartsWith<T>(this ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer = null) =>
            span.Length != 0 && (comparer ?? EqualityComparer<T>.Default).Equals(span[0], value);

        public static bool EndsWith<T>(this Span<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> => EndsWith((ReadOnlySpan<T>)span, value);
        public static bool EndsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value) where T : IEquatable<T> =>
            value.Length <= span.Length && SequenceEqualCore(span.Slice(span.Length - value.Length), value, null);
        public static bool EndsWith<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> value, IEqualityComparer<T> comparer = null) =>
            value.Length <= span.Length && SequenceEqualCore(span.Slice(span.Length - value.Length), value, comparer);
        public static bool EndsWith<T>(this ReadOnlySpan<T> span, T value) where T : IEquatable<T> =>
            span.Length != 0 && EqualityComparer<T>.Default.Equals(span[span.Length - 1], value);
        public static bool EndsWith<T>(this ReadOnlySpan<T> span, T value, IEqualityComparer<T> comparer = null) =>
            span.Length != 0 && (comparer ?? EqualityComparer<T>.Default).Equals(span[span.Length - 1], value);

        // ---- Replace

        public static void Replace<T>(this Span<T> span, T oldValue, T newValue) where T : IEquatable<T> => ReplaceCore(span, span, oldValue, newValue, null);
        public static void Replace<T>(this Span<T> span, T oldValue, T newValue, IEqualityComparer<T> comparer = null) => ReplaceCore(span, span, oldValue, newValue, comparer);
        public static void Replace<T>(this ReadOnlySpan<T> source, Span<T> destination, T oldValue, T newValue) where T : IEquatable<T> => ReplaceCore(source, destination, oldValue, newValue, null);
        public static void Replace<T>(this ReadOnlySpan<T> source, Span<T> destination, T oldValue, T newValue, IEqualityComparer<T> comparer = null) => ReplaceCore(source, destination, oldValue, newValue, comparer);

        // ---- Overlaps: whether two spans share memory, and where the second starts relative to the first

        public static bool Overlaps<T>(this Span<T> span, ReadOnlySpan<T> other) => Overlaps((ReadOnlySpan<T>)span, other, out _);
        public static bool Overlaps<T>(this Span<T> span, ReadOnlySpan<T> other, out int elementOffset) => Overlaps((ReadOnlySpan<T>)span, other, out elementOffset);
        public static bool Overlaps<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other) => Overlaps(span, other, out _);

        public static bool Overlaps<T>(this ReadOnlySpan<T> span, ReadOnlySpan<T> other, out int elementOffset)
        {
            if (span.IsEmpty || other.IsEmpty)
            {
                elementOffset = 0;
                return false;
            }
            long byteOffset = (long)System.Runtime.CompilerServices.Unsafe.ByteOffset(ref span._reference, ref other._reference);
            long size = System.Runtime.CompilerServices.Unsafe.SizeOf<T>();
            if (byteOffset < (long)span.Length * size && -byteOffset < (long)other.Length * size)
            {
                if (byteOffset % size != 0) throw new ArgumentException("The given span does not have an offset that is a multiple of the element size.");
                elementOffset = (int)(byteOffset / size);
                return true;
            }
            elementOffset = 0;
            return false;
        }
    }
}
