using System.Collections.Generic;

namespace System
{
    // Reversing, sorting and binary search over spans. Sorting copies the span into an array and
    // runs Array.Sort's introsort on it, so equal elements end up where .NET puts them.
    public static partial class MemoryExtensions
    {
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

        public static void Sort<T>(this Span<T> span) => SortCore(span, Comparer<T>.Default.Compare);

        public static void Sort<T, TComparer>(this Span<T> span, TComparer comparer) where TComparer : IComparer<T> =>
            SortCore(span, comparer == null ? Comparer<T>.Default.Compare : (Comparison<T>)comparer.Compare);

        public static void Sort<T>(this Span<T> span, Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            SortCore(span, comparison);
        }

        private static void SortCore<T>(Span<T> span, Comparison<T> comparison)
        {
            if (span.Length <= 1) return;
            T[] a = span.ToArray();
            System.Collections.Generic.ArraySortHelper<T>.Sort(a, null, 0, a.Length, comparison);
            new ReadOnlySpan<T>(a).CopyTo(span);
        }

        public static void Sort<TKey, TValue>(this Span<TKey> keys, Span<TValue> items) => SortCore(keys, items, Comparer<TKey>.Default.Compare);

        public static void Sort<TKey, TValue, TComparer>(this Span<TKey> keys, Span<TValue> items, TComparer comparer) where TComparer : IComparer<TKey> =>
            SortCore(keys, items, comparer == null ? Comparer<TKey>.Default.Compare : (Comparison<TKey>)comparer.Compare);

        public static void Sort<TKey, TValue>(this Span<TKey> keys, Span<TValue> items, Comparison<TKey> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            SortCore(keys, items, comparison);
        }

        private static void SortCore<TKey, TValue>(Span<TKey> keys, Span<TValue> items, Comparison<TKey> comparison)
        {
            if (keys.Length != items.Length) throw new ArgumentException("Length of items must be same as length of keys.");
            if (keys.Length <= 1) return;
            TKey[] k = keys.ToArray();
            TValue[] v = items.ToArray();
            System.Collections.Generic.ArraySortHelper<TKey, TValue>.Sort(k, v, 0, k.Length, comparison);
            new ReadOnlySpan<TKey>(k).CopyTo(keys);
            new ReadOnlySpan<TValue>(v).CopyTo(items);
        }

        public static int BinarySearch<T>(this Span<T> span, IComparable<T> comparable) => BinarySearch((ReadOnlySpan<T>)span, comparable);
        public static int BinarySearch<T, TComparable>(this Span<T> span, TComparable comparable) where TComparable : IComparable<T> => BinarySearch((ReadOnlySpan<T>)span, comparable);
        public static int BinarySearch<T, TComparer>(this Span<T> span, T value, TComparer comparer) where TComparer : IComparer<T> => BinarySearch((ReadOnlySpan<T>)span, value, comparer);

        public static int BinarySearch<T>(this ReadOnlySpan<T> span, IComparable<T> comparable) => BinarySearch<T, IComparable<T>>(span, comparable);

        public static int BinarySearch<T, TComparable>(this ReadOnlySpan<T> span, TComparable comparable) where TComparable : IComparable<T>
        {
            if (comparable == null) throw new ArgumentNullException("comparable");
            int lo = 0, hi = span.Length - 1;
            while (lo <= hi)
            {
                int i = (int)(((uint)hi + (uint)lo) >> 1);
                int c = comparable.CompareTo(span[i]);
                if (c == 0) return i;
                if (c > 0) lo = i + 1; else hi = i - 1;
            }
            return ~lo;
        }

        public static int BinarySearch<T, TComparer>(this ReadOnlySpan<T> span, T value, TComparer comparer) where TComparer : IComparer<T>
        {
            if (comparer == null) throw new ArgumentNullException("comparer");
            int lo = 0, hi = span.Length - 1;
            while (lo <= hi)
            {
                int i = (int)(((uint)hi + (uint)lo) >> 1);
                int c = comparer.Compare(value, span[i]);
                if (c == 0) return i;
                if (c > 0) lo = i + 1; else hi = i - 1;
            }
            return ~lo;
        }
    }
}
