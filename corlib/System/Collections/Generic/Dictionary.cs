namespace System.Collections.Generic
{
    internal static class HashHelpers
    {
        private static readonly int[] s_primes =
        {
            3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631, 761, 919,
            1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103, 12143, 14591,
            17519, 21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631, 130363, 156437,
            187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403, 968897, 1162687, 1395263,
            1674319, 2009191, 2411033, 2893249, 3471899, 4166287, 4999559, 5999471, 7199369,
        };

        internal static bool IsPrime(int candidate)
        {
            if ((candidate & 1) == 0) return candidate == 2;
            for (int d = 3; d * d <= candidate; d += 2) if (candidate % d == 0) return false;
            return true;
        }

        // The smallest prime in the table (or found by search) that is at least min.
        internal static int GetPrime(int min)
        {
            if (min < 0) throw new ArgumentException("Hashtable's capacity overflowed and went negative. Check load factor, capacity and the current size of the table.");
            foreach (int p in s_primes) if (p >= min) return p;
            for (int i = min | 1; i < int.MaxValue; i += 2) if (IsPrime(i) && (i - 1) % 101 != 0) return i;
            return min;
        }

        internal static int ExpandPrime(int oldSize)
        {
            int newSize = 2 * oldSize;
            if ((uint)newSize > 0x7FFFFFC3u && 0x7FFFFFC3 > oldSize) return 0x7FFFFFC3;
            return GetPrime(newSize);
        }
    }

    // Separate chaining over an entries array: entries are appended in insertion order and freed
    // slots are reused last-freed-first, so enumeration order is that of .NET's Dictionary.
    [Serializable]
    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private struct Entry
        {
            public uint hashCode;
            public int next;    // index of the next entry in the chain, -1 at the end; for free entries -3 - nextFree
            public TKey key;
            public TValue value;
        }

        private int[] _buckets;   // 1-based index into _entries, 0 = empty
        private Entry[] _entries;
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private readonly IEqualityComparer<TKey> _comparer;
        private KeyCollection _keys;
        private ValueCollection _values;
        private const int StartOfFreeList = -3;

        public Dictionary() : this(0, null) { }
        public Dictionary(int capacity) : this(capacity, null) { }
        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer) { }

        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            if (capacity > 0) Initialize(capacity);
            _comparer = comparer ?? EqualityComparer<TKey>.Default;
        }

        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer)
            : this(dictionary != null ? dictionary.Count : 0, comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> pair in dictionary) Add(pair.Key, pair.Value);
        }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }

        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this((collection as ICollection<KeyValuePair<TKey, TValue>>)?.Count ?? 0, comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (KeyValuePair<TKey, TValue> pair in collection) Add(pair.Key, pair.Value);
        }

        public IEqualityComparer<TKey> Comparer => _comparer;
        public int Count => _count - _freeCount;
        public int Capacity => _entries == null ? 0 : _entries.Length;
        public KeyCollection Keys => _keys ??= new KeyCollection(this);
        public ValueCollection Values => _values ??= new ValueCollection(this);
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;

        public TValue this[TKey key]
        {
            get
            {
                int i = FindEntry(key);
                if (i >= 0) return _entries[i].value;
                throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
            }
            set => TryInsert(key, value, InsertionBehavior.OverwriteExisting);
        }

        private enum InsertionBehavior { None, OverwriteExisting, ThrowOnExisting }

        public void Add(TKey key, TValue value) => TryInsert(key, value, InsertionBehavior.ThrowOnExisting);
        public bool TryAdd(TKey key, TValue value) => TryInsert(key, value, InsertionBehavior.None);

        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> keyValuePair) => Add(keyValuePair.Key, keyValuePair.Value);

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = FindEntry(keyValuePair.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(_entries[i].value, keyValuePair.Value);
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> keyValuePair)
        {
            int i = FindEntry(keyValuePair.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(_entries[i].value, keyValuePair.Value))
            {
                Remove(keyValuePair.Key);
                return true;
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

        public bool ContainsKey(TKey key) => FindEntry(key) >= 0;

        public bool ContainsValue(TValue value)
        {
            Entry[] entries = _entries;
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            for (int i = 0; i < _count; i++)
                if (entries[i].next >= -1 && c.Equals(entries[i].value, value)) return true;
            return false;
        }

        private void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if ((uint)index > (uint)array.Length) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (array.Length - index < Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            Entry[] entries = _entries;
            for (int i = 0; i < _count; i++)
                if (entries[i].next >= -1) array[index++] = new KeyValuePair<TKey, TValue>(entries[i].key, entries[i].value);
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index) => CopyTo(array, index);

        public Enumerator GetEnumerator() => new Enumerator(this, Enumerator.KeyValuePair);
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => new Enumerator(this, Enumerator.KeyValuePair);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this, Enumerator.KeyValuePair);

        // For CollectionsMarshal: a reference to the value of key (added with default(TValue) if
        // absent, when add is set), or a null reference.
        internal ref TValue GetValueRef(TKey key, bool add, out bool exists)
        {
            int i = FindEntry(key);
            exists = i >= 0;
            if (i < 0)
            {
                if (!add) return ref System.Runtime.CompilerServices.Unsafe.NullRef<TValue>();
                TryInsert(key, default, InsertionBehavior.None);
                i = FindEntry(key);
            }
            return ref _entries[i].value;
        }

        private int FindEntry(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (_buckets == null) return -1;
            uint hashCode = (uint)_comparer.GetHashCode(key);
            int i = _buckets[hashCode % (uint)_buckets.Length] - 1;
            Entry[] entries = _entries;
            int guard = 0;
            while ((uint)i < (uint)entries.Length)
            {
                if (entries[i].hashCode == hashCode && _comparer.Equals(entries[i].key, key)) return i;
                i = entries[i].next;
                if (++guard > entries.Length) throw new InvalidOperationException("Operations that change non-concurrent collections must have exclusive access. A concurrent update was performed on this collection and corrupted its state. The collection's state is no longer correct.");
            }
            return -1;
        }

        private int Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _freeList = -1;
            _buckets = new int[size];
            _entries = new Entry[size];
            return size;
        }

        private bool TryInsert(TKey key, TValue value, InsertionBehavior behavior)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (_buckets == null) Initialize(0);
            Entry[] entries = _entries;
            uint hashCode = (uint)_comparer.GetHashCode(key);
            ref int bucket = ref _buckets[hashCode % (uint)_buckets.Length];
            int i = bucket - 1;
            while ((uint)i < (uint)entries.Length)
            {
                if (entries[i].hashCode == hashCode && _comparer.Equals(entries[i].key, key))
                {
                    if (behavior == InsertionBehavior.OverwriteExisting)
                    {
                        entries[i].value = value;
                        return true;
                    }
                    if (behavior == InsertionBehavior.ThrowOnExisting)
                        throw new ArgumentException("An item with the same key has already been added. Key: " + key.ToString());
                    return false;
                }
                i = entries[i].next;
            }
            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeList = StartOfFreeList - entries[_freeList].next;
                _freeCount--;
            }
            else
            {
                int count = _count;
                if (count == entries.Length)
                {
                    Resize();
                    bucket = ref _buckets[hashCode % (uint)_buckets.Length];
                }
                index = count;
                _count = count + 1;
                entries = _entries;
            }
            entries[index].hashCode = hashCode;
            entries[index].next = bucket - 1;
            entries[index].key = key;
            entries[index].value = value;
            bucket = index + 1;
            _version++;
            return true;
        }

        private void Resize()
        {
            int newSize = HashHelpers.ExpandPrime(_count);
            Entry[] entries = new Entry[newSize];
            int count = _count;
            Array.Copy(_entries, entries, count);
            _buckets = new int[newSize];
            for (int i = 0; i < count; i++)
            {
                if (entries[i].next >= -1)
                {
                    ref int bucket = ref _buckets[entries[i].hashCode % (uint)newSize];
                    entries[i].next = bucket - 1;
                    bucket = i + 1;
                }
            }
            _entries = entries;
        }

        public bool Remove(TKey key) => Remove(key, out _);

        public bool Remove(TKey key, out TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (_buckets != null)
            {
                Entry[] entries = _entries;
                uint hashCode = (uint)_comparer.GetHashCode(key);
                ref int bucket = ref _buckets[hashCode % (uint)_buckets.Length];
                int last = -1;
                int i = bucket - 1;
                while (i >= 0)
                {
                    ref Entry entry = ref entries[i];
                    if (entry.hashCode == hashCode && _comparer.Equals(entry.key, key))
                    {
                        if (last < 0) bucket = entry.next + 1;
                        else entries[last].next = entry.next;
                        value = entry.value;
                        entry.next = StartOfFreeList - _freeList;
                        entry.key = default;
                        entry.value = default;
                        _freeList = i;
                        _freeCount++;
                        return true;
                    }
                    last = i;
                    i = entry.next;
                }
            }
            value = default;
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = FindEntry(key);
            if (i >= 0) { value = _entries[i].value; return true; }
            value = default;
            return false;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            int current = Capacity;
            if (current >= capacity) return current;
            _version++;
            if (_buckets == null) return Initialize(capacity);
            int newSize = HashHelpers.GetPrime(capacity);
            Entry[] entries = new Entry[newSize];
            Array.Copy(_entries, entries, _count);
            _buckets = new int[newSize];
            for (int i = 0; i < _count; i++)
            {
                if (entries[i].next >= -1)
                {
                    ref int bucket = ref _buckets[entries[i].hashCode % (uint)newSize];
                    entries[i].next = bucket - 1;
                    bucket = i + 1;
                }
            }
            _entries = entries;
            return newSize;
        }

        public void TrimExcess() => TrimExcess(Count);

        // Rebuilds the table at the smallest prime size that holds capacity entries, packing the
        // live entries in their enumeration order (free slots are dropped).
        public void TrimExcess(int capacity)
        {
            if (capacity < Count) throw new ArgumentOutOfRangeException("capacity");
            int newSize = HashHelpers.GetPrime(capacity);
            Entry[] old = _entries;
            if (newSize >= (old == null ? 0 : old.Length)) return;
            int oldCount = _count;
            _version++;
            Initialize(newSize);
            Entry[] entries = _entries;
            int n = 0;
            for (int i = 0; i < oldCount; i++)
            {
                if (old[i].next < -1) continue;
                entries[n] = old[i];
                ref int bucket = ref _buckets[old[i].hashCode % (uint)newSize];
                entries[n].next = bucket - 1;
                bucket = n + 1;
                n++;
            }
            _count = n;
            _freeCount = 0;
        }

        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;
        bool IDictionary.IsFixedSize => false;
        bool IDictionary.IsReadOnly => false;
        ICollection IDictionary.Keys => Keys;
        ICollection IDictionary.Values => Values;

        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array is KeyValuePair<TKey, TValue>[] pairs) { CopyTo(pairs, index); return; }
            if (array is DictionaryEntry[] dict)
            {
                for (int i = 0; i < _count; i++)
                    if (_entries[i].next >= -1) dict[index++] = new DictionaryEntry(_entries[i].key, _entries[i].value);
                return;
            }
            for (int i = 0; i < _count; i++)
                if (_entries[i].next >= -1) array.SetValue(new KeyValuePair<TKey, TValue>(_entries[i].key, _entries[i].value), index++);
        }

        object IDictionary.this[object key]
        {
            get
            {
                if (key is TKey k)
                {
                    int i = FindEntry(k);
                    if (i >= 0) return _entries[i].value;
                }
                return null;
            }
            set
            {
                TKey k = ObjectKey(key);
                this[k] = ObjectValue(value);
            }
        }

        void IDictionary.Add(object key, object value)
        {
            TKey k = ObjectKey(key);
            Add(k, ObjectValue(value));
        }

        // The non-generic view takes objects: the wrong type is an ArgumentException naming the
        // parameter, as in .NET, not an InvalidCastException.
        private static TKey ObjectKey(object key)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (key is TKey k) return k;
            throw new ArgumentException("The value \"" + key + "\" is not of type \"" + typeof(TKey) + "\" and cannot be used in this generic collection.", "key");
        }

        private static TValue ObjectValue(object value)
        {
            if (value is TValue v) return v;
            if (value == null && default(TValue) == null) return default;
            if (value == null) throw new ArgumentNullException("value");
            throw new ArgumentException("The value \"" + value + "\" is not of type \"" + typeof(TValue) + "\" and cannot be used in this generic collection.", "value");
        }

        bool IDictionary.Contains(object key) => key is TKey k && ContainsKey(k);
        IDictionaryEnumerator IDictionary.GetEnumerator() => new Enumerator(this, Enumerator.DictEntry);
        void IDictionary.Remove(object key) { if (key is TKey k) Remove(k); }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private readonly Dictionary<TKey, TValue> _dictionary;
            private readonly int _version;
            private int _index;
            private KeyValuePair<TKey, TValue> _current;
            private readonly int _getEnumeratorRetType;

            internal const int DictEntry = 1;
            internal const int KeyValuePair = 2;

            internal Enumerator(Dictionary<TKey, TValue> dictionary, int getEnumeratorRetType)
            {
                _dictionary = dictionary;
                _version = dictionary._version;
                _index = 0;
                _getEnumeratorRetType = getEnumeratorRetType;
                _current = default;
            }

            public bool MoveNext()
            {
                if (_version != _dictionary._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while ((uint)_index < (uint)_dictionary._count)
                {
                    ref Entry entry = ref _dictionary._entries[_index++];
                    if (entry.next >= -1)
                    {
                        _current = new KeyValuePair<TKey, TValue>(entry.key, entry.value);
                        return true;
                    }
                }
                _index = _dictionary._count + 1;
                _current = default;
                return false;
            }

            public KeyValuePair<TKey, TValue> Current => _current;

            public void Dispose() { }

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _dictionary._count + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    if (_getEnumeratorRetType == DictEntry) return new DictionaryEntry(_current.Key, _current.Value);
                    return _current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _dictionary._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = 0;
                _current = default;
            }

            DictionaryEntry IDictionaryEnumerator.Entry => new DictionaryEntry(_current.Key, _current.Value);
            object IDictionaryEnumerator.Key => _current.Key;
            object IDictionaryEnumerator.Value => _current.Value;
        }

        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;

            public KeyCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                _dictionary = dictionary;
            }

            public Enumerator GetEnumerator() => new Enumerator(_dictionary);

            public void CopyTo(TKey[] array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (index < 0 || index > array.Length) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
                if (array.Length - index < _dictionary.Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                Entry[] entries = _dictionary._entries;
                for (int i = 0; i < _dictionary._count; i++) if (entries[i].next >= -1) array[index++] = entries[i].key;
            }

            public int Count => _dictionary.Count;
            bool ICollection<TKey>.IsReadOnly => true;
            void ICollection<TKey>.Add(TKey item) => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            void ICollection<TKey>.Clear() => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            public bool Contains(TKey item) => _dictionary.ContainsKey(item);
            bool ICollection<TKey>.Remove(TKey item) => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() => new Enumerator(_dictionary);
            IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_dictionary);
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => ((ICollection)_dictionary).SyncRoot;

            void ICollection.CopyTo(Array array, int index)
            {
                Entry[] entries = _dictionary._entries;
                for (int i = 0; i < _dictionary._count; i++) if (entries[i].next >= -1) array.SetValue(entries[i].key, index++);
            }

            public struct Enumerator : IEnumerator<TKey>, IEnumerator
            {
                private readonly Dictionary<TKey, TValue> _dictionary;
                private int _index;
                private readonly int _version;
                private TKey _currentKey;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    _dictionary = dictionary;
                    _version = dictionary._version;
                    _index = 0;
                    _currentKey = default;
                }

                public void Dispose() { }

                public bool MoveNext()
                {
                    if (_version != _dictionary._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    while ((uint)_index < (uint)_dictionary._count)
                    {
                        ref Entry entry = ref _dictionary._entries[_index++];
                        if (entry.next >= -1)
                        {
                            _currentKey = entry.key;
                            return true;
                        }
                    }
                    _index = _dictionary._count + 1;
                    _currentKey = default;
                    return false;
                }

                public TKey Current => _currentKey;

                object IEnumerator.Current
                {
                    get
                    {
                        if (_index == 0 || _index == _dictionary._count + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                        return _currentKey;
                    }
                }

                void IEnumerator.Reset()
                {
                    if (_version != _dictionary._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    _index = 0;
                    _currentKey = default;
                }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private readonly Dictionary<TKey, TValue> _dictionary;

            public ValueCollection(Dictionary<TKey, TValue> dictionary)
            {
                if (dictionary == null) throw new ArgumentNullException("dictionary");
                _dictionary = dictionary;
            }

            public Enumerator GetEnumerator() => new Enumerator(_dictionary);

            public void CopyTo(TValue[] array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (index < 0 || index > array.Length) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
                if (array.Length - index < _dictionary.Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                Entry[] entries = _dictionary._entries;
                for (int i = 0; i < _dictionary._count; i++) if (entries[i].next >= -1) array[index++] = entries[i].value;
            }

            public int Count => _dictionary.Count;
            bool ICollection<TValue>.IsReadOnly => true;
            void ICollection<TValue>.Add(TValue item) => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            bool ICollection<TValue>.Remove(TValue item) => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            void ICollection<TValue>.Clear() => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            bool ICollection<TValue>.Contains(TValue item) => _dictionary.ContainsValue(item);
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => new Enumerator(_dictionary);
            IEnumerator IEnumerable.GetEnumerator() => new Enumerator(_dictionary);
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => ((ICollection)_dictionary).SyncRoot;

            void ICollection.CopyTo(Array array, int index)
            {
                Entry[] entries = _dictionary._entries;
                for (int i = 0; i < _dictionary._count; i++) if (entries[i].next >= -1) array.SetValue(entries[i].value, index++);
            }

            public struct Enumerator : IEnumerator<TValue>, IEnumerator
            {
                private readonly Dictionary<TKey, TValue> _dictionary;
                private int _index;
                private readonly int _version;
                private TValue _currentValue;

                internal Enumerator(Dictionary<TKey, TValue> dictionary)
                {
                    _dictionary = dictionary;
                    _version = dictionary._version;
                    _index = 0;
                    _currentValue = default;
                }

                public void Dispose() { }

                public bool MoveNext()
                {
                    if (_version != _dictionary._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    while ((uint)_index < (uint)_dictionary._count)
                    {
                        ref Entry entry = ref _dictionary._entries[_index++];
                        if (entry.next >= -1)
                        {
                            _currentValue = entry.value;
                            return true;
                        }
                    }
                    _index = _dictionary._count + 1;
                    _currentValue = default;
                    return false;
                }

                public TValue Current => _currentValue;

                object IEnumerator.Current
                {
                    get
                    {
                        if (_index == 0 || _index == _dictionary._count + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                        return _currentValue;
                    }
                }

                void IEnumerator.Reset()
                {
                    if (_version != _dictionary._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    _index = 0;
                    _currentValue = default;
                }
            }
        }
    }

    public static class CollectionExtensions
    {
        public static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key) => dictionary.GetValueOrDefault(key, default);

        public static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key, TValue defaultValue)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            return dictionary.TryGetValue(key, out TValue value) ? value : defaultValue;
        }

        public static bool TryAdd<TKey, TValue>(this IDictionary<TKey, TValue> dictionary, TKey key, TValue value)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            if (dictionary.ContainsKey(key)) return false;
            dictionary.Add(key, value);
            return true;
        }

        public static bool Remove<TKey, TValue>(this IDictionary<TKey, TValue> dictionary, TKey key, out TValue value)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            if (dictionary.TryGetValue(key, out value))
            {
                dictionary.Remove(key);
                return true;
            }
            value = default;
            return false;
        }

        public static System.Collections.ObjectModel.ReadOnlyCollection<T> AsReadOnly<T>(this IList<T> list) => new System.Collections.ObjectModel.ReadOnlyCollection<T>(list);

        public static void AddRange<T>(this List<T> list, ReadOnlySpan<T> source) { if (list == null) throw new ArgumentNullException("list"); list.AddSpan(source); }

        public static System.Collections.ObjectModel.ReadOnlyDictionary<TKey, TValue> AsReadOnly<TKey, TValue>(this IDictionary<TKey, TValue> dictionary) =>
            new System.Collections.ObjectModel.ReadOnlyDictionary<TKey, TValue>(dictionary);

        public static void CopyTo<T>(this List<T> list, Span<T> destination)
        {
            if (list == null) throw new ArgumentNullException("list");
            new ReadOnlySpan<T>(list._items, 0, list._size).CopyTo(destination);
        }

        public static void InsertRange<T>(this List<T> list, int index, ReadOnlySpan<T> source)
        {
            if (list == null) throw new ArgumentNullException("list");
            if ((uint)index > (uint)list._size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            // Goes through an array so that the list's growth and shifting stay in one place.
            if (source.Length > 0) list.InsertRange(index, source.ToArray());
        }
    }
}
