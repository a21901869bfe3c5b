namespace System.Collections
{
    // The non-generic list of objects.
    [Serializable]
    public class ArrayList : IList, ICloneable
    {
        private object[] _items;
        private int _size;
        private int _version;

        private const string IndexMessage = "Index was out of range. Must be non-negative and less than the size of the collection.";
        private const string EnumVersion = "Collection was modified; enumeration operation may not execute.";

        public ArrayList() { _items = Array.Empty<object>(); }

        public ArrayList(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", capacity, "capacity must be non-negative.");
            _items = capacity == 0 ? Array.Empty<object>() : new object[capacity];
        }

        public ArrayList(ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c", "Collection cannot be null.");
            _items = Array.Empty<object>();
            AddRange(c);
        }

        public virtual int Capacity
        {
            get => _items.Length;
            set
            {
                if (value < _size) throw new ArgumentOutOfRangeException("value", value, "capacity was less than the current size.");
                if (value != _items.Length)
                {
                    var n = new object[value];
                    Array.Copy(_items, n, _size);
                    _items = n;
                }
            }
        }

        public virtual int Count => _size;
        public virtual bool IsFixedSize => false;
        public virtual bool IsReadOnly => false;
        public virtual bool IsSynchronized => false;
        public virtual object SyncRoot => this;

        public virtual object this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_size) throw new ArgumentOutOfRangeException("index", index, IndexMessage);
                return _items[index];
            }
            set
            {
                if ((uint)index >= (uint)_size) throw new ArgumentOutOfRangeException("index", index, IndexMessage);
                _items[index] = value;
                _version++;
            }
        }

        private void EnsureCapacity(int min)
        {
            if (_items.Length < min)
            {
                int n = _items.Length == 0 ? 4 : _items.Length * 2;
                if ((uint)n > 0x7FFFFFC7) n = 0x7FFFFFC7;
                if (n < min) n = min;
                Capacity = n;
            }
        }

        public virtual int Add(object value)
        {
            if (_size == _items.Length) EnsureCapacity(_size + 1);
            _items[_size] = value;
            _version++;
            return _size++;
        }

        public virtual void AddRange(ICollection c) => InsertRange(_size, c);

        public virtual void Insert(int index, object value)
        {
            if ((uint)index > (uint)_size) throw new ArgumentOutOfRangeException("index", index, "Insertion index was out of range. Must be non-negative and less than or equal to size.");
            if (_size == _items.Length) EnsureCapacity(_size + 1);
            if (index < _size) Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = value;
            _size++;
            _version++;
        }

        public virtual void InsertRange(int index, ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c", "Collection cannot be null.");
            if ((uint)index > (uint)_size) throw new ArgumentOutOfRangeException("index", index, IndexMessage);
            int count = c.Count;
            if (count > 0)
            {
                EnsureCapacity(_size + count);
                if (index < _size) Array.Copy(_items, index, _items, index + count, _size - index);
                var tmp = new object[count];
                c.CopyTo(tmp, 0);
                tmp.CopyTo(_items, index);
                _size += count;
                _version++;
            }
        }

        public virtual void Remove(object obj)
        {
            int i = IndexOf(obj);
            if (i >= 0) RemoveAt(i);
        }

        public virtual void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size) throw new ArgumentOutOfRangeException("index", index, IndexMessage);
            _size--;
            if (index < _size) Array.Copy(_items, index + 1, _items, index, _size - index);
            _items[_size] = null;
            _version++;
        }

        public virtual void RemoveRange(int index, int count)
        {
            CheckRange(index, count);
            if (count > 0)
            {
                _size -= count;
                if (index < _size) Array.Copy(_items, index + count, _items, index, _size - index);
                Array.Clear(_items, _size, count);
                _version++;
            }
        }

        private void CheckRange(int index, int count)
        {
            if (index < 0) throw new ArgumentOutOfRangeException("index", index, "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", count, "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }

        public virtual void Clear()
        {
            Array.Clear(_items, 0, _size);
            _size = 0;
            _version++;
        }

        public virtual bool Contains(object item) => IndexOf(item) >= 0;

        public virtual int IndexOf(object value) => Array.IndexOf((Array)_items, value, 0, _size);
        public virtual int IndexOf(object value, int startIndex)
        {
            if ((uint)startIndex > (uint)_size) throw new ArgumentOutOfRangeException("startIndex", startIndex, IndexMessage);
            return Array.IndexOf((Array)_items, value, startIndex, _size - startIndex);
        }
        public virtual int IndexOf(object value, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)_size) throw new ArgumentOutOfRangeException("startIndex", startIndex, IndexMessage);
            if (count < 0 || startIndex > _size - count) throw new ArgumentOutOfRangeException("count", count, "Count must be positive and count must refer to a location within the string/array/collection.");
            return Array.IndexOf((Array)_items, value, startIndex, count);
        }

        public virtual int LastIndexOf(object value) => _size == 0 ? -1 : Array.LastIndexOf((Array)_items, value, _size - 1, _size);
        public virtual int LastIndexOf(object value, int startIndex)
        {
            if (startIndex >= _size) throw new ArgumentOutOfRangeException("startIndex", startIndex, IndexMessage);
            return Array.LastIndexOf((Array)_items, value, startIndex, startIndex + 1);
        }
        public virtual int LastIndexOf(object value, int startIndex, int count)
        {
            if (_size == 0) return -1;
            return Array.LastIndexOf((Array)_items, value, startIndex, count);
        }

        public virtual int BinarySearch(object value) => BinarySearch(0, _size, value, null);
        public virtual int BinarySearch(object value, IComparer comparer) => BinarySearch(0, _size, value, comparer);
        public virtual int BinarySearch(int index, int count, object value, IComparer comparer)
        {
            CheckRange(index, count);
            return Array.BinarySearch((Array)_items, index, count, value, comparer);
        }

        public virtual void Sort() => Sort(0, _size, Comparer.Default);
        public virtual void Sort(IComparer comparer) => Sort(0, _size, comparer);
        public virtual void Sort(int index, int count, IComparer comparer)
        {
            CheckRange(index, count);
            Array.Sort((Array)_items, index, count, comparer);
            _version++;
        }

        public virtual void Reverse() => Reverse(0, _size);
        public virtual void Reverse(int index, int count)
        {
            CheckRange(index, count);
            Array.Reverse((Array)_items, index, count);
            _version++;
        }

        public virtual ArrayList GetRange(int index, int count)
        {
            CheckRange(index, count);
            var r = new ArrayList(count);
            Array.Copy(_items, index, r._items, 0, count);
            r._size = count;
            return r;
        }

        public virtual void SetRange(int index, ICollection c)
        {
            if (c == null) throw new ArgumentNullException("c", "Collection cannot be null.");
            int count = c.Count;
            if (index < 0 || index > _size - count) throw new ArgumentOutOfRangeException("index", index, IndexMessage);
            if (count > 0)
            {
                c.CopyTo(_items, index);
                _version++;
            }
        }

        public virtual object[] ToArray()
        {
            var r = new object[_size];
            Array.Copy(_items, r, _size);
            return r;
        }

        public virtual Array ToArray(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            Array r = Array.CreateInstance(type, _size);
            Array.Copy(_items, 0, r, 0, _size);
            return r;
        }

        public virtual void CopyTo(Array array) => CopyTo(array, 0);
        public virtual void CopyTo(Array array, int arrayIndex)
        {
            if (array != null && array.Rank != 1) throw new ArgumentException("Only single dimensional arrays are supported for the requested action.", "array");
            Array.Copy(_items, 0, array, arrayIndex, _size);
        }
        public virtual void CopyTo(int index, Array array, int arrayIndex, int count)
        {
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            Array.Copy(_items, index, array, arrayIndex, count);
        }

        public virtual void TrimToSize() => Capacity = _size;

        public virtual object Clone()
        {
            var r = new ArrayList(_size);
            Array.Copy(_items, r._items, _size);
            r._size = _size;
            r._version = _version;
            return r;
        }

        public static ArrayList Adapter(IList list)
        {
            if (list == null) throw new ArgumentNullException("list");
            var r = new ArrayList(list.Count);
            foreach (object o in list) r.Add(o);
            return r;
        }

        public static ArrayList Repeat(object value, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", count, "Non-negative number required.");
            var r = new ArrayList(count > 16 ? count : 16);
            for (int i = 0; i < count; i++) r.Add(value);
            return r;
        }

        public virtual IEnumerator GetEnumerator() => new Enumerator(this, 0, _size);
        public virtual IEnumerator GetEnumerator(int index, int count)
        {
            CheckRange(index, count);
            return new Enumerator(this, index, count);
        }

        private sealed class Enumerator : IEnumerator, ICloneable
        {
            private readonly ArrayList _list;
            private readonly int _start, _end, _version;
            private int _index;
            private object _current;

            internal Enumerator(ArrayList list, int index, int count)
            {
                _list = list;
                _start = index;
                _end = index + count;
                _index = index - 1;
                _version = list._version;
            }

            public object Clone() => MemberwiseClone();

            public bool MoveNext()
            {
                if (_version != _list._version) throw new InvalidOperationException(EnumVersion);
                if (_index < _end - 1)
                {
                    _current = _list._items[++_index];
                    return true;
                }
                _index = _end;
                return false;
            }

            public object Current
            {
                get
                {
                    if (_index < _start) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (_index >= _end) throw new InvalidOperationException("Enumeration already finished.");
                    return _current;
                }
            }

            public void Reset()
            {
                if (_version != _list._version) throw new InvalidOperationException(EnumVersion);
                _index = _start - 1;
            }
        }
    }
}
