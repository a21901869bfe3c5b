namespace System.Collections.Generic
{
    // A sorted list: parallel arrays of keys and values, kept sorted by key (binary search).
    [Serializable]
    public class SortedList<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private TKey[] _keys;
        private TValue[] _values;
        private int _size;
        private int _version;
        private readonly IComparer<TKey> _comparer;
        private KeyList _keyList;
        private ValueList _valueList;

        public SortedList()
        {
            _keys = Array.Empty<TKey>();
            _values = Array.Empty<TValue>();
            _comparer = Comparer<TKey>.Default;
        }

        public SortedList(int capacity) : this(capacity, null) { }

        public SortedList(IComparer<TKey> comparer) : this()
        {
            if (comparer != null) _comparer = comparer;
        }

        public SortedList(int capacity, IComparer<TKey> comparer)
        {
            if (capacity < 0) ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            _keys = new TKey[capacity];
            _values = new TValue[capacity];
            _comparer = comparer ?? Comparer<TKey>.Default;
        }

        public SortedList(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public SortedList(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(dictionary?.Count ?? 0, comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> kv in dictionary) Add(kv.Key, kv.Value);
        }

        public IComparer<TKey> Comparer => _comparer;
        public int Count => _size;

        public int Capacity
        {
            get => _keys.Length;
            set
            {
                if (value == _keys.Length) return;
                if (value < _size) throw new ArgumentOutOfRangeException("value", value, "capacity was less than the current size.");
                Array.Resize(ref _keys, value);
                Array.Resize(ref _values, value);
            }
        }

        public IList<TKey> Keys => _keyList ??= new KeyList(this);
        public IList<TValue> Values => _valueList ??= new ValueList(this);
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;
        ICollection IDictionary.Keys => (ICollection)Keys;
        ICollection IDictionary.Values => (ICollection)Values;
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;
        bool IDictionary.IsReadOnly => false;
        bool IDictionary.IsFixedSize => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        private int Search(TKey key)
        {
            int lo = 0, hi = _size - 1;
            while (lo <= hi)
            {
                int mid = lo + ((hi - lo) >> 1);
                int c = _comparer.Compare(_keys[mid], key);
                if (c == 0) return mid;
                if (c < 0) lo = mid + 1; else hi = mid - 1;
            }
            return ~lo;
        }

        public int IndexOfKey(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            int i = Search(key);
            return i >= 0 ? i : -1;
        }

        public int IndexOfValue(TValue value) => Array.IndexOf(_values, value, 0, _size);

        public TValue this[TKey key]
        {
            get
            {
                int i = IndexOfKey(key);
                if (i < 0) throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
                return _values[i];
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                int i = Search(key);
                if (i >= 0) { _values[i] = value; _version++; return; }
                Insert(~i, key, value);
            }
        }

        object IDictionary.this[object key]
        {
            get => key is TKey k && TryGetValue(k, out TValue v) ? v : null;
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                this[(TKey)key] = (TValue)value;
            }
        }

        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException("key");
            int i = Search(key);
            if (i >= 0) throw new ArgumentException("An item with the same key has already been added. Key: " + key.ToString(), "key");
            Insert(~i, key, value);
        }

        void IDictionary.Add(object key, object value) => Add((TKey)key, (TValue)value);
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);

        private void Insert(int index, TKey key, TValue value)
        {
            if (_size == _keys.Length)
            {
                int newCapacity = _keys.Length == 0 ? 4 : _keys.Length * 2;
                if ((uint)newCapacity > 0x7FFFFFC7) newCapacity = 0x7FFFFFC7;
                if (newCapacity < _size + 1) newCapacity = _size + 1;
                Capacity = newCapacity;
            }
            if (index < _size)
            {
                Array.Copy(_keys, index, _keys, index + 1, _size - index);
                Array.Copy(_values, index, _values, index + 1, _size - index);
            }
            _keys[index] = key;
            _values[index] = value;
            _size++;
            _version++;
        }

        public TKey GetKeyAtIndex(int index)
        {
            if ((uint)index >= (uint)_size) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
            return _keys[index];
        }

        public TValue GetValueAtIndex(int index)
        {
            if ((uint)index >= (uint)_size) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
            return _values[index];
        }

        public void SetValueAtIndex(int index, TValue value)
        {
            if ((uint)index >= (uint)_size) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
            _values[index] = value;
            _version++;
        }

        public void Clear()
        {
            _version++;
            Array.Clear(_keys, 0, _size);
            Array.Clear(_values, 0, _size);
            _size = 0;
        }

        public bool ContainsKey(TKey key) => IndexOfKey(key) >= 0;
        public bool ContainsValue(TValue value) => IndexOfValue(value) >= 0;
        bool IDictionary.Contains(object key) => key is TKey k && ContainsKey(k);

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            int i = IndexOfKey(item.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(_values[i], item.Value);
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
            _size--;
            if (index < _size)
            {
                Array.Copy(_keys, index + 1, _keys, index, _size - index);
                Array.Copy(_values, index + 1, _values, index, _size - index);
            }
            _keys[_size] = default;
            _values[_size] = default;
            _version++;
        }

        public bool Remove(TKey key)
        {
            int i = IndexOfKey(key);
            if (i >= 0) RemoveAt(i);
            return i >= 0;
        }

        void IDictionary.Remove(object key) { if (key is TKey k) Remove(k); }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            int i = IndexOfKey(item.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(_values[i], item.Value)) { RemoveAt(i); return true; }
            return false;
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = IndexOfKey(key);
            if (i >= 0) { value = _values[i]; return true; }
            value = default;
            return false;
        }

        public void TrimExcess()
        {
            if (_size < (int)(_keys.Length * 0.9)) Capacity = _size;
        }

        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Length - arrayIndex < _size) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < _size; i++) array[arrayIndex + i] = new KeyValuePair<TKey, TValue>(_keys[i], _values[i]);
        }

        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            for (int i = 0; i < _size; i++) array.SetValue(new KeyValuePair<TKey, TValue>(_keys[i], _values[i]), index + i);
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => new Enumerator(this, false);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this, false);
        IDictionaryEnumerator IDictionary.GetEnumerator() => new Enumerator(this, true);

        private sealed class Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private readonly SortedList<TKey, TValue> _list;
            private readonly int _version;
            private readonly bool _dictEntry;
            private int _index;
            private TKey _key;
            private TValue _value;

            internal Enumerator(SortedList<TKey, TValue> list, bool dictEntry)
            {
                _list = list;
                _version = list._version;
                _dictEntry = dictEntry;
            }

            public bool MoveNext()
            {
                if (_version != _list._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                if ((uint)_index < (uint)_list._size)
                {
                    _key = _list._keys[_index];
                    _value = _list._values[_index];
                    _index++;
                    return true;
                }
                _index = _list._size + 1;
                _key = default;
                _value = default;
                return false;
            }

            public KeyValuePair<TKey, TValue> Current => new KeyValuePair<TKey, TValue>(_key, _value);

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _list._size + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return _dictEntry ? new DictionaryEntry(_key, _value) : (object)new KeyValuePair<TKey, TValue>(_key, _value);
                }
            }

            object IDictionaryEnumerator.Key => _key;
            object IDictionaryEnumerator.Value => _value;
            DictionaryEntry IDictionaryEnumerator.Entry => new DictionaryEntry(_key, _value);
            public void Dispose() { }

            void IEnumerator.Reset()
            {
                if (_version != _list._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                _index = 0;
                _key = default;
                _value = default;
            }
        }

        private abstract class ListView<T> : IList<T>, ICollection
        {
            protected readonly SortedList<TKey, TValue> _list;
            protected ListView(SortedList<TKey, TValue> list) { _list = list; }

            protected abstract T[] Items { get; }
            // .NET words the refusal to replace an element differently for keys and values.
            protected virtual string SetMessage => "This operation is not supported on SortedList nested types because they require modifying the original SortedList.";
            public int Count => _list._size;
            public bool IsReadOnly => true;
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => this;

            public T this[int index]
            {
                get
                {
                    if ((uint)index >= (uint)_list._size) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
                    return Items[index];
                }
                set => throw new NotSupportedException(SetMessage);
            }

            public virtual int IndexOf(T item) => Array.IndexOf(Items, item, 0, _list._size);
            public bool Contains(T item) => IndexOf(item) >= 0;
            public void CopyTo(T[] array, int arrayIndex) => Array.Copy(Items, 0, array, arrayIndex, _list._size);
            void ICollection.CopyTo(Array array, int index) => Array.Copy(Items, 0, array, index, _list._size);
            public void Add(T item) => throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            public void Insert(int index, T item) => throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            public bool Remove(T item) => throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            public void RemoveAt(int index) => throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            public void Clear() => throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");

            public IEnumerator<T> GetEnumerator()
            {
                int version = _list._version;
                for (int i = 0; i < _list._size; i++)
                {
                    if (version != _list._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                    yield return Items[i];
                }
                if (version != _list._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
            }

            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        }

        private sealed class KeyList : ListView<TKey>
        {
            protected override string SetMessage => "Mutating a key collection derived from a dictionary is not allowed.";
            internal KeyList(SortedList<TKey, TValue> list) : base(list) { }
            protected override TKey[] Items => _list._keys;

            public override int IndexOf(TKey key)
            {
                if (key == null) throw new ArgumentNullException("key");
                return _list.IndexOfKey(key);
            }
        }

        private sealed class ValueList : ListView<TValue>
        {
            internal ValueList(SortedList<TKey, TValue> list) : base(list) { }
            protected override TValue[] Items => _list._values;
        }
    }
}
