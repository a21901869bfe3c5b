namespace System.Collections.Generic
{
    // A dictionary sorted by key: a SortedSet of key/value pairs ordered by key.
    [Serializable]
    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private readonly SortedSet<KeyValuePair<TKey, TValue>> _set;
        private readonly IComparer<TKey> _keyComparer;
        private KeyCollection _keys;
        private ValueCollection _values;

        private sealed class PairComparer : IComparer<KeyValuePair<TKey, TValue>>
        {
            internal readonly IComparer<TKey> _c;
            internal PairComparer(IComparer<TKey> c) { _c = c; }
            public int Compare(KeyValuePair<TKey, TValue> x, KeyValuePair<TKey, TValue> y) => _c.Compare(x.Key, y.Key);
        }

        public SortedDictionary() : this((IComparer<TKey>)null) { }

        public SortedDictionary(IComparer<TKey> comparer)
        {
            _keyComparer = comparer ?? Comparer<TKey>.Default;
            _set = new SortedSet<KeyValuePair<TKey, TValue>>(new PairComparer(_keyComparer));
        }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }

        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer)
        {
            if (dictionary == null) throw new ArgumentNullException("dictionary");
            foreach (KeyValuePair<TKey, TValue> kv in dictionary) Add(kv.Key, kv.Value);
        }

        public IComparer<TKey> Comparer => _keyComparer;
        public int Count => _set.Count;
        public KeyCollection Keys => _keys ??= new KeyCollection(this);
        public ValueCollection Values => _values ??= new ValueCollection(this);

        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;
        ICollection IDictionary.Keys => Keys;
        ICollection IDictionary.Values => Values;
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;
        bool IDictionary.IsReadOnly => false;
        bool IDictionary.IsFixedSize => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        private SortedSet<KeyValuePair<TKey, TValue>>.Node Find(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return _set.FindNode(new KeyValuePair<TKey, TValue>(key, default));
        }

        public TValue this[TKey key]
        {
            get
            {
                var n = Find(key);
                if (n == null) throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
                return n.Item.Value;
            }
            set
            {
                if (key == null) throw new ArgumentNullException("key");
                var pair = new KeyValuePair<TKey, TValue>(key, value);
                var existing = _set.AddOrGet(pair);
                if (existing != null)
                {
                    existing.Item = pair;
                    _set.UpdateVersion();
                }
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
            var pair = new KeyValuePair<TKey, TValue>(key, value);
            if (_set.AddOrGet(pair) != null) throw new ArgumentException("An item with the same key has already been added. Key: " + pair.ToString());
        }

        void IDictionary.Add(object key, object value) => Add((TKey)key, (TValue)value);
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) => Add(item.Key, item.Value);

        public void Clear() => _set.Clear();

        public bool ContainsKey(TKey key) => Find(key) != null;

        public bool ContainsValue(TValue value)
        {
            EqualityComparer<TValue> c = EqualityComparer<TValue>.Default;
            foreach (KeyValuePair<TKey, TValue> kv in _set) if (c.Equals(kv.Value, value)) return true;
            return false;
        }

        bool IDictionary.Contains(object key) => key is TKey k && ContainsKey(k);

        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item)
        {
            var n = Find(item.Key);
            return n != null && EqualityComparer<TValue>.Default.Equals(n.Item.Value, item.Value);
        }

        public bool Remove(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return _set.Remove(new KeyValuePair<TKey, TValue>(key, default));
        }

        void IDictionary.Remove(object key) { if (key is TKey k) Remove(k); }

        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item)
        {
            var n = Find(item.Key);
            if (n == null || !EqualityComparer<TValue>.Default.Equals(n.Item.Value, item.Value)) return false;
            return _set.Remove(n.Item);
        }

        public bool TryGetValue(TKey key, out TValue value)
        {
            var n = Find(key);
            if (n != null) { value = n.Item.Value; return true; }
            value = default;
            return false;
        }

        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) => _set.CopyTo(array, index);
        void ICollection.CopyTo(Array array, int index) => ((ICollection)_set).CopyTo(array, index);

        public Enumerator GetEnumerator() => new Enumerator(this, false);
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        IDictionaryEnumerator IDictionary.GetEnumerator() => new Enumerator(this, true);

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, IDictionaryEnumerator
        {
            private SortedSet<KeyValuePair<TKey, TValue>>.Enumerator _e;
            private readonly bool _dictEntry;

            internal Enumerator(SortedDictionary<TKey, TValue> d, bool dictEntry)
            {
                _e = d._set.GetEnumerator();
                _dictEntry = dictEntry;
            }

            public bool MoveNext() => _e.MoveNext();
            public void Dispose() { }
            public KeyValuePair<TKey, TValue> Current => _e.Current;

            object IEnumerator.Current
            {
                get
                {
                    object o = ((IEnumerator)_e).Current;
                    if (_dictEntry) { var kv = (KeyValuePair<TKey, TValue>)o; return new DictionaryEntry(kv.Key, kv.Value); }
                    return o;
                }
            }

            object IDictionaryEnumerator.Key => ((KeyValuePair<TKey, TValue>)((IEnumerator)_e).Current).Key;
            object IDictionaryEnumerator.Value => ((KeyValuePair<TKey, TValue>)((IEnumerator)_e).Current).Value;
            DictionaryEntry IDictionaryEnumerator.Entry
            {
                get { var kv = (KeyValuePair<TKey, TValue>)((IEnumerator)_e).Current; return new DictionaryEntry(kv.Key, kv.Value); }
            }

            void IEnumerator.Reset() => ((IEnumerator)_e).Reset();
        }

        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private readonly SortedDictionary<TKey, TValue> _d;
            public KeyCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                _d = dictionary ?? throw new ArgumentNullException("dictionary");
            }

            public int Count => _d.Count;
            bool ICollection<TKey>.IsReadOnly => true;
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => this;
            public Enumerator GetEnumerator() => new Enumerator(_d);
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() => GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            public void CopyTo(TKey[] array, int index) { foreach (var kv in _d._set) array[index++] = kv.Key; }
            void ICollection.CopyTo(Array array, int index) { foreach (var kv in _d._set) array.SetValue(kv.Key, index++); }
            bool ICollection<TKey>.Contains(TKey item) => _d.ContainsKey(item);
            void ICollection<TKey>.Add(TKey item) => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            void ICollection<TKey>.Clear() => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            bool ICollection<TKey>.Remove(TKey item) => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");

            public struct Enumerator : IEnumerator<TKey>
            {
                private SortedSet<KeyValuePair<TKey, TValue>>.Enumerator _e;
                internal Enumerator(SortedDictionary<TKey, TValue> d) { _e = d._set.GetEnumerator(); }
                public bool MoveNext() => _e.MoveNext();
                public TKey Current => _e.Current.Key;
                object IEnumerator.Current => ((KeyValuePair<TKey, TValue>)((IEnumerator)_e).Current).Key;
                public void Dispose() { }
                void IEnumerator.Reset() => ((IEnumerator)_e).Reset();
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private readonly SortedDictionary<TKey, TValue> _d;
            public ValueCollection(SortedDictionary<TKey, TValue> dictionary)
            {
                _d = dictionary ?? throw new ArgumentNullException("dictionary");
            }

            public int Count => _d.Count;
            bool ICollection<TValue>.IsReadOnly => true;
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => this;
            public Enumerator GetEnumerator() => new Enumerator(_d);
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            public void CopyTo(TValue[] array, int index) { foreach (var kv in _d._set) array[index++] = kv.Value; }
            void ICollection.CopyTo(Array array, int index) { foreach (var kv in _d._set) array.SetValue(kv.Value, index++); }
            bool ICollection<TValue>.Contains(TValue item) => _d.ContainsValue(item);
            void ICollection<TValue>.Add(TValue item) => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            void ICollection<TValue>.Clear() => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            bool ICollection<TValue>.Remove(TValue item) => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");

            public struct Enumerator : IEnumerator<TValue>
            {
                private SortedSet<KeyValuePair<TKey, TValue>>.Enumerator _e;
                internal Enumerator(SortedDictionary<TKey, TValue> d) { _e = d._set.GetEnumerator(); }
                public bool MoveNext() => _e.MoveNext();
                public TValue Current => _e.Current.Value;
                object IEnumerator.Current => ((KeyValuePair<TKey, TValue>)((IEnumerator)_e).Current).Value;
                public void Dispose() { }
                void IEnumerator.Reset() => ((IEnumerator)_e).Reset();
            }
        }
    }
}
