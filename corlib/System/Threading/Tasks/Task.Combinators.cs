// WhenAll, WhenAny, WaitAll, WaitAny.
using System.Collections.Generic;

namespace System.Threading.Tasks
{
    public partial class Task
    {
        // The tasks of a combinator's argument, checked as .NET checks them.
        private static Task[] CopyTasks(ReadOnlySpan<Task> tasks)
        {
            Task[] copy = new Task[tasks.Length];
            for (int i = 0; i < copy.Length; i++)
            {
                copy[i] = tasks[i] ?? throw new ArgumentException("The tasks argument included a null value.", "tasks");
            }
            return copy;
        }

        private static Task[] CopyTasks(IEnumerable<Task> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            var list = new List<Task>(tasks);
            foreach (Task t in list)
                if (t == null) throw new ArgumentException("The tasks argument included a null value.", "tasks");
            return list.ToArray();
        }

        private static Task<TResult>[] CopyTasks<TResult>(IEnumerable<Task<TResult>> tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            var list = new List<Task<TResult>>(tasks);
            foreach (Task t in list)
                if (t == null) throw new ArgumentException("The tasks argument included a null value.", "tasks");
            return list.ToArray();
        }

        private static Task<TResult>[] CopyTasks<TResult>(ReadOnlySpan<Task<TResult>> tasks)
        {
            Task<TResult>[] copy = new Task<TResult>[tasks.Length];
            for (int i = 0; i < copy.Length; i++)
                copy[i] = tasks[i] ?? throw new ArgumentException("The tasks argument included a null value.", "tasks");
            return copy;
        }

        // ---- WhenAll ----

        public static Task WhenAll(IEnumerable<Task> tasks) => WhenAllCore(CopyTasks(tasks));

        public static Task WhenAll(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAllCore(CopyTasks(new ReadOnlySpan<Task>(tasks)));
        }

        public static Task WhenAll(params ReadOnlySpan<Task> tasks) => WhenAllCore(CopyTasks(tasks));

        private static Task WhenAllCore(Task[] tasks)
        {
            if (tasks.Length == 0) return CompletedTask;
            if (tasks.Length == 1) return tasks[0];
            return new WhenAllPromise<VoidTaskResult>(tasks, false);
        }

        public static Task<TResult[]> WhenAll<TResult>(IEnumerable<Task<TResult>> tasks) => WhenAllCore(CopyTasks(tasks));

        public static Task<TResult[]> WhenAll<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAllCore(CopyTasks(new ReadOnlySpan<Task<TResult>>(tasks)));
        }

        public static Task<TResult[]> WhenAll<TResult>(params ReadOnlySpan<Task<TResult>> tasks) => WhenAllCore(CopyTasks(tasks));

        private static Task<TResult[]> WhenAllCore<TResult>(Task<TResult>[] tasks)
        {
            if (tasks.Length == 0) return new Task<TResult[]>(false, new TResult[0], default);
            return new WhenAllPromise<TResult>(tasks, true);
        }

        // Completes when every task has: Faulted with all their exceptions (in task order)
        // if any faulted, else Canceled if any was, else with the results in task order.
        private sealed class WhenAllPromise<TResult> : Task<TResult[]>, ITaskCompletionAction
        {
            private readonly Task[] _tasks;
            private readonly bool _collectResults;
            private int _remaining;

            internal WhenAllPromise(Task[] tasks, bool collectResults)
            {
                _tasks = tasks;
                _collectResults = collectResults;
                _remaining = tasks.Length;
                foreach (Task t in tasks) t.AddCompletionAction(this);
            }

            public void Invoke(Task completed)
            {
                if (--_remaining > 0) return;
                List<Exception> exceptions = null;
                Task canceled = null;
                foreach (Task t in _tasks)
                {
                    if (t.IsFaulted) (exceptions ??= new List<Exception>()).AddRange(t._exceptions);
                    else if (t.IsCanceled && canceled == null) canceled = t;
                }
                if (exceptions != null) { TrySetException(exceptions); return; }
                if (canceled != null) { TrySetCanceled(canceled._token, canceled._cancellationException); return; }
                TResult[] results = null;
                if (_collectResults)
                {
                    results = new TResult[_tasks.Length];
                    for (int i = 0; i < results.Length; i++) results[i] = ((Task<TResult>)_tasks[i]).ResultOnSuccess;
                }
                TrySetResult(results);
            }
        }

        // ---- WhenAny ----

        public static Task<Task> WhenAny(params Task[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAnyCore<Task>(CopyTasks(new ReadOnlySpan<Task>(tasks)));
        }

        public static Task<Task> WhenAny(params ReadOnlySpan<Task> tasks) => WhenAnyCore<Task>(CopyTasks(tasks));
        public static Task<Task> WhenAny(IEnumerable<Task> tasks) => WhenAnyCore<Task>(CopyTasks(tasks));

        public static Task<Task> WhenAny(Task task1, Task task2)
        {
            if (task1 == null) throw new ArgumentNullException("task1");
            if (task2 == null) throw new ArgumentNullException("task2");
            return WhenAnyCore<Task>(new[] { task1, task2 });
        }

        public static Task<Task<TResult>> WhenAny<TResult>(params Task<TResult>[] tasks)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            return WhenAnyCore<Task<TResult>>(CopyTasks(new ReadOnlySpan<Task<TResult>>(tasks)));
        }

