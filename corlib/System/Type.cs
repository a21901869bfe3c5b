// System.Type and the runtime's implementation of it, System.RuntimeType: one instance per type,
// created by the runtime, whose _handle is the runtime's own type pointer. RuntimeType asks the
// runtime for facts about the type through the internal calls below (all taking that handle) and
// composes names in C#.
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text;

namespace System
{
    [Serializable]
    public abstract partial class Type : MemberInfo, IReflect
    {
        public static readonly Type[] EmptyTypes = new Type[0];
        public static readonly object Missing = System.Reflection.Missing.Value;
        public static readonly char Delimiter = '.';

        protected Type() { }

        public static Type GetTypeFromHandle(RuntimeTypeHandle handle) =>
            handle.Value == IntPtr.Zero ? null : RuntimeType.GetTypeFromHandleValue(handle.Value);

        public static RuntimeTypeHandle GetTypeHandle(object o)
        {
            if (o == null) throw new ArgumentNullException(null, "Invalid handle.");
            return o.GetType().TypeHandle;
        }

        public static Type GetType(string typeName) => GetType(typeName, false, false);
        public static Type GetType(string typeName, bool throwOnError) => GetType(typeName, throwOnError, false);

        public static Type GetType(string typeName, bool throwOnError, bool ignoreCase)
        {
            if (typeName == null) throw new ArgumentNullException("typeName");
            Type t = RuntimeType.GetTypeByName(typeName);
            if (t == null && throwOnError)
                throw new TypeLoadException("Could not load type '" + typeName + "'.");
            return t;
        }

        public static TypeCode GetTypeCode(Type type)
        {
            if (type == null) return TypeCode.Empty;
            return type.GetTypeCodeImpl();
        }

        protected virtual TypeCode GetTypeCodeImpl()
        {
            Type t = this;
            if (t.IsEnum) t = t.GetEnumUnderlyingType();
            if (t == typeof(bool)) return TypeCode.Boolean;
            if (t == typeof(char)) return TypeCode.Char;
            if (t == typeof(sbyte)) return TypeCode.SByte;
            if (t == typeof(byte)) return TypeCode.Byte;
            if (t == typeof(short)) return TypeCode.Int16;
            if (t == typeof(ushort)) return TypeCode.UInt16;
            if (t == typeof(int)) return TypeCode.Int32;
            if (t == typeof(uint)) return TypeCode.UInt32;
            if (t == typeof(long)) return TypeCode.Int64;
            if (t == typeof(ulong)) return TypeCode.UInt64;
            if (t == typeof(float)) return TypeCode.Single;
            if (t == typeof(double)) return TypeCode.Double;
            if (t == typeof(decimal)) return TypeCode.Decimal;
            if (t == typeof(DateTime)) return TypeCode.DateTime;
            if (t == typeof(string)) return TypeCode.String;
            if (t == typeof(DBNull)) return TypeCode.DBNull;
            return TypeCode.Object;
        }

        public override MemberTypes MemberType => MemberTypes.TypeInfo;
        public abstract string Namespace { get; }
        public abstract string FullName { get; }
        public abstract string AssemblyQualifiedName { get; }
        public abstract Type BaseType { get; }
        public abstract Assembly Assembly { get; }
        public abstract override Module Module { get; }
        public override Type DeclaringType => null;
        public override Type ReflectedType => DeclaringType;
        public abstract Type UnderlyingSystemType { get; }
        public abstract Guid GUID { get; }
        public virtual RuntimeTypeHandle TypeHandle => throw new NotSupportedException();

