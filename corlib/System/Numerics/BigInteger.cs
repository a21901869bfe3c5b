using System.Globalization;
using System.Text;

namespace System.Numerics
{
    // Arbitrary-precision integers: a sign and a magnitude of 32-bit limbs (least significant
    // first, no leading zero limbs). Bitwise operators act on the two's complement form, as .NET's.
    [Serializable]
    public readonly struct BigInteger : IComparable, IComparable<BigInteger>, IEquatable<BigInteger>, IFormattable, ISpanFormattable
    {
        private readonly int _sign;       // -1, 0, 1
        private readonly uint[] _mag;     // null for zero

        private static readonly uint[] s_one = { 1 };

        private BigInteger(int sign, uint[] mag)
        {
            int n = mag == null ? 0 : mag.Length;
            while (n > 0 && mag[n - 1] == 0) n--;
            if (n == 0) { _sign = 0; _mag = null; return; }
            if (n != mag.Length) Array.Resize(ref mag, n);
            _sign = sign;
            _mag = mag;
        }

        public BigInteger(int value) : this((long)value) { }
        public BigInteger(uint value) : this((ulong)value) { }

        public BigInteger(long value)
        {
            if (value == 0) { _sign = 0; _mag = null; return; }
            ulong m = value < 0 ? (ulong)(-(value + 1)) + 1 : (ulong)value;
            this = new BigInteger(value < 0 ? -1 : 1, FromULong(m));
        }

        public BigInteger(ulong value)
        {
            if (value == 0) { _sign = 0; _mag = null; return; }
            this = new BigInteger(1, FromULong(value));
        }

        public BigInteger(double value)
        {
            if (double.IsNaN(value) || double.IsInfinity(value)) throw new OverflowException("BigInteger cannot represent infinity.");
            value = Math.Truncate(value);
            if (value == 0) { _sign = 0; _mag = null; return; }
            bool neg = value < 0;
            long bits = BitConverter.DoubleToInt64Bits(Math.Abs(value));
            int exp = (int)((bits >> 52) & 0x7FF) - 1075;
            ulong man = (ulong)(bits & 0xFFFFFFFFFFFFFL) | (1UL << 52);
            BigInteger r = new BigInteger(man);
            r = exp >= 0 ? r << exp : r >> -exp;
            this = neg ? -r : r;
        }

        public BigInteger(float value) : this((double)value) { }

        public BigInteger(decimal value)
        {
            decimal t = decimal.Truncate(value);
            int[] bits = decimal.GetBits(t);
            var mag = new uint[] { (uint)bits[0], (uint)bits[1], (uint)bits[2] };
            this = new BigInteger(t < 0 ? -1 : 1, mag);
        }

        public BigInteger(byte[] value) : this(new ReadOnlySpan<byte>(value ?? throw new ArgumentNullException("value"))) { }

        public BigInteger(ReadOnlySpan<byte> value, bool isUnsigned = false, bool isBigEndian = false)
        {
            int n = value.Length;
            if (n == 0) { _sign = 0; _mag = null; return; }
            byte[] le = new byte[n];
            for (int i = 0; i < n; i++) le[i] = isBigEndian ? value[n - 1 - i] : value[i];
            bool neg = !isUnsigned && (le[n - 1] & 0x80) != 0;
            if (neg)
            {
                // Two's complement to magnitude.
                int carry = 1;
                for (int i = 0; i < n; i++) { int b = (byte)~le[i] + carry; le[i] = (byte)b; carry = b >> 8; }
            }
            var mag = new uint[(n + 3) / 4];
            for (int i = 0; i < n; i++) mag[i / 4] |= (uint)le[i] << (8 * (i % 4));
            this = new BigInteger(neg ? -1 : 1, mag);
        }

        private static uint[] FromULong(ulong m) => (m >> 32) != 0 ? new uint[] { (uint)m, (uint)(m >> 32) } : new uint[] { (uint)m };

        public static BigInteger Zero => default;
        public static BigInteger One => new BigInteger(1, s_one);
        public static BigInteger MinusOne => new BigInteger(-1, s_one);

        public int Sign => _sign;
        public bool IsZero => _sign == 0;
        public bool IsOne => _sign == 1 && _mag.Length == 1 && _mag[0] == 1;
        public bool IsEven => _sign == 0 || (_mag[0] & 1) == 0;
        public bool IsPowerOfTwo
        {
            get
            {
                if (_sign != 1) return false;
                for (int i = 0; i < _mag.Length - 1; i++) if (_mag[i] != 0) return false;
                uint top = _mag[_mag.Length - 1];
                return (top & (top - 1)) == 0;
            }
        }

        // ---- magnitude arithmetic

        private static int CompareMag(uint[] a, uint[] b)
        {
            int la = a == null ? 0 : a.Length, lb = b == null ? 0 : b.Length;
            if (la != lb) return la < lb ? -1 : 1;
            for (int i = la - 1; i >= 0; i--) if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
            return 0;
        }

        private static uint[] AddMag(uint[] a, uint[] b)
        {
            if (a == null) return b;
            if (b == null) return a;
            if (a.Length < b.Length) { var t = a; a = b; b = t; }
            var r = new uint[a.Length + 1];
            ulong carry = 0;
            for (int i = 0; i < a.Length; i++)
            {
                ulong s = (ulong)a[i] + (i < b.Length ? b[i] : 0) + carry;
                r[i] = (uint)s;
                carry = s >> 32;
            }
            r[a.Length] = (uint)carry;
            return r;
        }

        // a - b with |a| >= |b|.
        private static uint[] SubMag(uint[] a, uint[] b)
        {
            if (b == null) return a;
            var r = new uint[a.Length];
            long borrow = 0;
            for (int i = 0; i < a.Length; i++)
            {
                long d = (long)a[i] - (i < b.Length ? b[i] : 0) - borrow;
                if (d < 0) { d += 1L << 32; borrow = 1; } else borrow = 0;
                r[i] = (uint)d;
            }
            return r;
        }

        private static uint[] MulMag(uint[] a, uint[] b)
        {
            if (a == null || b == null) return null;
            var r = new uint[a.Length + b.Length];
            for (int i = 0; i < a.Length; i++)
            {
                ulong carry = 0, ai = a[i];
                if (ai == 0) continue;
                for (int j = 0; j < b.Length; j++)
                {
                    ulong t = ai * b[j] + r[i + j] + carry;
                    r[i + j] = (uint)t;
                    carry = t >> 32;
                }
                int k = i + b.Length;
                while (carry != 0)
                {
                    ulong t = (ulong)r[k] + carry;
                    r[k++] = (uint)t;
                    carry = t >> 32;
                }
            }
            return r;
        }

        private static uint[] DivRemSmall(uint[] a, uint d, out uint rem)
        {
            var q = new uint[a.Length];
            ulong r = 0;
            for (int i = a.Length - 1; i >= 0; i--)
            {
                ulong cur = (r << 32) | a[i];
                q[i] = (uint)(cur / d);
                r = cur % d;
            }
            rem = (uint)r;
            return q;
        }

        // Long division of magnitudes (|a| >= |b| > 0, b with at least two limbs): normalise so the
        // divisor's top limb has its high bit set, then estimate each quotient limb from the top two
        // limbs of the remainder, correct the estimate, and subtract.
        private static uint[] DivRemMag(uint[] a, uint[] b, out uint[] rem)
        {
            if (b.Length == 1)
            {
                uint[] q1 = DivRemSmall(a, b[0], out uint r1);
                rem = new uint[] { r1 };
                return q1;
            }
            int shift = System.Numerics.BitOperations.LeadingZeroCount(b[b.Length - 1]);
            uint[] v = ShiftLeftMag(b, shift, b.Length);
            uint[] u = ShiftLeftMag(a, shift, a.Length + 1);
            int n = v.Length, m = u.Length - n;
            var q = new uint[m];
            ulong vTop = v[n - 1], vNext = v[n - 2];
            for (int j = m - 1; j >= 0; j--)
            {
                ulong num = ((ulong)u[j + n] << 32) | u[j + n - 1];
                ulong qhat = num / vTop, rhat = num % vTop;
                while (qhat > 0xFFFFFFFFUL || qhat * vNext > ((rhat << 32) | u[j + n - 2]))
                {
                    qhat--;
                    rhat += vTop;
                    if (rhat > 0xFFFFFFFFUL) break;
                }
                // u[j..j+n] -= qhat * v
                long borrow = 0;
                ulong carry = 0;
                for (int i = 0; i < n; i++)
                {
                    ulong p = qhat * v[i] + carry;
                    carry = p >> 32;
                    long t = (long)u[i + j] - (long)(uint)p - borrow;
                    if (t < 0) { t += 1L << 32; borrow = 1; } else borrow = 0;
                    u[i + j] = (uint)t;
                }
                long top = (long)u[j + n] - (long)carry - borrow;
                if (top < 0)
                {
                    // Estimate one too large: add v back.
                    u[j + n] = (uint)(top + (1L << 32));
                    qhat--;
                    ulong c = 0;
                    for (int i = 0; i < n; i++)
                    {
                        ulong s = (ulong)u[i + j] + v[i] + c;
                        u[i + j] = (uint)s;
                        c = s >> 32;
                    }
                    u[j + n] = (uint)(u[j + n] + c);
                }
                else u[j + n] = (uint)top;
                q[j] = (uint)qhat;
            }
            rem = ShiftRightMag(u, shift, n);
            return q;
        }

        private static uint[] ShiftLeftMag(uint[] a, int shift, int len)
        {
            var r = new uint[Math.Max(len, a.Length)];
            if (shift == 0) { Array.Copy(a, r, a.Length); return r; }
            uint carry = 0;
            for (int i = 0; i < a.Length; i++)
            {
                r[i] = (a[i] << shift) | carry;
                carry = a[i] >> (32 - shift);
            }
            if (a.Length < r.Length) r[a.Length] = carry;
            return r;
        }

        private static uint[] ShiftRightMag(uint[] a, int shift, int len)
        {
            var r = new uint[len];
            for (int i = 0; i < len; i++)
            {
                uint lo = a[i] >> shift;
                uint hi = shift == 0 || i + 1 >= a.Length ? 0 : a[i + 1] << (32 - shift);
                r[i] = lo | hi;
            }
            return r;
        }

        // ---- operators

        public static BigInteger operator +(BigInteger a, BigInteger b)
        {
            if (a._sign == 0) return b;
            if (b._sign == 0) return a;
            if (a._sign == b._sign) return new BigInteger(a._sign, AddMag(a._mag, b._mag));
            int c = CompareMag(a._mag, b._mag);
            if (c == 0) return Zero;
            return c > 0 ? new BigInteger(a._sign, SubMag(a._mag, b._mag)) : new BigInteger(b._sign, SubMag(b._mag, a._mag));
        }

        public static BigInteger operator -(BigInteger a, BigInteger b) => a + (-b);
        public static BigInteger operator -(BigInteger a) => new BigInteger(-a._sign, a._mag);
        public static BigInteger operator +(BigInteger a) => a;
        public static BigInteger operator ++(BigInteger a) => a + One;
        public static BigInteger operator --(BigInteger a) => a - One;
        public static BigInteger operator *(BigInteger a, BigInteger b) => a._sign == 0 || b._sign == 0 ? Zero : new BigInteger(a._sign * b._sign, MulMag(a._mag, b._mag));

        public static BigInteger operator /(BigInteger a, BigInteger b) => DivRem(a, b, out _);

        public static BigInteger operator %(BigInteger a, BigInteger b)
        {
            DivRem(a, b, out BigInteger r);
            return r;
        }

        public static BigInteger DivRem(BigInteger dividend, BigInteger divisor, out BigInteger remainder)
        {
            if (divisor._sign == 0) throw new DivideByZeroException();
            if (CompareMag(dividend._mag, divisor._mag) < 0) { remainder = dividend; return Zero; }
            uint[] q = DivRemMag(dividend._mag, divisor._mag, out uint[] r);
            remainder = new BigInteger(dividend._sign, r);
            return new BigInteger(dividend._sign * divisor._sign, q);
        }

        public static (BigInteger Quotient, BigInteger Remainder) DivRem(BigInteger left, BigInteger right)
        {
            BigInteger q = DivRem(left, right, out BigInteger r);
            return (q, r);
        }

        public static BigInteger Add(BigInteger left, BigInteger right) => left + right;
        public static BigInteger Subtract(BigInteger left, BigInteger right) => left - right;
        public static BigInteger Multiply(BigInteger left, BigInteger right) => left * right;
        public static BigInteger Divide(BigInteger dividend, BigInteger divisor) => dividend / divisor;
        public static BigInteger Remainder(BigInteger dividend, BigInteger divisor) => dividend % divisor;
        public static BigInteger Negate(BigInteger value) => -value;
        public static BigInteger Abs(BigInteger value) => value._sign < 0 ? -value : value;
        public static BigInteger Max(BigInteger left, BigInteger right) => left.CompareTo(right) < 0 ? right : left;
        public static BigInteger Min(BigInteger left, BigInteger right) => left.CompareTo(right) <= 0 ? left : right;

        public static BigInteger Pow(BigInteger value, int exponent)
        {
            if (exponent < 0) throw new ArgumentOutOfRangeException("exponent", exponent, "The number must be greater than or equal to zero.");
            BigInteger result = One, b = value;
            while (exponent != 0)
            {
                if ((exponent & 1) != 0) result *= b;
                exponent >>= 1;
                if (exponent != 0) b *= b;
            }
            return result;
        }

        public static BigInteger ModPow(BigInteger value, BigInteger exponent, BigInteger modulus)
        {
            if (exponent._sign < 0) throw new ArgumentOutOfRangeException("exponent", "The number must be greater than or equal to zero.");
            if (modulus._sign == 0) throw new DivideByZeroException();
            BigInteger result = One % modulus, b = value % modulus;
            int bits = (int)exponent.GetBitLength();
            for (int i = 0; i < bits; i++)
            {
                if (((exponent._mag[i / 32] >> (i % 32)) & 1) != 0) result = result * b % modulus;
                b = b * b % modulus;
            }
            return result;
        }

        public static BigInteger GreatestCommonDivisor(BigInteger left, BigInteger right)
        {
            BigInteger a = Abs(left), b = Abs(right);
            while (b._sign != 0) { BigInteger t = a % b; a = b; b = t; }
            return a;
        }

        public long GetBitLength()
        {
            if (_sign == 0) return 0;
            int top = _mag.Length - 1;
            long bits = top * 32L + (32 - System.Numerics.BitOperations.LeadingZeroCount(_mag[top]));
            if (_sign < 0 && IsPowerOfTwoMag()) bits--;
            return bits;
        }

        private bool IsPowerOfTwoMag()
        {
            for (int i = 0; i < _mag.Length - 1; i++) if (_mag[i] != 0) return false;
            uint t = _mag[_mag.Length - 1];
            return (t & (t - 1)) == 0;
        }

        public static double Log(BigInteger value) => Log(value, Math.E);

        public static double Log(BigInteger value, double baseValue)
        {
            if (value._sign < 0 || baseValue == 1) return double.NaN;
            if (value._sign == 0) return double.NegativeInfinity;
            int len = value._mag.Length;
            if (len <= 2) return Math.Log((double)value, baseValue);
            // Use the top 64 bits and the count of the rest.
            ulong top = ((ulong)value._mag[len - 1] << 32) | value._mag[len - 2];
            int lz = System.Numerics.BitOperations.LeadingZeroCount(value._mag[len - 1]);
            ulong man = lz == 0 ? top : (top << lz) | (value._mag[len - 3] >> (32 - lz));
            long exp = (len - 2) * 32L - lz;
            return (Math.Log(man) + exp * Math.Log(2)) / Math.Log(baseValue);
        }

        public static double Log10(BigInteger value) => Log(value, 10);

        // ---- two's complement bitwise operations

        private uint[] ToTwos(int len)
        {
            var r = new uint[len];
            if (_sign == 0) return r;
            Array.Copy(_mag, r, Math.Min(_mag.Length, len));
            if (_sign < 0)
            {
                ulong carry = 1;
                for (int i = 0; i < len; i++)
                {
                    ulong t = (ulong)(~r[i]) + carry;
                    r[i] = (uint)t;
                    carry = t >> 32;
                }
            }
            return r;
        }

        private static BigInteger FromTwos(uint[] r)
        {
            bool neg = r.Length > 0 && (r[r.Length - 1] & 0x80000000) != 0;
            if (neg)
            {
                ulong carry = 1;
                for (int i = 0; i < r.Length; i++)
                {
                    ulong t = (ulong)(~r[i]) + carry;
                    r[i] = (uint)t;
                    carry = t >> 32;
                }
            }
            return new BigInteger(neg ? -1 : 1, r);
        }

        private static BigInteger Bitwise(BigInteger a, BigInteger b, int op)
        {
            int len = Math.Max(a._mag?.Length ?? 0, b._mag?.Length ?? 0) + 1;
            uint[] x = a.ToTwos(len), y = b.ToTwos(len);
            for (int i = 0; i < len; i++) x[i] = op == 0 ? x[i] & y[i] : op == 1 ? x[i] | y[i] : x[i] ^ y[i];
            return FromTwos(x);
        }

        public static BigInteger operator &(BigInteger a, BigInteger b) => Bitwise(a, b, 0);
        public static BigInteger operator |(BigInteger a, BigInteger b) => Bitwise(a, b, 1);
        public static BigInteger operator ^(BigInteger a, BigInteger b) => Bitwise(a, b, 2);
        public static BigInteger operator ~(BigInteger a) => -(a + One);

        public static BigInteger operator <<(BigInteger value, int shift)
        {
            if (shift < 0) return value >> -shift;
            if (value._sign == 0 || shift == 0) return value;
            int words = shift / 32, bits = shift % 32;
            var r = new uint[value._mag.Length + words + 1];
            for (int i = 0; i < value._mag.Length; i++)
            {
                ulong t = (ulong)value._mag[i] << bits;
                r[i + words] |= (uint)t;
                r[i + words + 1] |= (uint)(t >> 32);
            }
            return new BigInteger(value._sign, r);
        }

        public static BigInteger operator >>(BigInteger value, int shift)
        {
            if (shift < 0) return value << -shift;
            if (value._sign == 0 || shift == 0) return value;
            if (value._sign < 0)
            {
                // Arithmetic shift rounds toward negative infinity: -((|v| - 1) >> s) - 1.
                BigInteger m = (-value) - One;
                return -(m >> shift) - One;
            }
            int words = shift / 32, bits = shift % 32;
            if (words >= value._mag.Length) return Zero;
            var r = new uint[value._mag.Length - words];
            for (int i = 0; i < r.Length; i++)
            {
                ulong t = value._mag[i + words];
                if (i + words + 1 < value._mag.Length) t |= (ulong)value._mag[i + words + 1] << 32;
                r[i] = (uint)(t >> bits);
            }
            return new BigInteger(1, r);
        }

        public static BigInteger operator >>>(BigInteger value, int shift) => value >> shift;

        // ---- comparison and equality

        public int CompareTo(BigInteger other)
        {
            if (_sign != other._sign) return _sign < other._sign ? -1 : 1;
            int c = CompareMag(_mag, other._mag);
            return _sign < 0 ? -c : c;
        }

        public int CompareTo(long other) => CompareTo(new BigInteger(other));
        public int CompareTo(ulong other) => CompareTo(new BigInteger(other));

        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is BigInteger b) return CompareTo(b);
            throw new ArgumentException("The parameter must be a BigInteger.", "obj");
        }

        public static int Compare(BigInteger left, BigInteger right) => left.CompareTo(right);
        public bool Equals(BigInteger other) => _sign == other._sign && CompareMag(_mag, other._mag) == 0;
        public bool Equals(long other) => Equals(new BigInteger(other));
        public bool Equals(ulong other) => Equals(new BigInteger(other));
        public override bool Equals(object obj) => obj is BigInteger b && Equals(b);

        public override int GetHashCode()
        {
            if (_sign == 0) return 0;
            int h = _sign;
            foreach (uint w in _mag) h = h * 31 + (int)w;
            return h;
        }

        public static bool operator ==(BigInteger a, BigInteger b) => a.Equals(b);
        public static bool operator !=(BigInteger a, BigInteger b) => !a.Equals(b);
        public static bool operator <(BigInteger a, BigInteger b) => a.CompareTo(b) < 0;
        public static bool operator >(BigInteger a, BigInteger b) => a.CompareTo(b) > 0;
        public static bool operator <=(BigInteger a, BigInteger b) => a.CompareTo(b) <= 0;
        public static bool operator >=(BigInteger a, BigInteger b) => a.CompareTo(b) >= 0;
        public static bool operator ==(BigInteger a, long b) => a.Equals(b);
        public static bool operator !=(BigInteger a, long b) => !a.Equals(b);
        public static bool operator <(BigInteger a, long b) => a.CompareTo(b) < 0;
        public static bool operator >(BigInteger a, long b) => a.CompareTo(b) > 0;
        public static bool operator <=(BigInteger a, long b) => a.CompareTo(b) <= 0;
        public static bool operator >=(BigInteger a, long b) => a.CompareTo(b) >= 0;
        public static bool operator ==(long a, BigInteger b) => b.Equals(a);
        public static bool operator !=(long a, BigInteger b) => !b.Equals(a);
        public static bool operator <(long a, BigInteger b) => b.CompareTo(a) > 0;
        public static bool operator >(long a, BigInteger b) => b.CompareTo(a) < 0;
        public static bool operator <=(long a, BigInteger b) => b.CompareTo(a) >= 0;
        public static bool operator >=(long a, BigInteger b) => b.CompareTo(a) <= 0;

        // ---- conversions

        public static implicit operator BigInteger(int value) => new BigInteger(value);
        public static implicit operator BigInteger(uint value) => new BigInteger(value);
        public static implicit operator BigInteger(long value) => new BigInteger(value);
        public static implicit operator BigInteger(ulong value) => new BigInteger(value);
        public static implicit operator BigInteger(short value) => new BigInteger(value);
        public static implicit operator BigInteger(ushort value) => new BigInteger(value);
        public static implicit operator BigInteger(byte value) => new BigInteger(value);
        public static implicit operator BigInteger(sbyte value) => new BigInteger(value);
        public static implicit operator BigInteger(char value) => new BigInteger(value);
        public static explicit operator BigInteger(double value) => new BigInteger(value);
        public static explicit operator BigInteger(float value) => new BigInteger(value);
        public static explicit operator BigInteger(decimal value) => new BigInteger(value);

        private ulong Low64(string typeName, ulong maxPos, ulong maxNeg)
        {
            if (_sign == 0) return 0;
            if (_mag.Length > 2) throw new OverflowException("Value was either too large or too small for " + typeName + ".");
            ulong m = _mag[0] | (_mag.Length > 1 ? (ulong)_mag[1] << 32 : 0);
            if (_sign > 0 ? m > maxPos : m > maxNeg) throw new OverflowException("Value was either too large or too small for " + typeName + ".");
            return m;
        }

        public static explicit operator long(BigInteger value)
        {
            ulong m = value.Low64("an Int64", long.MaxValue, 1UL << 63);
            return value._sign < 0 ? (long)(0 - m) : (long)m;
        }

        public static explicit operator ulong(BigInteger value)
        {
            if (value._sign < 0) throw new OverflowException("Value was either too large or too small for a UInt64.");
            return value.Low64("a UInt64", ulong.MaxValue, 0);
        }

        public static explicit operator int(BigInteger value)
        {
            ulong m = value.Low64("an Int32", int.MaxValue, 1UL << 31);
            return value._sign < 0 ? (int)(0 - (long)m) : (int)m;
        }

        public static explicit operator uint(BigInteger value)
        {
            if (value._sign < 0) throw new OverflowException("Value was either too large or too small for a UInt32.");
            return (uint)value.Low64("a UInt32", uint.MaxValue, 0);
        }

        public static explicit operator short(BigInteger value) => checked((short)(int)value);
        public static explicit operator ushort(BigInteger value) => checked((ushort)(uint)value);
        public static explicit operator byte(BigInteger value) => checked((byte)(uint)value);
        public static explicit operator sbyte(BigInteger value) => checked((sbyte)(int)value);
        public static explicit operator char(BigInteger value) => checked((char)(uint)value);

        // As .NET converts: the magnitude truncated (toward zero) to its 53 leading bits, scaled.
        public static explicit operator double(BigInteger value)
        {
            if (value._sign == 0) return 0;
            long bits = Abs(value).GetBitLength();
            double r;
            if (bits > 1024) r = double.PositiveInfinity;
            else if (bits <= 53) r = (double)(ulong)Abs(value);
            else r = Math.ScaleB((double)(ulong)(Abs(value) >> (int)(bits - 53)), (int)(bits - 53));
            return value._sign < 0 ? -r : r;
        }

        public static explicit operator float(BigInteger value) => (float)(double)value;

        public static explicit operator decimal(BigInteger value)
        {
            if (value._sign == 0) return 0m;
            if (value._mag.Length > 3) throw new OverflowException("Value was either too large or too small for a Decimal.");
            return new decimal((int)value._mag[0], value._mag.Length > 1 ? (int)value._mag[1] : 0, value._mag.Length > 2 ? (int)value._mag[2] : 0, value._sign < 0, 0);
        }

        public byte[] ToByteArray() => ToByteArray(false, false);

        public byte[] ToByteArray(bool isUnsigned = false, bool isBigEndian = false)
        {
            if (_sign == 0) return new byte[1];
            if (isUnsigned && _sign < 0) throw new OverflowException("Negative values do not have an unsigned representation.");
            int len = _mag.Length + 1;
            uint[] t = isUnsigned ? ToTwos(len) : ToTwos(len);
            var bytes = new byte[len * 4];
            for (int i = 0; i < bytes.Length; i++) bytes[i] = (byte)(t[i / 4] >> (8 * (i % 4)));
            int n = bytes.Length;
            byte fill = _sign < 0 ? (byte)0xFF : (byte)0;
            while (n > 1 && bytes[n - 1] == fill && (isUnsigned || ((bytes[n - 2] & 0x80) == (fill & 0x80)))) n--;
            var r = new byte[n];
            Array.Copy(bytes, r, n);
            if (isBigEndian) Array.Reverse(r);
            return r;
        }

        // ---- text

        public override string ToString() => ToString(null, null);
        public string ToString(string format) => ToString(format, null);
        public string ToString(IFormatProvider provider) => ToString(null, provider);

        public string ToString(string format, IFormatProvider provider)
        {
            if (!Number.ParseStandardFormat(format, out char f, out int digits)) return Number.FormatCustom(DigitBuffer(), format, false, 0);
            switch (f)
            {
                case 'D': case 'd': case 'R': case 'r':
                {
                    string s = DecimalDigits();
                    if (s.Length < digits) s = new string('0', digits - s.Length) + s;
                    return _sign < 0 ? "-" + s : s;
                }
                case 'G': case 'g':
                {
                    if (digits <= 0) goto case 'D';
                    Number.Buffer b = DigitBuffer();
                    b.Round(digits, false);
                    return Number.FormatGeneral(b, digits, f == 'g' ? 'e' : 'E', false);
                }
                case 'X': case 'x':
                {
                    string s = Hex(f == 'x');
                    if (s.Length < digits) s = new string(_sign < 0 ? (f == 'x' ? 'f' : 'F') : '0', digits - s.Length) + s;
                    return s;
                }
                case 'F': case 'f': case 'N': case 'n': case 'E': case 'e': case 'P': case 'p': case 'C': case 'c':
                    return Number.FormatStandardFromBuffer(DigitBuffer(), f, digits, false, true);
            }
            throw new FormatException("Format specifier was invalid.");
        }

        // The decimal digits and sign, for the formats integers share with the other numbers.
        private Number.Buffer DigitBuffer()
        {
            Number.Buffer b = new Number.Buffer();
            string s = DecimalDigits();
            if (s != "0")
            {
                foreach (char c in s) b.Append(c);
                b.Scale = s.Length;
                b.TrimTrailingZeros();
                b.Scale = s.Length;
            }
            b.Negative = _sign < 0;
            return b;
        }


        private string DecimalDigits()
        {
            if (_sign == 0) return "0";
            var chunks = new System.Collections.Generic.List<uint>();
            uint[] m = (uint[])_mag.Clone();
            int len = m.Length;
            while (len > 0)
            {
                ulong r = 0;
                for (int i = len - 1; i >= 0; i--)
                {
                    ulong cur = (r << 32) | m[i];
                    m[i] = (uint)(cur / 1000000000);
                    r = cur % 1000000000;
                }
                chunks.Add((uint)r);
                while (len > 0 && m[len - 1] == 0) len--;
            }
            var sb = new StringBuilder();
            sb.Append(chunks[chunks.Count - 1]);
            for (int i = chunks.Count - 2; i >= 0; i--) sb.Append(chunks[i].ToString("D9", CultureInfo.InvariantCulture));
            return sb.ToString();
        }

        private string Hex(bool lower)
        {
            if (_sign == 0) return "0";
            uint[] t = ToTwos(_mag.Length + 1);
            var sb = new StringBuilder();
            for (int i = t.Length - 1; i >= 0; i--) sb.Append(t[i].ToString(lower ? "x8" : "X8", CultureInfo.InvariantCulture));
            string s = sb.ToString();
            char fill = _sign < 0 ? (lower ? 'f' : 'F') : '0';
            int k = 0;
            while (k < s.Length - 1 && s[k] == fill && (_sign < 0 ? HexDigit(s[k + 1]) >= 8 : HexDigit(s[k + 1]) < 8)) k++;
            return s.Substring(k);
        }

        private static int HexDigit(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null)
        {
            string s = ToString(format.Length == 0 ? null : format.ToString(), provider);
            if (s.Length > destination.Length) { charsWritten = 0; return false; }
            s.AsSpan().CopyTo(destination);
            charsWritten = s.Length;
            return true;
        }

        public static BigInteger Parse(string value) => Parse(value, NumberStyles.Integer, null);
        public static BigInteger Parse(string value, IFormatProvider provider) => Parse(value, NumberStyles.Integer, provider);
        public static BigInteger Parse(string value, NumberStyles style) => Parse(value, style, null);

        public static BigInteger Parse(string value, NumberStyles style, IFormatProvider provider)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (!TryParse(value, style, provider, out BigInteger r)) throw new FormatException("The value could not be parsed.");
            return r;
        }

        public static bool TryParse(string value, out BigInteger result) => TryParse(value, NumberStyles.Integer, null, out result);

        public static bool TryParse(string value, NumberStyles style, IFormatProvider provider, out BigInteger result)
        {
            result = Zero;
            if (value == null) return false;
            string s = value;
            if ((style & NumberStyles.AllowLeadingWhite) != 0) s = s.TrimStart();
            if ((style & NumberStyles.AllowTrailingWhite) != 0) s = s.TrimEnd();
            if (s.Length == 0) return false;
            if ((style & NumberStyles.AllowHexSpecifier) != 0)
            {
                BigInteger r = Zero;
                foreach (char c in s)
                {
                    int d = c >= '0' && c <= '9' ? c - '0' : (c | 0x20) >= 'a' && (c | 0x20) <= 'f' ? (c | 0x20) - 'a' + 10 : -1;
                    if (d < 0) return false;
                    r = (r << 4) + d;
                }
                // The top hex digit's high bit is the sign (two's complement).
                if (HexDigit(s[0]) >= 8) r -= One << (4 * s.Length);
                result = r;
                return true;
            }
            bool neg = false;
            int i = 0;
            if ((style & NumberStyles.AllowLeadingSign) != 0 && (s[0] == '-' || s[0] == '+')) { neg = s[0] == '-'; i = 1; }
            if (i >= s.Length) return false;
            BigInteger acc = Zero;
            uint chunk = 0;
            int chunkDigits = 0;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                if (c == ',' && (style & NumberStyles.AllowThousands) != 0) continue;
                if (c < '0' || c > '9') return false;
                chunk = chunk * 10 + (uint)(c - '0');
                if (++chunkDigits == 9)
                {
                    acc = acc * 1000000000 + chunk;
                    chunk = 0;
                    chunkDigits = 0;
                }
            }
            if (chunkDigits > 0)
            {
                uint p = 1;
                for (int k = 0; k < chunkDigits; k++) p *= 10;
                acc = acc * p + chunk;
            }
            result = neg ? -acc : acc;
            return true;
        }
    }
}
