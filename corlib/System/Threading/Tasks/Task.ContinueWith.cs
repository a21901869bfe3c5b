// ContinueWith on Task and Task<TResult>: a continuation task that runs (queued, or inline
// with ExecuteSynchronously) when its antecedent completes, or ends Canceled when the
// antecedent's outcome is one its options exclude or its token is canceled first.
namespace System.Threading.Tasks
{
    // Registered on the antecedent; decides, when it completes, whether and how the
    // continuation task runs.
    internal sealed class ContinueWithContinuation
    {
        private readonly Task _task;
        private readonly TaskContinuationOptions _options;
        private readonly TaskScheduler _scheduler;

        internal ContinueWithContinuation(Task task, TaskContinuationOptions options, TaskScheduler scheduler)
        {
            _task = task;
            _options = options;
            _scheduler = scheduler;
        }

        internal bool Synchronous => (_options & TaskContinuationOptions.ExecuteSynchronously) != 0;

        internal void Run(Task antecedent, bool canInline)
        {
            if (_task.IsCompleted) return;   // canceled by its token already
            TaskContinuationOptions notOn = antecedent.Status == TaskStatus.RanToCompletion ? TaskContinuationOptions.NotOnRanToCompletion
                                          : antecedent.Status == TaskStatus.Canceled ? TaskContinuationOptions.NotOnCanceled
                                          : TaskContinuationOptions.NotOnFaulted;
            if ((_options & notOn) != 0)
            {
                _task.TrySetCanceled(default);
                return;
            }
            if (canInline && Synchronous && EventLoop.InlineDepth < EventLoop.MaxInlineDepth)
            {
                _task._status = TaskStatus.WaitingToRun;
                EventLoop.InlineDepth++;
                try { _task.ExecuteFromLoop(); }
                finally { EventLoop.InlineDepth--; }
            }
            else
            {
                _scheduler.Schedule(_task);
            }
        }
    }

    public partial class Task
    {
        // Hooks a continuation task onto this one.
        internal void ContinueWithCore(Task continuation, CancellationToken cancellationToken, TaskContinuationOptions options, TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            const TaskContinuationOptions notOnAll = TaskContinuationOptions.NotOnRanToCompletion | TaskContinuationOptions.NotOnFaulted | TaskContinuationOptions.NotOnCanceled;
            if ((options & notOnAll) == notOnAll)
                throw new ArgumentOutOfRangeException("continuationOptions", "The specified TaskContinuationOptions excluded all continuation kinds.");
            if ((options & TaskContinuationOptions.LongRunning) != 0 && (options & TaskContinuationOptions.ExecuteSynchronously) != 0)
                throw new ArgumentOutOfRangeException("continuationOptions", "The specified TaskContinuationOptions combined LongRunning and ExecuteSynchronously.  Synchronous continuations should not be long running.");
            var c = new ContinueWithContinuation(continuation, options, scheduler);
            continuation._token = cancellationToken;
            if (cancellationToken.IsCancellationRequested && (options & TaskContinuationOptions.LazyCancellation) == 0)
            {
                continuation.TrySetCanceled(cancellationToken);
                return;
            }
            if (cancellationToken.CanBeCanceled && (options & TaskContinuationOptions.LazyCancellation) == 0)
            {
                cancellationToken.Register(static s =>
                {
                    var pair = (object[])s;
                    var cont = (Task)pair[0];
                    ((Task)pair[1]).RemoveContinuation(pair[2]);
                    if (!cont.IsCompleted && cont.Status != TaskStatus.Running) cont.TrySetCanceled(cont._token);
                }, new object[] { continuation, this, c });
            }
            if (!AddContinuation(c)) c.Run(this, false);
        }

        internal static TaskCreationOptions CreationOptionsOf(TaskContinuationOptions options) =>
            (TaskCreationOptions)(options & (TaskContinuationOptions.PreferFairness | TaskContinuationOptions.LongRunning | TaskContinuationOptions.AttachedToParent |
                                             TaskContinuationOptions.DenyChildAttach | TaskContinuationOptions.HideScheduler | TaskContinuationOptions.RunContinuationsAsynchronously));

