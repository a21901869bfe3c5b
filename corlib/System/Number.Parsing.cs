// Number parsing, invariant culture. Integers entirely in C#; floating point is checked and
// normalised here and converted, correctly rounded, by the runtime (Number.ParseDouble/ParseSingle).
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    internal static partial class Number
    {
        internal enum ParseStatus { OK, Format, Overflow }

        private static bool IsWhite(char c) => c == ' ' || (c >= '\t' && c <= '\r');

        // Parses an integer: magnitude and sign. Overflow when the magnitude exceeds 'max' (positive)
        // or 'maxNeg' (negative); for hex/binary styles the bits must fit in 'bitsWidth' bits and
        // 'negative' is never set (the caller reinterprets the bits).
        internal static ParseStatus ParseInteger(ReadOnlySpan<char> s, NumberStyles style, ulong max, ulong maxNeg, int bitsWidth,
            out ulong magnitude, out bool negative)
        {
            magnitude = 0;
            negative = false;
            int i = 0, n = s.Length;
            if ((style & NumberStyles.AllowLeadingWhite) != 0) while (i < n && IsWhite(s[i])) i++;
            if ((style & NumberStyles.AllowTrailingWhite) != 0) while (n > i && IsWhite(s[n - 1])) n--;
            if (i >= n) return ParseStatus.Format;
            bool parens = false;
            if ((style & NumberStyles.AllowParentheses) != 0 && s[i] == '(' && s[n - 1] == ')')
            {
                parens = true; negative = true; i++; n--;
            }
            if ((style & NumberStyles.AllowLeadingSign) != 0 && !parens && i < n)
            {
                if (s[i] == '-') { negative = true; i++; }
                else if (s[i] == '+') i++;
            }
            if ((style & NumberStyles.AllowTrailingSign) != 0 && !parens && i < n && !negative)
            {
                if (s[n - 1] == '-') { negative = true; n--; }
                else if (s[n - 1] == '+') n--;
            }
            if (i >= n) return ParseStatus.Format;
            bool overflow = false;
            if ((style & NumberStyles.AllowHexSpecifier) != 0 || (style & NumberStyles.AllowBinarySpecifier) != 0)
            {
                bool hex = (style & NumberStyles.AllowHexSpecifier) != 0;
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
                negative = false;
                return overflow ? ParseStatus.Overflow : ParseStatus.OK;
            }
            bool any = false, afterPoint = false, nonZeroFraction = false;
            int digitsStart = i;
            for (; i < n; i++)
            {
                char c = s[i];
                if (c >= '0' && c <= '9')
                {
                    any = true;
                    if (afterPoint) { if (c != '0') nonZeroFraction = true; continue; }
                    ulong d = (ulong)(c - '0');
                    if (magnitude > (ulong.MaxValue - d) / 10) overflow = true;
                    else magnitude = magnitude * 10 + d;
                }
                else if (c == ',' && (style & NumberStyles.AllowThousands) != 0 && any && !afterPoint) continue;
                else if (c == '.' && (style & NumberStyles.AllowDecimalPoint) != 0 && !afterPoint) afterPoint = true;
                else if ((c == 'e' || c == 'E') && (style & NumberStyles.AllowExponent) != 0 && any)
                    return ParseIntegerWithExponent(s, digitsStart, i, n, style, max, maxNeg, ref magnitude, ref negative);
                else return ParseStatus.Format;
            }
            if (!any) return ParseStatus.Format;
            if (nonZeroFraction) overflow = true;
            if (overflow) return ParseStatus.Overflow;
            if (negative ? magnitude > maxNeg : magnitude > max) return ParseStatus.Overflow;
            if (magnitude == 0) negative = false;
            return ParseStatus.OK;
        }

        // An integer written with an exponent ("1e3", "1.5E2"): the value must be integral.
        private static ParseStatus ParseIntegerWithExponent(ReadOnlySpan<char> s, int start, int e, int n, NumberStyles style,
            ulong max, ulong maxNeg, ref ulong magnitude, ref bool negative)
        {
            int j = e + 1;
            bool expNeg = false;
            if (j < n && (s[j] == '+' || s[j] == '-')) { expNeg = s[j] == '-'; j++; }
            if (j >= n) return ParseStatus.Format;
            long exp = 0;
            for (; j < n; j++)
            {
                char c = s[j];
                if (c < '0' || c > '9') return ParseStatus.Format;
                if (exp < 100000) exp = exp * 10 + (c - '0');
            }
            if (expNeg) exp = -exp;
            // The significant digits and where the decimal point falls among them.
            var digits = new StringBuilder();
            int intCount = -1;
            for (int k = start; k < e; k++)
            {
                char c = s[k];
                if (c >= '0' && c <= '9') digits.Append(c);
                else if (c == '.') intCount = digits.Length;
            }
            if (intCount < 0) intCount = digits.Length;
            long point = intCount + exp;
            ulong m = 0;
            bool overflow = false;
            for (int k = 0; k < digits.Length; k++)
            {
                int d = digits[k] - '0';
                if (k < point)
                {
                    if (m > (ulong.MaxValue - (ulong)d) / 10) overflow = true;
                    else m = m * 10 + (ulong)d;
                }
                else if (d != 0) overflow = true;
            }
            for (long k = digits.Length; k < point && !overflow; k++)
            {
                if (m == 0) break;
                if (m > ulong.MaxValue / 10) overflow = true;
                else m *= 10;
            }
            if (overflow) return ParseStatus.Overflow;
            if (negative ? m > maxNeg : m > max) return ParseStatus.Overflow;
            magnitude = m;
            if (m == 0) negative = false;
            return ParseStatus.OK;
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

        // Parses "[ws][sign](digits[.digits]|.digits)[(e|E)[sign]digits][sign][ws]", "(...)", "Infinity", "NaN".
        internal static bool TryParseDouble(ReadOnlySpan<char> s, NumberStyles style, bool single, out double result)
        {
            result = 0;
            int i = 0, n = s.Length;
            while (i < n && IsWhite(s[i]) && (style & NumberStyles.AllowLeadingWhite) != 0) i++;
            while (n > i && IsWhite(s[n - 1]) && (style & NumberStyles.AllowTrailingWhite) != 0) n--;
            if (i >= n) return false;
            bool negative = false, parens = false, signed = false;
            if ((style & NumberStyles.AllowParentheses) != 0 && s[i] == '(' && n - i >= 2 && s[n - 1] == ')')
            {
                parens = true; negative = true; i++; n--;
            }
            if ((style & NumberStyles.AllowLeadingSign) != 0 && !parens && i < n)
            {
                if (s[i] == '-') { negative = true; signed = true; i++; }
                else if (s[i] == '+') { signed = true; i++; }
            }
            if ((style & NumberStyles.AllowTrailingSign) != 0 && !parens && !signed && n > i)
            {
                if (s[n - 1] == '-') { negative = true; n--; }
                else if (s[n - 1] == '+') n--;
            }
            if (i >= n) return false;
            ReadOnlySpan<char> rest = s.Slice(i, n - i);
            if (EqualsIgnoreCase(rest, "Infinity"))
            {
                result = negative ? double.NegativeInfinity : double.PositiveInfinity;
                return true;
            }
            if (EqualsIgnoreCase(rest, "NaN")) { result = double.NaN; return true; }
            if (!negative && i == 0 && (EqualsIgnoreCase(rest, "-Infinity"))) { result = double.NegativeInfinity; return true; }
            StringBuilder sb = new StringBuilder();
            if (negative) sb.Append('-');
            bool digits = false, point = false;
            for (; i < n; i++)
            {
                char c = s[i];
                if (c >= '0' && c <= '9') { sb.Append(c); digits = true; }
                else if (c == '.' && !point && (style & NumberStyles.AllowDecimalPoint) != 0) { sb.Append('.'); point = true; }
                else if (c == ',' && !point && digits && (style & NumberStyles.AllowThousands) != 0) { }
                else break;
            }
            if (!digits) return false;
            if (i < n && (s[i] == 'e' || s[i] == 'E') && (style & NumberStyles.AllowExponent) != 0)
            {
                int j = i + 1;
                StringBuilder e = new StringBuilder("e");
                if (j < n && (s[j] == '+' || s[j] == '-')) e.Append(s[j++]);
                bool ed = false;
                while (j < n && s[j] >= '0' && s[j] <= '9') { e.Append(s[j++]); ed = true; }
                if (!ed) return false;
                sb.Append(e.ToString());
                i = j;
            }
            if (i != n) return false;
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

        // Converts "[-]digits[.digits][e[+|-]digits]" (already validated, ASCII) to the nearest double
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
