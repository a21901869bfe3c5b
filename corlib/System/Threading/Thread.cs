// Thread, ThreadPool, Timeout and SpinWait over the one run loop (EventLoop.cs).
// A started Thread does not run in parallel: its body is queued and runs, to its end,
// when the threads that exist block (Join, Sleep, Wait, ...) or when Main returns — the
// runtime then runs the loop until every foreground thread has finished, as .NET waits
// for them. A body that blocks runs the loop itself (nested), so the other threads'
// work goes on meanwhile; a wait that only a thread below it on the stack could end is
// reported as a deadlock.
using System.Runtime.CompilerServices;

namespace System.Threading
{
    public static class Timeout
    {
        public const int Infinite = -1;
        public static readonly TimeSpan InfiniteTimeSpan = new TimeSpan(0, 0, 0, 0, -1);
    }

    public sealed class Thread
    {
        private static Thread s_main;
        private static Thread s_current;          // the thread whose body is running; null: main
        private static int s_lastId = 1;
        private static int s_foregroundRunning;   // started, unfinished, not background

        private readonly Delegate _start;         // ThreadStart or ParameterizedThreadStart
        private object _startArgument;
        private ThreadState _state;
        private bool _isBackground;
        private readonly int _id;
        private string _name;

        // Suspends the calling thread for at least the given number of milliseconds (0: yield).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void SleepCore(int millisecondsTimeout);

        private Thread()
        {
            _id = Environment.CurrentManagedThreadId;
            _state = ThreadState.Running;
        }

        public Thread(ThreadStart start) : this((Delegate)start, 0) { }
        public Thread(ThreadStart start, int maxStackSize) : this((Delegate)start, maxStackSize) { }
        public Thread(ParameterizedThreadStart start) : this((Delegate)start, 0) { }
        public Thread(ParameterizedThreadStart start, int maxStackSize) : this((Delegate)start, maxStackSize) { }

        private Thread(Delegate start, int maxStackSize)
        {
            if (start == null) throw new ArgumentNullException("start");
            if (maxStackSize < 0) throw new ArgumentOutOfRangeException("maxStackSize", "Non-negative number required.");
            _start = start;
            _state = ThreadState.Unstarted;
            _id = ++s_lastId;
        }

        public static Thread CurrentThread => s_current ?? (s_main ??= new Thread());

        public int ManagedThreadId => _id;
        public bool IsAlive => (_state & (ThreadState.Unstarted | ThreadState.Stopped)) == 0;
        public bool IsThreadPoolThread => false;
        public ThreadPriority Priority { get; set; } = ThreadPriority.Normal;
        public System.Globalization.CultureInfo CurrentCulture { get => System.Globalization.CultureInfo.CurrentCulture; set { } }
        public System.Globalization.CultureInfo CurrentUICulture { get => System.Globalization.CultureInfo.CurrentUICulture; set { } }

        public ThreadState ThreadState => _isBackground ? _state | ThreadState.Background : _state;

        public bool IsBackground
        {
            get
            {
                if ((_state & ThreadState.Stopped) != 0) throw new ThreadStateException("Thread is dead; state cannot be accessed.");
                return _isBackground;
            }
            set
            {
                if ((_state & ThreadState.Stopped) != 0) throw new ThreadStateException("Thread is dead; state cannot be accessed.");
                if (value == _isBackground) return;
                _isBackground = value;
                if (_start != null && IsAlive) s_foregroundRunning += value ? -1 : 1;
            }
        }

        public string Name
        {
            get => _name;
            set
            {
                if (_name != null && _name != value) throw new InvalidOperationException("This property has already been set and cannot be modified.");
                _name = value;
            }
        }

        public void Start() => StartCore(null, false);
        public void Start(object parameter) => StartCore(parameter, true);
        public void UnsafeStart() => StartCore(null, false);
        public void UnsafeStart(object parameter) => StartCore(parameter, true);

        private void StartCore(object parameter, bool withParameter)
        {
            if (_start == null || _state != ThreadState.Unstarted)
                throw new ThreadStateException("Thread is running or terminated; it cannot restart.");
            if (withParameter && _start is ThreadStart)
                throw new InvalidOperationException("The thread was created with a ThreadStart delegate that does not accept a parameter.");
            _startArgument = parameter;
            _state = ThreadState.Running;
            if (!_isBackground) s_foregroundRunning++;
            EventLoop.Enqueue(new Action(Run));
        }

        // The thread's body, run by the loop. An exception leaving it ends the process.
        private void Run()
        {
            Thread previous = s_current;
            s_current = this;
            try
            {
                if (_start is ThreadStart ts) ts();
                else ((ParameterizedThreadStart)_start)(_startArgument);
            }
            finally
            {
                s_current = previous;
                _state = ThreadState.Stopped;
                if (!_isBackground) s_foregroundRunning--;
            }
        }

        public void Join() => Join(Timeout.Infinite);

