namespace System.Collections
{
    public interface IEnumerable { IEnumerator GetEnumerator(); }

    public interface IEnumerator
    {
        bool MoveNext();
        object Current { get; }
        void Reset();
    }

    public interface ICollection : IEnumerable
    {
        int Count { get; }
        object SyncRoot { get; }
        bool IsSynchronized { get; }
        void CopyTo(Array array, int index);
    }

    public interface IList : ICollection
    {
        object this[int index] { get; set; }
        int Add(object value);
        bool Contains(object value);
        void Clear();
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        int IndexOf(object value);
        void Insert(int index, object value);
        void Remove(object value);
        void RemoveAt(int index);
    }

    public interface IDictionary : ICollection
    {
        object this[object key] { get; set; }
        ICollection Keys { get; }
        ICollection Values { get; }
        bool Contains(object key);
        void Add(object key, object value);
        void Clear();
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        new IDictionaryEnumerator GetEnumerator();
        void Remove(object key);
    }

    public interface IDictionaryEnumerator : IEnumerator
    {
        object Key { get; }
        object Value { get; }
        DictionaryEntry Entry { get; }
    }

    public interface IComparer { int Compare(object x, object y); }

    public interface IEqualityComparer
    {
        bool Equals(object x, object y);
        int GetHashCode(object obj);
    }

    public interface IStructuralComparable { int CompareTo(object other, IComparer comparer); }

    public interface IStructuralEquatable
    {
        bool Equals(object other, IEqualityComparer comparer);
        int GetHashCode(IEqualityComparer comparer);
    }

    [Serializable]
    public struct DictionaryEntry
    {
        private object _key;
        private object _value;

        public DictionaryEntry(object key, object value) { _key = key; _value = value; }

        public object Key { get => _key; set => _key = value; }
        public object Value { get => _value; set => _value = value; }

        public void Deconstruct(out object key, out object value) { key = _key; value = _value; }

        public override string ToString() => "[" + _key?.ToString() + ", " + _value?.ToString() + "]";
    }

    // The default non-generic comparer: IComparable, with null smallest; strings culture-compared.
    [Serializable]
    public sealed class Comparer : IComparer
    {
        public static readonly Comparer Default = new Comparer(System.Globalization.CultureInfo.CurrentCulture);
        public static readonly Comparer DefaultInvariant = new Comparer(System.Globalization.CultureInfo.InvariantCulture);

        public Comparer(System.Globalization.CultureInfo culture)
        {
            if (culture == null) throw new ArgumentNullException("culture");
        }

        public int Compare(object a, object b)
        {
            if (a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            if (a is string sa && b is string sb) return string.Compare(sa, sb, StringComparison.CurrentCulture);
            if (a is IComparable ia) return ia.CompareTo(b);
            if (b is IComparable ib) return -ib.CompareTo(a);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }

    public static class StructuralComparisons
    {
        public static IComparer StructuralComparer { get; } = new StructuralComparerImpl();
        public static IEqualityComparer StructuralEqualityComparer { get; } = new StructuralEqualityComparerImpl();

        private sealed class StructuralComparerImpl : IComparer
        {
            public int Compare(object x, object y)
            {
                if (x == null) return y == null ? 0 : -1;
                if (y == null) return 1;
                if (x is IStructuralComparable sc) return sc.CompareTo(y, this);
                return Comparer.Default.Compare(x, y);
            }
        }

        private sealed class StructuralEqualityComparerImpl : IEqualityComparer
        {
            public new bool Equals(object x, object y)
            {
                if (x != null)
                {
                    if (x is IStructuralEquatable se) return se.Equals(y, this);
                    return y != null && x.Equals(y);
                }
                return y == null;
            }

            public int GetHashCode(object obj)
            {
                if (obj == null) return 0;
                if (obj is IStructuralEquatable se) return se.GetHashCode(this);
                return obj.GetHashCode();
            }
        }
    }

    // The dictionary behind Exception.Data: a small association list.
    [Serializable]
    internal sealed class ListDictionaryInternal : IDictionary
    {
        private readonly System.Collections.Generic.List<DictionaryEntry> _entries = new System.Collections.Generic.List<DictionaryEntry>();

        private int Find(object key)
        {
            if (key == null) throw new ArgumentNullException("key");
            for (int i = 0; i < _entries.Count; i++) if (_entries[i].Key.Equals(key)) return i;
            return -1;
        }

        public object this[object key]
        {
            get { int i = Find(key); return i < 0 ? null : _entries[i].Value; }
            set
            {
                int i = Find(key);
                if (i < 0) _entries.Add(new DictionaryEntry(key, value));
                else _entries[i] = new DictionaryEntry(key, value);
            }
        }

        public ICollection Keys
        {
            get
            {
                object[] k = new object[_entries.Count];
                for (int i = 0; i < k.Length; i++) k[i] = _entries[i].Key;
                return k;
            }
        }

        public ICollection Values
        {
            get
            {
                object[] v = new object[_entries.Count];
                for (int i = 0; i < v.Length; i++) v[i] = _entries[i].Value;
                return v;
            }
        }

        public bool Contains(object key) => Find(key) >= 0;

        public void Add(object key, object value)
        {
            if (Find(key) >= 0) throw new ArgumentException("Item has already been added. Key in dictionary: '" + key + "'  Key being added: '" + key + "'");
            _entries.Add(new DictionaryEntry(key, value));
        }

        public void Clear() => _entries.Clear();
        public bool IsReadOnly => false;
        public bool IsFixedSize => false;
        public void Remove(object key) { int i = Find(key); if (i >= 0) _entries.RemoveAt(i); }
        public int Count => _entries.Count;
        public object SyncRoot => this;
        public bool IsSynchronized => false;

        public void CopyTo(Array array, int index)
        {
            for (int i = 0; i < _entries.Count; i++) array.SetValue(_entries[i], index + i);
        }

        public IDictionaryEnumerator GetEnumerator() => new Enumerator(_entries.ToArray());
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        private sealed class Enumerator : IDictionaryEnumerator
        {
            private readonly DictionaryEntry[] _items;
            private int _i = -1;
            internal Enumerator(DictionaryEntry[] items) { _items = items; }
            public bool MoveNext() => ++_i < _items.Length;
            public object Current => Entry;
            public DictionaryEntry Entry => _items[_i];
            public object Key => _items[_i].Key;
            public object Value => _items[_i].Value;
            public void Reset() { _i = -1; }
        }
    }
}

namespace System.Collections.Generic
{
    public interface IEnumerable<out T> : IEnumerable { new IEnumerator<T> GetEnumerator(); }

