// Threading basics with single-threaded semantics: the runtime runs one managed thread for now,
// so these operations are plain reads and writes (to be made atomic when threads arrive).
using System.Runtime.CompilerServices;

namespace System.Threading
{
    public static class Interlocked
    {
        public static int Increment(ref int location) => ++location;
        public static long Increment(ref long location) => ++location;
        public static uint Increment(ref uint location) => ++location;
        public static ulong Increment(ref ulong location) => ++location;
        public static int Decrement(ref int location) => --location;
        public static long Decrement(ref long location) => --location;
        public static uint Decrement(ref uint location) => --location;
        public static ulong Decrement(ref ulong location) => --location;
        public static int Add(ref int location1, int value) => location1 += value;
        public static long Add(ref long location1, long value) => location1 += value;
        public static uint Add(ref uint location1, uint value) => location1 += value;
        public static ulong Add(ref ulong location1, ulong value) => location1 += value;
        public static int And(ref int location1, int value) { int o = location1; location1 &= value; return o; }
        public static long And(ref long location1, long value) { long o = location1; location1 &= value; return o; }
        public static uint And(ref uint location1, uint value) { uint o = location1; location1 &= value; return o; }
        public static ulong And(ref ulong location1, ulong value) { ulong o = location1; location1 &= value; return o; }
        public static int Or(ref int location1, int value) { int o = location1; location1 |= value; return o; }
        public static long Or(ref long location1, long value) { long o = location1; location1 |= value; return o; }
        public static uint Or(ref uint location1, uint value) { uint o = location1; location1 |= value; return o; }
        public static ulong Or(ref ulong location1, ulong value) { ulong o = location1; location1 |= value; return o; }
        public static long Read(ref readonly long location) => location;
        public static ulong Read(ref readonly ulong location) => location;

        public static int Exchange(ref int location1, int value) { int o = location1; location1 = value; return o; }
        public static long Exchange(ref long location1, long value) { long o = location1; location1 = value; return o; }
        public static uint Exchange(ref uint location1, uint value) { uint o = location1; location1 = value; return o; }
        public static ulong Exchange(ref ulong location1, ulong value) { ulong o = location1; location1 = value; return o; }
        public static float Exchange(ref float location1, float value) { float o = location1; location1 = value; return o; }
        public static double Exchange(ref double location1, double value) { double o = location1; location1 = value; return o; }
        public static object Exchange(ref object location1, object value) { object o = location1; location1 = value; return o; }
        public static IntPtr Exchange(ref IntPtr location1, IntPtr value) { IntPtr o = location1; location1 = value; return o; }
        public static UIntPtr Exchange(ref UIntPtr location1, UIntPtr value) { UIntPtr o = location1; location1 = value; return o; }
        public static T Exchange<T>(ref T location1, T value) { T o = location1; location1 = value; return o; }

        public static int CompareExchange(ref int location1, int value, int comparand) { int o = location1; if (o == comparand) location1 = value; return o; }
        public static long CompareExchange(ref long location1, long value, long comparand) { long o = location1; if (o == comparand) location1 = value; return o; }
        public static uint CompareExchange(ref uint location1, uint value, uint comparand) { uint o = location1; if (o == comparand) location1 = value; return o; }
        public static ulong CompareExchange(ref ulong location1, ulong value, ulong comparand) { ulong o = location1; if (o == comparand) location1 = value; return o; }
        public static float CompareExchange(ref float location1, float value, float comparand) { float o = location1; if (o == comparand) location1 = value; return o; }
        public static double CompareExchange(ref double location1, double value, double comparand) { double o = location1; if (o == comparand) location1 = value; return o; }
        public static object CompareExchange(ref object location1, object value, object comparand) { object o = location1; if ((object)o == comparand) location1 = value; return o; }
        public static IntPtr CompareExchange(ref IntPtr location1, IntPtr value, IntPtr comparand) { IntPtr o = location1; if (o == comparand) location1 = value; return o; }
        public static UIntPtr CompareExchange(ref UIntPtr location1, UIntPtr value, UIntPtr comparand) { UIntPtr o = location1; if (o == comparand) location1 = value; return o; }
        public static T CompareExchange<T>(ref T location1, T value, T comparand) where T : class
        {
            T o = location1;
            if ((object)o == comparand) location1 = value;
            return o;
        }

