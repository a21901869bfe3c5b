using System.Globalization;

namespace System.Globalization
{
    [Flags]
    public enum DateTimeStyles
    {
        None = 0, AllowLeadingWhite = 1, AllowTrailingWhite = 2, AllowInnerWhite = 4, AllowWhiteSpaces = 7,
        NoCurrentDateDefault = 8, AdjustToUniversal = 16, AssumeLocal = 32, AssumeUniversal = 64, RoundtripKind = 128,
    }
}

namespace System
{
    // DateTime.ParseExact/TryParseExact over the invariant culture's custom and standard formats.
    public readonly partial struct DateTime
    {
        public static DateTime ParseExact(string s, string format, IFormatProvider provider) => ParseExact(s, format, provider, DateTimeStyles.None);

        public static DateTime ParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (format == null) throw new ArgumentNullException("format");
            if (format.Length == 0) throw new FormatException("Format specifier '' was invalid.");
            if (TryParseExactCore(s, format, style, out DateTime r)) return r;
            throw new FormatException("String '" + s + "' was not recognized as a valid DateTime.");
        }

        public static DateTime ParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (formats == null) throw new ArgumentNullException("formats");
            if (TryParseExact(s, formats, provider, style, out DateTime r)) return r;
            throw new FormatException("String '" + s + "' was not recognized as a valid DateTime.");
        }

        public static DateTime ParseExact(ReadOnlySpan<char> s, ReadOnlySpan<char> format, IFormatProvider provider, DateTimeStyles style = DateTimeStyles.None) =>
            ParseExact(s.ToString(), format.ToString(), provider, style);

        public static bool TryParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            result = default;
            if (s == null || string.IsNullOrEmpty(format)) return false;
            return TryParseExactCore(s, format, style, out result);
        }

        public static bool TryParseExact(string s, string[] formats, IFormatProvider provider, DateTimeStyles style, out DateTime result)
        {
            result = default;
            if (s == null || formats == null) return false;
            foreach (string f in formats)
                if (!string.IsNullOrEmpty(f) && TryParseExactCore(s, f, style, out result)) return true;
            result = default;
            return false;
        }

        public static bool TryParseExact(ReadOnlySpan<char> s, ReadOnlySpan<char> format, IFormatProvider provider, DateTimeStyles style, out DateTime result) =>
            TryParseExact(s.ToString(), format.ToString(), provider, style, out result);


        private static string ExpandStandardFormat(string format)
        {
            if (format.Length != 1) return format;
            switch (format[0])
            {
                case 'd': return "MM/dd/yyyy";
                case 'D': return "dddd, dd MMMM yyyy";
                case 'f': return "dddd, dd MMMM yyyy HH:mm";
                case 'F': return "dddd, dd MMMM yyyy HH:mm:ss";
                case 'g': return "MM/dd/yyyy HH:mm";
                case 'G': return "MM/dd/yyyy HH:mm:ss";
                case 'm': case 'M': return "MMMM dd";
                case 'o': case 'O': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK";
                case 'r': case 'R': return "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'";
                case 's': return "yyyy'-'MM'-'dd'T'HH':'mm':'ss";
                case 't': return "HH:mm";
                case 'T': return "HH:mm:ss";
                case 'u': return "yyyy'-'MM'-'dd HH':'mm':'ss'Z'";
                case 'U': return "dddd, dd MMMM yyyy HH:mm:ss";
                case 'y': case 'Y': return "yyyy MMMM";
            }
            return null;
        }

        private static bool ReadNumber(string s, ref int pos, int minDigits, int maxDigits, out int value)
        {
            value = 0;
            int start = pos;
            while (pos < s.Length && pos - start < maxDigits && s[pos] >= '0' && s[pos] <= '9') value = value * 10 + (s[pos++] - '0');
            return pos - start >= minDigits;
        }

        private static bool ReadName(string s, ref int pos, string[] names, bool abbreviated, out int index)
        {
            for (index = 0; index < names.Length; index++)
            {
                string n = abbreviated ? names[index].Substring(0, 3) : names[index];
                if (string.Compare(s, pos, n, 0, n.Length, StringComparison.OrdinalIgnoreCase) == 0 && pos + n.Length <= s.Length)
                {
                    pos += n.Length;
                    return true;
                }
            }
            return false;
        }

        // The fields of s read by a custom or standard format: the clock time and any zone.
        internal static bool TryParseExactFields(string s, string format, DateTimeStyles style, out DateTimeParsed parsed)
        {
            parsed = default;
            format = ExpandStandardFormat(format);
            if (format == null) return false;
            if ((style & DateTimeStyles.AllowLeadingWhite) != 0) s = s.TrimStart();
            if ((style & DateTimeStyles.AllowTrailingWhite) != 0) s = s.TrimEnd();
            int year = -1, month = -1, day = -1, hour = 0, minute = 0, second = 0, dayOfWeek = -1;
            long fraction = 0;
            int pm = -1;
            bool hour12 = false;
            DateTimeKind kind = DateTimeKind.Unspecified;
            long offsetTicks = 0;
            bool hasOffset = false;
            int pos = 0;
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                int run = 1;
                while (i + run < format.Length && format[i + run] == c) run++;
                int v;
                switch (c)
                {
                    case 'y':
                        if (!ReadNumber(s, ref pos, run <= 2 ? 1 : run, run <= 2 ? 2 : Math.Max(run, 4), out v)) return false;
                        year = run <= 2 ? (v < 50 ? 2000 + v : 1900 + v) : v;
                        if (run <= 2 && v >= 50 && v < 100) year = 1900 + v;
                        break;
                    case 'M':
                        if (run <= 2) { if (!ReadNumber(s, ref pos, run, 2, out month)) return false; }
                        else { if (!ReadName(s, ref pos, s_monthNames, run == 3, out v)) return false; month = v + 1; }
                        break;
                    case 'd':
                        if (run <= 2) { if (!ReadNumber(s, ref pos, run, 2, out day)) return false; }
                        else { if (!ReadName(s, ref pos, s_dayNames, run == 3, out dayOfWeek)) return false; }
                        break;
                    case 'H': if (!ReadNumber(s, ref pos, run, 2, out hour)) return false; break;
                    case 'h': if (!ReadNumber(s, ref pos, run, 2, out hour)) return false; hour12 = true; break;
                    case 'm': if (!ReadNumber(s, ref pos, run, 2, out minute)) return false; break;
                    case 's': if (!ReadNumber(s, ref pos, run, 2, out second)) return false; break;
                    case 'f':
                    case 'F':
                    {
                        int start = pos;
                        long f = 0;
                        int digits = 0;
                        while (pos < s.Length && digits < run && s[pos] >= '0' && s[pos] <= '9') { f = f * 10 + (s[pos++] - '0'); digits++; }
                        if (c == 'f' && digits != run) return false;
                        for (int k = digits; k < 7; k++) f *= 10;
                        fraction = f;
                        break;
                    }
                    case 't':
                    {
                        if (pos >= s.Length) return false;
                        char a = char.ToUpperInvariant(s[pos]);
                        if (a != 'A' && a != 'P') return false;
                        pm = a == 'P' ? 1 : 0;
                        pos++;
                        if (run > 1) { if (pos >= s.Length || char.ToUpperInvariant(s[pos]) != 'M') return false; pos++; }
                        break;
                    }
                    case 'K':
                    case 'z':
                        if (pos < s.Length && (s[pos] == 'Z' || s[pos] == 'z') && c == 'K') { kind = DateTimeKind.Utc; pos++; break; }
                        if (pos < s.Length && (s[pos] == '+' || s[pos] == '-'))
                        {
                            bool neg = s[pos++] == '-';
                            if (!ReadNumber(s, ref pos, 1, 2, out int oh)) return false;
                            int om = 0;
                            if (pos < s.Length && s[pos] == ':') { pos++; if (!ReadNumber(s, ref pos, 2, 2, out om)) return false; }
                            offsetTicks = (oh * 60L + om) * TimeSpan.TicksPerMinute * (neg ? -1 : 1);
                            hasOffset = true;
                        }
                        else if (c == 'z') return false;
                        break;
                    case '\'':
                    case '"':
                    {
                        int end = format.IndexOf(c, i + 1);
                        if (end < 0) return false;
                        string lit = format.Substring(i + 1, end - i - 1);
                        if (string.CompareOrdinal(s, pos, lit, 0, lit.Length) != 0 || pos + lit.Length > s.Length) return false;
                        pos += lit.Length;
                        i = end;
                        continue;
                    }
                    case '\\':
                        if (i + 1 >= format.Length || pos >= s.Length || s[pos] != format[i + 1]) return false;
                        pos++;
                        i++;
                        continue;
                    case ' ':
                        for (int k = 0; k < run; k++)
                        {
                            if (pos < s.Length && s[pos] == ' ') pos++;
                            else if ((style & DateTimeStyles.AllowInnerWhite) == 0) return false;
                        }
                        if ((style & DateTimeStyles.AllowInnerWhite) != 0) while (pos < s.Length && s[pos] == ' ') pos++;
                        break;
                    default:
                        for (int k = 0; k < run; k++)
                        {
                            if (pos >= s.Length || s[pos] != c) return false;
                            pos++;
                        }
                        break;
                }
                i += run - 1;
            }
            if (pos != s.Length) return false;
            if (hour12)
            {
                if (hour < 1 || hour > 12) return false;
                if (pm >= 0) hour = hour % 12 + (pm == 1 ? 12 : 0);
            }
            else if (pm >= 0)
            {
                if (pm == 1 && hour < 12) hour += 12;
                else if (pm == 0 && hour == 12) hour = 0;
            }
            if (year < 0 && month < 0 && day < 0)
            {
                if ((style & DateTimeStyles.NoCurrentDateDefault) != 0) { year = 1; month = 1; day = 1; }
                else { DateTime today = Now; year = today.Year; month = today.Month; day = today.Day; }
            }
            if (year < 0) year = Now.Year;
            if (month < 0) month = 1;
            if (day < 0) day = 1;
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) return false;
            if (hour > 23 || minute > 59 || second > 59) return false;
            long ticks = DateToTicks(year, month, day) + TimeToTicks(hour, minute, second) + fraction;
            if (dayOfWeek >= 0 && (DayOfWeek)((ticks / TicksPerDay + 1) % 7) != (DayOfWeek)dayOfWeek) return false;
            parsed.ClockTicks = ticks;
            parsed.HasZone = hasOffset || kind == DateTimeKind.Utc;
            parsed.ZoneIsUtcDesignator = kind == DateTimeKind.Utc;
            parsed.OffsetTicks = hasOffset ? offsetTicks : 0;
            return true;
        }

        private static bool TryParseExactCore(string s, string format, DateTimeStyles style, out DateTime result)
        {
            result = default;
            DateTimeParse.ValidateStyles(style);
            return TryParseExactFields(s, format, style, out DateTimeParsed p) && DateTimeParse.ToDateTime(p, style, out result) == DateTimeParseFailure.None;
        }
    }
}
