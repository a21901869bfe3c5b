using System.Globalization;
using System.Text;

namespace System
{
    public static partial class Convert
    {
        public static readonly object DBNull = System.DBNull.Value;

        public static string ToString(object value) => ToString(value, null);

        public static string ToString(object value, IFormatProvider provider)
        {
            if (value is IConvertible ic) return ic.ToString(provider);
            if (value is IFormattable f) return f.ToString(null, provider);
            return value != null ? value.ToString() : string.Empty;
        }

        public static string ToString(string value) => value;
        public static string ToString(string value, IFormatProvider provider) => value;
        public static string ToString(DateTime value) => value.ToString();
        public static string ToString(DateTime value, IFormatProvider provider) => value.ToString(provider);
        public static DateTime ToDateTime(string value) => value == null ? default : DateTime.Parse(value);
        public static DateTime ToDateTime(string value, IFormatProvider provider) => value == null ? default : DateTime.Parse(value, provider);

        private static void CheckBase(int toBase)
        {
            if (toBase != 2 && toBase != 8 && toBase != 10 && toBase != 16) throw new ArgumentException("Invalid Base.", "toBase");
        }

        private static string ToBase(ulong bits, int toBase)
        {
            if (bits == 0) return "0";
            int shift = toBase == 2 ? 1 : toBase == 8 ? 3 : 4;
            ulong mask = (ulong)toBase - 1;
            StringBuilder sb = new StringBuilder();
            while (bits != 0)
            {
                sb.Insert(0, "0123456789abcdef"[(int)(bits & mask)]);
                bits >>= shift;
            }
            return sb.ToString();
        }

        public static string ToString(byte value, int toBase) { CheckBase(toBase); return toBase == 10 ? value.ToString() : ToBase(value, toBase); }
        public static string ToString(short value, int toBase) { CheckBase(toBase); return toBase == 10 ? value.ToString() : ToBase((ushort)value, toBase); }
        public static string ToString(int value, int toBase) { CheckBase(toBase); return toBase == 10 ? value.ToString() : ToBase((uint)value, toBase); }
        public static string ToString(long value, int toBase) { CheckBase(toBase); return toBase == 10 ? value.ToString() : ToBase((ulong)value, toBase); }

        // Convert.ToXxx(string, fromBase): no white space; '+', or '-' in base 10 only; "0x" in
        // base 16; then digits. Outside base 10 the digits are the bits of the value, so
        // "FFFFFFFF" is -1 as an Int32. Returns the value as .NET's ParseNumbers does: in 64 bits
        // (wide) or 32; narrow: 8 or 16 for the checks of sbyte and short.
        private static long ParseRadix(string s, int radix, bool wide, bool unsigned, int narrow = 0)
        {
            if (s.Length == 0) throw new ArgumentOutOfRangeException("value", "Index was out of range. Must be non-negative and less than the size of the collection.");
            int i = 0, sign = 1;
            if (s[0] == '-')
            {
                if (radix != 10) throw new ArgumentException("String cannot contain a minus sign if the base is not 10.");
                if (unsigned) throw new OverflowException("The string was being parsed as an unsigned number and could not have a negative sign.");
                sign = -1;
                i++;
            }
            else if (s[0] == '+') i++;
            if (radix == 16 && i + 1 < s.Length && s[i] == '0' && (s[i + 1] == 'x' || s[i + 1] == 'X')) i += 2;
            int start = i;
            ulong max = wide ? ulong.MaxValue : uint.MaxValue;
            bool signedTen = radix == 10 && !unsigned;
            ulong limit = signedTen ? (max >> 1) / 10 : max / (ulong)radix;
            ulong r = 0;
            for (; i < s.Length; i++)
            {
                char c = s[i];
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
                if (d >= radix) break;
                if (r > limit || (signedTen && r > (max >> 1))) throw RadixOverflow(wide, !signedTen);
                ulong next = r * (ulong)radix + (ulong)d;
                if (next > max || next < r) throw RadixOverflow(wide, !signedTen);
                r = next;
            }
            if (signedTen && r > (max >> 1) + 1) throw RadixOverflow(wide, false);
            if (i == start) throw new FormatException("Could not find any recognizable digits.");
            if (i < s.Length) throw new FormatException("Additional non-parsable characters are at the end of the string.");
            if (narrow == 8 && r > 0xFF) throw new OverflowException("Value was either too large or too small for a signed byte.");
            if (narrow == 16 && r > 0xFFFF) throw new OverflowException("Value was either too large or too small for an Int16.");
            if (narrow == 0 && signedTen && sign == 1 && r == (max >> 1) + 1) throw RadixOverflow(wide, false);
            long v = wide ? (long)r : (long)(int)(uint)r;
            return radix == 10 ? v * sign : v;
        }

