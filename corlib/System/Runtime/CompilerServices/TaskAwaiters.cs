// The awaiters the C# compiler binds `await` to: for Task, Task<TResult>, ConfigureAwait,
// Task.Yield, ValueTask and ValueTask<TResult>. With no SynchronizationContext (a console
// program) ConfigureAwait(false) and (true) behave alike.
using System.Threading;
using System.Threading.Tasks;
using System.Threading.Tasks.Sources;

namespace System.Runtime.CompilerServices
{
    public interface INotifyCompletion
    {
        void OnCompleted(Action continuation);
    }

    public interface ICriticalNotifyCompletion : INotifyCompletion
    {
        void UnsafeOnCompleted(Action continuation);
    }

    public interface IAsyncStateMachine
    {
        void MoveNext();
        void SetStateMachine(IAsyncStateMachine stateMachine);
    }

    public readonly struct TaskAwaiter : ICriticalNotifyCompletion
    {
        internal readonly Task m_task;

        internal TaskAwaiter(Task task) { m_task = task; }

        public bool IsCompleted => m_task.IsCompleted;
        public void OnCompleted(Action continuation) => m_task.AddAwaitContinuation(Task.OnCapturedContext(continuation));
        public void UnsafeOnCompleted(Action continuation) => m_task.AddAwaitContinuation(Task.OnCapturedContext(continuation));
        public void GetResult() => m_task.WaitForAwait();
    }

    public readonly struct TaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly Task<TResult> m_task;

        internal TaskAwaiter(Task<TResult> task) { m_task = task; }

