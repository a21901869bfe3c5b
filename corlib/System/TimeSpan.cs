using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    [Serializable]
    public readonly partial struct TimeSpan : IComparable, IComparable<TimeSpan>, IEquatable<TimeSpan>, IFormattable, ISpanFormattable
    {
        public const long TicksPerMicrosecond = 10;
        public const long TicksPerMillisecond = 10000;
        public const long TicksPerSecond = TicksPerMillisecond * 1000;
        public const long TicksPerMinute = TicksPerSecond * 60;
        public const long TicksPerHour = TicksPerMinute * 60;
        public const long TicksPerDay = TicksPerHour * 24;
        public const long NanosecondsPerTick = 100;
        public const int HoursPerDay = 24;
        public const long MinutesPerHour = 60;
        public const long SecondsPerMinute = 60;
        public const long MillisecondsPerSecond = 1000;

        public static readonly TimeSpan Zero = new TimeSpan(0);
        public static readonly TimeSpan MaxValue = new TimeSpan(long.MaxValue);
        public static readonly TimeSpan MinValue = new TimeSpan(long.MinValue);

        private readonly long _ticks;

        public TimeSpan(long ticks) { _ticks = ticks; }
        public TimeSpan(int hours, int minutes, int seconds) { _ticks = TimeToTicks(0, hours, minutes, seconds, 0, 0); }
        public TimeSpan(int days, int hours, int minutes, int seconds) { _ticks = TimeToTicks(days, hours, minutes, seconds, 0, 0); }
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds) { _ticks = TimeToTicks(days, hours, minutes, seconds, milliseconds, 0); }
        public TimeSpan(int days, int hours, int minutes, int seconds, int milliseconds, int microseconds) { _ticks = TimeToTicks(days, hours, minutes, seconds, milliseconds, microseconds); }

        private static long TimeToTicks(long days, long hours, long minutes, long seconds, long ms, long us)
        {
            decimal t = (decimal)days * TicksPerDay + (decimal)hours * TicksPerHour + (decimal)minutes * TicksPerMinute +
                        (decimal)seconds * TicksPerSecond + (decimal)ms * TicksPerMillisecond + (decimal)us * TicksPerMicrosecond;
            if (t > long.MaxValue || t < long.MinValue) throw new ArgumentOutOfRangeException(null, "TimeSpan overflowed because the duration is too long.");
            return (long)t;
        }

        public long Ticks => _ticks;
        public int Days => (int)(_ticks / TicksPerDay);
        public int Hours => (int)(_ticks / TicksPerHour % 24);
        public int Minutes => (int)(_ticks / TicksPerMinute % 60);
        public int Seconds => (int)(_ticks / TicksPerSecond % 60);
        public int Milliseconds => (int)(_ticks / TicksPerMillisecond % 1000);
        public int Microseconds => (int)(_ticks / TicksPerMicrosecond % 1000);
        public int Nanoseconds => (int)(_ticks % TicksPerMicrosecond * 100);
        public double TotalDays => (double)_ticks / TicksPerDay;
        public double TotalHours => (double)_ticks / TicksPerHour;
        public double TotalMinutes => (double)_ticks / TicksPerMinute;
        public double TotalSeconds => (double)_ticks / TicksPerSecond;
        public double TotalMilliseconds
        {
            get
            {
                double t = (double)_ticks / TicksPerMillisecond;
                if (t > 922337203685477.0) return 922337203685477.0;
                if (t < -922337203685477.0) return -922337203685477.0;
                return t;
            }
        }
        public double TotalMicroseconds => (double)_ticks / TicksPerMicrosecond;
        public double TotalNanoseconds => (double)_ticks * NanosecondsPerTick;

        public TimeSpan Add(TimeSpan ts)
        {
            long result = _ticks + ts._ticks;
            if ((_ticks >> 63 == ts._ticks >> 63) && (_ticks >> 63 != result >> 63)) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan(result);
        }

        public TimeSpan Subtract(TimeSpan ts)
        {
            long result = _ticks - ts._ticks;
            if ((_ticks >> 63 != ts._ticks >> 63) && (_ticks >> 63 != result >> 63)) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            return new TimeSpan(result);
        }

        public TimeSpan Duration()
        {
            if (_ticks == long.MinValue) throw new OverflowException("The duration cannot be returned for TimeSpan.MinValue because the absolute value of TimeSpan.MinValue exceeds the value of TimeSpan.MaxValue.");
            return new TimeSpan(_ticks >= 0 ? _ticks : -_ticks);
        }

        public TimeSpan Negate()
        {
            if (_ticks == long.MinValue) throw new OverflowException("Negating the minimum value of a twos complement number is invalid.");
            return new TimeSpan(-_ticks);
        }

        public TimeSpan Multiply(double factor) => this * factor;
        public TimeSpan Divide(double divisor) => this / divisor;
        public double Divide(TimeSpan ts) => this / ts;

        private static TimeSpan Interval(double value, double scale)
        {
            if (double.IsNaN(value)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.");
            return FromDoubleTicks(value * scale);
        }

        // Ticks computed in floating point: NaN (0 / 0) and values past the range overflow.
        private static TimeSpan FromDoubleTicks(double ticks)
        {
            if (!(ticks <= long.MaxValue && ticks >= long.MinValue)) throw new OverflowException("TimeSpan overflowed because the duration is too long.");
            if (ticks == long.MaxValue) return MaxValue;
            return new TimeSpan((long)ticks);
        }

        public static TimeSpan FromDays(double value) => Interval(value, TicksPerDay);
        public static TimeSpan FromHours(double value) => Interval(value, TicksPerHour);
        public static TimeSpan FromMinutes(double value) => Interval(value, TicksPerMinute);
        public static TimeSpan FromSeconds(double value) => Interval(value, TicksPerSecond);
        public static TimeSpan FromMilliseconds(double value) => Interval(value, TicksPerMillisecond);
        public static TimeSpan FromMicroseconds(double value) => Interval(value, TicksPerMicrosecond);
        public static TimeSpan FromTicks(long value) => new TimeSpan(value);
        public static TimeSpan FromDays(int days) => new TimeSpan(TimeToTicks(days, 0, 0, 0, 0, 0));
        public static TimeSpan FromDays(int days, int hours = 0, long minutes = 0, long seconds = 0, long milliseconds = 0, long microseconds = 0) => new TimeSpan(TimeToTicks(days, hours, minutes, seconds, milliseconds, microseconds));
        public static TimeSpan FromHours(int hours) => new TimeSpan(TimeToTicks(0, hours, 0, 0, 0, 0));
        public static TimeSpan FromMinutes(long minutes) => new TimeSpan(TimeToTicks(0, 0, minutes, 0, 0, 0));
        public static TimeSpan FromSeconds(long seconds) => new TimeSpan(TimeToTicks(0, 0, 0, seconds, 0, 0));
        public static TimeSpan FromMilliseconds(long milliseconds, long microseconds = 0) => new TimeSpan(TimeToTicks(0, 0, 0, 0, milliseconds, microseconds));
        public static TimeSpan FromHours(int hours, long minutes = 0, long seconds = 0, long milliseconds = 0, long microseconds = 0) => new TimeSpan(TimeToTicks(0, hours, minutes, seconds, milliseconds, microseconds));
        public static TimeSpan FromMinutes(long minutes, long seconds = 0, long milliseconds = 0, long microseconds = 0) => new TimeSpan(TimeToTicks(0, 0, minutes, seconds, milliseconds, microseconds));
        public static TimeSpan FromSeconds(long seconds, long milliseconds = 0, long microseconds = 0) => new TimeSpan(TimeToTicks(0, 0, 0, seconds, milliseconds, microseconds));
        public static TimeSpan FromMilliseconds(long milliseconds) => new TimeSpan(TimeToTicks(0, 0, 0, 0, milliseconds, 0));
        public static TimeSpan FromMicroseconds(long microseconds) => new TimeSpan(TimeToTicks(0, 0, 0, 0, 0, microseconds));

        public static int Compare(TimeSpan t1, TimeSpan t2) => t1._ticks < t2._ticks ? -1 : t1._ticks > t2._ticks ? 1 : 0;
        public int CompareTo(object value)
        {
            if (value == null) return 1;
            if (value is TimeSpan t) return Compare(this, t);
            throw new ArgumentException("Object must be of type TimeSpan.");
        }
        public int CompareTo(TimeSpan value) => Compare(this, value);
        public override bool Equals(object value) => value is TimeSpan t && t._ticks == _ticks;
        public bool Equals(TimeSpan obj) => obj._ticks == _ticks;
        public static bool Equals(TimeSpan t1, TimeSpan t2) => t1._ticks == t2._ticks;
        public override int GetHashCode() => _ticks.GetHashCode();

        public static TimeSpan operator -(TimeSpan t) => t.Negate();
        public static TimeSpan operator +(TimeSpan t) => t;
        public static TimeSpan operator -(TimeSpan t1, TimeSpan t2) => t1.Subtract(t2);
        public static TimeSpan operator +(TimeSpan t1, TimeSpan t2) => t1.Add(t2);
        public static TimeSpan operator *(TimeSpan timeSpan, double factor)
        {
            if (double.IsNaN(factor)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.", "factor");
            return FromDoubleTicks(timeSpan._ticks * factor);
        }
        public static TimeSpan operator *(double factor, TimeSpan timeSpan) => timeSpan * factor;
        public static TimeSpan operator /(TimeSpan timeSpan, double divisor)
        {
            if (double.IsNaN(divisor)) throw new ArgumentException("TimeSpan does not accept floating point Not-a-Number values.", "divisor");
            return FromDoubleTicks(timeSpan._ticks / divisor);
        }
        public static double operator /(TimeSpan t1, TimeSpan t2) => t1._ticks / (double)t2._ticks;
        public static bool operator ==(TimeSpan t1, TimeSpan t2) => t1._ticks == t2._ticks;
        public static bool operator !=(TimeSpan t1, TimeSpan t2) => t1._ticks != t2._ticks;
        public static bool operator <(TimeSpan t1, TimeSpan t2) => t1._ticks < t2._ticks;
        public static bool operator <=(TimeSpan t1, TimeSpan t2) => t1._ticks <= t2._ticks;
        public static bool operator >(TimeSpan t1, TimeSpan t2) => t1._ticks > t2._ticks;
        public static bool operator >=(TimeSpan t1, TimeSpan t2) => t1._ticks >= t2._ticks;

        // "c": [-][d.]hh:mm:ss[.fffffff]; "g": [-][d:]h:mm:ss[.FFFFFFF]; "G": [-]d:hh:mm:ss.fffffff.
        public override string ToString() => ToString(null, null);
        public string ToString(string format) => ToString(format, null);

        public string ToString(string format, IFormatProvider formatProvider)
        {
            long ticks = _ticks;
            StringBuilder sb = new StringBuilder();
            ulong abs = ticks < 0 ? (ulong)(-(ticks + 1)) + 1 : (ulong)ticks;
            ulong days = abs / TicksPerDay;
            ulong rem = abs % TicksPerDay;
            ulong hours = rem / TicksPerHour, minutes = rem / TicksPerMinute % 60, seconds = rem / TicksPerSecond % 60, fraction = rem % TicksPerSecond;
            if (string.IsNullOrEmpty(format) || format == "c" || format == "t" || format == "T")
            {
                if (ticks < 0) sb.Append('-');
                if (days != 0) sb.Append(days).Append('.');
                sb.Append(hours.ToString("D2")).Append(':').Append(minutes.ToString("D2")).Append(':').Append(seconds.ToString("D2"));
                if (fraction != 0) sb.Append('.').Append(fraction.ToString("D7"));
                return sb.ToString();
            }
            if (format == "g")
            {
                if (ticks < 0) sb.Append('-');
                if (days != 0) sb.Append(days).Append(':');
                sb.Append(hours).Append(':').Append(minutes.ToString("D2")).Append(':').Append(seconds.ToString("D2"));
                if (fraction != 0) sb.Append('.').Append(fraction.ToString("D7").TrimEnd('0'));
                return sb.ToString();
            }
            if (format == "G")
            {
                if (ticks < 0) sb.Append('-');
                sb.Append(days).Append(':').Append(hours.ToString("D2")).Append(':').Append(minutes.ToString("D2")).Append(':')
                  .Append(seconds.ToString("D2")).Append('.').Append(fraction.ToString("D7"));
                return sb.ToString();
            }
            // Custom format: d (up to 8), h, m, s (up to 2), f and F (up to 7) runs, quoted
            // literals, '\' escapes and "%x" for a lone specifier; anything else is an error.
            if (format.Length == 1) throw new FormatException("Input string was not in a correct format.");
            bool single = false;
            for (int i = 0; i < format.Length; i++)
            {
                char c = format[i];
                int run = 1;
                while (!single && i + run < format.Length && format[i + run] == c) run++;
                single = false;
                if (((c == 'h' || c == 'm' || c == 's') && run > 2) || (c == 'd' && run > 8) || ((c == 'f' || c == 'F') && run > 7))
                    throw new FormatException("Input string was not in a correct format.");
                switch (c)
                {
                    case 'd': sb.Append(days.ToString(new string('0', run))); break;
                    case 'h': sb.Append(hours.ToString(run >= 2 ? "D2" : "D")); break;
                    case 'm': sb.Append(minutes.ToString(run >= 2 ? "D2" : "D")); break;
                    case 's': sb.Append(seconds.ToString(run >= 2 ? "D2" : "D")); break;
                    case 'f': sb.Append(fraction.ToString("D7").Substring(0, run)); break;
                    case 'F': sb.Append(fraction.ToString("D7").Substring(0, run).TrimEnd('0')); break;
                    case '%':
                        if (run > 1 || i + 1 >= format.Length) throw new FormatException("Input string was not in a correct format.");
                        single = true;
                        continue;
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
                    default: throw new FormatException("Input string was not in a correct format.");
                }
                i += run - 1;
            }
            return sb.ToString();
        }

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format = default, IFormatProvider formatProvider = null) =>
            Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString(), formatProvider), destination, out charsWritten);
    }
}

