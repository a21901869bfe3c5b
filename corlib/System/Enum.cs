using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    [Serializable]
    public abstract class Enum : ValueType, IComparable, IFormattable, ISpanFormattable, IConvertible
    {
        protected Enum() { }

        // The value of a boxed enum or boxed integer primitive (or char/bool), zero-extended to 64 bits.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ulong InternalGetValue(object boxed);

        // A new boxed value of the given enum type holding the low bits of value.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern object InternalBoxEnum(IntPtr enumType, ulong value);

        private static RuntimeType CheckEnum(Type enumType)
        {
            if (enumType == null) throw new ArgumentNullException("enumType");
            if (!(enumType is RuntimeType rt) || !rt.IsEnum) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            return rt;
        }

        private static int UnderlyingSize(Type underlying, out bool signed)
        {
            signed = underlying == typeof(sbyte) || underlying == typeof(short) || underlying == typeof(int) || underlying == typeof(long) || underlying == typeof(IntPtr);
            if (underlying == typeof(sbyte) || underlying == typeof(byte) || underlying == typeof(bool)) return 1;
            if (underlying == typeof(short) || underlying == typeof(ushort) || underlying == typeof(char)) return 2;
            if (underlying == typeof(int) || underlying == typeof(uint)) return 4;
            if (underlying == typeof(IntPtr) || underlying == typeof(UIntPtr)) return IntPtr.Size;
            return 8;
        }

        private ulong RawValue => InternalGetValue(this);

        private static string NumericString(ulong raw, Type underlying)
        {
            int size = UnderlyingSize(underlying, out bool signed);
            if (signed)
            {
                long v = size switch { 1 => (sbyte)raw, 2 => (short)raw, 4 => (int)raw, _ => (long)raw };
                return Number.Int64ToDecimal(v);
            }
            if (underlying == typeof(bool)) return raw != 0 ? "True" : "False";
            if (underlying == typeof(char)) return new string((char)raw, 1);
            return Number.UInt64ToDecimal(raw);
        }

        private static string HexString(ulong raw, Type underlying)
        {
            int size = UnderlyingSize(underlying, out _);
            string s = raw.ToString("X");
            return s.Length < size * 2 ? new string('0', size * 2 - s.Length) + s : s;
        }

        private static string FlagsString(RuntimeType type, ulong raw, ulong[] values, string[] names)
        {
            if (raw == 0)
            {
                if (values.Length > 0 && values[0] == 0) return names[0];
                return null;
            }
            ulong rest = raw;
            bool[] used = new bool[values.Length];
            for (int i = values.Length - 1; i >= 0; i--)
            {
                ulong v = values[i];
                if (v == 0) continue;
                if ((rest & v) == v)
                {
                    rest -= v;
                    used[i] = true;
                    if (rest == 0) break;
                }
            }
            if (rest != 0) return null;
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < values.Length; i++)
            {
                if (!used[i]) continue;
                if (sb.Length > 0) sb.Append(", ");
                sb.Append(names[i]);
            }
            return sb.ToString();
        }

        private static string FormatRaw(RuntimeType type, ulong raw, string format)
        {
            Type underlying = type.GetEnumUnderlyingType();
            if (string.IsNullOrEmpty(format) || format == "G" || format == "g")
            {
                type.GetEnumInfo(out ulong[] values, out string[] names);
                int i = Array.IndexOf(values, raw);
                if (i >= 0) return names[i];
                if (type.HasCustomAttribute("System.FlagsAttribute"))
                {
                    string f = FlagsString(type, raw, values, names);
                    if (f != null) return f;
                }
                return NumericString(raw, underlying);
            }
            if (format.Length == 1)
            {
                switch (format[0])
                {
                    case 'D': case 'd': return NumericString(raw, underlying);
                    case 'X': case 'x': return HexString(raw, underlying);
                    case 'F': case 'f':
                    {
                        type.GetEnumInfo(out ulong[] values, out string[] names);
                        int i = Array.IndexOf(values, raw);
                        if (i >= 0) return names[i];
                        return FlagsString(type, raw, values, names) ?? NumericString(raw, underlying);
                    }
                }
            }
            throw new FormatException("Format string can be only \"G\", \"g\", \"X\", \"x\", \"F\", \"f\", \"D\" or \"d\".");
        }

        public override string ToString() => FormatRaw((RuntimeType)GetType(), RawValue, null);
        public string ToString(string format) => FormatRaw((RuntimeType)GetType(), RawValue, format);
        [Obsolete("The provider argument is not used. Use ToString() instead.")]
        public string ToString(IFormatProvider provider) => ToString();
        [Obsolete("The provider argument is not used. Use ToString(String) instead.")]
        public string ToString(string format, IFormatProvider provider) => ToString(format);

        bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider provider) =>
            Number.CopyFormatted(ToString(format.Length == 0 ? null : format.ToString()), destination, out charsWritten);

        public static string Format(Type enumType, object value, string format)
        {
            RuntimeType rt = CheckEnum(enumType);
            if (value == null) throw new ArgumentNullException("value");
            if (format == null) throw new ArgumentNullException("format");
            Type vt = value.GetType();
            if (vt.IsEnum)
            {
                if (vt != enumType) throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + vt + "'; the enum type was '" + enumType + "'.");
            }
            else if (vt != rt.GetEnumUnderlyingType())
            {
                throw new ArgumentException("Enum underlying type and the object must be same type or object. Type passed in was '" + vt + "'; the enum underlying type was '" + rt.GetEnumUnderlyingType() + "'.");
            }
            return FormatRaw(rt, InternalGetValue(value), format);
        }

        public override bool Equals(object obj) =>
            obj != null && (object)obj.GetType() == (object)GetType() && InternalGetValue(obj) == RawValue;

        public override int GetHashCode()
        {
            ulong raw = RawValue;
            int size = UnderlyingSize(GetType().GetEnumUnderlyingType(), out bool signed);
            if (size == 8) return (int)raw ^ (int)(raw >> 32);
            if (signed)
            {
                return size switch { 1 => (sbyte)raw, 2 => (short)raw, _ => (int)raw };
            }
            return (int)raw;
        }

        public int CompareTo(object target)
        {
            if (target == null) return 1;
            if ((object)target.GetType() != (object)GetType())
                throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + target.GetType().ToString() + "'; the enum type was '" + GetType().ToString() + "'.");
            ulong a = RawValue, b = InternalGetValue(target);
            int size = UnderlyingSize(GetType().GetEnumUnderlyingType(), out bool signed);
            if (signed)
            {
                long sa = SignExtend(a, size), sb = SignExtend(b, size);
                // Like sbyte/short.CompareTo, the small types return the difference itself.
                if (size <= 2) return (int)(sa - sb);
                return sa < sb ? -1 : sa > sb ? 1 : 0;
            }
            if (size <= 2) return (int)a - (int)b;
            return a < b ? -1 : a > b ? 1 : 0;
        }

        private static long SignExtend(ulong raw, int size) => size switch { 1 => (sbyte)raw, 2 => (short)raw, 4 => (int)raw, _ => (long)raw };

        public bool HasFlag(Enum flag)
        {
            if (flag == null) throw new ArgumentNullException("flag");
            if ((object)flag.GetType() != (object)GetType())
                throw new ArgumentException("The argument type, '" + flag.GetType().ToString() + "', is not the same as the enum type '" + GetType().ToString() + "'.");
            ulong f = flag.RawValue;
            return (RawValue & f) == f;
        }

        public static string GetName(Type enumType, object value)
        {
            RuntimeType rt = CheckEnum(enumType);
            if (value == null) throw new ArgumentNullException("value");
            ulong raw = InternalGetValue(value);
            rt.GetEnumInfo(out ulong[] values, out string[] names);
            int i = Array.IndexOf(values, raw);
            return i >= 0 ? names[i] : null;
        }

        public static string GetName<TEnum>(TEnum value) where TEnum : struct, Enum => GetName(typeof(TEnum), value);
        public static string[] GetNames(Type enumType) => CheckEnum(enumType).GetEnumNames();
        public static string[] GetNames<TEnum>() where TEnum : struct, Enum => GetNames(typeof(TEnum));
        public static Array GetValues(Type enumType) => CheckEnum(enumType).GetEnumValues();

        public static TEnum[] GetValues<TEnum>() where TEnum : struct, Enum
        {
            RuntimeType rt = CheckEnum(typeof(TEnum));
            rt.GetEnumInfo(out ulong[] values, out _);
            TEnum[] r = new TEnum[values.Length];
            for (int i = 0; i < r.Length; i++) r[i] = (TEnum)InternalBoxEnum(rt.Handle, values[i]);
            return r;
        }

        public static Array GetValuesAsUnderlyingType(Type enumType)
        {
            RuntimeType rt = CheckEnum(enumType);
            rt.GetEnumInfo(out ulong[] values, out _);
            Type u = rt.GetEnumUnderlyingType();
            Array a = Array.CreateInstance(u, values.Length);
            for (int i = 0; i < values.Length; i++) a.SetValue(ToUnderlying(u, values[i]), i);
            return a;
        }

        public static Array GetValuesAsUnderlyingType<TEnum>() where TEnum : struct, Enum => GetValuesAsUnderlyingType(typeof(TEnum));

        private static object ToUnderlying(Type u, ulong raw)
        {
            if (u == typeof(int)) return (int)raw;
            if (u == typeof(uint)) return (uint)raw;
            if (u == typeof(long)) return (long)raw;
            if (u == typeof(ulong)) return raw;
            if (u == typeof(short)) return (short)raw;
            if (u == typeof(ushort)) return (ushort)raw;
            if (u == typeof(sbyte)) return (sbyte)raw;
            if (u == typeof(byte)) return (byte)raw;
            if (u == typeof(char)) return (char)raw;
            if (u == typeof(bool)) return raw != 0;
            return (long)raw;
        }

        public static Type GetUnderlyingType(Type enumType) => CheckEnum(enumType).GetEnumUnderlyingType();

        public static bool IsDefined(Type enumType, object value)
        {
            RuntimeType rt = CheckEnum(enumType);
            if (value == null) throw new ArgumentNullException("value");
            if (value is string s) return Array.IndexOf(rt.GetEnumNames(), s) >= 0;
            Type vt = value.GetType();
            if (vt.IsEnum && vt != enumType)
                throw new ArgumentException("Object must be the same type as the enum. The type passed in was '" + vt.ToString() + "'; the enum type was '" + enumType.ToString() + "'.");
            if (!vt.IsEnum && vt != rt.GetEnumUnderlyingType())
                throw new ArgumentException("Enum underlying type and the object must be same type or object must be a String. Type passed in was '" + vt.ToString() + "'; the enum underlying type was '" + rt.GetEnumUnderlyingType().ToString() + "'.");
            rt.GetEnumInfo(out ulong[] values, out _);
            return Array.IndexOf(values, InternalGetValue(value)) >= 0;
        }

        public static bool IsDefined<TEnum>(TEnum value) where TEnum : struct, Enum => IsDefined(typeof(TEnum), value);

        public static object ToObject(Type enumType, object value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return InternalBoxEnum(CheckEnum(enumType).Handle, InternalGetValue(value));
        }

        public static object ToObject(Type enumType, sbyte value) => InternalBoxEnum(CheckEnum(enumType).Handle, (ulong)value);
        public static object ToObject(Type enumType, short value) => InternalBoxEnum(CheckEnum(enumType).Handle, (ulong)value);
        public static object ToObject(Type enumType, int value) => InternalBoxEnum(CheckEnum(enumType).Handle, (ulong)value);
        public static object ToObject(Type enumType, byte value) => InternalBoxEnum(CheckEnum(enumType).Handle, value);
        public static object ToObject(Type enumType, ushort value) => InternalBoxEnum(CheckEnum(enumType).Handle, value);
        public static object ToObject(Type enumType, uint value) => InternalBoxEnum(CheckEnum(enumType).Handle, value);
        public static object ToObject(Type enumType, long value) => InternalBoxEnum(CheckEnum(enumType).Handle, (ulong)value);
        public static object ToObject(Type enumType, ulong value) => InternalBoxEnum(CheckEnum(enumType).Handle, value);

        public static object Parse(Type enumType, string value) => Parse(enumType, value, false);

        public static object Parse(Type enumType, string value, bool ignoreCase)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (TryParseCore(CheckEnum(enumType), value, ignoreCase, true, out object r)) return r;
            return null;
        }

        public static TEnum Parse<TEnum>(string value) where TEnum : struct => Parse<TEnum>(value, false);

        public static TEnum Parse<TEnum>(string value, bool ignoreCase) where TEnum : struct => (TEnum)Parse(typeof(TEnum), value, ignoreCase);

        public static bool TryParse(Type enumType, string value, out object result) => TryParse(enumType, value, false, out result);

        public static bool TryParse(Type enumType, string value, bool ignoreCase, out object result)
        {
            result = null;
            if (value == null) return false;
            return TryParseCore(CheckEnum(enumType), value, ignoreCase, false, out result);
        }

        public static bool TryParse<TEnum>(string value, out TEnum result) where TEnum : struct => TryParse(value, false, out result);

        public static bool TryParse<TEnum>(string value, bool ignoreCase, out TEnum result) where TEnum : struct
        {
            result = default;
            if (value == null) return false;
            if (!TryParseCore(CheckEnum(typeof(TEnum)), value, ignoreCase, false, out object r)) return false;
            result = (TEnum)r;
            return true;
        }

        private static bool TryParseCore(RuntimeType rt, string value, bool ignoreCase, bool throwOnFailure, out object result)
        {
            result = null;
            string s = value.Trim();
            if (s.Length == 0)
            {
                if (throwOnFailure) throw new ArgumentException("Must specify valid information for parsing in the string.", "value");
                return false;
            }
            Type u = rt.GetEnumUnderlyingType();
            char c0 = s[0];
            if (char.IsDigit(c0) || c0 == '-' || c0 == '+')
            {
                if (TryParseNumber(u, s, out ulong raw))
                {
                    result = InternalBoxEnum(rt.Handle, raw);
                    return true;
                }
                // A well-formed number outside the underlying type's range is an overflow, as .NET
                // reports it (the underlying type's own Parse throws the right message).
                if (long.TryParse(s, out _) || ulong.TryParse(s, out _))
                {
                    if (!throwOnFailure) return false;
                    ParseUnderlying(u, s);
                }
            }
            rt.GetEnumInfo(out ulong[] values, out string[] names);
            ulong acc = 0;
            foreach (string part in s.Split(','))
            {
                string p = part.Trim();
                int found = -1;
                for (int i = 0; i < names.Length; i++)
                {
                    if (string.Equals(names[i], p, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) { found = i; break; }
                }
                if (found < 0)
                {
                    if (throwOnFailure) throw new ArgumentException("Requested value '" + value + "' was not found.");
                    return false;
                }
                acc |= values[found];
            }
            result = InternalBoxEnum(rt.Handle, acc);
            return true;
        }

        // The number s as the raw bits of an enum with underlying type u, if it is in range.
        private static bool TryParseNumber(Type u, string s, out ulong raw)
        {
            raw = 0;
            bool ok;
            if (u == typeof(int)) { ok = int.TryParse(s, out int v); raw = (ulong)(long)v; }
            else if (u == typeof(uint)) { ok = uint.TryParse(s, out uint v); raw = v; }
            else if (u == typeof(long)) { ok = long.TryParse(s, out long v); raw = (ulong)v; }
            else if (u == typeof(ulong)) { ok = ulong.TryParse(s, out ulong v); raw = v; }
            else if (u == typeof(short)) { ok = short.TryParse(s, out short v); raw = (ulong)(long)v; }
            else if (u == typeof(ushort)) { ok = ushort.TryParse(s, out ushort v); raw = v; }
            else if (u == typeof(sbyte)) { ok = sbyte.TryParse(s, out sbyte v); raw = (ulong)(long)v; }
            else if (u == typeof(byte)) { ok = byte.TryParse(s, out byte v); raw = v; }
            else if (u == typeof(char)) { ok = ushort.TryParse(s, out ushort v); raw = v; }
            else if (u == typeof(bool)) { ok = byte.TryParse(s, out byte v) && v <= 1; raw = v; }
            else { ok = long.TryParse(s, out long v); raw = (ulong)v; }
            return ok;
        }

        private static void ParseUnderlying(Type u, string s)
        {
            if (u == typeof(int)) int.Parse(s);
            else if (u == typeof(uint)) uint.Parse(s);
            else if (u == typeof(long)) long.Parse(s);
            else if (u == typeof(ulong)) ulong.Parse(s);
            else if (u == typeof(short)) short.Parse(s);
            else if (u == typeof(ushort)) ushort.Parse(s);
            else if (u == typeof(sbyte)) sbyte.Parse(s);
            else if (u == typeof(byte)) byte.Parse(s);
            else ushort.Parse(s);
        }

        public static object Parse(Type enumType, ReadOnlySpan<char> value) => Parse(enumType, value.ToString(), false);
        public static object Parse(Type enumType, ReadOnlySpan<char> value, bool ignoreCase) => Parse(enumType, value.ToString(), ignoreCase);
        public static TEnum Parse<TEnum>(ReadOnlySpan<char> value) where TEnum : struct => Parse<TEnum>(value.ToString(), false);
        public static TEnum Parse<TEnum>(ReadOnlySpan<char> value, bool ignoreCase) where TEnum : struct => Parse<TEnum>(value.ToString(), ignoreCase);
        public static bool TryParse(Type enumType, ReadOnlySpan<char> value, out object result) => TryParse(enumType, value.ToString(), false, out result);
        public static bool TryParse(Type enumType, ReadOnlySpan<char> value, bool ignoreCase, out object result) => TryParse(enumType, value.ToString(), ignoreCase, out result);
        public static bool TryParse<TEnum>(ReadOnlySpan<char> value, out TEnum result) where TEnum : struct => TryParse(value.ToString(), false, out result);
        public static bool TryParse<TEnum>(ReadOnlySpan<char> value, bool ignoreCase, out TEnum result) where TEnum : struct => TryParse(value.ToString(), ignoreCase, out result);

        public TypeCode GetTypeCode() => Type.GetTypeCode(GetType().GetEnumUnderlyingType());

        private long SignedValue
        {
            get
            {
                int size = UnderlyingSize(GetType().GetEnumUnderlyingType(), out bool signed);
                return signed ? SignExtend(RawValue, size) : (long)RawValue;
            }
        }

        bool IConvertible.ToBoolean(IFormatProvider provider) => RawValue != 0;
        char IConvertible.ToChar(IFormatProvider provider) => (char)RawValue;
        sbyte IConvertible.ToSByte(IFormatProvider provider) => checked((sbyte)SignedValue);
        byte IConvertible.ToByte(IFormatProvider provider) => checked((byte)SignedValue);
        short IConvertible.ToInt16(IFormatProvider provider) => checked((short)SignedValue);
        ushort IConvertible.ToUInt16(IFormatProvider provider) => checked((ushort)SignedValue);
        int IConvertible.ToInt32(IFormatProvider provider) => checked((int)SignedValue);
        uint IConvertible.ToUInt32(IFormatProvider provider) => checked((uint)SignedValue);
        long IConvertible.ToInt64(IFormatProvider provider) => SignedValue;
        ulong IConvertible.ToUInt64(IFormatProvider provider) => RawValue;
        float IConvertible.ToSingle(IFormatProvider provider) => SignedValue;
        double IConvertible.ToDouble(IFormatProvider provider) => SignedValue;
        decimal IConvertible.ToDecimal(IFormatProvider provider) => SignedValue;
        DateTime IConvertible.ToDateTime(IFormatProvider provider) => throw new InvalidCastException("Invalid cast from 'Enum' to 'DateTime'.");
        object IConvertible.ToType(Type type, IFormatProvider provider) => Convert.DefaultToType(this, type, provider);
    }
}
