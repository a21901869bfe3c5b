// ValueTask and ValueTask<TResult>: a result that is there already, a Task, or an
// IValueTaskSource (what async iterators hand out from MoveNextAsync).
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks.Sources;

namespace System.Threading.Tasks
{
    public readonly struct ValueTask : IEquatable<ValueTask>
    {
        internal readonly object _obj;   // null (completed successfully), a Task or an IValueTaskSource
        internal readonly short _token;

        public ValueTask(Task task)
        {
            _obj = task ?? throw new ArgumentNullException("task");
            _token = 0;
        }

        public ValueTask(IValueTaskSource source, short token)
        {
            _obj = source ?? throw new ArgumentNullException("source");
            _token = token;
        }

        public static ValueTask CompletedTask => default;

        public static ValueTask<TResult> FromResult<TResult>(TResult result) => new ValueTask<TResult>(result);
        public static ValueTask FromCanceled(CancellationToken cancellationToken) => new ValueTask(Task.FromCanceled(cancellationToken));
        public static ValueTask<TResult> FromCanceled<TResult>(CancellationToken cancellationToken) => new ValueTask<TResult>(Task.FromCanceled<TResult>(cancellationToken));
        public static ValueTask FromException(Exception exception) => new ValueTask(Task.FromException(exception));
        public static ValueTask<TResult> FromException<TResult>(Exception exception) => new ValueTask<TResult>(Task.FromException<TResult>(exception));

        private ValueTaskSourceStatus SourceStatus => ((IValueTaskSource)_obj).GetStatus(_token);

        public bool IsCompleted => _obj == null || (_obj is Task t ? t.IsCompleted : SourceStatus != ValueTaskSourceStatus.Pending);
        public bool IsCompletedSuccessfully => _obj == null || (_obj is Task t ? t.IsCompletedSuccessfully : SourceStatus == ValueTaskSourceStatus.Succeeded);
        public bool IsFaulted => _obj != null && (_obj is Task t ? t.IsFaulted : SourceStatus == ValueTaskSourceStatus.Faulted);
        public bool IsCanceled => _obj != null && (_obj is Task t ? t.IsCanceled : SourceStatus == ValueTaskSourceStatus.Canceled);

        internal void ThrowIfCompletedUnsuccessfully()
        {
            if (_obj == null) return;
            if (_obj is Task t) t.WaitForAwait();
            else ((IValueTaskSource)_obj).GetResult(_token);
        }

        internal void OnCompleted(Action continuation)
        {
            if (_obj is Task t) t.AddAwaitContinuation(continuation);
            else if (_obj != null) ((IValueTaskSource)_obj).OnCompleted(ValueTaskSourceHelpers.s_invokeAction, continuation, _token, ValueTaskSourceOnCompletedFlags.None);
            else EventLoop.Enqueue(continuation);
        }

        public Task AsTask()
        {
            if (_obj == null) return Task.CompletedTask;
            if (_obj is Task t) return t;
            var source = (IValueTaskSource)_obj;
            if (source.GetStatus(_token) != ValueTaskSourceStatus.Pending)
            {
                try
                {
                    source.GetResult(_token);
                    return Task.CompletedTask;
                }
                catch (OperationCanceledException oce)
                {
                    var canceled = new Task<VoidTaskResult>();
                    canceled.TrySetCanceled(oce.CancellationToken, oce);
                    return canceled;
                }
                catch (Exception e)
                {
                    return Task.FromException(e);
                }
            }
            return new ValueTaskSourceAsTask<VoidTaskResult>(source, null, _token);
        }

        public ValueTask Preserve() => _obj == null ? this : new ValueTask(AsTask());

        public ValueTaskAwaiter GetAwaiter() => new ValueTaskAwaiter(in this);
        public ConfiguredValueTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) => new ConfiguredValueTaskAwaitable(in this);

