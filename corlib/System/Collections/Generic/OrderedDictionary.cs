using System.Collections;

namespace System.Collections.Generic
{
    // A dictionary that keeps its entries in a list: lookups by key go through a Dictionary from
    // key to position, and the entries can be read, inserted and removed by index. Inserting or
    // removing anywhere but at the end renumbers the entries after it.
    public class OrderedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>, IDictionary,
        IList<KeyValuePair<TKey, TValue>>, IReadOnlyList<KeyValuePair<TKey, TValue>>, IList
    {
        private TKey[] _keys;
        private TValue[] _values;
        private int _count;
        private int _version;
        private readonly Dictionary<TKey, int> _positions;
        private KeyCollection _keyCollection;
        private ValueCollection _valueCollection;

        public OrderedDictionary() : this(0, null) { }
        public OrderedDictionary(int capacity) : this(capacity, null) { }
        public OrderedDictionary(IEqualityComparer<TKey> comparer) : this(0, comparer) { }

        public OrderedDictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", capacity, "capacity ('" + capacity + "') must be a non-negative value.");
            int size = capacity == 0 ? 0 : HashHelpers.GetPrime(capacity);
            _keys = new TKey[size];
            _values = new TValue[size];
            _positions = new Dictionary<TKey, int>(capacity, comparer);
        }

