using System.Collections.Generic;
using System.Threading.Tasks;

namespace System.Threading.Channels
{
    public enum BoundedChannelFullMode { Wait, DropNewest, DropOldest, DropWrite }

    public abstract class ChannelOptions
    {
        public bool SingleWriter { get; set; }
        public bool SingleReader { get; set; }
        public bool AllowSynchronousContinuations { get; set; }
    }

    public sealed class UnboundedChannelOptions : ChannelOptions { }

    public sealed class BoundedChannelOptions : ChannelOptions
    {
        private int _capacity;
        private BoundedChannelFullMode _mode;

        public BoundedChannelOptions(int capacity) { Capacity = capacity; }

        public int Capacity
        {
            get => _capacity;
            set
            {
                if (value < 0) throw new ArgumentOutOfRangeException("value");
                _capacity = value;
            }
        }

        public BoundedChannelFullMode FullMode
        {
            get => _mode;
            set
            {
                if ((uint)value > (uint)BoundedChannelFullMode.DropWrite) throw new ArgumentOutOfRangeException("value");
                _mode = value;
            }
        }
    }

    public class ChannelClosedException : InvalidOperationException
    {
        public ChannelClosedException() : base("The channel has been closed.") { }
        public ChannelClosedException(string message) : base(message ?? "The channel has been closed.") { }
        public ChannelClosedException(Exception innerException) : base("The channel has been closed.", innerException) { }
        public ChannelClosedException(string message, Exception innerException) : base(message ?? "The channel has been closed.", innerException) { }
    }

    public abstract class ChannelReader<T>
    {
        public virtual Task Completion => new TaskCompletionSource().Task;
        public virtual bool CanCount => false;
        public virtual bool CanPeek => false;
        public virtual int Count => throw new NotSupportedException();

        public abstract bool TryRead(out T item);
        public virtual bool TryPeek(out T item) { item = default; return false; }
        public abstract ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default);

        public virtual ValueTask<T> ReadAsync(CancellationToken cancellationToken = default)
        {
            if (cancellationToken.IsCancellationRequested) return new ValueTask<T>(Task.FromCanceled<T>(cancellationToken));
            if (TryRead(out T item)) return new ValueTask<T>(item);
            return new ValueTask<T>(ReadSlowly(cancellationToken));
        }

        private async Task<T> ReadSlowly(CancellationToken cancellationToken)
        {
            while (true)
            {
                if (!await WaitToReadAsync(cancellationToken).ConfigureAwait(false)) throw new ChannelClosedException();
                if (TryRead(out T item)) return item;
            }
        }