        public bool IsValueType => IsValueTypeImpl();
        protected virtual bool IsValueTypeImpl() => IsSubclassOf(typeof(ValueType)) && !IsEnumBase();
        private bool IsEnumBase() => this == typeof(Enum);
        public virtual bool IsEnum => IsSubclassOf(typeof(Enum));
        public bool IsArray => IsArrayImpl();
        protected abstract bool IsArrayImpl();
        public virtual bool IsSZArray => false;
        public virtual bool IsVariableBoundArray => IsArray && !IsSZArray;
        public bool IsPointer => IsPointerImpl();
        protected abstract bool IsPointerImpl();
        public bool IsByRef => IsByRefImpl();
        protected abstract bool IsByRefImpl();
        public bool IsPrimitive => IsPrimitiveImpl();
        protected abstract bool IsPrimitiveImpl();
        public bool HasElementType => HasElementTypeImpl();
        protected abstract bool HasElementTypeImpl();
        public bool IsCOMObject => false;
        public bool IsContextful => false;
        public bool IsMarshalByRef => false;
        public bool IsClass => (GetAttributeFlagsImpl() & TypeAttributes.ClassSemanticsMask) == TypeAttributes.Class && !IsValueType;
        public bool IsInterface => (GetAttributeFlagsImpl() & TypeAttributes.ClassSemanticsMask) == TypeAttributes.Interface;
        public bool IsAbstract => (GetAttributeFlagsImpl() & TypeAttributes.Abstract) != 0;
        public bool IsSealed => (GetAttributeFlagsImpl() & TypeAttributes.Sealed) != 0;
        public bool IsPublic => (GetAttributeFlagsImpl() & TypeAttributes.VisibilityMask) == TypeAttributes.Public;
        public bool IsNotPublic => (GetAttributeFlagsImpl() & TypeAttributes.VisibilityMask) == TypeAttributes.NotPublic;
        public bool IsNested => DeclaringType != null;
        public bool IsNestedPublic => (GetAttributeFlagsImpl() & TypeAttributes.VisibilityMask) == TypeAttributes.NestedPublic;
        public bool IsNestedPrivate => (GetAttributeFlagsImpl() & TypeAttributes.VisibilityMask) == TypeAttributes.NestedPrivate;
        public bool IsVisible => IsPublic || (IsNestedPublic && DeclaringType.IsVisible);
        public bool IsSerializable => (GetAttributeFlagsImpl() & TypeAttributes.Serializable) != 0;
        public TypeAttributes Attributes => GetAttributeFlagsImpl();
        protected abstract TypeAttributes GetAttributeFlagsImpl();
        public virtual bool IsGenericType => false;
        public virtual bool IsGenericTypeDefinition => false;
        public virtual bool IsConstructedGenericType => false;
        public virtual bool IsGenericParameter => false;
        public virtual bool IsGenericTypeParameter => IsGenericParameter;
        public virtual bool IsGenericMethodParameter => false;
        public virtual bool ContainsGenericParameters => false;
        public virtual bool IsByRefLike => false;
        public virtual bool IsTypeDefinition => false;
        public virtual int GenericParameterPosition => throw new InvalidOperationException("Method may only be called on a Type for which Type.IsGenericParameter is true.");
        public virtual int GetArrayRank() => throw new ArgumentException("Must be an array type.");
        public abstract Type GetElementType();
        public virtual Type[] GetGenericArguments() => throw new NotSupportedException();
        public virtual Type[] GenericTypeArguments => IsConstructedGenericType ? GetGenericArguments() : EmptyTypes;
        public virtual Type GetGenericTypeDefinition() => throw new InvalidOperationException("This operation is only valid on generic types.");
        public virtual Type MakeGenericType(params Type[] typeArguments) => throw new NotSupportedException();
        public virtual Type MakeArrayType() => throw new NotSupportedException();
        public virtual Type MakeArrayType(int rank) => throw new NotSupportedException();
        public virtual Type MakePointerType() => throw new NotSupportedException();
        public virtual Type MakeByRefType() => throw new NotSupportedException();
        public virtual Type[] GetInterfaces() => EmptyTypes;
        public virtual Type GetInterface(string name) => GetInterface(name, false);
        public virtual Type GetInterface(string name, bool ignoreCase)
        {
            foreach (Type t in GetInterfaces())
                if (string.Equals(t.Name, name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal) ||
                    string.Equals(t.FullName, name, ignoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal)) return t;
            return null;
        }
        public virtual Type GetEnumUnderlyingType() => throw new ArgumentException("Type provided must be an Enum.", "enumType");
        public virtual Array GetEnumValues() => throw new ArgumentException("Type provided must be an Enum.", "enumType");
        public virtual string[] GetEnumNames() => throw new ArgumentException("Type provided must be an Enum.", "enumType");
        public virtual string GetEnumName(object value) => throw new ArgumentException("Type provided must be an Enum.", "enumType");
        public virtual bool IsEnumDefined(object value) => throw new ArgumentException("Type provided must be an Enum.", "enumType");

