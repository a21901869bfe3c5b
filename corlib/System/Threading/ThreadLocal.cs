// ThreadLocal<T>: one value per thread, keyed by the managed thread id. Threads take
// turns on the one run loop (Thread.cs), so the table needs no locking; the value a
// thread sees is the one stored under Thread.CurrentThread.ManagedThreadId.
using System.Collections.Generic;

namespace System.Threading
{
    public class ThreadLocal<T> : IDisposable
    {
        private Func<T> _valueFactory;
        private readonly bool _trackAllValues;
        private Dictionary<int, T> _values = new Dictionary<int, T>();
        private List<int> _creationOrder;        // thread ids, oldest first (for Values)
        private bool _disposed;

        public ThreadLocal() { }
        public ThreadLocal(bool trackAllValues) { _trackAllValues = trackAllValues; }

        public ThreadLocal(Func<T> valueFactory)
        {
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            _valueFactory = valueFactory;
        }

        public ThreadLocal(Func<T> valueFactory, bool trackAllValues) : this(valueFactory)
        {
            _trackAllValues = trackAllValues;
        }

        private static int CurrentId => Thread.CurrentThread.ManagedThreadId;

        private void ThrowIfDisposed()
        {
            if (_disposed) throw new ObjectDisposedException(GetType().FullName);
        }

        public T Value
        {
            get
            {
                ThrowIfDisposed();
                int id = CurrentId;
                if (_values.TryGetValue(id, out T value)) return value;
                return CreateValue(id);
            }
            set
            {
                ThrowIfDisposed();
                Store(CurrentId, value);
            }
        }

        // Like .NET, a factory that reads Value recurses (without limit); one that sets
        // Value for its own thread is caught afterwards.
        private T CreateValue(int id)
        {
            T value = default;
            if (_valueFactory != null)
            {
                value = _valueFactory();
                ThrowIfDisposed();
                if (_values.ContainsKey(id))
                    throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
            }
            Store(id, value);
            return value;
        }

        private void Store(int id, T value)
        {
            if (!_values.ContainsKey(id))
            {
                _creationOrder ??= new List<int>();
                _creationOrder.Add(id);
            }
            _values[id] = value;
        }

        public bool IsValueCreated
        {
            get
            {
                ThrowIfDisposed();
                return _values.ContainsKey(CurrentId);
            }
        }

        // .NET lists the newest thread's value first.
        public IList<T> Values
        {
            get
            {
                ThrowIfDisposed();
                if (!_trackAllValues)
                    throw new InvalidOperationException("The ThreadLocal object is not tracking values. To use the Values property, use a ThreadLocal constructor that accepts the trackAllValues parameter and set the parameter to true.");
                var list = new List<T>(_values.Count);
                if (_creationOrder != null)
                    for (int i = _creationOrder.Count - 1; i >= 0; i--)
                        list.Add(_values[_creationOrder[i]]);
                return list;
            }
        }

        public override string ToString() => Value.ToString();

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            _disposed = true;
            _values = new Dictionary<int, T>();
            _creationOrder = null;
            _valueFactory = null;
        }
    }
}
