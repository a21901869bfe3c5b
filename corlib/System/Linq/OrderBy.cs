// OrderBy/ThenBy as iterators. Key selectors may have side effects, so when they run is
// observable; these follow CoreCLR: a full sort computes every level's keys once per element,
// level by level from the OrderBy down; First and Last only scan for the extreme element,
// computing a ThenBy key only to break a tie or for a new best; Count, and the counts of
// Skip/Take over the ordering, run no key selector at all. Ties keep the source order.
using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    internal abstract class OrderedIterator<TElement> : Iterator<TElement>, IOrderedEnumerable<TElement>
    {
        protected readonly IEnumerable<TElement> _source;
        private TElement[] _items;   // while enumerating: the elements, and their sorted order
        private int[] _map;

        protected OrderedIterator(IEnumerable<TElement> source) { _source = source; }

        internal TElement[] ToArrayUnsorted() => Enumerable.ToArray(_source);

        public IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
        {
            if (keySelector == null) throw new ArgumentNullException("keySelector");
            return new OrderedIterator<TElement, TKey>(_source, keySelector, comparer, descending, this);
        }

        // The levels from the OrderBy down to this one, ending in next.
        internal abstract SortLevel<TElement> BuildSortLevels(SortLevel<TElement> next);
        internal abstract CachingLevel<TElement> BuildCachingLevels(CachingLevel<TElement> child);

        // The positions of items in sorted order.
        internal int[] SortedMap(TElement[] items)
        {
            SortLevel<TElement> levels = BuildSortLevels(null);
            levels.ComputeKeys(items);
            int[] map = new int[items.Length];
            for (int i = 0; i < map.Length; i++) map[i] = i;
            Array.Sort(map, (a, b) =>
            {
                int c = levels.Compare(a, b);
                return c != 0 ? c : a - b;
            });
            return map;
        }

        public override bool MoveNext()
        {
            if (_state == 1)
            {
                _items = Enumerable.ToArray(_source);
                _map = SortedMap(_items);
                _state = 2;
            }
            if (_state >= 2)
            {
                int i = _state - 2;
                if (i < _map.Length)
                {
                    _current = _items[_map[i]];
                    _state++;
                    return true;
                }
                Dispose();
            }
            return false;
        }

        public override void Dispose()
        {
            _items = null;
            _map = null;
            base.Dispose();
        }

        public override TElement[] ToArray()
        {
            TElement[] items = Enumerable.ToArray(_source);
            int[] map = SortedMap(items);
            TElement[] sorted = new TElement[items.Length];
            for (int i = 0; i < sorted.Length; i++) sorted[i] = items[map[i]];
            return sorted;
        }

        public override List<TElement> ToList() => new List<TElement>(ToArray());

        // Sorting does not change how many there are.
        public override int GetCount(bool onlyIfCheap)
        {
            if (_source is Iterator<TElement> it) return it.GetCount(onlyIfCheap);
            if (IteratorHelpers.TryGetCount(_source, out int count)) return count;
            return onlyIfCheap ? -1 : Enumerable.Count(_source);
        }

        public override TElement TryGetFirst(out bool found) => Extreme(_source, null, true, out found);
        public override TElement TryGetLast(out bool found) => Extreme(_source, null, false, out found);

        // Last(predicate): the predicate sees every element, the keys only those it accepts.
        internal TElement TryGetLast(Func<TElement, bool> predicate, out bool found) => Extreme(_source, predicate, false, out found);

        // The first (lowest) or last (highest, the latest of equals) element of items in sorted
        // order, found in one pass.
        internal TElement Extreme(IEnumerable<TElement> items, Func<TElement, bool> predicate, bool first, out bool found)
        {
            CachingLevel<TElement> levels = null;
            TElement best = default;
            found = false;
            foreach (TElement x in items)
            {
                if (predicate != null && !predicate(x)) continue;
                if (!found)
                {
                    levels = BuildCachingLevels(null);
                    levels.SetElement(x);
                    best = x;
                    found = true;
                    continue;
                }
                int c = levels.Compare(x, first);
                if (first ? c < 0 : c >= 0) best = x;
            }
            return best;
        }

        public override TElement TryGetElementAt(int index, out bool found)
        {
            if (index == 0) return TryGetFirst(out found);
            if (index > 0)
            {
                TElement[] items = Enumerable.ToArray(_source);
                if (index < items.Length)
                {
                    found = true;
                    return items[SortedMap(items)[index]];
                }
            }
            found = false;
            return default;
        }

        public override IEnumerable<TElement> Skip(int count) => new OrderedPartition<TElement>(this, count < 0 ? 0 : count, -1);
        public override IEnumerable<TElement> Take(int count) =>
            count <= 0 ? Array.Empty<TElement>() : new OrderedPartition<TElement>(this, 0, count - 1);
    }

    internal sealed class OrderedIterator<TElement, TKey> : OrderedIterator<TElement>
    {
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;
        private readonly OrderedIterator<TElement> _parent;   // the level before (ThenBy), or null

        internal OrderedIterator(IEnumerable<TElement> source, Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, OrderedIterator<TElement> parent)
            : base(source)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (keySelector == null) throw new ArgumentNullException("keySelector");
            _keySelector = keySelector;
            _comparer = comparer ?? Comparer<TKey>.Default;
            _descending = descending;
            _parent = parent;
        }

        public override Iterator<TElement> Clone() => new OrderedIterator<TElement, TKey>(_source, _keySelector, _comparer, _descending, _parent);

        internal override SortLevel<TElement> BuildSortLevels(SortLevel<TElement> next)
        {
            SortLevel<TElement> mine = new SortLevel<TElement, TKey>(_keySelector, _comparer, _descending, next);
            return _parent == null ? mine : _parent.BuildSortLevels(mine);
        }

        internal override CachingLevel<TElement> BuildCachingLevels(CachingLevel<TElement> child)
        {
            CachingLevel<TElement> mine = new CachingLevel<TElement, TKey>(_keySelector, _comparer, _descending, child);
            return _parent == null ? mine : _parent.BuildCachingLevels(mine);
        }
    }

    // One level of a full sort: its keys for every element, computed before the next level's.
    internal abstract class SortLevel<TElement>
    {
        internal abstract void ComputeKeys(TElement[] items);
        internal abstract int Compare(int a, int b);
    }

    internal sealed class SortLevel<TElement, TKey> : SortLevel<TElement>
    {
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;
        private readonly SortLevel<TElement> _next;
        private TKey[] _keys;

        internal SortLevel(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, SortLevel<TElement> next)
        {
            _keySelector = keySelector;
            _comparer = comparer;
            _descending = descending;
            _next = next;
        }

        internal override void ComputeKeys(TElement[] items)
        {
            _keys = new TKey[items.Length];
            for (int i = 0; i < items.Length; i++) _keys[i] = _keySelector(items[i]);
            _next?.ComputeKeys(items);
        }

        internal override int Compare(int a, int b)
        {
            int c = _comparer.Compare(_keys[a], _keys[b]);
            if (c == 0) return _next == null ? 0 : _next.Compare(a, b);
            return _descending ? -c : c;
        }
    }

    // One level of a First/Last scan: it keeps the key of the best element so far, and asks
    // the level below only on a tie.
    internal abstract class CachingLevel<TElement>
    {
        internal abstract void SetElement(TElement element);
        // Compares element with the best so far (negative: it sorts before), and makes it the
        // best when it sorts before (lower) or not before (!lower).
        internal abstract int Compare(TElement element, bool lower);
    }

    internal sealed class CachingLevel<TElement, TKey> : CachingLevel<TElement>
    {
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;
        private readonly CachingLevel<TElement> _child;
        private TKey _bestKey;

        internal CachingLevel(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, CachingLevel<TElement> child)
        {
            _keySelector = keySelector;
            _comparer = comparer;
            _descending = descending;
            _child = child;
        }

        internal override void SetElement(TElement element)
        {
            _bestKey = _keySelector(element);
            _child?.SetElement(element);
        }

        internal override int Compare(TElement element, bool lower)
        {
            TKey key = _keySelector(element);
            int c = _descending ? _comparer.Compare(_bestKey, key) : _comparer.Compare(key, _bestKey);
            if (c == 0) return _child == null ? 0 : _child.Compare(element, lower);
            if (lower == c < 0)
            {
                _bestKey = key;
                _child?.SetElement(element);
            }
            return c;
        }
    }

    // Skip/Take over an ordering: the elements at sorted positions [min, max] (max -1: to the
    // end). Counting needs no keys; one element is found without sorting the rest by hand.
    internal sealed class OrderedPartition<TElement> : Iterator<TElement>
    {
        private readonly OrderedIterator<TElement> _ordered;
        private readonly int _min;
        private readonly int _max;
        private TElement[] _items;
        private int[] _map;

        internal OrderedPartition(OrderedIterator<TElement> ordered, int min, int max)
        {
            _ordered = ordered;
            _min = min;
            _max = max;
        }

        public override Iterator<TElement> Clone() => new OrderedPartition<TElement>(_ordered, _min, _max);

        private int Clamp(int count)
        {
            int n = count - _min;
            if (n <= 0) return 0;
            if (_max != -1 && _max - _min + 1 < n) n = _max - _min + 1;
            return n;
        }

        public override bool MoveNext()
        {
            if (_state == 1)
            {
                _items = _ordered.ToArrayUnsorted();
                _map = _items.Length > _min ? _ordered.SortedMap(_items) : new int[0];
                _state = 2;
            }
            if (_state >= 2)
            {
                int i = _min + _state - 2;
                if (i < _map.Length && (_max == -1 || i <= _max))
                {
                    _current = _items[_map[i]];
                    _state++;
                    return true;
                }
                Dispose();
            }
            return false;
        }

        public override void Dispose()
        {
            _items = null;
            _map = null;
            base.Dispose();
        }

        public override int GetCount(bool onlyIfCheap)
        {
            int count = _ordered.GetCount(onlyIfCheap);
            return count < 0 ? -1 : Clamp(count);
        }

        public override TElement TryGetElementAt(int index, out bool found)
        {
            if (index < 0 || (_max != -1 && index > _max - _min)) { found = false; return default; }
            return _ordered.TryGetElementAt(_min + index, out found);
        }

        public override TElement TryGetFirst(out bool found) => TryGetElementAt(0, out found);

        public override TElement TryGetLast(out bool found)
        {
            TElement[] items = _ordered.ToArrayUnsorted();
            int n = items.Length;
            if (n <= _min) { found = false; return default; }
            // up to the end: a scan for the highest; otherwise the element at max
            if (_max == -1 || _max >= n - 1) return _ordered.Extreme(items, null, false, out found);
            found = true;
            return items[_ordered.SortedMap(items)[_max]];
        }

        public override TElement[] ToArray()
        {
            List<TElement> l = ToList();
            return l.ToArray();
        }

        public override List<TElement> ToList()
        {
            List<TElement> l = new List<TElement>();
            foreach (TElement x in this) l.Add(x);
            return l;
        }

        public override IEnumerable<TElement> Skip(int count)
        {
            if (count <= 0) return this;
            long min = (long)_min + count;
            if (_max != -1 && min > _max) return Array.Empty<TElement>();
            if (min > int.MaxValue) min = int.MaxValue;
            return new OrderedPartition<TElement>(_ordered, (int)min, _max);
        }

        public override IEnumerable<TElement> Take(int count)
        {
            if (count <= 0) return Array.Empty<TElement>();
            long max = (long)_min + count - 1;
            if (_max != -1 && max > _max) max = _max;
            if (max > int.MaxValue) max = int.MaxValue;
            return new OrderedPartition<TElement>(_ordered, _min, (int)max);
        }
    }
}
