// Task: the state of one asynchronous operation, its continuations and blocking waits.
// One thread runs everything (Threading/EventLoop.cs): a task body runs when the loop takes
// it from the queue; a blocking wait runs the loop until the task completes. Completion
// runs continuations as .NET does: ContinueWith continuations are queued unless
// ExecuteSynchronously; the first await continuation runs inline, later ones are queued.
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace System.Threading.Tasks
{
    // Something a task runs inline when it completes (WhenAll/WhenAny bookkeeping, ...).
    internal interface ITaskCompletionAction
    {
        void Invoke(Task completedTask);
    }

    public partial class Task : IAsyncResult, IDisposable
    {
        internal TaskStatus _status;
        internal TaskCreationOptions _options;
        internal Delegate _action;          // the body: Action, Action<object>, Func<T>, Func<object,T>
        internal object _stateObject;       // AsyncState
        internal CancellationToken _token;  // the token the task was created with
        private CancellationTokenRegistration _tokenRegistration;
        // null, one continuation, or a List<object>; s_completedMarker once completed
        private object _continuations;
        internal List<Exception> _exceptions;                  // Faulted: what was thrown
        internal OperationCanceledException _cancellationException;   // Canceled by this exception
        private bool _isContinuationTask;
        private int _id;

        private static int s_lastId;
        private static readonly object s_completedMarker = new object();
        internal static Task s_currentTask;   // the task whose body is running (CurrentId)

        // CompletedTask is a Task<VoidTaskResult>, as in .NET.
        private static Task s_completedTask;

        public Task(Action action) : this(action, null, default, TaskCreationOptions.None) { }
        public Task(Action action, CancellationToken cancellationToken) : this(action, null, cancellationToken, TaskCreationOptions.None) { }
        public Task(Action action, TaskCreationOptions creationOptions) : this(action, null, default, creationOptions) { }
        public Task(Action action, CancellationToken cancellationToken, TaskCreationOptions creationOptions) : this(action, null, cancellationToken, creationOptions) { }
        public Task(Action<object> action, object state) : this(action, state, default, TaskCreationOptions.None) { }
        public Task(Action<object> action, object state, CancellationToken cancellationToken) : this(action, state, cancellationToken, TaskCreationOptions.None) { }
        public Task(Action<object> action, object state, TaskCreationOptions creationOptions) : this(action, state, default, creationOptions) { }
        public Task(Action<object> action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions) : this((Delegate)action, state, cancellationToken, creationOptions) { }

        // A task with a body, not yet started (Created), or canceled already if the token is.
        internal Task(Delegate action, object state, CancellationToken cancellationToken, TaskCreationOptions creationOptions)
        {
            if (action == null) throw new ArgumentNullException("action");
            if ((creationOptions & ~(TaskCreationOptions.PreferFairness | TaskCreationOptions.LongRunning | TaskCreationOptions.AttachedToParent |
                                     TaskCreationOptions.DenyChildAttach | TaskCreationOptions.HideScheduler | TaskCreationOptions.RunContinuationsAsynchronously)) != 0)
                throw new ArgumentOutOfRangeException("creationOptions");
            _action = action;
            _stateObject = state;
            _options = creationOptions;
            _token = cancellationToken;
            _status = TaskStatus.Created;
            if (cancellationToken.IsCancellationRequested)
            {
                _status = TaskStatus.Canceled;
                _continuations = s_completedMarker;
            }
            else if (cancellationToken.CanBeCanceled)
            {
                _tokenRegistration = cancellationToken.Register(static t => ((Task)t).CancelBeforeStart(), this);
            }
        }

        // A promise: completed by code (TaskCompletionSource, async methods, combinators).
        internal Task()
        {
            _status = TaskStatus.WaitingForActivation;
        }

        internal Task(object state, TaskCreationOptions options)
        {
            _status = TaskStatus.WaitingForActivation;
            _stateObject = state;
            _options = options;
        }

        // A task completed at creation: RanToCompletion, or Canceled with the token.
        internal Task(bool canceled, CancellationToken token)
        {
            _token = token;
            _status = canceled ? TaskStatus.Canceled : TaskStatus.RanToCompletion;
            _continuations = s_completedMarker;
        }

        // A continuation task: WaitingForActivation until its antecedent completes.
        internal Task(Delegate action, object state, TaskCreationOptions options, bool isContinuation)
        {
            _action = action;
            _stateObject = state;
            _options = options;
            _isContinuationTask = isContinuation;
            _status = TaskStatus.WaitingForActivation;
        }

        // ---- state ----

        public TaskStatus Status => _status;
        public bool IsCompleted => _status >= TaskStatus.RanToCompletion;
        public bool IsCompletedSuccessfully => _status == TaskStatus.RanToCompletion;
        public bool IsCanceled => _status == TaskStatus.Canceled;
        public bool IsFaulted => _status == TaskStatus.Faulted;
        public object AsyncState => _stateObject;
        public TaskCreationOptions CreationOptions => _options & (TaskCreationOptions)0xFF;
        internal CancellationToken CancellationTokenInternal => _token;

        bool IAsyncResult.CompletedSynchronously => false;
        WaitHandle IAsyncResult.AsyncWaitHandle => new TaskWaitHandle(this);

        public int Id
        {
            get
            {
                if (_id == 0) _id = ++s_lastId;
                return _id;
            }
        }

        public static int? CurrentId => s_currentTask != null ? s_currentTask.Id : (int?)null;

        public static Task CompletedTask => s_completedTask ??= new Task<VoidTaskResult>(false, default(VoidTaskResult), default);

        public static TaskFactory Factory => TaskFactory.s_default;

        public AggregateException Exception => _status == TaskStatus.Faulted ? new AggregateException(_exceptions) : null;

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing && !IsCompleted)
                throw new InvalidOperationException("A task may only be disposed if it is in a completion state (RanToCompletion, Faulted or Canceled).");
        }

        // ---- starting and running ----

        public void Start() => Start(TaskScheduler.Default);

        public void Start(TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            CheckStartable("Start");
            scheduler.Schedule(this);
        }

        public void RunSynchronously() => RunSynchronously(TaskScheduler.Default);

        public void RunSynchronously(TaskScheduler scheduler)
        {
            if (scheduler == null) throw new ArgumentNullException("scheduler");
            CheckStartable("RunSynchronously");
            _status = TaskStatus.WaitingToRun;
            ExecuteFromLoop();
        }

        private void CheckStartable(string what)
        {
            if (_isContinuationTask) throw new InvalidOperationException(what + " may not be called on a continuation task.");
            if (_action == null) throw new InvalidOperationException(what + " may not be called on a promise-style task.");
            if (IsCompleted) throw new InvalidOperationException(what + " may not be called on a task that has completed.");
            if (_status != TaskStatus.Created) throw new InvalidOperationException(what + " may not be called on a task that was already started.");
        }

        // Queues the body on the loop (Task.Run, Start, scheduled continuations).
        internal void ScheduleOnLoop()
        {
            _status = TaskStatus.WaitingToRun;
            EventLoop.Enqueue(this);
        }

        // Task.Run's token: checked when the body is about to run; a cancellation before
        // that ends the task at once.
        internal void AttachToken(CancellationToken token)
        {
            _token = token;
            if (token.CanBeCanceled && !token.IsCancellationRequested)
                _tokenRegistration = token.Register(static t => ((Task)t).CancelBeforeStart(), this);
        }

        // A token canceled before the body started: the task ends Canceled.
        private void CancelBeforeStart()
        {
            if (_status == TaskStatus.Created || _status == TaskStatus.WaitingToRun)
                TrySetCanceled(_token);
        }

        // Runs the body if it is still waiting to run (a canceled task is skipped).
        internal void ExecuteFromLoop()
        {
            if (_status != TaskStatus.WaitingToRun) return;
            if (_token.IsCancellationRequested)
            {
                TrySetCanceled(_token);
                return;
            }
            _status = TaskStatus.Running;
            Task previous = s_currentTask;
            s_currentTask = this;
            bool ok = false;
            try
            {
                InnerInvoke();
                ok = true;
            }
            catch (Exception e)
            {
                s_currentTask = previous;
                if (e is OperationCanceledException oce && _token.IsCancellationRequested && oce.CancellationToken == _token)
                    TrySetCanceled(_token, oce);
                else
                    TrySetException(e);
            }
            s_currentTask = previous;
            _tokenRegistration.Dispose();
            if (ok) CompleteFromBody();
        }

        // Runs the delegate; Task<TResult> stores the result.
        internal virtual void InnerInvoke()
        {
            if (_action is Action a) a();
            else if (_action is Action<object> ao) ao(_stateObject);
        }

        internal virtual void CompleteFromBody() => TrySetResultCore();

        // ---- completion ----

        internal bool TrySetResultCore()
        {
            if (IsCompleted) return false;
            _status = TaskStatus.RanToCompletion;
            FinishCompletion();
            return true;
        }

        internal bool TrySetException(Exception exception)
        {
            if (IsCompleted) return false;
            (_exceptions ??= new List<Exception>()).Add(exception);
            _status = TaskStatus.Faulted;
            FinishCompletion();
            return true;
        }

        internal bool TrySetException(IEnumerable<Exception> exceptions)
        {
            if (IsCompleted) return false;
            _exceptions ??= new List<Exception>();
            foreach (Exception e in exceptions) _exceptions.Add(e);
            _status = TaskStatus.Faulted;
            FinishCompletion();
            return true;
        }

        internal bool TrySetCanceled(CancellationToken token, OperationCanceledException exception = null)
        {
            if (IsCompleted) return false;
            _token = token;
            _cancellationException = exception;
            _status = TaskStatus.Canceled;
            FinishCompletion();
            return true;
        }

        // Completes this task as `completed` did (WhenAll proxies, Unwrap, TrySetFromTask).
        internal bool TrySetFrom(Task completed)
        {
            if (completed._status == TaskStatus.Faulted) return TrySetException(completed._exceptions);
            if (completed._status == TaskStatus.Canceled) return TrySetCanceled(completed._token, completed._cancellationException);
            return TrySetResultFrom(completed);
        }

        internal virtual bool TrySetResultFrom(Task completed) => TrySetResultCore();

        private void FinishCompletion()
        {
            object continuations = _continuations;
            _continuations = s_completedMarker;
            if (continuations == null) return;
            bool forceAsync = (_options & TaskCreationOptions.RunContinuationsAsynchronously) != 0;
            if (continuations is List<object> list)
            {
                // First the continuations that are queued, then the inline ones in order.
                bool sawAwait = false;
                for (int i = 0; i < list.Count; i++)
                {
                    object c = list[i];
                    if (c is ContinueWithContinuation cw)
                    {
                        if (forceAsync || !cw.Synchronous) { list[i] = null; cw.Run(this, false); }
                    }
                    else if (c is Action)
                    {
                        if (forceAsync || sawAwait) { list[i] = null; EventLoop.Enqueue(c); }
                        sawAwait = true;
                    }
                }
                for (int i = 0; i < list.Count; i++)
                    if (list[i] != null) RunContinuationInline(list[i]);
            }
            else if (forceAsync && !(continuations is ITaskCompletionAction))
            {
                if (continuations is ContinueWithContinuation cw) cw.Run(this, false);
                else EventLoop.Enqueue(continuations);
            }
            else
            {
                RunContinuationInline(continuations);
            }
        }

        private void RunContinuationInline(object c)
        {
            if (c is ITaskCompletionAction action) { action.Invoke(this); return; }
            if (c is ContinueWithContinuation cw) { cw.Run(this, true); return; }
            if (EventLoop.InlineDepth >= EventLoop.MaxInlineDepth)
            {
                EventLoop.Enqueue(c);
                return;
            }
            EventLoop.InlineDepth++;
            try
            {
                ((Action)c)();
            }
            catch (Exception e)
            {
                EventLoop.EnqueueUnhandled(e);
            }
            finally
            {
                EventLoop.InlineDepth--;
            }
        }

        // Adds a continuation; false if the task has completed already.
        internal bool AddContinuation(object continuation)
        {
            object current = _continuations;
            if (current == s_completedMarker) return false;
            if (current == null)
            {
                _continuations = continuation;
            }
            else if (current is List<object> list)
            {
                list.Add(continuation);
            }
            else
            {
                _continuations = new List<object> { current, continuation };
            }
            return true;
        }

        internal void RemoveContinuation(object continuation)
        {
            object current = _continuations;
            if (current == continuation) _continuations = null;
            else if (current is List<object> list)
            {
                int i = list.IndexOf(continuation);
                if (i >= 0) list[i] = null;
            }
        }

        // An await continuation: inline on completion (see FinishCompletion), or queued if
        // the task completed in the meantime.
        internal void AddAwaitContinuation(Action continuation, bool forceYield = false)
        {
            if (continuation == null) throw new ArgumentNullException("continuation");
            // ForceYielding: queued once the task completes, never run inline.
            object c = forceYield ? new QueueOnCompletion(continuation) : continuation;
            if (!AddContinuation(c)) EventLoop.Enqueue(continuation);
        }

        // An await continuation with a SynchronizationContext installed goes through its
        // Post (unless ConfigureAwait(false)); without one (a console program) it runs as is.
        internal static Action OnCapturedContext(Action continuation, ConfigureAwaitOptions options = ConfigureAwaitOptions.ContinueOnCapturedContext)
        {
            SynchronizationContext context = SynchronizationContext.Current;
            if ((options & ConfigureAwaitOptions.ContinueOnCapturedContext) == 0 || context == null || context.GetType() == typeof(SynchronizationContext))
                return continuation;
            return () => context.Post(static s => ((Action)s)(), continuation);
        }

        // Runs `action(this)` inline when the task completes (at once if it has).
        internal void AddCompletionAction(ITaskCompletionAction action)
        {
            if (!AddContinuation(action)) action.Invoke(this);
        }

        // ---- waiting ----

        public void Wait() => Wait(Timeout.Infinite, default);

        public void Wait(CancellationToken cancellationToken) => Wait(Timeout.Infinite, cancellationToken);

        public bool Wait(TimeSpan timeout) => Wait(TimeoutToMilliseconds(timeout, "timeout"), default);

        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken) => Wait(TimeoutToMilliseconds(timeout, "timeout"), cancellationToken);

        public bool Wait(int millisecondsTimeout) => Wait(millisecondsTimeout, default);

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            if (!IsCompleted)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (!InternalWait(millisecondsTimeout, cancellationToken))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    return false;
                }
            }
            ThrowIfExceptional(true);
            return true;
        }

        internal static int TimeoutToMilliseconds(TimeSpan timeout, string paramName)
        {
            long ms = (long)timeout.TotalMilliseconds;
            if (ms < -1 || ms > int.MaxValue)
                throw new ArgumentOutOfRangeException(paramName, "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
            return (int)ms;
        }

        // Blocks until the task completes (or the timeout/token ends the wait), running the
        // loop. A task still queued runs here at once, as .NET runs it inline on the waiter.
        internal bool InternalWait(int millisecondsTimeout, CancellationToken cancellationToken = default)
        {
            if (IsCompleted) return true;
            if (_status == TaskStatus.WaitingToRun) ExecuteFromLoop();
            if (IsCompleted || millisecondsTimeout == 0) return IsCompleted;
            if (cancellationToken.CanBeCanceled)
                return EventLoop.WaitUntil(() => IsCompleted || cancellationToken.IsCancellationRequested, millisecondsTimeout) && IsCompleted;
            return EventLoop.WaitUntil(() => IsCompleted, millisecondsTimeout);
        }

        // What Wait and Result throw: the exceptions wrapped in an AggregateException,
        // a cancellation as a TaskCanceledException inside it.
        internal void ThrowIfExceptional(bool includeCanceled)
        {
            if (_status == TaskStatus.Faulted) throw new AggregateException(_exceptions);
            if (_status == TaskStatus.Canceled && includeCanceled) throw new AggregateException(new TaskCanceledException(this));
        }

        // What await throws: the first exception itself, or the cancellation.
        internal void ThrowForNonSuccess()
        {
            if (_status == TaskStatus.Canceled)
            {
                if (_cancellationException != null) ExceptionDispatchInfo.Throw(_cancellationException);
                throw new TaskCanceledException(this);
            }
            if (_status == TaskStatus.Faulted) ExceptionDispatchInfo.Throw(_exceptions[0]);
        }

        // GetAwaiter().GetResult() and await: wait, then throw as await does.
        internal void WaitForAwait()
        {
            if (!IsCompleted) InternalWait(Timeout.Infinite);
            if (_status != TaskStatus.RanToCompletion) ThrowForNonSuccess();
        }

        // ---- awaiting ----

        public TaskAwaiter GetAwaiter() => new TaskAwaiter(this);

        public ConfiguredTaskAwaitable ConfigureAwait(bool continueOnCapturedContext) =>
            new ConfiguredTaskAwaitable(this, continueOnCapturedContext ? ConfigureAwaitOptions.ContinueOnCapturedContext : ConfigureAwaitOptions.None);

        public ConfiguredTaskAwaitable ConfigureAwait(ConfigureAwaitOptions options)
        {
            if ((options & ~(ConfigureAwaitOptions.ContinueOnCapturedContext | ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ForceYielding)) != 0)
                throw new ArgumentOutOfRangeException("options");
            return new ConfiguredTaskAwaitable(this, options);
        }

        public static YieldAwaitable Yield() => default;
    }

    // A continuation queued on the loop when the task completes.
    internal sealed class QueueOnCompletion : ITaskCompletionAction
    {
        private readonly Action _continuation;
        internal QueueOnCompletion(Action continuation) { _continuation = continuation; }
        public void Invoke(Task completedTask) => EventLoop.Enqueue(_continuation);
    }

    // IAsyncResult.AsyncWaitHandle of a task: waiting on it waits for the task.
    internal sealed class TaskWaitHandle : WaitHandle
    {
        private readonly Task _task;
        internal TaskWaitHandle(Task task) { _task = task; }
        public override bool WaitOne() => _task.InternalWait(Timeout.Infinite);
        public override bool WaitOne(int millisecondsTimeout) => _task.InternalWait(millisecondsTimeout);
        public override bool WaitOne(TimeSpan timeout) => _task.InternalWait(Task.TimeoutToMilliseconds(timeout, "timeout"));
    }
}