        public virtual async IAsyncEnumerable<T> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            while (await WaitToReadAsync(cancellationToken).ConfigureAwait(false))
                while (TryRead(out T item))
                    yield return item;
        }
    }

    public abstract class ChannelWriter<T>
    {
        public virtual bool TryComplete(Exception error = null) => false;
        public abstract bool TryWrite(T item);
        public abstract ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default);

        public void Complete(Exception error = null)
        {
            if (!TryComplete(error)) throw new ChannelClosedException();
        }

        public virtual ValueTask WriteAsync(T item, CancellationToken cancellationToken = default)
        {
            if (cancellationToken.IsCancellationRequested) return new ValueTask(Task.FromCanceled(cancellationToken));
            if (TryWrite(item)) return default;
            return new ValueTask(WriteSlowly(item, cancellationToken));
        }

        private async Task WriteSlowly(T item, CancellationToken cancellationToken)
        {
            while (await WaitToWriteAsync(cancellationToken).ConfigureAwait(false))
                if (TryWrite(item)) return;
            throw new ChannelClosedException();
        }
    }

    public abstract class Channel<TWrite, TRead>
    {
        protected Channel() { }
        public ChannelReader<TRead> Reader { get; protected set; }
        public ChannelWriter<TWrite> Writer { get; protected set; }
        public static implicit operator ChannelReader<TRead>(Channel<TWrite, TRead> channel) => channel.Reader;
        public static implicit operator ChannelWriter<TWrite>(Channel<TWrite, TRead> channel) => channel.Writer;
    }

    public abstract class Channel<T> : Channel<T, T>
    {
        protected Channel() { }
    }

    public static class Channel
    {
        public static Channel<T> CreateUnbounded<T>() => new QueueChannel<T>(-1, BoundedChannelFullMode.Wait, null, false);

        public static Channel<T> CreateUnbounded<T>(UnboundedChannelOptions options)
        {
            if (options == null) throw new ArgumentNullException("options");
            return new QueueChannel<T>(-1, BoundedChannelFullMode.Wait, null, options.AllowSynchronousContinuations);
        }

        public static Channel<T> CreateBounded<T>(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException("capacity");
            return new QueueChannel<T>(capacity, BoundedChannelFullMode.Wait, null, false);
        }

        public static Channel<T> CreateBounded<T>(BoundedChannelOptions options) => CreateBounded<T>(options, null);

        public static Channel<T> CreateBounded<T>(BoundedChannelOptions options, Action<T> itemDropped)
        {
            if (options == null) throw new ArgumentNullException("options");
            return new QueueChannel<T>(options.Capacity, options.FullMode, itemDropped, options.AllowSynchronousContinuations);
        }
    }

    // Both kinds of channel: a FIFO buffer (capacity -1 = unbounded; 0 = rendezvous, where a
    // write completes only when a reader takes the item) plus the readers and
    // writers waiting on it. Everything runs on the one run-loop thread, so no locks; waiters
    // are completed with continuations queued (unless synchronous ones are allowed), as .NET
    // does, so a writer never runs a reader's code inside TryWrite.
    internal sealed class QueueChannel<T> : Channel<T>
    {
        private static readonly Exception DoneWithoutError = new ChannelClosedException();

        private readonly LinkedList<T> _items = new LinkedList<T>();
        private readonly int _capacity;
        private readonly BoundedChannelFullMode _mode;
        private readonly Action<T> _itemDropped;
        private readonly bool _syncContinuations;
        private readonly TaskCompletionSource _completion;
        private readonly Queue<Waiter<T>> _blockedReaders = new Queue<Waiter<T>>();
        private readonly Queue<(T Item, Waiter<bool> Done)> _blockedWriters = new Queue<(T, Waiter<bool>)>();
        private List<Waiter<bool>> _waitingReaders = new List<Waiter<bool>>();
        private List<Waiter<bool>> _waitingWriters = new List<Waiter<bool>>();
        private Exception _doneWriting;

        internal QueueChannel(int capacity, BoundedChannelFullMode mode, Action<T> itemDropped, bool syncContinuations)
        {
            _capacity = capacity;
            _mode = mode;
            _itemDropped = itemDropped;
            _syncContinuations = syncContinuations;
            _completion = new TaskCompletionSource(Options);
            Reader = new ChannelSideReader(this);
            Writer = new ChannelSideWriter(this);
        }

        private TaskCreationOptions Options =>
            _syncContinuations ? TaskCreationOptions.None : TaskCreationOptions.RunContinuationsAsynchronously;

        private bool Full => _capacity >= 0 && _items.Count >= _capacity;

        private bool HasBlockedReader { get { foreach (var r in _blockedReaders) if (!r.IsCompleted) return true; return false; } }
        private bool HasBlockedWriter { get { foreach (var (_, done) in _blockedWriters) if (!done.IsCompleted) return true; return false; } }

        private bool TakeBlockedWriter(out T item)
        {
            while (_blockedWriters.Count > 0)
            {
                var (pending, done) = _blockedWriters.Dequeue();
                if (!done.TrySetResult(true)) continue;
                item = pending;
                return true;
            }
            item = default;
            return false;
        }

        private static Exception ClosedError(Exception done) =>
            done is OperationCanceledException ? done
            : done != null && done != DoneWithoutError ? new ChannelClosedException(done)
            : new ChannelClosedException();

        private void CompleteIfDrained()
        {
            if (_doneWriting == null || _items.Count > 0) return;
            if (_doneWriting == DoneWithoutError) _completion.TrySetResult();
            else if (_doneWriting is OperationCanceledException oce) _completion.TrySetCanceled(oce.CancellationToken);
            else _completion.TrySetException(_doneWriting);
        }

        private static void WakeAll(ref List<Waiter<bool>> waiters, bool result, Exception error)
        {
            if (waiters.Count == 0) return;
            var list = waiters;
            waiters = new List<Waiter<bool>>();
            foreach (var w in list)
            {
                if (error != null) w.TrySetException(error);
                else w.TrySetResult(result);
            }
        }

        // ---- reading
        private bool TryTake(out T item)
        {
            if (_items.Count == 0)
            {
                // Rendezvous: the reader takes a blocked writer's item directly.
                if (_capacity == 0 && TakeBlockedWriter(out item)) return true;
                item = default;
                return false;
            }
            item = _items.First.Value;
            _items.RemoveFirst();
            if (_capacity > 0)
            {
                // A slot is free: the first blocked writer's item moves in.
                if (TakeBlockedWriter(out T pending)) _items.AddLast(pending);
                if (!Full) WakeAll(ref _waitingWriters, true, null);
            }
            CompleteIfDrained();
            return true;
        }

        private bool Peek(out T item)
        {
            if (_items.Count > 0) { item = _items.First.Value; return true; }
            if (_capacity == 0)
                foreach (var (pending, done) in _blockedWriters)
                    if (!done.IsCompleted) { item = pending; return true; }
            item = default;
            return false;
        }

        private Waiter<TR> NewWaiter<TR>(CancellationToken ct)
        {
            var w = new Waiter<TR>(!_syncContinuations);
            if (ct.CanBeCanceled) ct.Register(() => w.TrySetCanceled(ct));
            return w;
        }

        private ValueTask<T> Read(CancellationToken ct)
        {
            if (ct.IsCancellationRequested) return new ValueTask<T>(Task.FromCanceled<T>(ct));
            if (TryTake(out T item)) return new ValueTask<T>(item);
            if (_doneWriting != null) return new ValueTask<T>(Task.FromException<T>(ClosedError(_doneWriting)));
            var w = NewWaiter<T>(ct);
            _blockedReaders.Enqueue(w);
            if (_capacity == 0) WakeAll(ref _waitingWriters, true, null);
            return w.AsValueTask();
        }

        private ValueTask<bool> WaitToRead(CancellationToken ct)
        {
            if (ct.IsCancellationRequested) return new ValueTask<bool>(Task.FromCanceled<bool>(ct));
            if (_items.Count > 0 || (_capacity == 0 && HasBlockedWriter)) return new ValueTask<bool>(true);
            if (_doneWriting != null)
                return _doneWriting == DoneWithoutError ? new ValueTask<bool>(false) : new ValueTask<bool>(Task.FromException<bool>(_doneWriting));
            var w = NewWaiter<bool>(ct);
            _waitingReaders.Add(w);
            return w.AsValueTask();
        }

        // ---- writing
        private bool Put(T item)
        {
            if (_doneWriting != null) return false;
            while (_blockedReaders.Count > 0)
            {
                var reader = _blockedReaders.Dequeue();
                if (reader.TrySetResult(item)) return true;
            }
            if (Full)
            {
                if (_capacity == 0)
                {
                    // Nothing buffered to drop: the new item is the one that goes.
                    if (_mode == BoundedChannelFullMode.Wait) return false;
                    _itemDropped?.Invoke(item);
                    return true;
                }
                switch (_mode)
                {
                    case BoundedChannelFullMode.Wait:
                        return false;
                    case BoundedChannelFullMode.DropWrite:
                        _itemDropped?.Invoke(item);
                        return true;
                    case BoundedChannelFullMode.DropNewest:
                        T newest = _items.Last.Value;
                        _items.RemoveLast();
                        _items.AddLast(item);
                        _itemDropped?.Invoke(newest);
                        return true;
                    default:
                        T oldest = _items.First.Value;
                        _items.RemoveFirst();
                        _items.AddLast(item);
                        _itemDropped?.Invoke(oldest);
                        return true;
                }
            }
            _items.AddLast(item);
            WakeAll(ref _waitingReaders, true, null);
            return true;
        }

        private ValueTask Write(T item, CancellationToken ct)
        {
            if (ct.IsCancellationRequested) return new ValueTask(Task.FromCanceled(ct));
            if (_doneWriting != null) return new ValueTask(Task.FromException(ClosedError(_doneWriting)));
            if (Put(item)) return default;
            var w = NewWaiter<bool>(ct);
            _blockedWriters.Enqueue((item, w));
            if (_capacity == 0) WakeAll(ref _waitingReaders, true, null);
            return w.AsVoidValueTask();
        }

        private ValueTask<bool> WaitToWrite(CancellationToken ct)
        {
            if (ct.IsCancellationRequested) return new ValueTask<bool>(Task.FromCanceled<bool>(ct));
            if (_doneWriting != null)
                return _doneWriting == DoneWithoutError ? new ValueTask<bool>(false) : new ValueTask<bool>(Task.FromException<bool>(_doneWriting));
            if (!Full || _mode != BoundedChannelFullMode.Wait || (_capacity == 0 && HasBlockedReader)) return new ValueTask<bool>(true);
            var w = NewWaiter<bool>(ct);
            _waitingWriters.Add(w);
            return w.AsValueTask();
        }

        private bool Finish(Exception error)
        {
            if (_doneWriting != null) return false;
            _doneWriting = error ?? DoneWithoutError;
            CompleteIfDrained();
            while (_blockedReaders.Count > 0) _blockedReaders.Dequeue().TrySetException(ClosedError(_doneWriting));
            while (_blockedWriters.Count > 0) _blockedWriters.Dequeue().Done.TrySetException(ClosedError(_doneWriting));
            WakeAll(ref _waitingReaders, false, error);
            WakeAll(ref _waitingWriters, false, error);
            return true;
        }

        private sealed class ChannelSideReader : ChannelReader<T>
        {
            private readonly QueueChannel<T> _c;
            internal ChannelSideReader(QueueChannel<T> c) { _c = c; }
            public override Task Completion => _c._completion.Task;
            public override bool CanCount => true;
            public override bool CanPeek => true;
            public override int Count => _c._items.Count;
            public override bool TryRead(out T item) => _c.TryTake(out item);

            public override bool TryPeek(out T item) => _c.Peek(out item);

            public override ValueTask<T> ReadAsync(CancellationToken cancellationToken = default) => _c.Read(cancellationToken);
            public override ValueTask<bool> WaitToReadAsync(CancellationToken cancellationToken = default) => _c.WaitToRead(cancellationToken);
        }

        private sealed class ChannelSideWriter : ChannelWriter<T>
        {
            private readonly QueueChannel<T> _c;
            internal ChannelSideWriter(QueueChannel<T> c) { _c = c; }
            public override bool TryComplete(Exception error = null) => _c.Finish(error);
            public override bool TryWrite(T item) => _c.Put(item);
            public override ValueTask WriteAsync(T item, CancellationToken cancellationToken = default) => _c.Write(item, cancellationToken);
            public override ValueTask<bool> WaitToWriteAsync(CancellationToken cancellationToken = default) => _c.WaitToWrite(cancellationToken);
        }
    }
}

