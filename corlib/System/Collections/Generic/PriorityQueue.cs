namespace System.Collections.Generic
{
    // A min-priority queue kept as a 4-ary heap in an array, as .NET's is, so that elements of equal
    // priority come out in the same order: a new element sifts up while strictly smaller than its
    // parent; a sifting-down element swaps with its smallest child (the first of equal ones) while
    // strictly greater than it.
    public class PriorityQueue<TElement, TPriority>
    {
        private const int Arity = 4;
        private const int Log2Arity = 2;

        private (TElement Element, TPriority Priority)[] _nodes;
        private readonly IComparer<TPriority> _comparer;
        private int _size;
        private int _version;
        private UnorderedItemsCollection _unorderedItems;

        public PriorityQueue()
        {
            _nodes = Array.Empty<(TElement, TPriority)>();
            _comparer = Comparer<TPriority>.Default;
        }

        public PriorityQueue(int initialCapacity) : this(initialCapacity, null) { }

        public PriorityQueue(IComparer<TPriority> comparer)
        {
            _nodes = Array.Empty<(TElement, TPriority)>();
            _comparer = comparer ?? Comparer<TPriority>.Default;
        }

        public PriorityQueue(int initialCapacity, IComparer<TPriority> comparer)
        {
            if (initialCapacity < 0) throw new ArgumentOutOfRangeException("initialCapacity", initialCapacity, "initialCapacity ('" + initialCapacity + "') must be a non-negative value.");
            _nodes = new (TElement, TPriority)[initialCapacity];
            _comparer = comparer ?? Comparer<TPriority>.Default;
        }

        public PriorityQueue(IEnumerable<(TElement Element, TPriority Priority)> items) : this(items, null) { }

        public PriorityQueue(IEnumerable<(TElement Element, TPriority Priority)> items, IComparer<TPriority> comparer)
        {
            if (items == null) throw new ArgumentNullException("items");
            _comparer = comparer ?? Comparer<TPriority>.Default;
            var list = new List<(TElement, TPriority)>(items);
            _nodes = list.ToArray();
            _size = _nodes.Length;
            if (_size > 1) Heapify();
        }

        public int Count => _size;
        public int Capacity => _nodes.Length;
        public IComparer<TPriority> Comparer => _comparer;
        public UnorderedItemsCollection UnorderedItems => _unorderedItems ??= new UnorderedItemsCollection(this);

        public void Enqueue(TElement element, TPriority priority)
        {
            int index = _size;
            _version++;
            if (_nodes.Length == index) Grow(index + 1);
            _size = index + 1;
            MoveUp((element, priority), index);
        }

        public TElement Peek()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            return _nodes[0].Element;
        }

        public TElement Dequeue()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            TElement e = _nodes[0].Element;
            RemoveRootNode();
            return e;
        }

        public TElement DequeueEnqueue(TElement element, TPriority priority)
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            TElement root = _nodes[0].Element;
            if (_comparer.Compare(priority, _nodes[0].Priority) > 0) MoveDown((element, priority), 0);
            else _nodes[0] = (element, priority);
            _version++;
            return root;
        }

        public bool TryDequeue(out TElement element, out TPriority priority)
        {
            if (_size != 0)
            {
                (element, priority) = _nodes[0];
                RemoveRootNode();
                return true;
            }
            element = default;
            priority = default;
            return false;
        }

        public bool TryPeek(out TElement element, out TPriority priority)
        {
            if (_size != 0)
            {
                (element, priority) = _nodes[0];
                return true;
            }
            element = default;
            priority = default;
            return false;
        }

        public TElement EnqueueDequeue(TElement element, TPriority priority)
        {
            if (_size != 0)
            {
                var root = _nodes[0];
                if (_comparer.Compare(priority, root.Priority) > 0)
                {
                    MoveDown((element, priority), 0);
                    _version++;
                    return root.Element;
                }
            }
            return element;
        }

        public void EnqueueRange(IEnumerable<(TElement Element, TPriority Priority)> items)
        {
            if (items == null) throw new ArgumentNullException("items");
            if (_size == 0)
            {
                foreach (var item in items)
                {
                    if (_nodes.Length == _size) Grow(_size + 1);
                    _nodes[_size++] = item;
                }
                _version++;
                if (_size > 1) Heapify();
            }
            else
            {
                foreach (var (e, p) in items) Enqueue(e, p);
            }
        }

        public void EnqueueRange(IEnumerable<TElement> elements, TPriority priority)
        {
            if (elements == null) throw new ArgumentNullException("elements");
            if (_size == 0)
            {
                foreach (TElement e in elements)
                {
                    if (_nodes.Length == _size) Grow(_size + 1);
                    _nodes[_size++] = (e, priority);
                }
                _version++;
                if (_size > 1) Heapify();
            }
            else
            {
                foreach (TElement e in elements) Enqueue(e, priority);
            }
        }

        public bool Remove(TElement element, out TElement removedElement, out TPriority priority, IEqualityComparer<TElement> equalityComparer = null)
        {
            equalityComparer ??= EqualityComparer<TElement>.Default;
            int index = -1;
            for (int i = 0; i < _size; i++)
            {
                if (equalityComparer.Equals(element, _nodes[i].Element)) { index = i; break; }
            }
            if (index < 0)
            {
                removedElement = default;
                priority = default;
                return false;
            }
            var removed = _nodes[index];
            int newSize = --_size;
            if (index < newSize)
            {
                var last = _nodes[newSize];
                if (_comparer.Compare(last.Priority, removed.Priority) < 0) MoveUp(last, index);
                else MoveDown(last, index);
            }
            _nodes[newSize] = default;
            _version++;
            removedElement = removed.Element;
            priority = removed.Priority;
            return true;
        }

        public void Clear()
        {
            Array.Clear(_nodes, 0, _size);
            _size = 0;
            _version++;
        }

        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity", capacity, "capacity ('" + capacity + "') must be a non-negative value.");
            if (_nodes.Length < capacity)
            {
                Grow(capacity);
                _version++;
            }
            return _nodes.Length;
        }

        public void TrimExcess()
        {
            if (_size < (int)(_nodes.Length * 0.9))
            {
                Array.Resize(ref _nodes, _size);
                _version++;
            }
        }

        private void Grow(int minCapacity)
        {
            int newCapacity = 2 * _nodes.Length;
            if ((uint)newCapacity > 0x7FFFFFC7) newCapacity = 0x7FFFFFC7;
            newCapacity = Math.Max(newCapacity, _nodes.Length + 4);
            if (newCapacity < minCapacity) newCapacity = minCapacity;
            Array.Resize(ref _nodes, newCapacity);
        }

        private void RemoveRootNode()
        {
            int last = --_size;
            _version++;
            if (last > 0) MoveDown(_nodes[last], 0);
            _nodes[last] = default;
        }

        private void Heapify()
        {
            for (int i = (_size - 2) >> Log2Arity; i >= 0; i--) MoveDown(_nodes[i], i);
        }

        private void MoveUp((TElement Element, TPriority Priority) node, int index)
        {
            var nodes = _nodes;
            while (index > 0)
            {
                int parent = (index - 1) >> Log2Arity;
                if (_comparer.Compare(node.Priority, nodes[parent].Priority) >= 0) break;
                nodes[index] = nodes[parent];
                index = parent;
            }
            nodes[index] = node;
        }

        private void MoveDown((TElement Element, TPriority Priority) node, int index)
        {
            var nodes = _nodes;
            int size = _size;
            int child;
            while ((child = (index << Log2Arity) + 1) < size)
            {
                int best = child;
                int end = Math.Min(child + Arity, size);
                for (int i = child + 1; i < end; i++)
                {
                    if (_comparer.Compare(nodes[i].Priority, nodes[best].Priority) < 0) best = i;
                }
                if (_comparer.Compare(node.Priority, nodes[best].Priority) <= 0) break;
                nodes[index] = nodes[best];
                index = best;
            }
            nodes[index] = node;
        }

        public sealed class UnorderedItemsCollection : IReadOnlyCollection<(TElement Element, TPriority Priority)>, ICollection
        {
            internal readonly PriorityQueue<TElement, TPriority> _queue;
            internal UnorderedItemsCollection(PriorityQueue<TElement, TPriority> queue) { _queue = queue; }

            public int Count => _queue._size;
            object ICollection.SyncRoot => this;
            bool ICollection.IsSynchronized => false;

            void ICollection.CopyTo(Array array, int index)
            {
                if (array == null) throw new ArgumentNullException("array");
                if (array.Length - index < _queue._size) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
                for (int i = 0; i < _queue._size; i++) array.SetValue(_queue._nodes[i], index + i);
            }

            public Enumerator GetEnumerator() => new Enumerator(_queue);
            IEnumerator<(TElement Element, TPriority Priority)> IEnumerable<(TElement Element, TPriority Priority)>.GetEnumerator() => GetEnumerator();
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

            public struct Enumerator : IEnumerator<(TElement Element, TPriority Priority)>
            {
                private readonly PriorityQueue<TElement, TPriority> _queue;
                private readonly int _version;
                private int _index;
                private (TElement, TPriority) _current;

                internal Enumerator(PriorityQueue<TElement, TPriority> queue)
                {
                    _queue = queue;
                    _version = queue._version;
                    _index = 0;
                    _current = default;
                }

                public void Dispose() { }

                public bool MoveNext()
                {
                    if (_version != _queue._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                    if ((uint)_index < (uint)_queue._size)
                    {
                        _current = _queue._nodes[_index];
                        _index++;
                        return true;
                    }
                    _index = _queue._size + 1;
                    _current = default;
                    return false;
                }

                public (TElement Element, TPriority Priority) Current => _current;
                object IEnumerator.Current => _current;

                void IEnumerator.Reset()
                {
                    if (_version != _queue._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                    _index = 0;
                    _current = default;
                }
            }
        }
    }
}
