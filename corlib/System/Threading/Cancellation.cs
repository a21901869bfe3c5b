// CancellationTokenSource, CancellationToken and CancellationTokenRegistration. Callbacks
// run synchronously in Cancel, newest first (as .NET runs them); CancelAfter uses a timer
// of the run loop (EventLoop).
using System.Collections.Generic;
using System.Threading.Tasks;

namespace System.Threading
{
    public class CancellationTokenSource : IDisposable
    {
        // One registered callback; Source is null once it has been unregistered or run.
        internal sealed class Registration
        {
            internal CancellationTokenSource Source;
            internal Delegate Callback;     // Action<object> or Action<object, CancellationToken>
            internal object State;
            internal long Id;
        }

        private static readonly CancellationTokenSource s_canceled = new CancellationTokenSource(true);

        private bool _canceled;
        private bool _disposed;
        private List<Registration> _registrations;
        private long _nextId = 1;
        private LoopTimer _timer;
        private CancellationTokenRegistration[] _linked;   // a linked source's registrations on its parents

        public CancellationTokenSource() { }

        private CancellationTokenSource(bool canceled) { _canceled = canceled; }

        public CancellationTokenSource(int millisecondsDelay)
        {
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException("millisecondsDelay");
            if (millisecondsDelay != Timeout.Infinite) StartTimer(millisecondsDelay);
        }

        public CancellationTokenSource(TimeSpan delay) : this(DelayToMilliseconds(delay, "delay")) { }

        internal static CancellationTokenSource Canceled => s_canceled;

        private static int DelayToMilliseconds(TimeSpan delay, string paramName)
        {
            long ms = (long)delay.TotalMilliseconds;
            if (ms < -1 || ms > 4294967294) throw new ArgumentOutOfRangeException(paramName);
            return (int)Math.Min(ms, int.MaxValue);
        }

        public bool IsCancellationRequested => _canceled;

        public CancellationToken Token
        {
            get
            {
                ThrowIfDisposed();
                return new CancellationToken(this);
            }
        }

        private void ThrowIfDisposed()
        {
            if (_disposed) throw new ObjectDisposedException(null, "The CancellationTokenSource has been disposed.");
        }

        public void Cancel() => Cancel(false);

        public void Cancel(bool throwOnFirstException)
        {
            ThrowIfDisposed();
            NotifyCancellation(throwOnFirstException);
        }

        public Task CancelAsync()
        {
            ThrowIfDisposed();
            if (_canceled) return Task.CompletedTask;
            _canceled = true;
            return Task.Run(() => RunCallbacks(false));
        }

        public void CancelAfter(TimeSpan delay) => CancelAfter(DelayToMilliseconds(delay, "delay"));

        public void CancelAfter(int millisecondsDelay)
        {
            ThrowIfDisposed();
            if (millisecondsDelay < -1) throw new ArgumentOutOfRangeException("millisecondsDelay");
            if (_canceled) return;
            if (millisecondsDelay == Timeout.Infinite)
            {
                if (_timer != null) EventLoop.CancelTimer(_timer);
                return;
            }
            StartTimer(millisecondsDelay);
        }

        private void StartTimer(int milliseconds)
        {
            _timer ??= new LoopTimer(static s => ((CancellationTokenSource)s).NotifyCancellation(false), this);
            EventLoop.ScheduleTimer(_timer, milliseconds);
        }

        public bool TryReset()
        {
            ThrowIfDisposed();
            if (_canceled) return false;
            if (_timer != null) EventLoop.CancelTimer(_timer);
            if (_registrations != null)
            {
                foreach (Registration r in _registrations) r.Source = null;
                _registrations.Clear();
            }
            return true;
        }

        private void NotifyCancellation(bool throwOnFirstException)
        {
            if (_canceled) return;
            _canceled = true;
            if (_timer != null) EventLoop.CancelTimer(_timer);
            RunCallbacks(throwOnFirstException);
        }

        // Runs the callbacks newest first; their exceptions are collected into one
        // AggregateException, or the first one ends Cancel at once if asked to.
        private void RunCallbacks(bool throwOnFirstException)
        {
            List<Exception> errors = null;
            while (_registrations != null && _registrations.Count > 0)
            {
                Registration r = _registrations[_registrations.Count - 1];
                _registrations.RemoveAt(_registrations.Count - 1);
                r.Source = null;
                try
                {
                    Invoke(r);
                }
                catch (Exception e) when (!throwOnFirstException)
                {
                    (errors ??= new List<Exception>()).Add(e);
                }
            }
            if (errors != null) throw new AggregateException(errors);
        }

        private void Invoke(Registration r)
        {
            if (r.Callback is Action<object, CancellationToken> withToken) withToken(r.State, new CancellationToken(this));
            else ((Action<object>)r.Callback)(r.State);
        }

        // Registers a callback; on a canceled source it runs at once and nothing is kept.
        internal CancellationTokenRegistration Register(Delegate callback, object state)
        {
            if (_canceled)
            {
                Invoke(new Registration { Callback = callback, State = state });
                return default;
            }
            ThrowIfDisposed();
            var r = new Registration { Source = this, Callback = callback, State = state, Id = _nextId++ };
            (_registrations ??= new List<Registration>()).Add(r);
            return new CancellationTokenRegistration(r, r.Id);
        }

        internal bool Unregister(Registration r)
        {
            if (r.Source != this) return false;
            r.Source = null;
            _registrations.Remove(r);
            return true;
        }

        public void Dispose()
        {
            Dispose(true);
            GC.SuppressFinalize(this);
        }

