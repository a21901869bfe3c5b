using System.Globalization;
using System.Runtime.InteropServices;

namespace System
{
    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct Double : IComparable, IFormattable, ISpanFormattable, IComparable<double>, IEquatable<double>, IConvertible
    {
        private readonly double m_value;

        public const double MinValue = -1.7976931348623157E+308;
        public const double MaxValue = 1.7976931348623157E+308;
        public const double Epsilon = 4.9406564584124654E-324;
        public const double NegativeInfinity = (double)-1.0 / (double)0.0;
        public const double PositiveInfinity = (double)1.0 / (double)0.0;
        public const double NaN = (double)0.0 / (double)0.0;
        public const double NegativeZero = -0.0;
        public const double E = 2.7182818284590452354;
        public const double Pi = 3.14159265358979323846;
        public const double Tau = 6.283185307179586476925;

        public static bool IsFinite(double d) => (BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFFL) < 0x7FF0000000000000L;
        public static bool IsInfinity(double d) => (BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFFL) == 0x7FF0000000000000L;
        public static bool IsNaN(double d) => d != d;
        public static bool IsNegative(double d) => BitConverter.DoubleToInt64Bits(d) < 0;
        public static bool IsPositive(double d) => BitConverter.DoubleToInt64Bits(d) >= 0;
        public static bool IsNegativeInfinity(double d) => d == NegativeInfinity;
        public static bool IsPositiveInfinity(double d) => d == PositiveInfinity;
        public static bool IsNormal(double d)
        {
            long bits = BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFFL;
            return bits < 0x7FF0000000000000L && bits != 0 && (bits & 0x7FF0000000000000L) != 0;
        }
        public static bool IsSubnormal(double d)
        {
            long bits = BitConverter.DoubleToInt64Bits(d) & 0x7FFFFFFFFFFFFFFFL;
            return bits != 0 && (bits & 0x7FF0000000000000L) == 0;
        }
        public static bool IsInteger(double value) => IsFinite(value) && value == Math.Truncate(value);
        public static bool IsEvenInteger(double value) => IsInteger(value) && Math.IEEERemainder(value, 2) == 0;
        public static bool IsOddInteger(double value) => IsInteger(value) && Math.Abs(Math.IEEERemainder(value, 2)) == 1;
        public static bool IsRealNumber(double value) => value == value;
        public static bool IsPow2(double value)
        {
            long bits = BitConverter.DoubleToInt64Bits(value);
            if (bits <= 0) return false;
            int exp = (int)(bits >> 52);
            long man = bits & 0xFFFFFFFFFFFFFL;
            if (exp == 0) return (man & (man - 1)) == 0;
            return exp != 0x7FF && man == 0;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is double d) return CompareTo(d);
            throw new ArgumentException("Object must be of type Double.");
        }

        public int CompareTo(double value)
        {
            if (m_value < value) return -1;
            if (m_value > value) return 1;
            if (m_value == value) return 0;
            if (IsNaN(m_value)) return IsNaN(value) ? 0 : -1;
            return 1;
        }

        public override bool Equals(object obj) => obj is double d && Equals(d);
        public bool Equals(double obj) => m_value == obj || (IsNaN(obj) && IsNaN(m_value));

        public static bool operator ==(double left, double right) => left == right;
        public static bool operator !=(double left, double right) => left != right;
        public static bool operator <(double left, double right) => left < right;
        public static bool operator >(double left, double right) => left > right;
        public static bool operator <=(double left, double right) => left <= right;
        public static bool operator >=(double left, double right) => left >= right;

        public override int GetHashCode()
        {
            double v = m_value;
            if (v == 0) return 0;
            long bits = v != v ? 0x7FF8000000000000L : BitConverter.DoubleToInt64Bits(v);
            return unchecked((int)bits ^ (int)(bits >> 32));
        }