        public static Task<Task<TResult>> WhenAny<TResult>(params ReadOnlySpan<Task<TResult>> tasks) => WhenAnyCore<Task<TResult>>(CopyTasks(tasks));
        public static Task<Task<TResult>> WhenAny<TResult>(IEnumerable<Task<TResult>> tasks) => WhenAnyCore<Task<TResult>>(CopyTasks(tasks));

        public static Task<Task<TResult>> WhenAny<TResult>(Task<TResult> task1, Task<TResult> task2)
        {
            if (task1 == null) throw new ArgumentNullException("task1");
            if (task2 == null) throw new ArgumentNullException("task2");
            return WhenAnyCore<Task<TResult>>(new[] { task1, task2 });
        }

        private static Task<TTask> WhenAnyCore<TTask>(TTask[] tasks) where TTask : Task
        {
            if (tasks.Length == 0) throw new ArgumentException("The tasks argument contains no tasks.", "tasks");
            foreach (TTask t in tasks)
                if (t.IsCompleted) return new Task<TTask>(false, t, default);
            return new WhenAnyPromise<TTask>(tasks);
        }

        // Completes with the first task that completes.
        private sealed class WhenAnyPromise<TTask> : Task<TTask>, ITaskCompletionAction where TTask : Task
        {
            private readonly TTask[] _tasks;

            internal WhenAnyPromise(TTask[] tasks)
            {
                _tasks = tasks;
                foreach (TTask t in tasks) t.AddCompletionAction(this);
            }

            public void Invoke(Task completed)
            {
                if (IsCompleted) return;
                foreach (TTask t in _tasks)
                    if (t != completed) t.RemoveContinuation(this);
                TrySetResult((TTask)completed);
            }
        }

        // ---- WaitAll, WaitAny ----

        public static void WaitAll(params Task[] tasks) => WaitAll(tasks, Timeout.Infinite, default);

        public static void WaitAll(params ReadOnlySpan<Task> tasks)
        {
            Task[] copy = CopyTasks(tasks);
            WaitAll(copy, Timeout.Infinite, default);
        }

        public static void WaitAll(IEnumerable<Task> tasks, CancellationToken cancellationToken = default) => WaitAll(CopyTasks(tasks), Timeout.Infinite, cancellationToken);
        public static void WaitAll(Task[] tasks, CancellationToken cancellationToken) => WaitAll(tasks, Timeout.Infinite, cancellationToken);
        public static bool WaitAll(Task[] tasks, TimeSpan timeout) => WaitAll(tasks, TimeoutToMilliseconds(timeout, "timeout"), default);
        public static bool WaitAll(Task[] tasks, int millisecondsTimeout) => WaitAll(tasks, millisecondsTimeout, default);

        // Waits for all; then throws one AggregateException with every failure (and a
        // TaskCanceledException per canceled task), in task order.
        public static bool WaitAll(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            foreach (Task t in tasks)
                if (t == null) throw new ArgumentException("The tasks array included at least one null element.", "tasks");
            cancellationToken.ThrowIfCancellationRequested();
            foreach (Task t in tasks)
                if (t._status == TaskStatus.WaitingToRun) t.ExecuteFromLoop();
            bool done = EventLoop.WaitUntil(() =>
            {
                if (cancellationToken.IsCancellationRequested) return true;
                foreach (Task t in tasks)
                    if (!t.IsCompleted) return false;
                return true;
            }, millisecondsTimeout);
            cancellationToken.ThrowIfCancellationRequested();
            if (!done) return false;
            List<Exception> exceptions = null;
            foreach (Task t in tasks)
            {
                if (t.IsFaulted) (exceptions ??= new List<Exception>()).AddRange(t._exceptions);
                else if (t.IsCanceled) (exceptions ??= new List<Exception>()).Add(new TaskCanceledException(t));
            }
            if (exceptions != null) throw new AggregateException(exceptions);
            return true;
        }

        public static int WaitAny(params Task[] tasks) => WaitAny(tasks, Timeout.Infinite, default);
        public static int WaitAny(Task[] tasks, CancellationToken cancellationToken) => WaitAny(tasks, Timeout.Infinite, cancellationToken);
        public static int WaitAny(Task[] tasks, TimeSpan timeout) => WaitAny(tasks, TimeoutToMilliseconds(timeout, "timeout"), default);
        public static int WaitAny(Task[] tasks, int millisecondsTimeout) => WaitAny(tasks, millisecondsTimeout, default);

        // The index of the first completed task, or -1 on timeout.
        public static int WaitAny(Task[] tasks, int millisecondsTimeout, CancellationToken cancellationToken)
        {
            if (tasks == null) throw new ArgumentNullException("tasks");
            if (millisecondsTimeout < -1) throw new ArgumentOutOfRangeException("millisecondsTimeout");
            foreach (Task t in tasks)
                if (t == null) throw new ArgumentException("The tasks array included at least one null element.", "tasks");
            cancellationToken.ThrowIfCancellationRequested();
            int found = -1;
            EventLoop.WaitUntil(() =>
            {
                if (cancellationToken.IsCancellationRequested) return true;
                for (int i = 0; i < tasks.Length; i++)
                    if (tasks[i].IsCompleted) { found = i; return true; }
                return false;
            }, millisecondsTimeout);
            cancellationToken.ThrowIfCancellationRequested();
            return found;
        }
    }
}
