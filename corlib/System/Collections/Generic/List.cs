using System.Collections.ObjectModel;

namespace System.Collections.Generic
{
    [Serializable]
    public class List<T> : IList<T>, IList, IReadOnlyList<T>
    {
        internal T[] _items;
        internal int _size;
        internal int _version;

        public List() { _items = EmptyArray<T>.Value; }

        public List(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            _items = capacity == 0 ? EmptyArray<T>.Value : new T[capacity];
        }

        public List(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            if (collection is ICollection<T> c)
            {
                int count = c.Count;
                _items = count == 0 ? EmptyArray<T>.Value : new T[count];
                if (count > 0) { c.CopyTo(_items, 0); _size = count; }
            }
            else
            {
                _items = EmptyArray<T>.Value;
                foreach (T item in collection) Add(item);
            }
        }

        public int Capacity
        {
            get => _items.Length;
            set
            {
                if (value < _size) throw new ArgumentOutOfRangeException("value", "capacity was less than the current size.");
                if (value != _items.Length)
                {
                    if (value > 0)
                    {
                        T[] n = new T[value];
                        if (_size > 0) Array.Copy(_items, n, _size);
                        _items = n;
                    }
                    else _items = EmptyArray<T>.Value;
                }
            }
        }

        public int Count => _size;
        bool IList.IsFixedSize => false;
        bool ICollection<T>.IsReadOnly => false;
        bool IList.IsReadOnly => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_size) ThrowIndex();
                return _items[index];
            }
            set
            {
                if ((uint)index >= (uint)_size) ThrowIndex();
                _items[index] = value;
                _version++;
            }
        }

        private static void ThrowIndex() =>
            throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");

        object IList.this[int index]
        {
            get => this[index];
            set
            {
                if (value == null && default(T) != null) throw new ArgumentNullException("value");
                try { this[index] = (T)value; }
                catch (InvalidCastException) { throw WrongType(value); }
            }
        }

        private static ArgumentException WrongType(object value) =>
            new ArgumentException("The value \"" + value + "\" is not of type \"" + typeof(T).ToString() + "\" and cannot be used in this generic collection.", "value");

        public void Add(T item)
        {
            _version++;
            if (_size == _items.Length) Grow(_size + 1);
            _items[_size++] = item;
        }

        int IList.Add(object item)
        {
            if (item == null && default(T) != null) throw new ArgumentNullException("item");
            try { Add((T)item); }
            catch (InvalidCastException) { throw WrongType(item); }
            return _size - 1;
        }

        private void Grow(int capacity)
        {
            int n = _items.Length == 0 ? 4 : 2 * _items.Length;
            if ((uint)n > (uint)Array.MaxLength) n = Array.MaxLength;
            if (n < capacity) n = capacity;
            Capacity = n;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "Non-negative number required.");
            if (_items.Length < capacity) Grow(capacity);
            return _items.Length;
        }

        public void AddRange(IEnumerable<T> collection) => InsertRange(_size, collection);

        internal void AddSpan(ReadOnlySpan<T> source)
        {
            if (source.Length == 0) return;
            if (_items.Length - _size < source.Length) Grow(checked(_size + source.Length));
            for (int i = 0; i < source.Length; i++) _items[_size + i] = source[i];
            _size += source.Length;
            _version++;
        }

        public ReadOnlyCollection<T> AsReadOnly() => new ReadOnlyCollection<T>(this);

        public int BinarySearch(int index, int count, T item, IComparer<T> comparer)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            return Array.BinarySearch(_items, index, count, item, comparer);
        }

        public int BinarySearch(T item) => BinarySearch(0, Count, item, null);
        public int BinarySearch(T item, IComparer<T> comparer) => BinarySearch(0, Count, item, comparer);

        public void Clear()
        {
            _version++;
            if (_size > 0) Array.Clear(_items, 0, _size);
            _size = 0;
        }

        public bool Contains(T item) => _size != 0 && IndexOf(item) >= 0;

        bool IList.Contains(object item) => IsCompatible(item) && Contains((T)item);

        private static bool IsCompatible(object value) => value is T || (value == null && default(T) == null);

        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            if (converter == null) throw new ArgumentNullException("converter");
            List<TOutput> list = new List<TOutput>(_size);
            for (int i = 0; i < _size; i++) list._items[i] = converter(_items[i]);
            list._size = _size;
            return list;
        }

        public void CopyTo(T[] array) => CopyTo(array, 0);

        void ICollection.CopyTo(Array array, int arrayIndex)
        {
            if (array != null && array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.");
            try { Array.Copy(_items, 0, array, arrayIndex, _size); }
            catch (ArrayTypeMismatchException) { throw new ArgumentException("Target array type is not compatible with the type of items in the collection." ); }
        }

        public void CopyTo(int index, T[] array, int arrayIndex, int count)
        {
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            Array.Copy(_items, index, array, arrayIndex, count);
        }

        public void CopyTo(T[] array, int arrayIndex) => Array.Copy(_items, 0, array, arrayIndex, _size);

        public bool Exists(Predicate<T> match) => FindIndex(match) != -1;

        public T Find(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < _size; i++) if (match(_items[i])) return _items[i];
            return default;
        }

        public List<T> FindAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            List<T> list = new List<T>();
            for (int i = 0; i < _size; i++) if (match(_items[i])) list.Add(_items[i]);
            return list;
        }

        public int FindIndex(Predicate<T> match) => FindIndex(0, _size, match);
        public int FindIndex(int startIndex, Predicate<T> match) => FindIndex(startIndex, _size - startIndex, match);

        public int FindIndex(int startIndex, int count, Predicate<T> match)
        {
            if ((uint)startIndex > (uint)_size) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || startIndex > _size - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (match == null) throw new ArgumentNullException("match");
            int end = startIndex + count;
            for (int i = startIndex; i < end; i++) if (match(_items[i])) return i;
            return -1;
        }

        public T FindLast(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = _size - 1; i >= 0; i--) if (match(_items[i])) return _items[i];
            return default;
        }

        public int FindLastIndex(Predicate<T> match) => FindLastIndex(_size - 1, _size, match);
        public int FindLastIndex(int startIndex, Predicate<T> match) => FindLastIndex(startIndex, startIndex + 1, match);

        public int FindLastIndex(int startIndex, int count, Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            if (_size == 0)
            {
                if (startIndex != -1) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            else if ((uint)startIndex >= (uint)_size) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            int end = startIndex - count;
            for (int i = startIndex; i > end; i--) if (match(_items[i])) return i;
            return -1;
        }

        public void ForEach(Action<T> action)
        {
            if (action == null) throw new ArgumentNullException("action");
            int version = _version;
            for (int i = 0; i < _size; i++)
            {
                if (version != _version) break;
                action(_items[i]);
            }
            if (version != _version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public List<T> GetRange(int index, int count)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            List<T> list = new List<T>(count);
            Array.Copy(_items, index, list._items, 0, count);
            list._size = count;
            return list;
        }

        public List<T> Slice(int start, int length) => GetRange(start, length);

        public int IndexOf(T item) => Array.IndexOf(_items, item, 0, _size);

        int IList.IndexOf(object item) => IsCompatible(item) ? IndexOf((T)item) : -1;

        public int IndexOf(T item, int index)
        {
            if (index > _size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            return Array.IndexOf(_items, item, index, _size - index);
        }

        public int IndexOf(T item, int index, int count)
        {
            if (index > _size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || index > _size - count) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            return Array.IndexOf(_items, item, index, count);
        }

        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)_size) throw new ArgumentOutOfRangeException("index", "Index must be within the bounds of the List.");
            if (_size == _items.Length) Grow(_size + 1);
            if (index < _size) Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = item;
            _size++;
            _version++;
        }

        void IList.Insert(int index, object item)
        {
            if (item == null && default(T) != null) throw new ArgumentNullException("item");
            try { Insert(index, (T)item); }
            catch (InvalidCastException) { throw WrongType(item); }
        }

        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            if ((uint)index > (uint)_size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (collection is ICollection<T> c)
            {
                int count = c.Count;
                if (count > 0)
                {
                    if (_items.Length - _size < count) Grow(checked(_size + count));
                    if (index < _size) Array.Copy(_items, index, _items, index + count, _size - index);
                    if ((object)this == c)
                    {
                        Array.Copy(_items, 0, _items, index, index);
                        Array.Copy(_items, index + count, _items, index * 2, _size - index);
                    }
                    else
                    {
                        T[] tmp = new T[count];
                        c.CopyTo(tmp, 0);
                        Array.Copy(tmp, 0, _items, index, count);
                    }
                    _size += count;
                    _version++;
                }
            }
            else
            {
                foreach (T item in collection) Insert(index++, item);
            }
        }

        public int LastIndexOf(T item) => _size == 0 ? -1 : LastIndexOf(item, _size - 1, _size);

        public int LastIndexOf(T item, int index)
        {
            if (index >= _size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return LastIndexOf(item, index, index + 1);
        }

        public int LastIndexOf(T item, int index, int count)
        {
            if (Count != 0 && index < 0) throw new ArgumentOutOfRangeException("index", "Non-negative number required.");
            if (Count != 0 && count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (_size == 0) return -1;
            if (index >= _size) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count > index + 1) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            return Array.LastIndexOf(_items, item, index, count);
        }

        public bool Remove(T item)
        {
            int index = IndexOf(item);
            if (index >= 0) { RemoveAt(index); return true; }
            return false;
        }

        void IList.Remove(object item)
        {
            if (IsCompatible(item)) Remove((T)item);
        }

        public int RemoveAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            int free = 0;
            while (free < _size && !match(_items[free])) free++;
            if (free >= _size) return 0;
            int current = free + 1;
            while (current < _size)
            {
                while (current < _size && match(_items[current])) current++;
                if (current < _size) _items[free++] = _items[current++];
            }
            Array.Clear(_items, free, _size - free);
            int result = _size - free;
            _size = free;
            _version++;
            return result;
        }

        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size) ThrowIndex();
            _size--;
            if (index < _size) Array.Copy(_items, index + 1, _items, index, _size - index);
            _items[_size] = default;
            _version++;
        }

        public void RemoveRange(int index, int count)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (count > 0)
            {
                _size -= count;
                if (index < _size) Array.Copy(_items, index + count, _items, index, _size - index);
                _version++;
                Array.Clear(_items, _size, count);
            }
        }

        public void Reverse() => Reverse(0, Count);

        public void Reverse(int index, int count)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (count > 1) Array.Reverse(_items, index, count);
            _version++;
        }

        public void Sort() => Sort(0, Count, null);
        public void Sort(IComparer<T> comparer) => Sort(0, Count, comparer);

        public void Sort(int index, int count, IComparer<T> comparer)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "count", "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (count > 1) Array.Sort(_items, index, count, comparer);
            _version++;
        }

        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException("comparison");
            if (_size > 1) ArraySortHelper<T>.Sort(_items, null, 0, _size, comparison);
            _version++;
        }

        public T[] ToArray()
        {
            if (_size == 0) return EmptyArray<T>.Value;
            T[] a = new T[_size];
            Array.Copy(_items, a, _size);
            return a;
        }

        public void TrimExcess()
        {
            int threshold = (int)(_items.Length * 0.9);
            if (_size < threshold) Capacity = _size;
        }

        public bool TrueForAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            for (int i = 0; i < _size; i++) if (!match(_items[i])) return false;
            return true;
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly List<T> _list;
            private int _index;
            private readonly int _version;
            private T _current;

            internal Enumerator(List<T> list)
            {
                _list = list;
                _index = 0;
                _version = list._version;
                _current = default;
            }

            public void Dispose() { }

            public bool MoveNext()
            {
                List<T> localList = _list;
                if (_version == localList._version && ((uint)_index < (uint)localList._size))
                {
                    _current = localList._items[_index];
                    _index++;
                    return true;
                }
                if (_version != _list._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = _list._size + 1;
                _current = default;
                return false;
            }

            public T Current => _current;

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _list._size + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return Current;
                }
            }

            void IEnumerator.Reset()
            {
                if (_version != _list._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = 0;
                _current = default;
            }
        }
    }
}
