// TaskCompletionSource and TaskCompletionSource<TResult>: a task completed by code.
using System.Collections.Generic;

namespace System.Threading.Tasks
{
    public class TaskCompletionSource<TResult>
    {
        private readonly Task<TResult> _task;

        public TaskCompletionSource() : this(null, TaskCreationOptions.None) { }
        public TaskCompletionSource(object state) : this(state, TaskCreationOptions.None) { }
        public TaskCompletionSource(TaskCreationOptions creationOptions) : this(null, creationOptions) { }

        public TaskCompletionSource(object state, TaskCreationOptions creationOptions)
        {
            if ((creationOptions & ~(TaskCreationOptions.AttachedToParent | TaskCreationOptions.RunContinuationsAsynchronously)) != 0)
                throw new ArgumentOutOfRangeException("creationOptions");
            _task = new Task<TResult>(state, creationOptions);
        }

        public Task<TResult> Task => _task;

        private static InvalidOperationException AlreadyCompleted() =>
            new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");

        public void SetResult(TResult result) { if (!TrySetResult(result)) throw AlreadyCompleted(); }
        public bool TrySetResult(TResult result) => _task.TrySetResult(result);

        public void SetException(Exception exception) { if (!TrySetException(exception)) throw AlreadyCompleted(); }

        public bool TrySetException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            return _task.TrySetException(exception);
        }

        public void SetException(IEnumerable<Exception> exceptions) { if (!TrySetException(exceptions)) throw AlreadyCompleted(); }

        public bool TrySetException(IEnumerable<Exception> exceptions)
        {
            if (exceptions == null) throw new ArgumentNullException("exceptions");
            var list = new List<Exception>();
            foreach (Exception e in exceptions)
            {
                if (e == null) throw new ArgumentException("The exceptions collection included at least one null element.", "exceptions");
                list.Add(e);
            }
            if (list.Count == 0) throw new ArgumentException("The exceptions collection was empty.", "exceptions");
            return _task.TrySetException(list);
        }

        public void SetCanceled() => SetCanceled(default);
        public void SetCanceled(CancellationToken cancellationToken) { if (!TrySetCanceled(cancellationToken)) throw AlreadyCompleted(); }
        public bool TrySetCanceled() => TrySetCanceled(default);
        public bool TrySetCanceled(CancellationToken cancellationToken) => _task.TrySetCanceled(cancellationToken);

        public void SetFromTask(Task<TResult> completedTask) { if (!TrySetFromTask(completedTask)) throw AlreadyCompleted(); }

        public bool TrySetFromTask(Task<TResult> completedTask)
        {
            if (completedTask == null) throw new ArgumentNullException("completedTask");
            if (!completedTask.IsCompleted) throw new ArgumentException("The provided task must have already completed.", "completedTask");
            return _task.TrySetFrom(completedTask);
        }
    }

    public class TaskCompletionSource
    {
        private readonly TaskCompletionSource<VoidTaskResult> _source;

        public TaskCompletionSource() : this(null, TaskCreationOptions.None) { }
        public TaskCompletionSource(object state) : this(state, TaskCreationOptions.None) { }
        public TaskCompletionSource(TaskCreationOptions creationOptions) : this(null, creationOptions) { }
        public TaskCompletionSource(object state, TaskCreationOptions creationOptions) { _source = new TaskCompletionSource<VoidTaskResult>(state, creationOptions); }

        public Task Task => _source.Task;

        public void SetResult() => _source.SetResult(default);
        public bool TrySetResult() => _source.TrySetResult(default);
        public void SetException(Exception exception) => _source.SetException(exception);
        public bool TrySetException(Exception exception) => _source.TrySetException(exception);
        public void SetException(IEnumerable<Exception> exceptions) => _source.SetException(exceptions);
        public bool TrySetException(IEnumerable<Exception> exceptions) => _source.TrySetException(exceptions);
        public void SetCanceled() => _source.SetCanceled();
        public void SetCanceled(CancellationToken cancellationToken) => _source.SetCanceled(cancellationToken);
        public bool TrySetCanceled() => _source.TrySetCanceled();
        public bool TrySetCanceled(CancellationToken cancellationToken) => _source.TrySetCanceled(cancellationToken);

        public void SetFromTask(Task completedTask)
        {
            if (!TrySetFromTask(completedTask))
                throw new InvalidOperationException("An attempt was made to transition a task to a final state when it had already completed.");
        }

        public bool TrySetFromTask(Task completedTask)
        {
            if (completedTask == null) throw new ArgumentNullException("completedTask");
            if (!completedTask.IsCompleted) throw new ArgumentException("The provided task must have already completed.", "completedTask");
            return _source.Task.TrySetFrom(completedTask);
        }
    }
}
