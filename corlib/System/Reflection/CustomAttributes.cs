// Custom attributes as objects: the runtime gives each CustomAttribute row's constructor and value
// blob (ECMA-335 II.23.3); this file decodes the blob, runs the constructor and sets the named
// fields and properties. Also the public helpers over it (Attribute.GetCustomAttribute(s),
// CustomAttributeExtensions).
using System.Collections.Generic;
using System.Text;

namespace System.Reflection
{
    internal static class CustomAttributes
    {
        internal static RuntimeType CheckType(Type attributeType)
        {
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            if (!(attributeType is RuntimeType rt)) throw new ArgumentException("Type must be a type provided by the runtime.", "attributeType");
            return rt;
        }

        // The attributes on the metadata entity `token` of scope's module (0: scope itself) whose
        // type is filter or derives from it (all when filter is null), as an array of filter's type.
        internal static object[] Get(Type scope, int token, RuntimeType filter)
        {
            var list = new List<object>();
            Collect((RuntimeType)scope, token, filter, list);
            return ToArray(list, filter);
        }

        internal static object[] ToArray(List<object> list, RuntimeType filter)
        {
            Type elem = filter == null || filter.IsValueType || filter.ContainsGenericParameters ? typeof(object) : filter;
            object[] r = (object[])RuntimeType.CreateSZArray(((RuntimeType)elem).Handle, list.Count);
            for (int i = 0; i < r.Length; i++) r[i] = list[i];
            return r;
        }

        internal static void Collect(RuntimeType scope, int token, RuntimeType filter, List<object> list)
        {
            RuntimeType.GetCustomAttributesOf(scope.Handle, token, out IntPtr[] ctors, out byte[][] blobs);
            for (int i = 0; i < ctors.Length; i++)
            {
                Type type = RuntimeMethodInfo.GetMethodDeclaringType(ctors[i]);
                if (filter != null && !filter.IsAssignableFrom(type)) continue;
                list.Add(Create(ctors[i], blobs[i]));
            }
        }

        // AttributeUsage of an attribute type (inherited from its base attribute types).
        internal static void Usage(Type attributeType, out bool inherited, out bool allowMultiple)
        {
            for (Type t = attributeType; t != null && t != typeof(Attribute); t = t.BaseType)
            {
                var list = new List<object>();
                Collect((RuntimeType)t, 0, (RuntimeType)typeof(AttributeUsageAttribute), list);
                if (list.Count > 0)
                {
                    var u = (AttributeUsageAttribute)list[0];
                    inherited = u.Inherited;
                    allowMultiple = u.AllowMultiple;
                    return;
                }
            }
            inherited = true;
            allowMultiple = false;
        }

        private static object Create(IntPtr ctor, byte[] blob)
        {
            var r = new BlobReader(blob);
            if (blob.Length < 2 || r.U16() != 1) throw Bad();
            Type[] ptypes = RuntimeMethodInfo.GetMethodParameterTypes(ctor);
            object[] args = new object[ptypes.Length];
            for (int i = 0; i < args.Length; i++) args[i] = r.Value(ptypes[i]);
            object attribute = new RuntimeConstructorInfo(ctor, null).Invoke(BindingFlags.DoNotWrapExceptions, null, args, null);
            int named = r.U16();
            for (int k = 0; k < named; k++)
            {
                byte kind = r.U8();
                Type t = r.FieldOrPropType();
                string name = r.SerString();
                object v = r.Value(t);
                const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
                if (kind == 0x53)
                {
                    FieldInfo f = attribute.GetType().GetField(name, all);
                    if (f == null) throw new CustomAttributeFormatException("'" + name + "' field specified was not found.");
                    f.SetValue(attribute, v);
                }
                else if (kind == 0x54)
                {
                    PropertyInfo p = attribute.GetType().GetProperty(name, all);
                    if (p == null) throw new CustomAttributeFormatException("'" + name + "' property specified was not found.");
                    p.SetValue(attribute, v);
                }
                else throw Bad();
            }
            return attribute;
        }

        internal static Exception Bad() => new CustomAttributeFormatException("Binary format of the specified custom attribute was invalid.");

