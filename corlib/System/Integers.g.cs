// Repetitive code written once by a generator that is no longer in the tree (the
// project keeps no generator scripts outside C and shell); it is edited by hand now.
using System.Globalization;
using System.Runtime.InteropServices;

namespace System
{
    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct SByte : IComparable, IFormattable, ISpanFormattable, IComparable<sbyte>, IEquatable<sbyte>, IConvertible
    {
        private readonly sbyte m_value;

        public const sbyte MaxValue = 127;
        public const sbyte MinValue = -128;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is sbyte v) return CompareTo(v);
            throw new ArgumentException("Object must be of type SByte.");
        }

        public int CompareTo(sbyte value) => m_value < value ? -1 : m_value > value ? 1 : 0;
        public override bool Equals(object obj) => obj is sbyte v && m_value == v;
        public bool Equals(sbyte obj) => m_value == obj;
        public override int GetHashCode() => m_value;
        public TypeCode GetTypeCode() => TypeCode.SByte;

        public override string ToString() => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, (byte)m_value, null, null);
        public string ToString(string format) => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, (byte)m_value, format, null);
        public string ToString(IFormatProvider provider) => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, (byte)m_value, null, provider);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, (byte)m_value, format, provider);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
            => Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        private static Number.ParseStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out sbyte result)
        {
            Number.ParseStatus st = Number.ParseInteger(s, style, (ulong)MaxValue, (ulong)127 + 1, 8, out ulong magnitude, out bool negative);
            result = st == Number.ParseStatus.OK ? negative ? unchecked((sbyte)(0 - (long)magnitude)) : unchecked((sbyte)magnitude) : (sbyte)0;
            return st;
        }

        public static sbyte Parse(string s) => Parse(s, NumberStyles.Integer, null);
        public static sbyte Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static sbyte Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static sbyte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }
        public static sbyte Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static sbyte Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ValidateIntegerStyle(style);
            Number.ParseStatus st = TryParseCore(s, style, out sbyte r);
            if (st != Number.ParseStatus.OK) throw Number.ParseFailure(st, s, "a signed byte");
            return r;
        }

        public static bool TryParse(string s, out sbyte result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(string s, IFormatProvider provider, out sbyte result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out sbyte result)
        {
            Number.ValidateIntegerStyle(style);
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(ReadOnlySpan<char> s, out sbyte result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out sbyte result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out sbyte result)
        {
            Number.ValidateIntegerStyle(style);
            return TryParseCore(s, style, out result) == Number.ParseStatus.OK;
        }

        // A few of the generic-math statics that programs call directly.
        public static sbyte Max(sbyte x, sbyte y) => x >= y ? x : y;
        public static sbyte Min(sbyte x, sbyte y) => x <= y ? x : y;
        public static sbyte Clamp(sbyte value, sbyte min, sbyte max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static bool IsPow2(sbyte value) => value > 0 && (value & (value - 1)) == 0;
        public static bool IsEvenInteger(sbyte value) => (value & 1) == 0;
        public static bool IsOddInteger(sbyte value) => (value & 1) != 0;
        public static sbyte PopCount(sbyte value) => (sbyte)System.Numerics.BitOperations.PopCount((byte)value);
        public static sbyte LeadingZeroCount(sbyte value) => (sbyte)(System.Numerics.BitOperations.LeadingZeroCount((byte)value) - 32 + 8);
        public static sbyte TrailingZeroCount(sbyte value) => value == 0 ? (sbyte)8 : (sbyte)System.Numerics.BitOperations.TrailingZeroCount((byte)value);
        public static sbyte Log2(sbyte value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value");
            return value == 0 ? (sbyte)0 : (sbyte)System.Numerics.BitOperations.Log2((byte)value);
        }
        public static sbyte RotateLeft(sbyte value, int rotateAmount) => (sbyte)(((byte)value << (rotateAmount & 7)) | ((byte)value >> ((8 - rotateAmount) & 7)));
        public static sbyte RotateRight(sbyte value, int rotateAmount) => (sbyte)(((byte)value >> (rotateAmount & 7)) | ((byte)value << ((8 - rotateAmount) & 7)));
        public static (sbyte Quotient, sbyte Remainder) DivRem(sbyte left, sbyte right)
        {
            sbyte q = (sbyte)(left / right);
            return (q, (sbyte)(left - q * right));
        }
        public static sbyte Abs(sbyte value)
        {
            if (value < 0)
            {
                if (value == MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
                return (sbyte)(-value);
            }
            return value;
        }
        public static int Sign(sbyte value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static bool IsNegative(sbyte value) => value < 0;
        public static bool IsPositive(sbyte value) => value >= 0;
        public static sbyte CopySign(sbyte value, sbyte sign)
        {
            sbyte a = value < 0 ? (sbyte)(-value) : value;
            if (a < 0) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return sign < 0 ? (sbyte)(-a) : a;
        }
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Convert.ToChar(m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Convert.ToSByte(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Convert.ToByte(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Convert.ToInt16(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Convert.ToUInt16(m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Convert.ToInt32(m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Convert.ToUInt32(m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => Convert.ToInt64(m_value);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Convert.ToUInt64(m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => Convert.ToSingle(m_value);
        double IConvertible.ToDouble(IFormatProvider provider) => Convert.ToDouble(m_value);
        decimal IConvertible.ToDecimal(IFormatProvider provider) => Convert.ToDecimal(m_value);
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'SByte' to 'DateTime'.");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Convert.DefaultToType(this, conversionType, provider);
    }

    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct Byte : IComparable, IFormattable, ISpanFormattable, IComparable<byte>, IEquatable<byte>, IConvertible
    {
        private readonly byte m_value;

        public const byte MaxValue = 255;
        public const byte MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is byte v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Byte.");
        }

        public int CompareTo(byte value) => m_value < value ? -1 : m_value > value ? 1 : 0;
        public override bool Equals(object obj) => obj is byte v && m_value == v;
        public bool Equals(byte obj) => m_value == obj;
        public override int GetHashCode() => (int)m_value;
        public TypeCode GetTypeCode() => TypeCode.Byte;

        public override string ToString() => Number.FormatInteger(false, (ulong)m_value, (byte)m_value, null, null);
        public string ToString(string format) => Number.FormatInteger(false, (ulong)m_value, (byte)m_value, format, null);
        public string ToString(IFormatProvider provider) => Number.FormatInteger(false, (ulong)m_value, (byte)m_value, null, provider);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(false, (ulong)m_value, (byte)m_value, format, provider);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
            => Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        private static Number.ParseStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out byte result)
        {
            Number.ParseStatus st = Number.ParseInteger(s, style, (ulong)MaxValue, 0, 8, out ulong magnitude, out bool negative);
            result = st == Number.ParseStatus.OK ? (byte)magnitude : (byte)0;
            return st;
        }

        public static byte Parse(string s) => Parse(s, NumberStyles.Integer, null);
        public static byte Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static byte Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static byte Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }
        public static byte Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static byte Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ValidateIntegerStyle(style);
            Number.ParseStatus st = TryParseCore(s, style, out byte r);
            if (st != Number.ParseStatus.OK) throw Number.ParseFailure(st, s, "an unsigned byte");
            return r;
        }

        public static bool TryParse(string s, out byte result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(string s, IFormatProvider provider, out byte result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out byte result)
        {
            Number.ValidateIntegerStyle(style);
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(ReadOnlySpan<char> s, out byte result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out byte result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out byte result)
        {
            Number.ValidateIntegerStyle(style);
            return TryParseCore(s, style, out result) == Number.ParseStatus.OK;
        }

        // A few of the generic-math statics that programs call directly.
        public static byte Max(byte x, byte y) => x >= y ? x : y;
        public static byte Min(byte x, byte y) => x <= y ? x : y;
        public static byte Clamp(byte value, byte min, byte max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static bool IsPow2(byte value) => value > 0 && (value & (value - 1)) == 0;
        public static bool IsEvenInteger(byte value) => (value & 1) == 0;
        public static bool IsOddInteger(byte value) => (value & 1) != 0;
        public static byte PopCount(byte value) => (byte)System.Numerics.BitOperations.PopCount((byte)value);
        public static byte LeadingZeroCount(byte value) => (byte)(System.Numerics.BitOperations.LeadingZeroCount((byte)value) - 32 + 8);
        public static byte TrailingZeroCount(byte value) => value == 0 ? (byte)8 : (byte)System.Numerics.BitOperations.TrailingZeroCount((byte)value);
        public static byte Log2(byte value)
        {
            
            return value == 0 ? (byte)0 : (byte)System.Numerics.BitOperations.Log2((byte)value);
        }
        public static byte RotateLeft(byte value, int rotateAmount) => (byte)(((byte)value << (rotateAmount & 7)) | ((byte)value >> ((8 - rotateAmount) & 7)));
        public static byte RotateRight(byte value, int rotateAmount) => (byte)(((byte)value >> (rotateAmount & 7)) | ((byte)value << ((8 - rotateAmount) & 7)));
        public static (byte Quotient, byte Remainder) DivRem(byte left, byte right)
        {
            byte q = (byte)(left / right);
            return (q, (byte)(left - q * right));
        }
        public static int Sign(byte value) => value == 0 ? 0 : 1;
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Convert.ToChar(m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Convert.ToSByte(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Convert.ToByte(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Convert.ToInt16(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Convert.ToUInt16(m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Convert.ToInt32(m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Convert.ToUInt32(m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => Convert.ToInt64(m_value);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Convert.ToUInt64(m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => Convert.ToSingle(m_value);
        double IConvertible.ToDouble(IFormatProvider provider) => Convert.ToDouble(m_value);
        decimal IConvertible.ToDecimal(IFormatProvider provider) => Convert.ToDecimal(m_value);
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Byte' to 'DateTime'.");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Convert.DefaultToType(this, conversionType, provider);
    }

    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct Int16 : IComparable, IFormattable, ISpanFormattable, IComparable<short>, IEquatable<short>, IConvertible
    {
        private readonly short m_value;

        public const short MaxValue = 32767;
        public const short MinValue = -32768;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is short v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Int16.");
        }

        public int CompareTo(short value) => m_value < value ? -1 : m_value > value ? 1 : 0;
        public override bool Equals(object obj) => obj is short v && m_value == v;
        public bool Equals(short obj) => m_value == obj;
        public override int GetHashCode() => m_value;
        public TypeCode GetTypeCode() => TypeCode.Int16;

        public override string ToString() => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, (ushort)m_value, null, null);
        public string ToString(string format) => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, (ushort)m_value, format, null);
        public string ToString(IFormatProvider provider) => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, (ushort)m_value, null, provider);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, (ushort)m_value, format, provider);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
            => Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        private static Number.ParseStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out short result)
        {
            Number.ParseStatus st = Number.ParseInteger(s, style, (ulong)MaxValue, (ulong)32767 + 1, 16, out ulong magnitude, out bool negative);
            result = st == Number.ParseStatus.OK ? negative ? unchecked((short)(0 - (long)magnitude)) : unchecked((short)magnitude) : (short)0;
            return st;
        }

        public static short Parse(string s) => Parse(s, NumberStyles.Integer, null);
        public static short Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static short Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static short Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }
        public static short Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static short Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ValidateIntegerStyle(style);
            Number.ParseStatus st = TryParseCore(s, style, out short r);
            if (st != Number.ParseStatus.OK) throw Number.ParseFailure(st, s, "an Int16");
            return r;
        }

        public static bool TryParse(string s, out short result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(string s, IFormatProvider provider, out short result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out short result)
        {
            Number.ValidateIntegerStyle(style);
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(ReadOnlySpan<char> s, out short result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out short result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out short result)
        {
            Number.ValidateIntegerStyle(style);
            return TryParseCore(s, style, out result) == Number.ParseStatus.OK;
        }

        // A few of the generic-math statics that programs call directly.
        public static short Max(short x, short y) => x >= y ? x : y;
        public static short Min(short x, short y) => x <= y ? x : y;
        public static short Clamp(short value, short min, short max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static bool IsPow2(short value) => value > 0 && (value & (value - 1)) == 0;
        public static bool IsEvenInteger(short value) => (value & 1) == 0;
        public static bool IsOddInteger(short value) => (value & 1) != 0;
        public static short PopCount(short value) => (short)System.Numerics.BitOperations.PopCount((ushort)value);
        public static short LeadingZeroCount(short value) => (short)(System.Numerics.BitOperations.LeadingZeroCount((ushort)value) - 32 + 16);
        public static short TrailingZeroCount(short value) => value == 0 ? (short)16 : (short)System.Numerics.BitOperations.TrailingZeroCount((ushort)value);
        public static short Log2(short value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value");
            return value == 0 ? (short)0 : (short)System.Numerics.BitOperations.Log2((ushort)value);
        }
        public static short RotateLeft(short value, int rotateAmount) => (short)(((ushort)value << (rotateAmount & 15)) | ((ushort)value >> ((16 - rotateAmount) & 15)));
        public static short RotateRight(short value, int rotateAmount) => (short)(((ushort)value >> (rotateAmount & 15)) | ((ushort)value << ((16 - rotateAmount) & 15)));
        public static (short Quotient, short Remainder) DivRem(short left, short right)
        {
            short q = (short)(left / right);
            return (q, (short)(left - q * right));
        }
        public static short Abs(short value)
        {
            if (value < 0)
            {
                if (value == MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
                return (short)(-value);
            }
            return value;
        }
        public static int Sign(short value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static bool IsNegative(short value) => value < 0;
        public static bool IsPositive(short value) => value >= 0;
        public static short CopySign(short value, short sign)
        {
            short a = value < 0 ? (short)(-value) : value;
            if (a < 0) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return sign < 0 ? (short)(-a) : a;
        }
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Convert.ToChar(m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Convert.ToSByte(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Convert.ToByte(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Convert.ToInt16(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Convert.ToUInt16(m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Convert.ToInt32(m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Convert.ToUInt32(m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => Convert.ToInt64(m_value);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Convert.ToUInt64(m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => Convert.ToSingle(m_value);
        double IConvertible.ToDouble(IFormatProvider provider) => Convert.ToDouble(m_value);
        decimal IConvertible.ToDecimal(IFormatProvider provider) => Convert.ToDecimal(m_value);
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Int16' to 'DateTime'.");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Convert.DefaultToType(this, conversionType, provider);
    }

    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct UInt16 : IComparable, IFormattable, ISpanFormattable, IComparable<ushort>, IEquatable<ushort>, IConvertible
    {
        private readonly ushort m_value;

        public const ushort MaxValue = 65535;
        public const ushort MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is ushort v) return CompareTo(v);
            throw new ArgumentException("Object must be of type UInt16.");
        }

        public int CompareTo(ushort value) => m_value < value ? -1 : m_value > value ? 1 : 0;
        public override bool Equals(object obj) => obj is ushort v && m_value == v;
        public bool Equals(ushort obj) => m_value == obj;
        public override int GetHashCode() => (int)m_value;
        public TypeCode GetTypeCode() => TypeCode.UInt16;

        public override string ToString() => Number.FormatInteger(false, (ulong)m_value, (ushort)m_value, null, null);
        public string ToString(string format) => Number.FormatInteger(false, (ulong)m_value, (ushort)m_value, format, null);
        public string ToString(IFormatProvider provider) => Number.FormatInteger(false, (ulong)m_value, (ushort)m_value, null, provider);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(false, (ulong)m_value, (ushort)m_value, format, provider);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
            => Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        private static Number.ParseStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out ushort result)
        {
            Number.ParseStatus st = Number.ParseInteger(s, style, (ulong)MaxValue, 0, 16, out ulong magnitude, out bool negative);
            result = st == Number.ParseStatus.OK ? (ushort)magnitude : (ushort)0;
            return st;
        }

        public static ushort Parse(string s) => Parse(s, NumberStyles.Integer, null);
        public static ushort Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static ushort Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static ushort Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }
        public static ushort Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static ushort Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ValidateIntegerStyle(style);
            Number.ParseStatus st = TryParseCore(s, style, out ushort r);
            if (st != Number.ParseStatus.OK) throw Number.ParseFailure(st, s, "a UInt16");
            return r;
        }

        public static bool TryParse(string s, out ushort result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(string s, IFormatProvider provider, out ushort result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ushort result)
        {
            Number.ValidateIntegerStyle(style);
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(ReadOnlySpan<char> s, out ushort result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out ushort result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out ushort result)
        {
            Number.ValidateIntegerStyle(style);
            return TryParseCore(s, style, out result) == Number.ParseStatus.OK;
        }

        // A few of the generic-math statics that programs call directly.
        public static ushort Max(ushort x, ushort y) => x >= y ? x : y;
        public static ushort Min(ushort x, ushort y) => x <= y ? x : y;
        public static ushort Clamp(ushort value, ushort min, ushort max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static bool IsPow2(ushort value) => value > 0 && (value & (value - 1)) == 0;
        public static bool IsEvenInteger(ushort value) => (value & 1) == 0;
        public static bool IsOddInteger(ushort value) => (value & 1) != 0;
        public static ushort PopCount(ushort value) => (ushort)System.Numerics.BitOperations.PopCount((ushort)value);
        public static ushort LeadingZeroCount(ushort value) => (ushort)(System.Numerics.BitOperations.LeadingZeroCount((ushort)value) - 32 + 16);
        public static ushort TrailingZeroCount(ushort value) => value == 0 ? (ushort)16 : (ushort)System.Numerics.BitOperations.TrailingZeroCount((ushort)value);
        public static ushort Log2(ushort value)
        {
            
            return value == 0 ? (ushort)0 : (ushort)System.Numerics.BitOperations.Log2((ushort)value);
        }
        public static ushort RotateLeft(ushort value, int rotateAmount) => (ushort)(((ushort)value << (rotateAmount & 15)) | ((ushort)value >> ((16 - rotateAmount) & 15)));
        public static ushort RotateRight(ushort value, int rotateAmount) => (ushort)(((ushort)value >> (rotateAmount & 15)) | ((ushort)value << ((16 - rotateAmount) & 15)));
        public static (ushort Quotient, ushort Remainder) DivRem(ushort left, ushort right)
        {
            ushort q = (ushort)(left / right);
            return (q, (ushort)(left - q * right));
        }
        public static int Sign(ushort value) => value == 0 ? 0 : 1;
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Convert.ToChar(m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Convert.ToSByte(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Convert.ToByte(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Convert.ToInt16(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Convert.ToUInt16(m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Convert.ToInt32(m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Convert.ToUInt32(m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => Convert.ToInt64(m_value);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Convert.ToUInt64(m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => Convert.ToSingle(m_value);
        double IConvertible.ToDouble(IFormatProvider provider) => Convert.ToDouble(m_value);
        decimal IConvertible.ToDecimal(IFormatProvider provider) => Convert.ToDecimal(m_value);
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'UInt16' to 'DateTime'.");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Convert.DefaultToType(this, conversionType, provider);
    }

    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct Int32 : IComparable, IFormattable, ISpanFormattable, IComparable<int>, IEquatable<int>, IConvertible
    {
        private readonly int m_value;

        public const int MaxValue = 2147483647;
        public const int MinValue = -2147483648;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is int v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Int32.");
        }

        public int CompareTo(int value) => m_value < value ? -1 : m_value > value ? 1 : 0;
        public override bool Equals(object obj) => obj is int v && m_value == v;
        public bool Equals(int obj) => m_value == obj;
        public override int GetHashCode() => m_value;
        public TypeCode GetTypeCode() => TypeCode.Int32;

        public override string ToString() => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, (uint)m_value, null, null);
        public string ToString(string format) => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, (uint)m_value, format, null);
        public string ToString(IFormatProvider provider) => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, (uint)m_value, null, provider);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(long)m_value) : (ulong)m_value, (uint)m_value, format, provider);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
            => Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        private static Number.ParseStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out int result)
        {
            Number.ParseStatus st = Number.ParseInteger(s, style, (ulong)MaxValue, (ulong)2147483647 + 1, 32, out ulong magnitude, out bool negative);
            result = st == Number.ParseStatus.OK ? negative ? unchecked((int)(0 - (long)magnitude)) : unchecked((int)magnitude) : (int)0;
            return st;
        }

        public static int Parse(string s) => Parse(s, NumberStyles.Integer, null);
        public static int Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static int Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static int Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }
        public static int Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static int Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ValidateIntegerStyle(style);
            Number.ParseStatus st = TryParseCore(s, style, out int r);
            if (st != Number.ParseStatus.OK) throw Number.ParseFailure(st, s, "an Int32");
            return r;
        }

        public static bool TryParse(string s, out int result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(string s, IFormatProvider provider, out int result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out int result)
        {
            Number.ValidateIntegerStyle(style);
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(ReadOnlySpan<char> s, out int result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out int result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out int result)
        {
            Number.ValidateIntegerStyle(style);
            return TryParseCore(s, style, out result) == Number.ParseStatus.OK;
        }

        // A few of the generic-math statics that programs call directly.
        public static int Max(int x, int y) => x >= y ? x : y;
        public static int Min(int x, int y) => x <= y ? x : y;
        public static int Clamp(int value, int min, int max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static bool IsPow2(int value) => value > 0 && (value & (value - 1)) == 0;
        public static bool IsEvenInteger(int value) => (value & 1) == 0;
        public static bool IsOddInteger(int value) => (value & 1) != 0;
        public static int PopCount(int value) => (int)System.Numerics.BitOperations.PopCount((uint)value);
        public static int LeadingZeroCount(int value) => (int)(System.Numerics.BitOperations.LeadingZeroCount((uint)value) - 32 + 32);
        public static int TrailingZeroCount(int value) => value == 0 ? (int)32 : (int)System.Numerics.BitOperations.TrailingZeroCount((uint)value);
        public static int Log2(int value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value");
            return value == 0 ? (int)0 : (int)System.Numerics.BitOperations.Log2((uint)value);
        }
        public static int RotateLeft(int value, int rotateAmount) => (int)(((uint)value << (rotateAmount & 31)) | ((uint)value >> ((32 - rotateAmount) & 31)));
        public static int RotateRight(int value, int rotateAmount) => (int)(((uint)value >> (rotateAmount & 31)) | ((uint)value << ((32 - rotateAmount) & 31)));
        public static (int Quotient, int Remainder) DivRem(int left, int right)
        {
            int q = (int)(left / right);
            return (q, (int)(left - q * right));
        }
        public static int Abs(int value)
        {
            if (value < 0)
            {
                if (value == MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
                return (int)(-value);
            }
            return value;
        }
        public static int Sign(int value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static bool IsNegative(int value) => value < 0;
        public static bool IsPositive(int value) => value >= 0;
        public static int CopySign(int value, int sign)
        {
            int a = value < 0 ? (int)(-value) : value;
            if (a < 0) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return sign < 0 ? (int)(-a) : a;
        }
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Convert.ToChar(m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Convert.ToSByte(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Convert.ToByte(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Convert.ToInt16(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Convert.ToUInt16(m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Convert.ToInt32(m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Convert.ToUInt32(m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => Convert.ToInt64(m_value);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Convert.ToUInt64(m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => Convert.ToSingle(m_value);
        double IConvertible.ToDouble(IFormatProvider provider) => Convert.ToDouble(m_value);
        decimal IConvertible.ToDecimal(IFormatProvider provider) => Convert.ToDecimal(m_value);
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Int32' to 'DateTime'.");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Convert.DefaultToType(this, conversionType, provider);
    }

    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct UInt32 : IComparable, IFormattable, ISpanFormattable, IComparable<uint>, IEquatable<uint>, IConvertible
    {
        private readonly uint m_value;

        public const uint MaxValue = 4294967295;
        public const uint MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is uint v) return CompareTo(v);
            throw new ArgumentException("Object must be of type UInt32.");
        }

        public int CompareTo(uint value) => m_value < value ? -1 : m_value > value ? 1 : 0;
        public override bool Equals(object obj) => obj is uint v && m_value == v;
        public bool Equals(uint obj) => m_value == obj;
        public override int GetHashCode() => (int)m_value;
        public TypeCode GetTypeCode() => TypeCode.UInt32;

        public override string ToString() => Number.FormatInteger(false, (ulong)m_value, (uint)m_value, null, null);
        public string ToString(string format) => Number.FormatInteger(false, (ulong)m_value, (uint)m_value, format, null);
        public string ToString(IFormatProvider provider) => Number.FormatInteger(false, (ulong)m_value, (uint)m_value, null, provider);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(false, (ulong)m_value, (uint)m_value, format, provider);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
            => Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        private static Number.ParseStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out uint result)
        {
            Number.ParseStatus st = Number.ParseInteger(s, style, (ulong)MaxValue, 0, 32, out ulong magnitude, out bool negative);
            result = st == Number.ParseStatus.OK ? (uint)magnitude : (uint)0;
            return st;
        }

        public static uint Parse(string s) => Parse(s, NumberStyles.Integer, null);
        public static uint Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static uint Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static uint Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }
        public static uint Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static uint Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ValidateIntegerStyle(style);
            Number.ParseStatus st = TryParseCore(s, style, out uint r);
            if (st != Number.ParseStatus.OK) throw Number.ParseFailure(st, s, "a UInt32");
            return r;
        }

        public static bool TryParse(string s, out uint result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(string s, IFormatProvider provider, out uint result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out uint result)
        {
            Number.ValidateIntegerStyle(style);
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(ReadOnlySpan<char> s, out uint result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out uint result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out uint result)
        {
            Number.ValidateIntegerStyle(style);
            return TryParseCore(s, style, out result) == Number.ParseStatus.OK;
        }

        // A few of the generic-math statics that programs call directly.
        public static uint Max(uint x, uint y) => x >= y ? x : y;
        public static uint Min(uint x, uint y) => x <= y ? x : y;
        public static uint Clamp(uint value, uint min, uint max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static bool IsPow2(uint value) => value > 0 && (value & (value - 1)) == 0;
        public static bool IsEvenInteger(uint value) => (value & 1) == 0;
        public static bool IsOddInteger(uint value) => (value & 1) != 0;
        public static uint PopCount(uint value) => (uint)System.Numerics.BitOperations.PopCount((uint)value);
        public static uint LeadingZeroCount(uint value) => (uint)(System.Numerics.BitOperations.LeadingZeroCount((uint)value) - 32 + 32);
        public static uint TrailingZeroCount(uint value) => value == 0 ? (uint)32 : (uint)System.Numerics.BitOperations.TrailingZeroCount((uint)value);
        public static uint Log2(uint value)
        {
            
            return value == 0 ? (uint)0 : (uint)System.Numerics.BitOperations.Log2((uint)value);
        }
        public static uint RotateLeft(uint value, int rotateAmount) => (uint)(((uint)value << (rotateAmount & 31)) | ((uint)value >> ((32 - rotateAmount) & 31)));
        public static uint RotateRight(uint value, int rotateAmount) => (uint)(((uint)value >> (rotateAmount & 31)) | ((uint)value << ((32 - rotateAmount) & 31)));
        public static (uint Quotient, uint Remainder) DivRem(uint left, uint right)
        {
            uint q = (uint)(left / right);
            return (q, (uint)(left - q * right));
        }
        public static int Sign(uint value) => value == 0 ? 0 : 1;
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Convert.ToChar(m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Convert.ToSByte(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Convert.ToByte(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Convert.ToInt16(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Convert.ToUInt16(m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Convert.ToInt32(m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Convert.ToUInt32(m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => Convert.ToInt64(m_value);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Convert.ToUInt64(m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => Convert.ToSingle(m_value);
        double IConvertible.ToDouble(IFormatProvider provider) => Convert.ToDouble(m_value);
        decimal IConvertible.ToDecimal(IFormatProvider provider) => Convert.ToDecimal(m_value);
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'UInt32' to 'DateTime'.");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Convert.DefaultToType(this, conversionType, provider);
    }

    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct Int64 : IComparable, IFormattable, ISpanFormattable, IComparable<long>, IEquatable<long>, IConvertible
    {
        private readonly long m_value;

        public const long MaxValue = 9223372036854775807;
        public const long MinValue = unchecked((long)-9223372036854775808);

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is long v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Int64.");
        }

        public int CompareTo(long value) => m_value < value ? -1 : m_value > value ? 1 : 0;
        public override bool Equals(object obj) => obj is long v && m_value == v;
        public bool Equals(long obj) => m_value == obj;
        public override int GetHashCode() => (int)m_value ^ (int)(m_value >> 32);
        public TypeCode GetTypeCode() => TypeCode.Int64;

        public override string ToString() => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(m_value + 1)) + 1 : (ulong)m_value, (ulong)m_value, null, null);
        public string ToString(string format) => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(m_value + 1)) + 1 : (ulong)m_value, (ulong)m_value, format, null);
        public string ToString(IFormatProvider provider) => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(m_value + 1)) + 1 : (ulong)m_value, (ulong)m_value, null, provider);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(m_value < 0, m_value < 0 ? (ulong)(-(m_value + 1)) + 1 : (ulong)m_value, (ulong)m_value, format, provider);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
            => Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        private static Number.ParseStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out long result)
        {
            Number.ParseStatus st = Number.ParseInteger(s, style, (ulong)MaxValue, (ulong)9223372036854775807 + 1, 64, out ulong magnitude, out bool negative);
            result = st == Number.ParseStatus.OK ? negative ? unchecked((long)(0 - magnitude)) : unchecked((long)magnitude) : (long)0;
            return st;
        }

        public static long Parse(string s) => Parse(s, NumberStyles.Integer, null);
        public static long Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static long Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static long Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }
        public static long Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static long Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ValidateIntegerStyle(style);
            Number.ParseStatus st = TryParseCore(s, style, out long r);
            if (st != Number.ParseStatus.OK) throw Number.ParseFailure(st, s, "an Int64");
            return r;
        }

        public static bool TryParse(string s, out long result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(string s, IFormatProvider provider, out long result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out long result)
        {
            Number.ValidateIntegerStyle(style);
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(ReadOnlySpan<char> s, out long result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out long result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out long result)
        {
            Number.ValidateIntegerStyle(style);
            return TryParseCore(s, style, out result) == Number.ParseStatus.OK;
        }

        // A few of the generic-math statics that programs call directly.
        public static long Max(long x, long y) => x >= y ? x : y;
        public static long Min(long x, long y) => x <= y ? x : y;
        public static long Clamp(long value, long min, long max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static bool IsPow2(long value) => value > 0 && (value & (value - 1)) == 0;
        public static bool IsEvenInteger(long value) => (value & 1) == 0;
        public static bool IsOddInteger(long value) => (value & 1) != 0;
        public static long PopCount(long value) => (long)System.Numerics.BitOperations.PopCount((ulong)value);
        public static long LeadingZeroCount(long value) => (long)(System.Numerics.BitOperations.LeadingZeroCount((ulong)value) - 64 + 64);
        public static long TrailingZeroCount(long value) => value == 0 ? (long)64 : (long)System.Numerics.BitOperations.TrailingZeroCount((ulong)value);
        public static long Log2(long value)
        {
            if (value < 0) throw new ArgumentOutOfRangeException("value");
            return value == 0 ? (long)0 : (long)System.Numerics.BitOperations.Log2((ulong)value);
        }
        public static long RotateLeft(long value, int rotateAmount) => (long)(((ulong)value << (rotateAmount & 63)) | ((ulong)value >> ((64 - rotateAmount) & 63)));
        public static long RotateRight(long value, int rotateAmount) => (long)(((ulong)value >> (rotateAmount & 63)) | ((ulong)value << ((64 - rotateAmount) & 63)));
        public static (long Quotient, long Remainder) DivRem(long left, long right)
        {
            long q = (long)(left / right);
            return (q, (long)(left - q * right));
        }
        public static long Abs(long value)
        {
            if (value < 0)
            {
                if (value == MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
                return (long)(-value);
            }
            return value;
        }
        public static int Sign(long value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static bool IsNegative(long value) => value < 0;
        public static bool IsPositive(long value) => value >= 0;
        public static long CopySign(long value, long sign)
        {
            long a = value < 0 ? (long)(-value) : value;
            if (a < 0) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return sign < 0 ? (long)(-a) : a;
        }
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Convert.ToChar(m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Convert.ToSByte(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Convert.ToByte(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Convert.ToInt16(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Convert.ToUInt16(m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Convert.ToInt32(m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Convert.ToUInt32(m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => Convert.ToInt64(m_value);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Convert.ToUInt64(m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => Convert.ToSingle(m_value);
        double IConvertible.ToDouble(IFormatProvider provider) => Convert.ToDouble(m_value);
        decimal IConvertible.ToDecimal(IFormatProvider provider) => Convert.ToDecimal(m_value);
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Int64' to 'DateTime'.");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Convert.DefaultToType(this, conversionType, provider);
    }

    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct UInt64 : IComparable, IFormattable, ISpanFormattable, IComparable<ulong>, IEquatable<ulong>, IConvertible
    {
        private readonly ulong m_value;

        public const ulong MaxValue = 18446744073709551615;
        public const ulong MinValue = 0;

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is ulong v) return CompareTo(v);
            throw new ArgumentException("Object must be of type UInt64.");
        }

        public int CompareTo(ulong value) => m_value < value ? -1 : m_value > value ? 1 : 0;
        public override bool Equals(object obj) => obj is ulong v && m_value == v;
        public bool Equals(ulong obj) => m_value == obj;
        public override int GetHashCode() => (int)m_value ^ (int)(m_value >> 32);
        public TypeCode GetTypeCode() => TypeCode.UInt64;

        public override string ToString() => Number.FormatInteger(false, (ulong)m_value, (ulong)m_value, null, null);
        public string ToString(string format) => Number.FormatInteger(false, (ulong)m_value, (ulong)m_value, format, null);
        public string ToString(IFormatProvider provider) => Number.FormatInteger(false, (ulong)m_value, (ulong)m_value, null, provider);
        public string ToString(string format, IFormatProvider provider) => Number.FormatInteger(false, (ulong)m_value, (ulong)m_value, format, provider);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
            => Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        private static Number.ParseStatus TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out ulong result)
        {
            Number.ParseStatus st = Number.ParseInteger(s, style, (ulong)MaxValue, 0, 64, out ulong magnitude, out bool negative);
            result = st == Number.ParseStatus.OK ? (ulong)magnitude : (ulong)0;
            return st;
        }

        public static ulong Parse(string s) => Parse(s, NumberStyles.Integer, null);
        public static ulong Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static ulong Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static ulong Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }
        public static ulong Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static ulong Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Integer, IFormatProvider provider = null)
        {
            Number.ValidateIntegerStyle(style);
            Number.ParseStatus st = TryParseCore(s, style, out ulong r);
            if (st != Number.ParseStatus.OK) throw Number.ParseFailure(st, s, "a UInt64");
            return r;
        }

        public static bool TryParse(string s, out ulong result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(string s, IFormatProvider provider, out ulong result) => TryParse(s, NumberStyles.Integer, provider, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out ulong result)
        {
            Number.ValidateIntegerStyle(style);
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == Number.ParseStatus.OK;
        }
        public static bool TryParse(ReadOnlySpan<char> s, out ulong result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out ulong result) => TryParseCore(s, NumberStyles.Integer, out result) == Number.ParseStatus.OK;
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out ulong result)
        {
            Number.ValidateIntegerStyle(style);
            return TryParseCore(s, style, out result) == Number.ParseStatus.OK;
        }

        // A few of the generic-math statics that programs call directly.
        public static ulong Max(ulong x, ulong y) => x >= y ? x : y;
        public static ulong Min(ulong x, ulong y) => x <= y ? x : y;
        public static ulong Clamp(ulong value, ulong min, ulong max)
        {
            if (min > max) throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");
            return value < min ? min : value > max ? max : value;
        }
        public static bool IsPow2(ulong value) => value > 0 && (value & (value - 1)) == 0;
        public static bool IsEvenInteger(ulong value) => (value & 1) == 0;
        public static bool IsOddInteger(ulong value) => (value & 1) != 0;
        public static ulong PopCount(ulong value) => (ulong)System.Numerics.BitOperations.PopCount((ulong)value);
        public static ulong LeadingZeroCount(ulong value) => (ulong)(System.Numerics.BitOperations.LeadingZeroCount((ulong)value) - 64 + 64);
        public static ulong TrailingZeroCount(ulong value) => value == 0 ? (ulong)64 : (ulong)System.Numerics.BitOperations.TrailingZeroCount((ulong)value);
        public static ulong Log2(ulong value)
        {
            
            return value == 0 ? (ulong)0 : (ulong)System.Numerics.BitOperations.Log2((ulong)value);
        }
        public static ulong RotateLeft(ulong value, int rotateAmount) => (ulong)(((ulong)value << (rotateAmount & 63)) | ((ulong)value >> ((64 - rotateAmount) & 63)));
        public static ulong RotateRight(ulong value, int rotateAmount) => (ulong)(((ulong)value >> (rotateAmount & 63)) | ((ulong)value << ((64 - rotateAmount) & 63)));
        public static (ulong Quotient, ulong Remainder) DivRem(ulong left, ulong right)
        {
            ulong q = (ulong)(left / right);
            return (q, (ulong)(left - q * right));
        }
        public static int Sign(ulong value) => value == 0 ? 0 : 1;
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => Convert.ToChar(m_value);
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Convert.ToSByte(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Convert.ToByte(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Convert.ToInt16(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Convert.ToUInt16(m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Convert.ToInt32(m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Convert.ToUInt32(m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => Convert.ToInt64(m_value);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Convert.ToUInt64(m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => Convert.ToSingle(m_value);
        double IConvertible.ToDouble(IFormatProvider provider) => Convert.ToDouble(m_value);
        decimal IConvertible.ToDecimal(IFormatProvider provider) => Convert.ToDecimal(m_value);
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'UInt64' to 'DateTime'.");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Convert.DefaultToType(this, conversionType, provider);
    }

}