namespace System.Diagnostics
{
    public class Stopwatch
    {
        // Nanoseconds from a monotonic clock (CLOCK_MONOTONIC).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern long GetTimestampCore();

        public static readonly long Frequency = 1000000000;
        public static readonly bool IsHighResolution = true;

        private long _elapsed;
        private long _startTimeStamp;
        private bool _isRunning;

        public Stopwatch() { }

        public static long GetTimestamp() => GetTimestampCore();
        public static TimeSpan GetElapsedTime(long startingTimestamp) => GetElapsedTime(startingTimestamp, GetTimestamp());
        public static TimeSpan GetElapsedTime(long startingTimestamp, long endingTimestamp) => new TimeSpan((endingTimestamp - startingTimestamp) / 100);

        public static Stopwatch StartNew()
        {
            Stopwatch s = new Stopwatch();
            s.Start();
            return s;
        }

        public void Start()
        {
            if (!_isRunning)
            {
                _startTimeStamp = GetTimestamp();
                _isRunning = true;
            }
        }

        public void Stop()
        {
            if (_isRunning)
            {
                _elapsed += GetTimestamp() - _startTimeStamp;
                _isRunning = false;
                if (_elapsed < 0) _elapsed = 0;
            }
        }

        public void Reset() { _elapsed = 0; _isRunning = false; _startTimeStamp = 0; }
        public void Restart() { _elapsed = 0; _startTimeStamp = GetTimestamp(); _isRunning = true; }

