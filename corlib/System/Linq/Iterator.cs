// The iterators behind Select, Skip, Take, Range and Repeat. Like .NET's, they know their
// source's shape, so First/Last/ElementAt/Count/Any/ToArray need not run a selector on
// elements they do not return. Selectors may have side effects, so how often they run is
// observable: these follow CoreCLR's counts (e.g. list.Select(f).Last() calls f once,
// Count() still calls it for every element).
using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    internal abstract class Iterator<T> : IEnumerable<T>, IEnumerator<T>
    {
        // 0: not yet enumerated (GetEnumerator may hand out this object), 1+: running, -1: done.
        protected int _state;
        protected T _current;

        public T Current => _current;
        object IEnumerator.Current => _current;
        void IEnumerator.Reset() => throw new NotSupportedException("Specified method is not supported.");

        public abstract Iterator<T> Clone();
        public abstract bool MoveNext();

        public virtual void Dispose()
        {
            _current = default;
            _state = -1;
        }

        public IEnumerator<T> GetEnumerator()
        {
            Iterator<T> e = _state == 0 ? this : Clone();
            e._state = 1;
            return e;
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        // -1 when counting would need enumeration and onlyIfCheap is set.
        public virtual int GetCount(bool onlyIfCheap)
        {
            if (onlyIfCheap) return -1;
            int n = 0;
            using IEnumerator<T> e = GetEnumerator();
            while (e.MoveNext()) checked { n++; }
            return n;
        }

        public virtual T TryGetFirst(out bool found)
        {
            using IEnumerator<T> e = GetEnumerator();
            found = e.MoveNext();
            return found ? e.Current : default;
        }

        public virtual T TryGetLast(out bool found)
        {
            T last = default;
            found = false;
            using IEnumerator<T> e = GetEnumerator();
            while (e.MoveNext()) { last = e.Current; found = true; }
            return last;
        }

        public virtual T TryGetElementAt(int index, out bool found)
        {
            if (index >= 0)
            {
                using IEnumerator<T> e = GetEnumerator();
                while (e.MoveNext())
                {
                    if (index == 0) { found = true; return e.Current; }
                    index--;
                }
            }
            found = false;
            return default;
        }

        public virtual T[] ToArray() => new List<T>(this).ToArray();
        public virtual List<T> ToList() => new List<T>(this);

        public virtual IEnumerable<TResult> Select<TResult>(Func<T, TResult> selector) => new IteratorSelectIterator<T, TResult>(this, selector);
        public virtual IEnumerable<T> Skip(int count) => new EnumerableSkipTakeIterator<T>(this, count, -1);
        public virtual IEnumerable<T> Take(int count) => new EnumerableSkipTakeIterator<T>(this, 0, count - 1);
    }

    // Helpers the operators share: each asks the source for the cheapest way to answer.
    internal static class IteratorHelpers
    {
        internal static bool TryGetCount<T>(IEnumerable<T> source, out int count)
        {
            if (source is ICollection<T> c) { count = c.Count; return true; }
            if (source is Iterator<T> it && (count = it.GetCount(true)) >= 0) return true;
            if (source is ICollection nc) { count = nc.Count; return true; }
            count = 0;
            return false;
        }

        internal static T TryGetFirst<T>(IEnumerable<T> source, out bool found)
        {
            if (source is IList<T> list)
            {
                found = list.Count > 0;
                return found ? list[0] : default;
            }
            if (source is Iterator<T> it) return it.TryGetFirst(out found);
            using IEnumerator<T> e = source.GetEnumerator();
            found = e.MoveNext();
            return found ? e.Current : default;
        }

        internal static T TryGetLast<T>(IEnumerable<T> source, out bool found)
        {
            if (source is IList<T> list)
            {
                int n = list.Count;
                found = n > 0;
                return found ? list[n - 1] : default;
            }
            if (source is Iterator<T> it) return it.TryGetLast(out found);
            T last = default;
            found = false;
            foreach (T item in source) { last = item; found = true; }
            return last;
        }

        internal static T TryGetElementAt<T>(IEnumerable<T> source, int index, out bool found)
        {
            if (source is IList<T> list)
            {
                found = (uint)index < (uint)list.Count;
                return found ? list[index] : default;
            }
            if (source is Iterator<T> it) return it.TryGetElementAt(index, out found);
            if (index >= 0)
            {
                foreach (T item in source)
                {
                    if (index == 0) { found = true; return item; }
                    index--;
                }
            }
            found = false;
            return default;
        }
    }

    // Select over a source of unknown shape: enumerating runs the selector on each element,
    // but First/Last/ElementAt find the element first and run it once.
    internal sealed class EnumerableSelectIterator<TSource, TResult> : Iterator<TResult>
    {
        private readonly IEnumerable<TSource> _source;
        private readonly Func<TSource, TResult> _selector;
        private IEnumerator<TSource> _enumerator;

        internal EnumerableSelectIterator(IEnumerable<TSource> source, Func<TSource, TResult> selector) { _source = source; _selector = selector; }

        public override Iterator<TResult> Clone() => new EnumerableSelectIterator<TSource, TResult>(_source, _selector);

        public override bool MoveNext()
        {
            if (_state == 1) { _enumerator = _source.GetEnumerator(); _state = 2; }
            if (_state == 2)
            {
                if (_enumerator.MoveNext()) { _current = _selector(_enumerator.Current); return true; }
                Dispose();
            }
            return false;
        }

        public override void Dispose()
        {
            if (_enumerator != null) { _enumerator.Dispose(); _enumerator = null; }
            base.Dispose();
        }

        public override IEnumerable<TResult2> Select<TResult2>(Func<TResult, TResult2> selector) =>
            new EnumerableSelectIterator<TSource, TResult2>(_source, x => selector(_selector(x)));

        public override int GetCount(bool onlyIfCheap)
        {
            if (onlyIfCheap) return -1;
            int n = 0;
            foreach (TSource item in _source) { _selector(item); checked { n++; } }
            return n;
        }

        public override TResult TryGetFirst(out bool found)
        {
            TSource x = IteratorHelpers.TryGetFirst(_source, out found);
            return found ? _selector(x) : default;
        }

        public override TResult TryGetLast(out bool found)
        {
            TSource x = IteratorHelpers.TryGetLast(_source, out found);
            return found ? _selector(x) : default;
        }

        public override TResult TryGetElementAt(int index, out bool found)
        {
            TSource x = IteratorHelpers.TryGetElementAt(_source, index, out found);
            return found ? _selector(x) : default;
        }
    }

    // Select over another iterator: Skip/Take go below the selector, so skipped elements are
    // never projected.
    internal sealed class IteratorSelectIterator<TSource, TResult> : Iterator<TResult>
    {
        private readonly Iterator<TSource> _source;
        private readonly Func<TSource, TResult> _selector;
        private IEnumerator<TSource> _enumerator;

        internal IteratorSelectIterator(Iterator<TSource> source, Func<TSource, TResult> selector) { _source = source; _selector = selector; }

        public override Iterator<TResult> Clone() => new IteratorSelectIterator<TSource, TResult>(_source, _selector);

        public override bool MoveNext()
        {
            if (_state == 1) { _enumerator = _source.GetEnumerator(); _state = 2; }
            if (_state == 2)
            {
                if (_enumerator.MoveNext()) { _current = _selector(_enumerator.Current); return true; }
                Dispose();
            }
            return false;
        }

        public override void Dispose()
        {
            if (_enumerator != null) { _enumerator.Dispose(); _enumerator = null; }
            base.Dispose();
        }

        public override IEnumerable<TResult2> Select<TResult2>(Func<TResult, TResult2> selector) =>
            new IteratorSelectIterator<TSource, TResult2>(_source, x => selector(_selector(x)));

        public override int GetCount(bool onlyIfCheap)
        {
            if (onlyIfCheap) return _source.GetCount(true);
            int n = 0;
            foreach (TSource item in _source) { _selector(item); checked { n++; } }
            return n;
        }

        public override TResult TryGetFirst(out bool found)
        {
            TSource x = _source.TryGetFirst(out found);
            return found ? _selector(x) : default;
        }

        public override TResult TryGetLast(out bool found)
        {
            TSource x = _source.TryGetLast(out found);
            return found ? _selector(x) : default;
        }

        public override TResult TryGetElementAt(int index, out bool found)
        {
            TSource x = _source.TryGetElementAt(index, out found);
            return found ? _selector(x) : default;
        }

        public override IEnumerable<TResult> Skip(int count) => _source.Skip(count).Select(_selector);
        public override IEnumerable<TResult> Take(int count) => _source.Take(count).Select(_selector);
    }

    // A window [min, max] (max -1: to the end) of a list, projected by a selector (or not, when
    // identity is set). Over the whole list it enumerates the list's own enumerator (so a
    // List<T> changed meanwhile throws); over a window it indexes, as .NET does.
    internal sealed class ListSelectIterator<TSource, TResult> : Iterator<TResult>
    {
        private readonly IList<TSource> _source;
        private readonly Func<TSource, TResult> _selector;
        private readonly int _min;
        private readonly int _max;
        private IEnumerator<TSource> _enumerator;

        internal ListSelectIterator(IList<TSource> source, Func<TSource, TResult> selector, int min, int max)
        {
            _source = source;
            _selector = selector;
            _min = min;
            _max = max;
        }

        private bool Whole => _min == 0 && _max == -1;

        public override Iterator<TResult> Clone() => new ListSelectIterator<TSource, TResult>(_source, _selector, _min, _max);

        public override bool MoveNext()
        {
            if (Whole && !(_source is TSource[]))
            {
                if (_state == 1) { _enumerator = _source.GetEnumerator(); _state = 2; }
                if (_state == 2)
                {
                    if (_enumerator.MoveNext()) { _current = _selector(_enumerator.Current); return true; }
                    Dispose();
                }
                return false;
            }
            int index = _state - 1;
            if (index >= 0 && (uint)index <= (uint)(_max - _min) && index < _source.Count - _min)
            {
                _current = _selector(_source[_min + index]);
                _state++;
                return true;
            }
            Dispose();
            return false;
        }

        public override void Dispose()
        {
            if (_enumerator != null) { _enumerator.Dispose(); _enumerator = null; }
            base.Dispose();
        }

        private int WindowCount
        {
            get
            {
                int n = _source.Count - _min;
                if (n <= 0) return 0;
                if (_max != -1 && _max - _min + 1 < n) n = _max - _min + 1;
                return n;
            }
        }

        public override IEnumerable<TResult2> Select<TResult2>(Func<TResult, TResult2> selector) =>
            new ListSelectIterator<TSource, TResult2>(_source, x => selector(_selector(x)), _min, _max);

        public override int GetCount(bool onlyIfCheap)
        {
            int n = WindowCount;
            if (!onlyIfCheap) for (int i = 0; i < n; i++) _selector(_source[_min + i]);
            return n;
        }

        public override TResult TryGetFirst(out bool found)
        {
            found = WindowCount > 0;
            return found ? _selector(_source[_min]) : default;
        }

        public override TResult TryGetLast(out bool found)
        {
            int n = WindowCount;
            found = n > 0;
            return found ? _selector(_source[_min + n - 1]) : default;
        }

        public override TResult TryGetElementAt(int index, out bool found)
        {
            found = (uint)index < (uint)WindowCount;
            return found ? _selector(_source[_min + index]) : default;
        }

        public override TResult[] ToArray()
        {
            int n = WindowCount;
            TResult[] a = new TResult[n];
            for (int i = 0; i < n; i++) a[i] = _selector(_source[_min + i]);
            return a;
        }

        public override List<TResult> ToList()
        {
            int n = WindowCount;
            List<TResult> l = new List<TResult>(n);
            for (int i = 0; i < n; i++) l.Add(_selector(_source[_min + i]));
            return l;
        }

        public override IEnumerable<TResult> Skip(int count)
        {
            if (count <= 0) count = 0;
            long min = (long)_min + count;
            if (_max != -1 && min > _max) return Array.Empty<TResult>();
            if (min > int.MaxValue) return Array.Empty<TResult>();
            return new ListSelectIterator<TSource, TResult>(_source, _selector, (int)min, _max);
        }

        public override IEnumerable<TResult> Take(int count)
        {
            if (count <= 0) return Array.Empty<TResult>();
            long max = (long)_min + count - 1;
            if (_max != -1 && max > _max) max = _max;
            if (max > int.MaxValue) max = int.MaxValue;
            return new ListSelectIterator<TSource, TResult>(_source, _selector, _min, (int)max);
        }
    }

    // Skip/Take over a source that is not a list: elements are found by enumerating, except
    // that an iterator source may answer ElementAt/Last itself.
    internal sealed class EnumerableSkipTakeIterator<T> : Iterator<T>
    {
        private readonly IEnumerable<T> _source;
        private readonly int _min;
        private readonly int _max;   // -1: no limit
        private IEnumerator<T> _enumerator;

        internal EnumerableSkipTakeIterator(IEnumerable<T> source, int min, int max)
        {
            _source = source;
            _min = min < 0 ? 0 : min;
            _max = max;
        }

        public override Iterator<T> Clone() => new EnumerableSkipTakeIterator<T>(_source, _min, _max);

        public override bool MoveNext()
        {
            if (_state == 1)
            {
                if (_max != -1 && _max < _min) { Dispose(); return false; }
                _enumerator = _source.GetEnumerator();
                for (int i = 0; i < _min; i++)
                {
                    if (!_enumerator.MoveNext()) { Dispose(); return false; }
                }
                _state = 2;
            }
            if (_state >= 2)
            {
                int taken = _state - 2;
                if ((_max == -1 || taken <= _max - _min) && _enumerator.MoveNext())
                {
                    _current = _enumerator.Current;
                    _state++;
                    return true;
                }
                Dispose();
            }
            return false;
        }

        public override void Dispose()
        {
            if (_enumerator != null) { _enumerator.Dispose(); _enumerator = null; }
            base.Dispose();
        }

        private int Clamp(int sourceCount)
        {
            int n = sourceCount - _min;
            if (n <= 0) return 0;
            if (_max != -1 && _max - _min + 1 < n) n = _max - _min + 1;
            return n;
        }

        public override int GetCount(bool onlyIfCheap)
        {
            if (_source is Iterator<T> it)
            {
                int c = it.GetCount(true);
                if (c >= 0) return Clamp(c);
            }
            return onlyIfCheap ? -1 : base.GetCount(false);
        }

        public override T TryGetElementAt(int index, out bool found)
        {
            if (index < 0 || (_max != -1 && index > _max - _min)) { found = false; return default; }
            return IteratorHelpers.TryGetElementAt(_source, _min + index, out found);
        }

        public override T TryGetFirst(out bool found) => TryGetElementAt(0, out found);

        public override T TryGetLast(out bool found)
        {
            if (_source is Iterator<T> it)
            {
                int c = it.GetCount(true);
                if (c >= 0)
                {
                    int n = Clamp(c);
                    if (n == 0) { found = false; return default; }
                    return it.TryGetElementAt(_min + n - 1, out found);
                }
            }
            return base.TryGetLast(out found);
        }

        public override IEnumerable<T> Skip(int count)
        {
            if (count <= 0) return this;
            long min = (long)_min + count;
            if (_max != -1 && min > _max) return Array.Empty<T>();
            if (min > int.MaxValue) min = int.MaxValue;
            return new EnumerableSkipTakeIterator<T>(_source, (int)min, _max);
        }

        public override IEnumerable<T> Take(int count)
        {
            if (count <= 0) return Array.Empty<T>();
            long max = (long)_min + count - 1;
            if (_max != -1 && max > _max) max = _max;
            if (max > int.MaxValue) max = int.MaxValue;
            return new EnumerableSkipTakeIterator<T>(_source, _min, (int)max);
        }
    }

    // A read-only list that is also an iterator (Range, Repeat, Skip/Take over a list): Last with
    // a predicate searches it from the end and Select projects only what is asked for.
    internal abstract class ListIterator<T> : Iterator<T>, IList<T>, IReadOnlyList<T>
    {
        public abstract int Count { get; }
        public abstract T this[int index] { get; }

        T IList<T>.this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
                return this[index];
            }
            set => throw new NotSupportedException("Specified method is not supported.");
        }

        public override bool MoveNext()
        {
            int index = _state - 1;
            if (index >= 0 && index < Count)
            {
                _current = this[index];
                _state++;
                return true;
            }
            Dispose();
            return false;
        }

        public override int GetCount(bool onlyIfCheap) => Count;

        public override T TryGetFirst(out bool found)
        {
            found = Count > 0;
            return found ? this[0] : default;
        }

        public override T TryGetLast(out bool found)
        {
            int n = Count;
            found = n > 0;
            return found ? this[n - 1] : default;
        }

        public override T TryGetElementAt(int index, out bool found)
        {
            found = (uint)index < (uint)Count;
            return found ? this[index] : default;
        }

        public override IEnumerable<TResult> Select<TResult>(Func<T, TResult> selector) => new ListSelectIterator<T, TResult>(this, selector, 0, -1);
        public override IEnumerable<T> Skip(int count) => new ListWindowIterator<T>(this, count < 0 ? 0 : count, -1);
        public override IEnumerable<T> Take(int count) => count <= 0 ? Array.Empty<T>() : new ListWindowIterator<T>(this, 0, count - 1);

        public override T[] ToArray()
        {
            T[] a = new T[Count];
            for (int i = 0; i < a.Length; i++) a[i] = this[i];
            return a;
        }

        public override List<T> ToList() => new List<T>(ToArray());

        public int IndexOf(T item)
        {
            EqualityComparer<T> c = EqualityComparer<T>.Default;
            for (int i = 0; i < Count; i++) if (c.Equals(this[i], item)) return i;
            return -1;
        }

        public bool Contains(T item) => IndexOf(item) >= 0;

        public void CopyTo(T[] array, int arrayIndex)
        {
            if (array == null) throw new ArgumentNullException("array");
            int n = Count;
            if (arrayIndex < 0 || array.Length - arrayIndex < n) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < n; i++) array[arrayIndex + i] = this[i];
        }

        bool ICollection<T>.IsReadOnly => true;
        void ICollection<T>.Add(T item) => throw new NotSupportedException("Specified method is not supported.");
        void ICollection<T>.Clear() => throw new NotSupportedException("Specified method is not supported.");
        bool ICollection<T>.Remove(T item) => throw new NotSupportedException("Specified method is not supported.");
        void IList<T>.Insert(int index, T item) => throw new NotSupportedException("Specified method is not supported.");
        void IList<T>.RemoveAt(int index) => throw new NotSupportedException("Specified method is not supported.");
    }


    // Skip/Take over a list: the window [min, max] (max -1: to the end) of it, itself a list
    // as in .NET (so Last with a predicate searches it from the end), indexed afresh on every
    // access so that it follows changes to the list.
    internal sealed class ListWindowIterator<T> : ListIterator<T>
    {
        private readonly IList<T> _source;
        private readonly int _min;
        private readonly int _max;

        internal ListWindowIterator(IList<T> source, int min, int max)
        {
            _source = source;
            _min = min;
            _max = max;
        }

        public override Iterator<T> Clone() => new ListWindowIterator<T>(_source, _min, _max);

        public override int Count
        {
            get
            {
                int n = _source.Count - _min;
                if (n <= 0) return 0;
                if (_max != -1 && _max - _min + 1 < n) n = _max - _min + 1;
                return n;
            }
        }

        public override T this[int index] => _source[_min + index];

        public override IEnumerable<TResult> Select<TResult>(Func<T, TResult> selector) => new ListSelectIterator<T, TResult>(_source, selector, _min, _max);

        public override IEnumerable<T> Skip(int count)
        {
            if (count <= 0) count = 0;
            long min = (long)_min + count;
            if (_max != -1 && min > _max) return Array.Empty<T>();
            if (min > int.MaxValue) return Array.Empty<T>();
            return new ListWindowIterator<T>(_source, (int)min, _max);
        }

        public override IEnumerable<T> Take(int count)
        {
            if (count <= 0) return Array.Empty<T>();
            long max = (long)_min + count - 1;
            if (_max != -1 && max > _max) max = _max;
            if (max > int.MaxValue) max = int.MaxValue;
            return new ListWindowIterator<T>(_source, _min, (int)max);
        }
    }
    internal sealed class RangeIterator : ListIterator<int>
    {
        private readonly int _start;
        private readonly int _count;

        internal RangeIterator(int start, int count) { _start = start; _count = count; }

        public override Iterator<int> Clone() => new RangeIterator(_start, _count);
        public override int Count => _count;
        public override int this[int index] => _start + index;
    }

    internal sealed class RepeatIterator<T> : ListIterator<T>
    {
        private readonly T _element;
        private readonly int _count;

        internal RepeatIterator(T element, int count) { _element = element; _count = count; }

        public override Iterator<T> Clone() => new RepeatIterator<T>(_element, _count);
        public override int Count => _count;
        public override T this[int index] => _element;
    }
}
