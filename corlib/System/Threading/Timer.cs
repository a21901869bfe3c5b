// System.Threading.Timer: a LoopTimer of the run loop; the callback runs on the loop when
// the timer is due (while the program blocks), and again every period.
using System.Threading.Tasks;

namespace System.Threading
{
    public sealed class Timer : MarshalByRefObject, IDisposable, IAsyncDisposable
    {
        private const long MaxSupportedTimeout = 0xfffffffe;

        private readonly TimerCallback _callback;
        private readonly object _state;
        private readonly LoopTimer _timer;
        private long _period = Timeout.Infinite;
        private bool _disposed;
        private static long s_active;

        public Timer(TimerCallback callback) : this(callback, null, Timeout.Infinite, Timeout.Infinite, false) { }
        public Timer(TimerCallback callback, object state, int dueTime, int period) : this(callback, state, dueTime, period, true) { }
        public Timer(TimerCallback callback, object state, uint dueTime, uint period) : this(callback, state, dueTime == uint.MaxValue ? -1 : dueTime, period == uint.MaxValue ? -1 : period, true) { }
        public Timer(TimerCallback callback, object state, TimeSpan dueTime, TimeSpan period) : this(callback, state, (long)dueTime.TotalMilliseconds, (long)period.TotalMilliseconds, true) { }
        public Timer(TimerCallback callback, object state, long dueTime, long period) : this(callback, state, dueTime, period, true) { }

        private Timer(TimerCallback callback, object state, long dueTime, long period, bool check)
        {
            if (callback == null) throw new ArgumentNullException("callback");
            _callback = callback;
            _state = state;
            _timer = new LoopTimer(static t => ((Timer)t).Fire(), this);
            Change(dueTime, period);
        }

        public static long ActiveCount => s_active;

        private void Fire()
        {
            s_active--;
            if (_period > 0 && _period != Timeout.Infinite)
            {
                EventLoop.ScheduleTimer(_timer, _period);
                s_active++;
            }
            _callback(_state);
        }

        public bool Change(int dueTime, int period) => Change((long)dueTime, (long)period);
        public bool Change(uint dueTime, uint period) => Change(dueTime == uint.MaxValue ? -1L : dueTime, period == uint.MaxValue ? -1L : period);
        public bool Change(TimeSpan dueTime, TimeSpan period) => Change((long)dueTime.TotalMilliseconds, (long)period.TotalMilliseconds);

        public bool Change(long dueTime, long period)
        {
            if (dueTime < -1) throw new ArgumentOutOfRangeException("dueTime", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (period < -1) throw new ArgumentOutOfRangeException("period", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (dueTime > MaxSupportedTimeout) throw new ArgumentOutOfRangeException("dueTime", "Time-out interval must be less than 2^32-2.");
            if (period > MaxSupportedTimeout) throw new ArgumentOutOfRangeException("period", "Period must be less than 2^32-2.");
            if (_disposed) throw new ObjectDisposedException(null, "Cannot access a disposed object.");
            if (_timer.IsScheduled) s_active--;
            EventLoop.CancelTimer(_timer);
            _period = period;
            if (dueTime != Timeout.Infinite)
            {
                EventLoop.ScheduleTimer(_timer, dueTime);
                s_active++;
            }
            return true;
        }

        public void Dispose()
        {
            if (_disposed) return;
            _disposed = true;
            if (_timer.IsScheduled) s_active--;
            EventLoop.CancelTimer(_timer);
        }

        public bool Dispose(WaitHandle notifyObject)
        {
            if (notifyObject == null) throw new ArgumentNullException("notifyObject");
            bool first = !_disposed;
            Dispose();
            if (notifyObject is EventWaitHandle e) e.Set();
            return first;
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return default;
        }
    }
}