        // A little-endian reader over a custom attribute blob.
        private sealed class BlobReader
        {
            private readonly byte[] _b;
            private int _p;

            internal BlobReader(byte[] b) { _b = b; }

            private void Need(int n) { if (_p + n > _b.Length) throw Bad(); }
            internal byte U8() { Need(1); return _b[_p++]; }
            internal ushort U16() { Need(2); ushort v = (ushort)(_b[_p] | _b[_p + 1] << 8); _p += 2; return v; }
            internal uint U32() { Need(4); uint v = (uint)(_b[_p] | _b[_p + 1] << 8 | _b[_p + 2] << 16 | _b[_p + 3] << 24); _p += 4; return v; }
            internal ulong U64() { ulong lo = U32(); return lo | (ulong)U32() << 32; }

            // A SerString: 0xFF for null, else a compressed length and UTF-8 bytes.
            internal string SerString()
            {
                byte b = U8();
                if (b == 0xFF) return null;
                int n;
                if ((b & 0x80) == 0) n = b;
                else if ((b & 0xC0) == 0x80) n = (b & 0x3F) << 8 | U8();
                else { n = (b & 0x1F) << 24 | U8() << 16; n |= U8() << 8; n |= U8(); }
                Need(n);
                string s = Encoding.UTF8.GetString(_b, _p, n);
                _p += n;
                return s;
            }

            // The type tag of a named argument or of a boxed (object) value.
            internal Type FieldOrPropType()
            {
                byte tag = U8();
                switch (tag)
                {
                    case 0x02: return typeof(bool);
                    case 0x03: return typeof(char);
                    case 0x04: return typeof(sbyte);
                    case 0x05: return typeof(byte);
                    case 0x06: return typeof(short);
                    case 0x07: return typeof(ushort);
                    case 0x08: return typeof(int);
                    case 0x09: return typeof(uint);
                    case 0x0a: return typeof(long);
                    case 0x0b: return typeof(ulong);
                    case 0x0c: return typeof(float);
                    case 0x0d: return typeof(double);
                    case 0x0e: return typeof(string);
                    case 0x50: return typeof(Type);
                    case 0x51: return typeof(object);
                    case 0x1d: return FieldOrPropType().MakeArrayType();
                    case 0x55: return TypeByName(SerString());
                    default: throw Bad();
                }
            }

            private static Type TypeByName(string name)
            {
                if (name == null) throw Bad();
                return Type.GetType(name, true);
            }

            // One value of type t.
            internal object Value(Type t)
            {
                if (t.IsEnum) return Enum.ToObject(t, Value(Enum.GetUnderlyingType(t)));
                if (t == typeof(object)) return Value(FieldOrPropType());
                if (t == typeof(string)) return SerString();
                if (t == typeof(Type))
                {
                    string name = SerString();
                    return name == null ? null : TypeByName(name);
                }
                if (t.IsArray)
                {
                    uint n = U32();
                    if (n == 0xFFFFFFFF) return null;
                    if (n > (uint)(_b.Length - _p)) throw Bad();
                    Type e = t.GetElementType();
                    Array a = RuntimeType.CreateSZArray(((RuntimeType)e).Handle, (int)n);
                    for (int i = 0; i < (int)n; i++) a.SetValue(Value(e), i);
                    return a;
                }
                switch (Type.GetTypeCode(t))
                {
                    case TypeCode.Boolean: return U8() != 0;
                    case TypeCode.Char: return (char)U16();
                    case TypeCode.SByte: return (sbyte)U8();
                    case TypeCode.Byte: return U8();
                    case TypeCode.Int16: return (short)U16();
                    case TypeCode.UInt16: return U16();
                    case TypeCode.Int32: return (int)U32();
                    case TypeCode.UInt32: return U32();
                    case TypeCode.Int64: return (long)U64();
                    case TypeCode.UInt64: return U64();
                    case TypeCode.Single: return BitConverter.Int32BitsToSingle((int)U32());
                    case TypeCode.Double: return BitConverter.Int64BitsToDouble((long)U64());
                    default: throw Bad();
                }
            }
        }
    }