        public bool IsCompleted => m_task.IsCompleted;
        public void OnCompleted(Action continuation) => m_task.AddAwaitContinuation(Task.OnCapturedContext(continuation));
        public void UnsafeOnCompleted(Action continuation) => m_task.AddAwaitContinuation(Task.OnCapturedContext(continuation));
        public TResult GetResult() => m_task.GetResultForAwait();
    }

    public readonly struct ConfiguredTaskAwaitable
    {
        private readonly ConfiguredTaskAwaiter m_configuredTaskAwaiter;

        internal ConfiguredTaskAwaitable(Task task, ConfigureAwaitOptions options)
        {
            m_configuredTaskAwaiter = new ConfiguredTaskAwaiter(task, options);
        }

        public ConfiguredTaskAwaiter GetAwaiter() => m_configuredTaskAwaiter;

        public readonly struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly Task m_task;
            private readonly ConfigureAwaitOptions m_options;

            internal ConfiguredTaskAwaiter(Task task, ConfigureAwaitOptions options)
            {
                m_task = task;
                m_options = options;
            }

            // ForceYielding: the continuation is always queued, even for a completed task.
            public bool IsCompleted => m_task.IsCompleted && (m_options & ConfigureAwaitOptions.ForceYielding) == 0;
            public void OnCompleted(Action continuation) => m_task.AddAwaitContinuation(Task.OnCapturedContext(continuation, m_options), (m_options & ConfigureAwaitOptions.ForceYielding) != 0);
            public void UnsafeOnCompleted(Action continuation) => m_task.AddAwaitContinuation(Task.OnCapturedContext(continuation, m_options), (m_options & ConfigureAwaitOptions.ForceYielding) != 0);

            public void GetResult()
            {
                if ((m_options & ConfigureAwaitOptions.SuppressThrowing) != 0)
                {
                    if (!m_task.IsCompleted) m_task.InternalWait(Timeout.Infinite);
                    return;
                }
                m_task.WaitForAwait();
            }
        }
    }

    public readonly struct ConfiguredTaskAwaitable<TResult>
    {
        private readonly ConfiguredTaskAwaiter m_configuredTaskAwaiter;

        internal ConfiguredTaskAwaitable(Task<TResult> task, ConfigureAwaitOptions options)
        {
            m_configuredTaskAwaiter = new ConfiguredTaskAwaiter(task, options);
        }

        public ConfiguredTaskAwaiter GetAwaiter() => m_configuredTaskAwaiter;

        public readonly struct ConfiguredTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly Task<TResult> m_task;
            private readonly ConfigureAwaitOptions m_options;

            internal ConfiguredTaskAwaiter(Task<TResult> task, ConfigureAwaitOptions options)
            {
                m_task = task;
                m_options = options;
            }

            public bool IsCompleted => m_task.IsCompleted && (m_options & ConfigureAwaitOptions.ForceYielding) == 0;
            public void OnCompleted(Action continuation) => m_task.AddAwaitContinuation(Task.OnCapturedContext(continuation, m_options), (m_options & ConfigureAwaitOptions.ForceYielding) != 0);
            public void UnsafeOnCompleted(Action continuation) => m_task.AddAwaitContinuation(Task.OnCapturedContext(continuation, m_options), (m_options & ConfigureAwaitOptions.ForceYielding) != 0);
            public TResult GetResult() => m_task.GetResultForAwait();
        }
    }

    // await Task.Yield(): the rest of the method is queued behind the work already queued.
    public readonly struct YieldAwaitable
    {
        public YieldAwaiter GetAwaiter() => default;

        public readonly struct YieldAwaiter : ICriticalNotifyCompletion
        {
            public bool IsCompleted => false;

            public void OnCompleted(Action continuation)
            {
                if (continuation == null) throw new ArgumentNullException("continuation");
                SynchronizationContext context = SynchronizationContext.Current;
                if (context != null && context.GetType() != typeof(SynchronizationContext)) context.Post(static s => ((Action)s)(), continuation);
                else EventLoop.Enqueue(continuation);
            }

            public void UnsafeOnCompleted(Action continuation) => OnCompleted(continuation);
            public void GetResult() { }
        }
    }

    public readonly struct ValueTaskAwaiter : ICriticalNotifyCompletion
    {
        private readonly ValueTask _value;

        internal ValueTaskAwaiter(in ValueTask value) { _value = value; }

        public bool IsCompleted => _value.IsCompleted;
        public void GetResult() => _value.ThrowIfCompletedUnsuccessfully();
        public void OnCompleted(Action continuation) => _value.OnCompleted(continuation);
        public void UnsafeOnCompleted(Action continuation) => _value.OnCompleted(continuation);
    }

    public readonly struct ValueTaskAwaiter<TResult> : ICriticalNotifyCompletion
    {
        private readonly ValueTask<TResult> _value;

        internal ValueTaskAwaiter(in ValueTask<TResult> value) { _value = value; }

        public bool IsCompleted => _value.IsCompleted;
        public TResult GetResult() => _value.Result;
        public void OnCompleted(Action continuation) => _value.OnCompleted(continuation);
        public void UnsafeOnCompleted(Action continuation) => _value.OnCompleted(continuation);
    }

    public readonly struct ConfiguredValueTaskAwaitable
    {
        private readonly ValueTask _value;

        internal ConfiguredValueTaskAwaitable(in ValueTask value) { _value = value; }

        public ConfiguredValueTaskAwaiter GetAwaiter() => new ConfiguredValueTaskAwaiter(in _value);

        public readonly struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly ValueTask _value;

            internal ConfiguredValueTaskAwaiter(in ValueTask value) { _value = value; }

            public bool IsCompleted => _value.IsCompleted;
            public void GetResult() => _value.ThrowIfCompletedUnsuccessfully();
            public void OnCompleted(Action continuation) => _value.OnCompleted(continuation);
            public void UnsafeOnCompleted(Action continuation) => _value.OnCompleted(continuation);
        }
    }

    public readonly struct ConfiguredValueTaskAwaitable<TResult>
    {
        private readonly ValueTask<TResult> _value;

        internal ConfiguredValueTaskAwaitable(in ValueTask<TResult> value) { _value = value; }

        public ConfiguredValueTaskAwaiter GetAwaiter() => new ConfiguredValueTaskAwaiter(in _value);

        public readonly struct ConfiguredValueTaskAwaiter : ICriticalNotifyCompletion
        {
            private readonly ValueTask<TResult> _value;

            internal ConfiguredValueTaskAwaiter(in ValueTask<TResult> value) { _value = value; }

            public bool IsCompleted => _value.IsCompleted;
            public TResult GetResult() => _value.Result;
            public void OnCompleted(Action continuation) => _value.OnCompleted(continuation);
            public void UnsafeOnCompleted(Action continuation) => _value.OnCompleted(continuation);
        }
    }
}
