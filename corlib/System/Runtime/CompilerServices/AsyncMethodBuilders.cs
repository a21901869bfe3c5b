// The builders the C# compiler's async methods call. An async method runs synchronously
// until its first incomplete await; there its state machine (a struct in optimized code,
// a class in debug code) is copied into a box that is also the method's Task, and the
// box's MoveNext becomes the awaited operation's continuation.
using System.Threading;
using System.Threading.Tasks;

namespace System.Runtime.CompilerServices
{
    public struct AsyncTaskMethodBuilder<TResult>
    {
        private Task<TResult> m_task;

        public static AsyncTaskMethodBuilder<TResult> Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            stateMachine.MoveNext();
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine)
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            if (m_task != null) throw new InvalidOperationException("The builder was not properly initialized.");
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.OnCompleted(GetBox(ref stateMachine).MoveNextAction);
        }

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
        {
            awaiter.UnsafeOnCompleted(GetBox(ref stateMachine).MoveNextAction);
        }

        // The box of this state machine, made at the first await that suspends. The
        // builder's task must point at the box before the state machine (which contains
        // this builder) is copied into it, so that the copy completes the same task.
        private AsyncStateMachineBox<TStateMachine> GetBox<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (m_task is AsyncStateMachineBox<TStateMachine> existing) return existing;
            var box = new AsyncStateMachineBox<TStateMachine>();
            m_task = box;
            box.StateMachine = stateMachine;
            return box;
        }

        public Task<TResult> Task => m_task ??= new Task<TResult>();

        internal bool HasTask => m_task != null;

        public void SetResult(TResult result)
        {
            if (m_task == null)
            {
                m_task = new Task<TResult>(false, result, default);
                return;
            }
            if (!m_task.TrySetResult(result))
                throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        // An OperationCanceledException cancels the task (await rethrows that exception);
        // any other exception faults it.
        public void SetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            Task<TResult> task = Task;
            bool ok = exception is OperationCanceledException oce
                ? task.TrySetCanceled(oce.CancellationToken, oce)
                : task.TrySetException(exception);
            if (!ok) throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        // The task of an async method that has suspended: it owns the state machine.
        internal sealed class AsyncStateMachineBox<TStateMachine> : Task<TResult> where TStateMachine : IAsyncStateMachine
        {
            internal TStateMachine StateMachine;
            private Action _moveNextAction;

            internal Action MoveNextAction => _moveNextAction ??= new Action(MoveNext);

            private void MoveNext()
            {
                StateMachine.MoveNext();
                if (IsCompleted) StateMachine = default;   // let go of what the method held
            }
        }
    }

    public struct AsyncTaskMethodBuilder
    {
        private AsyncTaskMethodBuilder<VoidTaskResult> m_builder;

        public static AsyncTaskMethodBuilder Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            stateMachine.MoveNext();
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine) => m_builder.SetStateMachine(stateMachine);

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitOnCompleted(ref awaiter, ref stateMachine);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);

        // A method that completed without suspending returns Task.CompletedTask.
        public Task Task => m_builder.HasTask ? m_builder.Task : System.Threading.Tasks.Task.CompletedTask;

        public void SetResult()
        {
            if (m_builder.HasTask) m_builder.SetResult(default);
        }

        public void SetException(Exception exception) => m_builder.SetException(exception);
    }

    // async void: nobody can observe the method's end; an exception leaving it ends the
    // process later, from the loop, as an unhandled exception (as .NET does with no
    // SynchronizationContext).
    public struct AsyncVoidMethodBuilder
    {
        private AsyncTaskMethodBuilder<VoidTaskResult> m_builder;

        public static AsyncVoidMethodBuilder Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            stateMachine.MoveNext();
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine) => m_builder.SetStateMachine(stateMachine);

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitOnCompleted(ref awaiter, ref stateMachine);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);

        public void SetResult()
        {
            if (m_builder.HasTask) m_builder.SetResult(default);
        }

        public void SetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            EventLoop.EnqueueUnhandled(exception);
        }
    }

    // ValueTask-returning async methods: no allocation when they complete synchronously.
    public struct AsyncValueTaskMethodBuilder<TResult>
    {
        private AsyncTaskMethodBuilder<TResult> m_builder;
        private TResult _result;
        private bool _haveResult;

        public static AsyncValueTaskMethodBuilder<TResult> Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            stateMachine.MoveNext();
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine) => m_builder.SetStateMachine(stateMachine);

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitOnCompleted(ref awaiter, ref stateMachine);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);

        public ValueTask<TResult> Task => _haveResult ? new ValueTask<TResult>(_result) : new ValueTask<TResult>(m_builder.Task);

        public void SetResult(TResult result)
        {
            if (m_builder.HasTask) { m_builder.SetResult(result); return; }
            _result = result;
            _haveResult = true;
        }

        public void SetException(Exception exception) => m_builder.SetException(exception);
    }

    public struct AsyncValueTaskMethodBuilder
    {
        private AsyncTaskMethodBuilder<VoidTaskResult> m_builder;
        private bool _haveResult;

        public static AsyncValueTaskMethodBuilder Create() => default;

        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            stateMachine.MoveNext();
        }

        public void SetStateMachine(IAsyncStateMachine stateMachine) => m_builder.SetStateMachine(stateMachine);

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitOnCompleted(ref awaiter, ref stateMachine);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);

        public ValueTask Task => _haveResult ? default : new ValueTask(m_builder.Task);

        public void SetResult()
        {
            if (m_builder.HasTask) { m_builder.SetResult(default); return; }
            _haveResult = true;
        }

        public void SetException(Exception exception) => m_builder.SetException(exception);
    }

    // The pooling builders ([AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))])
    // behave as the plain ones here: nothing is pooled.
    public struct PoolingAsyncValueTaskMethodBuilder<TResult>
    {
        private AsyncValueTaskMethodBuilder<TResult> m_builder;

        public static PoolingAsyncValueTaskMethodBuilder<TResult> Create() => default;
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => m_builder.Start(ref stateMachine);
        public void SetStateMachine(IAsyncStateMachine stateMachine) => m_builder.SetStateMachine(stateMachine);

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitOnCompleted(ref awaiter, ref stateMachine);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);

        public ValueTask<TResult> Task => m_builder.Task;
        public void SetResult(TResult result) => m_builder.SetResult(result);
        public void SetException(Exception exception) => m_builder.SetException(exception);
    }

    public struct PoolingAsyncValueTaskMethodBuilder
    {
        private AsyncValueTaskMethodBuilder m_builder;

        public static PoolingAsyncValueTaskMethodBuilder Create() => default;
        public void Start<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine => m_builder.Start(ref stateMachine);
        public void SetStateMachine(IAsyncStateMachine stateMachine) => m_builder.SetStateMachine(stateMachine);

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitOnCompleted(ref awaiter, ref stateMachine);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);

        public ValueTask Task => m_builder.Task;
        public void SetResult() => m_builder.SetResult();
        public void SetException(Exception exception) => m_builder.SetException(exception);
    }

    // Async iterators (async IAsyncEnumerable<T> methods): the state machine is a class
    // that is its own enumerator; the builder only drives it and boxes it for awaits.
    public struct AsyncIteratorMethodBuilder
    {
        private AsyncTaskMethodBuilder<VoidTaskResult> m_builder;

        public static AsyncIteratorMethodBuilder Create() => default;

        public void MoveNext<TStateMachine>(ref TStateMachine stateMachine) where TStateMachine : IAsyncStateMachine
        {
            if (stateMachine == null) throw new ArgumentNullException("stateMachine");
            stateMachine.MoveNext();
        }

        public void AwaitOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : INotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitOnCompleted(ref awaiter, ref stateMachine);

        public void AwaitUnsafeOnCompleted<TAwaiter, TStateMachine>(ref TAwaiter awaiter, ref TStateMachine stateMachine)
            where TAwaiter : ICriticalNotifyCompletion where TStateMachine : IAsyncStateMachine
            => m_builder.AwaitUnsafeOnCompleted(ref awaiter, ref stateMachine);

        public void Complete()
        {
            if (m_builder.HasTask) m_builder.SetResult(default);
        }
    }
}
