// Where over an array or a List<T>, the two sources .NET gives a Where of its own: Last
// searches them from the end, so the predicate (which may have side effects) sees only the
// elements after the last match; chained Wheres become one. Other sources keep the plain
// filtering iterator, which Last runs to the end.
using System.Collections.Generic;

namespace System.Linq
{
    internal sealed class ListWhereIterator<T> : Iterator<T>
    {
        private readonly IList<T> _source;   // a T[] or a List<T>
        private readonly Func<T, bool> _predicate;
        private IEnumerator<T> _enumerator;  // a List<T> is walked by its enumerator (it checks for changes)
        private int _index;

        internal ListWhereIterator(IList<T> source, Func<T, bool> predicate)
        {
            _source = source;
            _predicate = predicate;
        }

        public override Iterator<T> Clone() => new ListWhereIterator<T>(_source, _predicate);

        public override bool MoveNext()
        {
            if (_source is T[] array)
            {
                while (_state >= 1 && _index < array.Length)
                {
                    T item = array[_index++];
                    if (_predicate(item)) { _current = item; return true; }
                }
                Dispose();
                return false;
            }
            if (_state == 1) { _enumerator = _source.GetEnumerator(); _state = 2; }
            if (_state == 2)
            {
                while (_enumerator.MoveNext())
                {
                    T item = _enumerator.Current;
                    if (_predicate(item)) { _current = item; return true; }
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

        public override int GetCount(bool onlyIfCheap)
        {
            if (onlyIfCheap) return -1;
            int n = 0;
            for (int i = 0; i < _source.Count; i++) if (_predicate(_source[i])) checked { n++; }
            return n;
        }

        public override T TryGetLast(out bool found)
        {
            for (int i = _source.Count - 1; i >= 0; i--)
            {
                T item = _source[i];
                if (_predicate(item)) { found = true; return item; }
            }
            found = false;
            return default;
        }

        public override T[] ToArray() => ToList().ToArray();

        public override List<T> ToList()
        {
            List<T> l = new List<T>();
            for (int i = 0; i < _source.Count; i++)
            {
                T item = _source[i];
                if (_predicate(item)) l.Add(item);
            }
            return l;
        }

        internal IEnumerable<T> Where(Func<T, bool> predicate)
        {
            Func<T, bool> first = _predicate;
            return new ListWhereIterator<T>(_source, x => first(x) && predicate(x));
        }
    }
}
