using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace System
{
    // nint: with RuntimeFeature.NumericIntPtr the compiler gives IntPtr the built-in integer operators.
    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly unsafe struct IntPtr : IEquatable<IntPtr>, IComparable, IComparable<IntPtr>, IFormattable, ISpanFormattable, System.Runtime.Serialization.ISerializable
    {
        private readonly nint m_value;

        public static readonly IntPtr Zero;

        public IntPtr(int value) { m_value = value; }
        public IntPtr(long value) { m_value = checked((nint)value); }
        public IntPtr(void* value) { m_value = (nint)value; }

        public static int Size => sizeof(IntPtr);
        public static IntPtr MaxValue => sizeof(IntPtr) == 8 ? unchecked((IntPtr)long.MaxValue) : (IntPtr)int.MaxValue;
        public static IntPtr MinValue => sizeof(IntPtr) == 8 ? unchecked((IntPtr)long.MinValue) : (IntPtr)int.MinValue;

        public void* ToPointer() => (void*)m_value;
        public int ToInt32() => checked((int)m_value);
        public long ToInt64() => m_value;

        public override bool Equals(object obj) => obj is IntPtr other && m_value == other.m_value;
        public bool Equals(IntPtr other) => m_value == other.m_value;
        public override int GetHashCode()
        {
            long v = m_value;
            return unchecked((int)v ^ (int)(v >> 32));
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is IntPtr i) return CompareTo(i);
            throw new ArgumentException("Object must be of type IntPtr.");
        }

        public int CompareTo(IntPtr value) => m_value < value ? -1 : m_value > value ? 1 : 0;

        public static IntPtr Add(IntPtr pointer, int offset) => pointer + offset;
        public static IntPtr Subtract(IntPtr pointer, int offset) => pointer - offset;

        public override string ToString() => ((long)m_value).ToString();
        public string ToString(string format) => ((long)m_value).ToString(format);
        public string ToString(IFormatProvider provider) => ((long)m_value).ToString(provider);
        public string ToString(string format, IFormatProvider provider) =>
            sizeof(IntPtr) == 4 ? ((int)m_value).ToString(format, provider) : ((long)m_value).ToString(format, provider);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null) =>
            Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        public static IntPtr Parse(string s) => (IntPtr)long.Parse(s);
        public static IntPtr Parse(string s, NumberStyles style) => (IntPtr)long.Parse(s, style);
        public static IntPtr Parse(string s, IFormatProvider provider) => (IntPtr)long.Parse(s, provider);
        public static IntPtr Parse(string s, NumberStyles style, IFormatProvider provider) => (IntPtr)long.Parse(s, style, provider);
        public static bool TryParse(string s, out IntPtr result)
        {
            bool ok = long.TryParse(s, out long v);
            result = (IntPtr)v;
            return ok;
        }

        public void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) => throw new PlatformNotSupportedException();
    }

    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly unsafe struct UIntPtr : IEquatable<UIntPtr>, IComparable, IComparable<UIntPtr>, IFormattable, ISpanFormattable, System.Runtime.Serialization.ISerializable
    {
        private readonly nuint m_value;

        public static readonly UIntPtr Zero;

        public UIntPtr(uint value) { m_value = value; }
        public UIntPtr(ulong value) { m_value = checked((nuint)value); }
        public UIntPtr(void* value) { m_value = (nuint)value; }

        public static int Size => sizeof(UIntPtr);
        public static UIntPtr MaxValue => sizeof(UIntPtr) == 8 ? unchecked((UIntPtr)ulong.MaxValue) : (UIntPtr)uint.MaxValue;
        public static UIntPtr MinValue => 0;

        public void* ToPointer() => (void*)m_value;
        public uint ToUInt32() => checked((uint)m_value);
        public ulong ToUInt64() => m_value;

        public override bool Equals(object obj) => obj is UIntPtr other && m_value == other.m_value;
        public bool Equals(UIntPtr other) => m_value == other.m_value;
        public override int GetHashCode()
        {
            ulong v = m_value;
            return unchecked((int)v ^ (int)(v >> 32));
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is UIntPtr i) return CompareTo(i);
            throw new ArgumentException("Object must be of type UIntPtr.");
        }

        public int CompareTo(UIntPtr value) => m_value < value ? -1 : m_value > value ? 1 : 0;

        public static UIntPtr Add(UIntPtr pointer, int offset) => pointer + (UIntPtr)offset;
        public static UIntPtr Subtract(UIntPtr pointer, int offset) => pointer - (UIntPtr)offset;

        public override string ToString() => ((ulong)m_value).ToString();
        public string ToString(string format) => ((ulong)m_value).ToString(format);
        public string ToString(IFormatProvider provider) => ((ulong)m_value).ToString(provider);
        public string ToString(string format, IFormatProvider provider) => ((ulong)m_value).ToString(format, provider);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null) =>
            Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        public static UIntPtr Parse(string s) => (UIntPtr)ulong.Parse(s);
        public static bool TryParse(string s, out UIntPtr result)
        {
            bool ok = ulong.TryParse(s, out ulong v);
            result = (UIntPtr)v;
            return ok;
        }

        public void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) => throw new PlatformNotSupportedException();
    }
}