        public override int GetHashCode() => _obj?.GetHashCode() ?? 0;
        public override bool Equals(object obj) => obj is ValueTask other && Equals(other);
        public bool Equals(ValueTask other) => _obj == other._obj && _token == other._token;
        public static bool operator ==(ValueTask left, ValueTask right) => left.Equals(right);
        public static bool operator !=(ValueTask left, ValueTask right) => !left.Equals(right);
    }

    public readonly struct ValueTask<TResult> : IEquatable<ValueTask<TResult>>
    {
        internal readonly object _obj;   // null (the result is _result), a Task<TResult> or an IValueTaskSource<TResult>
        internal readonly TResult _result;
        internal readonly short _token;

        public ValueTask(TResult result)
        {
            _result = result;
            _obj = null;
            _token = 0;
        }

        public ValueTask(Task<TResult> task)
        {
            _obj = task ?? throw new ArgumentNullException("task");
            _result = default;
            _token = 0;
        }

        public ValueTask(IValueTaskSource<TResult> source, short token)
        {
            _obj = source ?? throw new ArgumentNullException("source");
            _result = default;
            _token = token;
        }

        private ValueTaskSourceStatus SourceStatus => ((IValueTaskSource<TResult>)_obj).GetStatus(_token);

        public bool IsCompleted => _obj == null || (_obj is Task<TResult> t ? t.IsCompleted : SourceStatus != ValueTaskSourceStatus.Pending);
        public bool IsCompletedSuccessfully => _obj == null || (_obj is Task<TResult> t ? t.IsCompletedSuccessfully : SourceStatus == ValueTaskSourceStatus.Succeeded);
        public bool IsFaulted => _obj != null && (_obj is Task<TResult> t ? t.IsFaulted : SourceStatus == ValueTaskSourceStatus.Faulted);
        public bool IsCanceled => _obj != null && (_obj is Task<TResult> t ? t.IsCanceled : SourceStatus == ValueTaskSourceStatus.Canceled);

        public TResult Result
        {
            get
            {
                if (_obj == null) return _result;
                if (_obj is Task<TResult> t) return t.GetResultForAwait();
                return ((IValueTaskSource<TResult>)_obj).GetResult(_token);
            }
        }

        internal void OnCompleted(Action continuation)
        {
            if (_obj is Task<TResult> t) t.AddAwaitContinuation(continuation);
            else if (_obj != null) ((IValueTaskSource<TResult>)_obj).OnCompleted(ValueTaskSourceHelpers.s_invokeAction, continuation, _token, ValueTaskSourceOnCompletedFlags.None);
            else EventLoop.Enqueue(continuation);
        }

        public Task<TResult> AsTask()
        {
            if (_obj == null) return Task.FromResult(_result);
            if (_obj is Task<TResult> t) return t;
            var source = (IValueTaskSource<TResult>)_obj;
            if (source.GetStatus(_token) != ValueTaskSourceStatus.Pending)
            {
                try
                {
                    return Task.FromResult(source.GetResult(_token));
                }
                catch (OperationCanceledException oce)
                {
                    var canceled = new Task<TResult>();
                    canceled.TrySetCanceled(oce.CancellationToken, oce);
                    return canceled;
                }
                catch (Exception e)
                {
                    return Task.FromException<TResult>(e);
                }
            }
            return new ValueTaskSourceAsTask<TResult>(null, source, _token);
        }

        public ValueTask<TResult> Preserve() => _obj == null ? this : new ValueTask<TResult>(AsTask());

        public ValueTaskAwaiter<TResult> GetAwaiter() => new ValueTaskAwaiter<TResult>(in this);
        public ConfiguredValueTaskAwaitable<TResult> ConfigureAwait(bool continueOnCapturedContext) => new ConfiguredValueTaskAwaitable<TResult>(in this);

        public override int GetHashCode() => _obj != null ? _obj.GetHashCode() : _result != null ? _result.GetHashCode() : 0;
        public override bool Equals(object obj) => obj is ValueTask<TResult> other && Equals(other);

        public bool Equals(ValueTask<TResult> other) =>
            _obj != null || other._obj != null
                ? _obj == other._obj && _token == other._token
                : System.Collections.Generic.EqualityComparer<TResult>.Default.Equals(_result, other._result);

        public static bool operator ==(ValueTask<TResult> left, ValueTask<TResult> right) => left.Equals(right);
        public static bool operator !=(ValueTask<TResult> left, ValueTask<TResult> right) => !left.Equals(right);

        public override string ToString()
        {
            if (IsCompletedSuccessfully)
            {
                TResult r = Result;
                if (r != null) return r.ToString();
            }
            return string.Empty;
        }
    }

    internal static class ValueTaskSourceHelpers
    {
        // What a ValueTask awaiter hands an IValueTaskSource: the state is the continuation.
        internal static readonly Action<object> s_invokeAction = static state => ((Action)state)();
    }

    // AsTask of a pending IValueTaskSource: completes when the source does.
    internal sealed class ValueTaskSourceAsTask<TResult> : Task<TResult>
    {
        private readonly IValueTaskSource _source;
        private readonly IValueTaskSource<TResult> _sourceOfT;
        private readonly short _sourceToken;

        internal ValueTaskSourceAsTask(IValueTaskSource source, IValueTaskSource<TResult> sourceOfT, short token)
        {
            _source = source;
            _sourceOfT = sourceOfT;
            _sourceToken = token;
            if (source != null) source.OnCompleted(static s => ((ValueTaskSourceAsTask<TResult>)s).Complete(), this, token, ValueTaskSourceOnCompletedFlags.None);
            else sourceOfT.OnCompleted(static s => ((ValueTaskSourceAsTask<TResult>)s).Complete(), this, token, ValueTaskSourceOnCompletedFlags.None);
        }

        private void Complete()
        {
            try
            {
                if (_source != null) { _source.GetResult(_sourceToken); TrySetResult(default); }
                else TrySetResult(_sourceOfT.GetResult(_sourceToken));
            }
            catch (OperationCanceledException oce)
            {
                TrySetCanceled(oce.CancellationToken, oce);
            }
            catch (Exception e)
            {
                TrySetException(e);
            }
        }
    }
}

