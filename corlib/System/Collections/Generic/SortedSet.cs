namespace System.Collections.Generic
{
    // A sorted set as an AVL tree. Only the order of elements is observable (as with .NET's
    // red-black tree). GetViewBetween returns a copy of the range, not a live view.
    [Serializable]
    public class SortedSet<T> : ISet<T>, ICollection<T>, ICollection, IReadOnlySet<T>, IReadOnlyCollection<T>
    {
        internal sealed class Node
        {
            internal T Item;
            internal Node Left, Right;
            internal int Height = 1;
            internal Node(T item) { Item = item; }
        }

        internal Node _root;
        internal int _count;
        internal int _version;
        private readonly IComparer<T> _comparer;

        public SortedSet() : this((IComparer<T>)null) { }

        public SortedSet(IComparer<T> comparer) { _comparer = comparer ?? Comparer<T>.Default; }

        public SortedSet(IEnumerable<T> collection) : this(collection, null) { }

        public SortedSet(IEnumerable<T> collection, IComparer<T> comparer) : this(comparer)
        {
            if (collection == null) throw new ArgumentNullException("collection");
            foreach (T item in collection) Add(item);
        }

        public IComparer<T> Comparer => _comparer;
        public int Count => _count;
        bool ICollection<T>.IsReadOnly => false;
        bool ICollection.IsSynchronized => false;
        object ICollection.SyncRoot => this;

        public T Min
        {
            get
            {
                Node n = _root;
                if (n == null) return default;
                while (n.Left != null) n = n.Left;
                return n.Item;
            }
        }

        public T Max
        {
            get
            {
                Node n = _root;
                if (n == null) return default;
                while (n.Right != null) n = n.Right;
                return n.Item;
            }
        }

        // ---- the tree

        private static int H(Node n) => n == null ? 0 : n.Height;
        private static void Fix(Node n) { int l = H(n.Left), r = H(n.Right); n.Height = (l > r ? l : r) + 1; }

        private static Node RotateRight(Node n)
        {
            Node l = n.Left;
            n.Left = l.Right;
            l.Right = n;
            Fix(n); Fix(l);
            return l;
        }

        private static Node RotateLeft(Node n)
        {
            Node r = n.Right;
            n.Right = r.Left;
            r.Left = n;
            Fix(n); Fix(r);
            return r;
        }

        private static Node Balance(Node n)
        {
            Fix(n);
            int b = H(n.Left) - H(n.Right);
            if (b > 1)
            {
                if (H(n.Left.Left) < H(n.Left.Right)) n.Left = RotateLeft(n.Left);
                return RotateRight(n);
            }
            if (b < -1)
            {
                if (H(n.Right.Right) < H(n.Right.Left)) n.Right = RotateRight(n.Right);
                return RotateLeft(n);
            }
            return n;
        }

        private Node Insert(Node n, T item, ref Node found)
        {
            if (n == null) return new Node(item);
            int c = _comparer.Compare(item, n.Item);
            if (c == 0) { found = n; return n; }
            if (c < 0) n.Left = Insert(n.Left, item, ref found);
            else n.Right = Insert(n.Right, item, ref found);
            return found != null ? n : Balance(n);
        }

        private Node Delete(Node n, T item, ref bool removed)
        {
            if (n == null) return null;
            int c = _comparer.Compare(item, n.Item);
            if (c < 0) n.Left = Delete(n.Left, item, ref removed);
            else if (c > 0) n.Right = Delete(n.Right, item, ref removed);
            else
            {
                removed = true;
                if (n.Left == null) return n.Right;
                if (n.Right == null) return n.Left;
                Node m = n.Right;
                while (m.Left != null) m = m.Left;
                n.Item = m.Item;
                bool dummy = false;
                n.Right = DeleteMin(n.Right, ref dummy);
            }
            return Balance(n);
        }

        private static Node DeleteMin(Node n, ref bool dummy)
        {
            if (n.Left == null) return n.Right;
            n.Left = DeleteMin(n.Left, ref dummy);
            return Balance(n);
        }

        internal Node FindNode(T item)
        {
            Node n = _root;
            while (n != null)
            {
                int c = _comparer.Compare(item, n.Item);
                if (c == 0) return n;
                n = c < 0 ? n.Left : n.Right;
            }
            return null;
        }

        // Adds item; returns the existing node instead when an equal item is present.
        internal Node AddOrGet(T item)
        {
            Node found = null;
            _root = Insert(_root, item, ref found);
            if (found == null) { _count++; _version++; }
            return found;
        }

        internal void UpdateVersion() => _version++;

        // ---- public operations

        public bool Add(T item) => AddOrGet(item) == null;
        void ICollection<T>.Add(T item) => Add(item);

        public bool Remove(T item)
        {
            bool removed = false;
            _root = Delete(_root, item, ref removed);
            if (removed) { _count--; _version++; }
            return removed;
        }

        public virtual void Clear()
        {
            _root = null;
            _count = 0;
            _version++;
        }

        public virtual bool Contains(T item) => FindNode(item) != null;

        public bool TryGetValue(T equalValue, out T actualValue)
        {
            Node n = FindNode(equalValue);
            if (n != null) { actualValue = n.Item; return true; }
            actualValue = default;
            return false;
        }

        public void CopyTo(T[] array) => CopyTo(array, 0, _count);
        public void CopyTo(T[] array, int index) => CopyTo(array, index, _count);

        public void CopyTo(T[] array, int index, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (index < 0) throw new ArgumentOutOfRangeException("index", index, "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", count, "Non-negative number required.");
            if (count > array.Length - index) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            foreach (T item in this)
            {
                if (count-- == 0) break;
                array[index++] = item;
            }
        }

        void ICollection.CopyTo(Array array, int index)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (array.Length - index < _count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            foreach (T item in this) array.SetValue(item, index++);
        }

        public Enumerator GetEnumerator() => new Enumerator(this, false);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public IEnumerable<T> Reverse()
        {
            var e = new Enumerator(this, true);
            while (e.MoveNext()) yield return e.Current;
        }

        public virtual SortedSet<T> GetViewBetween(T lowerValue, T upperValue)
        {
            if (_comparer.Compare(lowerValue, upperValue) > 0) throw new ArgumentException("Must be less than or equal to upperValue.", "lowerValue");
            var view = new SortedSet<T>(_comparer);
            foreach (T item in this)
                if (_comparer.Compare(item, lowerValue) >= 0 && _comparer.Compare(item, upperValue) <= 0) view.Add(item);
            return view;
        }

        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException("match");
            var doomed = new List<T>();
            foreach (T item in this) if (match(item)) doomed.Add(item);
            foreach (T item in doomed) Remove(item);
            return doomed.Count;
        }

        private SortedSet<T> AsSameOrderSet(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            return new SortedSet<T>(other, _comparer);
        }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other) Add(item);
        }

        public virtual void IntersectWith(IEnumerable<T> other)
        {
            SortedSet<T> o = AsSameOrderSet(other);
            var keep = new List<T>();
            foreach (T item in this) if (o.Contains(item)) keep.Add(item);
            Clear();
            foreach (T item in keep) Add(item);
        }

        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (ReferenceEquals(other, this)) { Clear(); return; }
            foreach (T item in other) Remove(item);
        }

        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (ReferenceEquals(other, this)) { Clear(); return; }
            foreach (T item in AsSameOrderSet(other))
                if (!Remove(item)) Add(item);
        }

        public bool IsSubsetOf(IEnumerable<T> other)
        {
            SortedSet<T> o = AsSameOrderSet(other);
            foreach (T item in this) if (!o.Contains(item)) return false;
            return true;
        }

        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            SortedSet<T> o = AsSameOrderSet(other);
            return o.Count > _count && IsSubsetOf(o);
        }

        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            foreach (T item in other) if (!Contains(item)) return false;
            return true;
        }

        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            SortedSet<T> o = AsSameOrderSet(other);
            return _count > o.Count && IsSupersetOf(o);
        }

        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException("other");
            if (_count == 0) return false;
            foreach (T item in other) if (Contains(item)) return true;
            return false;
        }

        public bool SetEquals(IEnumerable<T> other)
        {
            SortedSet<T> o = AsSameOrderSet(other);
            return o.Count == _count && IsSubsetOf(o);
        }

        public static IEqualityComparer<SortedSet<T>> CreateSetComparer() => new SetComparer(null);
        public static IEqualityComparer<SortedSet<T>> CreateSetComparer(IEqualityComparer<T> memberEqualityComparer) => new SetComparer(memberEqualityComparer);

        // Two sets are equal when they hold equal members (by the member comparer, or by each
        // set's own ordering when none is given and the orderings agree).
        private sealed class SetComparer : IEqualityComparer<SortedSet<T>>
        {
            private readonly IEqualityComparer<T> _members;
            internal SetComparer(IEqualityComparer<T> members) { _members = members ?? EqualityComparer<T>.Default; }

            public bool Equals(SortedSet<T> x, SortedSet<T> y)
            {
                if (x == null) return y == null;
                if (y == null) return false;
                if (x.Count != y.Count) return false;
                foreach (T a in x)
                {
                    bool found = false;
                    foreach (T b in y) if (_members.Equals(a, b)) { found = true; break; }
                    if (!found) return false;
                }
                return true;
            }

            public int GetHashCode(SortedSet<T> obj)
            {
                int h = 0;
                if (obj != null) foreach (T t in obj) if (t != null) h ^= _members.GetHashCode(t) & 0x7FFFFFFF;
                return h;
            }

            public override bool Equals(object obj) => obj is SetComparer other && other._members == _members;
            public override int GetHashCode() => _members.GetHashCode();
        }

        public struct Enumerator : IEnumerator<T>
        {
            private readonly SortedSet<T> _set;
            private readonly int _version;
            private readonly bool _reverse;
            private Stack<Node> _stack;
            private Node _current;

            internal Enumerator(SortedSet<T> set, bool reverse)
            {
                _set = set;
                _version = set._version;
                _reverse = reverse;
                _stack = null;
                _current = null;
                Start();
            }

            private void Start()
            {
                _stack = new Stack<Node>();
                _current = null;
                Push(_set._root);
            }

            private void Push(Node n)
            {
                while (n != null)
                {
                    _stack.Push(n);
                    n = _reverse ? n.Right : n.Left;
                }
            }

            public T Current => _current == null ? default : _current.Item;

            object IEnumerator.Current
            {
                get
                {
                    if (_current == null) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return _current.Item;
                }
            }

            public bool MoveNext()
            {
                if (_version != _set._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                if (_stack.Count == 0) { _current = null; return false; }
                _current = _stack.Pop();
                Push(_reverse ? _current.Left : _current.Right);
                return true;
            }

            public void Dispose() { }

            void IEnumerator.Reset()
            {
                if (_version != _set._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                Start();
            }
        }
    }
}
