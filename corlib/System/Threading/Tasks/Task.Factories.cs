// Task's static members that make tasks: Run, Delay, FromResult/FromException/FromCanceled,
// and Unwrap (Task.Run of an async lambda).
namespace System.Threading.Tasks
{
    public partial class Task
    {
        public static Task Run(Action action) => Run(action, default);

        public static Task Run(Action action, CancellationToken cancellationToken)
        {
            if (action == null) throw new ArgumentNullException("action");
            // A token canceled already cancels the task when the loop gets to it, as on .NET.
            Task t = new Task(action, null, default, TaskCreationOptions.DenyChildAttach);
            t.AttachToken(cancellationToken);
            t.ScheduleOnLoop();
            return t;
        }

        public static Task<TResult> Run<TResult>(Func<TResult> function) => Run(function, default);

        public static Task<TResult> Run<TResult>(Func<TResult> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException("function");
            Task<TResult> t = new Task<TResult>(function, null, default, TaskCreationOptions.DenyChildAttach);
            t.AttachToken(cancellationToken);
            t.ScheduleOnLoop();
            return t;
        }

        public static Task Run(Func<Task> function) => Run(function, default);

        public static Task Run(Func<Task> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException("function");
            if (cancellationToken.IsCancellationRequested) return FromCanceled(cancellationToken);
            return new UnwrapPromise<VoidTaskResult>(Run<Task>(function, cancellationToken));
        }

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function) => Run(function, default);

        public static Task<TResult> Run<TResult>(Func<Task<TResult>> function, CancellationToken cancellationToken)
        {
            if (function == null) throw new ArgumentNullException("function");
            if (cancellationToken.IsCancellationRequested) return FromCanceled<TResult>(cancellationToken);
            return new UnwrapPromise<TResult>(Run<Task<TResult>>(function, cancellationToken));
        }

        public static Task<TResult> FromResult<TResult>(TResult result) => new Task<TResult>(false, result, default);

        public static Task FromException(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            Task t = new Task();
            t.TrySetException(exception);
            return t;
        }

        public static Task<TResult> FromException<TResult>(Exception exception)
        {
            if (exception == null) throw new ArgumentNullException("exception");
            Task<TResult> t = new Task<TResult>();
            t.TrySetException(exception);
            return t;
        }

        public static Task FromCanceled(CancellationToken cancellationToken)
        {
            if (!cancellationToken.IsCancellationRequested) throw new ArgumentOutOfRangeException("cancellationToken");
            return new Task(true, cancellationToken);
        }

        public static Task<TResult> FromCanceled<TResult>(CancellationToken cancellationToken)
        {
            if (!cancellationToken.IsCancellationRequested) throw new ArgumentOutOfRangeException("cancellationToken");
            return new Task<TResult>(true, default, cancellationToken);
        }

        // ---- Delay ----

        public static Task Delay(int millisecondsDelay) => Delay(millisecondsDelay, default);

        public static Task Delay(TimeSpan delay) => Delay(delay, default);

        public static Task Delay(TimeSpan delay, CancellationToken cancellationToken)
        {
            long ms = (long)delay.TotalMilliseconds;
            if (ms < -1 || ms > 4294967294)
                throw new ArgumentOutOfRangeException("delay", "The value needs to translate in milliseconds to -1 (signifying an infinite timeout), 0, or a positive integer less than or equal to the maximum allowed timer duration.");
            return DelayCore(ms, cancellationToken);
        }

        public static Task Delay(int millisecondsDelay, CancellationToken cancellationToken)
        {
            if (millisecondsDelay < -1)
                throw new ArgumentOutOfRangeException("millisecondsDelay", "The value needs to be either -1 (signifying an infinite timeout), 0 or a positive integer.");
            return DelayCore(millisecondsDelay, cancellationToken);
        }

        private static Task DelayCore(long milliseconds, CancellationToken cancellationToken)
        {
            if (cancellationToken.IsCancellationRequested) return FromCanceled(cancellationToken);
            if (milliseconds == 0) return CompletedTask;
            return new DelayPromise(milliseconds, cancellationToken);
        }

        // Completes when its timer fires on the loop, or ends Canceled with the token.
        private sealed class DelayPromise : Task
        {
            private readonly LoopTimer _timer;
            private CancellationTokenRegistration _registration;

