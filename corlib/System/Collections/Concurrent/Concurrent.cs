using System.Collections.Generic;

namespace System.Collections.Concurrent
{
    // The concurrent collections with single-threaded semantics (anyclr runs one thread). The
    // dictionary keeps .NET's bucket structure — chains with new nodes at the head, 37 initial
    // buckets (the prime for 31), per-lock budgets over ProcessorCount locks, growth to the prime at least twice the
    // size — so that enumeration order matches .NET's for keys with stable hash codes.
    public class ConcurrentDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private sealed class Node
        {
            internal readonly TKey Key;
            internal TValue Value;
            internal readonly int Hash;
            internal Node Next;
            internal Node(TKey key, TValue value, int hash, Node next) { Key = key; Value = value; Hash = hash; Next = next; }
        }

        private Node[] _buckets;
        private int[] _countPerLock;
        private int _budget;
        private readonly bool _growLockArray;
        private readonly IEqualityComparer<TKey> _comparer;
        private int _count;

        public ConcurrentDictionary() : this(Environment.ProcessorCount, 31, true, null) { }
        public ConcurrentDictionary(IEqualityComparer<TKey> comparer) : this(Environment.ProcessorCount, 31, true, comparer) { }
        public ConcurrentDictionary(int concurrencyLevel, int capacity) : this(concurrencyLevel, capacity, false, null) { }
        public ConcurrentDictionary(int concurrencyLevel, int capacity, IEqualityComparer<TKey> comparer) : this(concurrencyLevel, capacity, false, comparer) { }
        public ConcurrentDictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }

        public ConcurrentDictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer) : this(Environment.ProcessorCount, 31, true, comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (var kv in collection)
                if (!TryAdd(kv.Key, kv.Value)) throw new ArgumentException("The source argument contains duplicate keys.");
        }

        private ConcurrentDictionary(int concurrencyLevel, int capacity, bool growLockArray, IEqualityComparer<TKey> comparer)
        {
            if (concurrencyLevel <= 0)
            {
                if (concurrencyLevel != -1) throw new ArgumentOutOfRangeException("concurrencyLevel", "The concurrencyLevel argument must be positive.");
                concurrencyLevel = Environment.ProcessorCount;
            }
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "The capacity argument must be greater than or equal to zero.");
            if (capacity < concurrencyLevel) capacity = concurrencyLevel;
            capacity = HashHelpers.GetPrime(capacity);
            _buckets = new Node[capacity];
            _countPerLock = new int[concurrencyLevel];
            _budget = Math.Max(1, capacity / concurrencyLevel);
            _growLockArray = growLockArray;
            _comparer = comparer ?? EqualityComparer<TKey>.Default;
        }

        public IEqualityComparer<TKey> Comparer => _comparer;
        public int Count => _count;
        public bool IsEmpty => _count == 0;
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;
        bool IDictionary.IsReadOnly => false;
        bool IDictionary.IsFixedSize => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => throw new NotSupportedException("The SyncRoot property may not be used for the synchronization of concurrent collections.");

        private int Hash(TKey key)
        {
            if (key == null) throw new ArgumentNullException("key");
            return _comparer.GetHashCode(key);
        }

        private Node Find(TKey key, int hash)
        {
            for (Node n = _buckets[(uint)hash % (uint)_buckets.Length]; n != null; n = n.Next)
                if (n.Hash == hash && _comparer.Equals(n.Key, key)) return n;
            return null;
        }

        private void AddNew(TKey key, TValue value, int hash)
        {
            int bucket = (int)((uint)hash % (uint)_buckets.Length);
            int lockNo = bucket % _countPerLock.Length;
            _buckets[bucket] = new Node(key, value, hash, _buckets[bucket]);
            _count++;
            if (++_countPerLock[lockNo] > _budget) GrowTable();
        }

        private void GrowTable()
        {
            if (_count < _buckets.Length / 4)
            {
                _budget = 2 * _budget;
                if (_budget < 0) _budget = int.MaxValue;
                return;
            }
            int newLength = HashHelpers.GetPrime(_buckets.Length * 2);
            int locks = _countPerLock.Length;
            if (_growLockArray && locks < 1024) locks *= 2;
            var nb = new Node[newLength];
            var counts = new int[locks];
            foreach (Node head in _buckets)
            {
                for (Node n = head; n != null; n = n.Next)
                {
                    int b = (int)((uint)n.Hash % (uint)newLength);
                    nb[b] = new Node(n.Key, n.Value, n.Hash, nb[b]);
                    counts[b % locks]++;
                }
            }
            _buckets = nb;
            _countPerLock = counts;
            _budget = Math.Max(1, newLength / locks);
        }

        private bool RemoveNode(TKey key, int hash, out TValue value)
        {
            int bucket = (int)((uint)hash % (uint)_buckets.Length);
            Node prev = null;
            for (Node n = _buckets[bucket]; n != null; prev = n, n = n.Next)
            {
                if (n.Hash == hash && _comparer.Equals(n.Key, key))
                {
                    if (prev == null) _buckets[bucket] = n.Next; else prev.Next = n.Next;
                    value = n.Value;
                    _count--;
                    _countPerLock[bucket % _countPerLock.Length]--;
                    return true;
                }
            }
            value = default;
            return false;
        }

        public TValue this[TKey key]
        {
            get
            {
                Node n = Find(key, Hash(key));
                if (n == null) throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
                return n.Value;
            }
            set
            {
                int h = Hash(key);
                Node n = Find(key, h);
                if (n != null) n.Value = value; else AddNew(key, value, h);
            }
        }

        object IDictionary.this[object key]
        {
            get => key is TKey k && TryGetValue(k, out TValue v) ? v : null;
            set => this[(TKey)key] = (TValue)value;
        }

        public ICollection<TKey> Keys { get { var l = new List<TKey>(); foreach (var kv in this) l.Add(kv.Key); return l.AsReadOnly(); } }
        public ICollection<TValue> Values { get { var l = new List<TValue>(); foreach (var kv in this) l.Add(kv.Value); return l.AsReadOnly(); } }
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;
        ICollection IDictionary.Keys => (ICollection)Keys;
        ICollection IDictionary.Values => (ICollection)Values;

        public bool TryAdd(TKey key, TValue value)
        {
            int h = Hash(key);
            if (Find(key, h) != null) return false;
            AddNew(key, value, h);
            return true;
        }

        public bool ContainsKey(TKey key) => Find(key, Hash(key)) != null;

        public bool TryGetValue(TKey key, out TValue value)
        {
            Node n = Find(key, Hash(key));
            value = n != null ? n.Value : default;
            return n != null;
        }

        public bool TryRemove(TKey key, out TValue value) => RemoveNode(key, Hash(key), out value);

        public bool TryRemove(KeyValuePair<TKey, TValue> item)
        {
            int h = Hash(item.Key);
            Node n = Find(item.Key, h);
            if (n == null || !EqualityComparer<TValue>.Default.Equals(n.Value, item.Value)) return false;
            return RemoveNode(item.Key, h, out _);
        }

        public bool TryUpdate(TKey key, TValue newValue, TValue comparisonValue)
        {
            Node n = Find(key, Hash(key));
            if (n == null || !EqualityComparer<TValue>.Default.Equals(n.Value, comparisonValue)) return false;
            n.Value = newValue;
            return true;
        }

        public TValue GetOrAdd(TKey key, Func<TKey, TValue> valueFactory)
        {
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            int h = Hash(key);
            Node n = Find(key, h);
            if (n != null) return n.Value;
            TValue v = valueFactory(key);
            n = Find(key, h);
            if (n != null) return n.Value;
            AddNew(key, v, h);
            return v;
        }

        public TValue GetOrAdd<TArg>(TKey key, Func<TKey, TArg, TValue> valueFactory, TArg factoryArgument)
        {
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            return GetOrAdd(key, k => valueFactory(k, factoryArgument));
        }

        public TValue GetOrAdd(TKey key, TValue value)
        {
            int h = Hash(key);
            Node n = Find(key, h);
            if (n != null) return n.Value;
            AddNew(key, value, h);
            return value;
        }

        public TValue AddOrUpdate(TKey key, Func<TKey, TValue> addValueFactory, Func<TKey, TValue, TValue> updateValueFactory)
        {
            if (addValueFactory == null) throw new ArgumentNullException("addValueFactory");
            if (updateValueFactory == null) throw new ArgumentNullException("updateValueFactory");
            int h = Hash(key);
            Node n = Find(key, h);
            if (n != null) return n.Value = updateValueFactory(key, n.Value);
            TValue v = addValueFactory(key);
            AddNew(key, v, h);
            return v;
        }

        public TValue AddOrUpdate(TKey key, TValue addValue, Func<TKey, TValue, TValue> updateValueFactory)
        {
            if (updateValueFactory == null) throw new ArgumentNullException("updateValueFactory");
            int h = Hash(key);
            Node n = Find(key, h);
            if (n != null) return n.Value = updateValueFactory(key, n.Value);
            AddNew(key, addValue, h);
            return addValue;
        }

        public TValue AddOrUpdate<TArg>(TKey key, Func<TKey, TArg, TValue> addValueFactory, Func<TKey, TValue, TArg, TValue> updateValueFactory, TArg factoryArgument)
        {
            if (addValueFactory == null) throw new ArgumentNullException("addValueFactory");
            if (updateValueFactory == null) throw new ArgumentNullException("updateValueFactory");
            return AddOrUpdate(key, k => addValueFactory(k, factoryArgument), (k, v) => updateValueFactory(k, v, factoryArgument));
        }

        public void Clear()
        {
            _buckets = new Node[HashHelpers.GetPrime(31)];
            _countPerLock = new int[_countPerLock.Length];
            _budget = Math.Max(1, _buckets.Length / _countPerLock.Length);
            _count = 0;
        }

        public KeyValuePair<TKey, TValue>[] ToArray()
        {
            var r = new KeyValuePair<TKey, TValue>[_count];
            int i = 0;
            foreach (var kv in this) r[i++] = kv;
            return r;
        }

        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
        {
            Node[] buckets = _buckets;
            for (int i = 0; i < buckets.Length; i++)
                for (Node n = buckets[i]; n != null; n = n.Next)
                    yield return new KeyValuePair<TKey, TValue>(n.Key, n.Value);
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        IDictionaryEnumerator IDictionary.GetEnumerator() => new DictEnumerator(GetEnumerator());

        private sealed class DictEnumerator : IDictionaryEnumerator
        {
            private readonly IEnumerator<KeyValuePair<TKey, TValue>> _e;
            internal DictEnumerator(IEnumerator<KeyValuePair<TKey, TValue>> e) { _e = e; }
            public DictionaryEntry Entry => new DictionaryEntry(_e.Current.Key, _e.Current.Value);
            public object Key => _e.Current.Key;
            public object Value => _e.Current.Value;
            public object Current => Entry;
            public bool MoveNext() => _e.MoveNext();
            public void Reset() => _e.Reset();
        }

        void IDictionary<TKey, TValue>.Add(TKey key, TValue value)
        {
            if (!TryAdd(key, value)) throw new ArgumentException("The key already existed in the dictionary.");
        }

        bool IDictionary<TKey, TValue>.Remove(TKey key) => TryRemove(key, out _);
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) => ((IDictionary<TKey, TValue>)this).Add(item.Key, item.Value);
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item) => TryGetValue(item.Key, out TValue v) && EqualityComparer<TValue>.Default.Equals(v, item.Value);
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item) => TryRemove(item);
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index) { foreach (var kv in this) array[index++] = kv; }
        void IDictionary.Add(object key, object value) => ((IDictionary<TKey, TValue>)this).Add((TKey)key, (TValue)value);
        bool IDictionary.Contains(object key) => key is TKey k && ContainsKey(k);
        void IDictionary.Remove(object key) { if (key is TKey k) TryRemove(k, out _); }
        void ICollection.CopyTo(Array array, int index) { foreach (var kv in this) array.SetValue(kv, index++); }
    }

    public interface IProducerConsumerCollection<T> : IEnumerable<T>, ICollection
    {
        void CopyTo(T[] array, int index);
        T[] ToArray();
        bool TryAdd(T item);
        bool TryTake(out T item);
    }

    public class ConcurrentQueue<T> : IProducerConsumerCollection<T>, IReadOnlyCollection<T>
    {
        private readonly Queue<T> _q;
        public ConcurrentQueue() { _q = new Queue<T>(); }
        public ConcurrentQueue(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            _q = new Queue<T>(collection);
        }
        public int Count => _q.Count;
        public bool IsEmpty => _q.Count == 0;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => throw new NotSupportedException("The SyncRoot property may not be used for the synchronization of concurrent collections.");
        public void Enqueue(T item) => _q.Enqueue(item);
        public bool TryDequeue(out T result) => _q.TryDequeue(out result);
        public bool TryPeek(out T result) => _q.TryPeek(out result);
        public void Clear() => _q.Clear();
        public T[] ToArray() => _q.ToArray();
        public void CopyTo(T[] array, int index) => _q.CopyTo(array, index);
        void ICollection.CopyTo(Array array, int index) => ((ICollection)_q).CopyTo(array, index);
        bool IProducerConsumerCollection<T>.TryAdd(T item) { Enqueue(item); return true; }
        bool IProducerConsumerCollection<T>.TryTake(out T item) => TryDequeue(out item);
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)ToArray()).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public class ConcurrentStack<T> : IProducerConsumerCollection<T>, IReadOnlyCollection<T>
    {
        private readonly Stack<T> _s;
        public ConcurrentStack() { _s = new Stack<T>(); }
        public ConcurrentStack(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            _s = new Stack<T>(collection);
        }
        public int Count => _s.Count;
        public bool IsEmpty => _s.Count == 0;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => throw new NotSupportedException("The SyncRoot property may not be used for the synchronization of concurrent collections.");
        public void Push(T item) => _s.Push(item);
        public void PushRange(T[] items) { if (items == null) throw new ArgumentNullException("items"); foreach (T i in items) _s.Push(i); }
        public void PushRange(T[] items, int startIndex, int count) { for (int i = 0; i < count; i++) _s.Push(items[startIndex + i]); }
        public bool TryPop(out T result) => _s.TryPop(out result);
        public bool TryPeek(out T result) => _s.TryPeek(out result);
        public int TryPopRange(T[] items) => TryPopRange(items, 0, items.Length);
        public int TryPopRange(T[] items, int startIndex, int count)
        {
            int n = 0;
            while (n < count && _s.TryPop(out T v)) items[startIndex + n++] = v;
            return n;
        }
        public void Clear() => _s.Clear();
        public T[] ToArray() => _s.ToArray();
        public void CopyTo(T[] array, int index) => _s.CopyTo(array, index);
        void ICollection.CopyTo(Array array, int index) => ((ICollection)_s).CopyTo(array, index);
        bool IProducerConsumerCollection<T>.TryAdd(T item) { Push(item); return true; }
        bool IProducerConsumerCollection<T>.TryTake(out T item) => TryPop(out item);
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)ToArray()).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    // One thread's bag: items come back most recent first.
    public class ConcurrentBag<T> : IProducerConsumerCollection<T>, IReadOnlyCollection<T>
    {
        private readonly List<T> _items = new List<T>();
        public ConcurrentBag() { }
        public ConcurrentBag(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            _items.AddRange(collection);
        }
        public int Count => _items.Count;
        public bool IsEmpty => _items.Count == 0;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => throw new NotSupportedException("The SyncRoot property may not be used for the synchronization of concurrent collections.");
        public void Add(T item) => _items.Add(item);
        public bool TryAdd(T item) { _items.Add(item); return true; }
        public bool TryTake(out T result)
        {
            if (_items.Count == 0) { result = default; return false; }
            result = _items[_items.Count - 1];
            _items.RemoveAt(_items.Count - 1);
            return true;
        }
        public bool TryPeek(out T result)
        {
            if (_items.Count == 0) { result = default; return false; }
            result = _items[_items.Count - 1];
            return true;
        }
        public void Clear() => _items.Clear();
        public T[] ToArray()
        {
            var r = new T[_items.Count];
            for (int i = 0; i < r.Length; i++) r[i] = _items[_items.Count - 1 - i];
            return r;
        }
        public void CopyTo(T[] array, int index) => ToArray().CopyTo(array, index);
        void ICollection.CopyTo(Array array, int index) => ToArray().CopyTo(array, index);
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)ToArray()).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
