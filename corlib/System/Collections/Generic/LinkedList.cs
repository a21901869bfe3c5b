namespace System.Collections.Generic
{
    // A doubly linked list. Nodes belong to at most one list; the list keeps a version so that
    // enumerators notice modification.
    [Serializable]
    public class LinkedList<T> : ICollection<T>, ICollection, IReadOnlyCollection<T>
    {
        internal LinkedListNode<T> _head;   // first node; the list is circular through _prev/_next
        internal int _count;
        internal int _version;

        public LinkedList() { }

        public LinkedList(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) AddLast(item);
        }

        public int Count => _count;
        public LinkedListNode<T> First => _head;
        public LinkedListNode<T> Last => _head?._prev;

        bool ICollection<T>.IsReadOnly => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        void ICollection<T>.Add(T value) => AddLast(value);

        public LinkedListNode<T> AddAfter(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            var n = new LinkedListNode<T>(node._list, value);
            InsertBefore(node._next, n);
            return n;
        }

        public void AddAfter(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node);
            ValidateNewNode(newNode);
            InsertBefore(node._next, newNode);
            newNode._list = this;
        }

        public LinkedListNode<T> AddBefore(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            var n = new LinkedListNode<T>(node._list, value);
            InsertBefore(node, n);
            if (node == _head) _head = n;
            return n;
        }

        public void AddBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node);
            ValidateNewNode(newNode);
            InsertBefore(node, newNode);
            newNode._list = this;
            if (node == _head) _head = newNode;
        }

        public LinkedListNode<T> AddFirst(T value)
        {
            var n = new LinkedListNode<T>(this, value);
            if (_head == null) InsertIntoEmpty(n);
            else { InsertBefore(_head, n); _head = n; }
            return n;
        }

        public void AddFirst(LinkedListNode<T> node)
        {
            ValidateNewNode(node);
            if (_head == null) InsertIntoEmpty(node);
            else { InsertBefore(_head, node); _head = node; }
            node._list = this;
        }

        public LinkedListNode<T> AddLast(T value)
        {
            var n = new LinkedListNode<T>(this, value);
            if (_head == null) InsertIntoEmpty(n);
            else InsertBefore(_head, n);
            return n;
        }

        public void AddLast(LinkedListNode<T> node)
        {
            ValidateNewNode(node);
            if (_head == null) InsertIntoEmpty(node);
            else InsertBefore(_head, node);
            node._list = this;
        }

        public void Clear()
        {
            LinkedListNode<T> cur = _head;
            while (cur != null)
            {
                LinkedListNode<T> next = cur.Next;
                cur.Invalidate();
                cur = next;
            }
            _head = null;
            _count = 0;
            _version++;
        }

        public bool Contains(T value) => Find(value) != null;

        public void CopyTo(T[] array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", index, "Non-negative number required.");
            if (index > array.Length) throw new ArgumentOutOfRangeException("index", index, "Must be less than or equal to the size of the collection.");
            if (array.Length - index < _count) throw new ArgumentException("Insufficient space in the target location to copy the information.");
            for (LinkedListNode<T> n = _head; n != null; n = n.Next) array[index++] = n._item;
        }

        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array is T[] t) { CopyTo(t, index); return; }
            if (array.Length - index < _count) throw new ArgumentException("Insufficient space in the target location to copy the information.");
            for (LinkedListNode<T> n = _head; n != null; n = n.Next) array.SetValue(n._item, index++);
        }

        public LinkedListNode<T> Find(T value)
        {
            LinkedListNode<T> n = _head;
            if (n == null) return null;
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            do
            {
                if (value == null ? n._item == null : c.Equals(n._item, value)) return n;
                n = n._next;
            } while (n != _head);
            return null;
        }

        public LinkedListNode<T> FindLast(T value)
        {
            if (_head == null) return null;
            LinkedListNode<T> last = _head._prev, n = last;
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            do
            {
                if (value == null ? n._item == null : c.Equals(n._item, value)) return n;
                n = n._prev;
            } while (n != last);
            return null;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public bool Remove(T value)
        {
            LinkedListNode<T> n = Find(value);
            if (n == null) return false;
            RemoveNode(n);
            return true;
        }

        public void Remove(LinkedListNode<T> node)
        {
            ValidateNode(node);
            RemoveNode(node);
        }

        public void RemoveFirst()
        {
            if (_head == null) throw new InvalidOperationException("The LinkedList is empty.");
            RemoveNode(_head);
        }

        public void RemoveLast()
        {
            if (_head == null) throw new InvalidOperationException("The LinkedList is empty.");
            RemoveNode(_head._prev);
        }

        private void InsertBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            newNode._next = node;
            newNode._prev = node._prev;
            node._prev._next = newNode;
            node._prev = newNode;
            _version++;
            _count++;
        }

        private void InsertIntoEmpty(LinkedListNode<T> newNode)
        {
            newNode._next = newNode;
            newNode._prev = newNode;
            _head = newNode;
            _version++;
            _count++;
        }

        internal void RemoveNode(LinkedListNode<T> node)
        {
            if (node._next == node) _head = null;
            else
            {
                node._next._prev = node._prev;
                node._prev._next = node._next;
                if (_head == node) _head = node._next;
            }
            node.Invalidate();
            _count--;
            _version++;
        }

        private void ValidateNewNode(LinkedListNode<T> node)
        {
            if (node == null) throw new ArgumentNullException("node");
            if (node._list != null) throw new InvalidOperationException("The LinkedList node already belongs to a LinkedList.");
        }

        private void ValidateNode(LinkedListNode<T> node)
        {
            if (node == null) throw new ArgumentNullException("node");
            if (node._list != this) throw new InvalidOperationException("The LinkedList node does not belong to current LinkedList.");
        }

        public struct Enumerator : IEnumerator<T>
        {
            private readonly LinkedList<T> _list;
            private LinkedListNode<T> _node;
            private readonly int _version;
            private T _current;
            private int _index;

            internal Enumerator(LinkedList<T> list)
            {
                _list = list;
                _version = list._version;
                _node = list._head;
                _current = default;
                _index = 0;
            }

            public T Current => _current;

            object IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _list._count + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return _current;
                }
            }

            public bool MoveNext()
            {
                if (_version != _list._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                if (_node == null) { _index = _list._count + 1; return false; }
                _index++;
                _current = _node._item;
                _node = _node._next;
                if (_node == _list._head) _node = null;
                return true;
            }

            void IEnumerator.Reset()
            {
                if (_version != _list._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                _current = default;
                _node = _list._head;
                _index = 0;
            }

            public void Dispose() { }
        }
    }

    public sealed class LinkedListNode<T>
    {
        internal LinkedList<T> _list;
        internal LinkedListNode<T> _next;
        internal LinkedListNode<T> _prev;
        internal T _item;

        public LinkedListNode(T value) { _item = value; }

        internal LinkedListNode(LinkedList<T> list, T value) { _list = list; _item = value; }

        public LinkedList<T> List => _list;
        public LinkedListNode<T> Next => _next == null || _next == _list._head ? null : _next;
        public LinkedListNode<T> Previous => _prev == null || this == _list._head ? null : _prev;
        public T Value { get => _item; set => _item = value; }
        public ref T ValueRef => ref _item;

        internal void Invalidate()
        {
            _list = null;
            _next = null;
            _prev = null;
        }
    }
}
