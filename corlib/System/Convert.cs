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

        private static ulong ParseBase(string value, int fromBase, int bits)
        {
            if (fromBase != 2 && fromBase != 8 && fromBase != 10 && fromBase != 16) throw new ArgumentException("Invalid Base.", "fromBase");
            if (value == null) return 0;
            string s = value;
            if (fromBase == 16 && s.Length >= 2 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) s = s.Substring(2);
            if (s.Length == 0) throw new ArgumentOutOfRangeException("value", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (s[0] == '-') throw new ArgumentException("String cannot contain a minus sign if the base is not 10.");
            ulong r = 0;
            foreach (char c in s)
            {
                int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : 99;
                if (d >= fromBase) throw new FormatException("Could not find any recognizable digits.");
                ulong next = r * (ulong)fromBase + (ulong)d;
                if (next / (ulong)fromBase != r || (bits < 64 && (next >> bits) != 0)) throw new OverflowException("Value was either too large or too small for an Int32.");
                r = next;
            }
            return r;
        }

        public static int ToInt32(string value, int fromBase) => fromBase == 10 ? (value == null ? 0 : int.Parse(value)) : (int)(uint)ParseBase(value, fromBase, 32);
        public static long ToInt64(string value, int fromBase) => fromBase == 10 ? (value == null ? 0 : long.Parse(value)) : (long)ParseBase(value, fromBase, 64);
        public static short ToInt16(string value, int fromBase) => fromBase == 10 ? (value == null ? (short)0 : short.Parse(value)) : (short)(ushort)ParseBase(value, fromBase, 16);
        public static byte ToByte(string value, int fromBase) => fromBase == 10 ? (value == null ? (byte)0 : byte.Parse(value)) : (byte)ParseBase(value, fromBase, 8);
        public static uint ToUInt32(string value, int fromBase) => fromBase == 10 ? (value == null ? 0u : uint.Parse(value)) : (uint)ParseBase(value, fromBase, 32);
        public static ulong ToUInt64(string value, int fromBase) => fromBase == 10 ? (value == null ? 0ul : ulong.Parse(value)) : ParseBase(value, fromBase, 64);
        public static ushort ToUInt16(string value, int fromBase) => fromBase == 10 ? (value == null ? (ushort)0 : ushort.Parse(value)) : (ushort)ParseBase(value, fromBase, 16);
        public static sbyte ToSByte(string value, int fromBase) => fromBase == 10 ? (value == null ? (sbyte)0 : sbyte.Parse(value)) : (sbyte)(byte)ParseBase(value, fromBase, 8);

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

        private const string Base64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

        public static string ToBase64String(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            return ToBase64String(inArray, 0, inArray.Length);
        }

        public static string ToBase64String(byte[] inArray, int offset, int length)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            if (offset < 0 || length < 0 || offset > inArray.Length - length) throw new ArgumentOutOfRangeException(offset < 0 ? "offset" : "length");
            StringBuilder sb = new StringBuilder((length + 2) / 3 * 4);
            int i = offset, end = offset + length;
            for (; i + 2 < end; i += 3)
            {
                int v = (inArray[i] << 16) | (inArray[i + 1] << 8) | inArray[i + 2];
                sb.Append(Base64Chars[v >> 18]).Append(Base64Chars[(v >> 12) & 63]).Append(Base64Chars[(v >> 6) & 63]).Append(Base64Chars[v & 63]);
            }
            if (end - i == 1)
            {
                int v = inArray[i] << 16;
                sb.Append(Base64Chars[v >> 18]).Append(Base64Chars[(v >> 12) & 63]).Append("==");
            }
            else if (end - i == 2)
            {
                int v = (inArray[i] << 16) | (inArray[i + 1] << 8);
                sb.Append(Base64Chars[v >> 18]).Append(Base64Chars[(v >> 12) & 63]).Append(Base64Chars[(v >> 6) & 63]).Append('=');
            }
            return sb.ToString();
        }

        public static byte[] FromBase64String(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            System.Collections.Generic.List<byte> r = new System.Collections.Generic.List<byte>();
            int acc = 0, bits = 0, pad = 0;
            foreach (char c in s)
            {
                if (char.IsWhiteSpace(c)) continue;
                if (c == '=') { pad++; continue; }
                int v = Base64Chars.IndexOf(c);
                if (v < 0 || pad > 0) throw new FormatException("The input is not a valid Base-64 string as it contains a non-base 64 character, more than two padding characters, or an illegal character among the padding characters.");
                acc = (acc << 6) | v;
                bits += 6;
                if (bits >= 8)
                {
                    bits -= 8;
                    r.Add((byte)(acc >> bits));
                }
            }
            return r.ToArray();
        }

        public static string ToHexString(byte[] inArray)
        {
            if (inArray == null) throw new ArgumentNullException("inArray");
            StringBuilder sb = new StringBuilder(inArray.Length * 2);
            foreach (byte b in inArray) sb.Append("0123456789ABCDEF"[b >> 4]).Append("0123456789ABCDEF"[b & 15]);
            return sb.ToString();
        }

        public static byte[] FromHexString(string s)
        {
            if (s == null) throw new ArgumentNullException("s");
            if ((s.Length & 1) != 0) throw new FormatException("The input is not a valid hex string as its length is not a multiple of 2.");
            byte[] r = new byte[s.Length / 2];
            for (int i = 0; i < r.Length; i++) r[i] = byte.Parse(s.Substring(i * 2, 2), NumberStyles.HexNumber);
            return r;
        }
    }
}
