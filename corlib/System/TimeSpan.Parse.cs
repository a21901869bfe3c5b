// TimeSpan.Parse/ParseExact for the invariant culture. Text that does not have the shape of
// a time interval is a FormatException; a component out of range (hours past 23, minutes or
// seconds past 59, more than 10675199 days, a fraction of more than seven digits, a total
// past MinValue/MaxValue) is an OverflowException, as in .NET.
using System.Globalization;

namespace System
{
    public readonly partial struct TimeSpan
    {
        private enum ParseStatus { Ok, Format, Overflow, BadCustom }

        private const long MaxDays = 10675199;

        private static Exception ParseError(ParseStatus status, string input)
        {
            if (status == ParseStatus.Overflow)
                return new OverflowException("The TimeSpan string '" + input + "' could not be parsed because at least one of the numeric components is out of range or contains too many digits.");
            if (status == ParseStatus.BadCustom) return new FormatException("Input string was not in a correct format.");
            return new FormatException("String '" + input + "' was not recognized as a valid TimeSpan.");
        }

        // Days, hours, minutes, seconds and ticks of fraction into a TimeSpan, range-checked.
        private static ParseStatus Compose(bool negative, long days, long hours, long minutes, long seconds, long fraction, out TimeSpan result)
        {
            result = default;
            if (days > MaxDays || hours > 23 || minutes > 59 || seconds > 59) return ParseStatus.Overflow;
            ulong magnitude = (ulong)days * TicksPerDay + (ulong)hours * TicksPerHour + (ulong)minutes * TicksPerMinute + (ulong)seconds * TicksPerSecond + (ulong)fraction;
            if (magnitude > (negative ? 9223372036854775808UL : 9223372036854775807UL)) return ParseStatus.Overflow;
            result = new TimeSpan(negative ? (long)(0 - magnitude) : (long)magnitude);
            return ParseStatus.Ok;
        }

        // The fraction after '.': ticks from its first seven digits; more digits are allowed only
        // while the value stays below 10^7 (leading zeros).
        private static ParseStatus FractionTicks(string s, int start, int length, out long ticks)
        {
            ticks = 0;
            for (int i = 0; i < length && i < 7; i++) ticks = ticks * 10 + (s[start + i] - '0');
            for (int i = length; i < 7; i++) ticks *= 10;
            if (length > 7)
            {
                // Value of all digits must stay below 10^7: only leading zeros may be extra.
                int lead = 0;
                while (lead < length && s[start + lead] == '0') lead++;
                if (length - lead > 7) return ParseStatus.Overflow;
            }
            return ParseStatus.Ok;
        }

        // The general forms: [-]d, [-][d.]h:m[:s[.f]], [-]d:h:m:s[.f], surrounded by white space.
        // needFull: the "G" form, d:hh:mm:ss.fffffff.
        private static ParseStatus ParseGeneral(string input, bool needFull, out TimeSpan result)
        {
            result = default;
            int pos = 0, end = input.Length;
            while (pos < end && char.IsWhiteSpace(input[pos])) pos++;
            while (end > pos && char.IsWhiteSpace(input[end - 1])) end--;
            bool negative = false;
            if (pos < end && input[pos] == '-') { negative = true; pos++; }
            long[] values = new long[5];
            int[] starts = new int[5], lengths = new int[5];
            char[] seps = new char[4];
            int count = 0;
            bool tooBig = false;
            while (true)
            {
                if (count == 5) return ParseStatus.Format;
                int start = pos;
                long v = 0;
                while (pos < end && input[pos] >= '0' && input[pos] <= '9')
                {
                    v = v * 10 + (input[pos] - '0');
                    if (v > 0xFFFFFFFFL) { tooBig = true; v = 0xFFFFFFFFL; }
                    pos++;
                }
                if (pos == start) return ParseStatus.Format;
                values[count] = v;
                starts[count] = start;
                lengths[count] = pos - start;
                count++;
                if (pos == end) break;
                char c = input[pos];
                if ((c != ':' && c != '.') || count == 5) return ParseStatus.Format;
                seps[count - 1] = c;
                pos++;
            }
            string shape = new string(seps, 0, count - 1);
            if (needFull && shape != ":::.") return ParseStatus.Format;
            bool hasFraction = shape.EndsWith(".") && shape != ".";
            long fraction = 0;
            if (hasFraction)
            {
                ParseStatus fs = FractionTicks(input, starts[count - 1], lengths[count - 1], out fraction);
                if (fs != ParseStatus.Ok) return fs;
                count--;
                shape = shape.Substring(0, shape.Length - 1);
            }
            if (tooBig) return ParseStatus.Overflow;
            switch (shape)
            {
                case "": return Compose(negative, values[0], 0, 0, 0, 0, out result);
                case ":": return hasFraction ? ParseStatus.Format : Compose(negative, 0, values[0], values[1], 0, 0, out result);
                case "::":
                {
                    ParseStatus st = Compose(negative, 0, values[0], values[1], values[2], fraction, out result);
                    // "24:00:00" is not a time of day: it is read as days:hours:minutes.
                    if (st == ParseStatus.Overflow && !hasFraction && Compose(negative, values[0], values[1], values[2], 0, 0, out TimeSpan alt) == ParseStatus.Ok) { result = alt; return ParseStatus.Ok; }
                    return st;
                }
                case ".:": return hasFraction ? ParseStatus.Format : Compose(negative, values[0], values[1], values[2], 0, 0, out result);
                case ".::": return Compose(negative, values[0], values[1], values[2], values[3], fraction, out result);
                case ":::": return Compose(negative, values[0], values[1], values[2], values[3], fraction, out result);
            }
            return ParseStatus.Format;
        }

        // A custom format: d..dddddddd, h/hh, m/mm, s/ss, f..fffffff, F..FFFFFFF, quoted and
        // escaped literals, "%x".
        private static ParseStatus ParseCustom(string input, string format, TimeSpanStyles styles, out TimeSpan result)
        {
            result = default;
            long days = 0, hours = 0, minutes = 0, seconds = 0, fraction = 0;
            int pos = 0;
            bool single = false;
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                int run = 1;
                while (!single && i + run < format.Length && format[i + run] == c) run++;
                single = false;
                switch (c)
                {
                    case 'd': case 'h': case 'm': case 's':
                    {
                        int max = c == 'd' ? 8 : 2;
                        if (run > max) return ParseStatus.BadCustom;
                        int start = pos;
                        long v = 0;
                        while (pos < input.Length && pos - start < max && input[pos] >= '0' && input[pos] <= '9') v = v * 10 + (input[pos++] - '0');
                        int got = pos - start;
                        if (got == 0 || got < run) return ParseStatus.BadCustom;
                        if (c == 'd') days = v; else if (c == 'h') hours = v; else if (c == 'm') minutes = v; else seconds = v;
                        break;
                    }
                    case 'f': case 'F':
                    {
                        if (run > 7) return ParseStatus.BadCustom;
                        int start = pos;
                        long v = 0;
                        while (pos < input.Length && pos - start < run && input[pos] >= '0' && input[pos] <= '9') v = v * 10 + (input[pos++] - '0');
                        int got = pos - start;
                        if (c == 'f' && got != run) return ParseStatus.BadCustom;
                        for (int k = got; k < 7; k++) v *= 10;
                        fraction = v;
                        break;
                    }
                    case '%':
                        if (run > 1 || i + 1 >= format.Length) return ParseStatus.BadCustom;
                        single = true;
                        continue;
                    case '\\':
                        if (i + 1 >= format.Length || pos >= input.Length || input[pos] != format[i + 1]) return ParseStatus.BadCustom;
                        pos++;
                        i++;
                        continue;
                    case '\'':
                    case '"':
                    {
                        int end = format.IndexOf(c, i + 1);
                        if (end < 0) throw new FormatException("Cannot find a matching quote character for the character '" + c + "'.");
                        int n = end - i - 1;
                        if (pos + n > input.Length || string.CompareOrdinal(input, pos, format, i + 1, n) != 0) return ParseStatus.BadCustom;
                        pos += n;
                        i = end;
                        continue;
                    }
                    default:
                        return ParseStatus.BadCustom;
                }
                i += run - 1;
            }
            if (pos != input.Length) return ParseStatus.Format;
            return Compose((styles & TimeSpanStyles.AssumeNegative) != 0, days, hours, minutes, seconds, fraction, out result);
        }

