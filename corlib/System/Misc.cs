// Small value types and helpers of namespace System.
using System.Collections;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace System
{
    // The runtime relies on the field order: hasValue, then value.
    [Serializable]
    public partial struct Nullable<T> where T : struct
    {
        private readonly bool hasValue;
        internal T value;

        public Nullable(T value)
        {
            this.value = value;
            hasValue = true;
        }

        public readonly bool HasValue => hasValue;

        public readonly T Value
        {
            get
            {
                if (!hasValue) throw new InvalidOperationException("Nullable object must have a value.");
                return value;
            }
        }

        public readonly T GetValueOrDefault() => value;
        public readonly T GetValueOrDefault(T defaultValue) => hasValue ? value : defaultValue;

        public override bool Equals(object other)
        {
            if (!hasValue) return other == null;
            if (other == null) return false;
            return value.Equals(other);
        }

        public override int GetHashCode() => hasValue ? value.GetHashCode() : 0;
        public override string ToString() => hasValue ? value.ToString() : "";

        public static implicit operator T?(T value) => new T?(value);
        public static explicit operator T(T? value) => value.Value;
    }

    public static class Nullable
    {
        public static int Compare<T>(T? n1, T? n2) where T : struct
        {
            if (n1.HasValue)
            {
                if (n2.HasValue) return Comparer<T>.Default.Compare(n1.value, n2.value);
                return 1;
            }
            return n2.HasValue ? -1 : 0;
        }

        public static bool Equals<T>(T? n1, T? n2) where T : struct
        {
            if (n1.HasValue)
            {
                if (n2.HasValue) return EqualityComparer<T>.Default.Equals(n1.value, n2.value);
                return false;
            }
            return !n2.HasValue;
        }

        public static Type GetUnderlyingType(Type nullableType)
        {
            if (nullableType == null) throw new ArgumentNullException("nullableType");
            if (nullableType.IsGenericType && !nullableType.IsGenericTypeDefinition && nullableType.GetGenericTypeDefinition() == typeof(Nullable<>))
                return nullableType.GetGenericArguments()[0];
            return null;
        }

        public static ref readonly T GetValueRefOrDefaultRef<T>(ref readonly T? nullable) where T : struct =>
            ref Unsafe.As<T?, T>(ref Unsafe.AsRef(in nullable));
    }

    public class EventArgs
    {
        public static readonly EventArgs Empty = new EventArgs();
        public EventArgs() { }
    }

    public class UnhandledExceptionEventArgs : EventArgs
    {
        private readonly object _exception;
        private readonly bool _isTerminating;
        public UnhandledExceptionEventArgs(object exception, bool isTerminating) { _exception = exception; _isTerminating = isTerminating; }
        public object ExceptionObject => _exception;
        public bool IsTerminating => _isTerminating;
    }

    public sealed class DBNull : IConvertible
    {
        public static readonly DBNull Value = new DBNull();
        private DBNull() { }
        public override string ToString() => string.Empty;
        public string ToString(IFormatProvider provider) => string.Empty;
        public TypeCode GetTypeCode() => TypeCode.DBNull;
        private static InvalidCastException Cast() => new InvalidCastException("Object cannot be cast from DBNull to other types.");
        bool IConvertible.ToBoolean(IFormatProvider provider) => throw Cast();
        char IConvertible.ToChar(IFormatProvider provider) => throw Cast();
        sbyte IConvertible.ToSByte(IFormatProvider provider) => throw Cast();
        byte IConvertible.ToByte(IFormatProvider provider) => throw Cast();
        short IConvertible.ToInt16(IFormatProvider provider) => throw Cast();
        ushort IConvertible.ToUInt16(IFormatProvider provider) => throw Cast();
        int IConvertible.ToInt32(IFormatProvider provider) => throw Cast();
        uint IConvertible.ToUInt32(IFormatProvider provider) => throw Cast();
        long IConvertible.ToInt64(IFormatProvider provider) => throw Cast();
        ulong IConvertible.ToUInt64(IFormatProvider provider) => throw Cast();
        float IConvertible.ToSingle(IFormatProvider provider) => throw Cast();
        double IConvertible.ToDouble(IFormatProvider provider) => throw Cast();
        decimal IConvertible.ToDecimal(IFormatProvider provider) => throw Cast();
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw Cast();
        object IConvertible.ToType(Type type, IFormatProvider provider) => Convert.DefaultToType(this, type, provider);
    }

    public readonly struct Index : IEquatable<Index>
    {
        private readonly int _value;

        public Index(int value, bool fromEnd = false)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            _value = fromEnd ? ~value : value;
        }

        private Index(int value) { _value = value; }

        public static Index Start => new Index(0);
        public static Index End => new Index(~0);

        public static Index FromStart(int value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            return new Index(value);
        }

        public static Index FromEnd(int value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value", "Non-negative number required.");
            return new Index(~value);
        }

        public int Value => _value < 0 ? ~_value : _value;
        public bool IsFromEnd => _value < 0;

        public int GetOffset(int length)
        {
            int offset = _value;
            if (IsFromEnd) offset += length + 1;
            return offset;
        }

        public override bool Equals(object value) => value is Index index && _value == index._value;
        public bool Equals(Index other) => _value == other._value;
        public override int GetHashCode() => _value;
        public static implicit operator Index(int value) => FromStart(value);
        public override string ToString() => IsFromEnd ? "^" + ((uint)Value).ToString() : ((uint)_value).ToString();
    }

    public readonly struct Range : IEquatable<Range>
    {
        public Index Start { get; }
        public Index End { get; }

        public Range(Index start, Index end) { Start = start; End = end; }

        public override bool Equals(object value) => value is Range r && r.Start.Equals(Start) && r.End.Equals(End);
        public bool Equals(Range other) => other.Start.Equals(Start) && other.End.Equals(End);
        public override int GetHashCode() => Start.GetHashCode() * 31 + End.GetHashCode();
        public override string ToString() => Start.ToString() + ".." + End.ToString();

        public static Range StartAt(Index start) => new Range(start, Index.End);
        public static Range EndAt(Index end) => new Range(Index.Start, end);
        public static Range All => new Range(Index.Start, Index.End);

        public (int Offset, int Length) GetOffsetAndLength(int length)
        {
            int start = Start.GetOffset(length);
            int end = End.GetOffset(length);
            if ((uint)end > (uint)length || (uint)start > (uint)end) throw new ArgumentOutOfRangeException("length");
            return (start, end - start);
        }
    }

    [Serializable]
    public readonly struct ArraySegment<T> : IList<T>, IReadOnlyList<T>
    {
        private readonly T[] _array;
        private readonly int _offset;
        private readonly int _count;

        public ArraySegment(T[] array)
        {
            if (array == null) throw new ArgumentNullException("array");
            _array = array;
            _offset = 0;
            _count = array.Length;
        }

        public ArraySegment(T[] array, int offset, int count)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (offset < 0 || count < 0 || (uint)offset + (uint)count > (uint)array.Length) throw new ArgumentOutOfRangeException(offset < 0 ? "offset" : "count");
            _array = array;
            _offset = offset;
            _count = count;
        }

        public static ArraySegment<T> Empty { get; } = new ArraySegment<T>(new T[0]);

        public T[] Array => _array;
        public int Offset => _offset;
        public int Count => _count;

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException("index");
                return _array[_offset + index];
            }
            set
            {
                if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException("index");
                _array[_offset + index] = value;
            }
        }

        public ArraySegment<T> Slice(int index) => new ArraySegment<T>(_array, _offset + index, _count - index);
        public ArraySegment<T> Slice(int index, int count) => new ArraySegment<T>(_array, _offset + index, count);

        public T[] ToArray()
        {
            T[] r = new T[_count];
            System.Array.Copy(_array, _offset, r, 0, _count);
            return r;
        }

        public void CopyTo(T[] destination) => CopyTo(destination, 0);
        public void CopyTo(T[] destination, int destinationIndex) => System.Array.Copy(_array, _offset, destination, destinationIndex, _count);

        public override bool Equals(object obj) => obj is ArraySegment<T> other && Equals(other);
        public bool Equals(ArraySegment<T> obj) => obj._array == _array && obj._offset == _offset && obj._count == _count;
        public override int GetHashCode() => _array == null ? 0 : (_array.GetHashCode() ^ _offset * 31 ^ _count);
        public static bool operator ==(ArraySegment<T> a, ArraySegment<T> b) => a.Equals(b);
        public static bool operator !=(ArraySegment<T> a, ArraySegment<T> b) => !(a == b);
        public static implicit operator ArraySegment<T>(T[] array) => array != null ? new ArraySegment<T>(array) : default;

        int IList<T>.IndexOf(T item)
        {
            int i = System.Array.IndexOf(_array, item, _offset, _count);
            return i >= 0 ? i - _offset : -1;
        }

        bool ICollection<T>.Contains(T item) => System.Array.IndexOf(_array, item, _offset, _count) >= 0;

        T IList<T>.this[int index] { get => this[index]; set => this[index] = value; }
        T IReadOnlyList<T>.this[int index] => this[index];
        void IList<T>.Insert(int index, T item) => throw new NotSupportedException();
        void IList<T>.RemoveAt(int index) => throw new NotSupportedException();
        bool ICollection<T>.IsReadOnly => true;
        void ICollection<T>.Add(T item) => throw new NotSupportedException();
        void ICollection<T>.Clear() => throw new NotSupportedException();
        bool ICollection<T>.Remove(T item) => throw new NotSupportedException();

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly T[] _array;
            private readonly int _start, _end;
            private int _current;

            internal Enumerator(ArraySegment<T> arraySegment)
            {
                _array = arraySegment.Array;
                _start = arraySegment.Offset;
                _end = arraySegment.Offset + arraySegment.Count;
                _current = arraySegment.Offset - 1;
            }

            public bool MoveNext()
            {
                if (_current < _end) { _current++; return _current < _end; }
                return false;
            }

            public T Current
            {
                get
                {
                    if (_current < _start) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                    if (_current >= _end) throw new InvalidOperationException("Enumeration already finished.");
                    return _array[_current];
                }
            }

            object IEnumerator.Current => Current;
            void IEnumerator.Reset() { _current = _start - 1; }
            public void Dispose() { }
        }
    }

    // HashCode: a deterministic combiner (.NET's is randomly seeded per process).
    public struct HashCode
    {
        private uint _h;
        private int _n;

        private static uint Mix(uint h, uint v)
        {
            h += v * 3266489917u;
            h = (h << 17) | (h >> 15);
            return h * 668265263u;
        }

        private static int Final(uint h, int n)
        {
            h ^= (uint)n * 4;
            h ^= h >> 15;
            h *= 2246822519u;
            h ^= h >> 13;
            h *= 3266489917u;
            h ^= h >> 16;
            return (int)h;
        }

        private static uint H<T>(T v) => v == null ? 0u : (uint)v.GetHashCode();

        public static int Combine<T1>(T1 value1) => Final(Mix(374761393u, H(value1)), 1);
        public static int Combine<T1, T2>(T1 value1, T2 value2) => Final(Mix(Mix(374761393u, H(value1)), H(value2)), 2);
        public static int Combine<T1, T2, T3>(T1 value1, T2 value2, T3 value3) => Final(Mix(Mix(Mix(374761393u, H(value1)), H(value2)), H(value3)), 3);
        public static int Combine<T1, T2, T3, T4>(T1 value1, T2 value2, T3 value3, T4 value4) =>
            Final(Mix(Mix(Mix(Mix(374761393u, H(value1)), H(value2)), H(value3)), H(value4)), 4);
        public static int Combine<T1, T2, T3, T4, T5>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5) =>
            Final(Mix(Mix(Mix(Mix(Mix(374761393u, H(value1)), H(value2)), H(value3)), H(value4)), H(value5)), 5);
        public static int Combine<T1, T2, T3, T4, T5, T6>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6) =>
            Final(Mix(Mix(Mix(Mix(Mix(Mix(374761393u, H(value1)), H(value2)), H(value3)), H(value4)), H(value5)), H(value6)), 6);
        public static int Combine<T1, T2, T3, T4, T5, T6, T7>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7) =>
            Final(Mix(Mix(Mix(Mix(Mix(Mix(Mix(374761393u, H(value1)), H(value2)), H(value3)), H(value4)), H(value5)), H(value6)), H(value7)), 7);
        public static int Combine<T1, T2, T3, T4, T5, T6, T7, T8>(T1 value1, T2 value2, T3 value3, T4 value4, T5 value5, T6 value6, T7 value7, T8 value8) =>
            Final(Mix(Mix(Mix(Mix(Mix(Mix(Mix(Mix(374761393u, H(value1)), H(value2)), H(value3)), H(value4)), H(value5)), H(value6)), H(value7)), H(value8)), 8);

        public void Add<T>(T value)
        {
            if (_n == 0) _h = 374761393u;
            _h = Mix(_h, H(value));
            _n++;
        }

        public void Add<T>(T value, IEqualityComparer<T> comparer)
        {
            if (_n == 0) _h = 374761393u;
            _h = Mix(_h, value == null ? 0u : (uint)(comparer != null ? comparer.GetHashCode(value) : value.GetHashCode()));
            _n++;
        }

        public void AddBytes(ReadOnlySpan<byte> value)
        {
            for (int i = 0; i < value.Length; i++) Add(value[i]);
        }

        public int ToHashCode() => Final(_n == 0 ? 374761393u : _h, _n);

        [Obsolete("HashCode is a mutable struct and should not be compared with other HashCodes. Use ToHashCode to retrieve the computed hash code.", true)]
        public override int GetHashCode() => throw new NotSupportedException("HashCode is a mutable struct and should not be compared with other HashCodes. Use ToHashCode to retrieve the computed hash code.");

        [Obsolete("HashCode is a mutable struct and should not be compared with other HashCodes.", true)]
        public override bool Equals(object obj) => throw new NotSupportedException("HashCode is a mutable struct and should not be compared with other HashCodes.");
    }

    public sealed class Version : ICloneable, IComparable, IComparable<Version>, IEquatable<Version>
    {
        private readonly int _Major, _Minor, _Build = -1, _Revision = -1;

        public Version(int major, int minor, int build, int revision)
        {
            if ((major | minor | build | revision) < 0) throw new ArgumentOutOfRangeException("major", "Version's parameters must be greater than or equal to zero.");
            _Major = major; _Minor = minor; _Build = build; _Revision = revision;
        }

        public Version(int major, int minor, int build)
        {
            if ((major | minor | build) < 0) throw new ArgumentOutOfRangeException("major", "Version's parameters must be greater than or equal to zero.");
            _Major = major; _Minor = minor; _Build = build;
        }

        public Version(int major, int minor)
        {
            if ((major | minor) < 0) throw new ArgumentOutOfRangeException("major", "Version's parameters must be greater than or equal to zero.");
            _Major = major; _Minor = minor;
        }

        public Version(string version)
        {
            Version v = Parse(version);
            _Major = v._Major; _Minor = v._Minor; _Build = v._Build; _Revision = v._Revision;
        }

        public Version() { }

        public int Major => _Major;
        public int Minor => _Minor;
        public int Build => _Build;
        public int Revision => _Revision;
        public short MajorRevision => (short)(_Revision >> 16);
        public short MinorRevision => (short)(_Revision & 0xFFFF);

        public object Clone() => MemberwiseClone();

        public int CompareTo(object version)
        {
            if (version == null) return 1;
            if (version is Version v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Version.");
        }

        public int CompareTo(Version value)
        {
            if ((object)value == this) return 0;
            if (value is null) return 1;
            if (_Major != value._Major) return _Major > value._Major ? 1 : -1;
            if (_Minor != value._Minor) return _Minor > value._Minor ? 1 : -1;
            if (_Build != value._Build) return _Build > value._Build ? 1 : -1;
            if (_Revision != value._Revision) return _Revision > value._Revision ? 1 : -1;
            return 0;
        }

        public override bool Equals(object obj) => Equals(obj as Version);
        public bool Equals(Version obj) => (object)obj == this || (obj is not null && _Major == obj._Major && _Minor == obj._Minor && _Build == obj._Build && _Revision == obj._Revision);
        public override int GetHashCode() => ((_Major & 0xF) << 28) | ((_Minor & 0xFF) << 20) | ((_Build & 0xFF) << 12) | (_Revision & 0xFFF);

        public override string ToString() => ToString(_Build == -1 ? 2 : _Revision == -1 ? 3 : 4);

        public string ToString(int fieldCount)
        {
            switch (fieldCount)
            {
                case 0: return string.Empty;
                case 1: return _Major.ToString();
                case 2: return _Major.ToString() + "." + _Minor.ToString();
                case 3:
                    if (_Build == -1) throw new ArgumentException("Argument must be between 0 and 2.", "fieldCount");
                    return _Major.ToString() + "." + _Minor.ToString() + "." + _Build.ToString();
                case 4:
                    if (_Revision == -1) throw new ArgumentException("Argument must be between 0 and 3.", "fieldCount");
                    return _Major.ToString() + "." + _Minor.ToString() + "." + _Build.ToString() + "." + _Revision.ToString();
            }
            throw new ArgumentException("Argument must be between 0 and 4.", "fieldCount");
        }

        public static Version Parse(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            string[] parts = input.Split('.');
            if (parts.Length < 2 || parts.Length > 4) throw new ArgumentException("Version string portion was too short or too long.", "input");
            int[] v = new int[parts.Length];
            for (int i = 0; i < parts.Length; i++)
            {
                v[i] = int.Parse(parts[i]);
                if (v[i] < 0) throw new ArgumentOutOfRangeException("version", "Version's parameters must be greater than or equal to zero.");
            }
            return parts.Length switch
            {
                2 => new Version(v[0], v[1]),
                3 => new Version(v[0], v[1], v[2]),
                _ => new Version(v[0], v[1], v[2], v[3]),
            };
        }

        public static bool TryParse(string input, out Version result)
        {
            try { result = Parse(input); return true; }
            catch (Exception) { result = null; return false; }
        }

        public static bool operator ==(Version v1, Version v2) => v1 is null ? v2 is null : v1.Equals(v2);
        public static bool operator !=(Version v1, Version v2) => !(v1 == v2);
        public static bool operator <(Version v1, Version v2) => v1 is null ? v2 is not null : v1.CompareTo(v2) < 0;
        public static bool operator <=(Version v1, Version v2) => v1 is null || v1.CompareTo(v2) <= 0;
        public static bool operator >(Version v1, Version v2) => v2 < v1;
        public static bool operator >=(Version v1, Version v2) => v2 <= v1;
    }

    public readonly struct Guid : IFormattable, IComparable, IComparable<Guid>, IEquatable<Guid>
    {
        public static readonly Guid Empty;

        private readonly int _a;
        private readonly short _b;
        private readonly short _c;
        private readonly byte _d, _e, _f, _g, _h, _i, _j, _k;

        public Guid(byte[] b)
        {
            if (b == null) throw new ArgumentNullException("b");
            if (b.Length != 16) throw new ArgumentException("Byte array for Guid must be exactly 16 bytes long.", "b");
            _a = b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24);
            _b = (short)(b[4] | (b[5] << 8));
            _c = (short)(b[6] | (b[7] << 8));
            _d = b[8]; _e = b[9]; _f = b[10]; _g = b[11]; _h = b[12]; _i = b[13]; _j = b[14]; _k = b[15];
        }

        public Guid(int a, short b, short c, byte d, byte e, byte f, byte g, byte h, byte i, byte j, byte k)
        {
            _a = a; _b = b; _c = c; _d = d; _e = e; _f = f; _g = g; _h = h; _i = i; _j = j; _k = k;
        }

        public Guid(string g) { this = Parse(g); }

        public static Guid NewGuid()
        {
            byte[] b = new byte[16];
            Random.Shared.NextBytes(b);
            b[7] = (byte)((b[7] & 0x0F) | 0x40);
            b[8] = (byte)((b[8] & 0x3F) | 0x80);
            return new Guid(b);
        }

        public byte[] ToByteArray() => new byte[]
        {
            (byte)_a, (byte)(_a >> 8), (byte)(_a >> 16), (byte)(_a >> 24), (byte)_b, (byte)(_b >> 8), (byte)_c, (byte)(_c >> 8),
            _d, _e, _f, _g, _h, _i, _j, _k,
        };

        public override string ToString() => ToString("D", null);
        public string ToString(string format) => ToString(format, null);

        public string ToString(string format, IFormatProvider provider)
        {
            string hex = ((uint)_a).ToString("x8") + "-" + ((ushort)_b).ToString("x4") + "-" + ((ushort)_c).ToString("x4") + "-" +
                _d.ToString("x2") + _e.ToString("x2") + "-" + _f.ToString("x2") + _g.ToString("x2") + _h.ToString("x2") +
                _i.ToString("x2") + _j.ToString("x2") + _k.ToString("x2");
            if (string.IsNullOrEmpty(format) || format == "D" || format == "d") return hex;
            if (format == "N" || format == "n") return hex.Replace("-", "");
            if (format == "B" || format == "b") return "{" + hex + "}";
            if (format == "P" || format == "p") return "(" + hex + ")";
            if (format == "X" || format == "x")
                return "{0x" + ((uint)_a).ToString("x8") + ",0x" + ((ushort)_b).ToString("x4") + ",0x" + ((ushort)_c).ToString("x4") + ",{0x" + _d.ToString("x2") + ",0x" + _e.ToString("x2") + ",0x" + _f.ToString("x2") + ",0x" + _g.ToString("x2") +
                    ",0x" + _h.ToString("x2") + ",0x" + _i.ToString("x2") + ",0x" + _j.ToString("x2") + ",0x" + _k.ToString("x2") + "}}";
            throw new FormatException("Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", \"X\" or \"x\".");
        }

        public static Guid Parse(string input)
        {
            if (input == null) throw new ArgumentNullException("input");
            if (!TryParse(input, out Guid g)) throw new FormatException("Unrecognized Guid format.");
            return g;
        }

        public static bool TryParse(string input, out Guid result)
        {
            result = default;
            if (input == null) return false;
            string s = input.Trim();
            if (s.Length > 1 && (s[0] == '{' || s[0] == '(')) s = s.Substring(1, s.Length - 2);
            s = s.Replace("-", "");
            if (s.Length != 32) return false;
            byte[] b = new byte[16];
            for (int i = 0; i < 16; i++)
            {
                if (!byte.TryParse(s.Substring(i * 2, 2), System.Globalization.NumberStyles.HexNumber, null, out b[i])) return false;
            }
            int a = (b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3];
            short bb = (short)((b[4] << 8) | b[5]);
            short c = (short)((b[6] << 8) | b[7]);
            result = new Guid(a, bb, c, b[8], b[9], b[10], b[11], b[12], b[13], b[14], b[15]);
            return true;
        }

        public override bool Equals(object o) => o is Guid g && Equals(g);
        public bool Equals(Guid g) => _a == g._a && _b == g._b && _c == g._c && _d == g._d && _e == g._e && _f == g._f && _g == g._g && _h == g._h && _i == g._i && _j == g._j && _k == g._k;
        public override int GetHashCode() => _a ^ ((_b << 16) | (ushort)_c) ^ ((_f << 24) | _k);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is Guid g) return CompareTo(g);
            throw new ArgumentException("Object must be of type GUID.");
        }
        public int CompareTo(Guid value) => string.CompareOrdinal(ToString(), value.ToString()) switch { < 0 => -1, > 0 => 1, _ => 0 };
        public static bool operator ==(Guid a, Guid b) => a.Equals(b);
        public static bool operator !=(Guid a, Guid b) => !a.Equals(b);
    }
}

namespace System
{
    internal static partial class Number
    {
        internal static bool CopyFormatted(string s, Span<char> destination, out int charsWritten)
        {
            if (s.Length > destination.Length)
            {
                charsWritten = 0;
                return false;
            }
            for (int i = 0; i < s.Length; i++) destination[i] = s[i];
            charsWritten = s.Length;
            return true;
        }
    }
}
