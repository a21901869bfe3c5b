using System.Globalization;
using System.Numerics;

namespace System
{
    // 128-bit integers as two 64-bit halves; text goes through BigInteger.
    [Serializable]
    public readonly struct UInt128 : IComparable, IComparable<UInt128>, IEquatable<UInt128>, IFormattable, ISpanFormattable
    {
        internal readonly ulong _lower;
        internal readonly ulong _upper;

        public UInt128(ulong upper, ulong lower) { _lower = lower; _upper = upper; }

        public static UInt128 MinValue => default;
        public static UInt128 MaxValue => new UInt128(ulong.MaxValue, ulong.MaxValue);
        public static UInt128 Zero => default;
        public static UInt128 One => new UInt128(0, 1);

        public static UInt128 operator +(UInt128 a, UInt128 b)
        {
            ulong lo = a._lower + b._lower;
            return new UInt128(a._upper + b._upper + (lo < a._lower ? 1UL : 0UL), lo);
        }

        public static UInt128 operator checked +(UInt128 a, UInt128 b)
        {
            UInt128 r = a + b;
            if (r < a) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return r;
        }

        public static UInt128 operator -(UInt128 a, UInt128 b)
        {
            ulong lo = a._lower - b._lower;
            return new UInt128(a._upper - b._upper - (a._lower < b._lower ? 1UL : 0UL), lo);
        }

        public static UInt128 operator checked -(UInt128 a, UInt128 b)
        {
            if (a < b) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return a - b;
        }

        public static UInt128 operator *(UInt128 a, UInt128 b)
        {
            ulong hi = Math.BigMul(a._lower, b._lower, out ulong lo);
            hi += a._upper * b._lower + a._lower * b._upper;
            return new UInt128(hi, lo);
        }

        public static UInt128 operator checked *(UInt128 a, UInt128 b)
        {
            if ((a._upper != 0 && b._upper != 0) || (a != Zero && MaxValue / a < b)) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return a * b;
        }

        public static UInt128 operator /(UInt128 a, UInt128 b) { DivRem(a, b, out UInt128 q, out _); return q; }
        public static UInt128 operator %(UInt128 a, UInt128 b) { DivRem(a, b, out _, out UInt128 r); return r; }

        internal static void DivRem(UInt128 a, UInt128 b, out UInt128 q, out UInt128 r)
        {
            if (b == Zero) throw new DivideByZeroException();
            if (a._upper == 0 && b._upper == 0) { q = new UInt128(0, a._lower / b._lower); r = new UInt128(0, a._lower % b._lower); return; }
            if (b > a) { q = Zero; r = a; return; }
            // Shift-subtract long division.
            UInt128 quotient = Zero, rem = Zero;
            for (int i = 127; i >= 0; i--)
            {
                rem = (rem << 1) | ((a >> i) & One);
                if (rem >= b) { rem -= b; quotient |= One << i; }
            }
            q = quotient;
            r = rem;
        }

        public static (UInt128 Quotient, UInt128 Remainder) DivRem(UInt128 left, UInt128 right)
        {
            DivRem(left, right, out UInt128 q, out UInt128 r);
            return (q, r);
        }

        public static UInt128 operator -(UInt128 a) => Zero - a;
        public static UInt128 operator +(UInt128 a) => a;
        public static UInt128 operator ++(UInt128 a) => a + One;
        public static UInt128 operator --(UInt128 a) => a - One;
        public static UInt128 operator ~(UInt128 a) => new UInt128(~a._upper, ~a._lower);
        public static UInt128 operator &(UInt128 a, UInt128 b) => new UInt128(a._upper & b._upper, a._lower & b._lower);
        public static UInt128 operator |(UInt128 a, UInt128 b) => new UInt128(a._upper | b._upper, a._lower | b._lower);
        public static UInt128 operator ^(UInt128 a, UInt128 b) => new UInt128(a._upper ^ b._upper, a._lower ^ b._lower);

        public static UInt128 operator <<(UInt128 v, int n)
        {
            n &= 127;
            if (n == 0) return v;
            if (n >= 64) return new UInt128(v._lower << (n - 64), 0);
            return new UInt128((v._upper << n) | (v._lower >> (64 - n)), v._lower << n);
        }

        public static UInt128 operator >>(UInt128 v, int n)
        {
            n &= 127;
            if (n == 0) return v;
            if (n >= 64) return new UInt128(0, v._upper >> (n - 64));
            return new UInt128(v._upper >> n, (v._lower >> n) | (v._upper << (64 - n)));
        }

        public static UInt128 operator >>>(UInt128 v, int n) => v >> n;

        public static bool operator ==(UInt128 a, UInt128 b) => a._lower == b._lower && a._upper == b._upper;
        public static bool operator !=(UInt128 a, UInt128 b) => !(a == b);
        public static bool operator <(UInt128 a, UInt128 b) => a._upper < b._upper || (a._upper == b._upper && a._lower < b._lower);
        public static bool operator >(UInt128 a, UInt128 b) => b < a;
        public static bool operator <=(UInt128 a, UInt128 b) => !(b < a);
        public static bool operator >=(UInt128 a, UInt128 b) => !(a < b);

        public int CompareTo(UInt128 value) => this < value ? -1 : this > value ? 1 : 0;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is UInt128 v) return CompareTo(v);
            throw new ArgumentException("Object must be of type UInt128.");
        }

        public bool Equals(UInt128 other) => this == other;
        public override bool Equals(object obj) => obj is UInt128 v && this == v;
        public override int GetHashCode() => HashCode.Combine(_lower, _upper);

        public static UInt128 Max(UInt128 x, UInt128 y) => x >= y ? x : y;
        public static UInt128 Min(UInt128 x, UInt128 y) => x <= y ? x : y;
        public static UInt128 Clamp(UInt128 value, UInt128 min, UInt128 max) => value < min ? min : value > max ? max : value;
        public static bool IsPow2(UInt128 value) => value != Zero && (value & (value - One)) == Zero;
        public static UInt128 LeadingZeroCount(UInt128 value) => value._upper != 0 ? (ulong)BitOperations.LeadingZeroCount(value._upper) : 64 + (ulong)BitOperations.LeadingZeroCount(value._lower);
        public static UInt128 TrailingZeroCount(UInt128 value) => value._lower != 0 ? (ulong)BitOperations.TrailingZeroCount(value._lower) : value._upper != 0 ? 64 + (ulong)BitOperations.TrailingZeroCount(value._upper) : 128;
        public static UInt128 PopCount(UInt128 value) => (ulong)(BitOperations.PopCount(value._lower) + BitOperations.PopCount(value._upper));
        public static UInt128 Log2(UInt128 value) => value._upper != 0 ? 64 + (ulong)BitOperations.Log2(value._upper) : (ulong)BitOperations.Log2(value._lower);
        public static UInt128 RotateLeft(UInt128 value, int rotateAmount) => (value << rotateAmount) | (value >> (128 - rotateAmount));
        public static UInt128 RotateRight(UInt128 value, int rotateAmount) => (value >> rotateAmount) | (value << (128 - rotateAmount));

        public static implicit operator UInt128(byte value) => new UInt128(0, value);
        public static implicit operator UInt128(ushort value) => new UInt128(0, value);
        public static implicit operator UInt128(uint value) => new UInt128(0, value);
        public static implicit operator UInt128(ulong value) => new UInt128(0, value);
        public static implicit operator UInt128(char value) => new UInt128(0, value);
        public static implicit operator UInt128(nuint value) => new UInt128(0, value);
        public static explicit operator UInt128(int value) => new UInt128(value < 0 ? ulong.MaxValue : 0, (ulong)(long)value);
        public static explicit operator UInt128(long value) => new UInt128(value < 0 ? ulong.MaxValue : 0, (ulong)value);
        public static explicit operator UInt128(short value) => new UInt128(value < 0 ? ulong.MaxValue : 0, (ulong)value);
        public static explicit operator UInt128(sbyte value) => new UInt128(value < 0 ? ulong.MaxValue : 0, (ulong)value);
        public static explicit operator checked UInt128(long value) => value < 0 ? throw new OverflowException("Arithmetic operation resulted in an overflow.") : new UInt128(0, (ulong)value);
        public static explicit operator UInt128(double value)
        {
            if (!(value >= 0)) return Zero;
            if (value >= 340282366920938463463374607431768211456.0) return MaxValue;
            if (value < 18446744073709551616.0) return new UInt128(0, (ulong)value);
            int exp = (int)((BitConverter.DoubleToUInt64Bits(value) >> 52) & 0x7FF) - 1075;
            ulong man = (BitConverter.DoubleToUInt64Bits(value) & 0xFFFFFFFFFFFFFUL) | (1UL << 52);
            return new UInt128(0, man) << exp;
        }
        public static explicit operator UInt128(float value) => (UInt128)(double)value;
        public static explicit operator UInt128(decimal value) => FromBig((BigInteger)value);

        public static explicit operator ulong(UInt128 value) => value._lower;
        public static explicit operator long(UInt128 value) => (long)value._lower;
        public static explicit operator uint(UInt128 value) => (uint)value._lower;
        public static explicit operator int(UInt128 value) => (int)value._lower;
        public static explicit operator ushort(UInt128 value) => (ushort)value._lower;
        public static explicit operator short(UInt128 value) => (short)value._lower;
        public static explicit operator byte(UInt128 value) => (byte)value._lower;
        public static explicit operator sbyte(UInt128 value) => (sbyte)value._lower;
        public static explicit operator char(UInt128 value) => (char)value._lower;
        public static explicit operator checked ulong(UInt128 value) => value._upper != 0 ? throw new OverflowException("Arithmetic operation resulted in an overflow.") : value._lower;
        public static explicit operator checked int(UInt128 value) => value._upper != 0 || value._lower > int.MaxValue ? throw new OverflowException("Arithmetic operation resulted in an overflow.") : (int)value._lower;
        public static explicit operator checked long(UInt128 value) => value._upper != 0 || value._lower > long.MaxValue ? throw new OverflowException("Arithmetic operation resulted in an overflow.") : (long)value._lower;

        // Correctly rounded: the top 64 bits with the rest folded into a sticky bit.
        public static explicit operator double(UInt128 value)
        {
            if (value._upper == 0) return value._lower;
            int lz = BitOperations.LeadingZeroCount(value._upper);
            int shift = 64 - lz;
            UInt128 top = value >> shift;
            ulong man = top._lower;
            if ((value & ((One << shift) - One)) != Zero) man |= 1;
            return Math.ScaleB((double)man, shift);
        }

        public static explicit operator float(UInt128 value) => (float)(double)value;
        public static explicit operator decimal(UInt128 value) => (decimal)ToBig(value);

        internal static BigInteger ToBig(UInt128 v) => ((BigInteger)v._upper << 64) + v._lower;

        internal static UInt128 FromBig(BigInteger b)
        {
            if (b.Sign < 0 || b > ToBig(MaxValue)) throw new OverflowException("Value was either too large or too small for a UInt128.");
            return new UInt128((ulong)(b >> 64), (ulong)(b & ulong.MaxValue));
        }

        public override string ToString() => ToString(null, null);
        public string ToString(string format) => ToString(format, null);
        public string ToString(IFormatProvider provider) => ToString(null, provider);

        public string ToString(string format, IFormatProvider provider)
        {
            if (!string.IsNullOrEmpty(format) && (format[0] == 'X' || format[0] == 'x'))
            {
                string hex = _upper != 0 ? _upper.ToString(format[0] + "", CultureInfo.InvariantCulture) + _lower.ToString(format[0] + "16", CultureInfo.InvariantCulture) : _lower.ToString(format[0] + "", CultureInfo.InvariantCulture);
                int width = format.Length > 1 ? int.Parse(format.Substring(1), CultureInfo.InvariantCulture) : 0;
                return hex.Length < width ? new string('0', width - hex.Length) + hex : hex;
            }
            return ToBig(this).ToString(format, provider);
        }

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null) =>
            Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        public static UInt128 Parse(string s) => Parse(s, NumberStyles.Integer, null);
        public static UInt128 Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static UInt128 Parse(string s, NumberStyles style, IFormatProvider provider = null)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (!BigInteger.TryParse(s, style, provider, out BigInteger b)) throw new FormatException("The input string '" + s + "' was not in a correct format.");
            return FromBig(b);
        }

        public static bool TryParse(string s, out UInt128 result)
        {
            result = Zero;
            if (s == null || !BigInteger.TryParse(s, NumberStyles.Integer, null, out BigInteger b) || b.Sign < 0 || b > ToBig(MaxValue)) return false;
            result = FromBig(b);
            return true;
        }
    }

    [Serializable]
    public readonly struct Int128 : IComparable, IComparable<Int128>, IEquatable<Int128>, IFormattable, ISpanFormattable
    {
        internal readonly ulong _lower;
        internal readonly ulong _upper;

        public Int128(ulong upper, ulong lower) { _lower = lower; _upper = upper; }

        private UInt128 U => new UInt128(_upper, _lower);
        private static Int128 From(UInt128 u) => new Int128(u._upper, u._lower);

        public static Int128 MinValue => new Int128(0x8000000000000000UL, 0);
        public static Int128 MaxValue => new Int128(0x7FFFFFFFFFFFFFFFUL, ulong.MaxValue);
        public static Int128 Zero => default;
        public static Int128 One => new Int128(0, 1);
        public static Int128 NegativeOne => new Int128(ulong.MaxValue, ulong.MaxValue);

        private bool Negative => (long)_upper < 0;

        public static Int128 operator +(Int128 a, Int128 b) => From(a.U + b.U);
        public static Int128 operator -(Int128 a, Int128 b) => From(a.U - b.U);
        public static Int128 operator *(Int128 a, Int128 b) => From(a.U * b.U);

        public static Int128 operator checked +(Int128 a, Int128 b)
        {
            Int128 r = a + b;
            if (a.Negative == b.Negative && r.Negative != a.Negative) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return r;
        }

        public static Int128 operator checked -(Int128 a, Int128 b)
        {
            Int128 r = a - b;
            if (a.Negative != b.Negative && r.Negative != a.Negative) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            return r;
        }

        public static Int128 operator checked *(Int128 a, Int128 b)
        {
            BigInteger r = ToBig(a) * ToBig(b);
            return FromBig(r);
        }

        public static Int128 operator /(Int128 a, Int128 b)
        {
            if (b == Zero) throw new DivideByZeroException();
            if (a == MinValue && b == NegativeOne) throw new OverflowException("Arithmetic operation resulted in an overflow.");
            UInt128 q = Abs(a).U / Abs(b).U;
            return a.Negative != b.Negative ? -From(q) : From(q);
        }

        public static Int128 operator %(Int128 a, Int128 b)
        {
            if (b == Zero) throw new DivideByZeroException();
            if (b == NegativeOne) return Zero;
            UInt128 r = UAbs(a) % UAbs(b);
            return a.Negative ? -From(r) : From(r);
        }

        private static UInt128 UAbs(Int128 v) => v.Negative ? (UInt128.Zero - v.U) : v.U;

        public static (Int128 Quotient, Int128 Remainder) DivRem(Int128 left, Int128 right) => (left / right, left % right);

        public static Int128 operator -(Int128 a) => From(UInt128.Zero - a.U);
        public static Int128 operator checked -(Int128 a) => a == MinValue ? throw new OverflowException("Arithmetic operation resulted in an overflow.") : -a;
        public static Int128 operator +(Int128 a) => a;
        public static Int128 operator ++(Int128 a) => a + One;
        public static Int128 operator --(Int128 a) => a - One;
        public static Int128 operator ~(Int128 a) => new Int128(~a._upper, ~a._lower);
        public static Int128 operator &(Int128 a, Int128 b) => new Int128(a._upper & b._upper, a._lower & b._lower);
        public static Int128 operator |(Int128 a, Int128 b) => new Int128(a._upper | b._upper, a._lower | b._lower);
        public static Int128 operator ^(Int128 a, Int128 b) => new Int128(a._upper ^ b._upper, a._lower ^ b._lower);
        public static Int128 operator <<(Int128 v, int n) => From(v.U << n);
        public static Int128 operator >>>(Int128 v, int n) => From(v.U >> n);

        public static Int128 operator >>(Int128 v, int n)
        {
            n &= 127;
            if (n == 0) return v;
            if (n >= 64) return new Int128(v.Negative ? ulong.MaxValue : 0, (ulong)((long)v._upper >> (n - 64)));
            return new Int128((ulong)((long)v._upper >> n), (v._lower >> n) | (v._upper << (64 - n)));
        }

        public static bool operator ==(Int128 a, Int128 b) => a._lower == b._lower && a._upper == b._upper;
        public static bool operator !=(Int128 a, Int128 b) => !(a == b);
        public static bool operator <(Int128 a, Int128 b) => (long)a._upper < (long)b._upper || (a._upper == b._upper && a._lower < b._lower);
        public static bool operator >(Int128 a, Int128 b) => b < a;
        public static bool operator <=(Int128 a, Int128 b) => !(b < a);
        public static bool operator >=(Int128 a, Int128 b) => !(a < b);

        public int CompareTo(Int128 value) => this < value ? -1 : this > value ? 1 : 0;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is Int128 v) return CompareTo(v);
            throw new ArgumentException("Object must be of type Int128.");
        }

        public bool Equals(Int128 other) => this == other;
        public override bool Equals(object obj) => obj is Int128 v && this == v;
        public override int GetHashCode() => HashCode.Combine(_lower, _upper);

        public static Int128 Abs(Int128 value)
        {
            if (!value.Negative) return value;
            if (value == MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return -value;
        }

        public static Int128 Max(Int128 x, Int128 y) => x >= y ? x : y;
        public static Int128 Min(Int128 x, Int128 y) => x <= y ? x : y;
        public static Int128 Clamp(Int128 value, Int128 min, Int128 max) => value < min ? min : value > max ? max : value;
        public static int Sign(Int128 value) => value.Negative ? -1 : value == Zero ? 0 : 1;
        public static bool IsNegative(Int128 value) => value.Negative;
        public static bool IsPositive(Int128 value) => !value.Negative;
        public static bool IsEvenInteger(Int128 value) => (value._lower & 1) == 0;
        public static bool IsOddInteger(Int128 value) => (value._lower & 1) != 0;
        public static bool IsPow2(Int128 value) => !value.Negative && UInt128.IsPow2(value.U);
        public static Int128 Log2(Int128 value)
        {
            if (value.Negative) throw new ArgumentOutOfRangeException("value", "Value must be positive.");
            return From(UInt128.Log2(value.U));
        }
        public static Int128 PopCount(Int128 value) => From(UInt128.PopCount(value.U));
        public static Int128 LeadingZeroCount(Int128 value) => From(UInt128.LeadingZeroCount(value.U));
        public static Int128 TrailingZeroCount(Int128 value) => From(UInt128.TrailingZeroCount(value.U));

        public static implicit operator Int128(byte value) => new Int128(0, value);
        public static implicit operator Int128(sbyte value) => new Int128(value < 0 ? ulong.MaxValue : 0, (ulong)(long)value);
        public static implicit operator Int128(short value) => new Int128(value < 0 ? ulong.MaxValue : 0, (ulong)(long)value);
        public static implicit operator Int128(ushort value) => new Int128(0, value);
        public static implicit operator Int128(int value) => new Int128(value < 0 ? ulong.MaxValue : 0, (ulong)(long)value);
        public static implicit operator Int128(uint value) => new Int128(0, value);
        public static implicit operator Int128(long value) => new Int128(value < 0 ? ulong.MaxValue : 0, (ulong)value);
        public static implicit operator Int128(ulong value) => new Int128(0, value);
        public static implicit operator Int128(char value) => new Int128(0, value);
        public static implicit operator Int128(nint value) => (long)value;
        public static explicit operator Int128(UInt128 value) => new Int128(value._upper, value._lower);
        public static explicit operator UInt128(Int128 value) => new UInt128(value._upper, value._lower);
        public static explicit operator Int128(double value)
        {
            if (double.IsNaN(value)) return Zero;
            if (value >= 170141183460469231731687303715884105728.0) return MaxValue;
            if (value <= -170141183460469231731687303715884105728.0) return MinValue;
            Int128 m = From((UInt128)Math.Abs(value));
            return value < 0 ? -m : m;
        }
        public static explicit operator Int128(float value) => (Int128)(double)value;
        public static explicit operator Int128(decimal value) => FromBig((BigInteger)value);

        public static explicit operator long(Int128 value) => (long)value._lower;
        public static explicit operator ulong(Int128 value) => value._lower;
        public static explicit operator int(Int128 value) => (int)value._lower;
        public static explicit operator uint(Int128 value) => (uint)value._lower;
        public static explicit operator short(Int128 value) => (short)value._lower;
        public static explicit operator ushort(Int128 value) => (ushort)value._lower;
        public static explicit operator byte(Int128 value) => (byte)value._lower;
        public static explicit operator sbyte(Int128 value) => (sbyte)value._lower;
        public static explicit operator char(Int128 value) => (char)value._lower;
        public static explicit operator checked long(Int128 value) => value < long.MinValue || value > long.MaxValue ? throw new OverflowException("Arithmetic operation resulted in an overflow.") : (long)value._lower;
        public static explicit operator checked int(Int128 value) => value < int.MinValue || value > int.MaxValue ? throw new OverflowException("Arithmetic operation resulted in an overflow.") : (int)value._lower;
        public static explicit operator double(Int128 value) => value.Negative ? -(double)UAbs(value) : (double)value.U;
        public static explicit operator float(Int128 value) => (float)(double)value;
        public static explicit operator decimal(Int128 value) => (decimal)ToBig(value);

        internal static BigInteger ToBig(Int128 v) => v.Negative ? -UInt128.ToBig(UAbs(v)) : UInt128.ToBig(v.U);

        internal static Int128 FromBig(BigInteger b)
        {
            if (b < ToBig(MinValue) || b > ToBig(MaxValue)) throw new OverflowException("Value was either too large or too small for an Int128.");
            UInt128 m = UInt128.FromBig(BigInteger.Abs(b));
            return b.Sign < 0 ? -From(m) : From(m);
        }

        public override string ToString() => ToString(null, null);
        public string ToString(string format) => ToString(format, null);
        public string ToString(IFormatProvider provider) => ToString(null, provider);

        public string ToString(string format, IFormatProvider provider)
        {
            if (!string.IsNullOrEmpty(format) && (format[0] == 'X' || format[0] == 'x')) return U.ToString(format, provider);
            return ToBig(this).ToString(format, provider);
        }

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null) =>
            Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        public static Int128 Parse(string s) => Parse(s, NumberStyles.Integer, null);
        public static Int128 Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Integer, provider);
        public static Int128 Parse(string s, NumberStyles style, IFormatProvider provider = null)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (!BigInteger.TryParse(s, style, provider, out BigInteger b)) throw new FormatException("The input string '" + s + "' was not in a correct format.");
            return FromBig(b);
        }

        public static bool TryParse(string s, out Int128 result)
        {
            result = Zero;
            if (s == null || !BigInteger.TryParse(s, NumberStyles.Integer, null, out BigInteger b) || b < ToBig(MinValue) || b > ToBig(MaxValue)) return false;
            result = FromBig(b);
            return true;
        }
    }
}
