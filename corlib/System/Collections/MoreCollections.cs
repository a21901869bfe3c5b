using System.Collections.Generic;
using System.Collections.Specialized;
using System.ComponentModel;
using System.Runtime.CompilerServices;

namespace System.Runtime.InteropServices
{
    public static class CollectionsMarshal
    {
        public static Span<T> AsSpan<T>(List<T> list) => list == null ? default : new Span<T>(list._items, 0, list._size);

        public static void SetCount<T>(List<T> list, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", count, "Non-negative number required.");
            if (count > list.Capacity) list.Capacity = count;
            if (count < list._size) Array.Clear(list._items, count, list._size - count);
            list._size = count;
            list._version++;
        }

        public static ref TValue GetValueRefOrNullRef<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key) =>
            ref dictionary.GetValueRef(key, false, out _);

        public static ref TValue GetValueRefOrAddDefault<TKey, TValue>(Dictionary<TKey, TValue> dictionary, TKey key, out bool exists) =>
            ref dictionary.GetValueRef(key, true, out exists);
    }
}

namespace System.Buffers
{
    // Array pools: Rent returns an array of at least the requested length (a power of two from
    // 16 up, as .NET's shared pool does); Return keeps it for reuse.
    public abstract class ArrayPool<T>
    {
        private static ArrayPool<T> s_shared;
        public static ArrayPool<T> Shared => s_shared ??= new SimplePool(1024 * 1024, 32);
        public static ArrayPool<T> Create() => new SimplePool(1024 * 1024, 50);
        public static ArrayPool<T> Create(int maxArrayLength, int maxArraysPerBucket) => new SimplePool(maxArrayLength, maxArraysPerBucket);

        protected ArrayPool() { }
        public abstract T[] Rent(int minimumLength);
        public abstract void Return(T[] array, bool clearArray = false);

        private sealed class SimplePool : ArrayPool<T>
        {
            private readonly Stack<T[]>[] _buckets = new Stack<T[]>[31];
            private readonly int _maxLength, _perBucket;

            internal SimplePool(int maxLength, int perBucket) { _maxLength = maxLength; _perBucket = perBucket; }

            private static int Bucket(int length) => 32 - System.Numerics.BitOperations.LeadingZeroCount((uint)Math.Max(length - 1, 15)) - 4;

            public override T[] Rent(int minimumLength)
            {
                if (minimumLength < 0) ArgumentOutOfRangeException.ThrowIfNegative(minimumLength);
                if (minimumLength == 0) return Array.Empty<T>();
                if (minimumLength > _maxLength) return new T[minimumLength];
                int b = Bucket(minimumLength);
                var s = _buckets[b];
                if (s != null && s.Count > 0) return s.Pop();
                return new T[16 << b];
            }

            public override void Return(T[] array, bool clearArray = false)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (array.Length == 0 || array.Length > _maxLength) return;
                int b = Bucket(array.Length);
                if ((16 << b) != array.Length) throw new ArgumentException("The buffer is not associated with this pool and may not be returned to it.", "array");
                if (clearArray) Array.Clear(array, 0, array.Length);
                var s = _buckets[b] ??= new Stack<T[]>();
                if (s.Count < _perBucket) s.Push(array);
            }
        }
    }
}

namespace System.Collections.ObjectModel
{
    public class ReadOnlyDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IDictionary, IReadOnlyDictionary<TKey, TValue>
    {
        private readonly IDictionary<TKey, TValue> _d;

        public ReadOnlyDictionary(IDictionary<TKey, TValue> dictionary) { _d = dictionary ?? throw new ArgumentNullException("dictionary"); }

        public static ReadOnlyDictionary<TKey, TValue> Empty { get; } = new ReadOnlyDictionary<TKey, TValue>(new Dictionary<TKey, TValue>());
        protected IDictionary<TKey, TValue> Dictionary => _d;
        public int Count => _d.Count;
        public TValue this[TKey key] => _d[key];
        private KeyCollection _keys;
        private ValueCollection _values;
        public KeyCollection Keys => _keys ??= new KeyCollection(_d.Keys);
        public ValueCollection Values => _values ??= new ValueCollection(_d.Values);
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;
        ICollection IDictionary.Keys => Keys;
        ICollection IDictionary.Values => Values;

