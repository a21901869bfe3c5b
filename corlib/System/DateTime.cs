// DateTime: ticks (100 ns since 0001-01-01) and a kind. There is no time-zone support yet:
// local time is UTC.
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    public enum DayOfWeek { Sunday = 0, Monday = 1, Tuesday = 2, Wednesday = 3, Thursday = 4, Friday = 5, Saturday = 6 }
    public enum DateTimeKind { Unspecified = 0, Utc = 1, Local = 2 }

    [Serializable]
    public readonly partial struct DateTime : IComparable, IFormattable, IConvertible, IComparable<DateTime>, IEquatable<DateTime>, ISpanFormattable
    {
        private const long TicksPerDay = TimeSpan.TicksPerDay;
        private const long MaxTicks = 3652059 * TicksPerDay - 1;
        private const ulong TicksMask = 0x3FFFFFFFFFFFFFFF;
        private const int KindShift = 62;

        private static readonly int[] s_daysToMonth365 = { 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365 };
        private static readonly int[] s_daysToMonth366 = { 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335, 366 };
        private static readonly string[] s_dayNames = { "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday" };
        private static readonly string[] s_monthNames = { "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December" };

        public static readonly DateTime MinValue = new DateTime(0L);
        public static readonly DateTime MaxValue = new DateTime(MaxTicks);
        public static readonly DateTime UnixEpoch = new DateTime(621355968000000000L, DateTimeKind.Utc);

        private readonly ulong _dateData;

        // The current UTC time in ticks (100 ns units since 0001-01-01T00:00:00Z).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long GetSystemTimeAsTicks();

        public DateTime(long ticks)
        {
            if ((ulong)ticks > MaxTicks) throw new ArgumentOutOfRangeException("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
            _dateData = (ulong)ticks;
        }

        public DateTime(long ticks, DateTimeKind kind)
        {
            if ((ulong)ticks > MaxTicks) throw new ArgumentOutOfRangeException("ticks", "Ticks must be between DateTime.MinValue.Ticks and DateTime.MaxValue.Ticks.");
            if ((uint)kind > 2) throw new ArgumentException("Invalid DateTimeKind value.", "kind");
            _dateData = (ulong)ticks | ((ulong)kind << KindShift);
        }

        public DateTime(int year, int month, int day) : this(DateToTicks(year, month, day)) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second) : this(DateToTicks(year, month, day) + TimeToTicks(hour, minute, second)) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, DateTimeKind kind) : this(DateToTicks(year, month, day) + TimeToTicks(hour, minute, second), kind) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond) : this(DateToTicks(year, month, day) + TimeToTicks(hour, minute, second) + Ms(millisecond)) { }
        public DateTime(int year, int month, int day, int hour, int minute, int second, int millisecond, DateTimeKind kind) : this(DateToTicks(year, month, day) + TimeToTicks(hour, minute, second) + Ms(millisecond), kind) { }

        private static long Ms(int millisecond)
        {
            if ((uint)millisecond >= 1000) throw new ArgumentOutOfRangeException("millisecond", "Valid values are between 0 and 999, inclusive.");
            return millisecond * TimeSpan.TicksPerMillisecond;
        }

        private static long DateToTicks(int year, int month, int day)
        {
            if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1)
                throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int[] days = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            if (day > days[month] - days[month - 1]) throw new ArgumentOutOfRangeException(null, "Year, Month, and Day parameters describe an un-representable DateTime.");
            int y = year - 1;
            long n = y * 365L + y / 4 - y / 100 + y / 400 + days[month - 1] + day - 1;
            return n * TicksPerDay;
        }

        private static long TimeToTicks(int hour, int minute, int second)
        {
            if ((uint)hour >= 24 || (uint)minute >= 60 || (uint)second >= 60)
                throw new ArgumentOutOfRangeException(null, "Hour, Minute, and Second parameters describe an un-representable DateTime.");
            return hour * TimeSpan.TicksPerHour + minute * TimeSpan.TicksPerMinute + second * TimeSpan.TicksPerSecond;
        }

        public static bool IsLeapYear(int year)
        {
            if (year < 1 || year > 9999) throw new ArgumentOutOfRangeException("year", "Year must be between 1 and 9999.");
            return (year & 3) == 0 && ((year % 100) != 0 || (year % 400) == 0);
        }

        public static int DaysInMonth(int year, int month)
        {
            if (month < 1 || month > 12) throw new ArgumentOutOfRangeException("month", month, "Month must be between one and twelve.");
            int[] days = IsLeapYear(year) ? s_daysToMonth366 : s_daysToMonth365;
            return days[month] - days[month - 1];
        }

        public long Ticks => (long)(_dateData & TicksMask);
        public DateTimeKind Kind => (DateTimeKind)(_dateData >> KindShift);

        // Year (part 0), day of year (1), month (2) or day (3) from the day number.
        private int GetDatePart(int part)
        {
            int n = (int)(Ticks / TicksPerDay);
            int y400 = n / 146097;
            n -= y400 * 146097;
            int y100 = n / 36524;
            if (y100 == 4) y100 = 3;
            n -= y100 * 36524;
            int y4 = n / 1461;
            n -= y4 * 1461;
            int y1 = n / 365;
            if (y1 == 4) y1 = 3;
            if (part == 0) return y400 * 400 + y100 * 100 + y4 * 4 + y1 + 1;
            n -= y1 * 365;
            if (part == 1) return n + 1;
            bool leap = y1 == 3 && (y4 != 24 || y100 == 3);
            int[] days = leap ? s_daysToMonth366 : s_daysToMonth365;
            int m = (n >> 5) + 1;
            while (n >= days[m]) m++;
            if (part == 2) return m;
            return n - days[m - 1] + 1;
        }

        public int Year => GetDatePart(0);
        public int DayOfYear => GetDatePart(1);
        public int Month => GetDatePart(2);
        public int Day => GetDatePart(3);
        public int Hour => (int)(Ticks / TimeSpan.TicksPerHour % 24);
        public int Minute => (int)(Ticks / TimeSpan.TicksPerMinute % 60);
        public int Second => (int)(Ticks / TimeSpan.TicksPerSecond % 60);
        public int Millisecond => (int)(Ticks / TimeSpan.TicksPerMillisecond % 1000);
        public int Microsecond => (int)(Ticks / TimeSpan.TicksPerMicrosecond % 1000);
        public int Nanosecond => (int)(Ticks % TimeSpan.TicksPerMicrosecond * 100);
        public DayOfWeek DayOfWeek => (DayOfWeek)((Ticks / TicksPerDay + 1) % 7);
        public DateTime Date => new DateTime(Ticks - Ticks % TicksPerDay, Kind);
        public TimeSpan TimeOfDay => new TimeSpan(Ticks % TicksPerDay);

        public static DateTime UtcNow => new DateTime(GetSystemTimeAsTicks(), DateTimeKind.Utc);
        public static DateTime Now => new DateTime(GetSystemTimeAsTicks(), DateTimeKind.Local);
        public static DateTime Today => Now.Date;

        // XXX: no time zones yet, so local time is UTC and conversions only change the kind.
        public DateTime ToUniversalTime() => Kind == DateTimeKind.Utc ? this : new DateTime(Ticks - DateTimeParse.LocalOffsetTicks, DateTimeKind.Utc);
        public DateTime ToLocalTime() => Kind == DateTimeKind.Local ? this : new DateTime(Ticks + DateTimeParse.LocalOffsetTicks, DateTimeKind.Local);
        public static DateTime SpecifyKind(DateTime value, DateTimeKind kind) => new DateTime(value.Ticks, kind);

        public DateTime Add(TimeSpan value) => AddTicks(value.Ticks);

        public DateTime AddTicks(long value) => AddTicks(value, "value");

        private DateTime AddTicks(long value, string paramName)
        {
            long t = Ticks + value;
            if (value > MaxTicks || value < -MaxTicks || (ulong)t > MaxTicks)
                throw new ArgumentOutOfRangeException(paramName, "The added or subtracted value results in an un-representable DateTime.");
            return new DateTime(t, Kind);
        }

        // Whole units and the fraction are scaled apart and truncated, as .NET does; NaN adds nothing.
        private DateTime AddUnits(double value, long scale)
        {
            if (double.IsNaN(value)) return this;
            if (Math.Abs(value) > (double)(MaxTicks / scale)) throw new ArgumentOutOfRangeException("value", "Value to add was out of range.");
            double whole = Math.Truncate(value);
            long ticks = (long)whole * scale + (long)((value - whole) * scale);
            return AddTicks(ticks);
        }

        public DateTime AddDays(double value) => AddUnits(value, TicksPerDay);
        public DateTime AddHours(double value) => AddUnits(value, TimeSpan.TicksPerHour);
        public DateTime AddMinutes(double value) => AddUnits(value, TimeSpan.TicksPerMinute);
        public DateTime AddSeconds(double value) => AddUnits(value, TimeSpan.TicksPerSecond);
        public DateTime AddMilliseconds(double value) => AddUnits(value, TimeSpan.TicksPerMillisecond);
        public DateTime AddMicroseconds(double value) => AddUnits(value, TimeSpan.TicksPerMicrosecond);

        public DateTime AddMonths(int months) => AddMonths(months, "months");

        // Adds months, clamping the day to the length of the resulting month.
        private DateTime AddMonths(int months, string paramName)
        {
            if (months < -120000 || months > 120000) throw new ArgumentOutOfRangeException("months", "Months value must be between +/-120000.");
            int y = Year, m = Month - 1 + months, d = Day;
            if (m >= 0) { y += m / 12; m = m % 12 + 1; }
            else { y += (m - 11) / 12; m = 11 + (m + 1) % 12 + 1; }
            if (y < 1 || y > 9999) throw new ArgumentOutOfRangeException(paramName, "The added or subtracted value results in an un-representable DateTime.");
            int dim = DaysInMonth(y, m);
            if (d > dim) d = dim;
            return new DateTime(DateToTicks(y, m, d) + Ticks % TicksPerDay, Kind);
        }

        public DateTime AddYears(int value)
        {
            if (value < -10000 || value > 10000) throw new ArgumentOutOfRangeException("value", "Years value must be between +/-10000.");
            return AddMonths(value * 12, "value");
        }

        public void Deconstruct(out DateOnly date, out TimeOnly time)
        {
            date = DateOnly.FromDateTime(this);
            time = TimeOnly.FromDateTime(this);
        }

        public void Deconstruct(out int year, out int month, out int day)
        {
            year = Year;
            month = Month;
            day = Day;
        }

        // Windows file times count 100 ns units from 1601-01-01 UTC.
        private const long FileTimeOffset = 504911232000000000L;

        public long ToFileTimeUtc()
        {
            long t = (Kind == DateTimeKind.Local ? ToUniversalTime() : this).Ticks - FileTimeOffset;
            if (t < 0) throw new ArgumentOutOfRangeException(null, "Not a valid Win32 FileTime.");
            return t;
        }

        public long ToFileTime() => ToUniversalTime().ToFileTimeUtc();

        public static DateTime FromFileTimeUtc(long fileTime)
        {
            if ((ulong)fileTime > (ulong)(MaxTicks - FileTimeOffset)) throw new ArgumentOutOfRangeException("fileTime", "Not a valid Win32 FileTime.");
            return new DateTime(fileTime + FileTimeOffset, DateTimeKind.Utc);
        }

        public static DateTime FromFileTime(long fileTime) => FromFileTimeUtc(fileTime).ToLocalTime();

        public TimeSpan Subtract(DateTime value) => new TimeSpan(Ticks - value.Ticks);
        public DateTime Subtract(TimeSpan value) => AddTicks(-value.Ticks);

        public static int Compare(DateTime t1, DateTime t2) => t1.Ticks < t2.Ticks ? -1 : t1.Ticks > t2.Ticks ? 1 : 0;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is DateTime d) return Compare(this, d);
            throw new ArgumentException("Object must be of type DateTime.");
        }
        public int CompareTo(DateTime value) => Compare(this, value);
        public override bool Equals(object value) => value is DateTime d && d.Ticks == Ticks;
        public bool Equals(DateTime value) => value.Ticks == Ticks;
        public static bool Equals(DateTime t1, DateTime t2) => t1.Ticks == t2.Ticks;
        public override int GetHashCode() => Ticks.GetHashCode();

        public static DateTime operator +(DateTime d, TimeSpan t) => d.AddTicks(t.Ticks, "t");
        public static DateTime operator -(DateTime d, TimeSpan t) => d.AddTicks(-t.Ticks, "t");
        public static TimeSpan operator -(DateTime d1, DateTime d2) => new TimeSpan(d1.Ticks - d2.Ticks);
        public static bool operator ==(DateTime d1, DateTime d2) => d1.Ticks == d2.Ticks;
        public static bool operator !=(DateTime d1, DateTime d2) => d1.Ticks != d2.Ticks;
        public static bool operator <(DateTime t1, DateTime t2) => t1.Ticks < t2.Ticks;
        public static bool operator <=(DateTime t1, DateTime t2) => t1.Ticks <= t2.Ticks;
        public static bool operator >(DateTime t1, DateTime t2) => t1.Ticks > t2.Ticks;
        public static bool operator >=(DateTime t1, DateTime t2) => t1.Ticks >= t2.Ticks;

        public long ToBinary() => (long)_dateData;
        public static DateTime FromBinary(long dateData) => new DateTime((long)((ulong)dateData & TicksMask), (DateTimeKind)((ulong)dateData >> KindShift));

        // OLE Automation dates: days since 1899-12-30 as a double, whose fraction is the time of
        // day even before that date (-1.25 is 1899-12-29 06:00); milliseconds are kept.
        private const long OADateEpochTicks = 599264352000000000L;
        private const long OADateMinTicks = (36524L - 365) * TicksPerDay;
        private const long MillisPerDay = 86400000L;

        public double ToOADate()
        {
            long value = Ticks;
            if (value == 0) return 0;
            if (value < TicksPerDay) value += OADateEpochTicks;
            if (value < OADateMinTicks) throw new OverflowException("Not a legal OleAut date.");
            long millis = (value - OADateEpochTicks) / TimeSpan.TicksPerMillisecond;
            if (millis < 0)
            {
                long frac = millis % MillisPerDay;
                if (frac != 0) millis -= (MillisPerDay + frac) * 2;
            }
            return (double)millis / MillisPerDay;
        }

        public static DateTime FromOADate(double d)
        {
            if (!(d < 2958466.0 && d > -657435.0)) throw new ArgumentException("Not a legal OleAut date.");
            long millis = (long)(d * MillisPerDay + (d >= 0 ? 0.5 : -0.5));
            if (millis < 0) millis -= (millis % MillisPerDay) * 2;
            millis += OADateEpochTicks / TimeSpan.TicksPerMillisecond;
            if (millis < 0 || millis > MaxTicks / TimeSpan.TicksPerMillisecond) throw new ArgumentException("Not a legal OleAut date.");
            return new DateTime(millis * TimeSpan.TicksPerMillisecond);
        }

        // ---- formatting (invariant culture)

        public override string ToString() => ToString(null, null);
        public string ToString(string format) => ToString(format, null);
        public string ToString(IFormatProvider provider) => ToString(null, provider);

        public string ToString(string format, IFormatProvider provider)
        {
            if (string.IsNullOrEmpty(format)) format = "G";
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'd': format = "MM/dd/yyyy"; break;
                    case 'D': format = "dddd, dd MMMM yyyy"; break;
                    case 'f': format = "dddd, dd MMMM yyyy HH:mm"; break;
                    case 'F': format = "dddd, dd MMMM yyyy HH:mm:ss"; break;
                    case 'g': format = "MM/dd/yyyy HH:mm"; break;
                    case 'G': format = "MM/dd/yyyy HH:mm:ss"; break;
                    case 'm': case 'M': format = "MMMM dd"; break;
                    case 'o': case 'O': return RoundTrip();
                    case 'r': case 'R': format = "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'"; break;
                    case 's': format = "yyyy'-'MM'-'dd'T'HH':'mm':'ss"; break;
                    case 't': format = "HH:mm"; break;
                    case 'T': format = "HH:mm:ss"; break;
                    case 'u': format = "yyyy'-'MM'-'dd HH':'mm':'ss'Z'"; break;
                    case 'U': format = "dddd, dd MMMM yyyy HH:mm:ss"; break;
                    case 'y': case 'Y': format = "yyyy MMMM"; break;
                    default: throw new FormatException("Input string was not in a correct format.");
                }
            }
            return FormatCustom(format);
        }

        private string RoundTrip()
        {
            string s = FormatCustom("yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffff");
            if (Kind == DateTimeKind.Utc) s += "Z";
            else if (Kind == DateTimeKind.Local) s += "+00:00";
            return s;
        }

        private string FormatCustom(string format)
        {
            StringBuilder sb = new StringBuilder();
            bool single = false;   // after "%": the next specifier is one letter
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                int run = 1;
                while (!single && i + run < format.Length && format[i + run] == c) run++;
                single = false;
                switch (c)
                {
                    case 'y':
                        if (run <= 2) sb.Append((Year % 100).ToString(run == 1 ? "D" : "D2"));
                        else sb.Append(Year.ToString("D" + run.ToString()));
                        break;
                    case 'M':
                        if (run == 1) sb.Append(Month);
                        else if (run == 2) sb.Append(Month.ToString("D2"));
                        else if (run == 3) sb.Append(s_monthNames[Month - 1].Substring(0, 3));
                        else sb.Append(s_monthNames[Month - 1]);
                        break;
                    case 'd':
                        if (run == 1) sb.Append(Day);
                        else if (run == 2) sb.Append(Day.ToString("D2"));
                        else if (run == 3) sb.Append(s_dayNames[(int)DayOfWeek].Substring(0, 3));
                        else sb.Append(s_dayNames[(int)DayOfWeek]);
                        break;
                    case 'H': sb.Append(Hour.ToString(run == 1 ? "D" : "D2")); break;
                    case 'h':
                    {
                        int h = Hour % 12;
                        if (h == 0) h = 12;
                        sb.Append(h.ToString(run == 1 ? "D" : "D2"));
                        break;
                    }
                    case 'm': sb.Append(Minute.ToString(run == 1 ? "D" : "D2")); break;
                    case 's': sb.Append(Second.ToString(run == 1 ? "D" : "D2")); break;
                    case 'f':
                    case 'F':
                    {
                        if (run > 7) throw new FormatException("Input string was not in a correct format.");
                        string f = (Ticks % TimeSpan.TicksPerSecond).ToString("D7").Substring(0, run);
                        if (c == 'F') f = f.TrimEnd('0');
                        sb.Append(f);
                        break;
                    }
                    case 't':
                        sb.Append(run == 1 ? (Hour < 12 ? "A" : "P") : (Hour < 12 ? "AM" : "PM"));
                        break;
                    case 'K':
                        // Each K is a specifier of its own.
                        for (int k = 0; k < run; k++)
                            if (Kind == DateTimeKind.Utc) sb.Append('Z');
                            else if (Kind == DateTimeKind.Local) sb.Append("+00:00");
                        break;
                    case 'z':
                        sb.Append(run == 1 ? "+0" : run == 2 ? "+00" : "+00:00");
                        break;
                    case ':': sb.Append(':'); break;
                    case '/': sb.Append('/'); break;
                    case '%':
                        // "%d": the next letter alone is a custom specifier; "%%" and a final "%" are errors.
                        if (run > 1 || i + 1 >= format.Length) throw new FormatException("Input string was not in a correct format.");
                        single = true;
                        continue;
                    case 'g':
                        sb.Append("A.D.");
                        break;
                    case '\\':
                        if (i + 1 >= format.Length) throw new FormatException("Input string was not in a correct format.");
                        sb.Append(format[i + 1]);
                        i++;
                        continue;
                    case '\'':
                    case '"':
                    {
                        int end = format.IndexOf(c, i + 1);
                        if (end < 0) throw new FormatException("Cannot find a matching quote character for the character '" + c + "'.");
                        sb.Append(format, i + 1, end - i - 1);
                        i = end;
                        continue;
                    }
                    default:
                        sb.Append(c, run);
                        break;
                }
                i += run - 1;
            }
            return sb.ToString();
        }

        public string ToShortDateString() => ToString("d");
        public string ToLongDateString() => ToString("D");
        public string ToShortTimeString() => ToString("t");
        public string ToLongTimeString() => ToString("T");

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider provider = null) =>
            Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), provider), destination, out charsWritten);

        public TypeCode GetTypeCode() => TypeCode.DateTime;
        private static InvalidCastException Cast(string to) => new InvalidCastException("Invalid cast from 'DateTime' to '" + to + "'.");
        bool IConvertible.ToBoolean(IFormatProvider provider) => throw Cast("Boolean");
        char IConvertible.ToChar(IFormatProvider provider) => throw Cast("Char");
        sbyte IConvertible.ToSByte(IFormatProvider provider) => throw Cast("SByte");
        byte IConvertible.ToByte(IFormatProvider provider) => throw Cast("Byte");
        short IConvertible.ToInt16(IFormatProvider provider) => throw Cast("Int16");
        ushort IConvertible.ToUInt16(IFormatProvider provider) => throw Cast("UInt16");
        int IConvertible.ToInt32(IFormatProvider provider) => throw Cast("Int32");
        uint IConvertible.ToUInt32(IFormatProvider provider) => throw Cast("UInt32");
        long IConvertible.ToInt64(IFormatProvider provider) => throw Cast("Int64");
        ulong IConvertible.ToUInt64(IFormatProvider provider) => throw Cast("UInt64");
        float IConvertible.ToSingle(IFormatProvider provider) => throw Cast("Single");
        double IConvertible.ToDouble(IFormatProvider provider) => throw Cast("Double");
        decimal IConvertible.ToDecimal(IFormatProvider provider) => throw Cast("Decimal");
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => this;
        object IConvertible.ToType(Type type, IFormatProvider provider) => Convert.DefaultToType(this, type, provider);
    }
}
