// Number parsing, invariant culture, as .NET scans a number written in a NumberStyles style:
// [ws][sign|'('|¤]digits[,digits][.digits][e[sign]digits][sign|')'|¤][ws], where white space
// may follow a sign only with a currency symbol, and trailing '\0's are ignored. Integers are
// converted here; floating-point digits go, correctly rounded, through the runtime
// (Number.ParseDouble/ParseSingle); decimal converts in Decimal.cs.
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    internal static partial class Number
    {
        internal enum ParseStatus { OK, Format, Overflow }

        private static bool IsWhite(char c) => c == ' ' || (c >= '\t' && c <= '\r');
        private static bool IsDigit(char c) => (uint)(c - '0') <= 9;

        internal enum NumberKind { Integer, Decimal, Float }

        // A scanned number: value = 0.D1D2..Dn × 10^Scale. Digits beyond the first Max are not
        // kept; NonZeroTail tells whether any of them was not zero.
        internal sealed class ScannedNumber
        {
            internal char[] Digits = new char[32];
            internal int Count, Scale;
            internal bool Negative, NonZeroTail;

            internal void Put(int i, char c)
            {
                if (i == Digits.Length)
                {
                    char[] d = new char[Digits.Length * 2];
                    Array.Copy(Digits, d, i);
                    Digits = d;
                }
                Digits[i] = c;
            }
        }

        private const int StateSign = 1, StateParens = 2, StateDigits = 4, StateNonZero = 8, StateDecimal = 16, StateCurrency = 32;
        private const char CurrencySymbol = '\u00A4';

        // Scans s as written in 'style'; false when it is not such a number. Integers keep no
        // trailing zeros among their digits, floating point none after the point, decimal all.
        internal static bool ScanNumber(ReadOnlySpan<char> s, NumberStyles style, NumberKind kind, int max, ScannedNumber r)
        {
            r.Count = 0;
            r.Scale = 0;
            r.Negative = false;
            r.NonZeroTail = false;
            bool currency = (style & NumberStyles.AllowCurrencySymbol) != 0;
            int p = 0, n = s.Length, state = 0;
            char ch = n > 0 ? s[0] : '\0';
            while (true)
            {
                // White space, then signs, '(' and ¤; after a sign, white space only with a ¤.
                if (!IsWhite(ch) || (style & NumberStyles.AllowLeadingWhite) == 0 || ((state & StateSign) != 0 && (state & StateCurrency) == 0))
                {
                    if ((style & NumberStyles.AllowLeadingSign) != 0 && (state & StateSign) == 0 && (ch == '+' || ch == '-'))
                    {
                        state |= StateSign;
                        r.Negative = ch == '-';
                    }
                    else if (ch == '(' && (style & NumberStyles.AllowParentheses) != 0 && (state & StateSign) == 0)
                    {
                        state |= StateSign | StateParens;
                        r.Negative = true;
                    }
                    else if (currency && ch == CurrencySymbol)
                    {
                        state |= StateCurrency;
                        currency = false;
                    }
                    else break;
                }
                ch = ++p < n ? s[p] : '\0';
            }
            int digCount = 0, digEnd = 0, trailingZeros = 0;
            while (true)
            {
                if (IsDigit(ch))
                {
                    state |= StateDigits;
                    if (ch != '0' || (state & StateNonZero) != 0)
                    {
                        if (digCount < max)
                        {
                            r.Put(digCount, ch);
                            if (ch != '0' || kind != NumberKind.Integer) digEnd = digCount + 1;
                            trailingZeros = ch == '0' ? trailingZeros + 1 : 0;
                        }
                        else if (ch != '0') r.NonZeroTail = true;
                        if ((state & StateDecimal) == 0) r.Scale++;
                        digCount++;
                        state |= StateNonZero;
                    }
                    else if ((state & StateDecimal) != 0) r.Scale--;
                }
                else if (ch == '.' && (style & NumberStyles.AllowDecimalPoint) != 0 && (state & StateDecimal) == 0) state |= StateDecimal;
                else if (ch == ',' && (style & NumberStyles.AllowThousands) != 0 && (state & StateDigits) != 0 && (state & StateDecimal) == 0) { }
                else break;
                ch = ++p < n ? s[p] : '\0';
            }
            r.Count = digEnd;
            if ((state & StateDigits) == 0) return false;
            if ((ch == 'E' || ch == 'e') && (style & NumberStyles.AllowExponent) != 0)
            {
                int mark = p;
                ch = ++p < n ? s[p] : '\0';
                bool negExp = false;
                if (ch == '+' || ch == '-')
                {
                    negExp = ch == '-';
                    ch = ++p < n ? s[p] : '\0';
                }
                if (IsDigit(ch))
                {
                    int exp = 0;
                    do
                    {
                        if (exp >= 100000000)
                        {
                            // Too large for any type: an infinity, zero or an overflow later.
                            exp = int.MaxValue;
                            r.Scale = 0;
                            while (IsDigit(ch)) ch = ++p < n ? s[p] : '\0';
                            break;
                        }
                        exp = exp * 10 + (ch - '0');
                        ch = ++p < n ? s[p] : '\0';
                    } while (IsDigit(ch));
                    r.Scale += negExp ? -exp : exp;
                }
                else
                {
                    p = mark;
                    ch = s[p];
                }
            }
            if (kind == NumberKind.Float && !r.NonZeroTail)
            {
                int fraction = digEnd - r.Scale;
                if (fraction > 0) r.Count = digEnd - Math.Min(trailingZeros, fraction);
            }
            while (true)
            {
                if (!IsWhite(ch) || (style & NumberStyles.AllowTrailingWhite) == 0)
                {
                    if ((style & NumberStyles.AllowTrailingSign) != 0 && (state & StateSign) == 0 && (ch == '+' || ch == '-'))
                    {
                        state |= StateSign;
                        r.Negative = ch == '-';
                    }
                    else if (ch == ')' && (state & StateParens) != 0) state &= ~StateParens;
                    else if (currency && ch == CurrencySymbol) currency = false;
                    else break;
                }
                ch = ++p < n ? s[p] : '\0';
            }
            if ((state & StateParens) != 0) return false;
            if ((state & StateNonZero) == 0)
            {
                if (kind != NumberKind.Decimal) r.Scale = 0;
                if (kind == NumberKind.Integer && (state & StateDecimal) == 0) r.Negative = false;
            }
            for (; p < n; p++) if (s[p] != '\0') return false;
            return true;
        }

        // Parses an integer: magnitude and sign. Overflow when the magnitude exceeds 'max' (positive)
        // or 'maxNeg' (negative; 0 for the unsigned types); for hex/binary styles the bits must fit
        // in 'bitsWidth' bits and 'negative' is never set (the caller reinterprets the bits).
        internal static ParseStatus ParseInteger(ReadOnlySpan<char> s, NumberStyles style, ulong max, ulong maxNeg, int bitsWidth,
            out ulong magnitude, out bool negative)
        {
            magnitude = 0;
            negative = false;
            if ((style & (NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
                return ParseBits(s, style, bitsWidth, out magnitude);
            if ((style & ~NumberStyles.Integer) == 0) return ParseSimpleInteger(s, style, max, maxNeg, out magnitude, out negative);
            ScannedNumber r = new ScannedNumber();
            if (!ScanNumber(s, style, NumberKind.Integer, 64, r)) return ParseStatus.Format;
            // Nonzero digits after the point, too many digits, a negative unsigned: overflow.
            if (r.Scale < r.Count || r.NonZeroTail || r.Scale > 20 || (r.Negative && maxNeg == 0)) return ParseStatus.Overflow;
            ulong m = 0;
            for (int i = 0; i < r.Scale; i++)
            {
                ulong d = i < r.Count ? (ulong)(r.Digits[i] - '0') : 0;
                if (m > (ulong.MaxValue - d) / 10) return ParseStatus.Overflow;
                m = m * 10 + d;
            }
            if (r.Negative ? m > maxNeg : m > max) return ParseStatus.Overflow;
            magnitude = m;
            negative = r.Negative && m != 0;
            return ParseStatus.OK;
        }

        // [ws][sign]digits[ws] then '\0's: the common case, without allocating.
        private static ParseStatus ParseSimpleInteger(ReadOnlySpan<char> s, NumberStyles style, ulong max, ulong maxNeg, out ulong magnitude, out bool negative)
        {
            magnitude = 0;
            negative = false;
            int i = 0, n = s.Length;
            while (n > 0 && s[n - 1] == '\0') n--;
            if ((style & NumberStyles.AllowLeadingWhite) != 0) while (i < n && IsWhite(s[i])) i++;
            if ((style & NumberStyles.AllowTrailingWhite) != 0) while (n > i && IsWhite(s[n - 1])) n--;
            if ((style & NumberStyles.AllowLeadingSign) != 0 && i < n && (s[i] == '-' || s[i] == '+')) negative = s[i++] == '-';
            if (i >= n) return ParseStatus.Format;
            bool overflow = false;
            ulong m = 0;
            for (; i < n; i++)
            {
                char c = s[i];
                if (!IsDigit(c)) return ParseStatus.Format;
                ulong d = (ulong)(c - '0');
                if (m > (ulong.MaxValue - d) / 10) overflow = true;
                else m = m * 10 + d;
            }
            if (overflow || (negative ? m > maxNeg : m > max)) return ParseStatus.Overflow;
            magnitude = m;
            if (m == 0) negative = false;
            return ParseStatus.OK;
        }

        // Hex or binary digits between optional white space: the bits, at most bitsWidth of them.
        private static ParseStatus ParseBits(ReadOnlySpan<char> s, NumberStyles style, int bitsWidth, out ulong magnitude)
        {
            magnitude = 0;
            int i = 0, n = s.Length;
            while (n > 0 && s[n - 1] == '\0') n--;
            if ((style & NumberStyles.AllowLeadingWhite) != 0) while (i < n && IsWhite(s[i])) i++;
            if ((style & NumberStyles.AllowTrailingWhite) != 0) while (n > i && IsWhite(s[n - 1])) n--;
            if (i >= n) return ParseStatus.Format;
            bool hex = (style & NumberStyles.AllowHexSpecifier) != 0, overflow = false;
            int shift = hex ? 4 : 1;
            ulong limit = bitsWidth == 64 ? ulong.MaxValue : (1UL << bitsWidth) - 1;
            for (; i < n; i++)
            {
                char c = s[i];
                int d;
                if (c >= '0' && c <= '9') d = c - '0';
                else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
                else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
                else return ParseStatus.Format;
                if (!hex && d > 1) return ParseStatus.Format;
                if ((magnitude >> (bitsWidth - shift)) != 0) overflow = true;
                magnitude = ((magnitude << shift) | (uint)d) & limit;
            }
            return overflow ? ParseStatus.Overflow : ParseStatus.OK;
        }

        internal static Exception ParseFailure(ParseStatus status, ReadOnlySpan<char> s, string typeArticle)
        {
            if (status == ParseStatus.Overflow)
                return new OverflowException("Value was either too large or too small for " + typeArticle + ".");
            return new FormatException("The input string '" + s.ToString() + "' was not in a correct format.");
        }

        internal static void ValidateIntegerStyle(NumberStyles style)
        {
            if ((style & ~(NumberStyles.Any | NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            if ((style & NumberStyles.AllowHexSpecifier) != 0 && (style & ~NumberStyles.HexNumber) != 0)
                throw new ArgumentException("With the AllowHexSpecifier bit set in the enum bit field, the only other valid bits that can be combined into the enum value must be a subset of those in HexNumber.");
        }

        // double.Parse/float.Parse/decimal.Parse take no hex or binary styles.
        internal static void ValidateFloatStyle(NumberStyles style)
        {
            if ((style & ~NumberStyles.Any) == 0) return;
            if ((style & ~(NumberStyles.Any | NumberStyles.AllowHexSpecifier | NumberStyles.AllowBinarySpecifier)) != 0)
                throw new ArgumentException("An undefined NumberStyles value is being used.", "style");
            throw new ArgumentException("The number style AllowHexSpecifier is not supported on floating point data types.");
        }

        // A double (or float, rounded once) written in 'style', or "NaN", "Infinity", "-Infinity"
        // (any case, with a '+' or '-' before NaN, and any white space around).
        internal static bool TryParseDouble(ReadOnlySpan<char> s, NumberStyles style, bool single, out double result)
        {
            ValidateFloatStyle(style);
            result = 0;
            ScannedNumber r = new ScannedNumber();
            if (!ScanNumber(s, style, NumberKind.Float, 800, r))
            {
                ReadOnlySpan<char> t = s.Trim();
                bool plus = false;
                if (t.Length > 0 && t[0] == '+') { plus = true; t = t.Slice(1); }
                if (EqualsIgnoreCase(t, "Infinity")) { result = double.PositiveInfinity; return true; }
                if (!plus && EqualsIgnoreCase(t, "-Infinity")) { result = double.NegativeInfinity; return true; }
                if (EqualsIgnoreCase(t, "NaN") || (!plus && t.Length > 0 && t[0] == '-' && EqualsIgnoreCase(t.Slice(1), "NaN"))) { result = double.NaN; return true; }
                return false;
            }
            if (r.Count == 0)
            {
                result = r.Negative ? -0.0 : 0.0;
                return true;
            }
            // Digits, a nonzero digit standing for the dropped ones, and the exponent.
            StringBuilder sb = new StringBuilder(r.Count + 16);
            if (r.Negative) sb.Append('-');
            sb.Append(r.Digits, 0, r.Count);
            int digits = r.Count;
            if (r.NonZeroTail) { sb.Append('1'); digits++; }
            long exp = (long)r.Scale - digits;
            if (exp > 100000) exp = 100000;
            if (exp < -100000) exp = -100000;
            sb.Append('e').Append(exp.ToString());
            string text = sb.ToString();
            result = single ? (double)ParseSingle(text) : ParseDouble(text);
            return true;
        }

        private static bool EqualsIgnoreCase(ReadOnlySpan<char> a, string b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++)
                if (char.ToLowerInvariant(a[i]) != char.ToLowerInvariant(b[i])) return false;
            return true;
        }

        // Converts "[-]digits[e[+|-]digits]" (already validated, ASCII) to the nearest double
        // (round half to even), overflowing to ±Infinity and underflowing to ±0.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern double ParseDouble(string s);

        // The same, to the nearest float.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern float ParseSingle(string s);
    }
}

namespace System.Globalization
{
    [Flags]
    public enum NumberStyles
    {
        None = 0, AllowLeadingWhite = 1, AllowTrailingWhite = 2, AllowLeadingSign = 4, AllowTrailingSign = 8,
        AllowParentheses = 16, AllowDecimalPoint = 32, AllowThousands = 64, AllowExponent = 128,
        AllowCurrencySymbol = 256, AllowHexSpecifier = 512, AllowBinarySpecifier = 1024,
        Integer = 7, HexNumber = 515, BinaryNumber = 1027, Number = 111, Float = 167, Currency = 383, Any = 511,
    }
}
