// Parallel.For/ForEach/Invoke: the iterations run one after another on the calling
// thread (there is no other). Exceptions are gathered into an AggregateException as
// .NET does; Stop/Break end the loop early.
using System.Collections.Generic;

namespace System.Threading.Tasks
{
    public class ParallelOptions
    {
        private int _maxDegree = -1;

        public CancellationToken CancellationToken { get; set; }
        public TaskScheduler TaskScheduler { get; set; }

        public int MaxDegreeOfParallelism
        {
            get => _maxDegree;
            set
            {
                if (value == 0 || value < -1) throw new ArgumentOutOfRangeException("MaxDegreeOfParallelism");
                _maxDegree = value;
            }
        }
    }

    public class ParallelLoopState
    {
        internal bool _stopped;
        internal long? _lowestBreak;

        internal ParallelLoopState() { }

        public bool IsStopped => _stopped;
        public bool IsExceptional => false;
        public bool ShouldExitCurrentIteration => _stopped || _lowestBreak != null;
        public long? LowestBreakIteration => _lowestBreak;

        public void Stop()
        {
            if (_lowestBreak != null) throw new InvalidOperationException("Stop was called after Break was called.");
            _stopped = true;
        }

        internal long _current;

        public void Break()
        {
            if (_stopped) throw new InvalidOperationException("Break was called after Stop was called.");
            if (_lowestBreak == null || _current < _lowestBreak) _lowestBreak = _current;
        }
    }

    public readonly struct ParallelLoopResult
    {
        internal ParallelLoopResult(bool completed, long? lowestBreak)
        {
            IsCompleted = completed;
            LowestBreakIteration = lowestBreak;
        }

        public bool IsCompleted { get; }
        public long? LowestBreakIteration { get; }
    }

    public static class Parallel
    {
        private static readonly ParallelOptions s_defaultOptions = new ParallelOptions();

        // The one loop behind every For/ForEach overload: body(index, state).
        private static ParallelLoopResult Loop(long from, long to, ParallelOptions options, Action<long, ParallelLoopState> body)
        {
            if (options == null) throw new ArgumentNullException("parallelOptions");
            CancellationToken token = options.CancellationToken;
            token.ThrowIfCancellationRequested();
            var state = new ParallelLoopState();
            List<Exception> errors = null;
            for (long i = from; i < to; i++)
            {
                if (state._stopped || state._lowestBreak != null) break;
                if (token.IsCancellationRequested) break;
                state._current = i;
                try
                {
                    body(i, state);
                }
                catch (Exception e)
                {
                    (errors ??= new List<Exception>()).Add(e);
                    break;
                }
            }
            if (errors != null) throw new AggregateException(errors);
            token.ThrowIfCancellationRequested();
            return new ParallelLoopResult(!state._stopped && state._lowestBreak == null, state._lowestBreak);
        }

        public static ParallelLoopResult For(int fromInclusive, int toExclusive, Action<int> body) =>
            For(fromInclusive, toExclusive, s_defaultOptions, body);

        public static ParallelLoopResult For(int fromInclusive, int toExclusive, ParallelOptions parallelOptions, Action<int> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return Loop(fromInclusive, toExclusive, parallelOptions, (i, s) => body((int)i));
        }

        public static ParallelLoopResult For(int fromInclusive, int toExclusive, Action<int, ParallelLoopState> body) =>
            For(fromInclusive, toExclusive, s_defaultOptions, body);

        public static ParallelLoopResult For(int fromInclusive, int toExclusive, ParallelOptions parallelOptions, Action<int, ParallelLoopState> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return Loop(fromInclusive, toExclusive, parallelOptions, (i, s) => body((int)i, s));
        }

        public static ParallelLoopResult For(long fromInclusive, long toExclusive, Action<long> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return Loop(fromInclusive, toExclusive, s_defaultOptions, (i, s) => body(i));
        }

        public static ParallelLoopResult For(long fromInclusive, long toExclusive, Action<long, ParallelLoopState> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return Loop(fromInclusive, toExclusive, s_defaultOptions, body);
        }

        public static ParallelLoopResult For<TLocal>(int fromInclusive, int toExclusive, Func<TLocal> localInit,
            Func<int, ParallelLoopState, TLocal, TLocal> body, Action<TLocal> localFinally)
        {
            if (body == null) throw new ArgumentNullException("body");
            if (localInit == null) throw new ArgumentNullException("localInit");
            if (localFinally == null) throw new ArgumentNullException("localFinally");
            TLocal local = localInit();
            ParallelLoopResult r = Loop(fromInclusive, toExclusive, s_defaultOptions, (i, s) => local = body((int)i, s, local));
            localFinally(local);
            return r;
        }

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource> body) =>
            ForEach(source, s_defaultOptions, body);

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Action<TSource> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return ForEach(source, parallelOptions, (x, s, i) => body(x));
        }

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource, ParallelLoopState> body)
        {
            if (body == null) throw new ArgumentNullException("body");
            return ForEach(source, s_defaultOptions, (x, s, i) => body(x, s));
        }

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, Action<TSource, ParallelLoopState, long> body) =>
            ForEach(source, s_defaultOptions, body);

        public static ParallelLoopResult ForEach<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Action<TSource, ParallelLoopState, long> body)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (body == null) throw new ArgumentNullException("body");
            var items = new List<TSource>(source);
            return Loop(0, items.Count, parallelOptions, (i, s) => body(items[(int)i], s, i));
        }

        public static void Invoke(params Action[] actions) => Invoke(s_defaultOptions, actions);

        public static void Invoke(ParallelOptions parallelOptions, params Action[] actions)
        {
            if (actions == null) throw new ArgumentNullException("actions");
            foreach (Action a in actions)
                if (a == null) throw new ArgumentException("One of the actions was null.", "actions");
            if (parallelOptions == null) throw new ArgumentNullException("parallelOptions");
            parallelOptions.CancellationToken.ThrowIfCancellationRequested();
            List<Exception> errors = null;
            foreach (Action a in actions)
            {
                try { a(); }
                catch (Exception e) { (errors ??= new List<Exception>()).Add(e); }
            }
            if (errors != null) throw new AggregateException(errors);
        }

        public static Task ForEachAsync<TSource>(IEnumerable<TSource> source, Func<TSource, CancellationToken, ValueTask> body) =>
            ForEachAsync(source, default(CancellationToken), body);

        public static Task ForEachAsync<TSource>(IEnumerable<TSource> source, CancellationToken cancellationToken, Func<TSource, CancellationToken, ValueTask> body)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (body == null) throw new ArgumentNullException("body");
            return ForEachAsyncCore(source, cancellationToken, body);
        }

        public static Task ForEachAsync<TSource>(IEnumerable<TSource> source, ParallelOptions parallelOptions, Func<TSource, CancellationToken, ValueTask> body)
        {
            if (parallelOptions == null) throw new ArgumentNullException("parallelOptions");
            return ForEachAsync(source, parallelOptions.CancellationToken, body);
        }

        // Starts the bodies one after another (each runs until its first incomplete
        // await) and completes when all have.
        private static Task ForEachAsyncCore<TSource>(IEnumerable<TSource> source, CancellationToken token, Func<TSource, CancellationToken, ValueTask> body)
        {
            if (token.IsCancellationRequested) return Task.FromCanceled(token);
            var tasks = new List<Task>();
            foreach (TSource item in source)
            {
                try
                {
                    tasks.Add(body(item, token).AsTask());
                }
                catch (Exception e)
                {
                    tasks.Add(Task.FromException(e));
                }
            }
            return Task.WhenAll(tasks);
        }
    }
}
