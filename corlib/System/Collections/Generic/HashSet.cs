namespace System.Collections.Generic
{
    // Same entry scheme as Dictionary: insertion order, freed slots reused last-freed-first.
    [Serializable]
    public class HashSet<T> : ISet<T>, IReadOnlySet<T>, ICollection<T>, IReadOnlyCollection<T>
    {
        private struct Entry
        {
            public uint HashCode;
            public int Next;
            public T Value;
        }

        private int[] _buckets;
        private Entry[] _entries;
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private readonly IEqualityComparer<T> _comparer;
        private const int StartOfFreeList = -3;

        public HashSet() : this((IEqualityComparer<T>)null) { }
        public HashSet(IEqualityComparer<T> comparer) { _comparer = comparer ?? EqualityComparer<T>.Default; }
        public HashSet(int capacity) : this(capacity, null) { }

        public HashSet(int capacity, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            if (capacity > 0) Initialize(capacity);
        }

        public HashSet(IEnumerable<T> collection) : this(collection, null) { }

        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            if (collection is HashSet<T> other && EqualComparers(other._comparer, _comparer))
            {
                ConstructFrom(other);
                return;
            }
            if (collection is ICollection<T> coll && coll.Count > 0) Initialize(coll.Count);
            UnionWith(collection);
            // Many duplicates left the table mostly empty: shrink it, as .NET does.
            if (_count > 0 && _entries.Length / _count > 3) TrimExcess();
        }

        private static bool EqualComparers(IEqualityComparer<T> a, IEqualityComparer<T> b) => a == b || (a != null && a.Equals(b));

        // A copy of a set with the same comparer keeps its free slots (so later additions land
        // where they would in the original) unless the original is much larger than needed.
        private void ConstructFrom(HashSet<T> source)
        {
            if (source.Count == 0) return;
            int capacity = source._buckets.Length;
            if (HashHelpers.ExpandPrime(source.Count + 1) >= capacity)
            {
                _buckets = (int[])source._buckets.Clone();
                _entries = (Entry[])source._entries.Clone();
                _freeList = source._freeList;
                _freeCount = source._freeCount;
                _count = source._count;
            }
            else
            {
                Initialize(source.Count);
                for (int i = 0; i < source._count; i++)
                    if (source._entries[i].Next >= -1) Add(source._entries[i].Value);
            }
        }

        public IEqualityComparer<T> Comparer => _comparer;
        public int Count => _count - _freeCount;
        public int Capacity => _entries == null ? 0 : _entries.Length;
        bool ICollection<T>.IsReadOnly => false;

        private int Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _buckets = new int[size];
            _entries = new Entry[size];
            _freeList = -1;
            return size;
        }

        private int FindItemIndex(T item)
        {
            if (_buckets == null) return -1;
            uint hashCode = item == null ? 0 : (uint)_comparer.GetHashCode(item);
            int i = _buckets[hashCode % (uint)_buckets.Length] - 1;
            while (i >= 0)
            {
                ref Entry e = ref _entries[i];
                if (e.HashCode == hashCode && _comparer.Equals(e.Value, item)) return i;
                i = e.Next;
            }
            return -1;
        }

        public bool Contains(T item) => FindItemIndex(item) >= 0;

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            int i = FindItemIndex(equalValue);
            if (i >= 0) { actualValue = _entries[i].Value; return true; }
            actualValue = default;
            return false;
        }

        void ICollection<T>.Add(T item) => Add(item);

        public bool Add(T value) => AddIfNotPresent(value, out _);

        // Adds value unless present; location is the index of its entry either way.
        private bool AddIfNotPresent(T value, out int location)
        {
            if (_buckets == null) Initialize(0);
            uint hashCode = value == null ? 0 : (uint)_comparer.GetHashCode(value);
            ref int bucket = ref _buckets[hashCode % (uint)_buckets.Length];
            int i = bucket - 1;
            while (i >= 0)
            {
                ref Entry e = ref _entries[i];
                if (e.HashCode == hashCode && _comparer.Equals(e.Value, value)) { location = i; return false; }
                i = e.Next;
            }
            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeCount--;
                _freeList = StartOfFreeList - _entries[_freeList].Next;
            }
            else
            {
                int count = _count;
                if (count == _entries.Length)
                {
                    Resize(HashHelpers.ExpandPrime(count));
                    bucket = ref _buckets[hashCode % (uint)_buckets.Length];
                }
                index = count;
                _count = count + 1;
            }
            ref Entry entry = ref _entries[index];
            entry.HashCode = hashCode;
            entry.Next = bucket - 1;
            entry.Value = value;
            bucket = index + 1;
            _version++;
            location = index;
            return true;
        }

        private void Resize(int newSize)
        {
            Entry[] entries = new Entry[newSize];
            int count = _count;
            Array.Copy(_entries, entries, count);
            _buckets = new int[newSize];
            for (int i = 0; i < count; i++)
            {
                if (entries[i].Next >= -1)
                {
                    ref int bucket = ref _buckets[entries[i].HashCode % (uint)newSize];
                    entries[i].Next = bucket - 1;
                    bucket = i + 1;
                }
            }
            _entries = entries;
        }

        public bool Remove(T item)
        {
            if (_buckets == null) return false;
            uint hashCode = item == null ? 0 : (uint)_comparer.GetHashCode(item);
            ref int bucket = ref _buckets[hashCode % (uint)_buckets.Length];
            int last = -1;
            int i = bucket - 1;
            while (i >= 0)
            {
                ref Entry entry = ref _entries[i];
                if (entry.HashCode == hashCode && _comparer.Equals(entry.Value, item))
                {
                    if (last < 0) bucket = entry.Next + 1;
                    else _entries[last].Next = entry.Next;
                    entry.Next = StartOfFreeList - _freeList;
                    entry.Value = default;
                    _freeList = i;
                    _freeCount++;
                    return true;
                }
                last = i;
                i = entry.Next;
            }
            return false;
        }

        public void Clear()
        {
            int count = _count;
            if (count > 0)
            {
                Array.Clear(_buckets);
                _count = 0;
                _freeList = -1;
                _freeCount = 0;
                Array.Clear(_entries, 0, count);
            }
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            int removed = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_entries[i].Next >= -1)
                {
                    T value = _entries[i].Value;
                    if (match(value) && Remove(value)) removed++;
                }
            }
            return removed;
        }

        public void CopyTo(T[] array) => CopyTo(array, 0, Count);
        public void CopyTo(T[] array, int arrayIndex) => CopyTo(array, arrayIndex, Count);

        public void CopyTo(T[] array, int arrayIndex, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0) ArgumentOutOfRangeException.ThrowIfNegative(arrayIndex);
            if (count < 0) ArgumentOutOfRangeException.ThrowIfNegative(count);
            if (arrayIndex > array.Length || count > array.Length - arrayIndex) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < _count && count > 0; i++)
            {
                if (_entries[i].Next >= -1)
                {
                    array[arrayIndex++] = _entries[i].Value;
                    count--;
                }
            }
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            int current = Capacity;
            if (current >= capacity) return current;
            if (_buckets == null) return Initialize(capacity);
            int newSize = HashHelpers.GetPrime(capacity);
            Resize(newSize);
            return newSize;
        }

        public void TrimExcess() => TrimExcess(Count);

        // Packs the live entries, in enumeration order, into the smallest prime-sized table that
        // holds capacity of them.
        public void TrimExcess(int capacity)
        {
            if (capacity < 1) throw new ArgumentOutOfRangeException("capacity", capacity, "capacity ('" + capacity + "') must be greater than or equal to '1'.");
            if (capacity < Count) throw new ArgumentOutOfRangeException("capacity");
            int newSize = HashHelpers.GetPrime(capacity);
            Entry[] old = _entries;
            if (newSize >= (old == null ? 0 : old.Length)) return;
            int oldCount = _count;
            _version++;
            Initialize(newSize);
            int n = 0;
            for (int i = 0; i < oldCount; i++)
            {
                if (old[i].Next < -1) continue;
                _entries[n] = old[i];
                ref int bucket = ref _buckets[old[i].HashCode % (uint)newSize];
                _entries[n].Next = bucket - 1;
                bucket = n + 1;
                n++;
            }
            _count = n;
            _freeCount = 0;
        }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other) Add(item);
        }

        // Removes, in entry order, the elements other does not contain (the order matters: it
        // decides which free slots later additions reuse).
        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (Count == 0 || (object)other == this) return;
            if (other is ICollection<T> c && c.Count == 0) { Clear(); return; }
            bool[] keep = new bool[_count];
            foreach (T item in other)
            {
                int i = FindItemIndex(item);
                if (i >= 0) keep[i] = true;
            }
            for (int i = 0; i < keep.Length; i++)
                if (!keep[i] && _entries[i].Next >= -1) Remove(_entries[i].Value);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (Count == 0) return;
            if ((object)other == this) { Clear(); return; }
            foreach (T item in other) Remove(item);
        }

        // As .NET: elements of other that are missing are added first (into free slots), then the
        // ones that were present from the start are removed in entry order.
        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (Count == 0) { UnionWith(other); return; }
            if ((object)other == this) { Clear(); return; }
            if (other is HashSet<T> set && EqualComparers(set._comparer, _comparer))
            {
                foreach (T item in set) if (!Remove(item)) Add(item);
                return;
            }
            int originalCount = _count;
            bool[] remove = new bool[originalCount];
            bool[] added = new bool[originalCount];
            foreach (T item in other)
            {
                if (AddIfNotPresent(item, out int location))
                {
                    if (location < originalCount) added[location] = true;
                }
                else if (location < originalCount && !added[location]) remove[location] = true;
            }
            for (int i = 0; i < originalCount; i++)
                if (remove[i]) Remove(_entries[i].Value);
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = new HashSet<T>(other, _comparer);
            foreach (T item in this) if (!o.Contains(item)) return false;
            return true;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = new HashSet<T>(other, _comparer);
            return o.Count > Count && IsSubsetOf(o);
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other) if (!Contains(item)) return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = new HashSet<T>(other, _comparer);
            return Count > o.Count && IsSupersetOf(o);
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (Count == 0) return false;
            foreach (T item in other) if (Contains(item)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            HashSet<T> o = new HashSet<T>(other, _comparer);
            return o.Count == Count && IsSupersetOf(o);
        }

        public static IEqualityComparer<HashSet<T>> CreateSetComparer() => new HashSetEqualityComparer();

        private sealed class HashSetEqualityComparer : IEqualityComparer<HashSet<T>>
        {
            public bool Equals(HashSet<T> x, HashSet<T> y)
            {
                if ((object)x == y) return true;
                if (x == null || y == null) return false;
                return x.SetEquals(y);
            }

            public int GetHashCode(HashSet<T> obj)
            {
                int h = 0;
                if (obj != null) foreach (T t in obj) h ^= t == null ? 0 : t.GetHashCode();
                return h;
            }
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly HashSet<T> _hashSet;
            private readonly int _version;
            private int _index;
            private T _current;

            internal Enumerator(HashSet<T> hashSet)
            {
                _hashSet = hashSet;
                _version = hashSet._version;
                _index = 0;
                _current = default;
            }

            public bool MoveNext()
            {
                if (_version != _hashSet._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while ((uint)_index < (uint)_hashSet._count)
                {
                    ref Entry entry = ref _hashSet._entries[_index++];
                    if (entry.Next >= -1)
                    {
                        _current = entry.Value;
                        return true;
                    }
                }
                _index = _hashSet._count + 1;
                _current = default;
                return false;
            }

            public T Current => _current;
            public void Dispose() { }

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _hashSet._count + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return _current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _hashSet._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = 0;
                _current = default;
            }
        }
    }
}
