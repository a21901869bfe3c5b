// Reverse as an iterator: enumerating buffers the whole source, but First and Last are the
// source's Last and First, and the count is the source's, so upstream selectors run only
// where .NET runs them.
using System.Collections.Generic;

namespace System.Linq
{
    internal sealed class ReverseIterator<T> : Iterator<T>
    {
        private readonly IEnumerable<T> _source;
        private T[] _buffer;

        internal ReverseIterator(IEnumerable<T> source) { _source = source; }

        public override Iterator<T> Clone() => new ReverseIterator<T>(_source);

        public override bool MoveNext()
        {
            if (_state == 1)
            {
                _buffer = Enumerable.ToArray(_source);
                _state = 2;
            }
            if (_state >= 2)
            {
                int i = _buffer.Length - (_state - 1);
                if (i >= 0)
                {
                    _current = _buffer[i];
                    _state++;
                    return true;
                }
                Dispose();
            }
            return false;
        }

        public override void Dispose()
        {
            _buffer = null;
            base.Dispose();
        }

        public override int GetCount(bool onlyIfCheap)
        {
            if (!onlyIfCheap) return Enumerable.Count(_source);
            return IteratorHelpers.TryGetCount(_source, out int n) ? n : -1;
        }

        public override T TryGetFirst(out bool found) => IteratorHelpers.TryGetLast(_source, out found);
        public override T TryGetLast(out bool found) => IteratorHelpers.TryGetFirst(_source, out found);

        public override T TryGetElementAt(int index, out bool found)
        {
            if (_source is IList<T> list)
            {
                int n = list.Count;
                found = (uint)index < (uint)n;
                return found ? list[n - 1 - index] : default;
            }
            if (index >= 0)
            {
                T[] items = Enumerable.ToArray(_source);
                if (index < items.Length) { found = true; return items[items.Length - 1 - index]; }
            }
            found = false;
            return default;
        }

        public override T[] ToArray()
        {
            T[] items = Enumerable.ToArray(_source);
            if (ReferenceEquals(items, _source)) items = (T[])items.Clone();
            Array.Reverse(items);
            return items;
        }

        public override List<T> ToList() => new List<T>(ToArray());
    }
}
