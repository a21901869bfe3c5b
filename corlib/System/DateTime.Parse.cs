// DateTime.Parse: the free-form parser of the invariant culture. It reads the input left to
// right into date numbers, a month name, a time of day, AM/PM, a day name and a time zone,
// then decides the order of the date numbers the way .NET does (year first when it has three
// or more digits, otherwise month/day/year). The failures carry .NET's distinct messages.
using System.Globalization;

namespace System
{
    internal enum DateTimeParseFailure { None, Format, UnknownWord, Calendar, DayOfWeek, OffsetRange, OutOfRange }

    // What the free-form parser found: the clock time and, if the text named one, the zone.
    internal struct DateTimeParsed
    {
        public long ClockTicks;
        public bool HasDate, HasTime, HasZone;
        public bool ZoneIsUtcDesignator;    // 'Z' or "GMT" rather than a numeric offset
        public long OffsetTicks;
        public int ErrorIndex;              // where the unknown word starts
    }

    internal static class DateTimeParse
    {
        private static readonly string[] s_monthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };
        private static readonly string[] s_dayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };

        // XXX: there are no time zones yet; local time is UTC.
        internal const long LocalOffsetTicks = 0;

        internal static void ValidateStyles(DateTimeStyles styles)
        {
            if (((int)styles & ~0xFF) != 0) throw new ArgumentException("An undefined DateTimeStyles value is being used.", "styles");
            if ((styles & DateTimeStyles.AssumeLocal) != 0 && (styles & DateTimeStyles.AssumeUniversal) != 0)
                throw new ArgumentException("The DateTimeStyles values AssumeLocal and AssumeUniversal cannot be used together.", "styles");
            if ((styles & DateTimeStyles.RoundtripKind) != 0 && (styles & (DateTimeStyles.AssumeLocal | DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal)) != 0)
                throw new ArgumentException("The DateTimeStyles value RoundtripKind cannot be used with the values AssumeLocal, AssumeUniversal or AdjustToUniversal.", "styles");
        }

        // Whether a custom format uses any of the given specifier letters outside quotes and
        // escapes (DateOnly may not format a time, nor TimeOnly a date).
        internal static bool FormatUses(string format, string letters)
        {
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                if (c == '\\') { i++; continue; }
                if (c == '\'' || c == '"')
                {
                    int end = format.IndexOf(c, i + 1);
                    if (end < 0) return false;
                    i = end;
                    continue;
                }
                if (letters.IndexOf(c) >= 0) return true;
            }
            return false;
        }

        // DateOnly.Parse / TimeOnly.Parse: 0 with the ticks, 1 if the text is no date and time,
        // 2 if it has parts of the other kind (a time or zone for a date, a date for a time).
        internal static int ParseDateOrTime(string s, DateTimeStyles styles, bool wantDate, out long ticks)
        {
            ticks = 0;
            if (Parse(s, styles | DateTimeStyles.NoCurrentDateDefault, out DateTimeParsed p) != DateTimeParseFailure.None) return 1;
            if (wantDate ? (p.HasTime || p.HasZone || !p.HasDate) : (p.HasDate || p.HasZone || !p.HasTime)) return 2;
            ticks = p.ClockTicks;
            return 0;
        }

        internal static FormatException Error(DateTimeParseFailure failure, string s, int index, string typeName)
        {
            switch (failure)
            {
                case DateTimeParseFailure.UnknownWord:
                    return new FormatException("The string '" + s + "' was not recognized as a valid " + typeName + ". There is an unknown word starting at index '" + index.ToString() + "'.");
                case DateTimeParseFailure.Calendar:
                    return new FormatException("The DateTime represented by the string '" + s + "' is not supported in calendar 'System.Globalization.GregorianCalendar'.");
                case DateTimeParseFailure.DayOfWeek:
                    return new FormatException("String '" + s + "' was not recognized as a valid " + typeName + " because the day of week was incorrect.");
                case DateTimeParseFailure.OffsetRange:
                    return new FormatException("The time zone offset of string '" + s + "' must be within plus or minus 14 hours.");
                case DateTimeParseFailure.OutOfRange:
                    return new FormatException("The DateTime represented by the string '" + s + "' is out of range.");
            }
            return new FormatException("String '" + s + "' was not recognized as a valid " + typeName + ".");
        }

        private static bool IsDigit(char c) => c >= '0' && c <= '9';
        private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        // A month or day name, full or its three-letter abbreviation, ignoring case; -1 if none.
        private static int FindName(string[] names, string word)
        {
            for (int i = 0; i < names.Length; i++)
                if (string.Equals(word, names[i], StringComparison.OrdinalIgnoreCase) || string.Equals(word, names[i].Substring(0, 3), StringComparison.OrdinalIgnoreCase))
                    return i;
            return -1;
        }

        // Reads a run of digits at pos: its value (saturated) and how many digits it had.
        private static int ReadDigits(string s, ref int pos, out long value)
        {
            int start = pos;
            value = 0;
            while (pos < s.Length && IsDigit(s[pos]))
            {
                if (value < 100000000000L) value = value * 10 + (s[pos] - '0');
                pos++;
            }
            return pos - start;
        }

        private static int ToYear(long value, int digits)
        {
            if (digits > 2) return value > 9999 ? -1 : (int)value;
            return value < 50 ? 2000 + (int)value : 1900 + (int)value;
        }

        // Fractional seconds: the digits summed as tenths, hundredths... then rounded to a tick
        // (half to even), as .NET does; more than seven digits therefore round.
        private static long ReadFraction(string s, ref int pos)
        {
            double fraction = 0, scale = 0.1;
            int start = pos;
            while (pos < s.Length && IsDigit(s[pos]))
            {
                fraction += (s[pos] - '0') * scale;
                scale *= 0.1;
                pos++;
            }
            if (pos == start) return -1;
            return (long)Math.Round(fraction * TimeSpan.TicksPerSecond);
        }

        // Reads "+h", "+hh", "+h:m", "+hh:mm", "+hmm", "+hhmm" (the sign at pos).
        private static DateTimeParseFailure ReadOffset(string s, ref int pos, out long offsetTicks)
        {
            offsetTicks = 0;
            bool negative = s[pos] == '-';
            pos++;
            int n = ReadDigits(s, ref pos, out long v);
            long hours, minutes = 0;
            if (n == 1 || n == 2)
            {
                hours = v;
                if (pos < s.Length && s[pos] == ':')
                {
                    pos++;
                    int m = ReadDigits(s, ref pos, out minutes);
                    if (m < 1 || m > 2) return DateTimeParseFailure.Format;
                }
            }
            else if (n == 3 || n == 4) { hours = v / 100; minutes = v % 100; }
            else return DateTimeParseFailure.Format;
            if (minutes >= 60) return DateTimeParseFailure.Format;
            long total = hours * 60 + minutes;
            if (total > 14 * 60) return DateTimeParseFailure.OffsetRange;
            offsetTicks = (negative ? -total : total) * TimeSpan.TicksPerMinute;
            return DateTimeParseFailure.None;
        }

        internal static DateTimeParseFailure Parse(string s, DateTimeStyles styles, out DateTimeParsed result)
        {
            result = default;
            long[] numValue = new long[4];
            int[] numDigits = new int[4];
            int numCount = 0;
            int monthName = -1, monthNamePos = -1;   // position: how many date numbers came before it
            int dayOfWeek = -1;
            int hour = -1, minute = 0, second = 0;
            long fractionTicks = 0;
            int ampm = -1;                           // 0 AM, 1 PM
            bool hasZone = false, utcDesignator = false;
            long offsetTicks = 0;
            bool dateBeforeTime = false, dateAfterTime = false;
            bool isoDate = false;                    // yyyy-MM-dd, which may be followed by 'T'
            bool isoTime = false;                    // the time came after that 'T'
            int pos = 0;
            while (pos < s.Length)
            {
                char c = s[pos];
                if (char.IsWhiteSpace(c) || c == ',') { pos++; continue; }
                if (IsDigit(c))
                {
                    int start = pos;
                    int digits = ReadDigits(s, ref pos, out long value);
                    if (pos < s.Length && s[pos] == ':')
                    {
                        // A time of day: h:m[:s[.f]].
                        if (hour >= 0 || digits > 2) return DateTimeParseFailure.Format;
                        pos++;
                        int md = ReadDigits(s, ref pos, out long mv);
                        if (md < 1 || md > 2) return DateTimeParseFailure.Format;
                        hour = (int)value;
                        minute = (int)mv;
                        if (pos < s.Length && s[pos] == ':')
                        {
                            pos++;
                            int sd = ReadDigits(s, ref pos, out long sv);
                            if (sd < 1 || sd > 2) return DateTimeParseFailure.Format;
                            second = (int)sv;
                            if (pos < s.Length && (s[pos] == '.' || s[pos] == ','))
                            {
                                pos++;
                                fractionTicks = ReadFraction(s, ref pos);
                                if (fractionTicks < 0) return DateTimeParseFailure.Format;
                            }
                        }
                        if (pos < s.Length && (IsDigit(s[pos]) || s[pos] == ':')) return DateTimeParseFailure.Format;
                        dateBeforeTime = numCount > 0 || monthName >= 0;
                        continue;
                    }
                    // A bare hour before AM/PM ("7 PM").
                    int look = pos;
                    while (look < s.Length && s[look] == ' ') look++;
                    if (look + 1 < s.Length && (s[look] == 'A' || s[look] == 'a' || s[look] == 'P' || s[look] == 'p') && (s[look + 1] == 'M' || s[look + 1] == 'm')
                        && (look + 2 == s.Length || !IsLetter(s[look + 2])) && hour < 0 && digits <= 2)
                    {
                        hour = (int)value;
                        dateBeforeTime = numCount > 0 || monthName >= 0;
                        continue;
                    }
                    // A date number, perhaps followed by its separator.
                    if (numCount == 4 || hasZone) return DateTimeParseFailure.Format;
                    if (hour >= 0) dateAfterTime = true;
                    numValue[numCount] = value;
                    numDigits[numCount] = digits;
                    numCount++;
                    if (numCount == 3 && monthName < 0 && numDigits[0] > 2 && start > 0 && s[start - 1] == '-') isoDate = true;
                    bool complete = numCount + (monthName >= 0 ? 1 : 0) >= 3;
                    if (pos + 1 < s.Length && (s[pos] == '/' || s[pos] == '.' || (s[pos] == '-' && !complete)) && (IsDigit(s[pos + 1]) || IsLetter(s[pos + 1])))
                        pos++;
                    continue;
                }
                if (IsLetter(c))
                {
                    int start = pos;
                    while (pos < s.Length && IsLetter(s[pos])) pos++;
                    string word = s.Substring(start, pos - start);
                    int m, d;
                    if (word.Length == 1 && (c == 'T' || c == 't') && isoDate && hour < 0 && !hasZone)
                    {
                        // ISO 8601: "THH:mm[:ss[.fffffff]]", two digits each.
                        if (ReadDigits(s, ref pos, out long hv) != 2 || pos >= s.Length || s[pos] != ':') return DateTimeParseFailure.Format;
                        pos++;
                        if (ReadDigits(s, ref pos, out long mv) != 2) return DateTimeParseFailure.Format;
                        hour = (int)hv;
                        minute = (int)mv;
                        if (pos < s.Length && s[pos] == ':')
                        {
                            pos++;
                            if (ReadDigits(s, ref pos, out long sv) != 2) return DateTimeParseFailure.Format;
                            second = (int)sv;
                            if (pos < s.Length && s[pos] == '.')
                            {
                                pos++;
                                fractionTicks = ReadFraction(s, ref pos);
                                if (fractionTicks < 0) return DateTimeParseFailure.Format;
                            }
                        }
                        dateBeforeTime = true;
                        isoTime = true;
                        continue;
                    }
                    if ((m = FindName(s_monthNames, word)) >= 0)
                    {
                        if (monthName >= 0 || hasZone) return DateTimeParseFailure.Format;
                        if (hour >= 0) dateAfterTime = true;
                        monthName = m;
                        monthNamePos = numCount;
                        bool complete = numCount >= 2;
                        if (pos + 1 < s.Length && (s[pos] == '/' || s[pos] == '.' || (s[pos] == '-' && !complete)) && IsDigit(s[pos + 1])) pos++;
                        continue;
                    }
                    if ((d = FindName(s_dayNames, word)) >= 0)
                    {
                        if (dayOfWeek >= 0) return DateTimeParseFailure.Format;
                        dayOfWeek = d;
                        continue;
                    }
                    if (string.Equals(word, "AM", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "PM", StringComparison.OrdinalIgnoreCase))
                    {
                        if (ampm >= 0 || hour < 0) return DateTimeParseFailure.Format;
                        ampm = word[0] == 'P' || word[0] == 'p' ? 1 : 0;
                        continue;
                    }
                    if (string.Equals(word, "AD", StringComparison.OrdinalIgnoreCase)) continue;
                    if (word.Length == 1 && (c == 'A' || c == 'a') && string.Compare(s, start, "A.D.", 0, 4, StringComparison.OrdinalIgnoreCase) == 0 && s.Length >= start + 4)
                    {
                        pos = start + 4;
                        continue;
                    }
                    if (string.Equals(word, "Z", StringComparison.OrdinalIgnoreCase) || string.Equals(word, "GMT", StringComparison.OrdinalIgnoreCase))
                    {
                        if (hasZone || (isoTime && word.Length == 3)) return DateTimeParseFailure.Format;
                        hasZone = true;
                        utcDesignator = true;
                        continue;
                    }
                    if (word.Length == 1 && (c == 'T' || c == 't') && (numCount > 0 || monthName >= 0)) return DateTimeParseFailure.Format;
                    result.ErrorIndex = start;
                    return DateTimeParseFailure.UnknownWord;
                }
                if (c == '+' || c == '-')
                {
                    if (hasZone || (hour < 0 && numCount + (monthName >= 0 ? 1 : 0) < 3)) return DateTimeParseFailure.Format;
                    DateTimeParseFailure f = ReadOffset(s, ref pos, out offsetTicks);
                    if (f != DateTimeParseFailure.None) return f;
                    hasZone = true;
                    continue;
                }
                return DateTimeParseFailure.Format;
            }

            // The date: which number is the year, month and day.
            int year, month, day;
            bool hasDate = numCount > 0 || monthName >= 0;
            if (dateBeforeTime && dateAfterTime) return DateTimeParseFailure.Format;
            if (!hasDate)
            {
                if (hour < 0) return DateTimeParseFailure.Format;
                if ((styles & DateTimeStyles.NoCurrentDateDefault) != 0) { year = 1; month = 1; day = 1; }
                else { DateTime today = DateTime.Now; year = today.Year; month = today.Month; day = today.Day; }
            }
            else if (monthName >= 0)
            {
                month = monthName + 1;
                if (numCount == 0 || numCount > 2) return DateTimeParseFailure.Format;
                if (numCount == 1)
                {
                    if (numDigits[0] > 2) { year = ToYear(numValue[0], numDigits[0]); day = 1; }
                    else if (monthNamePos == 0) { year = DateTime.Now.Year; day = (int)numValue[0]; }
                    else { year = ToYear(numValue[0], numDigits[0]); day = 1; }
                }
                else if (numDigits[0] > 2)
                {
                    year = ToYear(numValue[0], numDigits[0]);
                    if (numDigits[1] > 2) return DateTimeParseFailure.Format;
                    day = (int)numValue[1];
                }
                else
                {
                    if (numDigits[0] > 2) return DateTimeParseFailure.Format;
                    day = (int)numValue[0];
                    year = ToYear(numValue[1], numDigits[1]);
                }
            }
            else if (numCount == 2)
            {
                if (numDigits[0] > 2) { year = ToYear(numValue[0], numDigits[0]); month = (int)numValue[1]; day = 1; if (numDigits[1] > 2) return DateTimeParseFailure.Format; }
                else if (numDigits[1] > 2) { month = (int)numValue[0]; year = ToYear(numValue[1], numDigits[1]); day = 1; }
                else { month = (int)numValue[0]; day = (int)numValue[1]; year = DateTime.Now.Year; }
            }
            else if (numCount == 3)
            {
                if (numDigits[0] > 2)
                {
                    if (numDigits[1] > 2 || numDigits[2] > 2) return DateTimeParseFailure.Format;
                    year = ToYear(numValue[0], numDigits[0]); month = (int)numValue[1]; day = (int)numValue[2];
                }
                else
                {
                    if (numDigits[1] > 2) return DateTimeParseFailure.Format;
                    month = (int)numValue[0]; day = (int)numValue[1]; year = ToYear(numValue[2], numDigits[2]);
                }
            }
            else return DateTimeParseFailure.Format;
            // After "yyyy-MM-ddT" .NET reports a bad date as a calendar error, otherwise as a format error.
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
                return isoTime ? DateTimeParseFailure.Calendar : DateTimeParseFailure.Format;

            // The time of day, with AM/PM.
            bool timeSeen = hour >= 0 && !isoTime;   // .NET lets DateOnly read "yyyy-MM-ddTHH:mm:ss"
            if (hour < 0) hour = 0;
            if (ampm == 1 && hour < 12) hour += 12;
            else if (ampm == 0 && hour == 12) hour = 0;
            if (hour > 23 || minute > 59 || second > 59) return DateTimeParseFailure.Calendar;
            long ticks = new DateTime(year, month, day, hour, minute, second).Ticks + fractionTicks;
            if (ticks > DateTime.MaxValue.Ticks) return DateTimeParseFailure.Format;
            if (dayOfWeek >= 0 && (int)new DateTime(ticks).DayOfWeek != dayOfWeek) return DateTimeParseFailure.DayOfWeek;

            result.ClockTicks = ticks;
            result.HasDate = hasDate;
            result.HasTime = timeSeen || hasZone;
            result.HasZone = hasZone;
            result.ZoneIsUtcDesignator = utcDesignator;
            result.OffsetTicks = offsetTicks;
            return DateTimeParseFailure.None;
        }

        // The DateTime that DateTime.Parse returns for what was parsed, by the styles.
        internal static DateTimeParseFailure ToDateTime(in DateTimeParsed p, DateTimeStyles styles, out DateTime result)
        {
            result = default;
            long ticks = p.ClockTicks;
            bool toUtc = (styles & DateTimeStyles.AdjustToUniversal) != 0;
            if (p.HasZone)
            {
                // A clock time just after 0001-01-01 with a positive offset moves a day on
                // rather than failing, as .NET does; past 9999 is an error.
                long utc = ticks - p.OffsetTicks;
                if (toUtc)
                {
                    if (utc < 0) utc += TimeSpan.TicksPerDay;
                    if (utc > DateTime.MaxValue.Ticks) return DateTimeParseFailure.OutOfRange;
                    result = new DateTime(utc, DateTimeKind.Utc);
                }
                else if ((styles & DateTimeStyles.RoundtripKind) != 0 && p.ZoneIsUtcDesignator)
                    result = new DateTime(ticks, DateTimeKind.Utc);
                else
                {
                    long local = utc + LocalOffsetTicks;
                    if (local < 0) local += TimeSpan.TicksPerDay;
                    if (local > DateTime.MaxValue.Ticks) return DateTimeParseFailure.OutOfRange;
                    result = new DateTime(local, DateTimeKind.Local);
                }
                return DateTimeParseFailure.None;
            }
            if ((styles & DateTimeStyles.AssumeUniversal) != 0)
                result = toUtc ? new DateTime(ticks, DateTimeKind.Utc) : new DateTime(ticks + LocalOffsetTicks, DateTimeKind.Local);
            else if ((styles & DateTimeStyles.AssumeLocal) != 0)
                result = toUtc ? new DateTime(ticks - LocalOffsetTicks, DateTimeKind.Utc) : new DateTime(ticks, DateTimeKind.Local);
            else
                result = new DateTime(ticks, DateTimeKind.Unspecified);
            return DateTimeParseFailure.None;
        }
    }

    public readonly partial struct DateTime
    {
        public static DateTime Parse(string s) => Parse(s, null, DateTimeStyles.None);
        public static DateTime Parse(string s, IFormatProvider provider) => Parse(s, provider, DateTimeStyles.None);

        public static DateTime Parse(string s, IFormatProvider provider, DateTimeStyles styles)
        {
            DateTimeParse.ValidateStyles(styles);
            if (s == null) throw new ArgumentNullException("s");
            DateTimeParseFailure f = DateTimeParse.Parse(s, styles, out DateTimeParsed p);
            DateTime r = default;
            if (f == DateTimeParseFailure.None) f = DateTimeParse.ToDateTime(p, styles, out r);
            if (f != DateTimeParseFailure.None) throw DateTimeParse.Error(f, s, p.ErrorIndex, "DateTime");
            return r;
        }

        public static DateTime Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider, DateTimeStyles.None);
        public static DateTime Parse(ReadOnlySpan<char> s, IFormatProvider provider = null, DateTimeStyles styles = DateTimeStyles.None) => Parse(s.ToString(), provider, styles);

        public static bool TryParse(string s, out DateTime result) => TryParse(s, null, DateTimeStyles.None, out result);
        public static bool TryParse(string s, IFormatProvider provider, out DateTime result) => TryParse(s, provider, DateTimeStyles.None, out result);
        public static bool TryParse(ReadOnlySpan<char> s, out DateTime result) => TryParse(s.ToString(), null, DateTimeStyles.None, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out DateTime result) => TryParse(s.ToString(), provider, DateTimeStyles.None, out result);
        public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, DateTimeStyles styles, out DateTime result) => TryParse(s.ToString(), provider, styles, out result);

        public static bool TryParse(string s, IFormatProvider provider, DateTimeStyles styles, out DateTime result)
        {
            DateTimeParse.ValidateStyles(styles);
            result = default;
            if (s == null) return false;
            if (DateTimeParse.Parse(s, styles, out DateTimeParsed p) != DateTimeParseFailure.None) return false;
            if (DateTimeParse.ToDateTime(p, styles, out result) == DateTimeParseFailure.None) return true;
            result = default;
            return false;
        }
    }
}
