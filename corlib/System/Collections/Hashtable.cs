using System.Collections.Generic;

namespace System.Collections
{
    // The non-generic hash table. Open addressing with double hashing over a prime number of
    // buckets, with .NET's sizes, probe sequence, load factor and growth, so that enumeration
    // (from the last bucket down to the first) gives .NET's order for keys with stable hash codes.
    [Serializable]
    public class Hashtable : IDictionary, ICloneable
    {
        private struct Bucket
        {
            public object Key;
            public object Val;
            public int HashColl;   // hash code (low 31 bits) | collision flag (sign bit)
        }

        private const int HashPrime = 101;
        private const string EnumVersion = "Collection was modified; enumeration operation may not execute.";

        private Bucket[] _buckets;
        private int _count;
        private int _occupancy;
        private int _loadsize;
        private float _loadFactor;
        private int _version;
        private readonly IEqualityComparer _keycomparer;
        private readonly object _removed = new object();
        private KeyCollection _keys;
        private ValueCollection _values;

        public Hashtable() : this(0, 1.0f) { }
        public Hashtable(int capacity) : this(capacity, 1.0f) { }

        public Hashtable(int capacity, float loadFactor)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", capacity, "Non-negative number required.");
            if (!(loadFactor >= 0.1f && loadFactor <= 1.0f)) throw new ArgumentOutOfRangeException("loadFactor", loadFactor, "Load factor needs to be between 0.1 and 1.0.");
            _loadFactor = 0.72f * loadFactor;
            double rawsize = capacity / _loadFactor;
            if (rawsize > int.MaxValue) throw new ArgumentException("Hashtable's capacity overflowed and went negative. Check load factor, capacity and the current size of the table.", "capacity");
            int hashsize = rawsize > 3 ? HashHelpers.GetPrime((int)rawsize) : 3;
            _buckets = new Bucket[hashsize];
            _loadsize = (int)(_loadFactor * hashsize);
            if (_loadsize >= hashsize) _loadsize = hashsize - 1;
        }

        public Hashtable(int capacity, float loadFactor, IEqualityComparer equalityComparer) : this(capacity, loadFactor)
        {
            _keycomparer = equalityComparer;
        }

        public Hashtable(IEqualityComparer equalityComparer) : this(0, 1.0f, equalityComparer) { }
        public Hashtable(int capacity, IEqualityComparer equalityComparer) : this(capacity, 1.0f, equalityComparer) { }

        public Hashtable(IDictionary d) : this(d, 1.0f) { }
        public Hashtable(IDictionary d, float loadFactor) : this(d, loadFactor, null) { }
        public Hashtable(IDictionary d, IEqualityComparer equalityComparer) : this(d, 1.0f, equalityComparer) { }

        public Hashtable(IDictionary d, float loadFactor, IEqualityComparer equalityComparer)
            : this(d != null ? d.Count : 0, loadFactor, equalityComparer)
        {
            if (d == null) throw new ArgumentNullException("d", "Dictionary cannot be null.");
            IDictionaryEnumerator e = d.GetEnumerator();
            while (e.MoveNext()) Add(e.Key, e.Value);
        }

        protected IEqualityComparer EqualityComparer => _keycomparer;

        protected virtual int GetHash(object key) => _keycomparer != null ? _keycomparer.GetHashCode(key) : key.GetHashCode();

        protected virtual bool KeyEquals(object item, object key)
        {
            if (ReferenceEquals(item, key)) return true;
            if (item == null || key == null) return false;
            return _keycomparer != null ? _keycomparer.Equals(item, key) : item.Equals(key);
        }

        private uint InitHash(object key, int hashsize, out uint seed, out uint incr)
        {
            uint hashcode = (uint)GetHash(key) & 0x7FFFFFFF;
            seed = hashcode;
            incr = 1 + (uint)(((ulong)seed * HashPrime) % ((uint)hashsize - 1));
            return hashcode;
        }

        public virtual int Count => _count;
        public virtual bool IsReadOnly => false;
        public virtual bool IsFixedSize => false;
        public virtual bool IsSynchronized => false;
        public virtual object SyncRoot => this;
        public virtual ICollection Keys => _keys ??= new KeyCollection(this);
        public virtual ICollection Values => _values ??= new ValueCollection(this);

        public virtual object this[object key]
        {
            get
            {
                if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
                int b = FindBucket(key);
                return b >= 0 ? _buckets[b].Val : null;
            }
            set => Insert(key, value, false);
        }