        public bool IsRunning => _isRunning;
        private long RawElapsed => _isRunning ? _elapsed + GetTimestamp() - _startTimeStamp : _elapsed;
        public TimeSpan Elapsed => new TimeSpan(RawElapsed / 100);
        public long ElapsedMilliseconds => RawElapsed / 1000000;
        public long ElapsedTicks => RawElapsed;
        public override string ToString() => Elapsed.ToString();
    }

    public static class Debug
    {
        [Conditional("DEBUG")] public static void Assert(bool condition) { if (!condition) Fail(null); }
        [Conditional("DEBUG")] public static void Assert(bool condition, string message) { if (!condition) Fail(message); }
        [Conditional("DEBUG")] public static void Assert(bool condition, string message, string detailMessage) { if (!condition) Fail(message, detailMessage); }
        [Conditional("DEBUG")] public static void Fail(string message) => Environment.FailFast(message);
        [Conditional("DEBUG")] public static void Fail(string message, string detailMessage) => Environment.FailFast(message + " " + detailMessage);
        [Conditional("DEBUG")] public static void WriteLine(string message) => Console.Error.WriteLine(message);
        [Conditional("DEBUG")] public static void WriteLine(object value) => Console.Error.WriteLine(value);
        [Conditional("DEBUG")] public static void WriteLine(string format, params object[] args) => Console.Error.WriteLine(format, args);
        [Conditional("DEBUG")] public static void Write(string message) => Console.Error.Write(message);
        [Conditional("DEBUG")] public static void Print(string message) => Console.Error.WriteLine(message);
    }
}

namespace System.Globalization
{
    [Flags]
    public enum TimeSpanStyles { None = 0, AssumeNegative = 1 }
}