        public sealed class KeyCollection : ICollection<TKey>, ICollection, IReadOnlyCollection<TKey>
        {
            private readonly ICollection<TKey> _c;
            internal KeyCollection(ICollection<TKey> c) { _c = c; }
            public int Count => _c.Count;
            bool ICollection<TKey>.IsReadOnly => true;
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => this;
            public bool Contains(TKey item) => _c.Contains(item);
            public void CopyTo(TKey[] array, int arrayIndex) => _c.CopyTo(array, arrayIndex);
            void ICollection.CopyTo(Array array, int index) { foreach (TKey x in _c) array.SetValue(x, index++); }
            public IEnumerator<TKey> GetEnumerator() => _c.GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => _c.GetEnumerator();
            void ICollection<TKey>.Add(TKey item) => throw ReadOnly();
            void ICollection<TKey>.Clear() => throw ReadOnly();
            bool ICollection<TKey>.Remove(TKey item) => throw ReadOnly();
        }

        public sealed class ValueCollection : ICollection<TValue>, ICollection, IReadOnlyCollection<TValue>
        {
            private readonly ICollection<TValue> _c;
            internal ValueCollection(ICollection<TValue> c) { _c = c; }
            public int Count => _c.Count;
            bool ICollection<TValue>.IsReadOnly => true;
            bool ICollection.IsSynchronized => false;
            object ICollection.SyncRoot => this;
            public bool Contains(TValue item) => _c.Contains(item);
            public void CopyTo(TValue[] array, int arrayIndex) => _c.CopyTo(array, arrayIndex);
            void ICollection.CopyTo(Array array, int index) { foreach (TValue x in _c) array.SetValue(x, index++); }
            public IEnumerator<TValue> GetEnumerator() => _c.GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => _c.GetEnumerator();
            void ICollection<TValue>.Add(TValue item) => throw ReadOnly();
            void ICollection<TValue>.Clear() => throw ReadOnly();
            bool ICollection<TValue>.Remove(TValue item) => throw ReadOnly();
        }
        public bool ContainsKey(TKey key) => _d.ContainsKey(key);
        public bool TryGetValue(TKey key, out TValue value) => _d.TryGetValue(key, out value);
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _d.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => _d.GetEnumerator();
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => true;
        bool IDictionary.IsReadOnly => true;
        bool IDictionary.IsFixedSize => true;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        private static NotSupportedException ReadOnly() => new NotSupportedException("Collection is read-only.");

        TValue IDictionary<TKey, TValue>.this[TKey key] { get => _d[key]; set => throw ReadOnly(); }
        object IDictionary.this[object key] { get => key is TKey k && _d.TryGetValue(k, out TValue v) ? v : null; set => throw ReadOnly(); }
        void IDictionary<TKey, TValue>.Add(TKey key, TValue value) => throw ReadOnly();
        bool IDictionary<TKey, TValue>.Remove(TKey key) => throw ReadOnly();
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> item) => throw ReadOnly();
        void ICollection<KeyValuePair<TKey, TValue>>.Clear() => throw ReadOnly();
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> item) => throw ReadOnly();
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> item) => _d.Contains(item);
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int arrayIndex) => _d.CopyTo(array, arrayIndex);
        void IDictionary.Add(object key, object value) => throw ReadOnly();
        void IDictionary.Clear() => throw ReadOnly();
        void IDictionary.Remove(object key) => throw ReadOnly();
        bool IDictionary.Contains(object key) => key is TKey k && _d.ContainsKey(k);
        IDictionaryEnumerator IDictionary.GetEnumerator() => new Entries(_d.GetEnumerator());
        void ICollection.CopyTo(Array array, int index) { foreach (var kv in _d) array.SetValue(kv, index++); }

        private sealed class Entries : IDictionaryEnumerator
        {
            private readonly IEnumerator<KeyValuePair<TKey, TValue>> _e;
            internal Entries(IEnumerator<KeyValuePair<TKey, TValue>> e) { _e = e; }
            public DictionaryEntry Entry => new DictionaryEntry(_e.Current.Key, _e.Current.Value);
            public object Key => _e.Current.Key;
            public object Value => _e.Current.Value;
            public object Current => Entry;
            public bool MoveNext() => _e.MoveNext();
            public void Reset() => _e.Reset();
        }
    }

    // A Collection<T> that raises CollectionChanged and PropertyChanged ("Count", "Item[]").
    public class ObservableCollection<T> : Collection<T>, INotifyCollectionChanged, INotifyPropertyChanged
    {
        public ObservableCollection() { }
        public ObservableCollection(IEnumerable<T> collection) : base(new List<T>(collection ?? throw new ArgumentNullException("collection"))) { }
        public ObservableCollection(List<T> list) : base(new List<T>(list ?? throw new ArgumentNullException("list"))) { }

        public virtual event NotifyCollectionChangedEventHandler CollectionChanged;
        protected virtual event PropertyChangedEventHandler PropertyChanged;
        event PropertyChangedEventHandler INotifyPropertyChanged.PropertyChanged { add => PropertyChanged += value; remove => PropertyChanged -= value; }

        protected virtual void OnCollectionChanged(NotifyCollectionChangedEventArgs e) => CollectionChanged?.Invoke(this, e);
        protected virtual void OnPropertyChanged(PropertyChangedEventArgs e) => PropertyChanged?.Invoke(this, e);
        private void Changed(string property) => OnPropertyChanged(new PropertyChangedEventArgs(property));

        protected override void InsertItem(int index, T item)
        {
            base.InsertItem(index, item);
            Changed("Count");
            Changed("Item[]");
            OnCollectionChanged(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Add, item, index));
        }

        protected override void RemoveItem(int index)
        {
            T removed = this[index];
            base.RemoveItem(index);
            Changed("Count");
            Changed("Item[]");
            OnCollectionChanged(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Remove, removed, index));
        }

        protected override void SetItem(int index, T item)
        {
            T old = this[index];
            base.SetItem(index, item);
            Changed("Item[]");
            OnCollectionChanged(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Replace, item, old, index));
        }

        protected override void ClearItems()
        {
            base.ClearItems();
            Changed("Count");
            Changed("Item[]");
            OnCollectionChanged(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Reset));
        }

        public void Move(int oldIndex, int newIndex) => MoveItem(oldIndex, newIndex);

        protected virtual void MoveItem(int oldIndex, int newIndex)
        {
            T item = this[oldIndex];
            base.RemoveItem(oldIndex);
            base.InsertItem(newIndex, item);
            Changed("Item[]");
            OnCollectionChanged(new NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction.Move, item, newIndex, oldIndex));
        }
    }
}