        private int FindBucket(object key)
        {
            Bucket[] buckets = _buckets;
            uint hashcode = InitHash(key, buckets.Length, out uint seed, out uint incr);
            int ntry = 0;
            int bn = (int)(seed % (uint)buckets.Length);
            do
            {
                ref Bucket b = ref buckets[bn];
                if (b.Key == null) return -1;
                if ((b.HashColl & 0x7FFFFFFF) == hashcode && !ReferenceEquals(b.Key, _removed) && KeyEquals(b.Key, key)) return bn;
                if (b.HashColl >= 0) return -1;
                bn = (int)(((long)bn + incr) % (uint)buckets.Length);
            } while (++ntry < buckets.Length);
            return -1;
        }

        public virtual void Add(object key, object value) => Insert(key, value, true);

        private void Insert(object key, object nvalue, bool add)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            if (_count >= _loadsize) Expand();
            else if (_occupancy > _loadsize && _count > 100) Rehash(_buckets.Length);

            uint hashcode = InitHash(key, _buckets.Length, out uint seed, out uint incr);
            int ntry = 0;
            int emptySlot = -1;
            int bn = (int)(seed % (uint)_buckets.Length);
            do
            {
                ref Bucket b = ref _buckets[bn];
                if (emptySlot == -1 && ReferenceEquals(b.Key, _removed) && b.HashColl < 0) emptySlot = bn;

                if (b.Key == null || (ReferenceEquals(b.Key, _removed) && (b.HashColl & unchecked((int)0x80000000)) == 0))
                {
                    if (emptySlot != -1) bn = emptySlot;
                    ref Bucket t = ref _buckets[bn];
                    t.Val = nvalue;
                    t.Key = key;
                    t.HashColl |= (int)hashcode;
                    _count++;
                    _version++;
                    return;
                }

                if ((b.HashColl & 0x7FFFFFFF) == hashcode && !ReferenceEquals(b.Key, _removed) && KeyEquals(b.Key, key))
                {
                    if (add) throw new ArgumentException("Item has already been added. Key in dictionary: '" + b.Key + "'  Key being added: '" + key + "'");
                    b.Val = nvalue;
                    _version++;
                    return;
                }

                if (emptySlot == -1 && b.HashColl >= 0)
                {
                    b.HashColl |= unchecked((int)0x80000000);
                    _occupancy++;
                }
                bn = (int)(((long)bn + incr) % (uint)_buckets.Length);
            } while (++ntry < _buckets.Length);

