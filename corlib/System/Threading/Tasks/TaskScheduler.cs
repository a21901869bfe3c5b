// TaskScheduler and TaskFactory. The default scheduler is the run loop (EventLoop); a
// scheduler written by the program gets its tasks through QueueTask and runs them with
// TryExecuteTask, as on .NET.
using System.Collections.Generic;

namespace System.Threading.Tasks
{
    public abstract class TaskScheduler
    {
        private static readonly TaskScheduler s_default = new LoopTaskScheduler();
        private static int s_lastId;
        private int _id;

        protected TaskScheduler() { }

        public static TaskScheduler Default => s_default;

        // XXX: tasks do not remember their scheduler yet, so Current is always Default.
        public static TaskScheduler Current => s_default;

        public int Id
        {
            get
            {
                if (_id == 0) _id = ++s_lastId;
                return _id;
            }
        }

        public virtual int MaximumConcurrencyLevel => int.MaxValue;

        // Raised by .NET when a faulted task nobody observed is finalized; that is not
        // deterministic there and never happens here (the exception stays unobserved).
        public static event EventHandler<UnobservedTaskExceptionEventArgs> UnobservedTaskException { add { } remove { } }

        public static TaskScheduler FromCurrentSynchronizationContext() =>
            throw new InvalidOperationException("The current SynchronizationContext may not be used as a TaskScheduler.");

        protected internal abstract void QueueTask(Task task);
        protected abstract bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued);
        protected abstract IEnumerable<Task> GetScheduledTasks();
        protected internal virtual bool TryDequeue(Task task) => false;

        protected bool TryExecuteTask(Task task)
        {
            if (task.Status != TaskStatus.WaitingToRun) return false;
            task.ExecuteFromLoop();
            return true;
        }