        public virtual bool IsSubclassOf(Type c)
        {
            if (c == null) throw new ArgumentNullException("c");
            Type p = this;
            if (p == c) return false;
            while (p != null)
            {
                if (p == c) return true;
                p = p.BaseType;
            }
            return false;
        }

        public virtual bool IsAssignableFrom(Type c) => c != null && (c == this || c.IsSubclassOf(this));
        public bool IsAssignableTo(Type targetType) => targetType != null && targetType.IsAssignableFrom(this);
        public virtual bool IsInstanceOfType(object o) => o != null && IsAssignableFrom(o.GetType());
        public virtual bool IsEquivalentTo(Type other) => this == other;

        public override bool Equals(object o) => o is Type t && Equals(t);
        public virtual bool Equals(Type o) => o is not null && (object)UnderlyingSystemType == o.UnderlyingSystemType;
        public override int GetHashCode() => RuntimeHelpers.GetHashCode(UnderlyingSystemType);

        public static bool operator ==(Type left, Type right) => (object)left == right;
        public static bool operator !=(Type left, Type right) => (object)left != right;

        public override string ToString() => "Type: " + Name;
    }

    internal sealed partial class RuntimeType : Type
    {
        private IntPtr _handle;

        private RuntimeType() { }

        internal IntPtr Handle => _handle;

        // ---- internal calls (all take the runtime's type handle)

        // The RuntimeType object for a type handle (the runtime creates it on first use).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern RuntimeType GetTypeFromHandleValue(IntPtr handle);

        // A type by its full name ("Ns.Outer+Inner", optionally ", Assembly"), or null.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern RuntimeType GetTypeByName(string name);

        // Flags describing the type (RuntimeTypeFlags).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetTypeFlags(IntPtr type);

        // The ECMA-335 TypeAttributes of the type's definition (0 for arrays, pointers, byrefs).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetTypeAttributes(IntPtr type);

        // The metadata name of a type definition ("List`1") or generic parameter ("T"); not for
        // arrays, pointers or byrefs (C# composes those).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string GetMetadataName(IntPtr type);

        // The namespace of the type definition ("" for nested types and generic parameters).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string GetMetadataNamespace(IntPtr type);

        // The enclosing type of a nested type, else null.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern RuntimeType GetDeclaringType(IntPtr type);

        // The base type (null for Object, interfaces, pointers, byrefs and generic parameters).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern RuntimeType GetBaseType(IntPtr type);

        // The element type of an array, pointer or byref type, else null.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern RuntimeType GetElementTypeOf(IntPtr type);

        // The rank of an array type (1 for both T[] and T[*]).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetArrayRankOf(IntPtr type);

        // The type arguments of a generic instantiation, or the parameters of a definition.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern Type[] GetGenericArgumentsOf(IntPtr type);

        // The generic type definition of an instantiation.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern RuntimeType GetGenericTypeDefinitionOf(IntPtr type);

        // The position of a generic parameter in its declaring type's or method's parameter list.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetGenericParameterPositionOf(IntPtr type);

        // Every interface the type implements (including inherited ones), in the runtime's order.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern Type[] GetInterfacesOf(IntPtr type);

