using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    // Memory<T> and ReadOnlyMemory<T>: a window (start, length) on an array, or for
    // ReadOnlyMemory<char> also on a string; Span gives the window as a span.
    public readonly struct Memory<T> : IEquatable<Memory<T>>
    {
        internal readonly object _object;
        internal readonly int _index;
        internal readonly int _length;

        public Memory(T[] array)
        {
            if (array == null) { this = default; return; }
            if (!typeof(T).IsValueType && array.GetType() != typeof(T[])) throw new ArrayTypeMismatchException("Attempted to access an element as a type incompatible with the array.");
            _object = array;
            _index = 0;
            _length = array.Length;
        }

        public Memory(T[] array, int start, int length)
        {
            if (array == null)
            {
                if (start != 0 || length != 0) throw new ArgumentOutOfRangeException();
                this = default;
                return;
            }
            if (!typeof(T).IsValueType && array.GetType() != typeof(T[])) throw new ArrayTypeMismatchException("Attempted to access an element as a type incompatible with the array.");
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)array.Length) throw new ArgumentOutOfRangeException();
            _object = array;
            _index = start;
            _length = length;
        }

        internal Memory(object obj, int start, int length)
        {
            _object = obj;
            _index = start;
            _length = length;
        }

        public static Memory<T> Empty => default;
        public int Length => _length;
        public bool IsEmpty => _length == 0;

        public Span<T> Span
        {
            get
            {
                if (_object == null) return default;
                if (_object is string s)
                {
                    ReadOnlySpan<char> cs = s.AsSpan(_index, _length);
                    return MemoryMarshal.CreateSpan(ref Unsafe.As<char, T>(ref MemoryMarshal.GetReference(cs)), _length);
                }
                return new Span<T>((T[])_object, _index, _length);
            }
        }

        public Memory<T> Slice(int start)
        {
            if ((uint)start > (uint)_length) throw new ArgumentOutOfRangeException("start");
            return new Memory<T>(_object, _index + start, _length - start);
        }

        public Memory<T> Slice(int start, int length)
        {
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)_length) throw new ArgumentOutOfRangeException();
            return new Memory<T>(_object, _index + start, length);
        }

        public void CopyTo(Memory<T> destination) => Span.CopyTo(destination.Span);
        public bool TryCopyTo(Memory<T> destination) => Span.TryCopyTo(destination.Span);
        public T[] ToArray() => Span.ToArray();

        public bool Equals(Memory<T> other) => _object == other._object && _index == other._index && _length == other._length;
        public override bool Equals(object obj) => obj is Memory<T> m ? Equals(m) : obj is ReadOnlyMemory<T> r && r.Equals(this);
        public override int GetHashCode() => _object == null ? 0 : HashCode.Combine(RuntimeHelpers.GetHashCode(_object), _index, _length);

        public override string ToString()
        {
            if (typeof(T) == typeof(char)) return _object is string s ? s.Substring(_index, _length) : new string((char[])_object ?? Array.Empty<char>(), _index, _length);
            return "System.Memory<" + typeof(T).Name + ">[" + _length + "]";
        }

        public static implicit operator Memory<T>(T[] array) => new Memory<T>(array);
        public static implicit operator Memory<T>(ArraySegment<T> segment) => new Memory<T>(segment.Array, segment.Offset, segment.Count);
        public static implicit operator ReadOnlyMemory<T>(Memory<T> memory) => new ReadOnlyMemory<T>(memory._object, memory._index, memory._length);
    }

    public readonly struct ReadOnlyMemory<T> : IEquatable<ReadOnlyMemory<T>>
    {
        internal readonly object _object;
        internal readonly int _index;
        internal readonly int _length;

        public ReadOnlyMemory(T[] array)
        {
            if (array == null) { this = default; return; }
            _object = array;
            _index = 0;
            _length = array.Length;
        }

        public ReadOnlyMemory(T[] array, int start, int length)
        {
            if (array == null)
            {
                if (start != 0 || length != 0) throw new ArgumentOutOfRangeException();
                this = default;
                return;
            }
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)array.Length) throw new ArgumentOutOfRangeException();
            _object = array;
            _index = start;
            _length = length;
        }

        internal ReadOnlyMemory(object obj, int start, int length)
        {
            _object = obj;
            _index = start;
            _length = length;
        }

        public static ReadOnlyMemory<T> Empty => default;
        public int Length => _length;
        public bool IsEmpty => _length == 0;

        public ReadOnlySpan<T> Span
        {
            get
            {
                if (_object == null) return default;
                if (_object is string s)
                {
                    ReadOnlySpan<char> cs = s.AsSpan(_index, _length);
                    return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<char, T>(ref MemoryMarshal.GetReference(cs)), _length);
                }
                return new ReadOnlySpan<T>((T[])_object, _index, _length);
            }
        }

        public ReadOnlyMemory<T> Slice(int start)
        {
            if ((uint)start > (uint)_length) throw new ArgumentOutOfRangeException("start");
            return new ReadOnlyMemory<T>(_object, _index + start, _length - start);
        }

        public ReadOnlyMemory<T> Slice(int start, int length)
        {
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)_length) throw new ArgumentOutOfRangeException();
            return new ReadOnlyMemory<T>(_object, _index + start, length);
        }

        public void CopyTo(Memory<T> destination) => Span.CopyTo(destination.Span);
        public bool TryCopyTo(Memory<T> destination) => Span.TryCopyTo(destination.Span);
        public T[] ToArray() => Span.ToArray();

        public bool Equals(ReadOnlyMemory<T> other) => _object == other._object && _index == other._index && _length == other._length;
        public override bool Equals(object obj) => obj is ReadOnlyMemory<T> r ? Equals(r) : obj is Memory<T> m && Equals((ReadOnlyMemory<T>)m);
        public override int GetHashCode() => _object == null ? 0 : HashCode.Combine(RuntimeHelpers.GetHashCode(_object), _index, _length);

        public override string ToString()
        {
            if (typeof(T) == typeof(char)) return _object is string s ? s.Substring(_index, _length) : new string((char[])_object ?? Array.Empty<char>(), _index, _length);
            return "System.ReadOnlyMemory<" + typeof(T).Name + ">[" + _length + "]";
        }

        public static implicit operator ReadOnlyMemory<T>(T[] array) => new ReadOnlyMemory<T>(array);
        public static implicit operator ReadOnlyMemory<T>(ArraySegment<T> segment) => new ReadOnlyMemory<T>(segment.Array, segment.Offset, segment.Count);
    }

    public static partial class MemoryExtensions
    {
        public static Memory<T> AsMemory<T>(this T[] array) => new Memory<T>(array);
        public static Memory<T> AsMemory<T>(this T[] array, int start) => new Memory<T>(array, start, (array?.Length ?? 0) - start);
        public static Memory<T> AsMemory<T>(this T[] array, int start, int length) => new Memory<T>(array, start, length);
        public static Memory<T> AsMemory<T>(this T[] array, Index startIndex)
        {
            int start = startIndex.GetOffset(array?.Length ?? 0);
            return new Memory<T>(array, start, (array?.Length ?? 0) - start);
        }
        public static Memory<T> AsMemory<T>(this T[] array, Range range)
        {
            var (start, length) = range.GetOffsetAndLength(array?.Length ?? 0);
            return new Memory<T>(array, start, length);
        }
        public static Memory<T> AsMemory<T>(this ArraySegment<T> segment) => new Memory<T>(segment.Array, segment.Offset, segment.Count);
        public static Memory<T> AsMemory<T>(this ArraySegment<T> segment, int start)
        {
            if ((uint)start > (uint)segment.Count) throw new ArgumentOutOfRangeException("start");
            return new Memory<T>(segment.Array, segment.Offset + start, segment.Count - start);
        }

        public static Memory<T> AsMemory<T>(this ArraySegment<T> segment, int start, int length)
        {
            if ((uint)start > (uint)segment.Count) throw new ArgumentOutOfRangeException("start");
            if ((uint)length > (uint)(segment.Count - start)) throw new ArgumentOutOfRangeException("length");
            return new Memory<T>(segment.Array, segment.Offset + start, length);
        }

        public static ReadOnlyMemory<char> AsMemory(this string text) => text == null ? default : new ReadOnlyMemory<char>(text, 0, text.Length);

        public static ReadOnlyMemory<char> AsMemory(this string text, int start)
        {
            if (text == null) { if (start != 0) throw new ArgumentOutOfRangeException("start"); return default; }
            if ((uint)start > (uint)text.Length) throw new ArgumentOutOfRangeException("start");
            return new ReadOnlyMemory<char>(text, start, text.Length - start);
        }

        public static ReadOnlyMemory<char> AsMemory(this string text, int start, int length)
        {
            if (text == null) { if (start != 0 || length != 0) throw new ArgumentOutOfRangeException("start"); return default; }
            if ((ulong)(uint)start + (ulong)(uint)length > (ulong)(uint)text.Length) throw new ArgumentOutOfRangeException("start");
            return new ReadOnlyMemory<char>(text, start, length);
        }

        public static ReadOnlyMemory<char> AsMemory(this string text, Index startIndex)
        {
            if (text == null) return default;
            int start = startIndex.GetOffset(text.Length);
            return AsMemory(text, start);
        }

        public static ReadOnlyMemory<char> AsMemory(this string text, Range range)
        {
            if (text == null) return default;
            var (start, length) = range.GetOffsetAndLength(text.Length);
            return new ReadOnlyMemory<char>(text, start, length);
        }
    }
}
