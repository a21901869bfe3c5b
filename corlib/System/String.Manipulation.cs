using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    public sealed partial class String
    {
        // ---- Concat

        public static string Concat(object arg0) => arg0?.ToString() ?? Empty;
        public static string Concat(object arg0, object arg1) => Concat(arg0?.ToString(), arg1?.ToString());
        public static string Concat(object arg0, object arg1, object arg2) => Concat(arg0?.ToString(), arg1?.ToString(), arg2?.ToString());

        public static string Concat(params object[] args)
        {
            if (args == null) throw new ArgumentNullException("args");
            return Concat(new ReadOnlySpan<object>(args));
        }

        public static string Concat(params ReadOnlySpan<object> args)
        {
            string[] s = new string[args.Length];
            for (int i = 0; i < args.Length; i++) s[i] = args[i]?.ToString() ?? Empty;
            return Concat(new ReadOnlySpan<string>(s));
        }

        public static string Concat<T>(IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            foreach (T v in values) if (v != null) sb.Append(v.ToString());
            return sb.ToString();
        }

        public static string Concat(IEnumerable<string> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            foreach (string v in values) sb.Append(v);
            return sb.ToString();
        }

        public static string Concat(string str0, string str1)
        {
            if (IsNullOrEmpty(str0)) return str1 ?? Empty;
            if (IsNullOrEmpty(str1)) return str0;
            int n0 = str0.Length;
            string s = FastAllocateString(n0 + str1.Length);
            CopyChars(s, 0, str0);
            CopyChars(s, n0, str1);
            return s;
        }

        public static string Concat(string str0, string str1, string str2)
        {
            str0 ??= Empty; str1 ??= Empty; str2 ??= Empty;
            int n = str0.Length + str1.Length + str2.Length;
            if (n == 0) return Empty;
            string s = FastAllocateString(n);
            CopyChars(s, 0, str0);
            CopyChars(s, str0.Length, str1);
            CopyChars(s, str0.Length + str1.Length, str2);
            return s;
        }

        public static string Concat(string str0, string str1, string str2, string str3)
        {
            str0 ??= Empty; str1 ??= Empty; str2 ??= Empty; str3 ??= Empty;
            int n = str0.Length + str1.Length + str2.Length + str3.Length;
            if (n == 0) return Empty;
            string s = FastAllocateString(n);
            int p = 0;
            CopyChars(s, p, str0); p += str0.Length;
            CopyChars(s, p, str1); p += str1.Length;
            CopyChars(s, p, str2); p += str2.Length;
            CopyChars(s, p, str3);
            return s;
        }

        public static string Concat(params string[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            return Concat(new ReadOnlySpan<string>(values));
        }

        public static string Concat(params ReadOnlySpan<string> values)
        {
            int n = 0;
            for (int i = 0; i < values.Length; i++) if (values[i] != null) n += values[i].Length;
            if (n == 0) return Empty;
            string s = FastAllocateString(n);
            int p = 0;
            for (int i = 0; i < values.Length; i++)
            {
                string v = values[i];
                if (v == null) continue;
                CopyChars(s, p, v);
                p += v.Length;
            }
            return s;
        }

        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1)
        {
            int n = str0.Length + str1.Length;
            if (n == 0) return Empty;
            string s = FastAllocateString(n);
            CopySpan(s, 0, str0);
            CopySpan(s, str0.Length, str1);
            return s;
        }

        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2)
        {
            int n = str0.Length + str1.Length + str2.Length;
            if (n == 0) return Empty;
            string s = FastAllocateString(n);
            CopySpan(s, 0, str0);
            CopySpan(s, str0.Length, str1);
            CopySpan(s, str0.Length + str1.Length, str2);
            return s;
        }

        public static string Concat(ReadOnlySpan<char> str0, ReadOnlySpan<char> str1, ReadOnlySpan<char> str2, ReadOnlySpan<char> str3)
        {
            int n = str0.Length + str1.Length + str2.Length + str3.Length;
            if (n == 0) return Empty;
            string s = FastAllocateString(n);
            int p = 0;
            CopySpan(s, p, str0); p += str0.Length;
            CopySpan(s, p, str1); p += str1.Length;
            CopySpan(s, p, str2); p += str2.Length;
            CopySpan(s, p, str3);
            return s;
        }

        private static void CopyChars(string dest, int at, string src)
        {
            ref char d = ref Unsafe.Add(ref dest._firstChar, at);
            for (int i = 0; i < src._stringLength; i++) Unsafe.Add(ref d, i) = src.At(i);
        }

        private static void CopySpan(string dest, int at, ReadOnlySpan<char> src)
        {
            ref char d = ref Unsafe.Add(ref dest._firstChar, at);
            for (int i = 0; i < src.Length; i++) Unsafe.Add(ref d, i) = src[i];
        }

        // ---- Format

        public static string Format(string format, object arg0) => FormatHelper(null, format, new ReadOnlySpan<object>(ref arg0));
        public static string Format(string format, object arg0, object arg1) => FormatHelper(null, format, new object[] { arg0, arg1 });
        public static string Format(string format, object arg0, object arg1, object arg2) => FormatHelper(null, format, new object[] { arg0, arg1, arg2 });

        public static string Format(string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(format == null ? "format" : "args");
            return FormatHelper(null, format, args);
        }

        public static string Format(string format, params ReadOnlySpan<object> args) => FormatHelper(null, format, args);
        public static string Format(IFormatProvider provider, string format, object arg0) => FormatHelper(provider, format, new ReadOnlySpan<object>(ref arg0));
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1) => FormatHelper(provider, format, new object[] { arg0, arg1 });
        public static string Format(IFormatProvider provider, string format, object arg0, object arg1, object arg2) => FormatHelper(provider, format, new object[] { arg0, arg1, arg2 });

        public static string Format(IFormatProvider provider, string format, params object[] args)
        {
            if (args == null) throw new ArgumentNullException(format == null ? "format" : "args");
            return FormatHelper(provider, format, args);
        }

        public static string Format(IFormatProvider provider, string format, params ReadOnlySpan<object> args) => FormatHelper(provider, format, args);

        private static string FormatHelper(IFormatProvider provider, string format, ReadOnlySpan<object> args)
        {
            if (format == null) throw new ArgumentNullException("format");
            StringBuilder sb = new StringBuilder(format.Length + args.Length * 8);
            sb.AppendFormatHelper(provider, format, args);
            return sb.ToString();
        }

        // ---- Join

        public static string Join(string separator, params string[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return Join(separator, new ReadOnlySpan<string>(value));
        }

        public static string Join(string separator, params ReadOnlySpan<string> value)
        {
            if (value.Length == 0) return Empty;
            if (value.Length == 1) return value[0] ?? Empty;
            separator ??= Empty;
            int n = separator.Length * (value.Length - 1);
            for (int i = 0; i < value.Length; i++) if (value[i] != null) n += value[i].Length;
            if (n == 0) return Empty;
            string s = FastAllocateString(n);
            int p = 0;
            for (int i = 0; i < value.Length; i++)
            {
                if (i > 0) { CopyChars(s, p, separator); p += separator.Length; }
                string v = value[i];
                if (v != null) { CopyChars(s, p, v); p += v.Length; }
            }
            return s;
        }

        public static string Join(string separator, string[] value, int startIndex, int count)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0) throw new ArgumentOutOfRangeException("startIndex", "StartIndex cannot be less than zero.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if (startIndex > value.Length - count) throw new ArgumentOutOfRangeException("startIndex", "Index and count must refer to a location within the buffer.");
            return Join(separator, new ReadOnlySpan<string>(value, startIndex, count));
        }

        public static string Join(string separator, params object[] values)
        {
            if (values == null) throw new ArgumentNullException("values");
            return Join(separator, new ReadOnlySpan<object>(values));
        }

        public static string Join(string separator, params ReadOnlySpan<object> values)
        {
            string[] s = new string[values.Length];
            for (int i = 0; i < values.Length; i++) s[i] = values[i]?.ToString();
            return Join(separator, new ReadOnlySpan<string>(s));
        }

        public static string Join(string separator, IEnumerable<string> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            bool first = true;
            foreach (string v in values)
            {
                if (!first) sb.Append(separator);
                first = false;
                sb.Append(v);
            }
            return sb.ToString();
        }

        public static string Join<T>(string separator, IEnumerable<T> values)
        {
            if (values == null) throw new ArgumentNullException("values");
            StringBuilder sb = new StringBuilder();
            bool first = true;
            foreach (T v in values)
            {
                if (!first) sb.Append(separator);
                first = false;
                if (v != null) sb.Append(v.ToString());
            }
            return sb.ToString();
        }

        public static string Join(char separator, params string[] value) => Join(new string(separator, 1), value);
        public static string Join(char separator, params object[] values) => Join(new string(separator, 1), values);
        public static string Join(char separator, string[] value, int startIndex, int count) => Join(new string(separator, 1), value, startIndex, count);
        public static string Join(char separator, params ReadOnlySpan<string> value) => Join(new string(separator, 1), value);
        public static string Join(char separator, params ReadOnlySpan<object> values) => Join(new string(separator, 1), values);
        public static string Join<T>(char separator, IEnumerable<T> values) => Join(new string(separator, 1), values);

        // ---- Split

        public string[] Split(char separator, StringSplitOptions options = StringSplitOptions.None) => SplitCore(new[] { separator }, null, int.MaxValue, options);
        public string[] Split(char separator, int count, StringSplitOptions options = StringSplitOptions.None) => SplitCore(new[] { separator }, null, count, options);
        public string[] Split(params char[] separator) => SplitCore(separator, null, int.MaxValue, StringSplitOptions.None);
        public string[] Split(params ReadOnlySpan<char> separator) => SplitCore(separator.ToArray(), null, int.MaxValue, StringSplitOptions.None);
        public string[] Split(char[] separator, int count) => SplitCore(separator, null, count, StringSplitOptions.None);
        public string[] Split(char[] separator, StringSplitOptions options) => SplitCore(separator, null, int.MaxValue, options);
        public string[] Split(char[] separator, int count, StringSplitOptions options) => SplitCore(separator, null, count, options);
        public string[] Split(string separator, StringSplitOptions options = StringSplitOptions.None) => SplitCore(null, new[] { separator ?? Empty }, int.MaxValue, options);
        public string[] Split(string separator, int count, StringSplitOptions options = StringSplitOptions.None) => SplitCore(null, new[] { separator ?? Empty }, count, options);
        public string[] Split(string[] separator, StringSplitOptions options) => SplitCore(null, separator, int.MaxValue, options);
        public string[] Split(string[] separator, int count, StringSplitOptions options) => SplitCore(null, separator, count, options);

        private string[] SplitCore(char[] chars, string[] strings, int count, StringSplitOptions options)
        {
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Count cannot be less than zero.");
            if ((options & ~(StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)) != 0)
                throw new ArgumentException("Value of flags is invalid.", "options");
            bool removeEmpty = (options & StringSplitOptions.RemoveEmptyEntries) != 0;
            bool trim = (options & StringSplitOptions.TrimEntries) != 0;
            if (count == 0 || (removeEmpty && _stringLength == 0)) return new string[0];
            if (strings != null)
            {
                // A string-separator split with only empty separators splits nothing.
                bool anyNonEmpty = false;
                for (int i = 0; i < strings.Length; i++) if (!IsNullOrEmpty(strings[i])) { anyNonEmpty = true; break; }
                if (!anyNonEmpty) { strings = null; chars = new char[0]; if (strings == null) return SplitNoSeparator(count, removeEmpty, trim); }
            }
            bool whiteSpace = strings == null && (chars == null || chars.Length == 0);
            List<string> parts = new List<string>();
            int start = 0;
            int i2 = 0;
            while (i2 < _stringLength)
            {
                if (parts.Count == count - 1) break;
                int sepLen = 0;
                if (strings != null)
                {
                    for (int k = 0; k < strings.Length; k++)
                    {
                        string sep = strings[k];
                        if (IsNullOrEmpty(sep) || sep.Length > _stringLength - i2) continue;
                        int j = 0;
                        while (j < sep.Length && At(i2 + j) == sep.At(j)) j++;
                        if (j == sep.Length) { sepLen = sep.Length; break; }
                    }
                }
                else if (whiteSpace ? char.IsWhiteSpace(At(i2)) : Array.IndexOf(chars, At(i2)) >= 0) sepLen = 1;
                if (sepLen > 0)
                {
                    AddPart(parts, start, i2 - start, removeEmpty, trim);
                    i2 += sepLen;
                    start = i2;
                }
                else i2++;
            }
            // The last part is the rest of the string (with count reached, it keeps any separators).
            string last = Substring(start);
            if (trim) last = last.Trim();
            if (!(removeEmpty && last.Length == 0)) parts.Add(last);
            else if (parts.Count == 0) return new string[0];
            if (removeEmpty && count != int.MaxValue && parts.Count == count && parts.Count > 0)
            {
                // .NET keeps trimming empties from the final segment's start when RemoveEmptyEntries is set.
            }
            return parts.ToArray();
        }

        private void AddPart(List<string> parts, int start, int length, bool removeEmpty, bool trim)
        {
            string p = Substring(start, length);
            if (trim) p = p.Trim();
            if (removeEmpty && p.Length == 0) return;
            parts.Add(p);
        }

        private string[] SplitNoSeparator(int count, bool removeEmpty, bool trim)
        {
            string s = trim ? Trim() : this;
            if (removeEmpty && s.Length == 0) return new string[0];
            return new[] { s };
        }
    }
}
