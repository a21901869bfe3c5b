// IBufferWriter<T> and ArrayBufferWriter<T>: a growable array that callers write into
// through GetSpan/GetMemory and then commit with Advance. Growth follows .NET's rule
// (at least double, at least 256 from empty) so Capacity reads the same.
namespace System.Buffers
{
    public interface IBufferWriter<T>
    {
        void Advance(int count);
        Memory<T> GetMemory(int sizeHint = 0);
        Span<T> GetSpan(int sizeHint = 0);
    }

    public sealed class ArrayBufferWriter<T> : IBufferWriter<T>
    {
        private const int DefaultInitialBufferSize = 256;
        private T[] _buffer;
        private int _index;

        public ArrayBufferWriter()
        {
            _buffer = Array.Empty<T>();
        }

        public ArrayBufferWriter(int initialCapacity)
        {
            if (initialCapacity <= 0)
                throw new ArgumentException(null, "initialCapacity");
            _buffer = new T[initialCapacity];
        }

        public ReadOnlyMemory<T> WrittenMemory => new ReadOnlyMemory<T>(_buffer, 0, _index);
        public ReadOnlySpan<T> WrittenSpan => new ReadOnlySpan<T>(_buffer, 0, _index);
        public int WrittenCount => _index;
        public int Capacity => _buffer.Length;
        public int FreeCapacity => _buffer.Length - _index;

        public void Clear()
        {
            new Span<T>(_buffer, 0, _index).Clear();
            _index = 0;
        }

        public void ResetWrittenCount() => _index = 0;

        public void Advance(int count)
        {
            if (count < 0) throw new ArgumentException(null, "count");
            if (_index > _buffer.Length - count)
                throw new InvalidOperationException("Cannot advance past the end of the buffer, which has a size of " + _buffer.Length.ToString() + ".");
            _index += count;
        }

        public Memory<T> GetMemory(int sizeHint = 0)
        {
            EnsureFree(sizeHint);
            return new Memory<T>(_buffer, _index, _buffer.Length - _index);
        }

        public Span<T> GetSpan(int sizeHint = 0)
        {
            EnsureFree(sizeHint);
            return new Span<T>(_buffer, _index, _buffer.Length - _index);
        }

        private void EnsureFree(int sizeHint)
        {
            if (sizeHint < 0) throw new ArgumentException("sizeHint");
            if (sizeHint == 0) sizeHint = 1;
            if (sizeHint <= FreeCapacity) return;
            int length = _buffer.Length;
            int growBy = Math.Max(sizeHint, length);
            if (length == 0) growBy = Math.Max(growBy, DefaultInitialBufferSize);
            long wanted = (long)length + growBy;
            if (wanted > Array.MaxLength)
            {
                // Doubling overflows: take only what is needed, if that still fits.
                wanted = (long)length + sizeHint;
                if (wanted > Array.MaxLength)
                    throw new OutOfMemoryException("Cannot allocate a buffer of size " + ((uint)wanted).ToString() + ".");
                wanted = Array.MaxLength;
            }
            Array.Resize(ref _buffer, (int)wanted);
        }
    }
}