        protected virtual void Dispose(bool disposing)
        {
            if (!disposing || _disposed) return;
            _disposed = true;
            if (_timer != null) EventLoop.CancelTimer(_timer);
            if (_linked != null)
                foreach (CancellationTokenRegistration reg in _linked) reg.Dispose();
        }

        public static CancellationTokenSource CreateLinkedTokenSource(CancellationToken token) => CreateLinked(new[] { token });
        public static CancellationTokenSource CreateLinkedTokenSource(CancellationToken token1, CancellationToken token2) => CreateLinked(new[] { token1, token2 });

        public static CancellationTokenSource CreateLinkedTokenSource(params CancellationToken[] tokens)
        {
            if (tokens == null) throw new ArgumentNullException("tokens");
            return CreateLinked((CancellationToken[])tokens.Clone());
        }

        public static CancellationTokenSource CreateLinkedTokenSource(params ReadOnlySpan<CancellationToken> tokens) => CreateLinked(tokens.ToArray());

        // A source canceled when any of the tokens is.
        private static CancellationTokenSource CreateLinked(CancellationToken[] tokens)
        {
            var linked = new CancellationTokenSource();
            linked._linked = new CancellationTokenRegistration[tokens.Length];
            for (int i = 0; i < tokens.Length; i++)
            {
                if (!tokens[i].CanBeCanceled) continue;
                linked._linked[i] = tokens[i].UnsafeRegister(static s => ((CancellationTokenSource)s).NotifyCancellation(false), linked);
                if (linked._canceled) break;
            }
            return linked;
        }
    }

    public readonly struct CancellationToken : IEquatable<CancellationToken>
    {
        private readonly CancellationTokenSource _source;

        internal CancellationToken(CancellationTokenSource source) { _source = source; }

        public CancellationToken(bool canceled) : this(canceled ? CancellationTokenSource.Canceled : null) { }

        public static CancellationToken None => default;
        public bool IsCancellationRequested => _source != null && _source.IsCancellationRequested;
        public bool CanBeCanceled => _source != null;
        public WaitHandle WaitHandle => new CancellationWaitHandle(this);

        public void ThrowIfCancellationRequested()
        {
            if (IsCancellationRequested) throw new OperationCanceledException("The operation was canceled.", this);
        }

        public CancellationTokenRegistration Register(Action callback) => Register(callback, false);

        public CancellationTokenRegistration Register(Action callback, bool useSynchronizationContext)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            return RegisterCore(new Action<object>(static s => ((Action)s)()), callback);
        }

        public CancellationTokenRegistration Register(Action<object> callback, object state) => Register(callback, state, false);

        public CancellationTokenRegistration Register(Action<object> callback, object state, bool useSynchronizationContext)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            return RegisterCore(callback, state);
        }

        public CancellationTokenRegistration Register(Action<object, CancellationToken> callback, object state)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            return RegisterCore(callback, state);
        }

        public CancellationTokenRegistration UnsafeRegister(Action<object> callback, object state) => Register(callback, state, false);
        public CancellationTokenRegistration UnsafeRegister(Action<object, CancellationToken> callback, object state) => Register(callback, state);

        private CancellationTokenRegistration RegisterCore(Delegate callback, object state) =>
            _source != null ? _source.Register(callback, state) : default;

        public override bool Equals(object other) => other is CancellationToken t && Equals(t);
        public bool Equals(CancellationToken other) => _source == other._source;
        public override int GetHashCode() => _source == null ? 0 : _source.GetHashCode();
        public static bool operator ==(CancellationToken left, CancellationToken right) => left.Equals(right);
        public static bool operator !=(CancellationToken left, CancellationToken right) => !left.Equals(right);
    }

    public readonly struct CancellationTokenRegistration : IEquatable<CancellationTokenRegistration>, IDisposable, IAsyncDisposable
    {
        private readonly CancellationTokenSource.Registration _registration;
        private readonly long _id;

        internal CancellationTokenRegistration(CancellationTokenSource.Registration registration, long id)
        {
            _registration = registration;
            _id = id;
        }

        public CancellationToken Token
        {
            get
            {
                CancellationTokenSource s = _registration?.Source;
                return s != null ? new CancellationToken(s) : default;
            }
        }

        public bool Unregister()
        {
            CancellationTokenSource s = _registration?.Source;
            return s != null && _registration.Id == _id && s.Unregister(_registration);
        }

        public void Dispose() => Unregister();

        public ValueTask DisposeAsync()
        {
            Unregister();
            return default;
        }

        public override bool Equals(object obj) => obj is CancellationTokenRegistration r && Equals(r);
        public bool Equals(CancellationTokenRegistration other) => _registration == other._registration && _id == other._id;
        public override int GetHashCode() => _registration == null ? 0 : _registration.GetHashCode() ^ _id.GetHashCode();
        public static bool operator ==(CancellationTokenRegistration left, CancellationTokenRegistration right) => left.Equals(right);
        public static bool operator !=(CancellationTokenRegistration left, CancellationTokenRegistration right) => !left.Equals(right);
    }

    // CancellationToken.WaitHandle: waiting on it runs the loop until the token is canceled.
    internal sealed class CancellationWaitHandle : WaitHandle
    {
        private readonly CancellationToken _token;
        internal CancellationWaitHandle(CancellationToken token) { _token = token; }
        public override bool WaitOne() => WaitOne(Timeout.Infinite);
        public override bool WaitOne(TimeSpan timeout) => WaitOne(Tasks.Task.TimeoutToMilliseconds(timeout, "timeout"));

        public override bool WaitOne(int millisecondsTimeout)
        {
            CancellationToken token = _token;
            return token.IsCancellationRequested || EventLoop.WaitUntil(() => token.IsCancellationRequested, millisecondsTimeout);
        }
    }
}