            internal DelayPromise(long milliseconds, CancellationToken token)
            {
                if (milliseconds >= 0)
                {
                    _timer = new LoopTimer(static p => ((DelayPromise)p).Fire(), this);
                    EventLoop.ScheduleTimer(_timer, milliseconds);
                }
                if (token.CanBeCanceled)
                    _registration = token.Register(static p => ((DelayPromise)p).Cancel(), this);
                _token = token;
            }

            private void Fire()
            {
                _registration.Dispose();
                TrySetResultCore();
            }

            private void Cancel()
            {
                if (_timer != null) EventLoop.CancelTimer(_timer);
                TrySetCanceled(_token);
            }
        }

        // ---- WaitAsync ----

        public Task WaitAsync(CancellationToken cancellationToken) => WaitAsync(Timeout.Infinite, cancellationToken);
        public Task WaitAsync(TimeSpan timeout) => WaitAsync(TimeoutToMilliseconds(timeout, "timeout"), default);
        public Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => WaitAsync(TimeoutToMilliseconds(timeout, "timeout"), cancellationToken);

        private Task WaitAsync(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (IsCompleted || (!cancellationToken.CanBeCanceled && millisecondsTimeout == Timeout.Infinite)) return this;
            if (cancellationToken.IsCancellationRequested) return FromCanceled(cancellationToken);
            if (millisecondsTimeout == 0) return FromException(new TimeoutException("The operation has timed out."));
            return new WaitAsyncPromise<VoidTaskResult>(this, millisecondsTimeout, cancellationToken);
        }
    }

    // The task of Task.Run(async () => ...): completes as the inner task does.
    internal sealed class UnwrapPromise<TResult> : Task<TResult>, ITaskCompletionAction
    {
        private bool _outerDone;

        internal UnwrapPromise(Task outer)
        {
            outer.AddCompletionAction(this);
        }

        public void Invoke(Task completed)
        {
            if (!_outerDone)
            {
                _outerDone = true;
                // A body that threw an OperationCanceledException cancels the proxy, as on .NET.
                if (completed.Status == TaskStatus.Faulted && completed._exceptions.Count == 1 && completed._exceptions[0] is OperationCanceledException oce)
                {
                    TrySetCanceled(oce.CancellationToken, oce);
                    return;
                }
                if (completed.Status != TaskStatus.RanToCompletion) { TrySetFrom(completed); return; }
                Task inner = completed is Task<Task<TResult>> tt ? tt.ResultOnSuccess : ((Task<Task>)completed).ResultOnSuccess;
                if (inner == null) { TrySetCanceled(default); return; }
                inner.AddCompletionAction(this);
                return;
            }
            TrySetFrom(completed);
        }
    }

    // WaitAsync: the task's outcome, unless the timeout or the token ends the wait first.
    internal sealed class WaitAsyncPromise<TResult> : Task<TResult>, ITaskCompletionAction
    {
        private readonly Task _task;
        private readonly LoopTimer _timer;
        private CancellationTokenRegistration _registration;

        internal WaitAsyncPromise(Task task, int millisecondsTimeout, CancellationToken token)
        {
            _task = task;
            if (millisecondsTimeout != Timeout.Infinite)
            {
                _timer = new LoopTimer(static p => ((WaitAsyncPromise<TResult>)p).End(new TimeoutException("The operation has timed out."), default), this);
                EventLoop.ScheduleTimer(_timer, millisecondsTimeout);
            }
            if (token.CanBeCanceled)
                _registration = token.Register(static p => { var w = (WaitAsyncPromise<TResult>)p; w.End(null, w._token); }, this);
            _token = token;
            task.AddCompletionAction(this);
        }

        private void End(Exception timeout, CancellationToken canceled)
        {
            if (IsCompleted) return;
            if (_timer != null) EventLoop.CancelTimer(_timer);
            _registration.Dispose();
            _task.RemoveContinuation(this);
            if (timeout != null) TrySetException(timeout);
            else if (canceled.IsCancellationRequested) TrySetCanceled(canceled);
        }

        public void Invoke(Task completed)
        {
            if (IsCompleted) return;
            if (_timer != null) EventLoop.CancelTimer(_timer);
            _registration.Dispose();
            TrySetFrom(completed);
        }
    }
}