        private static OverflowException RadixOverflow(bool wide, bool unsigned) =>
            new OverflowException("Value was either too large or too small for " + (wide ? (unsigned ? "a UInt64." : "an Int64.") : (unsigned ? "a UInt32." : "an Int32.")));

        private static void CheckFromBase(int fromBase)
        {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) throw new ArgumentException("Invalid Base.");
        }

        public static int ToInt32(string value, int fromBase)
        {
            CheckFromBase(fromBase);
            return value == null ? 0 : (int)ParseRadix(value, fromBase, false, false);
        }

        public static uint ToUInt32(string value, int fromBase)
        {
            CheckFromBase(fromBase);
            return value == null ? 0u : (uint)ParseRadix(value, fromBase, false, true);
        }

        public static long ToInt64(string value, int fromBase)
        {
            CheckFromBase(fromBase);
            return value == null ? 0L : ParseRadix(value, fromBase, true, false);
        }

        public static ulong ToUInt64(string value, int fromBase)
        {
            CheckFromBase(fromBase);
            return value == null ? 0UL : (ulong)ParseRadix(value, fromBase, true, true);
        }

        public static short ToInt16(string value, int fromBase)
        {
            CheckFromBase(fromBase);
            if (value == null) return 0;
            int r = (int)ParseRadix(value, fromBase, false, false, 16);
            if (fromBase != 10 && r <= ushort.MaxValue) return (short)r;
            if (r < short.MinValue || r > short.MaxValue) throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)r;
        }

        public static ushort ToUInt16(string value, int fromBase)
        {
            CheckFromBase(fromBase);
            if (value == null) return 0;
            int r = (int)ParseRadix(value, fromBase, false, true);
            if (r < 0 || r > ushort.MaxValue) throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)r;
        }

        public static byte ToByte(string value, int fromBase)
        {
            CheckFromBase(fromBase);
            if (value == null) return 0;
            int r = (int)ParseRadix(value, fromBase, false, true);
            if (r < 0 || r > byte.MaxValue) throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)r;
        }

        public static sbyte ToSByte(string value, int fromBase)
        {
            CheckFromBase(fromBase);
            if (value == null) return 0;
            int r = (int)ParseRadix(value, fromBase, false, false, 8);
            if (fromBase != 10 && r <= byte.MaxValue) return (sbyte)r;
            if (r < sbyte.MinValue || r > sbyte.MaxValue) throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)r;
        }

        public static object ChangeType(object value, Type conversionType) => ChangeType(value, conversionType, null);

        public static object ChangeType(object value, Type conversionType, IFormatProvider provider)
        {
            if (conversionType == null) throw new ArgumentNullException("conversionType");
            if (value == null)
            {
                if (conversionType.IsValueType) throw new InvalidCastException("Null object cannot be converted to a value type.");
                return null;
            }
            if (!(value is IConvertible ic))
            {
                if (value.GetType() == conversionType) return value;
                throw new InvalidCastException("Object must implement IConvertible.");
            }
            return DefaultToType(ic, conversionType, provider);
        }

        public static object ChangeType(object value, TypeCode typeCode) => ChangeType(value, typeCode, null);

        public static object ChangeType(object value, TypeCode typeCode, IFormatProvider provider)
        {
            if (value == null && (typeCode == TypeCode.Empty || typeCode == TypeCode.String || typeCode == TypeCode.Object)) return null;
            IConvertible v = value as IConvertible ?? throw new InvalidCastException("Object must implement IConvertible.");
            switch (typeCode)
            {
                case TypeCode.Boolean: return v.ToBoolean(provider);
                case TypeCode.Char: return v.ToChar(provider);
                case TypeCode.SByte: return v.ToSByte(provider);
                case TypeCode.Byte: return v.ToByte(provider);
                case TypeCode.Int16: return v.ToInt16(provider);
                case TypeCode.UInt16: return v.ToUInt16(provider);
                case TypeCode.Int32: return v.ToInt32(provider);
                case TypeCode.UInt32: return v.ToUInt32(provider);
                case TypeCode.Int64: return v.ToInt64(provider);
                case TypeCode.UInt64: return v.ToUInt64(provider);
                case TypeCode.Single: return v.ToSingle(provider);
                case TypeCode.Double: return v.ToDouble(provider);
                case TypeCode.Decimal: return v.ToDecimal(provider);
                case TypeCode.DateTime: return v.ToDateTime(provider);
                case TypeCode.String: return v.ToString(provider);
                case TypeCode.Object: return value;
                case TypeCode.DBNull: throw new InvalidCastException("Object cannot be cast to DBNull.");
                case TypeCode.Empty: throw new InvalidCastException("Object cannot be cast to Empty.");
            }
            throw new ArgumentException("Unknown TypeCode value.");
        }

        internal static object DefaultToType(IConvertible value, Type targetType, IFormatProvider provider)
        {
            if (targetType == null) throw new ArgumentNullException("targetType");
            if (value.GetType() == targetType) return value;
            if (targetType == typeof(bool)) return value.ToBoolean(provider);
            if (targetType == typeof(char)) return value.ToChar(provider);
            if (targetType == typeof(sbyte)) return value.ToSByte(provider);
            if (targetType == typeof(byte)) return value.ToByte(provider);
            if (targetType == typeof(short)) return value.ToInt16(provider);
            if (targetType == typeof(ushort)) return value.ToUInt16(provider);
            if (targetType == typeof(int)) return value.ToInt32(provider);
            if (targetType == typeof(uint)) return value.ToUInt32(provider);
            if (targetType == typeof(long)) return value.ToInt64(provider);
            if (targetType == typeof(ulong)) return value.ToUInt64(provider);
            if (targetType == typeof(float)) return value.ToSingle(provider);
            if (targetType == typeof(double)) return value.ToDouble(provider);
            if (targetType == typeof(decimal)) return value.ToDecimal(provider);
            if (targetType == typeof(DateTime)) return value.ToDateTime(provider);
            if (targetType == typeof(string)) return value.ToString(provider);
            if (targetType == typeof(object)) return value;
            if (targetType.IsEnum) return Enum.ToObject(targetType, value.ToInt64(provider));
            if (targetType.IsInstanceOfType(value)) return value;
            throw new InvalidCastException("Invalid cast from '" + value.GetType().FullName + "' to '" + targetType.FullName + "'.");
        }

        public static bool IsDBNull(object value) => value == System.DBNull.Value;
        public static TypeCode GetTypeCode(object value) => value is IConvertible c ? c.GetTypeCode() : value == null ? TypeCode.Empty : TypeCode.Object;

        // ---- Base64 (RFC 4648, '+' and '/', '=' padding) and hex

        private const string Base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        private const int Base64LineLength = 76;
        private const string BadBase64 = "The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.";

        public static string ToBase64String(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToBase64String(new ReadOnlySpan<byte>(inArray), Base64FormattingOptions.None);
        }

        public static string ToBase64String(byte[] inArray, Base64FormattingOptions options)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToBase64String(new ReadOnlySpan<byte>(inArray), options);
        }

        public static string ToBase64String(byte[] inArray, int offset, int length) => ToBase64String(inArray, offset, length, Base64FormattingOptions.None);

        public static string ToBase64String(byte[] inArray, int offset, int length, Base64FormattingOptions options)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Value must be positive.");
            if (offset > inArray.Length - length) throw new ArgumentOutOfRangeException("offset", "Offset and length must refer to a position in the string.");
            return ToBase64String(new ReadOnlySpan<byte>(inArray, offset, length), options);
        }

        public static string ToBase64String(ReadOnlySpan<byte> bytes, Base64FormattingOptions options = Base64FormattingOptions.None)
        {
            CheckOptions(options);
            if (bytes.Length == 0) return string.Empty;
            char[] chars = new char[Base64Length(bytes.Length, options)];
            EncodeBase64(bytes, chars, options);
            return new string(chars);
        }

        public static int ToBase64CharArray(byte[] inArray, int offsetIn, int length, char[] outArray, int offsetOut) =>
            ToBase64CharArray(inArray, offsetIn, length, outArray, offsetOut, Base64FormattingOptions.None);

        public static int ToBase64CharArray(byte[] inArray, int offsetIn, int length, char[] outArray, int offsetOut, Base64FormattingOptions options)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (outArray == null) throw new ArgumentNullException("outArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offsetIn < 0) throw new ArgumentOutOfRangeException("offsetIn", "Value must be positive.");
            if (offsetOut < 0) throw new ArgumentOutOfRangeException("offsetOut", "Value must be positive.");
            CheckOptions(options);
            if (offsetIn > inArray.Length - length) throw new ArgumentOutOfRangeException("offsetIn", "Offset and length must refer to a position in the string.");
            if (length == 0) return 0;
            int n = Base64Length(length, options);
            if (offsetOut > outArray.Length - n) throw new ArgumentOutOfRangeException("offsetOut", "Either offset did not refer to a position in the string, or there is an insufficient length of destination character array.");
            EncodeBase64(new ReadOnlySpan<byte>(inArray, offsetIn, length), new Span<char>(outArray, offsetOut, n), options);
            return n;
        }

        public static bool TryToBase64Chars(ReadOnlySpan<byte> bytes, Span<char> chars, out int charsWritten, Base64FormattingOptions options = Base64FormattingOptions.None)
        {
            CheckOptions(options);
            int n = bytes.Length == 0 ? 0 : Base64Length(bytes.Length, options);
            if (n > chars.Length) { charsWritten = 0; return false; }
            if (n > 0) EncodeBase64(bytes, chars, options);
            charsWritten = n;
            return true;
        }

        private static void CheckOptions(Base64FormattingOptions options)
        {
            if ((uint)options > (uint)Base64FormattingOptions.InsertLineBreaks)
                throw new ArgumentException("Illegal enum value: " + ((int)options).ToString() + ".", "options");
        }

        // Characters for n > 0 bytes: 4 per 3 bytes, plus "\r\n" between lines of 76.
        private static int Base64Length(int n, Base64FormattingOptions options)
        {
            long chars = ((long)n + 2) / 3 * 4;
            if (options == Base64FormattingOptions.InsertLineBreaks) chars += (chars - 1) / Base64LineLength * 2;
            if (chars > int.MaxValue) throw new OutOfMemoryException();
            return (int)chars;
        }

        private static void EncodeBase64(ReadOnlySpan<byte> bytes, Span<char> chars, Base64FormattingOptions options)
        {
            bool breaks = options == Base64FormattingOptions.InsertLineBreaks;
            int o = 0, line = 0, i = 0, n = bytes.Length;
            for (; i < n; i += 3)
            {
                if (breaks && line == Base64LineLength) { chars[o++] = '\r'; chars[o++] = '\n'; line = 0; }
                int v = bytes[i] << 16;
                if (i + 1 < n) v |= bytes[i + 1] << 8;
                if (i + 2 < n) v |= bytes[i + 2];
                chars[o++] = Base64Chars[v >> 18];
                chars[o++] = Base64Chars[(v >> 12) & 63];
                chars[o++] = i + 1 < n ? Base64Chars[(v >> 6) & 63] : '=';
                chars[o++] = i + 2 < n ? Base64Chars[v & 63] : '=';
                line += 4;
            }
        }

        public static byte[] FromBase64String(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            return DecodeBase64(s.AsSpan());
        }

        public static byte[] FromBase64CharArray(char[] inArray, int offset, int length)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Value must be positive.");
            if (offset > inArray.Length - length) throw new ArgumentOutOfRangeException("offset", "Offset and length must refer to a position in the string.");
            return DecodeBase64(new ReadOnlySpan<char>(inArray, offset, length));
        }

        public static bool TryFromBase64String(string s, Span<byte> bytes, out int bytesWritten)
        {
            if (s == null) throw new ArgumentNullException("s");
            return TryFromBase64Chars(s.AsSpan(), bytes, out bytesWritten);
        }

        public static bool TryFromBase64Chars(ReadOnlySpan<char> chars, Span<byte> bytes, out int bytesWritten)
        {
            bytesWritten = 0;
            int n = DecodedLength(chars);
            if (n < 0 || n > bytes.Length) return false;
            DecodeInto(chars, bytes);
            bytesWritten = n;
            return true;
        }

        private static byte[] DecodeBase64(ReadOnlySpan<char> chars)
        {
            int n = DecodedLength(chars);
            if (n < 0) throw new FormatException(BadBase64);
            byte[] r = new byte[n];
            DecodeInto(chars, r);
            return r;
        }

        private static bool IsBase64Space(char c) => c == ' ' || c == '\t' || c == '\r' || c == '\n';

        private static int Base64Value(char c)
        {
            if (c >= 'A' && c <= 'Z') return c - 'A';
            if (c >= 'a' && c <= 'z') return c - 'a' + 26;
            if (c >= '0' && c <= '9') return c - '0' + 52;
            if (c == '+') return 62;
            if (c == '/') return 63;
            return -1;
        }

        // The number of bytes the text decodes to, or -1 when it is not Base64: whitespace is
        // ignored, the rest comes in groups of four, and only the last group may end in one or
        // two '='.
        private static int DecodedLength(ReadOnlySpan<char> chars)
        {
            int count = 0, pad = 0;
            foreach (char c in chars)
            {
                if (IsBase64Space(c)) continue;
                if (c == '=')
                {
                    pad++;
                    if (pad > 2) return -1;
                }
                else if (pad > 0 || Base64Value(c) < 0) return -1;
                count++;
            }
            if ((count & 3) != 0) return -1;
            return count / 4 * 3 - pad;
        }

        private static void DecodeInto(ReadOnlySpan<char> chars, Span<byte> bytes)
        {
            int acc = 0, bits = 0, o = 0;
            foreach (char c in chars)
            {
                if (IsBase64Space(c) || c == '=') continue;
                acc = (acc << 6) | Base64Value(c);
                bits += 6;
                if (bits >= 8)
                {
                    bits -= 8;
                    bytes[o++] = (byte)(acc >> bits);
                }
            }
        }

        public static string ToHexString(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToHexString(new ReadOnlySpan<byte>(inArray), "0123456789ABCDEF");
        }

        public static string ToHexString(byte[] inArray, int offset, int length)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (offset < 0) throw new ArgumentOutOfRangeException("offset", "Value must be positive.");
            if (offset > inArray.Length - length) throw new ArgumentOutOfRangeException("offset", "Offset and length must refer to a position in the string.");
            return ToHexString(new ReadOnlySpan<byte>(inArray, offset, length), "0123456789ABCDEF");
        }

        public static string ToHexString(ReadOnlySpan<byte> bytes) => ToHexString(bytes, "0123456789ABCDEF");

        public static string ToHexStringLower(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToHexString(new ReadOnlySpan<byte>(inArray), "0123456789abcdef");
        }

        public static string ToHexStringLower(ReadOnlySpan<byte> bytes) => ToHexString(bytes, "0123456789abcdef");

        private static string ToHexString(ReadOnlySpan<byte> bytes, string digits)
        {
            if (bytes.Length == 0) return string.Empty;
            if (bytes.Length > int.MaxValue / 2) throw new ArgumentOutOfRangeException("bytes", "The specified length exceeds maximum capacity of SecureString.");
            char[] c = new char[bytes.Length * 2];
            for (int i = 0; i < bytes.Length; i++)
            {
                c[2 * i] = digits[bytes[i] >> 4];
                c[2 * i + 1] = digits[bytes[i] & 15];
            }
            return new string(c);
        }

        public static byte[] FromHexString(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            return FromHexString(s.AsSpan());
        }

        public static byte[] FromHexString(ReadOnlySpan<char> chars)
        {
            if (chars.Length == 0) return new byte[0];
            if ((chars.Length & 1) != 0) throw new FormatException("The input is not a valid hex string as its length is not a multiple of 2.");
            byte[] r = new byte[chars.Length / 2];
            for (int i = 0; i < r.Length; i++)
            {
                int hi = HexValue(chars[2 * i]), lo = HexValue(chars[2 * i + 1]);
                if ((hi | lo) < 0) throw new FormatException("The input is not a valid hex string as it contains a non-hex character.");
                r[i] = (byte)((hi << 4) | lo);
            }
            return r;
        }

        private static int HexValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }
    }

    [Flags]
    public enum Base64FormattingOptions
    {
        None = 0,
        InsertLineBreaks = 1,
    }
}