        public bool Join(TimeSpan timeout) => Join(System.Threading.Tasks.Task.TimeoutToMilliseconds(timeout, "timeout"));

        public bool Join(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (_state == ThreadState.Unstarted) throw new ThreadStateException("Thread has not been started.");
            if ((_state & ThreadState.Stopped) != 0) return true;
            return EventLoop.WaitUntil(() => (_state & ThreadState.Stopped) != 0, millisecondsTimeout);
        }

        // Called by the runtime when Main returns: .NET ends the process only when every
        // foreground thread has ended.
        internal static void RunForegroundThreadsAtExit()
        {
            if (s_foregroundRunning > 0) EventLoop.WaitUntil(static () => s_foregroundRunning == 0, Timeout.Infinite);
        }

        public static void Sleep(int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            if (millisecondsTimeout == 0) EventLoop.RunReady();
            else EventLoop.Sleep(millisecondsTimeout);
        }

        public static void Sleep(TimeSpan timeout) => Sleep(System.Threading.Tasks.Task.TimeoutToMilliseconds(timeout, "timeout"));

        public static bool Yield()
        {
            EventLoop.RunReady();
            return true;
        }

        public static void SpinWait(int iterations) => EventLoop.RunReady();
        public static void MemoryBarrier() { }
        public static int GetCurrentProcessorId() => 0;
        public static void BeginCriticalRegion() { }
        public static void EndCriticalRegion() { }
        public void Interrupt() => throw new PlatformNotSupportedException("Thread.Interrupt is not supported: anyclr runs one thread.");
        public void Abort() => throw new PlatformNotSupportedException("Thread abort is not supported on this platform.");
        public override int GetHashCode() => _id;
    }

    public interface IThreadPoolWorkItem
    {
        void Execute();
    }

    // The thread pool is the run loop: queued items run when the program blocks.
    public static class ThreadPool
    {
        public static int ThreadCount => 1;
        public static long PendingWorkItemCount => 0;
        public static long CompletedWorkItemCount => 0;

        public static bool QueueUserWorkItem(WaitCallback callBack) => QueueUserWorkItem(callBack, null);

        public static bool QueueUserWorkItem(WaitCallback callBack, object state)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            EventLoop.Enqueue(new Action(() => callBack(state)));
            return true;
        }

        public static bool QueueUserWorkItem<TState>(Action<TState> callBack, TState state, bool preferLocal)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            EventLoop.Enqueue(new Action(() => callBack(state)));
            return true;
        }

        public static bool UnsafeQueueUserWorkItem(WaitCallback callBack, object state) => QueueUserWorkItem(callBack, state);
        public static bool UnsafeQueueUserWorkItem<TState>(Action<TState> callBack, TState state, bool preferLocal) => QueueUserWorkItem(callBack, state, preferLocal);

        public static bool UnsafeQueueUserWorkItem(IThreadPoolWorkItem callBack, bool preferLocal)
        {
            if (callBack == null) throw new ArgumentNullException("callBack");
            if (callBack is System.Threading.Tasks.Task) throw new ArgumentOutOfRangeException("callBack");
            EventLoop.Enqueue(callBack);
            return true;
        }

        public static void GetMinThreads(out int workerThreads, out int completionPortThreads) { workerThreads = 1; completionPortThreads = 1; }
        public static void GetMaxThreads(out int workerThreads, out int completionPortThreads) { workerThreads = 1; completionPortThreads = 1; }
        public static void GetAvailableThreads(out int workerThreads, out int completionPortThreads) { workerThreads = 1; completionPortThreads = 1; }
        public static bool SetMinThreads(int workerThreads, int completionPortThreads) => workerThreads >= 0 && completionPortThreads >= 0;
        public static bool SetMaxThreads(int workerThreads, int completionPortThreads) => workerThreads >= 1 && completionPortThreads >= 1;
    }

    // Spinning waits for another thread to change something: here it lets the work that
    // is ready run, which is the only way that change can happen.
    public struct SpinWait
    {
        private int _count;

        public int Count => _count;
        public bool NextSpinWillYield => true;

        public void SpinOnce()
        {
            _count = _count == int.MaxValue ? 10 : _count + 1;
            EventLoop.RunReady();
        }

        public void SpinOnce(int sleep1Threshold) => SpinOnce();
        public void Reset() { _count = 0; }

        public static void SpinUntil(Func<bool> condition) => SpinUntil(condition, Timeout.Infinite);

        public static bool SpinUntil(Func<bool> condition, TimeSpan timeout) => SpinUntil(condition, System.Threading.Tasks.Task.TimeoutToMilliseconds(timeout, "timeout"));

        public static bool SpinUntil(Func<bool> condition, int millisecondsTimeout)
        {
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            if (condition == null) throw new ArgumentNullException("condition");
            return EventLoop.WaitUntil(condition, millisecondsTimeout);
        }
    }
}