namespace System.Collections.Specialized
{
    public enum NotifyCollectionChangedAction { Add = 0, Remove = 1, Replace = 2, Move = 3, Reset = 4 }

    public delegate void NotifyCollectionChangedEventHandler(object sender, NotifyCollectionChangedEventArgs e);

    public interface INotifyCollectionChanged
    {
        event NotifyCollectionChangedEventHandler CollectionChanged;
    }

    public class NotifyCollectionChangedEventArgs : EventArgs
    {
        public NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction action)
        {
            Action = action; NewStartingIndex = -1; OldStartingIndex = -1;
        }

        public NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction action, object changedItem, int index)
        {
            Action = action; NewStartingIndex = -1; OldStartingIndex = -1;
            var items = new object[] { changedItem };
            if (action == NotifyCollectionChangedAction.Add) { NewItems = items; NewStartingIndex = index; }
            else { OldItems = items; OldStartingIndex = index; }
        }

        public NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction action, object newItem, object oldItem, int index)
        {
            Action = action;
            NewItems = new object[] { newItem };
            OldItems = new object[] { oldItem };
            NewStartingIndex = OldStartingIndex = index;
        }

        public NotifyCollectionChangedEventArgs(NotifyCollectionChangedAction action, object changedItem, int index, int oldIndex)
        {
            Action = action;
            NewItems = OldItems = new object[] { changedItem };
            NewStartingIndex = index;
            OldStartingIndex = oldIndex;
        }

        public NotifyCollectionChangedAction Action { get; }
        public IList NewItems { get; }
        public IList OldItems { get; }
        public int NewStartingIndex { get; }
        public int OldStartingIndex { get; }
    }
}

namespace System.ComponentModel
{
    public delegate void PropertyChangedEventHandler(object sender, PropertyChangedEventArgs e);

    public interface INotifyPropertyChanged
    {
        event PropertyChangedEventHandler PropertyChanged;
    }

    public class PropertyChangedEventArgs : EventArgs
    {
        public PropertyChangedEventArgs(string propertyName) { PropertyName = propertyName; }
        public virtual string PropertyName { get; }
    }
}

namespace System.Collections
{
    // A compact array of bits.
    public sealed class BitArray : ICollection, ICloneable
    {
        private int[] _array;
        private int _length;
        private int _version;

        public BitArray(int length) : this(length, false) { }

        public BitArray(int length, bool defaultValue)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", length, "Non-negative number required.");
            _array = new int[(length + 31) / 32];
            _length = length;
            if (defaultValue) { for (int i = 0; i < _array.Length; i++) _array[i] = -1; ClearTail(); }
        }

