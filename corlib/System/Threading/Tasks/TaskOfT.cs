// Task<TResult>: a task with a result.
using System.Runtime.CompilerServices;

namespace System.Threading.Tasks
{
    public partial class Task<TResult> : Task
    {
        internal TResult _result;

        public Task(Func<TResult> function) : this(function, null, default, TaskCreationOptions.None) { }
        public Task(Func<TResult> function, CancellationToken cancellationToken) : this(function, null, cancellationToken, TaskCreationOptions.None) { }
        public Task(Func<TResult> function, TaskCreationOptions creationOptions) : this(function, null, default, creationOptions) { }
        public Task(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions) : this(function, null, cancellationToken, creationOptions) { }
        public Task(Func<object, TResult> function, object state) : this(function, state, default, TaskCreationOptions.None) { }
        public Task(Func<object, TResult> function, object state, CancellationToken cancellationToken) : this(function, state, cancellationToken, TaskCreationOptions.None) { }
        public Task(Func<object, TResult> function, object state, TaskCreationOptions creationOptions) : this(function, state, default, creationOptions) { }
        public Task(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
            : this((Delegate)function, state, cancellationToken, creationOptions) { }

        internal Task(Delegate function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
            : base(function, state, cancellationToken, creationOptions) { }

        internal Task() { }

        internal Task(object state, TaskCreationOptions options) : base(state, options) { }

        internal Task(bool canceled, TResult result, CancellationToken token) : base(canceled, token)
        {
            _result = result;
        }

        internal Task(Delegate action, object state, TaskCreationOptions options, bool isContinuation)
            : base(action, state, options, isContinuation) { }

        public TResult Result
        {
            get
            {
                if (!IsCompleted) InternalWait(Timeout.Infinite);
                ThrowIfExceptional(true);
                return _result;
            }
        }

        // The result of a task known to have run to completion.
        internal TResult ResultOnSuccess => _result;

        public static new TaskFactory<TResult> Factory => TaskFactory<TResult>.s_default;

        internal override void InnerInvoke()
        {
            if (_action is Func<TResult> f) _result = f();
            else if (_action is Func<object, TResult> fo) _result = fo(_stateObject);
        }

        internal bool TrySetResult(TResult result)
        {
            if (IsCompleted) return false;
            _result = result;
            return TrySetResultCore();
        }

        internal override bool TrySetResultFrom(Task completed)
        {
            return completed is Task<TResult> t ? TrySetResult(t._result) : TrySetResultCore();
        }

        // GetAwaiter().GetResult() and await.
        internal TResult GetResultForAwait()
        {
            WaitForAwait();
            return _result;
        }

        public new TaskAwaiter<TResult> GetAwaiter() => new TaskAwaiter<TResult>(this);

        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext) =>
            new ConfiguredTaskAwaitable<TResult>(this, continueOnCapturedContext ? ConfigureAwaitOptions.ContinueOnCapturedContext : ConfigureAwaitOptions.None);

        public new ConfiguredTaskAwaitable<TResult> ConfigureAwait(ConfigureAwaitOptions options)
        {
            if ((options & ~(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.ForceYielding)) != 0)
            {
                if ((options & ConfigureAwaitOptions.SuppressThrowing) != 0)
                    throw new ArgumentOutOfRangeException("options", "Task<TResult>.ConfigureAwait does not support ConfigureAwaitOptions.SuppressThrowing. To suppress throwing, instead cast the Task<TResult> to its base class Task and await that with SuppressThrowing.");
                throw new ArgumentOutOfRangeException("options");
            }
            return new ConfiguredTaskAwaitable<TResult>(this, options);
        }

        public new Task<TResult> WaitAsync(CancellationToken cancellationToken) => WaitAsync(Timeout.Infinite, cancellationToken);
        public new Task<TResult> WaitAsync(TimeSpan timeout) => WaitAsync(TimeoutToMilliseconds(timeout, "timeout"), default);
        public new Task<TResult> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => WaitAsync(TimeoutToMilliseconds(timeout, "timeout"), cancellationToken);

        private Task<TResult> WaitAsync(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (IsCompleted || (!cancellationToken.CanBeCanceled && millisecondsTimeout == Timeout.Infinite)) return this;
            if (cancellationToken.IsCancellationRequested) return FromCanceled<TResult>(cancellationToken);
            if (millisecondsTimeout == 0) return FromException<TResult>(new TimeoutException("The operation has timed out."));
            return new WaitAsyncPromise<TResult>(this, millisecondsTimeout, cancellationToken);
        }
    }
}