            if (emptySlot != -1)
            {
                ref Bucket t = ref _buckets[emptySlot];
                t.Val = nvalue;
                t.Key = key;
                t.HashColl |= (int)hashcode;
                _count++;
                _version++;
                return;
            }
            throw new InvalidOperationException("Hashtable insert failed. Load factor too high. The most common cause is multiple threads writing to the Hashtable simultaneously.");
        }

        private void Expand() => Rehash(HashHelpers.ExpandPrime(_buckets.Length));

        private void Rehash(int newsize)
        {
            _occupancy = 0;
            var nb = new Bucket[newsize];
            for (int i = 0; i < _buckets.Length; i++)
            {
                ref Bucket b = ref _buckets[i];
                if (b.Key != null && !ReferenceEquals(b.Key, _removed))
                    PutEntry(nb, b.Key, b.Val, b.HashColl & 0x7FFFFFFF);
            }
            _buckets = nb;
            _loadsize = (int)(_loadFactor * newsize);
            if (_loadsize >= newsize) _loadsize = newsize - 1;
            _version++;
        }

        private void PutEntry(Bucket[] nb, object key, object nvalue, int hashcode)
        {
            uint seed = (uint)hashcode;
            uint incr = 1 + (uint)(((ulong)seed * HashPrime) % ((uint)nb.Length - 1));
            int bn = (int)(seed % (uint)nb.Length);
            while (true)
            {
                ref Bucket b = ref nb[bn];
                if (b.Key == null || ReferenceEquals(b.Key, _removed))
                {
                    b.Val = nvalue;
                    b.Key = key;
                    b.HashColl |= hashcode;
                    return;
                }
                if (b.HashColl >= 0)
                {
                    b.HashColl |= unchecked((int)0x80000000);
                    _occupancy++;
                }
                bn = (int)(((long)bn + incr) % (uint)nb.Length);
            }
        }

        public virtual void Remove(object key)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            int bn = FindBucket(key);
            if (bn < 0) return;
            ref Bucket b = ref _buckets[bn];
            b.HashColl &= unchecked((int)0x80000000);
            b.Key = b.HashColl != 0 ? _removed : null;
            b.Val = null;
            _count--;
            _version++;
        }

        public virtual void Clear()
        {
            if (_count == 0 && _occupancy == 0) return;
            Array.Clear(_buckets, 0, _buckets.Length);
            _count = 0;
            _occupancy = 0;
            _version++;
        }

        public virtual bool Contains(object key) => ContainsKey(key);

        public virtual bool ContainsKey(object key)
        {
            if (key == null) throw new ArgumentNullException("key", "Key cannot be null.");
            return FindBucket(key) >= 0;
        }

        public virtual bool ContainsValue(object value)
        {
            for (int i = _buckets.Length; --i >= 0;)
            {
                object k = _buckets[i].Key;
                if (k != null && !ReferenceEquals(k, _removed))
                {
                    object v = _buckets[i].Val;
                    if (value == null ? v == null : value.Equals(v)) return true;
                }
            }
            return false;
        }

        public virtual object Clone()
        {
            var h = new Hashtable(_count, 1.0f, _keycomparer);
            for (int i = _buckets.Length; --i >= 0;)
            {
                object k = _buckets[i].Key;
                if (k != null && !ReferenceEquals(k, _removed)) h[k] = _buckets[i].Val;
            }
            return h;
        }

        public virtual void CopyTo(Array array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array", "Array cannot be null.");
            if (arrayIndex < 0) throw new ArgumentOutOfRangeException("arrayIndex", arrayIndex, "Non-negative number required.");
            if (array.Length - arrayIndex < _count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = _buckets.Length; --i >= 0;)
            {
                object k = _buckets[i].Key;
                if (k != null && !ReferenceEquals(k, _removed)) array.SetValue(new DictionaryEntry(k, _buckets[i].Val), arrayIndex++);
            }
        }

        public virtual IDictionaryEnumerator GetEnumerator() => new Enumerator(this, 3);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this, 3);

        public static Hashtable Synchronized(Hashtable table)
        {
            if (table == null) throw new ArgumentNullException("table");
            return table;
        }

        private sealed class Enumerator : IDictionaryEnumerator, ICloneable
        {
            private readonly Hashtable _h;
            private readonly int _version;
            private readonly int _type;   // 1 keys, 2 values, 3 entries
            private int _bucket;
            private bool _current;
            private object _key, _value;

            internal Enumerator(Hashtable h, int type)
            {
                _h = h;
                _bucket = h._buckets.Length;
                _version = h._version;
                _type = type;
            }

            public object Clone() => MemberwiseClone();

            public bool MoveNext()
            {
                if (_version != _h._version) throw new InvalidOperationException(EnumVersion);
                while (_bucket > 0)
                {
                    _bucket--;
                    object k = _h._buckets[_bucket].Key;
                    if (k != null && !ReferenceEquals(k, _h._removed))
                    {
                        _key = k;
                        _value = _h._buckets[_bucket].Val;
                        _current = true;
                        return true;
                    }
                }
                _current = false;
                return false;
            }

            private void Check()
            {
                if (!_current) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
            }

            public object Key { get { Check(); return _key; } }
            public object Value { get { Check(); return _value; } }
            public DictionaryEntry Entry { get { Check(); return new DictionaryEntry(_key, _value); } }

            public object Current
            {
                get
                {
                    Check();
                    return _type == 1 ? _key : _type == 2 ? _value : new DictionaryEntry(_key, _value);
                }
            }

            public void Reset()
            {
                if (_version != _h._version) throw new InvalidOperationException(EnumVersion);
                _current = false;
                _bucket = _h._buckets.Length;
                _key = null;
                _value = null;
            }
        }

        private sealed class KeyCollection : ICollection
        {
            private readonly Hashtable _h;
            internal KeyCollection(Hashtable h) { _h = h; }
            public int Count => _h._count;
            public bool IsSynchronized => false;
            public object SyncRoot => _h;
            public IEnumerator GetEnumerator() => new Enumerator(_h, 1);

            public void CopyTo(Array array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                foreach (object k in this) array.SetValue(k, index++);
            }
        }

        private sealed class ValueCollection : ICollection
        {
            private readonly Hashtable _h;
            internal ValueCollection(Hashtable h) { _h = h; }
            public int Count => _h._count;
            public bool IsSynchronized => false;
            public object SyncRoot => _h;
            public IEnumerator GetEnumerator() => new Enumerator(_h, 2);

            public void CopyTo(Array array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                foreach (object v in this) array.SetValue(v, index++);
            }
        }
    }
}