        // Whether a value of type 'source' can be stored in a location of type 'target' (ECMA-335
        // assignment compatibility: inheritance, interfaces, variance, array covariance, Nullable<T>
        // from T, boxing to Object/ValueType/Enum/interfaces).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool IsAssignableFromCore(IntPtr target, IntPtr source);

        // The display name of the type's assembly ("System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=...").
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string GetAssemblyFullName(IntPtr type);

        // The underlying type of an enum type.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern RuntimeType GetEnumUnderlyingTypeOf(IntPtr type);

        // The literal fields of an enum in declaration order: their names and values (the values
        // zero-extended from the underlying type's bits to 64 bits).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void GetEnumValuesAndNames(IntPtr type, out ulong[] values, out string[] names);

        // Whether the type's definition carries a custom attribute whose attribute type has this full
        // name (for example "System.FlagsAttribute").
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern bool HasCustomAttributeCore(IntPtr type, string attributeFullName);

        internal bool HasCustomAttribute(string attributeFullName) => HasCustomAttributeCore(_handle, attributeFullName);

        // A new instance, created by running the public or private parameterless constructor (a
        // zeroed box for value types); throws MissingMethodException when there is none.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object CreateInstanceDefaultCtor(IntPtr type);

        // A new zeroed instance without running any constructor (a zeroed box for value types).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object AllocateUninitialized(IntPtr type);

        // A new zero-based one-dimensional array of the given element type.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern Array CreateSZArray(IntPtr elementType, int length);

        // A new array of the given element type and rank with the given lengths (all lower bounds 0).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern Array CreateMDArray(IntPtr elementType, int[] lengths);

        // ---- flags

        private const int FlagValueType = 1, FlagEnum = 2, FlagInterface = 4, FlagArray = 8, FlagSZArray = 16, FlagPointer = 32,
            FlagByRef = 64, FlagGenericType = 128, FlagGenericDefinition = 256, FlagGenericParameter = 512,
            FlagContainsGenericParameters = 1024, FlagByRefLike = 2048, FlagGenericMethodParameter = 4096, FlagFunctionPointer = 8192;

        private int Flags => GetTypeFlags(_handle);

        public override RuntimeTypeHandle TypeHandle => new RuntimeTypeHandle(_handle);

        public override string Name
        {
            get
            {
                int f = Flags;
                if ((f & FlagArray) != 0) return GetElementType().Name + ArraySuffix(f);
                if ((f & FlagPointer) != 0) return GetElementType().Name + "*";
                if ((f & FlagByRef) != 0) return GetElementType().Name + "&";
                return GetMetadataName(_handle);
            }
        }

        private string ArraySuffix(int f)
        {
            if ((f & FlagSZArray) != 0) return "[]";
            int rank = GetArrayRankOf(_handle);
            if (rank == 1) return "[*]";
            return "[" + new string(',', rank - 1) + "]";
        }

        public override string Namespace
        {
            get
            {
                Type t = this;
                while (t.HasElementType) t = t.GetElementType();
                RuntimeType rt = (RuntimeType)t;
                if ((rt.Flags & FlagGenericParameter) != 0) return rt.DeclaringType?.Namespace;
                RuntimeType outer = rt;
                while (GetDeclaringType(outer._handle) is RuntimeType d) outer = d;
                string ns = GetMetadataNamespace(outer._handle);
                return ns.Length == 0 ? null : ns;
            }
        }

        // Ns.Outer+Inner`1 without generic arguments.
        private string QualifiedDefinitionName()
        {
            RuntimeType d = GetDeclaringType(_handle);
            if (d != null) return d.QualifiedDefinitionName() + "+" + GetMetadataName(_handle);
            string ns = GetMetadataNamespace(_handle);
            return ns.Length == 0 ? GetMetadataName(_handle) : ns + "." + GetMetadataName(_handle);
        }

