// The one run loop of a single-threaded runtime. What .NET runs on thread-pool threads and
// its timer thread (Task.Run bodies, queued continuations, Task.Yield, Task.Delay and
// CancelAfter timers, started Threads) is queued here and runs on the main thread whenever
// it blocks: Wait/Result/GetResult on an incomplete task, Thread.Sleep/Join, Task.WaitAll...
// A wait that nothing queued and no timer can ever end would hang forever; in a
// single-threaded runtime that is a deadlock, so it throws instead.
using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace System.Threading
{
    // A callback the loop runs once when its due time has come (Task.Delay, CancelAfter,
    // Timer). Due times are Stopwatch timestamps (nanoseconds).
    internal sealed class LoopTimer
    {
        internal long Due;
        internal long Sequence;          // FIFO order among timers due at the same time
        internal int HeapIndex = -1;     // position in the loop's heap, -1 when not scheduled
        internal readonly Action<object> Callback;
        internal readonly object State;

        internal LoopTimer(Action<object> callback, object state)
        {
            Callback = callback;
            State = state;
        }

        internal bool IsScheduled => HeapIndex >= 0;
    }

    internal static class EventLoop
    {
        // Queued work: a Task to execute, an IThreadPoolWorkItem, or an Action (FIFO ring).
        private static object[] s_items = new object[32];
        private static int s_head, s_count;

        // Timers: a binary min-heap on (Due, Sequence).
        private static LoopTimer[] s_timers = new LoopTimer[16];
        private static int s_timerCount;
        private static long s_timerSequence;

        // How many continuations run inline inside each other right now: past a limit they
        // are queued instead, as .NET does when the stack runs low.
        internal static int InlineDepth;
        internal const int MaxInlineDepth = 400;

        // Ends the process as an unhandled exception on another thread does: prints
        // "Unhandled exception. ..." and aborts (SIGABRT).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void ReportUnhandledException(Exception exception);

        internal static long Now => Stopwatch.GetTimestamp();

        internal static void Enqueue(object item)
        {
            if (s_count == s_items.Length)
            {
                object[] bigger = new object[s_items.Length * 2];
                for (int i = 0; i < s_count; i++)
                    bigger[i] = s_items[(s_head + i) % s_items.Length];
                s_items = bigger;
                s_head = 0;
            }
            s_items[(s_head + s_count) % s_items.Length] = item;
            s_count++;
        }

        // Queues a callback that crashes the process with this exception, as .NET does for an
        // exception leaving an async void method or a thread-pool work item.
        internal static void EnqueueUnhandled(Exception exception)
        {
            Enqueue(new Action(() => ReportUnhandledException(exception)));
        }

        internal static void ScheduleTimer(LoopTimer timer, long millisecondsFromNow)
        {
            if (timer.IsScheduled) CancelTimer(timer);
            timer.Due = Now + millisecondsFromNow * 1000000;
            timer.Sequence = s_timerSequence++;
            if (s_timerCount == s_timers.Length)
                Array.Resize(ref s_timers, s_timerCount * 2);
            int i = s_timerCount++;
            s_timers[i] = timer;
            timer.HeapIndex = i;
            SiftUp(i);
        }

        internal static void CancelTimer(LoopTimer timer)
        {
            int i = timer.HeapIndex;
            if (i < 0) return;
            timer.HeapIndex = -1;
            int last = --s_timerCount;
            if (i != last)
            {
                s_timers[i] = s_timers[last];
                s_timers[i].HeapIndex = i;
                s_timers[last] = null;
                SiftDown(i);
                SiftUp(i);
            }
            else
            {
                s_timers[last] = null;
            }
        }

        private static bool Before(LoopTimer a, LoopTimer b) => a.Due < b.Due || (a.Due == b.Due && a.Sequence < b.Sequence);

        private static void Swap(int i, int j)
        {
            LoopTimer t = s_timers[i];
            s_timers[i] = s_timers[j];
            s_timers[j] = t;
            s_timers[i].HeapIndex = i;
            s_timers[j].HeapIndex = j;
        }

        private static void SiftUp(int i)
        {
            while (i > 0)
            {
                int parent = (i - 1) / 2;
                if (!Before(s_timers[i], s_timers[parent])) break;
                Swap(i, parent);
                i = parent;
            }
        }

        private static void SiftDown(int i)
        {
            for (;;)
            {
                int l = 2 * i + 1, r = l + 1, best = i;
                if (l < s_timerCount && Before(s_timers[l], s_timers[best])) best = l;
                if (r < s_timerCount && Before(s_timers[r], s_timers[best])) best = r;
                if (best == i) break;
                Swap(i, best);
                i = best;
            }
        }

        // Runs one queued item. An exception that leaves it is unhandled on "its thread":
        // the process ends, as on .NET.
        private static void RunOne()
        {
            object item = s_items[s_head];
            s_items[s_head] = null;
            s_head = (s_head + 1) % s_items.Length;
            s_count--;
            SynchronizationContext context = SynchronizationContext.s_current;
            SynchronizationContext.s_current = null;
            try
            {
                if (item is System.Threading.Tasks.Task task) task.ExecuteFromLoop();
                else if (item is IThreadPoolWorkItem work) work.Execute();
                else ((Action)item)();
            }
            catch (Exception e)
            {
                ReportUnhandledException(e);
            }
            finally
            {
                SynchronizationContext.s_current = context;
            }
        }

        // Fires the earliest timer if it is due. Returns whether one fired.
        private static bool FireDueTimer()
        {
            if (s_timerCount == 0) return false;
            LoopTimer timer = s_timers[0];
            if (timer.Due > Now) return false;
            CancelTimer(timer);
            SynchronizationContext context = SynchronizationContext.s_current;
            SynchronizationContext.s_current = null;
            try
            {
                timer.Callback(timer.State);
            }
            catch (Exception e)
            {
                ReportUnhandledException(e);
            }
            finally
            {
                SynchronizationContext.s_current = context;
            }
            return true;
        }

        // What Thread.Sleep(0), Thread.Yield and spinning do: let the work that is ready run
        // (what is queued now and the timers already due), without sleeping.
        internal static void RunReady()
        {
            int n = s_count;
            while (n-- > 0 && s_count > 0) RunOne();
            while (FireDueTimer()) { }
        }

        // Blocks until done() holds, running queued work and timers meanwhile; sleeps when
        // only timers remain. millisecondsTimeout -1 waits forever. Returns done().
        internal static bool WaitUntil(Func<bool> done, int millisecondsTimeout)
        {
            long deadline = millisecondsTimeout < 0 ? long.MaxValue : Now + (long)millisecondsTimeout * 1000000;
            int savedDepth = InlineDepth;
            InlineDepth = 0;   // a blocked frame's continuations are not on the stack of what runs now
            try
            {
                for (;;)
                {
                    if (done()) return true;
                    if (s_count > 0) { RunOne(); continue; }
                    if (FireDueTimer()) continue;
                    long now = Now;
                    if (now >= deadline) return false;
                    long wake = s_timerCount > 0 && s_timers[0].Due < deadline ? s_timers[0].Due : deadline;
                    if (wake == long.MaxValue)
                        throw new PlatformNotSupportedException(
                            "The program waits for something that no queued work item or timer will ever complete. " +
                            "anyclr runs one thread, so this wait could only end through another thread: it would never end.");
                    long ms = (wake - now + 999999) / 1000000;
                    Thread.SleepCore(ms > int.MaxValue ? int.MaxValue : (int)ms);
                }
            }
            finally
            {
                InlineDepth = savedDepth;
            }
        }

        // Thread.Sleep(ms) with ms > 0: the time passes while the loop runs what becomes ready.
        internal static void Sleep(int milliseconds)
        {
            WaitUntil(static () => false, milliseconds);
        }
    }
}

namespace System.Threading
{
    // A console program has none (Current is null): awaits continue on the loop. A program
    // that installs one gets its await continuations through Post, as on .NET.
    public class SynchronizationContext
    {
        // The main thread's context; work the loop runs (on "pool threads") sees none.
        internal static SynchronizationContext s_current;

        public SynchronizationContext() { }

        public static SynchronizationContext Current => s_current;

        public static void SetSynchronizationContext(SynchronizationContext syncContext) { s_current = syncContext; }

        public virtual void Post(SendOrPostCallback d, object state)
        {
            if (d == null) throw new ArgumentNullException("d");
            EventLoop.Enqueue(new Action(() => d(state)));
        }

        public virtual void Send(SendOrPostCallback d, object state) => d(state);
        public virtual SynchronizationContext CreateCopy() => new SynchronizationContext();
        public virtual void OperationStarted() { }
        public virtual void OperationCompleted() { }
    }
}