        // Queues a task that is ready to run on this scheduler.
        internal void Schedule(Task task)
        {
            task._status = TaskStatus.WaitingToRun;
            if (this == s_default) EventLoop.Enqueue(task);
            else QueueTask(task);
        }
    }

    // The default scheduler: the run loop.
    internal sealed class LoopTaskScheduler : TaskScheduler
    {
        protected internal override void QueueTask(Task task) => EventLoop.Enqueue(task);
        protected override bool TryExecuteTaskInline(Task task, bool taskWasPreviouslyQueued) => TryExecuteTask(task);
        protected override IEnumerable<Task> GetScheduledTasks() => null;
    }

    public class TaskFactory
    {
        internal static readonly TaskFactory s_default = new TaskFactory();

        private readonly CancellationToken _token;
        private readonly TaskCreationOptions _creationOptions;
        private readonly TaskContinuationOptions _continuationOptions;
        private readonly TaskScheduler _scheduler;

        public TaskFactory() : this(default, TaskCreationOptions.None, TaskContinuationOptions.None, null) { }
        public TaskFactory(CancellationToken cancellationToken) : this(cancellationToken, TaskCreationOptions.None, TaskContinuationOptions.None, null) { }
        public TaskFactory(TaskScheduler scheduler) : this(default, TaskCreationOptions.None, TaskContinuationOptions.None, scheduler) { }
        public TaskFactory(TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions) : this(default, creationOptions, continuationOptions, null) { }

        public TaskFactory(CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            _token = cancellationToken;
            _creationOptions = creationOptions;
            _continuationOptions = continuationOptions;
            _scheduler = scheduler;
        }

        public CancellationToken CancellationToken => _token;
        public TaskCreationOptions CreationOptions => _creationOptions;
        public TaskContinuationOptions ContinuationOptions => _continuationOptions;
        public TaskScheduler Scheduler => _scheduler;

        private TaskScheduler SchedulerOrDefault => _scheduler ?? TaskScheduler.Current;

        internal static Task Start(Task t, TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            if (!t.IsCompleted) scheduler.Schedule(t);
            return t;
        }

        public Task StartNew(Action action) => StartNew(action, _token, _creationOptions, SchedulerOrDefault);
        public Task StartNew(Action action, CancellationToken cancellationToken) => StartNew(action, cancellationToken, _creationOptions, SchedulerOrDefault);
        public Task StartNew(Action action, TaskCreationOptions creationOptions) => StartNew(action, _token, creationOptions, SchedulerOrDefault);
        public Task StartNew(Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
            Start(new Task(action, null, cancellationToken, creationOptions), scheduler);

        public Task StartNew(Action<object> action, object state) => StartNew(action, state, _token, _creationOptions, SchedulerOrDefault);
        public Task StartNew(Action<object> action, object state, CancellationToken cancellationToken) => StartNew(action, state, cancellationToken, _creationOptions, SchedulerOrDefault);
        public Task StartNew(Action<object> action, object state, TaskCreationOptions creationOptions) => StartNew(action, state, _token, creationOptions, SchedulerOrDefault);
        public Task StartNew(Action<object> action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
            Start(new Task(action, state, cancellationToken, creationOptions), scheduler);

        public Task<TResult> StartNew<TResult>(Func<TResult> function) => StartNew(function, _token, _creationOptions, SchedulerOrDefault);
        public Task<TResult> StartNew<TResult>(Func<TResult> function, CancellationToken cancellationToken) => StartNew(function, cancellationToken, _creationOptions, SchedulerOrDefault);
        public Task<TResult> StartNew<TResult>(Func<TResult> function, TaskCreationOptions creationOptions) => StartNew(function, _token, creationOptions, SchedulerOrDefault);
        public Task<TResult> StartNew<TResult>(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
            (Task<TResult>)Start(new Task<TResult>(function, cancellationToken, creationOptions), scheduler);

        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state) => StartNew(function, state, _token, _creationOptions, SchedulerOrDefault);
        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, CancellationToken cancellationToken) => StartNew(function, state, cancellationToken, _creationOptions, SchedulerOrDefault);
        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, TaskCreationOptions creationOptions) => StartNew(function, state, _token, creationOptions, SchedulerOrDefault);
        public Task<TResult> StartNew<TResult>(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
            (Task<TResult>)Start(new Task<TResult>(function, state, cancellationToken, creationOptions), scheduler);

        public Task ContinueWhenAll(Task[] tasks, Action<Task[]> continuationAction)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            return Task.WhenAll(tasks).ContinueWith(_ => continuationAction(tasks), _token, _continuationOptions, SchedulerOrDefault);
        }

        public Task<TResult> ContinueWhenAll<TResult>(Task[] tasks, Func<Task[], TResult> continuationFunction)
        {
            if (continuationFunction == null) throw new ArgumentNullException("continuationFunction");
            return Task.WhenAll(tasks).ContinueWith(_ => continuationFunction(tasks), _token, _continuationOptions, SchedulerOrDefault);
        }

        public Task ContinueWhenAny(Task[] tasks, Action<Task> continuationAction)
        {
            if (continuationAction == null) throw new ArgumentNullException("continuationAction");
            return Task.WhenAny(tasks).ContinueWith(t => continuationAction(t.ResultOnSuccess), _token, _continuationOptions, SchedulerOrDefault);
        }
    }

    public class TaskFactory<TResult>
    {
        internal static readonly TaskFactory<TResult> s_default = new TaskFactory<TResult>();

        private readonly CancellationToken _token;
        private readonly TaskCreationOptions _creationOptions;
        private readonly TaskContinuationOptions _continuationOptions;
        private readonly TaskScheduler _scheduler;

        public TaskFactory() : this(default, TaskCreationOptions.None, TaskContinuationOptions.None, null) { }
        public TaskFactory(CancellationToken cancellationToken) : this(cancellationToken, TaskCreationOptions.None, TaskContinuationOptions.None, null) { }
        public TaskFactory(TaskScheduler scheduler) : this(default, TaskCreationOptions.None, TaskContinuationOptions.None, scheduler) { }
        public TaskFactory(TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions) : this(default, creationOptions, continuationOptions, null) { }

        public TaskFactory(CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskContinuationOptions continuationOptions, TaskScheduler scheduler)
        {
            _token = cancellationToken;
            _creationOptions = creationOptions;
            _continuationOptions = continuationOptions;
            _scheduler = scheduler;
        }

        public CancellationToken CancellationToken => _token;
        public TaskCreationOptions CreationOptions => _creationOptions;
        public TaskContinuationOptions ContinuationOptions => _continuationOptions;
        public TaskScheduler Scheduler => _scheduler;

        private TaskScheduler SchedulerOrDefault => _scheduler ?? TaskScheduler.Current;

        public Task<TResult> StartNew(Func<TResult> function) => StartNew(function, _token, _creationOptions, SchedulerOrDefault);
        public Task<TResult> StartNew(Func<TResult> function, CancellationToken cancellationToken) => StartNew(function, cancellationToken, _creationOptions, SchedulerOrDefault);
        public Task<TResult> StartNew(Func<TResult> function, TaskCreationOptions creationOptions) => StartNew(function, _token, creationOptions, SchedulerOrDefault);
        public Task<TResult> StartNew(Func<TResult> function, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
            (Task<TResult>)TaskFactory.Start(new Task<TResult>(function, cancellationToken, creationOptions), scheduler);

        public Task<TResult> StartNew(Func<object, TResult> function, object state) => StartNew(function, state, _token, _creationOptions, SchedulerOrDefault);
        public Task<TResult> StartNew(Func<object, TResult> function, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions, TaskScheduler scheduler) =>
            (Task<TResult>)TaskFactory.Start(new Task<TResult>(function, state, cancellationToken, creationOptions), scheduler);
    }

    public static class TaskExtensions
    {
        public static Task Unwrap(this Task<Task> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            return new UnwrapPromise<VoidTaskResult>(task);
        }

        public static Task<TResult> Unwrap<TResult>(this Task<Task<TResult>> task)
        {
            if (task == null) throw new ArgumentNullException("task");
            return new UnwrapPromise<TResult>(task);
        }
    }
}