    public static class CustomAttributeExtensions
    {
        public static Attribute GetCustomAttribute(this MemberInfo element, Type attributeType) => Attribute.GetCustomAttribute(element, attributeType);
        public static Attribute GetCustomAttribute(this MemberInfo element, Type attributeType, bool inherit) => Attribute.GetCustomAttribute(element, attributeType, inherit);
        public static T GetCustomAttribute<T>(this MemberInfo element) where T : Attribute => (T)Attribute.GetCustomAttribute(element, typeof(T));
        public static T GetCustomAttribute<T>(this MemberInfo element, bool inherit) where T : Attribute => (T)Attribute.GetCustomAttribute(element, typeof(T), inherit);
        public static IEnumerable<Attribute> GetCustomAttributes(this MemberInfo element) => Attribute.GetCustomAttributes(element);
        public static IEnumerable<Attribute> GetCustomAttributes(this MemberInfo element, bool inherit) => Attribute.GetCustomAttributes(element, inherit);
        public static IEnumerable<Attribute> GetCustomAttributes(this MemberInfo element, Type attributeType) => Attribute.GetCustomAttributes(element, attributeType);
        public static IEnumerable<Attribute> GetCustomAttributes(this MemberInfo element, Type attributeType, bool inherit) => Attribute.GetCustomAttributes(element, attributeType, inherit);
        public static IEnumerable<T> GetCustomAttributes<T>(this MemberInfo element) where T : Attribute => (T[])Attribute.GetCustomAttributes(element, typeof(T));
        public static IEnumerable<T> GetCustomAttributes<T>(this MemberInfo element, bool inherit) where T : Attribute => (T[])Attribute.GetCustomAttributes(element, typeof(T), inherit);
        public static bool IsDefined(this MemberInfo element, Type attributeType) => Attribute.IsDefined(element, attributeType);
        public static bool IsDefined(this MemberInfo element, Type attributeType, bool inherit) => Attribute.IsDefined(element, attributeType, inherit);
    }

    [Serializable]
    public class CustomAttributeFormatException : FormatException
    {
        public CustomAttributeFormatException() : base("Binary format of the specified custom attribute was invalid.") { }
        public CustomAttributeFormatException(string message) : base(message ?? "Binary format of the specified custom attribute was invalid.") { }
        public CustomAttributeFormatException(string message, Exception inner) : base(message ?? "Binary format of the specified custom attribute was invalid.", inner) { }
    }
}

namespace System
{
    using System.Reflection;

    public abstract partial class Attribute
    {
        private static Attribute[] Of(MemberInfo element, Type attributeType, bool inherit)
        {
            if (element == null) throw new ArgumentNullException("element");
            if (attributeType == null) throw new ArgumentNullException("attributeType");
            if (!typeof(Attribute).IsAssignableFrom(attributeType))
                throw new ArgumentException("Type passed in must be derived from System.Attribute or System.Attribute itself.");
            return (Attribute[])element.GetCustomAttributes(attributeType, inherit);
        }

        public static Attribute[] GetCustomAttributes(MemberInfo element) => GetCustomAttributes(element, true);
        public static Attribute[] GetCustomAttributes(MemberInfo element, bool inherit) => Of(element, typeof(Attribute), inherit);
        public static Attribute[] GetCustomAttributes(MemberInfo element, Type attributeType) => Of(element, attributeType, true);
        public static Attribute[] GetCustomAttributes(MemberInfo element, Type attributeType, bool inherit) => Of(element, attributeType, inherit);
        public static Attribute GetCustomAttribute(MemberInfo element, Type attributeType) => GetCustomAttribute(element, attributeType, true);

        public static Attribute GetCustomAttribute(MemberInfo element, Type attributeType, bool inherit)
        {
            Attribute[] a = Of(element, attributeType, inherit);
            if (a.Length == 0) return null;
            if (a.Length == 1) return a[0];
            throw new AmbiguousMatchException("Multiple custom attributes of the same type '" + attributeType.ToString() + "' found.");
        }

        public static bool IsDefined(MemberInfo element, Type attributeType) => IsDefined(element, attributeType, true);
        public static bool IsDefined(MemberInfo element, Type attributeType, bool inherit) => Of(element, attributeType, inherit).Length > 0;
    }
}