namespace System.Threading.Channels
{
    // One pending read or write. Like .NET's channel operations it is an IValueTaskSource, so
    // a cancelled wait ends in OperationCanceledException (a TaskCompletionSource would
    // throw TaskCanceledException).
    internal sealed class Waiter<TResult> : System.Threading.Tasks.Sources.IValueTaskSource<TResult>, System.Threading.Tasks.Sources.IValueTaskSource
    {
        private System.Threading.Tasks.Sources.ManualResetValueTaskSourceCore<TResult> _core;

        internal Waiter(bool runContinuationsAsynchronously) { _core.RunContinuationsAsynchronously = runContinuationsAsynchronously; }

        internal bool IsCompleted { get; private set; }
        internal ValueTask<TResult> AsValueTask() => new ValueTask<TResult>(this, _core.Version);
        internal ValueTask AsVoidValueTask() => new ValueTask(this, _core.Version);

        internal bool TrySetResult(TResult result)
        {
            if (IsCompleted) return false;
            IsCompleted = true;
            _core.SetResult(result);
            return true;
        }

        internal bool TrySetException(Exception error)
        {
            if (IsCompleted) return false;
            IsCompleted = true;
            _core.SetException(error);
            return true;
        }

        internal bool TrySetCanceled(CancellationToken token) => TrySetException(new OperationCanceledException(token));

        public TResult GetResult(short token) => _core.GetResult(token);
        void System.Threading.Tasks.Sources.IValueTaskSource.GetResult(short token) => _core.GetResult(token);
        public System.Threading.Tasks.Sources.ValueTaskSourceStatus GetStatus(short token) => _core.GetStatus(token);

        public void OnCompleted(Action<object> continuation, object state, short token, System.Threading.Tasks.Sources.ValueTaskSourceOnCompletedFlags flags)
            => _core.OnCompleted(continuation, state, token, flags);
    }
}
