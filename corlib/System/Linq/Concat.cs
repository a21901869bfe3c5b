// Concat and Append/Prepend as iterators that know their parts, as .NET's do: a count adds
// up the parts' counts (so a cheap count runs no upstream selector), Last asks the last
// non-empty part, ElementAt skips whole parts whose size is known. A single Append or Prepend
// also answers First/Last from its element; longer chains enumerate, as in .NET.
using System.Collections.Generic;

namespace System.Linq
{
    internal sealed class ConcatIterator<T> : Iterator<T>
    {
        private readonly IEnumerable<T>[] _sources;
        private int _part;
        private IEnumerator<T> _enumerator;

        internal ConcatIterator(IEnumerable<T>[] sources) { _sources = sources; }

        public override Iterator<T> Clone() => new ConcatIterator<T>(_sources);

        internal ConcatIterator<T> Concat(IEnumerable<T> next)
        {
            IEnumerable<T>[] sources = new IEnumerable<T>[_sources.Length + 1];
            Array.Copy(_sources, sources, _sources.Length);
            sources[_sources.Length] = next;
            return new ConcatIterator<T>(sources);
        }

        public override bool MoveNext()
        {
            if (_state == 1) { _part = 0; _state = 2; }
            while (_state == 2)
            {
                if (_enumerator == null)
                {
                    if (_part == _sources.Length) break;
                    _enumerator = _sources[_part++].GetEnumerator();
                }
                if (_enumerator.MoveNext()) { _current = _enumerator.Current; return true; }
                _enumerator.Dispose();
                _enumerator = null;
            }
            Dispose();
            return false;
        }

        public override void Dispose()
        {
            if (_enumerator != null) { _enumerator.Dispose(); _enumerator = null; }
            base.Dispose();
        }

        public override int GetCount(bool onlyIfCheap)
        {
            int total = 0;
            foreach (IEnumerable<T> source in _sources)
            {
                if (!IteratorHelpers.TryGetCount(source, out int n))
                {
                    if (onlyIfCheap) return -1;
                    n = Enumerable.Count(source);
                }
                checked { total += n; }
            }
            return total;
        }

        public override T TryGetLast(out bool found)
        {
            for (int i = _sources.Length - 1; i >= 0; i--)
            {
                T item = IteratorHelpers.TryGetLast(_sources[i], out found);
                if (found) return item;
            }
            found = false;
            return default;
        }

        public override T TryGetElementAt(int index, out bool found)
        {
            if (index >= 0)
            {
                foreach (IEnumerable<T> source in _sources)
                {
                    if (IteratorHelpers.TryGetCount(source, out int n))
                    {
                        if (index < n) return IteratorHelpers.TryGetElementAt(source, index, out found);
                        index -= n;
                        continue;
                    }
                    foreach (T item in source)
                    {
                        if (index == 0) { found = true; return item; }
                        index--;
                    }
                }
            }
            found = false;
            return default;
        }
    }

    internal sealed class AppendPrependIterator<T> : Iterator<T>
    {
        private readonly IEnumerable<T> _source;
        private readonly T[] _prepended;   // in the order they come out
        private readonly T[] _appended;
        private IEnumerator<T> _enumerator;

        internal AppendPrependIterator(IEnumerable<T> source, T[] prepended, T[] appended)
        {
            _source = source;
            _prepended = prepended;
            _appended = appended;
        }

        public override Iterator<T> Clone() => new AppendPrependIterator<T>(_source, _prepended, _appended);

        internal AppendPrependIterator<T> Append(T item)
        {
            T[] appended = new T[_appended.Length + 1];
            Array.Copy(_appended, appended, _appended.Length);
            appended[_appended.Length] = item;
            return new AppendPrependIterator<T>(_source, _prepended, appended);
        }

        internal AppendPrependIterator<T> Prepend(T item)
        {
            T[] prepended = new T[_prepended.Length + 1];
            prepended[0] = item;
            Array.Copy(_prepended, 0, prepended, 1, _prepended.Length);
            return new AppendPrependIterator<T>(_source, prepended, _appended);
        }

        private bool Single => _prepended.Length + _appended.Length == 1;

        // _state: 1 start, 2.. prepended items, then the source, then the appended items.
        public override bool MoveNext()
        {
            int p = _prepended.Length;
            if (_state >= 1 && _state <= p)
            {
                _current = _prepended[_state - 1];
                _state++;
                return true;
            }
            if (_state == p + 1)
            {
                if (_enumerator == null) _enumerator = _source.GetEnumerator();
                if (_enumerator.MoveNext()) { _current = _enumerator.Current; return true; }
                _enumerator.Dispose();
                _enumerator = null;
                _state++;
            }
            int a = _state - p - 2;
            if (_state > p + 1 && a < _appended.Length)
            {
                _current = _appended[a];
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

        // Only a cheap count uses the source's size; otherwise the source is counted (running
        // its selectors), as .NET does.
        public override int GetCount(bool onlyIfCheap)
        {
            int n;
            if (onlyIfCheap)
            {
                if (!IteratorHelpers.TryGetCount(_source, out n)) return -1;
            }
            else n = Enumerable.Count(_source);
            return checked(n + _prepended.Length + _appended.Length);
        }

        public override T TryGetFirst(out bool found)
        {
            if (!Single) return base.TryGetFirst(out found);
            if (_prepended.Length == 1) { found = true; return _prepended[0]; }
            T item = IteratorHelpers.TryGetFirst(_source, out found);
            if (found) return item;
            found = true;
            return _appended[0];
        }

        public override T TryGetLast(out bool found)
        {
            if (!Single) return base.TryGetLast(out found);
            if (_appended.Length == 1) { found = true; return _appended[0]; }
            T item = IteratorHelpers.TryGetLast(_source, out found);
            if (found) return item;
            found = true;
            return _prepended[0];
        }
    }
}