        public OrderedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public OrderedDictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer)
            : this(dictionary == null ? 0 : dictionary.Count, comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> kv in dictionary) Add(kv.Key, kv.Value);
        }

        public OrderedDictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }

        public OrderedDictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer)
            : this((collection as ICollection<KeyValuePair<TKey, TValue>>)?.Count ?? 0, comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (KeyValuePair<TKey, TValue> kv in collection) Add(kv.Key, kv.Value);
        }

        public int Count => _count;
        public int Capacity => _keys.Length;
        public IEqualityComparer<TKey> Comparer => _positions.Comparer;
        public KeyCollection Keys => _keyCollection ??= new KeyCollection(this);
        public ValueCollection Values => _valueCollection ??= new ValueCollection(this);

        public TValue this[TKey key]
        {
            get
            {
                if (TryGetValue(key, out TValue value)) return value;
                throw new KeyNotFoundException("The given key '" + key + "' was not present in the dictionary.");
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                if (_positions.TryGetValue(key, out int i)) _values[i] = value;
                else InsertCore(_count, key, value);
            }
        }

        private void CheckIndex(int index)
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException("index");
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (_positions.ContainsKey(key)) throw new ArgumentException("An item with the same key has already been added. Key: " + key, "key");
            InsertCore(_count, key, value);
        }

        public bool TryAdd(TKey key, TValue value) => TryAdd(key, value, out _);

        public bool TryAdd(TKey key, TValue value, out int index)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (_positions.TryGetValue(key, out index)) return false;
            index = _count;
            InsertCore(_count, key, value);
            return true;
        }

        public void Insert(int index, TKey key, TValue value)
        {
            if ((uint)index > (uint)_count) throw new ArgumentOutOfRangeException("index");
            if (key == null) throw new ArgumentNullException("key");
            if (_positions.ContainsKey(key)) throw new ArgumentException("An item with the same key has already been added. Key: " + key, "key");
            InsertCore(index, key, value);
        }

        private void InsertCore(int index, TKey key, TValue value)
        {
            if (_count == _keys.Length) Resize(_count == 0 ? HashHelpers.GetPrime(1) : HashHelpers.ExpandPrime(_count));
            if (index < _count)
            {
                Array.Copy(_keys, index, _keys, index + 1, _count - index);
                Array.Copy(_values, index, _values, index + 1, _count - index);
                for (int i = index + 1; i <= _count; i++) _positions[_keys[i]] = i;
            }
            _keys[index] = key;
            _values[index] = value;
            _positions[key] = index;
            _count++;
            _version++;
        }

        private void Resize(int size)
        {
            Array.Resize(ref _keys, size);
            Array.Resize(ref _values, size);
        }

        public void Clear()
        {
            if (_count == 0) return;
            Array.Clear(_keys, 0, _count);
            Array.Clear(_values, 0, _count);
            _positions.Clear();
            _count = 0;
            _version++;
        }

        public bool ContainsKey(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return _positions.ContainsKey(key);
        }

        public bool ContainsValue(TValue value)
        {
            var eq = EqualityComparer<TValue>.Default;
            for (int i = 0; i < _count; i++) if (eq.Equals(_values[i], value)) return true;
            return false;
        }

        public int IndexOf(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return _positions.TryGetValue(key, out int i) ? i : -1;
        }

        public KeyValuePair<TKey, TValue> GetAt(int index)
        {
            CheckIndex(index);
            return new KeyValuePair<TKey, TValue>(_keys[index], _values[index]);
        }

        public void SetAt(int index, TValue value)
        {
            CheckIndex(index);
            _values[index] = value;
        }

        public void SetAt(int index, TKey key, TValue value)
        {
            CheckIndex(index);
            if (key == null) throw new ArgumentNullException("key");
            if (_positions.TryGetValue(key, out int at))
            {
                if (at != index) throw new ArgumentException("An item with the same key has already been added. Key: " + key, "key");
            }
            else
            {
                _positions.Remove(_keys[index]);
                _positions[key] = index;
            }
            _keys[index] = key;
            _values[index] = value;
            _version++;
        }

        public bool TryGetValue(TKey key, out TValue value) => TryGetValue(key, out value, out _);

        public bool TryGetValue(TKey key, out TValue value, out int index)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (_positions.TryGetValue(key, out index)) { value = _values[index]; return true; }
            value = default;
            index = -1;
            return false;
        }

        public bool Remove(TKey key) => Remove(key, out _);

        public bool Remove(TKey key, out TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            if (!_positions.TryGetValue(key, out int i)) { value = default; return false; }
            value = _values[i];
            RemoveAt(i);
            return true;
        }

        public void RemoveAt(int index)
        {
            CheckIndex(index);
            _positions.Remove(_keys[index]);
            _count--;
            if (index < _count)
            {
                Array.Copy(_keys, index + 1, _keys, index, _count - index);
                Array.Copy(_values, index + 1, _values, index, _count - index);
                for (int i = index; i < _count; i++) _positions[_keys[i]] = i;
            }
            _keys[_count] = default;
            _values[_count] = default;
            _version++;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", capacity, "capacity ('" + capacity + "') must be a non-negative value.");
            if (capacity > _keys.Length) Resize(HashHelpers.GetPrime(capacity));
            return _keys.Length;
        }

        public void TrimExcess() => TrimExcess(_count);

        public void TrimExcess(int capacity)
        {
            if (capacity < _count) throw new ArgumentOutOfRangeException("capacity", capacity, "capacity ('" + capacity + "') must be greater than or equal to '" + _count + "'.");
            int size = HashHelpers.GetPrime(capacity);
            if (size < _keys.Length) Resize(size);
        }

        public Enumerator GetEnumerator() => new Enumerator(this);

        private static void ThrowModified() => throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private readonly OrderedDictionary<TKey, TValue> _d;
            private readonly int _version;
            private readonly bool _entries;     // made for IDictionary: the non-generic Current is a DictionaryEntry
            private int _index;
            private KeyValuePair<TKey, TValue> _current;

            internal Enumerator(OrderedDictionary<TKey, TValue> d, bool entries = false)
            {
                _d = d;
                _version = d._version;
                _entries = entries;
                _index = 0;
                _current = default;
            }

            public KeyValuePair<TKey, TValue> Current => _current;
            object IEnumerator.Current => _entries ? new DictionaryEntry(_current.Key, _current.Value) : _current;
            DictionaryEntry IDictionaryEnumerator.Entry => new DictionaryEntry(_current.Key, _current.Value);
            object IDictionaryEnumerator.Key => _current.Key;
            object IDictionaryEnumerator.Value => _current.Value;

            public bool MoveNext()
            {
                if (_version != _d._version) ThrowModified();
                if (_index < _d._count)
                {
                    _current = new KeyValuePair<TKey, TValue>(_d._keys[_index], _d._values[_index]);
                    _index++;
                    return true;
                }
                _current = default;
                return false;
            }

            void IEnumerator.Reset()
            {
                if (_version != _d._version) ThrowModified();
                _index = 0;
                _current = default;
            }

            public void Dispose() { }
        }

        public sealed class KeyCollection : IList<TKey>, IReadOnlyList<TKey>, IList
        {
            private readonly OrderedDictionary<TKey, TValue> _d;
            internal KeyCollection(OrderedDictionary<TKey, TValue> d) { _d = d; }

            public int Count => _d._count;
            private TKey At(int index) { _d.CheckIndex(index); return _d._keys[index]; }
            TKey IList<TKey>.this[int index] { get => At(index); set => throw new NotSupportedException(); }
            TKey IReadOnlyList<TKey>.this[int index] => At(index);
            object IList.this[int index] { get => At(index); set => throw new NotSupportedException(); }
            public bool Contains(TKey key) => _d.ContainsKey(key);
            public void CopyTo(TKey[] array, int arrayIndex)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (arrayIndex < 0) throw new ArgumentOutOfRangeException("arrayIndex", arrayIndex, "Non-negative number required.");
                if (array.Length - arrayIndex < _d._count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                Array.Copy(_d._keys, 0, array, arrayIndex, _d._count);
            }
            public Enumerator GetEnumerator() => new Enumerator(_d);
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() => GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            int IList<TKey>.IndexOf(TKey item) => _d.IndexOf(item);
            bool ICollection<TKey>.IsReadOnly => true;
            void ICollection<TKey>.Add(TKey item) => throw ReadOnly();
            void ICollection<TKey>.Clear() => throw ReadOnly();
            bool ICollection<TKey>.Remove(TKey item) => throw ReadOnly();
            void IList<TKey>.Insert(int index, TKey item) => throw ReadOnly();
            void IList<TKey>.RemoveAt(int index) => throw ReadOnly();
            bool IList.IsReadOnly => true;
            bool IList.IsFixedSize => true;
            int IList.Add(object value) => throw ReadOnly();
            void IList.Clear() => throw ReadOnly();
            bool IList.Contains(object value) => value is TKey k && _d.ContainsKey(k);
            int IList.IndexOf(object value) => value is TKey k ? _d.IndexOf(k) : -1;
            void IList.Insert(int index, object value) => throw ReadOnly();
            void IList.Remove(object value) => throw ReadOnly();
            void IList.RemoveAt(int index) => throw ReadOnly();
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => this;
            void ICollection.CopyTo(Array array, int index) => Array.Copy(_d._keys, 0, array, index, _d._count);
            private static NotSupportedException ReadOnly() => new NotSupportedException();

            public struct Enumerator : IEnumerator<TKey>
            {
                private OrderedDictionary<TKey, TValue>.Enumerator _e;
                internal Enumerator(OrderedDictionary<TKey, TValue> d) { _e = new OrderedDictionary<TKey, TValue>.Enumerator(d); }
                public TKey Current => _e.Current.Key;
                object IEnumerator.Current => Current;
                public bool MoveNext() => _e.MoveNext();
                void IEnumerator.Reset() => ((IEnumerator)_e).Reset();
                public void Dispose() { }
            }
        }

        public sealed class ValueCollection : IList<TValue>, IReadOnlyList<TValue>, IList
        {
            private readonly OrderedDictionary<TKey, TValue> _d;
            internal ValueCollection(OrderedDictionary<TKey, TValue> d) { _d = d; }

            public int Count => _d._count;
            private TValue At(int index) { _d.CheckIndex(index); return _d._values[index]; }
            TValue IList<TValue>.this[int index] { get => At(index); set => throw ReadOnly(); }
            TValue IReadOnlyList<TValue>.this[int index] => At(index);
            object IList.this[int index] { get => At(index); set => throw ReadOnly(); }
            public void CopyTo(TValue[] array, int arrayIndex)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (arrayIndex < 0) throw new ArgumentOutOfRangeException("arrayIndex", arrayIndex, "Non-negative number required.");
                if (array.Length - arrayIndex < _d._count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
                Array.Copy(_d._values, 0, array, arrayIndex, _d._count);
            }
            public Enumerator GetEnumerator() => new Enumerator(_d);
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            bool ICollection<TValue>.Contains(TValue item) => _d.ContainsValue(item);
            int IList<TValue>.IndexOf(TValue item) => Array.IndexOf(_d._values, item, 0, _d._count);
            bool ICollection<TValue>.IsReadOnly => true;
            void ICollection<TValue>.Add(TValue item) => throw ReadOnly();
            void ICollection<TValue>.Clear() => throw ReadOnly();
            bool ICollection<TValue>.Remove(TValue item) => throw ReadOnly();
            void IList<TValue>.Insert(int index, TValue item) => throw ReadOnly();
            void IList<TValue>.RemoveAt(int index) => throw ReadOnly();
            bool IList.IsReadOnly => true;
            bool IList.IsFixedSize => true;
            int IList.Add(object value) => throw ReadOnly();
            void IList.Clear() => throw ReadOnly();
            bool IList.Contains(object value) => (value is TValue || value == null) && _d.ContainsValue((TValue)value);
            int IList.IndexOf(object value) => value is TValue v ? Array.IndexOf(_d._values, v, 0, _d._count) : -1;
            void IList.Insert(int index, object value) => throw ReadOnly();
            void IList.Remove(object value) => throw ReadOnly();
            void IList.RemoveAt(int index) => throw ReadOnly();
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => this;
            void ICollection.CopyTo(Array array, int index) => Array.Copy(_d._values, 0, array, index, _d._count);
            private static NotSupportedException ReadOnly() => new NotSupportedException();

            public struct Enumerator : IEnumerator<TValue>
            {
                private OrderedDictionary<TKey, TValue>.Enumerator _e;
                internal Enumerator(OrderedDictionary<TKey, TValue> d) { _e = new OrderedDictionary<TKey, TValue>.Enumerator(d); }
                public TValue Current => _e.Current.Value;
                object IEnumerator.Current => Current;
                public bool MoveNext() => _e.MoveNext();
                void IEnumerator.Reset() => ((IEnumerator)_e).Reset();
                public void Dispose() { }
            }
        }

        // ---- the interfaces, in terms of the members above

        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item) =>
            TryGetValue(item.Key, out TValue v) && EqualityComparer<TValue>.Default.Equals(v, item.Value);
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            if (!TryGetValue(item.Key, out TValue v, out int i) || !EqualityComparer<TValue>.Default.Equals(v, item.Value)) return false;
            RemoveAt(i);
            return true;
        }
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0) throw new ArgumentOutOfRangeException("arrayIndex", arrayIndex, "Non-negative number required.");
            if (array.Length - arrayIndex < _count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < _count; i++) array[arrayIndex + i] = new KeyValuePair<TKey, TValue>(_keys[i], _values[i]);
        }
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        KeyValuePair<TKey, TValue> IList<KeyValuePair<TKey, TValue>>.this[int index] { get => GetAt(index); set => SetAt(index, value.Key, value.Value); }
        KeyValuePair<TKey, TValue> IReadOnlyList<KeyValuePair<TKey, TValue>>.this[int index] => GetAt(index);
        int IList<KeyValuePair<TKey, TValue>>.IndexOf(KeyValuePair<TKey, TValue> item) =>
            TryGetValue(item.Key, out TValue v, out int i) && EqualityComparer<TValue>.Default.Equals(v, item.Value) ? i : -1;
        void IList<KeyValuePair<TKey, TValue>>.Insert(int index, KeyValuePair<TKey, TValue> item) => Insert(index, item.Key, item.Value);

        bool IDictionary.IsReadOnly => false;
        bool IDictionary.IsFixedSize => false;
        ICollection IDictionary.Keys => Keys;
        ICollection IDictionary.Values => Values;
        object IDictionary.this[object key]
        {
            get => key is TKey k && TryGetValue(k, out TValue v) ? v : null;
            set => this[(TKey)key] = (TValue)value;
        }
        void IDictionary.Add(object key, object value) => Add((TKey)key, (TValue)value);
        bool IDictionary.Contains(object key) => key is TKey k && ContainsKey(k);
        IDictionaryEnumerator IDictionary.GetEnumerator() => new Enumerator(this, true);
        void IDictionary.Remove(object key) { if (key is TKey k) Remove(k); }
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;
        void ICollection.CopyTo(Array array, int index)
        {
            for (int i = 0; i < _count; i++) array.SetValue(new KeyValuePair<TKey, TValue>(_keys[i], _values[i]), index + i);
        }
        bool IList.IsReadOnly => false;
        bool IList.IsFixedSize => false;
        object IList.this[int index]
        {
            get => GetAt(index);
            set { var kv = (KeyValuePair<TKey, TValue>)value; SetAt(index, kv.Key, kv.Value); }
        }
        int IList.Add(object value) { var kv = (KeyValuePair<TKey, TValue>)value; Add(kv.Key, kv.Value); return _count - 1; }
        bool IList.Contains(object value) => value is KeyValuePair<TKey, TValue> kv && ((ICollection<KeyValuePair<TKey, TValue>>)this).Contains(kv);
        int IList.IndexOf(object value) => value is KeyValuePair<TKey, TValue> kv ? ((IList<KeyValuePair<TKey, TValue>>)this).IndexOf(kv) : -1;
        void IList.Insert(int index, object value) { var kv = (KeyValuePair<TKey, TValue>)value; Insert(index, kv.Key, kv.Value); }
        void IList.Remove(object value) { if (value is KeyValuePair<TKey, TValue> kv) ((ICollection<KeyValuePair<TKey, TValue>>)this).Remove(kv); }
    }
}