namespace System.Threading.Tasks.Sources
{
    public enum ValueTaskSourceStatus
    {
        Pending = 0,
        Succeeded = 1,
        Faulted = 2,
        Canceled = 3,
    }

    [Flags]
    public enum ValueTaskSourceOnCompletedFlags
    {
        None = 0,
        UseSchedulingContext = 1,
        FlowExecutionContext = 2,
    }

    public interface IValueTaskSource
    {
        ValueTaskSourceStatus GetStatus(short token);
        void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags);
        void GetResult(short token);
    }

    public interface IValueTaskSource<out TResult>
    {
        ValueTaskSourceStatus GetStatus(short token);
        void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags);
        TResult GetResult(short token);
    }

    // The reusable core of an IValueTaskSource: one operation at a time, each with its own
    // version (token); the continuation runs inline on completion, or is queued if it is
    // registered after completion or RunContinuationsAsynchronously is set.
    public struct ManualResetValueTaskSourceCore<TResult>
    {
        private Action<object> _continuation;
        private object _continuationState;
        private ExceptionDispatchInfo _error;
        private TResult _result;
        private short _version;
        private bool _completed;

        public bool RunContinuationsAsynchronously { get; set; }

        public short Version => _version;

        public void Reset()
        {
            _version++;
            _completed = false;
            _result = default;
            _error = null;
            _continuation = null;
            _continuationState = null;
        }

        public void SetResult(TResult result)
        {
            _result = result;
            SignalCompletion();
        }

        public void SetException(Exception error)
        {
            _error = ExceptionDispatchInfo.Capture(error);
            SignalCompletion();
        }

        public ValueTaskSourceStatus GetStatus(short token)
        {
            ValidateToken(token);
            return !_completed ? ValueTaskSourceStatus.Pending
                 : _error == null ? ValueTaskSourceStatus.Succeeded
                 : _error.SourceException is OperationCanceledException ? ValueTaskSourceStatus.Canceled
                 : ValueTaskSourceStatus.Faulted;
        }

        public TResult GetResult(short token)
        {
            ValidateToken(token);
            if (!_completed) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            _error?.Throw();
            return _result;
        }

        public void OnCompleted(Action<object> continuation, object state, short token, ValueTaskSourceOnCompletedFlags flags)
        {
            if (continuation == null) throw new ArgumentNullException("continuation");
            ValidateToken(token);
            if (_continuation != null) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            if (_completed)
            {
                EventLoop.Enqueue(new Action(() => continuation(state)));
                return;
            }
            _continuation = continuation;
            _continuationState = state;
        }

        private void ValidateToken(short token)
        {
            if (token != _version) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
        }

        private void SignalCompletion()
        {
            if (_completed) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            _completed = true;
            Action<object> c = _continuation;
            if (c == null) return;
            object state = _continuationState;
            if (RunContinuationsAsynchronously) EventLoop.Enqueue(new Action(() => c(state)));
            else c(state);
        }
    }
}
