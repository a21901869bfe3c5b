// System.String. The runtime relies on the two fields (_stringLength, _firstChar), allocates
// strings with FastAllocateString, and runs "newobj String::.ctor(args)" as a call to the static
// String.Ctor(args) overload with the same parameters (see corlib/README.md).
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace System
{
    [Serializable]
    public sealed partial class String : IComparable, IEnumerable, IEnumerable<char>, IComparable<string>, IEquatable<string>, IConvertible, ICloneable
    {
        private readonly int _stringLength;
        private char _firstChar;

        public static readonly string Empty = "";

        // A new string of 'length' characters, all '\0', with a '\0' terminator after them.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string FastAllocateString(int length);

        // ---- constructors: each extern constructor is run as the Ctor method of the same signature.

        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char[] value, int startIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern unsafe String(char* value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern unsafe String(char* value, int startIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern unsafe String(sbyte* value);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern unsafe String(sbyte* value, int startIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(char c, int count);
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern String(ReadOnlySpan<char> value);

        private static string Ctor(char[] value)
        {
            if (value == null || value.Length == 0) return Empty;
            return Ctor(value, 0, value.Length);
        }

        private static string Ctor(char[] value, int startIndex, int length)
        {
            if (value == null)
            {
                if (startIndex == 0 && length == 0) return Empty;
                throw new ArgumentNullException("value");
            }
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > value.Length - length) throw new ArgumentOutOfRangeException("startIndex", "Index and length must refer to a location within the string.");
            if (length == 0) return Empty;
            string s = FastAllocateString(length);
            for (int i = 0; i < length; i++) Unsafe.Add(ref s._firstChar, i) = value[startIndex + i];
            return s;
        }

        private static unsafe string Ctor(char* value)
        {
            if (value == null) return Empty;
            int n = 0;
            while (value[n] != '\0') n++;
            return Ctor(value, 0, n);
        }

        private static unsafe string Ctor(char* value, int startIndex, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (value == null)
            {
                if (length == 0) return Empty;
                throw new ArgumentNullException("value");
            }
            if (length == 0) return Empty;
            string s = FastAllocateString(length);
            char* p = value + startIndex;
            for (int i = 0; i < length; i++) Unsafe.Add(ref s._firstChar, i) = p[i];
            return s;
        }

        // sbyte* text is taken as UTF-8.
        private static unsafe string Ctor(sbyte* value)
        {
            if (value == null) return Empty;
            int n = 0;
            while (value[n] != 0) n++;
            return Ctor(value, 0, n);
        }

        private static unsafe string Ctor(sbyte* value, int startIndex, int length)
        {
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (value == null)
            {
                if (length == 0) return Empty;
                throw new ArgumentNullException("value");
            }
            return Encoding.UTF8.GetString((byte*)(value + startIndex), length);
        }

        private static string Ctor(char c, int count)
        {
            if (count <= 0)
            {
                if (count == 0) return Empty;
                throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            }
            string s = FastAllocateString(count);
            for (int i = 0; i < count; i++) Unsafe.Add(ref s._firstChar, i) = c;
            return s;
        }

        private static string Ctor(ReadOnlySpan<char> value)
        {
            if (value.Length == 0) return Empty;
            string s = FastAllocateString(value.Length);
            for (int i = 0; i < value.Length; i++) Unsafe.Add(ref s._firstChar, i) = value[i];
            return s;
        }

        // $"..." formatted with a provider: the compiler builds the handler with it.
        public static string Create(IFormatProvider provider, [System.Runtime.CompilerServices.InterpolatedStringHandlerArgument("provider")] ref System.Runtime.CompilerServices.DefaultInterpolatedStringHandler handler) =>
            handler.ToStringAndClear();

        public static string Create(IFormatProvider provider, Span<char> initialBuffer, [System.Runtime.CompilerServices.InterpolatedStringHandlerArgument("provider", "initialBuffer")] ref System.Runtime.CompilerServices.DefaultInterpolatedStringHandler handler) =>
            handler.ToStringAndClear();

        public static string Create<TState>(int length, TState state, System.Buffers.SpanAction<char, TState> action)
        {
            if (action == null) throw new ArgumentNullException("action");
            if (length <= 0)
            {
                if (length == 0) return Empty;
                throw new ArgumentOutOfRangeException("length");
            }
            string s = FastAllocateString(length);
            action(new Span<char>(ref s._firstChar, length, 0), state);
            return s;
        }

        // ---- basics

        public int Length => _stringLength;

        [IndexerName("Chars")]
        public char this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_stringLength) throw new IndexOutOfRangeException();
                return Unsafe.Add(ref _firstChar, index);
            }
        }

        internal ref char RawData => ref _firstChar;
        internal char At(int i) => Unsafe.Add(ref _firstChar, i);

        public ref readonly char GetPinnableReference() => ref _firstChar;

        public static implicit operator ReadOnlySpan<char>(string value) => ToSpan(value);

        // The characters as a span. MemoryExtensions.AsSpan(string) calls this rather than
        // converting implicitly: C# 14 lowers that conversion to AsSpan itself.
        internal static ReadOnlySpan<char> ToSpan(string value) =>
            value == null ? default : new ReadOnlySpan<char>(ref value._firstChar, value._stringLength, 0);

        public static bool IsNullOrEmpty(string value) => value == null || value._stringLength == 0;

        public static bool IsNullOrWhiteSpace(string value)
        {
            if (value == null) return true;
            for (int i = 0; i < value._stringLength; i++) if (!char.IsWhiteSpace(value.At(i))) return false;
            return true;
        }

        public override string ToString() => this;
        public string ToString(IFormatProvider provider) => this;
        public object Clone() => this;

        public char[] ToCharArray()
        {
            char[] a = new char[_stringLength];
            for (int i = 0; i < a.Length; i++) a[i] = At(i);
            return a;
        }

        public char[] ToCharArray(int startIndex, int length)
        {
            if (startIndex < 0 || startIndex > _stringLength || startIndex > _stringLength - length)
                throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            char[] a = new char[length];
            for (int i = 0; i < length; i++) a[i] = At(startIndex + i);
            return a;
        }

        public void CopyTo(int sourceIndex, char[] destination, int destinationIndex, int count)
        {
            if (destination == null) throw new ArgumentNullException("destination");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (sourceIndex < 0) throw new ArgumentOutOfRangeException("sourceIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count > _stringLength - sourceIndex) throw new ArgumentOutOfRangeException("sourceIndex", "Index and count must refer to a location within the string.");
            if (destinationIndex > destination.Length - count || destinationIndex < 0) throw new ArgumentOutOfRangeException("destinationIndex", "Index and count must refer to a location within the string.");
            for (int i = 0; i < count; i++) destination[destinationIndex + i] = At(sourceIndex + i);
        }

        public void CopyTo(Span<char> destination)
        {
            if (!TryCopyTo(destination)) throw new ArgumentException("Destination is too short.", "destination");
        }

        public bool TryCopyTo(Span<char> destination)
        {
            if (destination.Length < _stringLength) return false;
            for (int i = 0; i < _stringLength; i++) destination[i] = At(i);
            return true;
        }

        public CharEnumerator GetEnumerator() => new CharEnumerator(this);
        IEnumerator<char> IEnumerable<char>.GetEnumerator() => new CharEnumerator(this);
        IEnumerator IEnumerable.GetEnumerator() => new CharEnumerator(this);

        // ---- equality and hashing

        public override bool Equals(object obj) => obj is string s && EqualsHelper(this, s);
        public bool Equals(string value) => value is not null && EqualsHelper(this, value);

        public static bool Equals(string a, string b)
        {
            if ((object)a == b) return true;
            if (a is null || b is null) return false;
            return EqualsHelper(a, b);
        }

        public bool Equals(string value, StringComparison comparisonType) => Equals(this, value, comparisonType);

        public static bool Equals(string a, string b, StringComparison comparisonType)
        {
            if ((object)a == b) return true;
            if (a is null || b is null) return false;
            switch (comparisonType)
            {
                case StringComparison.Ordinal: return EqualsHelper(a, b);
                case StringComparison.OrdinalIgnoreCase:
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase:
                    return a.Length == b.Length && CompareOrdinalIgnoreCase(a, 0, b, 0, a.Length) == 0;
                case StringComparison.CurrentCulture:
                case StringComparison.InvariantCulture:
                    return EqualsHelper(a, b);
            }
            throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
        }

        private static bool EqualsHelper(string a, string b)
        {
            int n = a._stringLength;
            if (n != b._stringLength) return false;
            for (int i = 0; i < n; i++) if (a.At(i) != b.At(i)) return false;
            return true;
        }

        public static bool operator ==(string a, string b) => Equals(a, b);
        public static bool operator !=(string a, string b) => !Equals(a, b);

        // Deterministic (unlike .NET's per-process randomised hash); programs must not depend on either.
        public override int GetHashCode() => GetHashCode(this.AsSpan());

        public static int GetHashCode(ReadOnlySpan<char> value)
        {
            uint h = 2166136261;
            for (int i = 0; i < value.Length; i++) { h ^= value[i]; h *= 16777619; }
            return (int)h;
        }

        public int GetHashCode(StringComparison comparisonType)
        {
            switch (comparisonType)
            {
                case StringComparison.OrdinalIgnoreCase:
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase:
                    return GetHashCodeOrdinalIgnoreCase(this);
                default:
                    return GetHashCode();
            }
        }

        internal static int GetHashCodeOrdinalIgnoreCase(string s)
        {
            uint h = 2166136261;
            for (int i = 0; i < s._stringLength; i++) { h ^= char.ToUpperInvariant(s.At(i)); h *= 16777619; }
            return (int)h;
        }

        // ---- comparison

        public static int CompareOrdinal(string strA, string strB)
        {
            if ((object)strA == strB) return 0;
            if (strA is null) return -1;
            if (strB is null) return 1;
            return CompareOrdinalWhole(strA, strB);
        }

        // .NET's whole-string ordinal difference: it compares two chars at a time, so when the
        // shorter string has an odd length its terminating '\0' is compared with the longer's
        // next char ("a" vs "abc" is -'b'); the first chars are compared on their own, an empty
        // string's being its '\0'. Otherwise the difference of the lengths.
        private static int CompareOrdinalWhole(string a, string b)
        {
            int n = Math.Min(a._stringLength, b._stringLength);
            char a0 = a._stringLength > 0 ? a.At(0) : '\0', b0 = b._stringLength > 0 ? b.At(0) : '\0';
            if (a0 != b0) return a0 - b0;
            for (int i = 1; i < n; i++)
            {
                int d = a.At(i) - b.At(i);
                if (d != 0) return d;
            }
            if ((n & 1) != 0)
            {
                char x = n < a._stringLength ? a.At(n) : '\0', y = n < b._stringLength ? b.At(n) : '\0';
                if (x != y) return x - y;
            }
            return a._stringLength - b._stringLength;
        }

        // The ordinal difference as spans compare: first differing char, else the lengths
        // (what CompareInfo and span comparisons give, unlike CompareOrdinal above).
        internal static int CompareOrdinalSpan(string a, string b) => CompareOrdinalCore(a, 0, a._stringLength, b, 0, b._stringLength);

        public static int CompareOrdinal(string strA, int indexA, string strB, int indexB, int length)
        {
            if (strA is null || strB is null)
            {
                if ((object)strA == strB) return 0;
                return strA is null ? -1 : 1;
            }
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Count cannot be less than zero.");
            if (indexA < 0 || indexB < 0) throw new ArgumentOutOfRangeException(indexA < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int la = Math.Min(length, strA.Length - indexA), lb = Math.Min(length, strB.Length - indexB);
            if (la < 0 || lb < 0) throw new ArgumentOutOfRangeException(la < 0 ? "indexA" : "indexB", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return CompareOrdinalCore(strA, indexA, la, strB, indexB, lb);
        }

        private static int CompareOrdinalCore(string a, int ia, int la, string b, int ib, int lb)
        {
            int n = Math.Min(la, lb);
            for (int i = 0; i < n; i++)
            {
                int d = a.At(ia + i) - b.At(ib + i);
                if (d != 0) return d;
            }
            return la - lb;
        }

        internal static int CompareOrdinalIgnoreCase(string a, int ia, string b, int ib, int n)
        {
            for (int i = 0; i < n; i++)
            {
                int d = char.ToUpperInvariant(a.At(ia + i)) - char.ToUpperInvariant(b.At(ib + i));
                if (d != 0) return d;
            }
            return 0;
        }

        internal static int CompareOrdinalIgnoreCaseFull(string a, string b)
        {
            int n = Math.Min(a.Length, b.Length);
            int r = CompareOrdinalIgnoreCase(a, 0, b, 0, n);
            return r != 0 ? r : a.Length - b.Length;
        }

        // Culture-sensitive comparison uses CompareInfo's invariant ordering (see CompareInfo).
        public static int Compare(string strA, string strB) => Compare(strA, strB, StringComparison.CurrentCulture);
        public static int Compare(string strA, string strB, bool ignoreCase) =>
            Compare(strA, strB, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);
        public static int Compare(string strA, string strB, bool ignoreCase, CultureInfo culture) => Compare(strA, strB, ignoreCase);
        public static int Compare(string strA, string strB, CultureInfo culture, CompareOptions options) =>
            CultureInfo.InvariantCulture.CompareInfo.Compare(strA, strB, options);

        public static int Compare(string strA, string strB, StringComparison comparisonType)
        {
            if ((object)strA == strB) return 0;
            if (strA is null) return -1;
            if (strB is null) return 1;
            switch (comparisonType)
            {
                case StringComparison.Ordinal: return CompareOrdinalWhole(strA, strB);
                case StringComparison.OrdinalIgnoreCase: return CompareOrdinalIgnoreCaseFull(strA, strB);
                case StringComparison.CurrentCulture:
                case StringComparison.InvariantCulture:
                    return CompareInfo.Invariant.Compare(strA, strB, CompareOptions.None);
                case StringComparison.CurrentCultureIgnoreCase:
                case StringComparison.InvariantCultureIgnoreCase:
                    return CompareInfo.Invariant.Compare(strA, strB, CompareOptions.IgnoreCase);
            }
            throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
        }

        public static int Compare(string strA, int indexA, string strB, int indexB, int length) =>
            Compare(strA, indexA, strB, indexB, length, StringComparison.CurrentCulture);
        public static int Compare(string strA, int indexA, string strB, int indexB, int length, bool ignoreCase) =>
            Compare(strA, indexA, strB, indexB, length, ignoreCase ? StringComparison.CurrentCultureIgnoreCase : StringComparison.CurrentCulture);

        public static int Compare(string strA, int indexA, string strB, int indexB, int length, StringComparison comparisonType)
        {
            if (strA is null || strB is null)
            {
                if ((object)strA == strB) return 0;
                return strA is null ? -1 : 1;
            }
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            int la = Math.Min(length, strA.Length - indexA), lb = Math.Min(length, strB.Length - indexB);
            if (indexA < 0 || indexB < 0 || la < 0 || lb < 0) throw new ArgumentOutOfRangeException("indexA", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return Compare(strA.Substring(indexA, la), strB.Substring(indexB, lb), comparisonType);
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is string s) return Compare(this, s, StringComparison.CurrentCulture);
            throw new ArgumentException("Object must be of type String.");
        }

        public int CompareTo(string strB) => Compare(this, strB, StringComparison.CurrentCulture);

        // ---- searching

        public bool Contains(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return IndexOfOrdinal(value, 0, _stringLength, false) >= 0;
        }

        public bool Contains(string value, StringComparison comparisonType) => IndexOf(value, comparisonType) >= 0;
        public bool Contains(char value) => IndexOf(value) >= 0;
        public bool Contains(char value, StringComparison comparisonType) => IndexOf(value, comparisonType) >= 0;

        public int IndexOf(char value) => IndexOf(value, 0, _stringLength);
        public int IndexOf(char value, int startIndex) => IndexOf(value, startIndex, _stringLength - startIndex);

        public int IndexOf(char value, int startIndex, int count)
        {
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if ((uint)count > (uint)(_stringLength - startIndex)) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex, end = startIndex + count; i < end; i++) if (At(i) == value) return i;
            return -1;
        }

        public int IndexOf(char value, StringComparison comparisonType)
        {
            if (IsIgnoreCase(comparisonType))
            {
                char u = char.ToUpperInvariant(value);
                for (int i = 0; i < _stringLength; i++) if (char.ToUpperInvariant(At(i)) == u) return i;
                return -1;
            }
            return IndexOf(value);
        }

        public int IndexOf(string value) => IndexOf(value, 0, _stringLength, StringComparison.CurrentCulture);
        public int IndexOf(string value, int startIndex) => IndexOf(value, startIndex, _stringLength - startIndex, StringComparison.CurrentCulture);
        public int IndexOf(string value, int startIndex, int count) => IndexOf(value, startIndex, count, StringComparison.CurrentCulture);
        public int IndexOf(string value, StringComparison comparisonType) => IndexOf(value, 0, _stringLength, comparisonType);
        public int IndexOf(string value, int startIndex, StringComparison comparisonType) => IndexOf(value, startIndex, _stringLength - startIndex, comparisonType);

        public int IndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if ((uint)count > (uint)(_stringLength - startIndex)) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            CheckComparison(comparisonType);
            return IndexOfOrdinal(value, startIndex, count, IsIgnoreCase(comparisonType));
        }

        internal int IndexOfOrdinal(string value, int startIndex, int count, bool ignoreCase)
        {
            int n = value._stringLength;
            if (n == 0) return startIndex;
            int last = startIndex + count - n;
            for (int i = startIndex; i <= last; i++)
            {
                int j = 0;
                if (ignoreCase)
                    while (j < n && char.ToUpperInvariant(At(i + j)) == char.ToUpperInvariant(value.At(j))) j++;
                else
                    while (j < n && At(i + j) == value.At(j)) j++;
                if (j == n) return i;
            }
            return -1;
        }

        public int IndexOfAny(char[] anyOf) => IndexOfAny(anyOf, 0, _stringLength);
        public int IndexOfAny(char[] anyOf, int startIndex) => IndexOfAny(anyOf, startIndex, _stringLength - startIndex);

        public int IndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if ((uint)count > (uint)(_stringLength - startIndex)) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex, end = startIndex + count; i < end; i++)
                if (Array.IndexOf(anyOf, At(i)) >= 0) return i;
            return -1;
        }

        public int LastIndexOf(char value) => _stringLength == 0 ? -1 : LastIndexOf(value, _stringLength - 1, _stringLength);
        public int LastIndexOf(char value, int startIndex) => LastIndexOf(value, startIndex, startIndex + 1);

        public int LastIndexOf(char value, int startIndex, int count)
        {
            if (_stringLength == 0) return -1;
            if ((uint)startIndex >= (uint)_stringLength) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if ((uint)count > (uint)(startIndex + 1)) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex, end = startIndex - count; i > end; i--) if (At(i) == value) return i;
            return -1;
        }

        public int LastIndexOf(string value) => LastIndexOf(value, _stringLength - 1, _stringLength, StringComparison.CurrentCulture);
        public int LastIndexOf(string value, int startIndex) => LastIndexOf(value, startIndex, startIndex + 1, StringComparison.CurrentCulture);
        public int LastIndexOf(string value, int startIndex, int count) => LastIndexOf(value, startIndex, count, StringComparison.CurrentCulture);
        public int LastIndexOf(string value, StringComparison comparisonType) => LastIndexOf(value, _stringLength - 1, _stringLength, comparisonType);
        public int LastIndexOf(string value, int startIndex, StringComparison comparisonType) => LastIndexOf(value, startIndex, startIndex + 1, comparisonType);

        public int LastIndexOf(string value, int startIndex, int count, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            CheckComparison(comparisonType);
            if (_stringLength == 0 && (startIndex == -1 || startIndex == 0)) return value.Length == 0 ? 0 : -1;
            if (startIndex == _stringLength) { startIndex--; if (count > 0) count--; }
            if ((uint)startIndex >= (uint)_stringLength) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || startIndex - count + 1 < 0) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            if (value.Length == 0) return startIndex + 1;   // .NET 5+: just after startIndex
            bool ic = IsIgnoreCase(comparisonType);
            int low = startIndex - count + 1;
            for (int i = startIndex - value.Length + 1; i >= low; i--)
            {
                int j = 0;
                if (ic)
                    while (j < value.Length && char.ToUpperInvariant(At(i + j)) == char.ToUpperInvariant(value.At(j))) j++;
                else
                    while (j < value.Length && At(i + j) == value.At(j)) j++;
                if (j == value.Length) return i;
            }
            return -1;
        }

        public int LastIndexOfAny(char[] anyOf) => _stringLength == 0 ? -1 : LastIndexOfAny(anyOf, _stringLength - 1, _stringLength);
        public int LastIndexOfAny(char[] anyOf, int startIndex) => LastIndexOfAny(anyOf, startIndex, startIndex + 1);

        public int LastIndexOfAny(char[] anyOf, int startIndex, int count)
        {
            if (anyOf == null) throw new ArgumentNullException("anyOf");
            if (_stringLength == 0) return -1;
            if ((uint)startIndex >= (uint)_stringLength) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (count < 0 || count - 1 > startIndex) throw new ArgumentOutOfRangeException("count", "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex, end = startIndex - count; i > end; i--)
                if (Array.IndexOf(anyOf, At(i)) >= 0) return i;
            return -1;
        }

        public bool StartsWith(string value) => StartsWith(value, StringComparison.CurrentCulture);
        public bool StartsWith(string value, bool ignoreCase, CultureInfo culture) => StartsWith(value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        public bool StartsWith(char value) => _stringLength != 0 && At(0) == value;

        public bool StartsWith(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            CheckComparison(comparisonType);
            if (value.Length > _stringLength) return false;
            if (IsIgnoreCase(comparisonType)) return CompareOrdinalIgnoreCase(this, 0, value, 0, value.Length) == 0;
            for (int i = 0; i < value.Length; i++) if (At(i) != value.At(i)) return false;
            return true;
        }

        public bool EndsWith(string value) => EndsWith(value, StringComparison.CurrentCulture);
        public bool EndsWith(string value, bool ignoreCase, CultureInfo culture) => EndsWith(value, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
        public bool EndsWith(char value) => _stringLength != 0 && At(_stringLength - 1) == value;

        public bool EndsWith(string value, StringComparison comparisonType)
        {
            if (value == null) throw new ArgumentNullException("value");
            CheckComparison(comparisonType);
            int off = _stringLength - value.Length;
            if (off < 0) return false;
            if (IsIgnoreCase(comparisonType)) return CompareOrdinalIgnoreCase(this, off, value, 0, value.Length) == 0;
            for (int i = 0; i < value.Length; i++) if (At(off + i) != value.At(i)) return false;
            return true;
        }

        private static bool IsIgnoreCase(StringComparison c) =>
            c == StringComparison.OrdinalIgnoreCase || c == StringComparison.CurrentCultureIgnoreCase || c == StringComparison.InvariantCultureIgnoreCase;

        private static void CheckComparison(StringComparison c)
        {
            if ((uint)c > (uint)StringComparison.OrdinalIgnoreCase)
                throw new ArgumentException("The string comparison type passed in is currently not supported.", "comparisonType");
        }

        // ---- pieces

        public string Substring(int startIndex) => Substring(startIndex, _stringLength - startIndex);

        public string Substring(int startIndex, int length)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex > _stringLength) throw new ArgumentOutOfRangeException("startIndex", "startIndex cannot be larger than length of string.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Length cannot be less than zero.");
            if (startIndex > _stringLength - length) throw new ArgumentOutOfRangeException("length", "Index and length must refer to a location within the string.");
            if (length == 0) return Empty;
            if (startIndex == 0 && length == _stringLength) return this;
            string s = FastAllocateString(length);
            for (int i = 0; i < length; i++) Unsafe.Add(ref s._firstChar, i) = At(startIndex + i);
            return s;
        }

        public string Remove(int startIndex)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (startIndex >= _stringLength) throw new ArgumentOutOfRangeException("startIndex", "startIndex must be less than length of string.");
            return Substring(0, startIndex);
        }

        public string Remove(int startIndex, int count)
        {
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (count > _stringLength - startIndex) throw new ArgumentOutOfRangeException("count", "Index and count must refer to a location within the string.");
            if (count == 0) return this;
            return Concat(Substring(0, startIndex), Substring(startIndex + count));
        }

        public string Insert(int startIndex, string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            if ((uint)startIndex > (uint)_stringLength) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            return Concat(Substring(0, startIndex), value, Substring(startIndex));
        }

        public string Replace(char oldChar, char newChar)
        {
            int first = IndexOf(oldChar);
            if (first < 0) return this;
            string s = FastAllocateString(_stringLength);
            for (int i = 0; i < _stringLength; i++)
            {
                char c = At(i);
                Unsafe.Add(ref s._firstChar, i) = c == oldChar ? newChar : c;
            }
            return s;
        }

        public string Replace(string oldValue, string newValue) => Replace(oldValue, newValue, StringComparison.Ordinal);
        public string Replace(string oldValue, string newValue, bool ignoreCase, CultureInfo culture) =>
            Replace(oldValue, newValue, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        public string Replace(string oldValue, string newValue, StringComparison comparisonType)
        {
            if (oldValue == null) throw new ArgumentNullException("oldValue");
            if (oldValue.Length == 0) throw new ArgumentException("String cannot be of zero length.", "oldValue");
            CheckComparison(comparisonType);
            bool ic = IsIgnoreCase(comparisonType);
            int idx = IndexOfOrdinal(oldValue, 0, _stringLength, ic);
            if (idx < 0) return this;
            StringBuilder sb = new StringBuilder(_stringLength);
            int pos = 0;
            while (idx >= 0)
            {
                sb.Append(this, pos, idx - pos);
                if (newValue != null) sb.Append(newValue);
                pos = idx + oldValue.Length;
                idx = pos <= _stringLength ? IndexOfOrdinal(oldValue, pos, _stringLength - pos, ic) : -1;
            }
            sb.Append(this, pos, _stringLength - pos);
            return sb.ToString();
        }

        public string ReplaceLineEndings() => ReplaceLineEndings(Environment.NewLine);

        public string ReplaceLineEndings(string replacementText)
        {
            if (replacementText == null) throw new ArgumentNullException("replacementText");
            StringBuilder sb = new StringBuilder(_stringLength);
            for (int i = 0; i < _stringLength; i++)
            {
                char c = At(i);
                if (c == '\r')
                {
                    if (i + 1 < _stringLength && At(i + 1) == '\n') i++;
                    sb.Append(replacementText);
                }
                else if (c == '\n' || c == '\f' || c == '\u0085' || c == '\u2028' || c == '\u2029') sb.Append(replacementText);
                else sb.Append(c);
            }
            return sb.ToString();
        }

        // ---- trimming and padding

        public string Trim() => TrimCore(null, true, true);
        public string Trim(char trimChar) => TrimCore(new[] { trimChar }, true, true);
        public string Trim(params char[] trimChars) => TrimCore(trimChars, true, true);
        public string TrimStart() => TrimCore(null, true, false);
        public string TrimStart(char trimChar) => TrimCore(new[] { trimChar }, true, false);
        public string TrimStart(params char[] trimChars) => TrimCore(trimChars, true, false);
        public string TrimEnd() => TrimCore(null, false, true);
        public string TrimEnd(char trimChar) => TrimCore(new[] { trimChar }, false, true);
        public string TrimEnd(params char[] trimChars) => TrimCore(trimChars, false, true);

        private string TrimCore(char[] chars, bool start, bool end)
        {
            bool white = chars == null || chars.Length == 0;
            int s = 0, e = _stringLength - 1;
            if (start) while (s <= e && (white ? char.IsWhiteSpace(At(s)) : Array.IndexOf(chars, At(s)) >= 0)) s++;
            if (end) while (e >= s && (white ? char.IsWhiteSpace(At(e)) : Array.IndexOf(chars, At(e)) >= 0)) e--;
            return Substring(s, e - s + 1);
        }

        public string PadLeft(int totalWidth) => PadLeft(totalWidth, ' ');

        public string PadLeft(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException("totalWidth", "Non-negative number required.");
            int pad = totalWidth - _stringLength;
            if (pad <= 0) return this;
            string s = FastAllocateString(totalWidth);
            for (int i = 0; i < pad; i++) Unsafe.Add(ref s._firstChar, i) = paddingChar;
            for (int i = 0; i < _stringLength; i++) Unsafe.Add(ref s._firstChar, pad + i) = At(i);
            return s;
        }

        public string PadRight(int totalWidth) => PadRight(totalWidth, ' ');

        public string PadRight(int totalWidth, char paddingChar)
        {
            if (totalWidth < 0) throw new ArgumentOutOfRangeException("totalWidth", "Non-negative number required.");
            int pad = totalWidth - _stringLength;
            if (pad <= 0) return this;
            string s = FastAllocateString(totalWidth);
            for (int i = 0; i < _stringLength; i++) Unsafe.Add(ref s._firstChar, i) = At(i);
            for (int i = _stringLength; i < totalWidth; i++) Unsafe.Add(ref s._firstChar, i) = paddingChar;
            return s;
        }

        // ---- case

        public string ToUpper() => ToUpperInvariant();
        public string ToUpper(CultureInfo culture) => ToUpperInvariant();
        public string ToLower() => ToLowerInvariant();
        public string ToLower(CultureInfo culture) => ToLowerInvariant();

        // Invariant casing (simple case mappings; a surrogate pair maps as one code point).
        // An unchanged string is returned as it is.
        public string ToUpperInvariant() => ChangeCase(true);
        public string ToLowerInvariant() => ChangeCase(false);

        private string ChangeCase(bool toUpper)
        {
            if (CharUnicodeInfo.FirstCaseChange(ref _firstChar, _stringLength, toUpper) == _stringLength) return this;
            string s = FastAllocateString(_stringLength);
            CharUnicodeInfo.ChangeCase(ref _firstChar, ref s._firstChar, _stringLength, toUpper);
            return s;
        }

        public string Normalize() => this;
        public bool IsNormalized() => true;

        // The runtime's table of interned strings, which holds every literal (ldstr):
        // the interned copy of str, adding str when add is true, else null.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string InternCore(string str, bool add);

        public static string Intern(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            return InternCore(str, true);
        }

        public static string IsInterned(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            return InternCore(str, false);
        }

        public static string Copy(string str)
        {
            if (str == null) throw new ArgumentNullException("str");
            return Ctor(str.AsSpan());
        }

        // ---- IConvertible

        public TypeCode GetTypeCode() => TypeCode.String;
        bool IConvertible.ToBoolean(IFormatProvider provider) => Convert.ToBoolean(this, provider);
        char IConvertible.ToChar(IFormatProvider provider) => Convert.ToChar(this, provider);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Convert.ToSByte(this, provider);
        byte IConvertible.ToByte(IFormatProvider provider) => Convert.ToByte(this, provider);
        short IConvertible.ToInt16(IFormatProvider provider) => Convert.ToInt16(this, provider);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Convert.ToUInt16(this, provider);
        int IConvertible.ToInt32(IFormatProvider provider) => Convert.ToInt32(this, provider);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Convert.ToUInt32(this, provider);
        long IConvertible.ToInt64(IFormatProvider provider) => Convert.ToInt64(this, provider);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Convert.ToUInt64(this, provider);
        float IConvertible.ToSingle(IFormatProvider provider) => Convert.ToSingle(this, provider);
        double IConvertible.ToDouble(IFormatProvider provider) => Convert.ToDouble(this, provider);
        decimal IConvertible.ToDecimal(IFormatProvider provider) => Convert.ToDecimal(this, provider);
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'String' to 'DateTime'.");
        object IConvertible.ToType(Type type, IFormatProvider provider) => Convert.DefaultToType(this, type, provider);
    }

    // string.Intern's table (the runtime interns literals separately; this pool starts from them lazily).

    public enum StringComparison
    {
        CurrentCulture = 0, CurrentCultureIgnoreCase = 1, InvariantCulture = 2, InvariantCultureIgnoreCase = 3, Ordinal = 4, OrdinalIgnoreCase = 5,
    }

    [Flags]
    public enum StringSplitOptions { None = 0, RemoveEmptyEntries = 1, TrimEntries = 2 }

    public sealed class CharEnumerator : IEnumerator, IEnumerator<char>, IDisposable, ICloneable
    {
        private string _str;
        private int _index;
        private char _current;

        internal CharEnumerator(string str) { _str = str; _index = -1; }

        public object Clone() => MemberwiseClone();

        public bool MoveNext()
        {
            if (_index < _str.Length - 1)
            {
                _index++;
                _current = _str[_index];
                return true;
            }
            _index = _str.Length;
            return false;
        }

        public void Dispose() { if (_str != null) _index = _str.Length; _str = null; }

        object IEnumerator.Current => Current;

        public char Current
        {
            get
            {
                if (_index == -1) throw new InvalidOperationException("Enumeration has not started. Call MoveNext.");
                if (_index >= _str.Length) throw new InvalidOperationException("Enumeration already finished.");
                return _current;
            }
        }

        public void Reset() { _current = (char)0; _index = -1; }
    }
}

namespace System.Buffers
{
    public delegate void SpanAction<T, in TArg>(Span<T> span, TArg arg);
    public delegate void ReadOnlySpanAction<T, in TArg>(ReadOnlySpan<T> span, TArg arg);
}
