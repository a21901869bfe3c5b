namespace System.Collections.Generic
{
    // Comparer<T>.Default: IComparable<T>, then IComparable; null sorts first.
    [Serializable]
    public abstract class Comparer<T> : IComparer, IComparer<T>
    {
        private static Comparer<T> s_default;

        public static Comparer<T> Default => s_default ??= new ObjectComparer<T>();

        public static Comparer<T> Create(Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            return new ComparisonComparer<T>(comparison);
        }

        protected Comparer() { }

        public abstract int Compare(T x, T y);

        int IComparer.Compare(object x, object y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            if (x is T tx && y is T ty) return Compare(tx, ty);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }

    [Serializable]
    internal sealed class ObjectComparer<T> : Comparer<T>
    {
        public override int Compare(T x, T y)
        {
            if (x != null)
            {
                if (y == null) return 1;
                if (x is IComparable<T> g) return g.CompareTo(y);
                if (x is IComparable c) return c.CompareTo(y);
                throw new ArgumentException("At least one object must implement IComparable.");
            }
            return y == null ? 0 : -1;
        }

        public override bool Equals(object obj) => obj is ObjectComparer<T>;
        public override int GetHashCode() => GetType().GetHashCode();
    }

    [Serializable]
    internal sealed class ComparisonComparer<T> : Comparer<T>
    {
        private readonly Comparison<T> _comparison;
        internal ComparisonComparer(Comparison<T> comparison) { _comparison = comparison; }
        public override int Compare(T x, T y) => _comparison(x, y);
    }

    // EqualityComparer<T>.Default: IEquatable<T>, then Object.Equals; null equals only null.
    [Serializable]
    public abstract class EqualityComparer<T> : IEqualityComparer, IEqualityComparer<T>
    {
        private static EqualityComparer<T> s_default;

        public static EqualityComparer<T> Default => s_default ??= CreateDefault();

        private static EqualityComparer<T> CreateDefault()
        {
            if (typeof(T) == typeof(string)) return (EqualityComparer<T>)(object)new StringEqualityComparer();
            return new ObjectEqualityComparer<T>();
        }

        public static EqualityComparer<T> Create(Func<T, T, bool> equals, Func<T, int> getHashCode = null)
        {
            if (equals == null) throw new ArgumentNullException("equals");
            return new DelegateEqualityComparer<T>(equals, getHashCode);
        }

        protected EqualityComparer() { }

        public abstract bool Equals(T x, T y);
        public abstract int GetHashCode(T obj);

        int IEqualityComparer.GetHashCode(object obj)
        {
            if (obj == null) return 0;
            if (obj is T t) return GetHashCode(t);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }

        bool IEqualityComparer.Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is T tx && y is T ty) return Equals(tx, ty);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
    }

    [Serializable]
    internal sealed class ObjectEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x != null)
            {
                if (y == null) return false;
                if (x is IEquatable<T> e) return e.Equals(y);
                return x.Equals(y);
            }
            return y == null;
        }

        public override int GetHashCode(T obj) => obj == null ? 0 : obj.GetHashCode();
        public override bool Equals(object obj) => obj is ObjectEqualityComparer<T>;
        public override int GetHashCode() => GetType().GetHashCode();
    }

    [Serializable]
    internal sealed class StringEqualityComparer : EqualityComparer<string>
    {
        public override bool Equals(string x, string y) => string.Equals(x, y);
        public override int GetHashCode(string obj) => obj == null ? 0 : obj.GetHashCode();
        public override bool Equals(object obj) => obj is StringEqualityComparer;
        public override int GetHashCode() => GetType().GetHashCode();
    }

    internal sealed class DelegateEqualityComparer<T> : EqualityComparer<T>
    {
        private readonly Func<T, T, bool> _equals;
        private readonly Func<T, int> _getHashCode;

        internal DelegateEqualityComparer(Func<T, T, bool> equals, Func<T, int> getHashCode)
        {
            _equals = equals;
            _getHashCode = getHashCode;
        }

        public override bool Equals(T x, T y) => _equals(x, y);

        public override int GetHashCode(T obj)
        {
            if (_getHashCode == null) throw new NotSupportedException();
            return _getHashCode(obj);
        }
    }

    public sealed class ReferenceEqualityComparer : IEqualityComparer<object>, IEqualityComparer
    {
        private ReferenceEqualityComparer() { }
        public static ReferenceEqualityComparer Instance { get; } = new ReferenceEqualityComparer();
        public new bool Equals(object x, object y) => ReferenceEquals(x, y);
        public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    // Introspective sort (quicksort with median-of-three pivots, heapsort past a depth limit,
    // insertion sort for partitions of up to 16 elements): unstable, like .NET's Array.Sort, and
    // making the same choices so that equal elements end up in the same order.
    internal static class ArraySortHelper<T>
    {
        internal const int IntrosortSizeThreshold = 16;

        internal static void Sort(T[] keys, object unused, int index, int length, Comparison<T> comparer)
        {
            try
            {
                IntrospectiveSort(keys, index, length, comparer);
            }
            catch (IndexOutOfRangeException)
            {
                throw new ArgumentException("Unable to sort because the IComparer.Compare() method returns inconsistent results. Either a value does not compare equal to itself, or one value repeatedly compared to another value yields different results. IComparer: '" + comparer.ToString() + "'.");
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
        }

        internal static void Sort(T[] keys, object[] items, int index, int length, Comparison<T> comparer)
        {
            if (items == null) { Sort(keys, (object)null, index, length, comparer); return; }
            ArraySortHelper<T, object>.Sort(keys, items, index, length, comparer);
        }

        internal static int BinarySearch(T[] array, int index, int length, T value, IComparer<T> comparer)
        {
            try
            {
                int lo = index, hi = index + length - 1;
                while (lo <= hi)
                {
                    int i = lo + ((hi - lo) >> 1);
                    int order = comparer.Compare(array[i], value);
                    if (order == 0) return i;
                    if (order < 0) lo = i + 1; else hi = i - 1;
                }
                return ~lo;
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
        }

        private static void SwapIfGreater(T[] keys, Comparison<T> comparer, int i, int j)
        {
            if (comparer(keys[i], keys[j]) > 0)
            {
                T t = keys[i];
                keys[i] = keys[j];
                keys[j] = t;
            }
        }

        private static void Swap(T[] a, int i, int j)
        {
            T t = a[i];
            a[i] = a[j];
            a[j] = t;
        }

        internal static void IntrospectiveSort(T[] keys, int left, int length, Comparison<T> comparer)
        {
            if (length < 2) return;
            IntroSort(keys, left, left + length - 1, 2 * (Log2((uint)length) + 1), comparer);
        }

        internal static int Log2(uint v)
        {
            int r = 0;
            while ((v >>= 1) != 0) r++;
            return r;
        }

        private static void IntroSort(T[] keys, int lo, int hi, int depthLimit, Comparison<T> comparer)
        {
            while (hi > lo)
            {
                int partitionSize = hi - lo + 1;
                if (partitionSize <= IntrosortSizeThreshold)
                {
                    if (partitionSize == 2)
                    {
                        SwapIfGreater(keys, comparer, lo, hi);
                        return;
                    }
                    if (partitionSize == 3)
                    {
                        SwapIfGreater(keys, comparer, lo, hi - 1);
                        SwapIfGreater(keys, comparer, lo, hi);
                        SwapIfGreater(keys, comparer, hi - 1, hi);
                        return;
                    }
                    InsertionSort(keys, lo, hi, comparer);
                    return;
                }
                if (depthLimit == 0)
                {
                    HeapSort(keys, lo, hi, comparer);
                    return;
                }
                depthLimit--;
                int p = PickPivotAndPartition(keys, lo, hi, comparer);
                IntroSort(keys, p + 1, hi, depthLimit, comparer);
                hi = p - 1;
            }
        }

        private static int PickPivotAndPartition(T[] keys, int lo, int hi, Comparison<T> comparer)
        {
            int middle = lo + ((hi - lo) >> 1);
            SwapIfGreater(keys, comparer, lo, middle);
            SwapIfGreater(keys, comparer, lo, hi);
            SwapIfGreater(keys, comparer, middle, hi);
            T pivot = keys[middle];
            Swap(keys, middle, hi - 1);
            int left = lo, right = hi - 1;
            while (left < right)
            {
                while (comparer(keys[++left], pivot) < 0) { }
                while (comparer(pivot, keys[--right]) < 0) { }
                if (left >= right) break;
                Swap(keys, left, right);
            }
            if (left != hi - 1) Swap(keys, left, hi - 1);
            return left;
        }

        private static void HeapSort(T[] keys, int lo, int hi, Comparison<T> comparer)
        {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--) DownHeap(keys, i, n, lo, comparer);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, lo, lo + i - 1);
                DownHeap(keys, 1, i - 1, lo, comparer);
            }
        }

        private static void DownHeap(T[] keys, int i, int n, int lo, Comparison<T> comparer)
        {
            T d = keys[lo + i - 1];
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && comparer(keys[lo + child - 1], keys[lo + child]) < 0) child++;
                if (!(comparer(d, keys[lo + child - 1]) < 0)) break;
                keys[lo + i - 1] = keys[lo + child - 1];
                i = child;
            }
            keys[lo + i - 1] = d;
        }

        private static void InsertionSort(T[] keys, int lo, int hi, Comparison<T> comparer)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                T t = keys[i + 1];
                while (j >= lo && comparer(t, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    j--;
                }
                keys[j + 1] = t;
            }
        }
    }

    // The same algorithm, moving an items array along with the keys.
    internal static class ArraySortHelper<TKey, TValue>
    {
        internal static void Sort(TKey[] keys, TValue[] values, int index, int length, Comparison<TKey> comparer)
        {
            try
            {
                if (length < 2) return;
                IntroSort(keys, values, index, index + length - 1, 2 * (ArraySortHelper<TKey>.Log2((uint)length) + 1), comparer);
            }
            catch (IndexOutOfRangeException)
            {
                throw new ArgumentException("Unable to sort because the IComparer.Compare() method returns inconsistent results. Either a value does not compare equal to itself, or one value repeatedly compared to another value yields different results. IComparer: '" + comparer.ToString() + "'.");
            }
            catch (Exception e)
            {
                throw new InvalidOperationException("Failed to compare two elements in the array.", e);
            }
        }

        private static void SwapIfGreater(TKey[] keys, TValue[] values, Comparison<TKey> comparer, int i, int j)
        {
            if (comparer(keys[i], keys[j]) > 0) Swap(keys, values, i, j);
        }

        private static void Swap(TKey[] keys, TValue[] values, int i, int j)
        {
            TKey k = keys[i];
            keys[i] = keys[j];
            keys[j] = k;
            TValue v = values[i];
            values[i] = values[j];
            values[j] = v;
        }

        private static void IntroSort(TKey[] keys, TValue[] values, int lo, int hi, int depthLimit, Comparison<TKey> comparer)
        {
            while (hi > lo)
            {
                int partitionSize = hi - lo + 1;
                if (partitionSize <= ArraySortHelper<TKey>.IntrosortSizeThreshold)
                {
                    if (partitionSize == 2)
                    {
                        SwapIfGreater(keys, values, comparer, lo, hi);
                        return;
                    }
                    if (partitionSize == 3)
                    {
                        SwapIfGreater(keys, values, comparer, lo, hi - 1);
                        SwapIfGreater(keys, values, comparer, lo, hi);
                        SwapIfGreater(keys, values, comparer, hi - 1, hi);
                        return;
                    }
                    InsertionSort(keys, values, lo, hi, comparer);
                    return;
                }
                if (depthLimit == 0)
                {
                    HeapSort(keys, values, lo, hi, comparer);
                    return;
                }
                depthLimit--;
                int p = PickPivotAndPartition(keys, values, lo, hi, comparer);
                IntroSort(keys, values, p + 1, hi, depthLimit, comparer);
                hi = p - 1;
            }
        }

        private static int PickPivotAndPartition(TKey[] keys, TValue[] values, int lo, int hi, Comparison<TKey> comparer)
        {
            int middle = lo + ((hi - lo) >> 1);
            SwapIfGreater(keys, values, comparer, lo, middle);
            SwapIfGreater(keys, values, comparer, lo, hi);
            SwapIfGreater(keys, values, comparer, middle, hi);
            TKey pivot = keys[middle];
            Swap(keys, values, middle, hi - 1);
            int left = lo, right = hi - 1;
            while (left < right)
            {
                while (comparer(keys[++left], pivot) < 0) { }
                while (comparer(pivot, keys[--right]) < 0) { }
                if (left >= right) break;
                Swap(keys, values, left, right);
            }
            if (left != hi - 1) Swap(keys, values, left, hi - 1);
            return left;
        }

        private static void HeapSort(TKey[] keys, TValue[] values, int lo, int hi, Comparison<TKey> comparer)
        {
            int n = hi - lo + 1;
            for (int i = n >> 1; i >= 1; i--) DownHeap(keys, values, i, n, lo, comparer);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, values, lo, lo + i - 1);
                DownHeap(keys, values, 1, i - 1, lo, comparer);
            }
        }

        private static void DownHeap(TKey[] keys, TValue[] values, int i, int n, int lo, Comparison<TKey> comparer)
        {
            TKey d = keys[lo + i - 1];
            TValue dv = values[lo + i - 1];
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && comparer(keys[lo + child - 1], keys[lo + child]) < 0) child++;
                if (!(comparer(d, keys[lo + child - 1]) < 0)) break;
                keys[lo + i - 1] = keys[lo + child - 1];
                values[lo + i - 1] = values[lo + child - 1];
                i = child;
            }
            keys[lo + i - 1] = d;
            values[lo + i - 1] = dv;
        }

        private static void InsertionSort(TKey[] keys, TValue[] values, int lo, int hi, Comparison<TKey> comparer)
        {
            for (int i = lo; i < hi; i++)
            {
                int j = i;
                TKey t = keys[i + 1];
                TValue tv = values[i + 1];
                while (j >= lo && comparer(t, keys[j]) < 0)
                {
                    keys[j + 1] = keys[j];
                    values[j + 1] = values[j];
                    j--;
                }
                keys[j + 1] = t;
                values[j + 1] = tv;
            }
        }
    }
}
