using System.Globalization;

namespace System
{
    // A calendar date (days since 0001-01-01), formatted and parsed through DateTime.
    public readonly struct DateOnly : IComparable, IComparable<DateOnly>, IEquatable<DateOnly>, IFormattable, ISpanFormattable
    {
        private readonly int _dayNumber;
        private const int MaxDayNumber = 3652058;

        public DateOnly(int year, int month, int day) { _dayNumber = (int)(new DateTime(year, month, day).Ticks / TimeSpan.TicksPerDay); }
        private DateOnly(int dayNumber) { _dayNumber = dayNumber; }

        public static DateOnly MinValue => new DateOnly(0);
        public static DateOnly MaxValue => new DateOnly(MaxDayNumber);

        public static DateOnly FromDayNumber(int dayNumber)
        {
            if ((uint)dayNumber > MaxDayNumber) throw new ArgumentOutOfRangeException("dayNumber", "Day number must be between 0 and DateOnly.MaxValue.DayNumber.");
            return new DateOnly(dayNumber);
        }

        public static DateOnly FromDateTime(DateTime dateTime) => new DateOnly((int)(dateTime.Ticks / TimeSpan.TicksPerDay));

        private DateTime AsDateTime => new DateTime(_dayNumber * TimeSpan.TicksPerDay);

        public int DayNumber => _dayNumber;
        public int Year => AsDateTime.Year;
        public int Month => AsDateTime.Month;
        public int Day => AsDateTime.Day;
        public DayOfWeek DayOfWeek => (DayOfWeek)((_dayNumber + 1) % 7);
        public int DayOfYear => AsDateTime.DayOfYear;

        public DateOnly AddDays(int value)
        {
            long n = (long)_dayNumber + value;
            if ((ulong)n > MaxDayNumber) throw new ArgumentOutOfRangeException("value", "The resulting DateOnly value is out of range.");
            return new DateOnly((int)n);
        }

        public DateOnly AddMonths(int value) => FromDateTime(AsDateTime.AddMonths(value));
        public DateOnly AddYears(int value) => FromDateTime(AsDateTime.AddYears(value));
        public DateTime ToDateTime(TimeOnly time) => new DateTime(_dayNumber * TimeSpan.TicksPerDay + time.Ticks);
        public DateTime ToDateTime(TimeOnly time, DateTimeKind kind) => new DateTime(_dayNumber * TimeSpan.TicksPerDay + time.Ticks, kind);
        public void Deconstruct(out int year, out int month, out int day) { DateTime d = AsDateTime; year = d.Year; month = d.Month; day = d.Day; }

        public int CompareTo(DateOnly value) => _dayNumber.CompareTo(value._dayNumber);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is DateOnly d) return CompareTo(d);
            throw new ArgumentException("Object must be of type DateOnly.");
        }

        public bool Equals(DateOnly value) => _dayNumber == value._dayNumber;
        public override bool Equals(object value) => value is DateOnly d && Equals(d);
        public override int GetHashCode() => _dayNumber;

        public static bool operator ==(DateOnly left, DateOnly right) => left._dayNumber == right._dayNumber;
        public static bool operator !=(DateOnly left, DateOnly right) => left._dayNumber != right._dayNumber;
        public static bool operator <(DateOnly left, DateOnly right) => left._dayNumber < right._dayNumber;
        public static bool operator <=(DateOnly left, DateOnly right) => left._dayNumber <= right._dayNumber;
        public static bool operator >(DateOnly left, DateOnly right) => left._dayNumber > right._dayNumber;
        public static bool operator >=(DateOnly left, DateOnly right) => left._dayNumber >= right._dayNumber;

        public override string ToString() => ToString("d", null);
        public string ToString(string format) => ToString(format, null);
        public string ToString(IFormatProvider provider) => ToString("d", provider);
        public string ToString(string format, IFormatProvider provider)
        {
            if (string.IsNullOrEmpty(format)) format = "d";
            if (format.Length == 1)
            {
                if ("dDmMoOrRyY".IndexOf(format[0]) < 0) throw new FormatException("Input string was not in a correct format.");
                if (format == "o" || format == "O") return AsDateTime.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture);
                if (format == "r" || format == "R") return AsDateTime.ToString("ddd, dd MMM yyyy", CultureInfo.InvariantCulture);
            }
            else if (DateTimeParse.FormatUses(format, "hHmsfFtzK")) throw new FormatException("Input string was not in a correct format.");
            return AsDateTime.ToString(format, provider);
        }

        public string ToLongDateString() => ToString("D");
        public string ToShortDateString() => ToString();

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null) =>
            Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        public static DateOnly Parse(string s) => Parse(s, null, DateTimeStyles.None);
        public static DateOnly Parse(string s, IFormatProvider provider) => Parse(s, provider, DateTimeStyles.None);

        public static DateOnly Parse(string s, IFormatProvider provider, DateTimeStyles style)
        {
            if (s == null) throw new ArgumentNullException("s");
            int status = DateTimeParse.ParseDateOrTime(s, style, true, out long ticks);
            if (status == 2) throw new FormatException("String '" + s + "' contains parts which are not specific to the DateOnly.");
            if (status != 0) throw new FormatException("String '" + s + "' was not recognized as a valid DateOnly.");
            return new DateOnly((int)(ticks / TimeSpan.TicksPerDay));
        }

        public static bool TryParse(string s, out DateOnly result) => TryParse(s, null, DateTimeStyles.None, out result);
        public static bool TryParse(string s, IFormatProvider provider, out DateOnly result) => TryParse(s, provider, DateTimeStyles.None, out result);

        public static bool TryParse(string s, IFormatProvider provider, DateTimeStyles style, out DateOnly result)
        {
            result = default;
            if (s == null || DateTimeParse.ParseDateOrTime(s, style, true, out long ticks) != 0) return false;
            result = new DateOnly((int)(ticks / TimeSpan.TicksPerDay));
            return true;
        }

        public static DateOnly ParseExact(string s, string format) => ParseExact(s, format, null, DateTimeStyles.None);

        public static DateOnly ParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style = DateTimeStyles.None)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (format == null) throw new ArgumentNullException("format");
            if (!TryParseExact(s, format, provider, style, out DateOnly r)) throw new FormatException("String '" + s + "' was not recognized as a valid DateOnly.");
            return r;
        }

        public static bool TryParseExact(string s, string format, out DateOnly result) => TryParseExact(s, format, null, DateTimeStyles.None, out result);

        public static bool TryParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style, out DateOnly result)
        {
            result = default;
            if (s == null || string.IsNullOrEmpty(format) || !DateTime.TryParseExactFields(s, format, style | DateTimeStyles.NoCurrentDateDefault, out DateTimeParsed p)) return false;
            result = new DateOnly((int)(p.ClockTicks / TimeSpan.TicksPerDay));
            return true;
        }
    }

    // A time of day (ticks since midnight, below one day).
    public readonly struct TimeOnly : IComparable, IComparable<TimeOnly>, IEquatable<TimeOnly>, IFormattable, ISpanFormattable
    {
        private readonly long _ticks;

        public TimeOnly(int hour, int minute) : this(hour, minute, 0, 0) { }
        public TimeOnly(int hour, int minute, int second) : this(hour, minute, second, 0) { }
        public TimeOnly(int hour, int minute, int second, int millisecond) : this(hour, minute, second, millisecond, 0) { }

        public TimeOnly(int hour, int minute, int second, int millisecond, int microsecond)
        {
            if ((uint)hour > 23 || (uint)minute > 59 || (uint)second > 59 || (uint)millisecond > 999 || (uint)microsecond > 999)
                throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            _ticks = hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond + millisecond * TimeSpan.TicksPerMillisecond + microsecond * 10L;
        }

        public TimeOnly(long ticks)
        {
            if ((ulong)ticks >= (ulong)TimeSpan.TicksPerDay) throw new ArgumentOutOfRangeException("ticks", "Ticks must be between 0 and and TimeOnly.MaxValue.Ticks.");
            _ticks = ticks;
        }

        public static TimeOnly MinValue => new TimeOnly(0L);
        public static TimeOnly MaxValue => new TimeOnly(TimeSpan.TicksPerDay - 1);

        public int Hour => (int)(_ticks / TimeSpan.TicksPerHour);
        public int Minute => (int)(_ticks / TimeSpan.TicksPerMinute % 60);
        public int Second => (int)(_ticks / TimeSpan.TicksPerSecond % 60);
        public int Millisecond => (int)(_ticks / TimeSpan.TicksPerMillisecond % 1000);
        public int Microsecond => (int)(_ticks / 10 % 1000);
        public int Nanosecond => (int)(_ticks % 10 * 100);
        public long Ticks => _ticks;

        private static TimeOnly Wrap(long ticks, out int wrappedDays)
        {
            long day = TimeSpan.TicksPerDay;
            long d = ticks >= 0 ? ticks / day : (ticks - day + 1) / day;
            wrappedDays = (int)d;
            return new TimeOnly(ticks - d * day);
        }

        public TimeOnly Add(TimeSpan value) => Wrap(_ticks + value.Ticks, out _);
        public TimeOnly Add(TimeSpan value, out int wrappedDays) => Wrap(_ticks + value.Ticks, out wrappedDays);
        public TimeOnly AddHours(double value) => Add(TimeSpan.FromTicks((long)(value * TimeSpan.TicksPerHour)));
        public TimeOnly AddHours(double value, out int wrappedDays) => Add(TimeSpan.FromTicks((long)(value * TimeSpan.TicksPerHour)), out wrappedDays);
        public TimeOnly AddMinutes(double value) => Add(TimeSpan.FromTicks((long)(value * TimeSpan.TicksPerMinute)));
        public TimeOnly AddMinutes(double value, out int wrappedDays) => Add(TimeSpan.FromTicks((long)(value * TimeSpan.TicksPerMinute)), out wrappedDays);

        public bool IsBetween(TimeOnly start, TimeOnly end)
        {
            long s = start._ticks, e = end._ticks;
            return s <= e ? (s <= _ticks && e > _ticks) : (s <= _ticks || e > _ticks);
        }

        public static TimeSpan operator -(TimeOnly t1, TimeOnly t2)
        {
            long diff = t1._ticks - t2._ticks;
            return new TimeSpan(diff < 0 ? diff + TimeSpan.TicksPerDay : diff);
        }

        public static TimeOnly FromTimeSpan(TimeSpan timeSpan) => new TimeOnly(timeSpan.Ticks);
        public static TimeOnly FromDateTime(DateTime dateTime) => new TimeOnly(dateTime.TimeOfDay.Ticks);
        public TimeSpan ToTimeSpan() => new TimeSpan(_ticks);
        public void Deconstruct(out int hour, out int minute) { hour = Hour; minute = Minute; }
        public void Deconstruct(out int hour, out int minute, out int second) { hour = Hour; minute = Minute; second = Second; }

        public int CompareTo(TimeOnly value) => _ticks.CompareTo(value._ticks);
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is TimeOnly t) return CompareTo(t);
            throw new ArgumentException("Object must be of type TimeOnly.");
        }

        public bool Equals(TimeOnly value) => _ticks == value._ticks;
        public override bool Equals(object value) => value is TimeOnly t && Equals(t);
        public override int GetHashCode() => _ticks.GetHashCode();

        public static bool operator ==(TimeOnly left, TimeOnly right) => left._ticks == right._ticks;
        public static bool operator !=(TimeOnly left, TimeOnly right) => left._ticks != right._ticks;
        public static bool operator <(TimeOnly left, TimeOnly right) => left._ticks < right._ticks;
        public static bool operator <=(TimeOnly left, TimeOnly right) => left._ticks <= right._ticks;
        public static bool operator >(TimeOnly left, TimeOnly right) => left._ticks > right._ticks;
        public static bool operator >=(TimeOnly left, TimeOnly right) => left._ticks >= right._ticks;

        public override string ToString() => ToString("t", null);
        public string ToString(string format) => ToString(format, null);
        public string ToString(IFormatProvider provider) => ToString("t", provider);
        public string ToString(string format, IFormatProvider provider)
        {
            if (string.IsNullOrEmpty(format)) format = "t";
            DateTime d = new DateTime(_ticks);
            if (format.Length == 1)
            {
                if ("tToOrR".IndexOf(format[0]) < 0) throw new FormatException("Input string was not in a correct format.");
                if (format == "o" || format == "O") return d.ToString("HH':'mm':'ss'.'fffffff", CultureInfo.InvariantCulture);
                if (format == "r" || format == "R") return d.ToString("HH':'mm':'ss", CultureInfo.InvariantCulture);
            }
            else if (DateTimeParse.FormatUses(format, "yMdgzK")) throw new FormatException("Input string was not in a correct format.");
            return d.ToString(format, provider);
        }

        public string ToLongTimeString() => ToString("T");
        public string ToShortTimeString() => ToString();

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null) =>
            Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        public static TimeOnly Parse(string s) => Parse(s, null, DateTimeStyles.None);
        public static TimeOnly Parse(string s, IFormatProvider provider) => Parse(s, provider, DateTimeStyles.None);

        public static TimeOnly Parse(string s, IFormatProvider provider, DateTimeStyles style)
        {
            if (s == null) throw new ArgumentNullException("s");
            int status = DateTimeParse.ParseDateOrTime(s, style, false, out long ticks);
            if (status == 2) throw new FormatException("String '" + s + "' contains parts which are not specific to the TimeOnly.");
            if (status != 0) throw new FormatException("String '" + s + "' was not recognized as a valid TimeOnly.");
            return new TimeOnly(ticks % TimeSpan.TicksPerDay);
        }

        public static bool TryParse(string s, out TimeOnly result) => TryParse(s, null, DateTimeStyles.None, out result);
        public static bool TryParse(string s, IFormatProvider provider, out TimeOnly result) => TryParse(s, provider, DateTimeStyles.None, out result);

        public static bool TryParse(string s, IFormatProvider provider, DateTimeStyles style, out TimeOnly result)
        {
            result = default;
            if (s == null || DateTimeParse.ParseDateOrTime(s, style, false, out long ticks) != 0) return false;
            result = new TimeOnly(ticks % TimeSpan.TicksPerDay);
            return true;
        }

        public static TimeOnly ParseExact(string s, string format) => ParseExact(s, format, null, DateTimeStyles.None);

        public static TimeOnly ParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style = DateTimeStyles.None)
        {
            if (s == null) throw new ArgumentNullException("s");
            if (format == null) throw new ArgumentNullException("format");
            if (!TryParseExact(s, format, provider, style, out TimeOnly r)) throw new FormatException("String '" + s + "' was not recognized as a valid TimeOnly.");
            return r;
        }

        public static bool TryParseExact(string s, string format, out TimeOnly result) => TryParseExact(s, format, null, DateTimeStyles.None, out result);

        public static bool TryParseExact(string s, string format, IFormatProvider provider, DateTimeStyles style, out TimeOnly result)
        {
            result = default;
            if (s == null || string.IsNullOrEmpty(format) || !DateTime.TryParseExactFields(s, format, style | DateTimeStyles.NoCurrentDateDefault, out DateTimeParsed p)) return false;
            result = new TimeOnly(p.ClockTicks % TimeSpan.TicksPerDay);
            return true;
        }
    }

    // A date and time with an offset from UTC; comparisons and equality are by the UTC instant.
    public readonly struct DateTimeOffset : IComparable, IComparable<DateTimeOffset>, IEquatable<DateTimeOffset>, IFormattable, ISpanFormattable
    {
        private readonly DateTime _clock;       // the local clock time (Unspecified kind)
        private readonly short _offsetMinutes;

        public DateTimeOffset(DateTime dateTime, TimeSpan offset)
        {
            if (offset.Ticks % TimeSpan.TicksPerMinute != 0) throw new ArgumentException("Offset must be specified in whole minutes.", "offset");
            if (offset.Ticks < -14 * TimeSpan.TicksPerHour || offset.Ticks > 14 * TimeSpan.TicksPerHour) throw new ArgumentOutOfRangeException("offset", "Offset must be within plus or minus 14 hours.");
            if (dateTime.Kind == DateTimeKind.Utc && offset.Ticks != 0) throw new ArgumentException("The UTC Offset for Utc DateTime instances must be 0.", "offset");
            _clock = new DateTime(dateTime.Ticks);
            _offsetMinutes = (short)(offset.Ticks / TimeSpan.TicksPerMinute);
            long utc = _clock.Ticks - offset.Ticks;
            if (utc < 0 || utc > DateTime.MaxValue.Ticks) throw new ArgumentOutOfRangeException("offset", "The UTC time represented when the offset is applied must be between year 0 and 10,000.");
        }

        public DateTimeOffset(DateTime dateTime) : this(dateTime, TimeSpan.Zero) { }
        public DateTimeOffset(long ticks, TimeSpan offset) : this(new DateTime(ticks), offset) { }
        public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, TimeSpan offset) : this(new DateTime(year, month, day, hour, minute, second), offset) { }
        public DateTimeOffset(int year, int month, int day, int hour, int minute, int second, int millisecond, TimeSpan offset) : this(new DateTime(year, month, day, hour, minute, second, millisecond), offset) { }
        public DateTimeOffset(DateOnly date, TimeOnly time, TimeSpan offset) : this(date.ToDateTime(time), offset) { }

        public static readonly DateTimeOffset MinValue = new DateTimeOffset(0, TimeSpan.Zero);
        public static readonly DateTimeOffset MaxValue = new DateTimeOffset(DateTime.MaxValue.Ticks, TimeSpan.Zero);
        public static readonly DateTimeOffset UnixEpoch = new DateTimeOffset(621355968000000000L, TimeSpan.Zero);
        public static DateTimeOffset UtcNow => new DateTimeOffset(DateTime.UtcNow.Ticks, TimeSpan.Zero);
        public static DateTimeOffset Now => new DateTimeOffset(DateTime.UtcNow.Ticks, TimeSpan.Zero);

        public DateTime DateTime => _clock;
        public DateTime UtcDateTime => new DateTime(UtcTicks, DateTimeKind.Utc);
        public DateTime LocalDateTime => new DateTime(UtcTicks, DateTimeKind.Local);
        public TimeSpan Offset => new TimeSpan(_offsetMinutes * TimeSpan.TicksPerMinute);
        public int TotalOffsetMinutes => _offsetMinutes;
        public long Ticks => _clock.Ticks;
        public long UtcTicks => _clock.Ticks - _offsetMinutes * TimeSpan.TicksPerMinute;
        public DateTime Date => _clock.Date;
        public int Year => _clock.Year;
        public int Month => _clock.Month;
        public int Day => _clock.Day;
        public int Hour => _clock.Hour;
        public int Minute => _clock.Minute;
        public int Second => _clock.Second;
        public int Millisecond => _clock.Millisecond;
        public DayOfWeek DayOfWeek => _clock.DayOfWeek;
        public int DayOfYear => _clock.DayOfYear;
        public TimeSpan TimeOfDay => _clock.TimeOfDay;

        public DateTimeOffset ToOffset(TimeSpan offset) => new DateTimeOffset(new DateTime(UtcTicks + offset.Ticks), offset);
        public DateTimeOffset ToUniversalTime() => new DateTimeOffset(new DateTime(UtcTicks), TimeSpan.Zero);
        public DateTimeOffset ToLocalTime() => ToUniversalTime();

        public DateTimeOffset Add(TimeSpan timeSpan) => new DateTimeOffset(_clock.Add(timeSpan), Offset);
        public DateTimeOffset AddDays(double days) => new DateTimeOffset(_clock.AddDays(days), Offset);
        public DateTimeOffset AddHours(double hours) => new DateTimeOffset(_clock.AddHours(hours), Offset);
        public DateTimeOffset AddMinutes(double minutes) => new DateTimeOffset(_clock.AddMinutes(minutes), Offset);
        public DateTimeOffset AddSeconds(double seconds) => new DateTimeOffset(_clock.AddSeconds(seconds), Offset);
        public DateTimeOffset AddMilliseconds(double milliseconds) => new DateTimeOffset(_clock.AddMilliseconds(milliseconds), Offset);
        public DateTimeOffset AddMonths(int months) => new DateTimeOffset(_clock.AddMonths(months), Offset);
        public DateTimeOffset AddYears(int years) => new DateTimeOffset(_clock.AddYears(years), Offset);
        public DateTimeOffset AddTicks(long ticks) => new DateTimeOffset(_clock.AddTicks(ticks), Offset);
        public TimeSpan Subtract(DateTimeOffset value) => new TimeSpan(UtcTicks - value.UtcTicks);
        public DateTimeOffset Subtract(TimeSpan value) => new DateTimeOffset(_clock.Subtract(value), Offset);

        public long ToUnixTimeSeconds() => FloorDiv(UtcTicks - 621355968000000000L, TimeSpan.TicksPerSecond);
        public long ToUnixTimeMilliseconds() => FloorDiv(UtcTicks - 621355968000000000L, TimeSpan.TicksPerMillisecond);
        private static long FloorDiv(long a, long b) => a >= 0 ? a / b : -((-a + b - 1) / b);
        public static DateTimeOffset FromUnixTimeSeconds(long seconds)
        {
            if (seconds < -62135596800L || seconds > 253402300799L)
                throw new ArgumentOutOfRangeException("seconds", seconds, "Valid values are between -62135596800 and 253402300799, inclusive.");
            return new DateTimeOffset(621355968000000000L + seconds * TimeSpan.TicksPerSecond, TimeSpan.Zero);
        }

        public static DateTimeOffset FromUnixTimeMilliseconds(long milliseconds)
        {
            if (milliseconds < -62135596800000L || milliseconds > 253402300799999L)
                throw new ArgumentOutOfRangeException("milliseconds", milliseconds, "Valid values are between -62135596800000 and 253402300799999, inclusive.");
            return new DateTimeOffset(621355968000000000L + milliseconds * TimeSpan.TicksPerMillisecond, TimeSpan.Zero);
        }

        public int CompareTo(DateTimeOffset other) => UtcTicks.CompareTo(other.UtcTicks);
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            if (obj is DateTimeOffset d) return CompareTo(d);
            throw new ArgumentException("Object must be of type DateTimeOffset.");
        }

        public static int Compare(DateTimeOffset first, DateTimeOffset second) => first.CompareTo(second);
        public bool Equals(DateTimeOffset other) => UtcTicks == other.UtcTicks;
        public bool EqualsExact(DateTimeOffset other) => _clock.Ticks == other._clock.Ticks && _offsetMinutes == other._offsetMinutes;
        public override bool Equals(object obj) => obj is DateTimeOffset d && Equals(d);
        public static bool Equals(DateTimeOffset first, DateTimeOffset second) => first.Equals(second);
        public override int GetHashCode() => UtcTicks.GetHashCode();

        public static bool operator ==(DateTimeOffset left, DateTimeOffset right) => left.UtcTicks == right.UtcTicks;
        public static bool operator !=(DateTimeOffset left, DateTimeOffset right) => left.UtcTicks != right.UtcTicks;
        public static bool operator <(DateTimeOffset left, DateTimeOffset right) => left.UtcTicks < right.UtcTicks;
        public static bool operator <=(DateTimeOffset left, DateTimeOffset right) => left.UtcTicks <= right.UtcTicks;
        public static bool operator >(DateTimeOffset left, DateTimeOffset right) => left.UtcTicks > right.UtcTicks;
        public static bool operator >=(DateTimeOffset left, DateTimeOffset right) => left.UtcTicks >= right.UtcTicks;
        public static DateTimeOffset operator +(DateTimeOffset d, TimeSpan t) => d.Add(t);
        public static DateTimeOffset operator -(DateTimeOffset d, TimeSpan t) => d.Subtract(t);
        public static TimeSpan operator -(DateTimeOffset left, DateTimeOffset right) => left.Subtract(right);
        public static implicit operator DateTimeOffset(DateTime dateTime) => new DateTimeOffset(dateTime);

        private string OffsetText(string sep)
        {
            int m = _offsetMinutes;
            char sign = m < 0 ? '-' : '+';
            if (m < 0) m = -m;
            return sign + (m / 60).ToString("D2", CultureInfo.InvariantCulture) + sep + (m % 60).ToString("D2", CultureInfo.InvariantCulture);
        }

        public override string ToString() => ToString(null, null);
        public string ToString(string format) => ToString(format, null);
        public string ToString(IFormatProvider formatProvider) => ToString(null, formatProvider);

        public string ToString(string format, IFormatProvider formatProvider)
        {
            if (string.IsNullOrEmpty(format)) return _clock.ToString("G", formatProvider) + " " + OffsetText(":");
            if (format == "U") throw new FormatException("Input string was not in a correct format.");
            if (format == "o" || format == "O") return _clock.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff", CultureInfo.InvariantCulture) + OffsetText(":");
            if (format == "u") return UtcDateTime.ToString("u", CultureInfo.InvariantCulture);
            if (format == "r" || format == "R") return UtcDateTime.ToString("r", CultureInfo.InvariantCulture);
            if (format == "s") return _clock.ToString("s", CultureInfo.InvariantCulture);
            // Offset specifiers of custom formats: zzz → +hh:mm, zz → +hh, z → +h, K → +hh:mm.
            var sb = new System.Text.StringBuilder();
            string expanded = format.Length == 1 ? null : format;
            if (expanded == null) return _clock.ToString(format, formatProvider);
            for (int i = 0; i < expanded.Length; i++)
            {
                char c = expanded[i];
                if (c == 'z' || c == 'K')
                {
                    int run = 1;
                    while (c == 'z' && i + run < expanded.Length && expanded[i + run] == 'z') run++;
                    int m = _offsetMinutes;
                    string sign = m < 0 ? "-" : "+";
                    int am = Math.Abs(m);
                    sb.Append('"').Append(c == 'K' || run >= 3 ? OffsetText(":") : run == 2 ? sign + (am / 60).ToString("D2", CultureInfo.InvariantCulture) : sign + (am / 60).ToString(CultureInfo.InvariantCulture)).Append('"');
                    i += run - 1;
                }
                else if (c == '\'' || c == '"')
                {
                    int end = expanded.IndexOf(c, i + 1);
                    if (end < 0) end = expanded.Length - 1;
                    sb.Append(expanded, i, end - i + 1);
                    i = end;
                }
                else if (c == '\\' && i + 1 < expanded.Length) { sb.Append(c).Append(expanded[i + 1]); i++; }
                else sb.Append(c);
            }
            return _clock.ToString(sb.ToString(), formatProvider);
        }

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider formatProvider = null) =>
            Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), formatProvider), destination, out charsWritten);

        // Parsing: DateTime's parsers give the clock time and the zone; without a zone the
        // offset is the local one (UTC here), or zero with AssumeUniversal.
        private static void ValidateStyles(DateTimeStyles styles)
        {
            if (((int)styles & ~0xFF) != 0) throw new ArgumentException("An undefined DateTimeStyles value is being used.", "styles");
            if ((styles & DateTimeStyles.AssumeLocal) != 0 && (styles & DateTimeStyles.AssumeUniversal) != 0)
                throw new ArgumentException("The DateTimeStyles values AssumeLocal and AssumeUniversal cannot be used together.", "styles");
            if ((styles & DateTimeStyles.NoCurrentDateDefault) != 0)
                throw new ArgumentException("The DateTimeStyles value 'NoCurrentDateDefault' is not allowed when parsing DateTimeOffset.", "styles");
        }

        private static bool FromParsed(in DateTimeParsed p, DateTimeStyles styles, out DateTimeOffset result)
        {
            result = default;
            long offset = p.HasZone ? p.OffsetTicks : (styles & DateTimeStyles.AssumeUniversal) != 0 ? 0 : DateTimeParse.LocalOffsetTicks;
            long utc = p.ClockTicks - offset;
            if (utc < 0 || utc > DateTime.MaxValue.Ticks) return false;
            result = (styles & DateTimeStyles.AdjustToUniversal) != 0 ? new DateTimeOffset(utc, TimeSpan.Zero) : new DateTimeOffset(p.ClockTicks, new TimeSpan(offset));
            return true;
        }

        private static FormatException OutsideYearRange(string input) =>
            new FormatException("The UTC representation of the date '" + input + "' falls outside the year range 1-9999.");

        public static DateTimeOffset Parse(string input) => Parse(input, null, DateTimeStyles.None);
        public static DateTimeOffset Parse(string input, IFormatProvider formatProvider) => Parse(input, formatProvider, DateTimeStyles.None);

        public static DateTimeOffset Parse(string input, IFormatProvider formatProvider, DateTimeStyles styles)
        {
            ValidateStyles(styles);
            if (input == null) throw new ArgumentNullException("input");
            DateTimeParseFailure f = DateTimeParse.Parse(input, styles, out DateTimeParsed p);
            if (f != DateTimeParseFailure.None) throw DateTimeParse.Error(f, input, p.ErrorIndex, "DateTime");
            if (!FromParsed(p, styles, out DateTimeOffset r)) throw OutsideYearRange(input);
            return r;
        }

        public static DateTimeOffset Parse(ReadOnlySpan<char> input, IFormatProvider formatProvider) => Parse(input.ToString(), formatProvider, DateTimeStyles.None);
        public static DateTimeOffset Parse(ReadOnlySpan<char> input, IFormatProvider formatProvider = null, DateTimeStyles styles = DateTimeStyles.None) => Parse(input.ToString(), formatProvider, styles);
        public static bool TryParse(ReadOnlySpan<char> input, IFormatProvider formatProvider, out DateTimeOffset result) => TryParse(input.ToString(), formatProvider, DateTimeStyles.None, out result);

        public static bool TryParse(string input, out DateTimeOffset result) => TryParse(input, null, DateTimeStyles.None, out result);
        public static bool TryParse(string input, IFormatProvider formatProvider, out DateTimeOffset result) => TryParse(input, formatProvider, DateTimeStyles.None, out result);
        public static bool TryParse(ReadOnlySpan<char> input, out DateTimeOffset result) => TryParse(input.ToString(), null, DateTimeStyles.None, out result);

        public static bool TryParse(string input, IFormatProvider formatProvider, DateTimeStyles styles, out DateTimeOffset result)
        {
            ValidateStyles(styles);
            result = default;
            return input != null && DateTimeParse.Parse(input, styles, out DateTimeParsed p) == DateTimeParseFailure.None && FromParsed(p, styles, out result);
        }

        public static DateTimeOffset ParseExact(string input, string format, IFormatProvider formatProvider) => ParseExact(input, format, formatProvider, DateTimeStyles.None);

        public static DateTimeOffset ParseExact(string input, string format, IFormatProvider formatProvider, DateTimeStyles styles)
        {
            ValidateStyles(styles);
            if (input == null) throw new ArgumentNullException("input");
            if (format == null) throw new ArgumentNullException("format");
            if (format.Length == 0) throw new FormatException("Format specifier '' was invalid.");
            if (!DateTime.TryParseExactFields(input, format, styles, out DateTimeParsed p)) throw DateTimeParse.Error(DateTimeParseFailure.Format, input, 0, "DateTime");
            if (!FromParsed(p, styles, out DateTimeOffset r)) throw OutsideYearRange(input);
            return r;
        }

        public static bool TryParseExact(string input, string format, IFormatProvider formatProvider, DateTimeStyles styles, out DateTimeOffset result)
        {
            ValidateStyles(styles);
            result = default;
            return input != null && !string.IsNullOrEmpty(format) && DateTime.TryParseExactFields(input, format, styles, out DateTimeParsed p) && FromParsed(p, styles, out result);
        }
    }
}