    public interface IEnumerator<out T> : IDisposable, IEnumerator where T : allows ref struct { new T Current { get; } }

    public interface ICollection<T> : IEnumerable<T>
    {
        int Count { get; }
        bool IsReadOnly { get; }
        void Add(T item);
        void Clear();
        bool Contains(T item);
        void CopyTo(T[] array, int arrayIndex);
        bool Remove(T item);
    }

    public interface IList<T> : ICollection<T>
    {
        T this[int index] { get; set; }
        int IndexOf(T item);
        void Insert(int index, T item);
        void RemoveAt(int index);
    }

    public interface IReadOnlyCollection<out T> : IEnumerable<T> { int Count { get; } }

    public interface IReadOnlyList<out T> : IReadOnlyCollection<T> { T this[int index] { get; } }

    public interface IDictionary<TKey, TValue> : ICollection<KeyValuePair<TKey, TValue>>
    {
        TValue this[TKey key] { get; set; }
        ICollection<TKey> Keys { get; }
        ICollection<TValue> Values { get; }
        bool ContainsKey(TKey key);
        void Add(TKey key, TValue value);
        bool Remove(TKey key);
        bool TryGetValue(TKey key, out TValue value);
    }

    public interface IReadOnlyDictionary<TKey, TValue> : IReadOnlyCollection<KeyValuePair<TKey, TValue>>
    {
        bool ContainsKey(TKey key);
        bool TryGetValue(TKey key, out TValue value);
        TValue this[TKey key] { get; }
        IEnumerable<TKey> Keys { get; }
        IEnumerable<TValue> Values { get; }
    }

    public interface ISet<T> : ICollection<T>
    {
        new bool Add(T item);
        void UnionWith(IEnumerable<T> other);
        void IntersectWith(IEnumerable<T> other);
        void ExceptWith(IEnumerable<T> other);
        void SymmetricExceptWith(IEnumerable<T> other);
        bool IsSubsetOf(IEnumerable<T> other);
        bool IsSupersetOf(IEnumerable<T> other);
        bool IsProperSupersetOf(IEnumerable<T> other);
        bool IsProperSubsetOf(IEnumerable<T> other);
        bool Overlaps(IEnumerable<T> other);
        bool SetEquals(IEnumerable<T> other);
    }

    public interface IReadOnlySet<T> : IReadOnlyCollection<T>
    {
        bool Contains(T item);
        bool IsProperSubsetOf(IEnumerable<T> other);
        bool IsProperSupersetOf(IEnumerable<T> other);
        bool IsSubsetOf(IEnumerable<T> other);
        bool IsSupersetOf(IEnumerable<T> other);
        bool Overlaps(IEnumerable<T> other);
        bool SetEquals(IEnumerable<T> other);
    }

    public interface IComparer<in T> { int Compare(T x, T y); }

    public interface IEqualityComparer<in T>
    {
        bool Equals(T x, T y);
        int GetHashCode(T obj);
    }

    [Serializable]
    public readonly struct KeyValuePair<TKey, TValue>
    {
        private readonly TKey key;
        private readonly TValue value;

        public KeyValuePair(TKey key, TValue value) { this.key = key; this.value = value; }

        public TKey Key => key;
        public TValue Value => value;

        public void Deconstruct(out TKey key, out TValue value) { key = this.key; value = this.value; }

        public override string ToString() => KeyValuePair.PairToString(key, value);
    }

    public static class KeyValuePair
    {
        public static KeyValuePair<TKey, TValue> Create<TKey, TValue>(TKey key, TValue value) => new KeyValuePair<TKey, TValue>(key, value);

        internal static string PairToString(object key, object value) => "[" + key?.ToString() + ", " + value?.ToString() + "]";
    }
}