        public override string ToString() => Number.FormatDouble(m_value, null, null, false);
        public string ToString(string format) => Number.FormatDouble(m_value, format, null, false);
        public string ToString(IFormatProvider provider) => Number.FormatDouble(m_value, null, provider, false);
        public string ToString(string format, IFormatProvider provider) => Number.FormatDouble(m_value, format, provider, false);

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
            => Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        public static double Parse(string s) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, null);
        public static double Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static double Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        public static double Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }
        public static double Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider);
        public static double Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Float | NumberStyles.AllowThousands, IFormatProvider provider = null)
        {
            if (Number.TryParseDouble(s, style, false, out double r)) return r;
            throw new FormatException("The input string '" + s.ToString() + "' was not in a correct format.");
        }

        public static bool TryParse(string s, out double result)
        {
            if (s == null) { result = 0; return false; }
            return Number.TryParseDouble(s.AsSpan(), NumberStyles.Float | NumberStyles.AllowThousands, false, out result);
        }
        public static bool TryParse(string s, IFormatProvider provider, out double result) => TryParse(s, out result);
        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out double result)
        {
            if (s == null) { result = 0; return false; }
            return Number.TryParseDouble(s.AsSpan(), style, false, out result);
        }
        public static bool TryParse(ReadOnlySpan<char> s, out double result) => Number.TryParseDouble(s, NumberStyles.Float | NumberStyles.AllowThousands, false, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out double result) => TryParse(s, out result);
        public static bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out double result) => Number.TryParseDouble(s, style, false, out result);

        public static double Abs(double value) => Math.Abs(value);
        public static double Max(double x, double y) => Math.Max(x, y);
        public static double Min(double x, double y) => Math.Min(x, y);
        public static double Clamp(double value, double min, double max) { if (min > max) Math.ThrowMinMax(min, max); return Math.Min(Math.Max(value, min), max); }
        public static double Sqrt(double x) => Math.Sqrt(x);
        public static double Floor(double x) => Math.Floor(x);
        public static double Ceiling(double x) => Math.Ceiling(x);
        public static double Round(double x) => Math.Round(x);
        public static double Round(double x, int digits) => Math.Round(x, digits);
        public static double Truncate(double x) => Math.Truncate(x);
        public static double Pow(double x, double y) => Math.Pow(x, y);
        public static int Sign(double value) => Math.Sign(value);
        public static double CopySign(double value, double sign) => Math.CopySign(value, sign);
        public static double Lerp(double value1, double value2, double amount) => (value1 * (1.0 - amount)) + (value2 * amount);
        public static double DegreesToRadians(double degrees) => degrees * Pi / 180.0;
        public static double RadiansToDegrees(double radians) => radians * 180.0 / Pi;
        public static double Hypot(double x, double y) => Math.Sqrt(x * x + y * y);

        public TypeCode GetTypeCode() => TypeCode.Double;
        bool IConvertible.ToBoolean(IFormatProvider provider) => m_value != 0;
        char IConvertible.ToChar(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Double' to 'Char'.");
        sbyte IConvertible.ToSByte(IFormatProvider provider) => Convert.ToSByte(m_value);
        byte IConvertible.ToByte(IFormatProvider provider) => Convert.ToByte(m_value);
        short IConvertible.ToInt16(IFormatProvider provider) => Convert.ToInt16(m_value);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => Convert.ToUInt16(m_value);
        int IConvertible.ToInt32(IFormatProvider provider) => Convert.ToInt32(m_value);
        uint IConvertible.ToUInt32(IFormatProvider provider) => Convert.ToUInt32(m_value);
        long IConvertible.ToInt64(IFormatProvider provider) => Convert.ToInt64(m_value);
        ulong IConvertible.ToUInt64(IFormatProvider provider) => Convert.ToUInt64(m_value);
        float IConvertible.ToSingle(IFormatProvider provider) => (float)m_value;
        double IConvertible.ToDouble(IFormatProvider provider) => m_value;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => (decimal)m_value;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Double' to 'DateTime'.");
        object IConvertible.ToType(Type conversionType, IFormatProvider provider) => Convert.DefaultToType(this, conversionType, provider);
    }
}
