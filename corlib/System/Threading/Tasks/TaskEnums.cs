// The enums and small types of System.Threading.Tasks, with .NET's values.
namespace System.Threading.Tasks
{
    public enum TaskStatus
    {
        Created = 0,
        WaitingForActivation = 1,
        WaitingToRun = 2,
        Running = 3,
        WaitingForChildrenToComplete = 4,
        RanToCompletion = 5,
        Canceled = 6,
        Faulted = 7,
    }

    [Flags]
    public enum TaskCreationOptions
    {
        None = 0,
        PreferFairness = 1,
        LongRunning = 2,
        AttachedToParent = 4,
        DenyChildAttach = 8,
        HideScheduler = 16,
        RunContinuationsAsynchronously = 64,
    }

    [Flags]
    public enum TaskContinuationOptions
    {
        None = 0,
        PreferFairness = 1,
        LongRunning = 2,
        AttachedToParent = 4,
        DenyChildAttach = 8,
        HideScheduler = 16,
        LazyCancellation = 32,
        RunContinuationsAsynchronously = 64,
        NotOnRanToCompletion = 65536,
        NotOnFaulted = 131072,
        OnlyOnCanceled = 196608,
        NotOnCanceled = 262144,
        OnlyOnFaulted = 327680,
        OnlyOnRanToCompletion = 393216,
        ExecuteSynchronously = 524288,
    }

    [Flags]
    public enum ConfigureAwaitOptions
    {
        None = 0,
        ContinueOnCapturedContext = 1,
        SuppressThrowing = 2,
        ForceYielding = 4,
    }

    // The result type of a Task that has none: Task.CompletedTask and the tasks of
    // non-generic async methods are Task<VoidTaskResult>, as in .NET.
    internal struct VoidTaskResult { }

    [Serializable]
    public class TaskCanceledException : OperationCanceledException
    {
        private readonly Task _canceledTask;

        public TaskCanceledException() : base("A task was canceled.") { }
        public TaskCanceledException(string message) : base(message ?? "A task was canceled.") { }
        public TaskCanceledException(string message, Exception innerException) : base(message ?? "A task was canceled.", innerException) { }
        public TaskCanceledException(string message, Exception innerException, CancellationToken token) : base(message ?? "A task was canceled.", innerException, token) { }

        public TaskCanceledException(Task task)
            : base("A task was canceled.", task != null ? task.CancellationTokenInternal : default(CancellationToken))
        {
            _canceledTask = task;
        }

        public Task Task => _canceledTask;
    }

    public class UnobservedTaskExceptionEventArgs : EventArgs
    {
        private readonly AggregateException _exception;
        private bool _observed;

        public UnobservedTaskExceptionEventArgs(AggregateException exception) { _exception = exception; }
        public AggregateException Exception => _exception;
        public bool Observed => _observed;
        public void SetObserved() { _observed = true; }
    }
}
