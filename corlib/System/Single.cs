using System.Globalization;
using System.Runtime.InteropServices;

namespace System
{
    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct Single : IComparable, IFormattable, ISpanFormattable, IComparable<float>, IEquatable<float>, IConvertible
    {
        private readonly float m_value;

        public const float MinValue = (float)-3.40282346638528859e+38;
        public const float MaxValue = (float)3.40282346638528859e+38;
        public const float Epsilon = (float)1e-45;
        public const float NegativeInfinity = (float)-1.0 / (float)0.0;
        public const float PositiveInfinity = (float)1.0 / (float)0.0;
        public const float NaN = (float)0.0 / (float)0.0;
        public const float NegativeZero = (float)-0.0;
        public const float E = 2.71828183f;
        public const float Pi = 3.14159265f;
        public const float Tau = 6.28318530f;

        public static bool IsFinite(float d) => (BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF) < 0x7F800000;
        public static bool IsInfinity(float d) => (BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF) == 0x7F800000;
        public static bool IsNaN(float d) => d != d;
        public static bool IsNegative(float d) => BitConverter.SingleToInt32Bits(d) < 0;
        public static bool IsPositive(float d) => BitConverter.SingleToInt32Bits(d) >= 0;
        public static bool IsNegativeInfinity(float d) => d == NegativeInfinity;
        public static bool IsPositiveInfinity(float d) => d == PositiveInfinity;
        public static bool IsNormal(float d)
        {
            int bits = BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF;
            return bits < 0x7F800000 && bits != 0 && (bits & 0x7F800000) != 0;
        }
        public static bool IsSubnormal(float d)
        {
            int bits = BitConverter.SingleToInt32Bits(d) & 0x7FFFFFFF;
            return bits != 0 && (bits & 0x7F800000) == 0;
        }
        public static bool IsInteger(float value) => IsFinite(value) && value == MathF.Truncate(value);
        public static bool IsEvenInteger(float value) => IsInteger(value) && Math.IEEERemainder(value, 2) == 0;
        public static bool IsOddInteger(float value) => IsInteger(value) && Math.Abs(Math.IEEERemainder(value, 2)) == 1;
        public static bool IsRealNumber(float value) => value == value;
        public static bool IsPow2(float value)
        {
            int bits = BitConverter.SingleToInt32Bits(value);
            if (bits <= 0) return false;
            int exp = bits >> 23;
            int man = bits & 0x7FFFFF;
            if (exp == 0) return (man & (man - 1)) == 0;
            return exp != 0xFF && man == 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is float d) return CompareTo(d);
            throw new ArgumentException("Object must be of type Single.");
        }

        public int CompareTo(float value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public override bool Equals(object obj) => obj is float d && Equals(d);
        public bool Equals(float obj) => m_value == obj || (IsNaN(obj) && IsNaN(m_value));

        public static bool operator ==(float left, float right) => left == right;
        public static bool operator !=(float left, float right) => left != right;
        public static bool operator <(float left, float right) => left < right;
        public static bool operator >(float left, float right) => left > right;
        public static bool operator <=(float left, float right) => left <= right;
        public static bool operator >=(float left, float right) => left >= right;

        public override int GetHashCode()
        {
            float v = m_value;
            if (v == 0) return 0;
            return v != v ? 0x7FC00000 : BitConverter.SingleToInt32Bits(v);
        }

        public override string ToString() => Number.FormatDouble(m_value, null, null, true);
        public string ToString(string format) => Number.FormatDouble(m_value, format, null, true);
        public string ToString(IFormatProvider provider) => Number.FormatDouble(m_value, null, provider, true);
        public string ToString(string format, IFormatProvider provider) => Number.FormatDouble(m_value, format, provider, true);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
            => Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        public static float Parse(string s) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null);
        public static float Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static float Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        public static float Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }
        public static float Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        public static float Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Float | NumberStyles.AllowThousands, IFormatProvider provider = null)
        {
            if (TryParseSingle(s, style, out float r)) return r;
            throw new FormatException("The input string '" + s.ToString() + "' was not in a correct format.");
        }

        public static bool TryParse(string s, out float result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseSingle(s.AsSpan(), NumberStyles.Float | NumberStyles.AllowThousands, out result);
        }
        public static bool TryParse(string s, IFormatProvider provider, out float result) => TryParse(s, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out float result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseSingle(s.AsSpan(), style, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out float result) => TryParseSingle(s, NumberStyles.Float | NumberStyles.AllowThousands, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out float result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out float result) => TryParseSingle(s, style, out result);

        private static bool TryParseSingle(ReadOnlySpan<char> s, NumberStyles style, out float result)
        {
            bool ok = Number.TryParseDouble(s, style, true, out double d);
            result = (float)d;
            return ok;
        }

        public static float Abs(float value) => Math.Abs(value);
        public static float Max(float x, float y) => Math.Max(x, y);
        public static float Min(float x, float y) => Math.Min(x, y);
        public static float Clamp(float value, float min, float max) { if (min > max) Math.ThrowMinMax(min, max); return MathF.Min(MathF.Max(value, min), max); }
        public static float Sqrt(float x) => MathF.Sqrt(x);
        public static float Floor(float x) => MathF.Floor(x);
        public static float Ceiling(float x) => MathF.Ceiling(x);
        public static float Round(float x) => MathF.Round(x);
        public static float Round(float x, int digits) => MathF.Round(x, digits);
        public static float Truncate(float x) => MathF.Truncate(x);
        public static float Pow(float x, float y) => MathF.Pow(x, y);
        public static int Sign(float value) => Math.Sign(value);
        public static float CopySign(float value, float sign) => MathF.CopySign(value, sign);
        public static float Lerp(float value1, float value2, float amount) => (value1 * (1.0f - amount)) + (value2 * amount);
        public static float DegreesToRadians(float degrees) => degrees * Pi / 180.0f;
        public static float RadiansToDegrees(float radians) => radians * 180.0f / Pi;
        public static float Hypot(float x, float y) => MathF.Sqrt(x * x + y * y);

        public TypeCode GetTypeCode() => TypeCode.Single;
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Single' to 'Char'.");
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Convert.ToSByte(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Convert.ToByte(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Convert.ToInt16(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Convert.ToUInt16(m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Convert.ToInt32(m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Convert.ToUInt32(m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => Convert.ToInt64(m_value);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Convert.ToUInt64(m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => m_value;
        double IConvertible.ToDouble(IFormatProvider provider) => m_value;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => (decimal)m_value;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Single' to 'DateTime'.");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Convert.DefaultToType(this, conversionType, provider);
    }
}