        public static void MemoryBarrier() { }
        public static void MemoryBarrierProcessWide() { }
    }

    public static class Volatile
    {
        public static bool Read(ref readonly bool location) => location;
        public static byte Read(ref readonly byte location) => location;
        public static sbyte Read(ref readonly sbyte location) => location;
        public static short Read(ref readonly short location) => location;
        public static ushort Read(ref readonly ushort location) => location;
        public static int Read(ref readonly int location) => location;
        public static uint Read(ref readonly uint location) => location;
        public static long Read(ref readonly long location) => location;
        public static ulong Read(ref readonly ulong location) => location;
        public static float Read(ref readonly float location) => location;
        public static double Read(ref readonly double location) => location;
        public static IntPtr Read(ref readonly IntPtr location) => location;
        public static UIntPtr Read(ref readonly UIntPtr location) => location;
        public static T Read<T>(ref readonly T location) where T : class => location;
        public static void Write(ref bool location, bool value) { location = value; }
        public static void Write(ref byte location, byte value) { location = value; }
        public static void Write(ref sbyte location, sbyte value) { location = value; }
        public static void Write(ref short location, short value) { location = value; }
        public static void Write(ref ushort location, ushort value) { location = value; }
        public static void Write(ref int location, int value) { location = value; }
        public static void Write(ref uint location, uint value) { location = value; }
        public static void Write(ref long location, long value) { location = value; }
        public static void Write(ref ulong location, ulong value) { location = value; }
        public static void Write(ref float location, float value) { location = value; }
        public static void Write(ref double location, double value) { location = value; }
        public static void Write(ref IntPtr location, IntPtr value) { location = value; }
        public static void Write(ref UIntPtr location, UIntPtr value) { location = value; }
        public static void Write<T>(ref T location, T value) where T : class { location = value; }
        public static void ReadBarrier() { }
        public static void WriteBarrier() { }
    }

    // One thread runs, so a lock is never contended; what Monitor keeps is who holds
    // what and how often (re-entry), so that Exit without Enter throws and IsEntered is
    // true only inside the lock. Wait runs the run loop until it is pulsed.
    public static class Monitor
    {
        private static object[] s_held = new object[8];
        private static int[] s_depth = new int[8];
        private static int s_count;

        private static int Find(object obj)
        {
            for (int i = 0; i < s_count; i++)
                if ((object)s_held[i] == obj) return i;
            return -1;
        }

        public static void Enter(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            int i = Find(obj);
            if (i >= 0) { s_depth[i]++; return; }
            if (s_count == s_held.Length)
            {
                Array.Resize(ref s_held, s_count * 2);
                Array.Resize(ref s_depth, s_count * 2);
            }
            s_held[s_count] = obj;
            s_depth[s_count] = 1;
            s_count++;
        }

        public static void Enter(object obj, ref bool lockTaken)
        {
            if (lockTaken) throw new ArgumentException("Argument must be initialized to false", "lockTaken");
            Enter(obj);
            lockTaken = true;
        }

        public static void Exit(object obj)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            int i = Find(obj);
            if (i < 0)
                throw new SynchronizationLockException("Object synchronization method was called from an unsynchronized block of code.");
            if (--s_depth[i] > 0) return;
            s_count--;
            s_held[i] = s_held[s_count];
            s_depth[i] = s_depth[s_count];
            s_held[s_count] = null;
        }

        public static bool TryEnter(object obj) { Enter(obj); return true; }
        public static void TryEnter(object obj, ref bool lockTaken) => Enter(obj, ref lockTaken);
        public static bool TryEnter(object obj, int millisecondsTimeout) { Enter(obj); return true; }
        public static bool TryEnter(object obj, TimeSpan timeout) { Enter(obj); return true; }
        public static void TryEnter(object obj, int millisecondsTimeout, ref bool lockTaken) => Enter(obj, ref lockTaken);
        public static void TryEnter(object obj, TimeSpan timeout, ref bool lockTaken) => Enter(obj, ref lockTaken);
        public static bool IsEntered(object obj) => obj != null ? Find(obj) >= 0 : throw new ArgumentNullException("obj");