        public override string FullName
        {
            get
            {
                int f = Flags;
                if ((f & FlagGenericParameter) != 0) return null;
                if ((f & (FlagArray | FlagPointer | FlagByRef)) != 0)
                {
                    string e = GetElementType().FullName;
                    if (e == null) return null;
                    if ((f & FlagArray) != 0) return e + ArraySuffix(f);
                    return e + ((f & FlagPointer) != 0 ? "*" : "&");
                }
                if ((f & FlagGenericType) != 0 && (f & FlagGenericDefinition) == 0)
                {
                    if ((f & FlagContainsGenericParameters) != 0) return null;
                    StringBuilder sb = new StringBuilder(GetGenericTypeDefinition().FullName ?? QualifiedDefinitionName());
                    sb.Append('[');
                    Type[] args = GetGenericArguments();
                    for (int i = 0; i < args.Length; i++)
                    {
                        if (i > 0) sb.Append(',');
                        sb.Append('[').Append(args[i].AssemblyQualifiedName).Append(']');
                    }
                    return sb.Append(']').ToString();
                }
                return QualifiedDefinitionName();
            }
        }

        public override string AssemblyQualifiedName
        {
            get
            {
                string fn = FullName;
                return fn == null ? null : fn + ", " + GetAssemblyFullName(_handle);
            }
        }

        public override string ToString()
        {
            int f = Flags;
            if ((f & FlagGenericParameter) != 0) return GetMetadataName(_handle);
            if ((f & FlagArray) != 0) return GetElementType().ToString() + ArraySuffix(f);
            if ((f & FlagPointer) != 0) return GetElementType().ToString() + "*";
            if ((f & FlagByRef) != 0) return GetElementType().ToString() + "&";
            if ((f & FlagGenericType) != 0)
            {
                StringBuilder sb = new StringBuilder(QualifiedDefinitionName());
                sb.Append('[');
                Type[] args = GetGenericArguments();
                for (int i = 0; i < args.Length; i++)
                {
                    if (i > 0) sb.Append(',');
                    sb.Append(args[i].ToString());
                }
                return sb.Append(']').ToString();
            }
            return QualifiedDefinitionName();
        }

        public override Type BaseType => GetBaseType(_handle);
        public override Type DeclaringType => GetDeclaringType(_handle);
        public override Assembly Assembly => null;
        public override Module Module => null;
        public override Type UnderlyingSystemType => this;
        public override Guid GUID => default;

        protected override bool IsValueTypeImpl() => (Flags & FlagValueType) != 0;
        public override bool IsEnum => (Flags & FlagEnum) != 0;
        protected override bool IsArrayImpl() => (Flags & FlagArray) != 0;
        public override bool IsSZArray => (Flags & FlagSZArray) != 0;
        protected override bool IsPointerImpl() => (Flags & FlagPointer) != 0;
        protected override bool IsByRefImpl() => (Flags & FlagByRef) != 0;
        protected override bool HasElementTypeImpl() => (Flags & (FlagArray | FlagPointer | FlagByRef)) != 0;
        public override bool IsGenericType => (Flags & FlagGenericType) != 0;
        public override bool IsGenericTypeDefinition => (Flags & FlagGenericDefinition) != 0;
        public override bool IsConstructedGenericType => (Flags & (FlagGenericType | FlagGenericDefinition)) == FlagGenericType;
        public override bool IsGenericParameter => (Flags & FlagGenericParameter) != 0;
        public override bool IsGenericTypeParameter => (Flags & (FlagGenericParameter | FlagGenericMethodParameter)) == FlagGenericParameter;
        public override bool IsGenericMethodParameter => (Flags & FlagGenericMethodParameter) != 0;
        public override bool ContainsGenericParameters => (Flags & FlagContainsGenericParameters) != 0;
        public override bool IsByRefLike => (Flags & FlagByRefLike) != 0;
        public override bool IsTypeDefinition => (Flags & (FlagArray | FlagPointer | FlagByRef | FlagGenericParameter | FlagFunctionPointer)) == 0 && (!IsGenericType || IsGenericTypeDefinition);

