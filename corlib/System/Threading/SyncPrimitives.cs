// The blocking synchronization types over the run loop: a wait runs queued work and
// timers until the event is set or the semaphore has a count (or throws when nothing
// ever could, see EventLoop.WaitUntil).
using System.Collections.Generic;
using System.Threading.Tasks;

namespace System.Threading
{
    public class SemaphoreSlim : IDisposable
    {
        private int _count;
        private readonly int _maxCount;
        // WaitAsync callers in arrival order; their continuations are queued, as on .NET.
        private readonly LinkedList<TaskCompletionSource<bool>> _asyncWaiters = new LinkedList<TaskCompletionSource<bool>>();
        private bool _disposed;

        public SemaphoreSlim(int initialCount) : this(initialCount, int.MaxValue) { }

        public SemaphoreSlim(int initialCount, int maxCount)
        {
            if (initialCount < 0 || initialCount > maxCount)
                throw new ArgumentOutOfRangeException("initialCount", initialCount, "The initialCount argument must be non-negative and less than or equal to the maximumCount.");
            if (maxCount <= 0)
                throw new ArgumentOutOfRangeException("maxCount", maxCount, "The maximumCount argument must be a positive number. If a maximum is not required, use the constructor without a maxCount parameter.");
            _count = initialCount;
            _maxCount = maxCount;
        }

        public int CurrentCount => _count;
        public WaitHandle AvailableWaitHandle => new LoopConditionWaitHandle(() => _count > 0);

        private void CheckDisposed()
        {
            if (_disposed) throw new ObjectDisposedException(null, "The semaphore has been disposed.");
        }

        private static void CheckTimeout(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1)
                throw new ArgumentOutOfRangeException("millisecondsTimeout", millisecondsTimeout, "The timeout must represent a value between -1 and Int32.MaxValue, inclusive.");
        }

