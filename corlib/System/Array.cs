// System.Array. The runtime lays out arrays (Array has no fields); the primitive operations it
// must provide are the internal calls below. Everything else is C#.
using System.Collections;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    [Serializable]
    public abstract class Array : ICloneable, IList, IStructuralComparable, IStructuralEquatable
    {
        private protected Array() { }

        public static int MaxLength => 0x7FFFFFC7;

        // ---- internal calls

        // The total number of elements (all dimensions).
        public extern int Length
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        // The number of dimensions.
        public extern int Rank
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        // The length of the given dimension; IndexOutOfRangeException when dimension is not in [0, Rank).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int GetLength(int dimension);

        // The lower bound of the given dimension; IndexOutOfRangeException when dimension is not in [0, Rank).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern int GetLowerBound(int dimension);

        // The element at a flat (row-major, zero-based) index, boxed if a value type; index checked by the caller.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern object InternalGetValue(int flatIndex);

        // Stores value at a flat index (caller checked the index): null stores a zero/default value for
        // value types; otherwise the value must be assignable to the element type (unboxing for value
        // types, with the primitive widenings .NET allows), else InvalidCastException.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private extern void InternalSetValue(object value, int flatIndex);

        // Copies length elements (flat indices, already range-checked by the caller; overlapping ranges
        // behave like memmove). Same element type, or reference types needing a cast per element
        // (ArrayTypeMismatchException when the element types can never be compatible,
        // InvalidCastException for an element that is not), or boxing/unboxing and primitive widening
        // between value and reference/primitive element types as .NET's Array.Copy does.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void CopyCore(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length);

        // Sets length elements starting at a flat index to zero/null (range checked by the caller).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void ClearCore(Array array, int index, int length);

        // The size in bytes of one element on the target.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetElementSize(Array array);

        // ---- sizes

        public long LongLength => Length;
        public long GetLongLength(int dimension) => GetLength(dimension);
        public int GetUpperBound(int dimension) => GetLowerBound(dimension) + GetLength(dimension) - 1;
        public bool IsFixedSize => true;
        public bool IsReadOnly => false;
        public bool IsSynchronized => false;
        public object SyncRoot => this;
        int ICollection.Count => Length;

        public object Clone() => MemberwiseClone();

        public void Initialize() { }

        // ---- creation

        public static T[] Empty<T>() => EmptyArray<T>.Value;

        public static Array CreateInstance(Type elementType, int length)
        {
            if (elementType == null) throw new ArgumentNullException("elementType");
            if (length < 0) ArgumentOutOfRangeException.ThrowIfNegative(length);
            if (!(elementType.UnderlyingSystemType is RuntimeType rt)) throw new ArgumentException("Type must be a type provided by the runtime.", "elementType");
            return RuntimeType.CreateSZArray(rt.Handle, length);
        }

        public static Array CreateInstance(Type elementType, int length1, int length2) => CreateInstance(elementType, new int[] { length1, length2 });
        public static Array CreateInstance(Type elementType, int length1, int length2, int length3) => CreateInstance(elementType, new int[] { length1, length2, length3 });

        public static Array CreateInstance(Type elementType, params int[] lengths)
        {
            if (elementType == null) throw new ArgumentNullException("elementType");
            if (lengths == null) throw new ArgumentNullException("lengths");
            if (lengths.Length == 0) throw new ArgumentException("Must provide at least one rank.");
            for (int i = 0; i < lengths.Length; i++)
                if (lengths[i] < 0) throw new ArgumentOutOfRangeException("lengths[" + i.ToString() + "]", "Non-negative number required.");
            if (!(elementType.UnderlyingSystemType is RuntimeType rt)) throw new ArgumentException("Type must be a type provided by the runtime.", "elementType");
            if (lengths.Length == 1) return RuntimeType.CreateSZArray(rt.Handle, lengths[0]);
            return RuntimeType.CreateMDArray(rt.Handle, (int[])lengths.Clone());
        }

        public static Array CreateInstanceFromArrayType(Type arrayType, int length) => CreateInstance(arrayType.GetElementType(), length);

        // ---- element access

        private int FlatIndex(int index)
        {
            if (Rank != 1) throw new ArgumentException("Array was not a one-dimensional array.");
            int lb = GetLowerBound(0);
            if (index < lb || index - lb >= Length) throw new IndexOutOfRangeException();
            return index - lb;
        }

        private int FlatIndex(int[] indices)
        {
            if (indices == null) throw new ArgumentNullException("indices");
            if (indices.Length != Rank) throw new ArgumentException("Indices length does not match the array rank.");
            int flat = 0;
            for (int d = 0; d < indices.Length; d++)
            {
                int i = indices[d] - GetLowerBound(d);
                int len = GetLength(d);
                if ((uint)i >= (uint)len) throw new IndexOutOfRangeException();
                flat = flat * len + i;
            }
            return flat;
        }

        public object GetValue(int index) => InternalGetValue(FlatIndex(index));
        public object GetValue(int index1, int index2) => InternalGetValue(FlatIndex(new int[] { index1, index2 }));
        public object GetValue(int index1, int index2, int index3) => InternalGetValue(FlatIndex(new int[] { index1, index2, index3 }));
        public object GetValue(params int[] indices) => InternalGetValue(FlatIndex(indices));
        public object GetValue(long index) => GetValue(checked((int)index));
        public void SetValue(object value, int index) => InternalSetValue(value, FlatIndex(index));
        public void SetValue(object value, int index1, int index2) => InternalSetValue(value, FlatIndex(new int[] { index1, index2 }));
        public void SetValue(object value, int index1, int index2, int index3) => InternalSetValue(value, FlatIndex(new int[] { index1, index2, index3 }));
        public void SetValue(object value, params int[] indices) => InternalSetValue(value, FlatIndex(indices));
        public void SetValue(object value, long index) => SetValue(value, checked((int)index));

        internal object GetFlat(int i) => InternalGetValue(i);
        internal void SetFlat(object v, int i) => InternalSetValue(v, i);

        object IList.this[int index]
        {
            get => GetValue(index);
            set => SetValue(value, index);
        }

        int IList.Add(object value) => throw new NotSupportedException("Collection was of a fixed size.");
        bool IList.Contains(object value) => IndexOf(this, value) >= GetLowerBound(0);
        void IList.Clear() => Clear(this);
        int IList.IndexOf(object value) => IndexOf(this, value);
        void IList.Insert(int index, object value) => throw new NotSupportedException("Collection was of a fixed size.");
        void IList.Remove(object value) => throw new NotSupportedException("Collection was of a fixed size.");
        void IList.RemoveAt(int index) => throw new NotSupportedException("Collection was of a fixed size.");

        public IEnumerator GetEnumerator() => new ArrayEnumerator(this);

        public void CopyTo(Array array, int index)
        {
            if (array != null && array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.");
            Copy(this, GetLowerBound(0), array, index, Length);
        }

        public void CopyTo(Array array, long index) => CopyTo(array, checked((int)index));

        int IStructuralComparable.CompareTo(object other, IComparer comparer)
        {
            if (other == null) return 1;
            Array o = other as Array;
            if (o == null || Length != o.Length) throw new ArgumentException("Object is not a array with the same number of elements as the array to compare it to.", "other");
            for (int i = 0; i < Length; i++)
            {
                int c = comparer.Compare(GetFlat(i), o.GetFlat(i));
                if (c != 0) return c;
            }
            return 0;
        }

        bool IStructuralEquatable.Equals(object other, IEqualityComparer comparer)
        {
            if (other == null) return false;
            if ((object)this == other) return true;
            Array o = other as Array;
            if (o == null || o.Length != Length) return false;
            for (int i = 0; i < Length; i++)
                if (!comparer.Equals(GetFlat(i), o.GetFlat(i))) return false;
            return true;
        }

        int IStructuralEquatable.GetHashCode(IEqualityComparer comparer)
        {
            int h = 0;
            for (int i = Length >= 8 ? Length - 8 : 0; i < Length; i++) h = ((h << 5) + h) ^ comparer.GetHashCode(GetFlat(i));
            return h;
        }

        // ---- Copy / Clear

        public static void Copy(Array sourceArray, Array destinationArray, int length)
        {
            if (sourceArray == null) throw new ArgumentNullException("sourceArray");
            if (destinationArray == null) throw new ArgumentNullException("destinationArray");
            Copy(sourceArray, sourceArray.GetLowerBound(0), destinationArray, destinationArray.GetLowerBound(0), length);
        }

        public static void Copy(Array sourceArray, Array destinationArray, long length) => Copy(sourceArray, destinationArray, checked((int)length));

        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            if (sourceArray == null) throw new ArgumentNullException("sourceArray");
            if (destinationArray == null) throw new ArgumentNullException("destinationArray");
            if (sourceArray.Rank != destinationArray.Rank) throw new RankException("The specified arrays must have the same number of dimensions.");
            if (length < 0) ArgumentOutOfRangeException.ThrowIfNegative(length);
            int srcLb = sourceArray.GetLowerBound(0), dstLb = destinationArray.GetLowerBound(0);
            if (sourceIndex < srcLb) ArgumentOutOfRangeException.ThrowIfLessThan(sourceIndex, srcLb);
            if (destinationIndex < dstLb) ArgumentOutOfRangeException.ThrowIfLessThan(destinationIndex, dstLb);
            sourceIndex -= srcLb;
            destinationIndex -= dstLb;
            if ((uint)(sourceIndex + length) > (uint)sourceArray.Length) throw new ArgumentException("Source array was not long enough. Check the source index, length, and the array's lower bounds.", "sourceArray");
            if ((uint)(destinationIndex + length) > (uint)destinationArray.Length) throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", "destinationArray");
            if (length == 0) return;
            try
            {
                CopyCore(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
            }
            catch (InvalidCastException) when (!ElementTypesCompatible(sourceArray, destinationArray))
            {
                throw new ArrayTypeMismatchException("Source array type cannot be assigned to destination array type.");
            }
        }

        // Whether elements can ever go from one array to the other: a value type and a reference
        // type meet only through object, ValueType, Enum or an interface (boxing/unboxing).
        private static bool ElementTypesCompatible(Array source, Array destination)
        {
            Type s = source.GetType().GetElementType(), d = destination.GetType().GetElementType();
            if (s == d || s.IsValueType == d.IsValueType) return true;
            Type r = s.IsValueType ? d : s;
            return r == typeof(object) || r == typeof(ValueType) || r == typeof(Enum) || r.IsInterface;
        }

        public static void Copy(Array sourceArray, long sourceIndex, Array destinationArray, long destinationIndex, long length) =>
            Copy(sourceArray, checked((int)sourceIndex), destinationArray, checked((int)destinationIndex), checked((int)length));

        public static void ConstrainedCopy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length) =>
            Copy(sourceArray, sourceIndex, destinationArray, destinationIndex, length);

        public static void Clear(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            ClearCore(array, 0, array.Length);
        }

        public static void Clear(Array array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            int offset = index - lb;
            if (index < lb || offset < 0 || length < 0 || (uint)(offset + length) > (uint)array.Length)
                throw new IndexOutOfRangeException();
            ClearCore(array, offset, length);
        }

        // ---- non-generic searching and ordering

        public static int IndexOf(Array array, object value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf(array, value, array.GetLowerBound(0), array.Length);
        }

        public static int IndexOf(Array array, object value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            return IndexOf(array, value, startIndex, array.Length - startIndex + lb);
        }

        public static int IndexOf(Array array, object value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Rank != 1) throw new RankException("Only single dimensional arrays are supported for the requested action.");
            int lb = array.GetLowerBound(0);
            if (startIndex < lb || startIndex > array.Length + lb) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || count > array.Length - startIndex + lb) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex - lb; i < startIndex - lb + count; i++)
            {
                object o = array.GetFlat(i);
                if (o == null ? value == null : o.Equals(value)) return i + lb;
            }
            return lb - 1;
        }

        public static int LastIndexOf(Array array, object value)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            return LastIndexOf(array, value, array.Length - 1 + lb, array.Length);
        }

        public static int LastIndexOf(Array array, object value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            return LastIndexOf(array, value, startIndex, startIndex + 1 - lb);
        }

        public static int LastIndexOf(Array array, object value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            if (array.Length == 0) return lb - 1;
            if (startIndex < lb || startIndex >= array.Length + lb) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count > startIndex - lb + 1) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex - lb; i > startIndex - lb - count; i--)
            {
                object o = array.GetFlat(i);
                if (o == null ? value == null : o.Equals(value)) return i + lb;
            }
            return lb - 1;
        }

        public static void Reverse(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Reverse(array, array.GetLowerBound(0), array.Length);
        }

        public static void Reverse(Array array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            if (index < lb || length < 0) throw new ArgumentOutOfRangeException(index < lb ? "index" : "length", "Non-negative number required.");
            if (array.Length - (index - lb) < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (array.Rank != 1) throw new RankException("Only single dimensional arrays are supported for the requested action.");
            int i = index - lb, j = index - lb + length - 1;
            while (i < j)
            {
                object t = array.GetFlat(i);
                array.SetFlat(array.GetFlat(j), i);
                array.SetFlat(t, j);
                i++; j--;
            }
        }

        public static void Sort(Array array) => Sort(array, null, array == null ? 0 : array.GetLowerBound(0), array == null ? 0 : array.Length, null);
        public static void Sort(Array array, IComparer comparer) => Sort(array, null, array == null ? 0 : array.GetLowerBound(0), array == null ? 0 : array.Length, comparer);
        public static void Sort(Array array, int index, int length) => Sort(array, null, index, length, null);
        public static void Sort(Array array, int index, int length, IComparer comparer) => Sort(array, null, index, length, comparer);
        public static void Sort(Array keys, Array items) => Sort(keys, items, keys == null ? 0 : keys.GetLowerBound(0), keys == null ? 0 : keys.Length, null);
        public static void Sort(Array keys, Array items, IComparer comparer) => Sort(keys, items, keys == null ? 0 : keys.GetLowerBound(0), keys == null ? 0 : keys.Length, comparer);
        public static void Sort(Array keys, Array items, int index, int length) => Sort(keys, items, index, length, null);

        public static void Sort(Array keys, Array items, int index, int length, IComparer comparer)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            if (keys.Rank != 1 || (items != null && items.Rank != 1)) throw new RankException("Only single dimensional arrays are supported for the requested action.");
            int lb = keys.GetLowerBound(0);
            if (index < lb || length < 0) throw new ArgumentOutOfRangeException(length < 0 ? "length" : "index", "Non-negative number required.");
            if (keys.Length - (index - lb) < length || (items != null && (index - lb) > items.Length - length))
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (length <= 1) return;
            int start = index - lb;
            object[] k = new object[length];
            for (int i = 0; i < length; i++) k[i] = keys.GetFlat(start + i);
            object[] v = null;
            if (items != null)
            {
                v = new object[length];
                for (int i = 0; i < length; i++) v[i] = items.GetFlat(start + i);
            }
            IComparer c = comparer ?? Comparer.Default;
            Comparison<object> cmp = (a, b) => c.Compare(a, b);
            ArraySortHelper<object>.Sort(k, v, 0, length, cmp);
            for (int i = 0; i < length; i++) keys.SetFlat(k[i], start + i);
            if (items != null) for (int i = 0; i < length; i++) items.SetFlat(v[i], start + i);
        }

        public static int BinarySearch(Array array, object value) => BinarySearch(array, array == null ? 0 : array.GetLowerBound(0), array == null ? 0 : array.Length, value, null);
        public static int BinarySearch(Array array, object value, IComparer comparer) => BinarySearch(array, array == null ? 0 : array.GetLowerBound(0), array == null ? 0 : array.Length, value, comparer);
        public static int BinarySearch(Array array, int index, int length, object value) => BinarySearch(array, index, length, value, null);

        public static int BinarySearch(Array array, int index, int length, object value, IComparer comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            int lb = array.GetLowerBound(0);
            if (index < lb || length < 0) throw new ArgumentOutOfRangeException(index < lb ? "index" : "length", "Non-negative number required.");
            if (array.Length - (index - lb) < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            comparer ??= Comparer.Default;
            int lo = index, hi = index + length - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c;
                try { c = comparer.Compare(array.GetFlat(mid - lb), value); }
                catch (Exception e) { throw new InvalidOperationException("Failed to compare two elements in the array.", e); }
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        // ---- generic helpers

        public static ReadOnlyCollection<T> AsReadOnly<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            return new ReadOnlyCollection<T>(array);
        }

        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0) throw new ArgumentOutOfRangeException("newSize", "Non-negative number required.");
            T[] old = array;
            if (old == null) { array = new T[newSize]; return; }
            if (old.Length == newSize) return;
            T[] n = new T[newSize];
            Copy(old, n, old.Length > newSize ? newSize : old.Length);
            array = n;
        }

        public static void Fill<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0; i < array.Length; i++) array[i] = value;
        }

        public static void Fill<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if ((uint)count > (uint)(array.Length - startIndex)) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++) array[i] = value;
        }

        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf(array, value, 0, array.Length);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            return IndexOf(array, value, startIndex, array.Length - startIndex);
        }

        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if ((uint)count > (uint)(array.Length - startIndex)) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = startIndex; i < startIndex + count; i++) if (c.Equals(array[i], value)) return i;
            return -1;
        }

        public static int LastIndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException("array");
            return LastIndexOf(array, value, array.Length - 1, array.Length);
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            return LastIndexOf(array, value, startIndex, array.Length == 0 ? 0 : startIndex + 1);
        }

        public static int LastIndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Length == 0)
            {
                if (startIndex != -1 && startIndex != 0) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
                if (count != 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
                return -1;
            }
            if ((uint)startIndex >= (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = startIndex; i > startIndex - count; i--) if (c.Equals(array[i], value)) return i;
            return -1;
        }

        public static void Reverse<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Reverse(array, 0, array.Length);
        }

        public static void Reverse<T>(T[] array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            int i = index, j = index + length - 1;
            while (i < j)
            {
                T t = array[i];
                array[i] = array[j];
                array[j] = t;
                i++; j--;
            }
        }

        public static bool Exists<T>(T[] array, Predicate<T> match) => FindIndex(array, match) != -1;

        public static T Find<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++) if (match(array[i])) return array[i];
            return default;
        }

        public static T[] FindAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            List<T> r = new List<T>();
            for (int i = 0; i < array.Length; i++) if (match(array[i])) r.Add(array[i]);
            return r.ToArray();
        }

        public static int FindIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            return FindIndex(array, 0, array.Length, match);
        }

        public static int FindIndex<T>(T[] array, int startIndex, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            return FindIndex(array, startIndex, array.Length - startIndex, match);
        }

        public static int FindIndex<T>(T[] array, int startIndex, int count, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || startIndex > array.Length - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = startIndex; i < startIndex + count; i++) if (match(array[i])) return i;
            return -1;
        }

        public static T FindLast<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = array.Length - 1; i >= 0; i--) if (match(array[i])) return array[i];
            return default;
        }

        public static int FindLastIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            return FindLastIndex(array, array.Length - 1, array.Length, match);
        }

        public static int FindLastIndex<T>(T[] array, int startIndex, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            return FindLastIndex(array, startIndex, startIndex + 1, match);
        }

        public static int FindLastIndex<T>(T[] array, int startIndex, int count, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            if (array.Length == 0)
            {
                if (startIndex != -1) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            else if ((uint)startIndex >= (uint)array.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i > startIndex - count; i--) if (match(array[i])) return i;
            return -1;
        }

        public static bool TrueForAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < array.Length; i++) if (!match(array[i])) return false;
            return true;
        }

        public static void ForEach<T>(T[] array, Action<T> action)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (action == null) throw new ArgumentNullException("action");
            for (int i = 0; i < array.Length; i++) action(array[i]);
        }

        public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (converter == null) throw new ArgumentNullException("converter");
            TOutput[] r = new TOutput[array.Length];
            for (int i = 0; i < array.Length; i++) r[i] = converter(array[i]);
            return r;
        }

        public static int BinarySearch<T>(T[] array, T value) => BinarySearch(array, 0, array == null ? 0 : array.Length, value, null);
        public static int BinarySearch<T>(T[] array, T value, IComparer<T> comparer) => BinarySearch(array, 0, array == null ? 0 : array.Length, value, comparer);
        public static int BinarySearch<T>(T[] array, int index, int length, T value) => BinarySearch(array, index, length, value, null);

        public static int BinarySearch<T>(T[] array, int index, int length, T value, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            return ArraySortHelper<T>.BinarySearch(array, index, length, value, comparer ?? Comparer<T>.Default);
        }

        public static void Sort<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Sort(array, 0, array.Length, null);
        }

        public static void Sort<T>(T[] array, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            Sort(array, 0, array.Length, comparer);
        }

        public static void Sort<T>(T[] array, int index, int length) => Sort(array, index, length, null);

        public static void Sort<T>(T[] array, int index, int length, IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(length < 0 ? "length" : "index", "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (length <= 1) return;
            IComparer<T> c = comparer ?? Comparer<T>.Default;
            ArraySortHelper<T>.Sort(array, null, index, length, c.Compare);
        }

        public static void Sort<T>(T[] array, Comparison<T> comparison)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (comparison == null) throw new ArgumentNullException("comparison");
            if (array.Length <= 1) return;
            ArraySortHelper<T>.Sort(array, null, 0, array.Length, comparison);
        }

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items) => Sort(keys, items, 0, keys == null ? 0 : keys.Length, null);
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, IComparer<TKey> comparer) => Sort(keys, items, 0, keys == null ? 0 : keys.Length, comparer);
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length) => Sort(keys, items, index, length, null);

        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, int index, int length, IComparer<TKey> comparer)
        {
            if (keys == null) throw new ArgumentNullException("keys");
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(length < 0 ? "length" : "index", "Non-negative number required.");
            if (keys.Length - index < length || (items != null && index > items.Length - length))
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (length <= 1) return;
            IComparer<TKey> c = comparer ?? Comparer<TKey>.Default;
            if (items == null)
            {
                ArraySortHelper<TKey>.Sort(keys, null, index, length, c.Compare);
                return;
            }
            ArraySortHelper<TKey, TValue>.Sort(keys, items, index, length, c.Compare);
        }

    }

    internal static class EmptyArray<T>
    {
        internal static readonly T[] Value = new T[0];
    }

    // The non-generic enumerator over any array (row-major for multi-dimensional arrays).
    internal sealed class ArrayEnumerator : IEnumerator, ICloneable
    {
        private readonly Array _array;
        private int _index;

        internal ArrayEnumerator(Array array) { _array = array; _index = -1; }

        public object Clone() => MemberwiseClone();

        public bool MoveNext()
        {
            if (_index < _array.Length - 1) { _index++; return true; }
            _index = _array.Length;
            return false;
        }

        public object Current
        {
            get
            {
                if (_index < 0) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                if (_index >= _array.Length) throw new InvalidOperationException("Enumeration already finished.");
                return _array.GetFlat(_index);
            }
        }

        public void Reset() { _index = -1; }
    }

    // T[]'s implementation of IList<T>, ICollection<T>, IEnumerable<T>, IReadOnlyList<T> and
    // IReadOnlyCollection<T>: the runtime dispatches those interface methods on an array to these
    // instance methods, with 'this' being the array itself.
    internal sealed class SZArrayHelper<T>
    {
        private SZArrayHelper() { }

        private T[] Self => Unsafe.As<T[]>(this);

        internal IEnumerator<T> GetEnumerator()
        {
            T[] a = Self;
            return a.Length == 0 ? SZGenericArrayEnumerator<T>.Empty : new SZGenericArrayEnumerator<T>(a);
        }

        internal void CopyTo(T[] array, int index) => Array.Copy(Self, 0, array, index, Self.Length);

        internal int get_Count() => Self.Length;

        internal T get_Item(int index)
        {
            T[] a = Self;
            if ((uint)index >= (uint)a.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return a[index];
        }

        internal void set_Item(int index, T value)
        {
            T[] a = Self;
            if ((uint)index >= (uint)a.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            a[index] = value;
        }

        internal void Add(T value) => throw new NotSupportedException("Collection was of a fixed size.");
        internal bool Contains(T value) => Array.IndexOf(Self, value, 0, Self.Length) >= 0;
        internal bool get_IsReadOnly() => true;
        internal void Clear() => throw new NotSupportedException("Collection is read-only.");
        internal int IndexOf(T value) => Array.IndexOf(Self, value, 0, Self.Length);
        internal void Insert(int index, T value) => throw new NotSupportedException("Collection was of a fixed size.");
        internal bool Remove(T value) => throw new NotSupportedException("Collection was of a fixed size.");
        internal void RemoveAt(int index) => throw new NotSupportedException("Collection was of a fixed size.");
    }

    internal sealed class SZGenericArrayEnumerator<T> : IEnumerator<T>
    {
        internal static readonly SZGenericArrayEnumerator<T> Empty = new SZGenericArrayEnumerator<T>(new T[0]);

        private readonly T[] _array;
        private int _index;

        internal SZGenericArrayEnumerator(T[] array) { _array = array; _index = -1; }

        public bool MoveNext()
        {
            int i = _index + 1;
            if (i < _array.Length) { _index = i; return true; }
            _index = _array.Length;
            return false;
        }

        public T Current
        {
            get
            {
                if ((uint)_index >= (uint)_array.Length)
                    throw new InvalidOperationException(_index < 0 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
                return _array[_index];
            }
        }

        object IEnumerator.Current => Current;
        void IEnumerator.Reset() { _index = -1; }
        public void Dispose() { }
    }
}
