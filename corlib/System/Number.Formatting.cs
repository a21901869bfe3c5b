// Number formatting, invariant culture, following .NET's standard and custom numeric format strings.
// Integers are formatted from their exact digits (rounding half away from zero, as .NET does for
// integers); doubles from the exact decimal expansion of the binary value (rounding half to even on
// exact ties, which is what .NET Core 3.0+ produces), or from the shortest round-trip digits that
// the runtime computes (Number.DoubleToShortest) for "R", "G" and the default format.
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    internal static partial class Number
    {
        // A decimal number: 0.D1D2..Dn × 10^Scale, with no trailing zero digits; Count == 0 means zero.
        internal sealed class Buffer
        {
            internal char[] Digits = new char[32];
            internal int Count;
            internal int Scale;
            internal bool Negative;

            internal void Append(char d)
            {
                if (Count == Digits.Length)
                {
                    char[] n = new char[Digits.Length * 2];
                    Array.Copy(Digits, n, Count);
                    Digits = n;
                }
                Digits[Count++] = d;
            }

            internal void TrimTrailingZeros()
            {
                while (Count > 0 && Digits[Count - 1] == '0') Count--;
                if (Count == 0) Scale = 0;
            }

            internal char DigitAt(int i) => i < Count ? Digits[i] : '0';

            // Keeps the first 'keep' digits, rounding the rest away. halfEven: a lone 5 rounds to even
            // (the digits are exact); otherwise a 5 or more rounds up (away from zero).
            internal void Round(int keep, bool halfEven)
            {
                if (keep >= Count) return;
                if (keep < 0) { Count = 0; Scale = 0; return; }
                char next = Digits[keep];
                bool up;
                if (next > '5') up = true;
                else if (next < '5') up = false;
                else if (!halfEven) up = true;
                else
                {
                    bool more = false;
                    for (int i = keep + 1; i < Count; i++) if (Digits[i] != '0') { more = true; break; }
                    up = more || (keep > 0 && ((Digits[keep - 1] - '0') & 1) != 0);
                }
                Count = keep;
                if (up)
                {
                    int i = keep - 1;
                    while (i >= 0 && Digits[i] == '9') i--;
                    if (i < 0)
                    {
                        Digits[0] = '1';
                        Count = 1;
                        Scale++;
                        return;
                    }
                    Digits[i]++;
                    Count = i + 1;
                }
                TrimTrailingZeros();
            }
        }

        internal static void UInt64ToBuffer(ulong value, Buffer b)
        {
            b.Count = 0;
            if (value == 0) { b.Scale = 0; return; }
            char[] tmp = new char[20];
            int n = 0;
            while (value != 0) { tmp[n++] = (char)('0' + (int)(value % 10)); value /= 10; }
            for (int i = n - 1; i >= 0; i--) b.Append(tmp[i]);
            b.Scale = n;
            b.TrimTrailingZeros();
            b.Scale = n;
        }

        internal static string UInt64ToDecimal(ulong value)
        {
            if (value == 0) return "0";
            char[] tmp = new char[20];
            int p = 20;
            while (value != 0) { tmp[--p] = (char)('0' + (int)(value % 10)); value /= 10; }
            return new string(tmp, p, 20 - p);
        }

        internal static string Int64ToDecimal(long value)
        {
            if (value >= 0) return UInt64ToDecimal((ulong)value);
            return "-" + UInt64ToDecimal((ulong)(-(value + 1)) + 1);
        }

        // Splits a format string into a standard specifier letter and precision; false for custom formats.
        internal static bool ParseStandardFormat(string format, out char fmt, out int precision)
        {
            fmt = 'G';
            precision = -1;
            if (format == null || format.Length == 0) return true;
            char c = format[0];
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'))) return false;
            if (format.Length == 1) { fmt = c; return true; }
            if (format.Length > 10) return false;
            int p = 0;
            for (int i = 1; i < format.Length; i++)
            {
                char d = format[i];
                if (d < '0' || d > '9') return false;
                p = p * 10 + (d - '0');
            }
            if (p > 999999999) return false;
            fmt = c;
            precision = p;
            return true;
        }

        internal static Exception BadFormatSpecifier() => new FormatException("Format specifier was invalid.");

        // ---------------------------------------------------------------- integers

        // negative/magnitude: the value; bits: its two's complement bits masked to the type's width (for X and B).
        internal static string FormatInteger(bool negative, ulong magnitude, ulong bits, string format, IFormatProvider provider)
        {
            if (format == null || format.Length == 0)
                return negative ? "-" + UInt64ToDecimal(magnitude) : UInt64ToDecimal(magnitude);
            if (!ParseStandardFormat(format, out char fmt, out int precision))
            {
                Buffer cb = new Buffer();
                UInt64ToBuffer(magnitude, cb);
                cb.Negative = negative;
                return FormatCustom(cb, format, false, 0);
            }
            switch (fmt)
            {
                case 'D': case 'd':
                case 'R': case 'r':
                {
                    string s = UInt64ToDecimal(magnitude);
                    if (precision > s.Length) s = new string('0', precision - s.Length) + s;
                    return negative ? "-" + s : s;
                }
                case 'X': case 'x':
                {
                    string digits = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
                    char[] tmp = new char[16];
                    int p = 16;
                    do { tmp[--p] = digits[(int)(bits & 15)]; bits >>= 4; } while (bits != 0);
                    string s = new string(tmp, p, 16 - p);
                    if (precision > s.Length) s = new string('0', precision - s.Length) + s;
                    return s;
                }
                case 'B': case 'b':
                {
                    char[] tmp = new char[64];
                    int p = 64;
                    do { tmp[--p] = (char)('0' + (int)(bits & 1)); bits >>= 1; } while (bits != 0);
                    string s = new string(tmp, p, 64 - p);
                    if (precision > s.Length) s = new string('0', precision - s.Length) + s;
                    return s;
                }
            }
            Buffer b = new Buffer();
            UInt64ToBuffer(magnitude, b);
            b.Negative = negative;
            switch (fmt)
            {
                case 'G': case 'g':
                    if (precision <= 0)
                        return negative ? "-" + UInt64ToDecimal(magnitude) : UInt64ToDecimal(magnitude);
                    b.Round(precision, false);
                    return FormatGeneral(b, precision, fmt == 'g' ? 'e' : 'E', false);
                case 'F': case 'f':
                case 'N': case 'n':
                case 'E': case 'e':
                case 'P': case 'p':
                case 'C': case 'c':
                    return FormatStandardFromBuffer(b, fmt, precision, false);
            }
            throw BadFormatSpecifier();
        }

        // F, N, E, P, C on an exact buffer, rounding as 'halfEven' says.
        // dropZeroSign: a negative value that rounds to zero loses its sign (decimal and integers do;
        // floating point keeps it, as .NET does).
        internal static string FormatStandardFromBuffer(Buffer b, char fmt, int precision, bool halfEven, bool dropZeroSign = false)
        {
            switch (fmt)
            {
                case 'F': case 'f':
                    if (precision < 0) precision = 2;
                    b.Round(b.Scale + precision, halfEven);
                    if (dropZeroSign && b.Count == 0) b.Negative = false;
                    return Sign(b) + FixedPart(b, precision, false);
                case 'N': case 'n':
                    if (precision < 0) precision = 2;
                    b.Round(b.Scale + precision, halfEven);
                    if (dropZeroSign && b.Count == 0) b.Negative = false;
                    return Sign(b) + FixedPart(b, precision, true);
                case 'E': case 'e':
                    if (precision < 0) precision = 6;
                    b.Round(precision + 1, halfEven);
                    if (dropZeroSign && b.Count == 0) b.Negative = false;
                    return Sign(b) + Scientific(b, precision, fmt, 3, true);
                case 'P': case 'p':
                    if (precision < 0) precision = 2;
                    if (b.Count != 0) b.Scale += 2;
                    b.Round(b.Scale + precision, halfEven);
                    if (dropZeroSign && b.Count == 0) b.Negative = false;
                    return Sign(b) + FixedPart(b, precision, true) + " %";
                case 'C': case 'c':
                {
                    if (precision < 0) precision = 2;
                    b.Round(b.Scale + precision, halfEven);
                    if (dropZeroSign && b.Count == 0) b.Negative = false;
                    string s = "\u00A4" + FixedPart(b, precision, true);
                    return b.Negative ? "(" + s + ")" : s;
                }
            }
            throw BadFormatSpecifier();
        }

        private static string Sign(Buffer b) => b.Negative ? "-" : "";

        // The digits of b in fixed point with exactly 'decimals' fraction digits (b already rounded).
        internal static string FixedPart(Buffer b, int decimals, bool group)
        {
            StringBuilder sb = new StringBuilder();
            if (b.Scale <= 0 || b.Count == 0) sb.Append('0');
            else
            {
                for (int i = 0; i < b.Scale; i++)
                {
                    if (group && i > 0 && (b.Scale - i) % 3 == 0) sb.Append(',');
                    sb.Append(b.DigitAt(i));
                }
            }
            if (decimals > 0)
            {
                sb.Append('.');
                for (int i = 0; i < decimals; i++)
                {
                    int idx = b.Scale + i;
                    sb.Append(idx < 0 || b.Count == 0 ? '0' : b.DigitAt(idx));
                }
            }
            return sb.ToString();
        }

        // d.ddddE+xxx with exactly 'decimals' fraction digits when 'padDecimals', else as many as there are.
        internal static string Scientific(Buffer b, int decimals, char e, int minExpDigits, bool padDecimals)
        {
            StringBuilder sb = new StringBuilder();
            sb.Append(b.Count == 0 ? '0' : b.Digits[0]);
            int frac = padDecimals ? decimals : Math.Max(0, b.Count - 1);
            if (frac > 0)
            {
                sb.Append('.');
                for (int i = 1; i <= frac; i++) sb.Append(b.DigitAt(i));
            }
            int exp = b.Count == 0 ? 0 : b.Scale - 1;
            sb.Append(e == 'e' || e == 'g' || e == 'r' ? 'e' : 'E');
            if (exp < 0) { sb.Append('-'); exp = -exp; } else sb.Append('+');
            string ed = UInt64ToDecimal((ulong)exp);
            for (int i = ed.Length; i < minExpDigits; i++) sb.Append('0');
            sb.Append(ed);
            return sb.ToString();
        }

        // "G": fixed notation when -5 < exponent < sciLimit, else d.dddE+xx; b is already rounded.
        internal static string FormatGeneral(Buffer b, int sciLimit, char e, bool negativeZero)
        {
            string sign = b.Negative && (b.Count != 0 || negativeZero) ? "-" : "";
            if (b.Count == 0) return sign + "0";
            int exp = b.Scale - 1;
            if (exp > -5 && exp < sciLimit)
            {
                StringBuilder sb = new StringBuilder(sign);
                if (b.Scale <= 0)
                {
                    sb.Append("0.");
                    for (int i = b.Scale; i < 0; i++) sb.Append('0');
                    for (int i = 0; i < b.Count; i++) sb.Append(b.Digits[i]);
                }
                else
                {
                    for (int i = 0; i < b.Scale; i++) sb.Append(b.DigitAt(i));
                    if (b.Count > b.Scale)
                    {
                        sb.Append('.');
                        for (int i = b.Scale; i < b.Count; i++) sb.Append(b.Digits[i]);
                    }
                }
                return sb.ToString();
            }
            return sign + Scientific(b, 0, e, 2, false);
        }

        // ---------------------------------------------------------------- floating point

        internal static string FormatDouble(double value, string format, IFormatProvider provider, bool isSingle)
        {
            if (value != value) return "NaN";
            if (value == double.PositiveInfinity) return "Infinity";
            if (value == double.NegativeInfinity) return "-Infinity";
            char fmt; int precision;
            if (!ParseStandardFormat(format, out fmt, out precision))
            {
                Buffer cb = ExactDigits(value);
                cb.Round(isSingle ? 7 : 15, true);
                return FormatCustom(cb, format, true, 0);
            }
            switch (fmt)
            {
                case 'R': case 'r':
                    return FormatGeneral(ShortestDigits(value, isSingle), isSingle ? 9 : 17, fmt == 'r' ? 'e' : 'E', true);
                case 'G': case 'g':
                    if (precision <= 0)
                        return FormatGeneral(ShortestDigits(value, isSingle), isSingle ? 9 : 17, fmt == 'g' ? 'e' : 'E', true);
                    {
                        Buffer b = ExactDigits(value);
                        b.Round(precision, true);
                        return FormatGeneral(b, precision, fmt == 'g' ? 'e' : 'E', true);
                    }
                case 'F': case 'f':
                case 'N': case 'n':
                case 'E': case 'e':
                case 'P': case 'p':
                case 'C': case 'c':
                    return FormatStandardFromBuffer(ExactDigits(value), fmt, precision, true);
            }
            throw BadFormatSpecifier();
        }

        // The shortest digits that parse back to the same value (from the runtime).
        internal static unsafe Buffer ShortestDigits(double value, bool isSingle)
        {
            Buffer b = new Buffer();
            b.Negative = value < 0 || (value == 0 && 1 / value < 0);
            if (value == 0) return b;
            double abs = value < 0 ? -value : value;
            byte* digits = stackalloc byte[32];
            int exponent;
            int n = isSingle ? SingleToShortest((float)abs, digits, out exponent) : DoubleToShortest(abs, digits, out exponent);
            for (int i = 0; i < n; i++) b.Append((char)digits[i]);
            b.TrimTrailingZeros();
            b.Scale = b.Count != 0 ? exponent : 0;
            return b;
        }

        // Writes the shortest decimal digits d1..dn (ASCII) such that 0.d1d2..dn × 10^exponent reads
        // back as the same double; value finite and > 0; returns n (at most 17).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern unsafe int DoubleToShortest(double value, byte* digits, out int exponent);

        // The same for a float (at most 9 digits; reads back as the same float).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern unsafe int SingleToShortest(float value, byte* digits, out int exponent);

        // The exact decimal expansion of a double, computed with a small big-number.
        internal static Buffer ExactDigits(double value)
        {
            Buffer b = new Buffer();
            long bits = BitConverter.DoubleToInt64Bits(value);
            b.Negative = bits < 0;
            int be = (int)((bits >> 52) & 0x7FF);
            ulong m = (ulong)bits & 0xFFFFFFFFFFFFFUL;
            if (be == 0) be = 1; else m |= 1UL << 52;
            if (m == 0) return b;
            int e = be - 1075;
            while ((m & 1) == 0) { m >>= 1; e++; }
            uint[] big = new uint[40];
            big[0] = (uint)m;
            big[1] = (uint)(m >> 32);
            int len = big[1] != 0 ? 2 : 1;
            int dexp = 0;
            if (e > 0)
            {
                while (e > 0)
                {
                    int s = e > 31 ? 31 : e;
                    len = BigMul(ref big, len, 1u << s);
                    e -= s;
                }
            }
            else if (e < 0)
            {
                dexp = e;
                int k = -e;
                while (k > 0)
                {
                    int s = k > 13 ? 13 : k;
                    uint p = 1;
                    for (int i = 0; i < s; i++) p *= 5;
                    len = BigMul(ref big, len, p);
                    k -= s;
                }
            }
            // Convert to decimal: peel off 9 digits at a time.
            uint[] chunks = new uint[len * 2 + 2];
            int nc = 0;
            while (len > 0)
            {
                ulong rem = 0;
                for (int i = len - 1; i >= 0; i--)
                {
                    ulong cur = (rem << 32) | big[i];
                    big[i] = (uint)(cur / 1000000000);
                    rem = cur % 1000000000;
                }
                chunks[nc++] = (uint)rem;
                while (len > 0 && big[len - 1] == 0) len--;
            }
            int total = 0;
            for (int c = nc - 1; c >= 0; c--)
            {
                uint v = chunks[c];
                if (c == nc - 1)
                {
                    string s = UInt64ToDecimal(v);
                    for (int i = 0; i < s.Length; i++) b.Append(s[i]);
                    total += s.Length;
                }
                else
                {
                    for (uint d = 100000000; d != 0; d /= 10) b.Append((char)('0' + (int)(v / d % 10)));
                    total += 9;
                }
            }
            b.Scale = total + dexp;
            int scale = b.Scale;
            b.TrimTrailingZeros();
            b.Scale = scale;
            return b;
        }

        private static int BigMul(ref uint[] big, int len, uint factor)
        {
            ulong carry = 0;
            for (int i = 0; i < len; i++)
            {
                ulong p = (ulong)big[i] * factor + carry;
                big[i] = (uint)p;
                carry = p >> 32;
            }
            if (carry != 0)
            {
                if (len == big.Length)
                {
                    uint[] n = new uint[big.Length * 2];
                    Array.Copy(big, n, len);
                    big = n;
                }
                big[len++] = (uint)carry;
            }
            return len;
        }

        // ---------------------------------------------------------------- custom formats

        // Custom numeric format ("0.00", "#,##0", "0.###E+0", "pos;neg;zero", literals, %, ‰), as
        // .NET lays it out. b holds exact digits (integers, decimal) or digits already rounded to
        // 15 (double) or 7 (float) significant places; isFloat: a negative zero keeps its sign.
        internal static string FormatCustom(Buffer b, string format, bool isFloat, int unused)
        {
            int section = FindSection(format, b.Count == 0 ? 2 : b.Negative ? 1 : 0);
            CustomLayout l;
            while (true)
            {
                l = AnalyseSection(format, section);
                if (b.Count != 0)
                {
                    b.Scale += l.ScaleAdjust;
                    b.Round(l.Scientific ? l.DigitCount : b.Scale + l.DigitCount - l.DecimalPos, false);
                    if (b.Count == 0)
                    {
                        if (!isFloat) b.Negative = false;
                        // Rounded to zero: the zero section, if there is one, formats it.
                        int zero = FindSection(format, 2);
                        if (zero != section) { section = zero; continue; }
                    }
                }
                else
                {
                    if (!isFloat) b.Negative = false;
                    b.Scale = 0;
                }
                break;
            }
            return EmitSection(b, format, section, l);
        }

        // What a section's placeholders ask for (counted up to its ';').
        private struct CustomLayout
        {
            internal int DigitCount;        // '0' and '#' placeholders
            internal int DecimalPos;        // placeholders before the first '.'
            internal int FirstZero;         // placeholders before the first '0' (int.MaxValue: none)
            internal int LastZero;          // placeholders up to and including the last '0'
            internal bool Scientific;       // an 'E'/'e' followed by [+-]0
            internal bool Grouping;         // a ',' between integer placeholders
            internal int ScaleAdjust;       // powers of ten: +2 per '%', +3 per '‰', -3 per scaling ','
        }

        private static CustomLayout AnalyseSection(string f, int src)
        {
            CustomLayout l = default;
            l.DecimalPos = -1;
            l.FirstZero = int.MaxValue;
            int commaPos = -1, commaCount = 0;
            while (src < f.Length)
            {
                char ch = f[src++];
                if (ch == ';' || ch == '\0') break;
                switch (ch)
                {
                    case '#':
                        l.DigitCount++;
                        break;
                    case '0':
                        if (l.FirstZero == int.MaxValue) l.FirstZero = l.DigitCount;
                        l.DigitCount++;
                        l.LastZero = l.DigitCount;
                        break;
                    case '.':
                        if (l.DecimalPos < 0) l.DecimalPos = l.DigitCount;
                        break;
                    case ',':
                        // Commas right before the decimal point (or the end) scale; others group.
                        if (l.DigitCount > 0 && l.DecimalPos < 0)
                        {
                            if (commaPos >= 0)
                            {
                                if (commaPos == l.DigitCount) { commaCount++; break; }
                                l.Grouping = true;
                            }
                            commaPos = l.DigitCount;
                            commaCount = 1;
                        }
                        break;
                    case '%': l.ScaleAdjust += 2; break;
                    case '\u2030': l.ScaleAdjust += 3; break;
                    case '\'':
                    case '"':
                        while (src < f.Length && f[src] != '\0' && f[src++] != ch) { }
                        break;
                    case '\\':
                        if (src < f.Length && f[src] != '\0') src++;
                        break;
                    case 'E':
                    case 'e':
                        if ((src < f.Length && f[src] == '0') ||
                            (src + 1 < f.Length && (f[src] == '+' || f[src] == '-') && f[src + 1] == '0'))
                        {
                            while (++src < f.Length && f[src] == '0') { }
                            l.Scientific = true;
                        }
                        break;
                }
            }
            if (l.DecimalPos < 0) l.DecimalPos = l.DigitCount;
            if (commaPos >= 0)
            {
                if (commaPos == l.DecimalPos) l.ScaleAdjust -= 3 * commaCount;
                else l.Grouping = true;
            }
            return l;
        }

        private static string EmitSection(Buffer b, string f, int src, CustomLayout l)
        {
            // Positions count integer places down to 1, then fraction places from 0 down.
            int forcedInt = l.FirstZero < l.DecimalPos ? l.DecimalPos - l.FirstZero : 0;
            int forcedFrac = l.LastZero > l.DecimalPos ? l.DecimalPos - l.LastZero : 0;
            int digPos, adjust;
            bool scientific = l.Scientific;
            if (scientific) { digPos = l.DecimalPos; adjust = 0; }
            else
            {
                digPos = b.Scale > l.DecimalPos ? b.Scale : l.DecimalPos;
                adjust = b.Scale - l.DecimalPos;   // > 0: more integer digits than placeholders
            }
            // The highest integer position that gets a group separator after it: 3, 6, 9, ...
            int nextGroup = -1;
            if (l.Grouping)
            {
                int total = digPos + (adjust < 0 ? adjust : 0);
                int digits = forcedInt > total ? forcedInt : total;
                for (int g = 3; digits > g; g += 3) nextGroup = g;
            }
            StringBuilder sb = new StringBuilder();
            bool first = src == 0;
            if (b.Negative && first && b.Scale != 0) sb.Append('-');
            int cur = 0;
            bool pointWritten = false;
            while (src < f.Length)
            {
                char ch = f[src++];
                if (ch == ';' || ch == '\0') break;
                if (adjust > 0 && (ch == '#' || ch == '0' || ch == '.'))
                {
                    // The integer digits that have no placeholder of their own come first.
                    while (adjust > 0)
                    {
                        sb.Append(cur < b.Count ? b.Digits[cur++] : '0');
                        if (digPos > 1 && digPos == nextGroup + 1) { sb.Append(','); nextGroup -= 3; }
                        digPos--;
                        adjust--;
                    }
                }
                switch (ch)
                {
                    case '#':
                    case '0':
                    {
                        char d;
                        if (adjust < 0)
                        {
                            adjust++;
                            d = digPos <= forcedInt ? '0' : '\0';
                        }
                        else d = cur < b.Count ? b.Digits[cur++] : digPos > forcedFrac ? '0' : '\0';
                        if (d != '\0')
                        {
                            sb.Append(d);
                            if (digPos > 1 && digPos == nextGroup + 1) { sb.Append(','); nextGroup -= 3; }
                        }
                        digPos--;
                        break;
                    }
                    case '.':
                        // Once, and only if a fraction digit follows or is forced.
                        if (digPos != 0 || pointWritten) break;
                        if (forcedFrac < 0 || (l.DecimalPos < l.DigitCount && cur < b.Count))
                        {
                            sb.Append('.');
                            pointWritten = true;
                        }
                        break;
                    case '\u2030': sb.Append('\u2030'); break;
                    case '%': sb.Append('%'); break;
                    case ',': break;
                    case '\'':
                    case '"':
                        while (src < f.Length && f[src] != '\0' && f[src] != ch) sb.Append(f[src++]);
                        if (src < f.Length && f[src] != '\0') src++;
                        break;
                    case '\\':
                        if (src < f.Length && f[src] != '\0') sb.Append(f[src++]);
                        break;
                    case 'E':
                    case 'e':
                    {
                        if (!scientific)
                        {
                            // Not an exponent (or not the first): literal, with its sign and zeros.
                            sb.Append(ch);
                            if (src < f.Length && (f[src] == '+' || f[src] == '-')) sb.Append(f[src++]);
                            while (src < f.Length && f[src] == '0') sb.Append(f[src++]);
                            break;
                        }
                        bool plus = false;
                        int minDigits = 0;
                        if (src < f.Length && f[src] == '0') minDigits++;
                        else if (src + 1 < f.Length && f[src] == '+' && f[src + 1] == '0') plus = true;
                        else if (!(src + 1 < f.Length && f[src] == '-' && f[src + 1] == '0'))
                        {
                            sb.Append(ch);
                            break;
                        }
                        while (++src < f.Length && f[src] == '0') minDigits++;
                        if (minDigits > 10) minDigits = 10;
                        int exp = b.Count == 0 ? 0 : b.Scale - l.DecimalPos;
                        sb.Append(ch);
                        if (exp < 0) { sb.Append('-'); exp = -exp; }
                        else if (plus) sb.Append('+');
                        string ed = UInt64ToDecimal((ulong)exp);
                        for (int q = ed.Length; q < minDigits; q++) sb.Append('0');
                        sb.Append(ed);
                        scientific = false;
                        break;
                    }
                    default:
                        sb.Append(ch);
                        break;
                }
            }
            // A negative value that rounded to zero in the first section keeps its sign if
            // anything was written (floating point only: the others lost it above).
            if (b.Negative && first && b.Scale == 0 && sb.Length > 0) sb.Insert(0, '-');
            return sb.ToString();
        }

        // The start of section 'section' (0, 1 or 2); the first section when that one is
        // missing or empty.
        private static int FindSection(string f, int section)
        {
            if (section == 0) return 0;
            int src = 0;
            while (src < f.Length)
            {
                char ch = f[src++];
                switch (ch)
                {
                    case '\'':
                    case '"':
                        while (src < f.Length && f[src] != '\0' && f[src++] != ch) { }
                        break;
                    case '\\':
                        if (src < f.Length && f[src] != '\0') src++;
                        break;
                    case ';':
                        if (--section != 0) break;
                        if (src < f.Length && f[src] != '\0' && f[src] != ';') return src;
                        return 0;
                    case '\0':
                        return 0;
                }
            }
            return 0;
        }
    }
}
