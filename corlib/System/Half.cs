using System.Globalization;

namespace System
{
    // IEEE 754 binary16. Conversions from double round once, to nearest even; arithmetic goes
    // through float (exact enough that each result is rounded once); text is the shortest
    // string that reads back as the same value, formatted as double formats it.
    [Serializable]
    public readonly struct Half : IComparable, IComparable<Half>, IEquatable<Half>, IFormattable, ISpanFormattable
    {
        internal readonly ushort _value;

        internal Half(ushort bits) { _value = bits; }

        public static Half Epsilon => new Half(0x0001);
        public static Half MaxValue => new Half(0x7BFF);
        public static Half MinValue => new Half(0xFBFF);
        public static Half NaN => new Half(0xFE00);
        public static Half NegativeInfinity => new Half(0xFC00);
        public static Half PositiveInfinity => new Half(0x7C00);
        public static Half NegativeZero => new Half(0x8000);
        public static Half Zero => new Half(0);
        public static Half One => new Half(0x3C00);
        public static Half NegativeOne => new Half(0xBC00);
        public static Half E => (Half)Math.E;
        public static Half Pi => (Half)Math.PI;
        public static Half Tau => (Half)(2 * Math.PI);

        public static bool IsNaN(Half value) => (value._value & 0x7FFF) > 0x7C00;
        public static bool IsInfinity(Half value) => (value._value & 0x7FFF) == 0x7C00;
        public static bool IsPositiveInfinity(Half value) => value._value == 0x7C00;
        public static bool IsNegativeInfinity(Half value) => value._value == 0xFC00;
        public static bool IsFinite(Half value) => (value._value & 0x7C00) != 0x7C00;
        public static bool IsNegative(Half value) => (value._value & 0x8000) != 0;
        public static bool IsNormal(Half value) { int e = value._value & 0x7C00; return e != 0 && e != 0x7C00; }
        public static bool IsSubnormal(Half value) => (value._value & 0x7C00) == 0 && (value._value & 0x3FF) != 0;

        // ---- conversions

        public static explicit operator Half(double value)
        {
            ulong bits = BitConverter.DoubleToUInt64Bits(value);
            ushort sign = (ushort)((bits >> 48) & 0x8000);
            if (double.IsNaN(value)) return new Half((ushort)(sign | 0x7E00 | (ushort)((bits >> 42) & 0x3FF)));
            double a = Math.Abs(value);
            if (a >= 65520.0) return new Half((ushort)(sign | 0x7C00));
            if (a <= 2.9802322387695312E-08) return new Half(sign);
            if (a < 6.103515625E-05)
            {
                double m = Math.Round(a * 16777216.0, MidpointRounding.ToEven);
                return new Half((ushort)(sign | (ushort)m));
            }
            int e = (int)((bits >> 52) & 0x7FF) - 1023;
            double scaled = Math.Round(Math.ScaleB(a, 10 - e), MidpointRounding.ToEven);
            if (scaled >= 2048) { scaled /= 2; e++; }
            if (e + 15 >= 31) return new Half((ushort)(sign | 0x7C00));
            return new Half((ushort)(sign | ((e + 15) << 10) | ((int)scaled - 1024)));
        }

        public static explicit operator Half(float value) => (Half)(double)value;
        public static explicit operator Half(decimal value) => (Half)(double)value;
        public static explicit operator Half(int value) => (Half)(double)value;
        public static explicit operator Half(uint value) => (Half)(double)value;
        public static explicit operator Half(long value) => (Half)(double)value;
        public static explicit operator Half(ulong value) => (Half)(double)value;
        public static explicit operator Half(short value) => (Half)(double)value;
        public static explicit operator Half(ushort value) => (Half)(double)value;
        public static explicit operator Half(char value) => (Half)(double)value;
        public static implicit operator Half(byte value) => (Half)(double)value;
        public static implicit operator Half(sbyte value) => (Half)(double)value;

        public static explicit operator double(Half value)
        {
            int bits = value._value;
            bool neg = (bits & 0x8000) != 0;
            int e = (bits >> 10) & 0x1F, m = bits & 0x3FF;
            double r;
            if (e == 0x1F) r = m != 0 ? double.NaN : double.PositiveInfinity;
            else if (e == 0) r = Math.ScaleB(m, -24);
            else r = Math.ScaleB(m + 1024, e - 25);
            return neg ? -r : r;
        }

        public static explicit operator float(Half value) => (float)(double)value;
        public static explicit operator decimal(Half value) => (decimal)(double)value;
        public static explicit operator int(Half value) => (int)(double)value;
        public static explicit operator long(Half value) => (long)(double)value;
        public static explicit operator short(Half value) => (short)(double)value;
        public static explicit operator byte(Half value) => (byte)(double)value;
        public static explicit operator uint(Half value) => (uint)(double)value;
        public static explicit operator ulong(Half value) => (ulong)(double)value;
        public static explicit operator ushort(Half value) => (ushort)(double)value;
        public static explicit operator sbyte(Half value) => (sbyte)(double)value;
        public static explicit operator char(Half value) => (char)(double)value;

        // ---- arithmetic and comparison

        public static Half operator +(Half a, Half b) => (Half)((float)a + (float)b);
        public static Half operator -(Half a, Half b) => (Half)((float)a - (float)b);
        public static Half operator *(Half a, Half b) => (Half)((float)a * (float)b);
        public static Half operator /(Half a, Half b) => (Half)((float)a / (float)b);
        public static Half operator %(Half a, Half b) => (Half)((float)a % (float)b);
        public static Half operator -(Half a) => new Half((ushort)(a._value ^ 0x8000));
        public static Half operator +(Half a) => a;
        public static Half operator ++(Half a) => a + One;
        public static Half operator --(Half a) => a - One;
        public static bool operator ==(Half a, Half b) => (float)a == (float)b;
        public static bool operator !=(Half a, Half b) => (float)a != (float)b;
        public static bool operator <(Half a, Half b) => (float)a < (float)b;
        public static bool operator >(Half a, Half b) => (float)a > (float)b;
        public static bool operator <=(Half a, Half b) => (float)a <= (float)b;
        public static bool operator >=(Half a, Half b) => (float)a >= (float)b;

        public static Half Abs(Half value) => new Half((ushort)(value._value & 0x7FFF));
        public static Half Max(Half x, Half y) => (Half)MathF.Max((float)x, (float)y);
        public static Half Min(Half x, Half y) => (Half)MathF.Min((float)x, (float)y);
        public static Half Sqrt(Half x) => (Half)MathF.Sqrt((float)x);

        public int CompareTo(Half other) => ((float)this).CompareTo((float)other);
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is Half h) return CompareTo(h);
            throw new ArgumentException("Object must be of type Half.");
        }

        public bool Equals(Half other) => this == other || (IsNaN(this) && IsNaN(other));
        public override bool Equals(object obj) => obj is Half h && Equals(h);
        public override int GetHashCode() => IsNaN(this) || (_value & 0x7FFF) == 0 ? (_value & 0x7C00) : _value;

        // ---- text

        // The fewest significant digits that read back as this value; of two candidates with as few
        // digits, the nearer first (the even one on a tie), then the other.
        private string Shortest()
        {
            double d = (double)this;
            if (d == 0 || !double.IsFinite(d)) return d.ToString(CultureInfo.InvariantCulture);
            string e = Math.Abs(d).ToString("E24", CultureInfo.InvariantCulture);
            int ePos = e.IndexOf('E');
            string digits = (e.Substring(0, 1) + e.Substring(2, ePos - 2)).TrimEnd('0');
            int exp10 = int.Parse(e.Substring(ePos + 1), CultureInfo.InvariantCulture);
            string sign = d < 0 ? "-" : "";
            for (int p = 1; p <= digits.Length; p++)
            {
                if (p == digits.Length) return Layout(sign + digits[0] + "." + digits.Substring(1) + "E" + exp10);
                long lo = long.Parse(digits.Substring(0, p), CultureInfo.InvariantCulture);
                int cmp = digits[p] > '5' ? 1 : digits[p] < '5' ? -1 : (digits.Length > p + 1 ? 1 : 0);
                bool upFirst = cmp > 0 || (cmp == 0 && (lo & 1) != 0);
                long first = upFirst ? lo + 1 : lo, second = upFirst ? lo : lo + 1;
                foreach (long cand in new[] { first, second })
                {
                    string cs = cand.ToString(CultureInfo.InvariantCulture);
                    int ce = exp10 + (cs.Length - p);
                    string text = sign + cs[0] + (cs.Length > 1 ? "." + cs.Substring(1) : "") + "E" + ce;
                    if (((Half)double.Parse(text, CultureInfo.InvariantCulture))._value == _value) return Layout(text);
                }
            }
            return d.ToString(CultureInfo.InvariantCulture);
        }

        private static string Layout(string scientific) => double.Parse(scientific, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

        public override string ToString() => Shortest();
        public string ToString(string format) => ToString(format, null);
        public string ToString(IFormatProvider provider) => Shortest();

        public string ToString(string format, IFormatProvider provider)
        {
            if (string.IsNullOrEmpty(format) || format == "R" || format == "r" || format == "G" || format == "g") return Shortest();
            return ((double)this).ToString(format, provider);
        }

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null) =>
            Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        public static Half Parse(string s) => (Half)double.Parse(s, CultureInfo.InvariantCulture);
        public static Half Parse(string s, IFormatProvider provider) => (Half)double.Parse(s, provider);
        public static Half Parse(string s, NumberStyles style = NumberStyles.Float | NumberStyles.AllowThousands, IFormatProvider provider = null) => (Half)double.Parse(s, style, provider);

        public static bool TryParse(string s, out Half result)
        {
            bool ok = double.TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out double d);
            result = ok ? (Half)d : default;
            return ok;
        }
    }
}