        private static ParseStatus ParseExactCore(string input, string format, TimeSpanStyles styles, out TimeSpan result)
        {
            result = default;
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'c': case 't': case 'T': case 'g': return ParseGeneral(input, false, out result);
                    case 'G': return ParseGeneral(input, true, out result);
                }
                throw new FormatException("Format specifier '" + format + "' was invalid.");
            }
            return ParseCustom(input, format, styles, out result);
        }

        private static void CheckStyles(TimeSpanStyles styles)
        {
            if (((int)styles & ~1) != 0) throw new ArgumentException("An undefined TimeSpanStyles value is being used.", "styles");
        }

        public static TimeSpan Parse(string s)
        {
            if (s == null) throw new ArgumentNullException("input");
            ParseStatus st = ParseGeneral(s, false, out TimeSpan r);
            if (st != ParseStatus.Ok) throw ParseError(st, s);
            return r;
        }

        public static TimeSpan Parse(string input, IFormatProvider formatProvider) => Parse(input);
        public static TimeSpan Parse(ReadOnlySpan<char> input, IFormatProvider formatProvider = null) => Parse(input.ToString());

        public static bool TryParse(string s, out TimeSpan result)
        {
            if (s != null && ParseGeneral(s, false, out result) == ParseStatus.Ok) return true;
            result = default;
            return false;
        }

        public static bool TryParse(string input, IFormatProvider formatProvider, out TimeSpan result) => TryParse(input, out result);
        public static bool TryParse(ReadOnlySpan<char> s, out TimeSpan result) => TryParse(s.ToString(), out result);
        public static bool TryParse(ReadOnlySpan<char> input, IFormatProvider formatProvider, out TimeSpan result) => TryParse(input.ToString(), out result);

        public static TimeSpan ParseExact(string input, string format, IFormatProvider formatProvider) => ParseExact(input, format, formatProvider, TimeSpanStyles.None);

        public static TimeSpan ParseExact(string input, string format, IFormatProvider formatProvider, TimeSpanStyles styles)
        {
            CheckStyles(styles);
            if (input == null) throw new ArgumentNullException("input");
            if (format == null) throw new ArgumentNullException("format");
            if (format.Length == 0) throw new FormatException("Format specifier '' was invalid.");
            ParseStatus st = ParseExactCore(input, format, styles, out TimeSpan r);
            if (st != ParseStatus.Ok) throw ParseError(st, input);
            return r;
        }

        public static TimeSpan ParseExact(string input, string[] formats, IFormatProvider formatProvider) => ParseExact(input, formats, formatProvider, TimeSpanStyles.None);

        public static TimeSpan ParseExact(string input, string[] formats, IFormatProvider formatProvider, TimeSpanStyles styles)
        {
            CheckStyles(styles);
            if (input == null) throw new ArgumentNullException("input");
            if (formats == null) throw new ArgumentNullException("formats");
            if (TryParseExact(input, formats, formatProvider, styles, out TimeSpan r)) return r;
            throw ParseError(ParseStatus.Format, input);
        }

        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, out TimeSpan result) =>
            TryParseExact(input, format, formatProvider, TimeSpanStyles.None, out result);

        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, TimeSpanStyles styles, out TimeSpan result)
        {
            CheckStyles(styles);
            result = default;
            if (input == null || string.IsNullOrEmpty(format)) return false;
            try
            {
                if (ParseExactCore(input, format, styles, out result) == ParseStatus.Ok) return true;
            }
            catch (FormatException) { }
            result = default;
            return false;
        }

        public static bool TryParseExact(string input, string[] formats, IFormatProvider formatProvider, TimeSpanStyles styles, out TimeSpan result)
        {
            CheckStyles(styles);
            result = default;
            if (input == null || formats == null) return false;
            foreach (string f in formats)
                if (TryParseExact(input, f, formatProvider, styles, out result)) return true;
            result = default;
            return false;
        }
    }
}