        protected override bool IsPrimitiveImpl()
        {
            return this == typeof(bool) || this == typeof(char) || this == typeof(sbyte) || this == typeof(byte) ||
                this == typeof(short) || this == typeof(ushort) || this == typeof(int) || this == typeof(uint) ||
                this == typeof(long) || this == typeof(ulong) || this == typeof(float) || this == typeof(double) ||
                this == typeof(IntPtr) || this == typeof(UIntPtr);
        }

        protected override TypeAttributes GetAttributeFlagsImpl() => (TypeAttributes)GetTypeAttributes(_handle);

        public override int GenericParameterPosition =>
            IsGenericParameter ? GetGenericParameterPositionOf(_handle) : base.GenericParameterPosition;

        public override int GetArrayRank()
        {
            if (!IsArray) throw new ArgumentException("Must be an array type.");
            return GetArrayRankOf(_handle);
        }

        public override Type GetElementType() => GetElementTypeOf(_handle);

        public override Type[] GetGenericArguments() => IsGenericType ? GetGenericArgumentsOf(_handle) : EmptyTypes;

        public override Type GetGenericTypeDefinition()
        {
            int f = Flags;
            if ((f & FlagGenericType) == 0) throw new InvalidOperationException("This operation is only valid on generic types.");
            if ((f & FlagGenericDefinition) != 0) return this;
            return GetGenericTypeDefinitionOf(_handle);
        }

        public override Type[] GetInterfaces() => GetInterfacesOf(_handle);

        public override bool IsAssignableFrom(Type c)
        {
            if (c is RuntimeType rt) return IsAssignableFromCore(_handle, rt._handle);
            return false;
        }

        public override bool IsSubclassOf(Type c)
        {
            if (c == null) throw new ArgumentNullException("c");
            if ((object)c == this) return false;
            for (Type p = BaseType; p != null; p = p.BaseType) if ((object)p == c) return true;
            return false;
        }

        public override bool IsInstanceOfType(object o) => o != null && IsAssignableFrom(o.GetType());

        public override Type GetEnumUnderlyingType()
        {
            if (!IsEnum) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            return GetEnumUnderlyingTypeOf(_handle);
        }

        // Names and values sorted by the values as unsigned numbers (as .NET sorts them).
        internal void GetEnumInfo(out ulong[] values, out string[] names)
        {
            GetEnumValuesAndNames(_handle, out ulong[] v, out string[] n);
            ulong[] vs = (ulong[])v.Clone();
            string[] ns = (string[])n.Clone();
            for (int i = 1; i < vs.Length; i++)
            {
                ulong kv = vs[i];
                string kn = ns[i];
                int j = i - 1;
                while (j >= 0 && vs[j] > kv) { vs[j + 1] = vs[j]; ns[j + 1] = ns[j]; j--; }
                vs[j + 1] = kv;
                ns[j + 1] = kn;
            }
            values = vs;
            names = ns;
        }

        public override string[] GetEnumNames()
        {
            if (!IsEnum) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            GetEnumInfo(out _, out string[] names);
            return names;
        }

        public override Array GetEnumValues()
        {
            if (!IsEnum) throw new ArgumentException("Type provided must be an Enum.", "enumType");
            GetEnumInfo(out ulong[] values, out _);
            Array a = CreateSZArray(_handle, values.Length);
            for (int i = 0; i < values.Length; i++) a.SetValue(Enum.ToObject(this, values[i]), i);
            return a;
        }

        public override string GetEnumName(object value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return Enum.GetName(this, value);
        }

        public override bool IsEnumDefined(object value) => Enum.IsDefined(this, value);

        public override Type MakeArrayType() => CreateSZArray(_handle, 0).GetType();

