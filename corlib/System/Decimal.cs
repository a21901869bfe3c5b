// System.Decimal: a 96-bit unsigned integer, a sign and a power-of-ten scale 0..28. Arithmetic is
// exact in a small big-number type and rounded (half to even) into 96 bits at the end, as .NET does.
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace System
{
    [Serializable]
    [StructLayout(LayoutKind.Sequential)]
    public readonly partial struct Decimal : IFormattable, ISpanFormattable, IComparable, IConvertible, IComparable<decimal>, IEquatable<decimal>
    {
        private const int SignMask = unchecked((int)0x80000000);
        private const int ScaleShift = 16;
        private const int MaxScale = 28;

        private readonly int _flags;
        private readonly uint _hi32;
        private readonly ulong _lo64;

        public const decimal Zero = 0m;
        public const decimal One = 1m;
        public const decimal MinusOne = -1m;
        public const decimal MaxValue = 79228162514264337593543950335m;
        public const decimal MinValue = -79228162514264337593543950335m;

        public Decimal(int value) : this(value < 0 ? (ulong)(-(long)value) : (ulong)value, 0, value < 0, 0) { }
        public Decimal(uint value) : this(value, 0, false, 0) { }
        public Decimal(long value) : this(value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value, 0, value < 0, 0) { }
        public Decimal(ulong value) : this(value, 0, false, 0) { }
        public Decimal(float value) { this = FromDouble(value, 7); }
        public Decimal(double value) { this = FromDouble(value, 15); }

        public Decimal(int lo, int mid, int hi, bool isNegative, byte scale)
        {
            if (scale > MaxScale) throw new ArgumentOutOfRangeException("scale", "Decimal's scale value must be between 0 and 28, inclusive.");
            _lo64 = (uint)lo | ((ulong)(uint)mid << 32);
            _hi32 = (uint)hi;
            _flags = (scale << ScaleShift) | (isNegative ? SignMask : 0);
        }

        public Decimal(int[] bits) : this(new ReadOnlySpan<int>(bits ?? throw new ArgumentNullException("bits"))) { }

        public Decimal(ReadOnlySpan<int> bits)
        {
            if (bits.Length != 4) throw new ArgumentException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.", "bits");
            int f = bits[3];
            if ((f & ~(SignMask | (0xFF << ScaleShift))) != 0 || ((f >> ScaleShift) & 0xFF) > MaxScale)
                throw new ArgumentException("Decimal byte array constructor requires an array of length four containing valid decimal bytes.", "bits");
            _lo64 = (uint)bits[0] | ((ulong)(uint)bits[1] << 32);
            _hi32 = (uint)bits[2];
            _flags = f;
        }

        private Decimal(ulong lo64, uint hi32, bool negative, int scale)
        {
            _lo64 = lo64;
            _hi32 = hi32;
            _flags = (scale << ScaleShift) | (negative ? SignMask : 0);
        }

        internal bool Negative => _flags < 0;
        public byte Scale => (byte)(_flags >> ScaleShift);

        // ---- the big-number helper: little-endian uint limbs, trimmed.

        private static uint[] Mantissa(decimal d) => Trim(new uint[] { (uint)d._lo64, (uint)(d._lo64 >> 32), d._hi32 });

        private static uint[] Trim(uint[] a)
        {
            int n = a.Length;
            while (n > 0 && a[n - 1] == 0) n--;
            if (n == a.Length) return a;
            uint[] r = new uint[n];
            Array.Copy(a, r, n);
            return r;
        }

        private static uint[] MulSmall(uint[] a, uint m)
        {
            uint[] r = new uint[a.Length + 1];
            ulong carry = 0;
            for (int i = 0; i < a.Length; i++)
            {
                ulong p = (ulong)a[i] * m + carry;
                r[i] = (uint)p;
                carry = p >> 32;
            }
            r[a.Length] = (uint)carry;
            return Trim(r);
        }

        private static uint[] MulPow10(uint[] a, int k)
        {
            while (k >= 9) { a = MulSmall(a, 1000000000); k -= 9; }
            uint p = 1;
            while (k-- > 0) p *= 10;
            return p == 1 ? a : MulSmall(a, p);
        }

        private static uint[] DivSmall(uint[] a, uint d, out uint rem)
        {
            uint[] q = new uint[a.Length];
            ulong r = 0;
            for (int i = a.Length - 1; i >= 0; i--)
            {
                ulong cur = (r << 32) | a[i];
                q[i] = (uint)(cur / d);
                r = cur % d;
            }
            rem = (uint)r;
            return Trim(q);
        }

        private static int Cmp(uint[] a, uint[] b)
        {
            if (a.Length != b.Length) return a.Length < b.Length ? -1 : 1;
            for (int i = a.Length - 1; i >= 0; i--) if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
            return 0;
        }

        private static uint[] AddBig(uint[] a, uint[] b)
        {
            int n = Math.Max(a.Length, b.Length);
            uint[] r = new uint[n + 1];
            ulong carry = 0;
            for (int i = 0; i < n; i++)
            {
                ulong s = (ulong)(i < a.Length ? a[i] : 0) + (i < b.Length ? b[i] : 0) + carry;
                r[i] = (uint)s;
                carry = s >> 32;
            }
            r[n] = (uint)carry;
            return Trim(r);
        }

        // a - b, a >= b.
        private static uint[] SubBig(uint[] a, uint[] b)
        {
            uint[] r = new uint[a.Length];
            long borrow = 0;
            for (int i = 0; i < a.Length; i++)
            {
                long s = (long)a[i] - (i < b.Length ? b[i] : 0) - borrow;
                borrow = s < 0 ? 1 : 0;
                r[i] = (uint)(s + (borrow << 32));
            }
            return Trim(r);
        }

        private static uint[] MulBig(uint[] a, uint[] b)
        {
            uint[] r = new uint[a.Length + b.Length + 1];
            for (int i = 0; i < a.Length; i++)
            {
                ulong carry = 0;
                for (int j = 0; j < b.Length; j++)
                {
                    ulong p = (ulong)a[i] * b[j] + r[i + j] + carry;
                    r[i + j] = (uint)p;
                    carry = p >> 32;
                }
                int k = i + b.Length;
                while (carry != 0)
                {
                    ulong s = (ulong)r[k] + carry;
                    r[k] = (uint)s;
                    carry = s >> 32;
                    k++;
                }
            }
            return Trim(r);
        }

        // Schoolbook long division by shifting and subtracting (bit by bit); fine for these sizes.
        private static uint[] DivBig(uint[] a, uint[] b, out uint[] rem)
        {
            if (b.Length == 1) { uint[] q1 = DivSmall(a, b[0], out uint r1); rem = r1 == 0 ? new uint[0] : new uint[] { r1 }; return q1; }
            uint[] q = new uint[a.Length];
            uint[] r = new uint[0];
            for (int i = a.Length * 32 - 1; i >= 0; i--)
            {
                r = ShiftLeft1(r, (a[i >> 5] >> (i & 31)) & 1);
                if (Cmp(r, b) >= 0)
                {
                    r = SubBig(r, b);
                    q[i >> 5] |= 1u << (i & 31);
                }
            }
            rem = r;
            return Trim(q);
        }

        private static uint[] ShiftLeft1(uint[] a, uint bit)
        {
            uint[] r = new uint[a.Length + 1];
            uint carry = bit;
            for (int i = 0; i < a.Length; i++)
            {
                r[i] = (a[i] << 1) | carry;
                carry = a[i] >> 31;
            }
            r[a.Length] = carry;
            return Trim(r);
        }

        private static bool IsZero(uint[] a) => a.Length == 0;

        // Builds a decimal from an exact big mantissa and scale, rounding half to even (with 'sticky'
        // telling whether a nonzero tail was already dropped) into 96 bits and scale <= 28.
        private static decimal Pack(uint[] m, int scale, bool negative, bool sticky = false)
        {
            uint lastDigit = 0;
            bool dropped = false;
            while ((m.Length > 3 || scale > MaxScale) && scale > 0)
            {
                if (dropped) sticky |= lastDigit != 0;
                m = DivSmall(m, 10, out lastDigit);
                dropped = true;
                scale--;
            }
            if (dropped)
            {
                bool up = lastDigit > 5 || (lastDigit == 5 && (sticky || (m.Length > 0 && (m[0] & 1) != 0)));
                if (up)
                {
                    m = AddBig(m, new uint[] { 1 });
                    if (m.Length > 3)
                    {
                        if (scale == 0) throw new OverflowException("Value was either too large or too small for a Decimal.");
                        m = DivSmall(m, 10, out _);
                        scale--;
                    }
                }
            }
            while (scale < 0)
            {
                m = MulSmall(m, 10);
                scale++;
            }
            if (m.Length > 3) throw new OverflowException("Value was either too large or too small for a Decimal.");
            ulong lo = m.Length > 0 ? m[0] : 0u;
            if (m.Length > 1) lo |= (ulong)m[1] << 32;
            uint hi = m.Length > 2 ? m[2] : 0u;
            return new decimal(lo, hi, negative, scale);
        }

        // ---- arithmetic

        public static decimal Add(decimal d1, decimal d2)
        {
            int s = Math.Max(d1.Scale, d2.Scale);
            uint[] a = MulPow10(Mantissa(d1), s - d1.Scale);
            uint[] b = MulPow10(Mantissa(d2), s - d2.Scale);
            if (d1.Negative == d2.Negative) return Pack(AddBig(a, b), s, d1.Negative);
            int c = Cmp(a, b);
            if (c == 0) return new decimal(0, 0, d1.Negative, s);
            return c > 0 ? Pack(SubBig(a, b), s, d1.Negative) : Pack(SubBig(b, a), s, d2.Negative);
        }

        public static decimal Subtract(decimal d1, decimal d2) => Add(d1, Negate(d2));

        // The product at scale s1 + s2, rounded half to even into 96 bits and scale <= 28 (a product
        // that rounds to zero keeps its sign and scale 28). As in .NET, a zero operand gives a plain 0
        // unless both mantissas fit in 32 bits, and so does a product of two such mantissas whose
        // scale exceeds 47 (it cannot round to anything but zero).
        public static decimal Multiply(decimal d1, decimal d2)
        {
            bool negative = d1.Negative != d2.Negative;
            int scale = d1.Scale + d2.Scale;
            bool small = ((d1._lo64 | d2._lo64) >> 32) == 0 && (d1._hi32 | d2._hi32) == 0;
            if (small && scale > MaxScale + 19) return new decimal(0, 0, false, 0);
            if ((d1._lo64 | d1._hi32) == 0 || (d2._lo64 | d2._hi32) == 0)
                return small ? new decimal(0, 0, negative, Math.Min(scale, MaxScale)) : new decimal(0, 0, false, 0);
            return Pack(MulBig(Mantissa(d1), Mantissa(d2)), scale, negative);
        }

        // An exact quotient keeps the scale s1 - s2 (at least 0). Otherwise the quotient is rounded
        // half to even at the largest scale <= 28 where it fits in 96 bits, and then loses its
        // trailing zeros.
        public static decimal Divide(decimal d1, decimal d2)
        {
            uint[] b = Mantissa(d2);
            if (IsZero(b)) throw new DivideByZeroException();
            bool negative = d1.Negative != d2.Negative;
            int scale = d1.Scale - d2.Scale, baseScale = scale < 0 ? 0 : scale;
            uint[] a = Mantissa(d1);
            uint[] q = DivBig(MulPow10(a, baseScale - scale), b, out uint[] rem);
            if (IsZero(rem)) return Pack(q, baseScale, negative);
            q = DivBig(MulPow10(a, MaxScale + 1 - scale), b, out rem);
            decimal result = Pack(q, MaxScale + 1, negative, !IsZero(rem));
            return Normalize(result);
        }

        // The remainder has the sign of d1. When |d1| < |d2| it is d1 itself; otherwise it is exact at
        // the larger of the two scales.
        public static decimal Remainder(decimal d1, decimal d2)
        {
            uint[] b = Mantissa(d2);
            if (IsZero(b)) throw new DivideByZeroException();
            uint[] a = Mantissa(d1);
            if (IsZero(a)) return d1;
            int s = Math.Max(d1.Scale, d2.Scale);
            a = MulPow10(a, s - d1.Scale);
            b = MulPow10(b, s - d2.Scale);
            int c = Cmp(a, b);
            if (c < 0) return d1;
            if (c == 0) return new decimal(0, 0, d1.Negative, s);
            DivBig(a, b, out uint[] rem);
            return Pack(rem, s, d1.Negative);
        }

        public static decimal Negate(decimal d) => new decimal(d._lo64, d._hi32, !d.Negative, d.Scale);
        public static decimal Abs(decimal d) => new decimal(d._lo64, d._hi32, false, d.Scale);

        public static int Compare(decimal d1, decimal d2)
        {
            bool z1 = (d1._lo64 | d1._hi32) == 0, z2 = (d2._lo64 | d2._hi32) == 0;
            if (z1 && z2) return 0;
            bool n1 = d1.Negative && !z1, n2 = d2.Negative && !z2;
            if (n1 != n2) return n1 ? -1 : 1;
            int s = Math.Max(d1.Scale, d2.Scale);
            int c = Cmp(MulPow10(Mantissa(d1), s - d1.Scale), MulPow10(Mantissa(d2), s - d2.Scale));
            return n1 ? -c : c;
        }

        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is decimal d) return Compare(this, d);
            throw new ArgumentException("Object must be of type Decimal.");
        }

        public int CompareTo(decimal value) => Compare(this, value);
        public override bool Equals(object value) => value is decimal d && Compare(this, d) == 0;
        public bool Equals(decimal value) => Compare(this, value) == 0;
        public static bool Equals(decimal d1, decimal d2) => Compare(d1, d2) == 0;

        public override int GetHashCode()
        {
            decimal n = Normalize(this);
            if ((n._lo64 | n._hi32) == 0) return 0;
            return (int)n._lo64 ^ (int)(n._lo64 >> 32) ^ (int)n._hi32 ^ n._flags;
        }

        // The same value with trailing zeros of the scale removed.
        private static decimal Normalize(decimal d)
        {
            uint[] m = Mantissa(d);
            int scale = d.Scale;
            while (scale > 0)
            {
                uint[] t = DivSmall(m, 10, out uint r);
                if (r != 0) break;
                m = t;
                scale--;
            }
            return Pack(m, scale, d.Negative);
        }

        // ---- rounding

        public static decimal Round(decimal d) => Round(d, 0, MidpointRounding.ToEven);
        public static decimal Round(decimal d, int decimals) => Round(d, decimals, MidpointRounding.ToEven);
        public static decimal Round(decimal d, MidpointRounding mode) => Round(d, 0, mode);

        public static decimal Round(decimal d, int decimals, MidpointRounding mode)
        {
            if ((uint)decimals > MaxScale) throw new ArgumentOutOfRangeException("decimals", "Decimal can only round to between 0 and 28 digits of precision.");
            if ((uint)mode > (uint)MidpointRounding.ToPositiveInfinity)
                throw new ArgumentException("The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding.", "mode");
            int scale = d.Scale;
            if (scale <= decimals) return d;
            uint[] m = Mantissa(d);
            uint lastDigit = 0;
            bool sticky = false;
            for (int i = scale; i > decimals; i--)
            {
                sticky |= lastDigit != 0;
                m = DivSmall(m, 10, out lastDigit);
            }
            bool inexact = lastDigit != 0 || sticky;
            bool up = false;
            switch (mode)
            {
                case MidpointRounding.ToEven: up = lastDigit > 5 || (lastDigit == 5 && (sticky || (m.Length > 0 && (m[0] & 1) != 0))); break;
                case MidpointRounding.AwayFromZero: up = lastDigit >= 5; break;
                case MidpointRounding.ToZero: up = false; break;
                case MidpointRounding.ToNegativeInfinity: up = inexact && d.Negative; break;
                case MidpointRounding.ToPositiveInfinity: up = inexact && !d.Negative; break;
            }
            if (up) m = AddBig(m, new uint[] { 1 });
            return Pack(m, decimals, d.Negative);
        }

        public static decimal Truncate(decimal d) => Round(d, 0, MidpointRounding.ToZero);
        public static decimal Floor(decimal d) => Round(d, 0, MidpointRounding.ToNegativeInfinity);
        public static decimal Ceiling(decimal d) => Round(d, 0, MidpointRounding.ToPositiveInfinity);
        public static int Sign(decimal d) => (d._lo64 | d._hi32) == 0 ? 0 : d.Negative ? -1 : 1;
        public static decimal Max(decimal x, decimal y) => Compare(x, y) >= 0 ? x : y;
        public static decimal Min(decimal x, decimal y) => Compare(x, y) <= 0 ? x : y;
        public static decimal Clamp(decimal value, decimal min, decimal max) => Math.Clamp(value, min, max);
        public static bool IsNegative(decimal d) => d.Negative;
        public static bool IsInteger(decimal value) => value == Truncate(value);

        public static int[] GetBits(decimal d) => new int[] { (int)d._lo64, (int)(d._lo64 >> 32), (int)d._hi32, d._flags };

        public static int GetBits(decimal d, Span<int> destination)
        {
            if (destination.Length <= 3) throw new ArgumentException("Destination is too short.", "destination");
            destination[0] = (int)d._lo64;
            destination[1] = (int)(d._lo64 >> 32);
            destination[2] = (int)d._hi32;
            destination[3] = d._flags;
            return 4;
        }

        // ---- conversions

        // .NET's conversion: the double is scaled by a power of ten (in double arithmetic) to an
        // integer of 15 significant digits (7 for a float), rounded half to even, and trailing zeros
        // are removed from the fraction.
        private static decimal FromDouble(double value, int significantDigits)
        {
            if (double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) >= 7.9228162514264338e28)
                throw new OverflowException("Value was either too large or too small for a Decimal.");
            if (value == 0) return 0m;
            bool negative = value < 0;
            double dbl = Math.Abs(value);
            int exp;
            if (significantDigits == 7)
                exp = (int)((BitConverter.SingleToUInt32Bits((float)dbl) >> 23) & 0xFF) - 126;
            else
                exp = (int)((BitConverter.DoubleToUInt64Bits(dbl) >> 52) & 0x7FF) - 1022;
            if (exp < (significantDigits == 7 ? -94 : -94)) return 0m;
            int top = significantDigits - 1;                 // 14 for double, 6 for float
            double limit = significantDigits == 7 ? 1e7 : 1e15, low = significantDigits == 7 ? 1e6 : 1e14;
            int power = top - ((exp * 19728) >> 16);
            if (power >= 0)
            {
                if (power > MaxScale) power = MaxScale;
                dbl *= s_doublePowers10[power];
            }
            else
            {
                if (power != -1 || dbl >= limit) dbl /= s_doublePowers10[-power];
                else power = 0;
            }
            if (dbl < low && power < MaxScale) { dbl *= 10; power++; }
            ulong mant = (ulong)(long)dbl;
            dbl -= (long)mant;
            if (dbl > 0.5 || (dbl == 0.5 && (mant & 1) != 0)) mant++;
            if (mant == 0) return 0m;
            uint[] m = new uint[] { (uint)mant, (uint)(mant >> 32) };
            if (power < 0)
            {
                for (int i = 0; i < -power; i++) m = MulSmall(m, 10);
                return Pack(m, 0, negative);
            }
            int lmax = Math.Min(power, top);
            while (lmax > 0 && mant % 10 == 0) { mant /= 10; power--; lmax--; }
            return new decimal((int)(uint)mant, (int)(uint)(mant >> 32), 0, negative, (byte)power);
        }

        public static implicit operator decimal(byte value) => new decimal((uint)value);
        public static implicit operator decimal(sbyte value) => new decimal((int)value);
        public static implicit operator decimal(short value) => new decimal((int)value);
        public static implicit operator decimal(ushort value) => new decimal((uint)value);
        public static implicit operator decimal(char value) => new decimal((uint)value);
        public static implicit operator decimal(int value) => new decimal(value);
        public static implicit operator decimal(uint value) => new decimal(value);
        public static implicit operator decimal(long value) => new decimal(value);
        public static implicit operator decimal(ulong value) => new decimal(value);
        public static explicit operator decimal(float value) => new decimal(value);
        public static explicit operator decimal(double value) => new decimal(value);

        public static explicit operator double(decimal value) => ToDouble(value);
        public static explicit operator float(decimal value) => ToSingle(value);
        public static explicit operator long(decimal value) => ToInt64(value);
        public static explicit operator ulong(decimal value) => ToUInt64(value);
        public static explicit operator int(decimal value) => ToInt32(value);
        public static explicit operator uint(decimal value) => ToUInt32(value);
        public static explicit operator short(decimal value) => ToInt16(value);
        public static explicit operator ushort(decimal value) => ToUInt16(value);
        public static explicit operator sbyte(decimal value) => ToSByte(value);
        public static explicit operator byte(decimal value) => ToByte(value);
        public static explicit operator char(decimal value) => (char)ToUInt16(value);

        // As .NET computes it: the 96-bit integer as a double divided by the power of ten as a double
        // (so not always the nearest double to the decimal value); float through double.
        public static double ToDouble(decimal d)
        {
            double r = ((double)d._lo64 + (double)d._hi32 * 18446744073709551616.0) / s_doublePowers10[d.Scale];
            return d.Negative ? -r : r;
        }

        public static float ToSingle(decimal d) => (float)ToDouble(d);

        private static readonly double[] s_doublePowers10 =
        {
            1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
            1e20, 1e21, 1e22, 1e23, 1e24, 1e25, 1e26, 1e27, 1e28,
        };

        private static void IntegerPart(decimal d, out ulong magnitude, out bool negative, string typeName)
        {
            decimal t = Truncate(d);
            uint[] m = Mantissa(t);
            for (int i = t.Scale; i > 0; i--) m = DivSmall(m, 10, out _);
            if (m.Length > 2) throw new OverflowException("Value was either too large or too small for " + typeName + ".");
            magnitude = m.Length == 0 ? 0 : m[0] | (m.Length > 1 ? (ulong)m[1] << 32 : 0);
            negative = d.Negative && magnitude != 0;
        }

        public static long ToInt64(decimal d)
        {
            IntegerPart(d, out ulong m, out bool neg, "an Int64");
            if (neg ? m > 9223372036854775808UL : m > long.MaxValue) throw new OverflowException("Value was either too large or too small for an Int64.");
            return neg ? (long)(0 - m) : (long)m;
        }

        public static ulong ToUInt64(decimal d)
        {
            IntegerPart(d, out ulong m, out bool neg, "a UInt64");
            if (neg) throw new OverflowException("Value was either too large or too small for a UInt64.");
            return m;
        }

        public static int ToInt32(decimal d)
        {
            IntegerPart(d, out ulong m, out bool neg, "an Int32");
            if (neg ? m > 2147483648UL : m > int.MaxValue) throw new OverflowException("Value was either too large or too small for an Int32.");
            return neg ? (int)(0 - (long)m) : (int)m;
        }

        public static uint ToUInt32(decimal d)
        {
            IntegerPart(d, out ulong m, out bool neg, "a UInt32");
            if (neg || m > uint.MaxValue) throw new OverflowException("Value was either too large or too small for a UInt32.");
            return (uint)m;
        }

        public static short ToInt16(decimal d)
        {
            int v = ToInt32(d);
            if (v < short.MinValue || v > short.MaxValue) throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)v;
        }

        public static ushort ToUInt16(decimal d)
        {
            uint v = ToUInt32(d);
            if (v > ushort.MaxValue) throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)v;
        }

        public static sbyte ToSByte(decimal d)
        {
            int v = ToInt32(d);
            if (v < sbyte.MinValue || v > sbyte.MaxValue) throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)v;
        }

        public static byte ToByte(decimal d)
        {
            uint v = ToUInt32(d);
            if (v > byte.MaxValue) throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)v;
        }

        public static long ToOACurrency(decimal value) => ToInt64(Round(value * 10000m));
        public static decimal FromOACurrency(long cy) => new decimal(cy) / 10000m;

        // ---- operators

        public static decimal operator +(decimal d) => d;
        public static decimal operator -(decimal d) => Negate(d);
        public static decimal operator ++(decimal d) => Add(d, One);
        public static decimal operator --(decimal d) => Subtract(d, One);
        public static decimal operator +(decimal d1, decimal d2) => Add(d1, d2);
        public static decimal operator -(decimal d1, decimal d2) => Subtract(d1, d2);
        public static decimal operator *(decimal d1, decimal d2) => Multiply(d1, d2);
        public static decimal operator /(decimal d1, decimal d2) => Divide(d1, d2);
        public static decimal operator %(decimal d1, decimal d2) => Remainder(d1, d2);
        public static bool operator ==(decimal d1, decimal d2) => Compare(d1, d2) == 0;
        public static bool operator !=(decimal d1, decimal d2) => Compare(d1, d2) != 0;
        public static bool operator <(decimal d1, decimal d2) => Compare(d1, d2) < 0;
        public static bool operator <=(decimal d1, decimal d2) => Compare(d1, d2) <= 0;
        public static bool operator >(decimal d1, decimal d2) => Compare(d1, d2) > 0;
        public static bool operator >=(decimal d1, decimal d2) => Compare(d1, d2) >= 0;

        // ---- formatting and parsing

        // All the digits with the point at the scale ("-1.50" keeps its trailing zero).
        private static string ToPlainString(decimal d)
        {
            uint[] m = Mantissa(d);
            StringBuilder digits = new StringBuilder();
            while (!IsZero(m))
            {
                m = DivSmall(m, 10, out uint r);
                digits.Insert(0, (char)('0' + r));
            }
            int scale = d.Scale;
            while (digits.Length <= scale) digits.Insert(0, '0');
            if (scale > 0) digits.Insert(digits.Length - scale, '.');
            if (d.Negative && (d._lo64 | d._hi32) != 0) digits.Insert(0, '-');
            return digits.ToString();
        }

        private static Number.Buffer ToBuffer(decimal d)
        {
            Number.Buffer b = new Number.Buffer();
            string s = ToPlainString(d);
            b.Negative = s[0] == '-';
            int intDigits = 0;
            bool seenPoint = false, leading = true;
            int leadingZerosAfterPoint = 0;
            foreach (char c in s)
            {
                if (c == '-') continue;
                if (c == '.') { seenPoint = true; continue; }
                if (leading && c == '0')
                {
                    if (seenPoint) leadingZerosAfterPoint++;
                    continue;
                }
                leading = false;
                b.Append(c);
                if (!seenPoint) intDigits++;
            }
            b.Scale = intDigits > 0 ? intDigits : -leadingZerosAfterPoint;
            int sc = b.Scale;
            b.TrimTrailingZeros();
            if (b.Count != 0) b.Scale = sc;
            return b;
        }

        public override string ToString() => ToPlainString(this);
        public string ToString(string format) => ToString(format, null);
        public string ToString(IFormatProvider provider) => ToPlainString(this);

        public string ToString(string format, IFormatProvider provider)
        {
            if (string.IsNullOrEmpty(format)) return ToPlainString(this);
            if (!Number.ParseStandardFormat(format, out char fmt, out int precision))
                return Number.FormatCustom(ToBuffer(this), format, false, 0);
            switch (fmt)
            {
                case 'R': case 'r':
                    return ToPlainString(this);
                case 'G': case 'g':
                    if (precision < 0) return ToPlainString(this);
                    {
                        Number.Buffer b = ToBuffer(this);
                        // "G0": as many digits as the mantissa has (trailing zeros then drop; plain "G" keeps them).
                        if (precision == 0) precision = Math.Max(b.Count == 0 ? 0 : b.Scale + Scale, 1);
                        b.Round(precision, false);
                        return Number.FormatGeneral(b, precision, fmt == 'g' ? 'e' : 'E', false);
                    }
                case 'F': case 'f':
                case 'N': case 'n':
                case 'E': case 'e':
                case 'P': case 'p':
                case 'C': case 'c':
                    return Number.FormatStandardFromBuffer(ToBuffer(this), fmt, precision, false, true);
            }
            throw Number.BadFormatSpecifier();
        }

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null) =>
            Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        public static decimal Parse(string s) => Parse(s, NumberStyles.Number, null);
        public static decimal Parse(string s, NumberStyles style) => Parse(s, style, null);
        public static decimal Parse(string s, IFormatProvider provider) => Parse(s, NumberStyles.Number, provider);

        public static decimal Parse(string s, NumberStyles style, IFormatProvider provider)
        {
            if (s == null) throw new ArgumentNullException("s");
            return Parse(s.AsSpan(), style, provider);
        }

        public static decimal Parse(ReadOnlySpan<char> s, NumberStyles style = NumberStyles.Number, IFormatProvider provider = null)
        {
            int st = TryParseCore(s, style, out decimal r);
            if (st == 1) throw new FormatException("The input string '" + s.ToString() + "' was not in a correct format.");
            if (st == 2) throw new OverflowException("Value was either too large or too small for a Decimal.");
            return r;
        }

        public static bool TryParse(string s, out decimal result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), NumberStyles.Number, out result) == 0;
        }

        public static bool TryParse(string s, NumberStyles style, IFormatProvider provider, out decimal result)
        {
            if (s == null) { result = 0; return false; }
            return TryParseCore(s.AsSpan(), style, out result) == 0;
        }

        public static bool TryParse(ReadOnlySpan<char> s, out decimal result) => TryParseCore(s, NumberStyles.Number, out result) == 0;

        // 0 ok, 1 format error, 2 overflow. The digits are rounded half to even into 96 bits and
        // a scale <= 28; a zero keeps its sign and its scale ("-0.00").
        private static int TryParseCore(ReadOnlySpan<char> s, NumberStyles style, out decimal result)
        {
            Number.ValidateFloatStyle(style);
            result = 0;
            Number.ScannedNumber r = new Number.ScannedNumber();
            if (!Number.ScanNumber(s, style, Number.NumberKind.Decimal, 64, r)) return 1;
            if (r.Count == 0)
            {
                result = new decimal(0, 0, r.Negative, Math.Clamp(-r.Scale, 0, MaxScale));
                return 0;
            }
            if (r.Scale > 29) return 2;
            int scale = r.Count - r.Scale;
            if (r.Scale < -MaxScale)
            {
                // Below 10^-29: rounds to zero.
                result = new decimal(0, 0, r.Negative, MaxScale);
                return 0;
            }
            uint[] m = new uint[0];
            for (int i = 0; i < r.Count; i++) m = AddBig(MulSmall(m, 10), new uint[] { (uint)(r.Digits[i] - '0') });
            try
            {
                result = Pack(m, scale, r.Negative, r.NonZeroTail);
            }
            catch (OverflowException)
            {
                return 2;
            }
            return 0;
        }

        public TypeCode GetTypeCode() => TypeCode.Decimal;
        bool IConvertible.ToBoolean(IFormatProvider provider) => this != 0;
        char IConvertible.ToChar(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Decimal' to 'Char'.");
        sbyte IConvertible.ToSByte(IFormatProvider provider) => ToSByte(Round(this));
        byte IConvertible.ToByte(IFormatProvider provider) => ToByte(Round(this));
        short IConvertible.ToInt16(IFormatProvider provider) => ToInt16(Round(this));
        ushort IConvertible.ToUInt16(IFormatProvider provider) => ToUInt16(Round(this));
        int IConvertible.ToInt32(IFormatProvider provider) => ToInt32(Round(this));
        uint IConvertible.ToUInt32(IFormatProvider provider) => ToUInt32(Round(this));
        long IConvertible.ToInt64(IFormatProvider provider) => ToInt64(Round(this));
        ulong IConvertible.ToUInt64(IFormatProvider provider) => ToUInt64(Round(this));
        float IConvertible.ToSingle(IFormatProvider provider) => ToSingle(this);
        double IConvertible.ToDouble(IFormatProvider provider) => ToDouble(this);
        decimal IConvertible.ToDecimal(IFormatProvider provider) => this;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Decimal' to 'DateTime'.");
        object IConvertible.ToType(Type type, IFormatProvider provider) => Convert.DefaultToType(this, type, provider);
    }
}