        public BitArray(bool[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            _array = new int[(values.Length + 31) / 32];
            _length = values.Length;
            for (int i = 0; i < values.Length; i++) if (values[i]) _array[i >> 5] |= 1 << (i & 31);
        }

        public BitArray(byte[] bytes)
        {
            if (bytes == null) throw new ArgumentNullException("bytes");
            _length = bytes.Length * 8;
            _array = new int[(_length + 31) / 32];
            for (int i = 0; i < bytes.Length; i++) _array[i >> 2] |= bytes[i] << ((i & 3) * 8);
        }

        public BitArray(int[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            _array = (int[])values.Clone();
            _length = values.Length * 32;
        }

        public BitArray(BitArray bits)
        {
            if (bits == null) throw new ArgumentNullException("bits");
            _array = (int[])bits._array.Clone();
            _length = bits._length;
        }

        private void ClearTail()
        {
            int extra = _length & 31;
            if (extra != 0 && _array.Length > 0) _array[_array.Length - 1] &= (1 << extra) - 1;
        }

        public int Length
        {
            get => _length;
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value", value, "Non-negative number required.");
                int words = (value + 31) / 32;
                if (words != _array.Length) Array.Resize(ref _array, words);
                if (value > _length)
                {
                    int last = _length >> 5, extra = _length & 31;
                    if (extra != 0) _array[last] &= (1 << extra) - 1;
                }
                _length = value;
                ClearTail();
                _version++;
            }
        }

        public int Count => _length;
        public bool IsReadOnly => false;
        public bool IsSynchronized => false;
        public object SyncRoot => this;

        public bool this[int index] { get => Get(index); set => Set(index, value); }

        public bool Get(int index)
        {
            if ((uint)index >= (uint)_length) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
            return (_array[index >> 5] & (1 << (index & 31))) != 0;
        }

        public void Set(int index, bool value)
        {
            if ((uint)index >= (uint)_length) throw new ArgumentOutOfRangeException("index", index, "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (value) _array[index >> 5] |= 1 << (index & 31);
            else _array[index >> 5] &= ~(1 << (index & 31));
            _version++;
        }

        public void SetAll(bool value)
        {
            for (int i = 0; i < _array.Length; i++) _array[i] = value ? -1 : 0;
            ClearTail();
            _version++;
        }

        private void CheckSame(BitArray value)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (value._length != _length) throw new ArgumentException("Array lengths must be the same.");
        }

        public BitArray And(BitArray value) { CheckSame(value); for (int i = 0; i < _array.Length; i++) _array[i] &= value._array[i]; _version++; return this; }
        public BitArray Or(BitArray value) { CheckSame(value); for (int i = 0; i < _array.Length; i++) _array[i] |= value._array[i]; _version++; return this; }
        public BitArray Xor(BitArray value) { CheckSame(value); for (int i = 0; i < _array.Length; i++) _array[i] ^= value._array[i]; _version++; return this; }
        public BitArray Not() { for (int i = 0; i < _array.Length; i++) _array[i] = ~_array[i]; ClearTail(); _version++; return this; }

        public BitArray LeftShift(int count)
        {
            bool[] bits = new bool[_length];
            for (int i = count; i < _length; i++) bits[i] = Get(i - count);
            for (int i = 0; i < _length; i++) Set(i, bits[i]);
            return this;
        }

        public BitArray RightShift(int count)
        {
            bool[] bits = new bool[_length];
            for (int i = 0; i + count < _length; i++) bits[i] = Get(i + count);
            for (int i = 0; i < _length; i++) Set(i, bits[i]);
            return this;
        }

        public bool HasAllSet()
        {
            for (int i = 0; i < _length; i++) if (!Get(i)) return false;
            return true;
        }

        public bool HasAnySet()
        {
            foreach (int w in _array) if (w != 0) return true;
            return false;
        }

        public object Clone() => new BitArray(this);

        public void CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array is int[] ia) { Array.Copy(_array, 0, ia, index, _array.Length); return; }
            if (array is bool[] ba) { for (int i = 0; i < _length; i++) ba[index + i] = Get(i); return; }
            if (array is byte[] by) { for (int i = 0; i < (_length + 7) / 8; i++) by[index + i] = (byte)(_array[i >> 2] >> ((i & 3) * 8)); return; }
            throw new ArgumentException("Only supported array types for CopyTo on BitArrays are Boolean[], Int32[] and Byte[].", "array");
        }

        public IEnumerator GetEnumerator()
        {
            int version = _version;
            for (int i = 0; i < _length; i++)
            {
                if (version != _version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                yield return Get(i);
            }
        }
    }
}
