using System.Runtime.InteropServices;

namespace System
{
    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly struct Boolean : IComparable, IComparable<bool>, IEquatable<bool>, IConvertible
    {
        private readonly bool m_value;

        public static readonly string TrueString = "True";
        public static readonly string FalseString = "False";

        public override int GetHashCode() => m_value ? 1 : 0;
        public override string ToString() => m_value ? "True" : "False";
        public string ToString(IFormatProvider provider) => ToString();
        public override bool Equals(object obj) => obj is bool b && b == m_value;
        public bool Equals(bool obj) => m_value == obj;

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is bool b) return CompareTo(b);
            throw new ArgumentException("Object must be of type Boolean.");
        }

        public int CompareTo(bool value) => m_value == value ? 0 : m_value ? 1 : -1;

        public bool TryFormat(Span<char> destination, out int charsWritten) => Number.CopyFormatted(ToString(), destination, out charsWritten);

        public static bool Parse(string value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return Parse(value.AsSpan());
        }

        public static bool Parse(ReadOnlySpan<char> value)
        {
            if (TryParse(value, out bool r)) return r;
            throw new FormatException("String '" + value.ToString() + "' was not recognized as a valid Boolean.");
        }

        public static bool TryParse(string value, out bool result)
        {
            if (value == null) { result = false; return false; }
            return TryParse(value.AsSpan(), out result);
        }

        public static bool TryParse(ReadOnlySpan<char> value, out bool result)
        {
            value = value.Trim();
            while (value.Length > 0 && value[value.Length - 1] == '\0') value = value.Slice(0, value.Length - 1).TrimEnd();
            if (value.Equals("True".AsSpan(), StringComparison.OrdinalIgnoreCase)) { result = true; return true; }
            if (value.Equals("False".AsSpan(), StringComparison.OrdinalIgnoreCase)) { result = false; return true; }
            result = false;
            return false;
        }

        public TypeCode GetTypeCode() => TypeCode.Boolean;
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value;
        char IConvertible.ToChar(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Boolean' to 'Char'.");
        sbyte IConvertible.ToSByte(IFormatProvider provider) => m_value ? (sbyte)1 : (sbyte)0;
        byte IConvertible.ToByte(IFormatProvider provider) => m_value ? (byte)1 : (byte)0;
        short IConvertible.ToInt16(IFormatProvider provider) => m_value ? (short)1 : (short)0;
        ushort IConvertible.ToUInt16(IFormatProvider provider) => m_value ? (ushort)1 : (ushort)0;
        int IConvertible.ToInt32(IFormatProvider provider) => m_value ? 1 : 0;
        uint IConvertible.ToUInt32(IFormatProvider provider) => m_value ? 1u : 0u;
        long IConvertible.ToInt64(IFormatProvider provider) => m_value ? 1L : 0L;
        ulong IConvertible.ToUInt64(IFormatProvider provider) => m_value ? 1UL : 0UL;
        float IConvertible.ToSingle(IFormatProvider provider) => m_value ? 1f : 0f;
        double IConvertible.ToDouble(IFormatProvider provider) => m_value ? 1.0 : 0.0;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => m_value ? 1 : 0;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Boolean' to 'DateTime'.");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Convert.DefaultToType(this, conversionType, provider);
    }
}