        public Task ContinueWith(Action<Task> continuationAction) => ContinueWith(continuationAction, default, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken) => ContinueWith(continuationAction, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task ContinueWith(Action<Task> continuationAction, TaskContinuationOptions continuationOptions) => ContinueWith(continuationAction, default, continuationOptions, TaskScheduler.Current);
        public Task ContinueWith(Action<Task> continuationAction, TaskScheduler scheduler) => ContinueWith(continuationAction, default, TaskContinuationOptions.None, scheduler);

        public Task ContinueWith(Action<Task> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task t = new Task(new Action(() => continuationAction(this)), null, CreationOptionsOf(continuationOptions), true);
            ContinueWithCore(t, cancellationToken, continuationOptions, scheduler);
            return t;
        }

        public Task ContinueWith(Action<Task, object> continuationAction, object state) => ContinueWith(continuationAction, state, default, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task ContinueWith(Action<Task, object> continuationAction, object state, CancellationToken cancellationToken) => ContinueWith(continuationAction, state, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task ContinueWith(Action<Task, object> continuationAction, object state, TaskContinuationOptions continuationOptions) => ContinueWith(continuationAction, state, default, continuationOptions, TaskScheduler.Current);
        public Task ContinueWith(Action<Task, object> continuationAction, object state, TaskScheduler scheduler) => ContinueWith(continuationAction, state, default, TaskContinuationOptions.None, scheduler);

        public Task ContinueWith(Action<Task, object> continuationAction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task t = new Task(new Action(() => continuationAction(this, state)), state, CreationOptionsOf(continuationOptions), true);
            ContinueWithCore(t, cancellationToken, continuationOptions, scheduler);
            return t;
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction) => ContinueWith(continuationFunction, default, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, CancellationToken cancellationToken) => ContinueWith(continuationFunction, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskContinuationOptions continuationOptions) => ContinueWith(continuationFunction, default, continuationOptions, TaskScheduler.Current);
        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, TaskScheduler scheduler) => ContinueWith(continuationFunction, default, TaskContinuationOptions.None, scheduler);

        public Task<TResult> ContinueWith<TResult>(Func<Task, TResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TResult> t = new Task<TResult>(new Func<TResult>(() => continuationFunction(this)), null, CreationOptionsOf(continuationOptions), true);
            ContinueWithCore(t, cancellationToken, continuationOptions, scheduler);
            return t;
        }

        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state) => ContinueWith(continuationFunction, state, default, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, CancellationToken cancellationToken) => ContinueWith(continuationFunction, state, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, TaskContinuationOptions continuationOptions) => ContinueWith(continuationFunction, state, default, continuationOptions, TaskScheduler.Current);
        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, TaskScheduler scheduler) => ContinueWith(continuationFunction, state, default, TaskContinuationOptions.None, scheduler);

        public Task<TResult> ContinueWith<TResult>(Func<Task, object, TResult> continuationFunction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TResult> t = new Task<TResult>(new Func<TResult>(() => continuationFunction(this, state)), state, CreationOptionsOf(continuationOptions), true);
            ContinueWithCore(t, cancellationToken, continuationOptions, scheduler);
            return t;
        }
    }

    public partial class Task<TResult>
    {
        public Task ContinueWith(Action<Task<TResult>> continuationAction) => ContinueWith(continuationAction, default, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task ContinueWith(Action<Task<TResult>> continuationAction, CancellationToken cancellationToken) => ContinueWith(continuationAction, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task ContinueWith(Action<Task<TResult>> continuationAction, TaskContinuationOptions continuationOptions) => ContinueWith(continuationAction, default, continuationOptions, TaskScheduler.Current);
        public Task ContinueWith(Action<Task<TResult>> continuationAction, TaskScheduler scheduler) => ContinueWith(continuationAction, default, TaskContinuationOptions.None, scheduler);

        public Task ContinueWith(Action<Task<TResult>> continuationAction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task t = new Task(new Action(() => continuationAction(this)), null, CreationOptionsOf(continuationOptions), true);
            ContinueWithCore(t, cancellationToken, continuationOptions, scheduler);
            return t;
        }

        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state) => ContinueWith(continuationAction, state, default, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, CancellationToken cancellationToken) => ContinueWith(continuationAction, state, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, TaskContinuationOptions continuationOptions) => ContinueWith(continuationAction, state, default, continuationOptions, TaskScheduler.Current);
        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, TaskScheduler scheduler) => ContinueWith(continuationAction, state, default, TaskContinuationOptions.None, scheduler);

        public Task ContinueWith(Action<Task<TResult>, object> continuationAction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            Task t = new Task(new Action(() => continuationAction(this, state)), state, CreationOptionsOf(continuationOptions), true);
            ContinueWithCore(t, cancellationToken, continuationOptions, scheduler);
            return t;
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction) => ContinueWith(continuationFunction, default, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, CancellationToken cancellationToken) => ContinueWith(continuationFunction, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, TaskContinuationOptions continuationOptions) => ContinueWith(continuationFunction, default, continuationOptions, TaskScheduler.Current);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, TaskScheduler scheduler) => ContinueWith(continuationFunction, default, TaskContinuationOptions.None, scheduler);

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, TNewResult> continuationFunction, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TNewResult> t = new Task<TNewResult>(new Func<TNewResult>(() => continuationFunction(this)), null, CreationOptionsOf(continuationOptions), true);
            ContinueWithCore(t, cancellationToken, continuationOptions, scheduler);
            return t;
        }

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state) => ContinueWith(continuationFunction, state, default, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, CancellationToken cancellationToken) => ContinueWith(continuationFunction, state, cancellationToken, TaskContinuationOptions.None, TaskScheduler.Current);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, TaskContinuationOptions continuationOptions) => ContinueWith(continuationFunction, state, default, continuationOptions, TaskScheduler.Current);
        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, TaskScheduler scheduler) => ContinueWith(continuationFunction, state, default, TaskContinuationOptions.None, scheduler);

        public Task<TNewResult> ContinueWith<TNewResult>(Func<Task<TResult>, object, TNewResult> continuationFunction, object state, CancellationToken cancellationToken, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            Task<TNewResult> t = new Task<TNewResult>(new Func<TNewResult>(() => continuationFunction(this, state)), state, CreationOptionsOf(continuationOptions), true);
            ContinueWithCore(t, cancellationToken, continuationOptions, scheduler);
            return t;
        }
    }
}
