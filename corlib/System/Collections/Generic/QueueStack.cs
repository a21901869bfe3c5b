namespace System.Collections.Generic
{
    internal static class CollectionBuffer
    {
        // The elements of source in an array that may be longer than count: exactly as long for
        // a collection, else grown from 4 by doubling (Queue and Stack keep it as their buffer,
        // so their Capacity is .NET's).
        internal static T[] ToArray<T>(IEnumerable<T> source, out int count)
        {
            if (source is ICollection<T> c)
            {
                count = c.Count;
                if (count == 0) return EmptyArray<T>.Value;
                T[] exact = new T[count];
                c.CopyTo(exact, 0);
                return exact;
            }
            T[] a = EmptyArray<T>.Value;
            count = 0;
            foreach (T item in source)
            {
                if (count == a.Length) Array.Resize(ref a, count == 0 ? 4 : 2 * count);
                a[count++] = item;
            }
            return a;
        }
    }

    // A circular buffer.
    [Serializable]
    public class Queue<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _head;
        private int _tail;
        private int _size;
        private int _version;

        public Queue() { _array = EmptyArray<T>.Value; }

        public Queue(int capacity)
        {
            if (capacity < 0) ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            _array = new T[capacity];
        }

        public Queue(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            _array = CollectionBuffer.ToArray(collection, out _size);
            _tail = _size == _array.Length ? 0 : _size;
        }

        public int Count => _size;
        public int Capacity => _array.Length;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        public void Clear()
        {
            if (_size != 0) Array.Clear(_array);
            _size = 0;
            _head = 0;
            _tail = 0;
            _version++;
        }

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0 || arrayIndex > array.Length) throw new ArgumentOutOfRangeException("arrayIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (array.Length - arrayIndex < _size) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = 0; i < _size; i++) array[arrayIndex + i] = _array[(_head + i) % _array.Length];
        }

        void ICollection.CopyTo(Array array, int index)
        {
            for (int i = 0; i < _size; i++) array.SetValue(_array[(_head + i) % _array.Length], index + i);
        }

        public void Enqueue(T item)
        {
            if (_size == _array.Length) Grow(_size + 1);
            _array[_tail] = item;
            _tail = (_tail + 1) % _array.Length;
            _size++;
            _version++;
        }

        public T Dequeue()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            T removed = _array[_head];
            _array[_head] = default;
            _head = (_head + 1) % _array.Length;
            _size--;
            _version++;
            return removed;
        }

        public bool TryDequeue(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = Dequeue();
            return true;
        }

        public T Peek()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            return _array[_head];
        }

        public bool TryPeek(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = _array[_head];
            return true;
        }

        public bool Contains(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < _size; i++) if (c.Equals(_array[(_head + i) % _array.Length], item)) return true;
            return false;
        }

        public T[] ToArray()
        {
            if (_size == 0) return EmptyArray<T>.Value;
            T[] a = new T[_size];
            CopyTo(a, 0);
            return a;
        }

        private void Grow(int capacity)
        {
            int n = 2 * _array.Length;
            if (n < _array.Length + 4) n = _array.Length + 4;
            if (n < capacity) n = capacity;
            SetCapacity(n);
        }

        private void SetCapacity(int capacity)
        {
            T[] n = new T[capacity];
            if (_size > 0) CopyTo(n, 0);
            _array = n;
            _head = 0;
            _tail = _size == capacity ? 0 : _size;
            _version++;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            if (_array.Length < capacity) Grow(capacity);
            return _array.Length;
        }

        public void TrimExcess()
        {
            if (_size < (int)(_array.Length * 0.9)) SetCapacity(_size);
        }

        public void TrimExcess(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "capacity ('" + capacity + "') must be a non-negative value.");
            if (capacity < _size) throw new ArgumentOutOfRangeException("capacity", "capacity ('" + capacity + "') must be greater than or equal to '" + _size + "'.");
            if (capacity == _array.Length) return;
            SetCapacity(capacity);
        }

        internal T GetElement(int i) => _array[(_head + i) % _array.Length];
        internal int Version => _version;

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly Queue<T> _q;
            private readonly int _version;
            private int _index;
            private T _currentElement;

            internal Enumerator(Queue<T> q)
            {
                _q = q;
                _version = q._version;
                _index = -1;
                _currentElement = default;
            }

            public void Dispose() { _index = -2; _currentElement = default; }

            public bool MoveNext()
            {
                if (_version != _q._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_index == -2) return false;
                _index++;
                if (_index == _q._size) { _index = -2; _currentElement = default; return false; }
                _currentElement = _q.GetElement(_index);
                return true;
            }

            // .NET 10 no longer checks the position here: before and after the elements it is default(T).
            public T Current => _currentElement;

            object IEnumerator.Current => Current;

            void IEnumerator.Reset()
            {
                if (_version != _q._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = -1;
                _currentElement = default;
            }
        }
    }

    [Serializable]
    public class Stack<T> : IEnumerable<T>, ICollection, IReadOnlyCollection<T>
    {
        private T[] _array;
        private int _size;
        private int _version;

        public Stack() { _array = EmptyArray<T>.Value; }

        public Stack(int capacity)
        {
            if (capacity < 0) ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            _array = new T[capacity];
        }

        public Stack(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            _array = CollectionBuffer.ToArray(collection, out _size);
        }

        public int Count => _size;
        public int Capacity => _array.Length;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        public void Clear()
        {
            Array.Clear(_array, 0, _size);
            _size = 0;
            _version++;
        }

        public bool Contains(T item) => _size != 0 && Array.LastIndexOf(_array, item, _size - 1) != -1;

        // Top of the stack first.
        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (arrayIndex < 0 || arrayIndex > array.Length) throw new ArgumentOutOfRangeException("arrayIndex", arrayIndex, "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (array.Length - arrayIndex < _size) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = 0; i < _size; i++) array[arrayIndex + i] = _array[_size - 1 - i];
        }

        void ICollection.CopyTo(Array array, int index)
        {
            for (int i = 0; i < _size; i++) array.SetValue(_array[_size - 1 - i], index + i);
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public void TrimExcess()
        {
            if (_size < (int)(_array.Length * 0.9)) Array.Resize(ref _array, _size);
            _version++;
        }

        public void TrimExcess(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", "capacity ('" + capacity + "') must be a non-negative value.");
            if (capacity < _size) throw new ArgumentOutOfRangeException("capacity", "capacity ('" + capacity + "') must be greater than or equal to '" + _size + "'.");
            if (capacity == _array.Length) return;
            Array.Resize(ref _array, capacity);
            _version++;
        }

        public T Peek()
        {
            if (_size == 0) throw new InvalidOperationException("Stack empty.");
            return _array[_size - 1];
        }

        public bool TryPeek(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = _array[_size - 1];
            return true;
        }

        public T Pop()
        {
            if (_size == 0) throw new InvalidOperationException("Stack empty.");
            _version++;
            T item = _array[--_size];
            _array[_size] = default;
            return item;
        }

        public bool TryPop(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = Pop();
            return true;
        }

        public void Push(T item)
        {
            if (_size == _array.Length)
            {
                int n = _array.Length == 0 ? 4 : 2 * _array.Length;
                Array.Resize(ref _array, n);
            }
            _array[_size++] = item;
            _version++;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) ArgumentOutOfRangeException.ThrowIfNegative(capacity);
            if (_array.Length < capacity) Array.Resize(ref _array, Math.Max(capacity, 2 * _array.Length));
            return _array.Length;
        }

        public T[] ToArray()
        {
            if (_size == 0) return EmptyArray<T>.Value;
            T[] a = new T[_size];
            CopyTo(a, 0);
            return a;
        }

        public struct Enumerator : IEnumerator<T>, IEnumerator
        {
            private readonly Stack<T> _stack;
            private readonly int _version;
            private int _index;
            private T _currentElement;

            internal Enumerator(Stack<T> stack)
            {
                _stack = stack;
                _version = stack._version;
                _index = -2;
                _currentElement = default;
            }

            public void Dispose() { _index = -1; }

            public bool MoveNext()
            {
                if (_version != _stack._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                bool ok;
                if (_index == -2)
                {
                    _index = _stack._size - 1;
                    ok = _index >= 0;
                    if (ok) _currentElement = _stack._array[_index];
                    return ok;
                }
                if (_index == -1) return false;
                ok = --_index >= 0;
                _currentElement = ok ? _stack._array[_index] : default;
                return ok;
            }

            // .NET 10 no longer checks the position here: before and after the elements it is default(T).
            public T Current => _currentElement;

            object IEnumerator.Current => Current;

            void IEnumerator.Reset()
            {
                if (_version != _stack._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                _index = -2;
                _currentElement = default;
            }
        }
    }
}