        // Wait gives the lock up and runs the loop until a Pulse (from work that runs
        // meanwhile) or the timeout; then it takes the lock back as deep as it was held.
        private sealed class Waiter
        {
            internal object Obj;
            internal bool Pulsed;
        }

        private static System.Collections.Generic.List<Waiter> s_waiters;

        public static bool Wait(object obj) => Wait(obj, Timeout.Infinite);
        public static bool Wait(object obj, TimeSpan timeout) => Wait(obj, System.Threading.Tasks.Task.TimeoutToMilliseconds(timeout, "timeout"));

        public static bool Wait(object obj, int millisecondsTimeout)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout", "Number must be either non-negative and less than or equal to Int32.MaxValue or -1.");
            int i = Find(obj);
            if (i < 0) throw new SynchronizationLockException("Object synchronization method was called from an unsynchronized block of code.");
            int depth = s_depth[i];
            s_depth[i] = 1;
            Exit(obj);
            var waiter = new Waiter { Obj = obj };
            (s_waiters ??= new System.Collections.Generic.List<Waiter>()).Add(waiter);
            try
            {
                return EventLoop.WaitUntil(() => waiter.Pulsed, millisecondsTimeout);
            }
            finally
            {
                s_waiters.Remove(waiter);
                Enter(obj);
                s_depth[Find(obj)] = depth;
            }
        }

        public static void Pulse(object obj) => PulseCore(obj, false);
        public static void PulseAll(object obj) => PulseCore(obj, true);

        private static void PulseCore(object obj, bool all)
        {
            if (obj == null) throw new ArgumentNullException("obj");
            if (Find(obj) < 0) throw new SynchronizationLockException("Object synchronization method was called from an unsynchronized block of code.");
            if (s_waiters == null) return;
            foreach (Waiter w in s_waiters)
            {
                if (w.Obj != obj || w.Pulsed) continue;
                w.Pulsed = true;
                if (!all) return;
            }
        }

        public static long LockContentionCount => 0;
    }

    // The C# 13 'lock' statement on a Lock uses EnterScope/Scope.Dispose.
    public sealed class Lock
    {
        private int _count;

        public Lock() { }

        public bool IsHeldByCurrentThread => _count > 0;
        public void Enter() { _count++; }
        public bool TryEnter() { _count++; return true; }
        public bool TryEnter(int millisecondsTimeout) { _count++; return true; }
        public bool TryEnter(TimeSpan timeout) { _count++; return true; }

        public void Exit()
        {
            if (_count == 0) throw new SynchronizationLockException("The calling thread does not hold the lock.");
            _count--;
        }

        public Scope EnterScope()
        {
            Enter();
            return new Scope(this);
        }

        public ref struct Scope
        {
            private Lock _lock;
            internal Scope(Lock l) { _lock = l; }
            public void Dispose()
            {
                Lock l = _lock;
                if (l != null) { _lock = null; l.Exit(); }
            }
        }
    }

    public delegate void ThreadStart();
    public delegate void ParameterizedThreadStart(object obj);
    public delegate void TimerCallback(object state);
    public delegate void WaitCallback(object state);
    public delegate void SendOrPostCallback(object state);
    public delegate void ContextCallback(object state);

    public enum ThreadState
    {
        Running = 0, StopRequested = 1, SuspendRequested = 2, Background = 4, Unstarted = 8, Stopped = 16, WaitSleepJoin = 32,
        Suspended = 64, AbortRequested = 128, Aborted = 256,
    }

    public enum ThreadPriority { Lowest = 0, BelowNormal = 1, Normal = 2, AboveNormal = 3, Highest = 4 }

    public abstract class WaitHandle : MarshalByRefObject, IDisposable
    {
        public const int WaitTimeout = 258;
        protected WaitHandle() { }
        public virtual bool WaitOne() => true;
        public virtual bool WaitOne(int millisecondsTimeout) => true;
        public virtual bool WaitOne(TimeSpan timeout) => true;
        public virtual void Close() => Dispose(true);
        public void Dispose() { Dispose(true); GC.SuppressFinalize(this); }
        protected virtual void Dispose(bool explicitDisposing) { }
    }
}