        public override Type MakeArrayType(int rank)
        {
            if (rank < 1) throw new IndexOutOfRangeException();
            return CreateMDArray(_handle, new int[rank]).GetType();
        }

        public override bool Equals(object o) => (object)this == o;
        public override int GetHashCode() => RuntimeHelpers.GetHashCode(this);
    }

    [Serializable]
    public struct RuntimeTypeHandle : IEquatable<RuntimeTypeHandle>, System.Runtime.Serialization.ISerializable
    {
        private IntPtr _value;

        internal RuntimeTypeHandle(IntPtr value) { _value = value; }

        public IntPtr Value => _value;

        public static RuntimeTypeHandle FromIntPtr(IntPtr value) => new RuntimeTypeHandle(value);
        public static IntPtr ToIntPtr(RuntimeTypeHandle value) => value._value;

        public override bool Equals(object obj) => obj is RuntimeTypeHandle h && h._value == _value;
        public bool Equals(RuntimeTypeHandle handle) => handle._value == _value;
        public override int GetHashCode() => _value.GetHashCode();
        public static bool operator ==(RuntimeTypeHandle left, object right) => left.Equals(right);
        public static bool operator ==(object left, RuntimeTypeHandle right) => right.Equals(left);
        public static bool operator !=(RuntimeTypeHandle left, object right) => !left.Equals(right);
        public static bool operator !=(object left, RuntimeTypeHandle right) => !right.Equals(left);
        public ModuleHandle GetModuleHandle() => default;
        public void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) => throw new PlatformNotSupportedException();
    }

    [Serializable]
    public struct RuntimeMethodHandle : IEquatable<RuntimeMethodHandle>, System.Runtime.Serialization.ISerializable
    {
        private IntPtr _value;

        internal RuntimeMethodHandle(IntPtr value) { _value = value; }

        public IntPtr Value => _value;

        public static RuntimeMethodHandle FromIntPtr(IntPtr value) => new RuntimeMethodHandle(value);
        public static IntPtr ToIntPtr(RuntimeMethodHandle value) => value._value;
        public IntPtr GetFunctionPointer() => throw new PlatformNotSupportedException();

        public override bool Equals(object obj) => obj is RuntimeMethodHandle h && h._value == _value;
        public bool Equals(RuntimeMethodHandle handle) => handle._value == _value;
        public override int GetHashCode() => _value.GetHashCode();
        public static bool operator ==(RuntimeMethodHandle left, RuntimeMethodHandle right) => left._value == right._value;
        public static bool operator !=(RuntimeMethodHandle left, RuntimeMethodHandle right) => left._value != right._value;
        public void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) => throw new PlatformNotSupportedException();
    }

    [Serializable]
    public struct RuntimeFieldHandle : IEquatable<RuntimeFieldHandle>, System.Runtime.Serialization.ISerializable
    {
        private IntPtr _value;

        internal RuntimeFieldHandle(IntPtr value) { _value = value; }

        public IntPtr Value => _value;

        public static RuntimeFieldHandle FromIntPtr(IntPtr value) => new RuntimeFieldHandle(value);
        public static IntPtr ToIntPtr(RuntimeFieldHandle value) => value._value;

        public override bool Equals(object obj) => obj is RuntimeFieldHandle h && h._value == _value;
        public bool Equals(RuntimeFieldHandle handle) => handle._value == _value;
        public override int GetHashCode() => _value.GetHashCode();
        public static bool operator ==(RuntimeFieldHandle left, RuntimeFieldHandle right) => left._value == right._value;
        public static bool operator !=(RuntimeFieldHandle left, RuntimeFieldHandle right) => left._value != right._value;
        public void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) => throw new PlatformNotSupportedException();
    }

    public struct ModuleHandle
    {
        private IntPtr _value;
        public static readonly ModuleHandle EmptyHandle = default;
        public int MDStreamVersion => 0x20000;
    }
}
