using System.Threading;

namespace System.Threading
{
    public enum LazyThreadSafetyMode { None = 0, PublicationOnly = 1, ExecutionAndPublication = 2 }
}

namespace System
{
    // A value created on first use. With a factory, an exception it throws is cached (and rethrown
    // on every access) except in PublicationOnly mode, where the next access tries again.
    [Serializable]
    public class Lazy<T>
    {
        private Func<T> _factory;
        private T _value;
        private bool _created;
        private bool _running;
        private Exception _error;
        private readonly LazyThreadSafetyMode _mode;
        private readonly bool _useDefaultCtor;

        public Lazy() : this(LazyThreadSafetyMode.ExecutionAndPublication) { }
        public Lazy(bool isThreadSafe) : this(isThreadSafe ? LazyThreadSafetyMode.ExecutionAndPublication : LazyThreadSafetyMode.None) { }

        public Lazy(LazyThreadSafetyMode mode)
        {
            CheckMode(mode);
            _mode = mode;
            _useDefaultCtor = true;
        }

        public Lazy(T value)
        {
            _value = value;
            _created = true;
        }

        public Lazy(Func<T> valueFactory) : this(valueFactory, LazyThreadSafetyMode.ExecutionAndPublication) { }
        public Lazy(Func<T> valueFactory, bool isThreadSafe) : this(valueFactory, isThreadSafe ? LazyThreadSafetyMode.ExecutionAndPublication : LazyThreadSafetyMode.None) { }

        public Lazy(Func<T> valueFactory, LazyThreadSafetyMode mode)
        {
            if (valueFactory == null) throw new ArgumentNullException("valueFactory");
            CheckMode(mode);
            _factory = valueFactory;
            _mode = mode;
        }

        private static void CheckMode(LazyThreadSafetyMode mode)
        {
            if (mode < LazyThreadSafetyMode.None || mode > LazyThreadSafetyMode.ExecutionAndPublication)
                throw new ArgumentOutOfRangeException("mode", "The mode argument specifies an invalid value.");
        }

        public bool IsValueCreated => _created;

        public T Value => _created ? _value : Create();

        private T Create()
        {
            if (_error != null) throw _error;
            if (_useDefaultCtor)
            {
                try
                {
                    _value = Activator.CreateInstance<T>();
                }
                catch (MissingMethodException)
                {
                    var e = new MissingMemberException("The lazily-initialized type does not have a public, parameterless constructor.");
                    if (_mode != LazyThreadSafetyMode.PublicationOnly) _error = e;
                    throw e;
                }
                _created = true;
                return _value;
            }
            // PublicationOnly lets the factory run again, even from inside itself; the first
            // value to come back is the one every caller sees
            bool guard = _mode != LazyThreadSafetyMode.PublicationOnly;
            if (guard && _running) throw new InvalidOperationException("ValueFactory attempted to access the Value property of this instance.");
            if (guard) _running = true;
            T value;
            try
            {
                value = _factory();
            }
            catch (Exception e)
            {
                if (guard) _error = e;
                throw;
            }
            finally
            {
                if (guard) _running = false;
            }
            if (_created) return _value;
            _value = value;
            _created = true;
            _factory = null;
            return _value;
        }

        // The value's own ToString (a null value throws NullReferenceException, as in .NET).
        public override string ToString() => _created ? _value.ToString() : "Value is not created.";
    }

    public class Lazy<T, TMetadata> : Lazy<T>
    {
        private readonly TMetadata _metadata;
        public Lazy(Func<T> valueFactory, TMetadata metadata) : base(valueFactory) { _metadata = metadata; }
        public Lazy(TMetadata metadata) : base() { _metadata = metadata; }
        public Lazy(TMetadata metadata, bool isThreadSafe) : base(isThreadSafe) { _metadata = metadata; }
        public Lazy(Func<T> valueFactory, TMetadata metadata, bool isThreadSafe) : base(valueFactory, isThreadSafe) { _metadata = metadata; }
        public Lazy(TMetadata metadata, LazyThreadSafetyMode mode) : base(mode) { _metadata = metadata; }
        public Lazy(Func<T> valueFactory, TMetadata metadata, LazyThreadSafetyMode mode) : base(valueFactory, mode) { _metadata = metadata; }
        public TMetadata Metadata => _metadata;
    }
}

namespace System.Threading
{
    // One thread in this runtime, so "initialise once" is a null check.
    public static class LazyInitializer
    {
        public static T EnsureInitialized<T>(ref T target) where T : class => target ?? (target = Activator.CreateInstance<T>());

        public static T EnsureInitialized<T>(ref T target, Func<T> valueFactory) where T : class
        {
            if (target != null) return target;
            T value = valueFactory();
            if (value == null) throw new InvalidOperationException("The lazily-initialized type does not have a public, parameterless constructor.");
            return target = value;
        }
    }
}