        public void Wait() => Wait(Timeout.Infinite, default);
        public void Wait(CancellationToken cancellationToken) => Wait(Timeout.Infinite, cancellationToken);
        public bool Wait(int millisecondsTimeout) => Wait(millisecondsTimeout, default);
        public bool Wait(TimeSpan timeout) => Wait(Task.TimeoutToMilliseconds(timeout, "timeout"), default);
        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken) => Wait(Task.TimeoutToMilliseconds(timeout, "timeout"), cancellationToken);

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckDisposed();
            CheckTimeout(millisecondsTimeout);
            cancellationToken.ThrowIfCancellationRequested();
            if (_count == 0 && millisecondsTimeout != 0)
                EventLoop.WaitUntil(() => _count > 0 || cancellationToken.IsCancellationRequested, millisecondsTimeout);
            cancellationToken.ThrowIfCancellationRequested();
            if (_count == 0) return false;
            _count--;
            return true;
        }

        public Task WaitAsync() => WaitAsync(Timeout.Infinite, default);
        public Task WaitAsync(CancellationToken cancellationToken) => WaitAsync(Timeout.Infinite, cancellationToken);
        public Task<bool> WaitAsync(int millisecondsTimeout) => WaitAsync(millisecondsTimeout, default);
        public Task<bool> WaitAsync(TimeSpan timeout) => WaitAsync(Task.TimeoutToMilliseconds(timeout, "timeout"), default);
        public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => WaitAsync(Task.TimeoutToMilliseconds(timeout, "timeout"), cancellationToken);

        public Task<bool> WaitAsync(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            CheckDisposed();
            CheckTimeout(millisecondsTimeout);
            if (cancellationToken.IsCancellationRequested) return Task.FromCanceled<bool>(cancellationToken);
            if (_count > 0)
            {
                _count--;
                return Task.FromResult(true);
            }
            if (millisecondsTimeout == 0) return Task.FromResult(false);
            var waiter = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            LinkedListNode<TaskCompletionSource<bool>> node = _asyncWaiters.AddLast(waiter);
            if (millisecondsTimeout != Timeout.Infinite)
            {
                var timer = new LoopTimer(_ => { if (node.List != null) { _asyncWaiters.Remove(node); waiter.TrySetResult(false); } }, null);
                EventLoop.ScheduleTimer(timer, millisecondsTimeout);
                waiter.Task.ContinueWith(_ => EventLoop.CancelTimer(timer), TaskContinuationOptions.ExecuteSynchronously);
            }
            if (cancellationToken.CanBeCanceled)
            {
                CancellationTokenRegistration reg = cancellationToken.Register(() =>
                {
                    // .NET's WaitAsync ends in ThrowIfCancellationRequested: await rethrows that exception.
                    if (node.List != null) { _asyncWaiters.Remove(node); waiter.Task.TrySetCanceled(cancellationToken, new OperationCanceledException("The operation was canceled.", cancellationToken)); }
                });
                waiter.Task.ContinueWith(_ => reg.Dispose(), TaskContinuationOptions.ExecuteSynchronously);
            }
            return waiter.Task;
        }

        public int Release() => Release(1);

        public int Release(int releaseCount)
        {
            CheckDisposed();
            if (releaseCount < 1)
                throw new ArgumentOutOfRangeException("releaseCount", releaseCount, "The releaseCount argument must be greater than zero.");
            int previous = _count;
            if (_maxCount - _count < releaseCount) throw new SemaphoreFullException();
            _count += releaseCount;
            while (_count > 0 && _asyncWaiters.Count > 0)
            {
                TaskCompletionSource<bool> waiter = _asyncWaiters.First.Value;
                _asyncWaiters.RemoveFirst();
                _count--;
                waiter.TrySetResult(true);
            }
            return previous;
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (disposing) _disposed = true;
        }
    }

    public class ManualResetEventSlim : IDisposable
    {
        private bool _set;

        public ManualResetEventSlim() : this(false) { }
        public ManualResetEventSlim(bool initialState) { _set = initialState; }
        public ManualResetEventSlim(bool initialState, int spinCount) : this(initialState) { }

        public bool IsSet => _set;
        public int SpinCount => 1;
        public WaitHandle WaitHandle => new LoopConditionWaitHandle(() => _set);

        public void Set() { _set = true; }
        public void Reset() { _set = false; }

        public void Wait() => Wait(Timeout.Infinite, default);
        public void Wait(CancellationToken cancellationToken) => Wait(Timeout.Infinite, cancellationToken);
        public bool Wait(int millisecondsTimeout) => Wait(millisecondsTimeout, default);
        public bool Wait(TimeSpan timeout) => Wait(Task.TimeoutToMilliseconds(timeout, "timeout"), default);
        public bool Wait(TimeSpan timeout, CancellationToken cancellationToken) => Wait(Task.TimeoutToMilliseconds(timeout, "timeout"), cancellationToken);

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            cancellationToken.ThrowIfCancellationRequested();
            if (!_set && millisecondsTimeout != 0)
                EventLoop.WaitUntil(() => _set || cancellationToken.IsCancellationRequested, millisecondsTimeout);
            cancellationToken.ThrowIfCancellationRequested();
            return _set;
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing) { }
    }

    public class CountdownEvent : IDisposable
    {
        private int _initialCount;
        private int _currentCount;

        public CountdownEvent(int initialCount)
        {
            if (initialCount < 0) throw new ArgumentOutOfRangeException("initialCount");
            _initialCount = initialCount;
            _currentCount = initialCount;
        }

        public int InitialCount => _initialCount;
        public int CurrentCount => _currentCount;
        public bool IsSet => _currentCount <= 0;
        public WaitHandle WaitHandle => new LoopConditionWaitHandle(() => _currentCount <= 0);

        public bool Signal() => Signal(1);

        public bool Signal(int signalCount)
        {
            if (signalCount <= 0) throw new ArgumentOutOfRangeException("signalCount");
            if (_currentCount <= 0 || signalCount > _currentCount)
                throw new InvalidOperationException("Invalid attempt made to decrement the event's count below zero.");
            _currentCount -= signalCount;
            return _currentCount == 0;
        }

        public void AddCount() => AddCount(1);

        public void AddCount(int signalCount)
        {
            if (!TryAddCount(signalCount))
                throw new InvalidOperationException("The event is already signaled and cannot be incremented.");
        }

        public bool TryAddCount() => TryAddCount(1);

        public bool TryAddCount(int signalCount)
        {
            if (signalCount <= 0) throw new ArgumentOutOfRangeException("signalCount");
            if (_currentCount == 0) return false;
            _currentCount += signalCount;
            return true;
        }

        public void Reset() => Reset(_initialCount);

        public void Reset(int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count");
            _currentCount = count;
            _initialCount = count;
        }

        public void Wait() => Wait(Timeout.Infinite, default);
        public void Wait(CancellationToken cancellationToken) => Wait(Timeout.Infinite, cancellationToken);
        public bool Wait(int millisecondsTimeout) => Wait(millisecondsTimeout, default);
        public bool Wait(TimeSpan timeout) => Wait(Task.TimeoutToMilliseconds(timeout, "timeout"), default);

        public bool Wait(int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            cancellationToken.ThrowIfCancellationRequested();
            if (_currentCount > 0 && millisecondsTimeout != 0)
                EventLoop.WaitUntil(() => _currentCount <= 0 || cancellationToken.IsCancellationRequested, millisecondsTimeout);
            cancellationToken.ThrowIfCancellationRequested();
            return _currentCount <= 0;
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing) { }
    }

    public enum EventResetMode
    {
        AutoReset = 0,
        ManualReset = 1,
    }

    public class EventWaitHandle : WaitHandle
    {
        private bool _set;
        private readonly EventResetMode _mode;

        public EventWaitHandle(bool initialState, EventResetMode mode)
        {
            if (mode != EventResetMode.AutoReset && mode != EventResetMode.ManualReset)
                throw new ArgumentException("Value of flags is invalid.", "mode");
            _set = initialState;
            _mode = mode;
        }

        public bool Set() { _set = true; return true; }
        public bool Reset() { _set = false; return true; }

        public override bool WaitOne() => WaitOne(Timeout.Infinite);
        public override bool WaitOne(TimeSpan timeout) => WaitOne(Task.TimeoutToMilliseconds(timeout, "timeout"));

        // An auto-reset event lets one waiter through per Set.
        public override bool WaitOne(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            if (!_set && millisecondsTimeout != 0) EventLoop.WaitUntil(() => _set, millisecondsTimeout);
            if (!_set) return false;
            if (_mode == EventResetMode.AutoReset) _set = false;
            return true;
        }
    }

    public sealed class ManualResetEvent : EventWaitHandle
    {
        public ManualResetEvent(bool initialState) : base(initialState, EventResetMode.ManualReset) { }
    }

    public sealed class AutoResetEvent : EventWaitHandle
    {
        public AutoResetEvent(bool initialState) : base(initialState, EventResetMode.AutoReset) { }
    }

    // A WaitHandle over a condition the loop can make true.
    internal sealed class LoopConditionWaitHandle : WaitHandle
    {
        private readonly Func<bool> _isSet;

        internal LoopConditionWaitHandle(Func<bool> isSet) { _isSet = isSet; }

        public override bool WaitOne() => WaitOne(Timeout.Infinite);
        public override bool WaitOne(TimeSpan timeout) => WaitOne(Task.TimeoutToMilliseconds(timeout, "timeout"));

        public override bool WaitOne(int millisecondsTimeout)
        {
            if (_isSet()) return true;
            return millisecondsTimeout != 0 && EventLoop.WaitUntil(_isSet, millisecondsTimeout);
        }
    }
}
