// The interfaces behind `await foreach` and `await using`, ConfigureAwait/WithCancellation
// on them, and ExceptionDispatchInfo (what compiled async code rethrows with).
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace System
{
    public interface IAsyncDisposable
    {
        ValueTask DisposeAsync();
    }
}

namespace System.Collections.Generic
{
    public interface IAsyncEnumerable<out T>
    {
        IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default);
    }

    public interface IAsyncEnumerator<out T> : IAsyncDisposable
    {
        T Current { get; }
        ValueTask<bool> MoveNextAsync();
    }
}

namespace System.Runtime.ExceptionServices
{
    // Rethrows an exception caught earlier (await, async iterators' finally blocks).
    // XXX: the rethrow starts a new stack trace; .NET appends the new frames to the old ones.
    public sealed class ExceptionDispatchInfo
    {
        private readonly Exception _exception;

        private ExceptionDispatchInfo(Exception exception) { _exception = exception; }

        public static ExceptionDispatchInfo Capture(Exception source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return new ExceptionDispatchInfo(source);
        }

        public Exception SourceException => _exception;

        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        public void Throw() => throw _exception;

        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        public static void Throw(Exception source) => Capture(source).Throw();

        public static Exception SetCurrentStackTrace(Exception source)
        {
            if (source == null) throw new ArgumentNullException("source");
            return source;
        }
    }
}

namespace System.Runtime.CompilerServices
{
    public readonly struct ConfiguredAsyncDisposable
    {
        private readonly IAsyncDisposable _source;

        internal ConfiguredAsyncDisposable(IAsyncDisposable source) { _source = source; }

        public ConfiguredValueTaskAwaitable DisposeAsync() => _source.DisposeAsync().ConfigureAwait(false);
    }

    public readonly struct ConfiguredCancelableAsyncEnumerable<T>
    {
        private readonly IAsyncEnumerable<T> _enumerable;
        private readonly CancellationToken _cancellationToken;

        internal ConfiguredCancelableAsyncEnumerable(IAsyncEnumerable<T> enumerable, CancellationToken cancellationToken)
        {
            _enumerable = enumerable;
            _cancellationToken = cancellationToken;
        }

        public ConfiguredCancelableAsyncEnumerable<T> ConfigureAwait(bool continueOnCapturedContext) => this;
        public ConfiguredCancelableAsyncEnumerable<T> WithCancellation(CancellationToken cancellationToken) => new ConfiguredCancelableAsyncEnumerable<T>(_enumerable, cancellationToken);
        public Enumerator GetAsyncEnumerator() => new Enumerator(_enumerable.GetAsyncEnumerator(_cancellationToken));

        public readonly struct Enumerator
        {
            private readonly IAsyncEnumerator<T> _enumerator;

            internal Enumerator(IAsyncEnumerator<T> enumerator) { _enumerator = enumerator; }

            public T Current => _enumerator.Current;
            public ConfiguredValueTaskAwaitable<bool> MoveNextAsync() => _enumerator.MoveNextAsync().ConfigureAwait(false);
            public ConfiguredValueTaskAwaitable DisposeAsync() => _enumerator.DisposeAsync().ConfigureAwait(false);
        }
    }
}

namespace System.Threading.Tasks
{
    public static class TaskAsyncEnumerableExtensions
    {
        public static ConfiguredAsyncDisposable ConfigureAwait(this IAsyncDisposable source, bool continueOnCapturedContext) => new ConfiguredAsyncDisposable(source);

        public static ConfiguredCancelableAsyncEnumerable<T> ConfigureAwait<T>(this IAsyncEnumerable<T> source, bool continueOnCapturedContext) =>
            new ConfiguredCancelableAsyncEnumerable<T>(source, default);

        public static ConfiguredCancelableAsyncEnumerable<T> WithCancellation<T>(this IAsyncEnumerable<T> source, CancellationToken cancellationToken) =>
            new ConfiguredCancelableAsyncEnumerable<T>(source, cancellationToken);

        // Blocks on each MoveNextAsync: the loop runs until the next element is there.
        public static IEnumerable<T> ToBlockingEnumerable<T>(this IAsyncEnumerable<T> source, CancellationToken cancellationToken = default)
        {
            IAsyncEnumerator<T> e = source.GetAsyncEnumerator(cancellationToken);
            try
            {
                for (;;)
                {
                    ValueTask<bool> next = e.MoveNextAsync();
                    if (!(next.IsCompleted ? next.Result : next.AsTask().GetAwaiter().GetResult())) break;
                    yield return e.Current;
                }
            }
            finally
            {
                ValueTask done = e.DisposeAsync();
                if (!done.IsCompleted) done.AsTask().GetAwaiter().GetResult();
                else done.GetAwaiter().GetResult();
            }
        }
    }
}
