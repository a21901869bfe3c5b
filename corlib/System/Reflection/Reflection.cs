// The reflection object model: the abstract shapes; the runtime's implementations are Runtime*Info.
namespace System.Reflection
{
    public interface ICustomAttributeProvider
    {
        object[] GetCustomAttributes(bool inherit);
        object[] GetCustomAttributes(Type attributeType, bool inherit);
        bool IsDefined(Type attributeType, bool inherit);
    }

    public interface IReflect { }

    [Flags]
    public enum MemberTypes
    {
        Constructor = 1, Event = 2, Field = 4, Method = 8, Property = 16, TypeInfo = 32, Custom = 64, NestedType = 128, All = 191,
    }

    [Flags]
    public enum BindingFlags
    {
        Default = 0, IgnoreCase = 1, DeclaredOnly = 2, Instance = 4, Static = 8, Public = 16, NonPublic = 32, FlattenHierarchy = 64,
        InvokeMethod = 256, CreateInstance = 512, GetField = 1024, SetField = 2048, GetProperty = 4096, SetProperty = 8192,
        PutDispProperty = 16384, PutRefDispProperty = 32768, ExactBinding = 65536, SuppressChangeType = 131072,
        OptionalParamBinding = 262144, IgnoreReturn = 16777216, DoNotWrapExceptions = 33554432,
    }

    [Flags]
    public enum TypeAttributes
    {
        NotPublic = 0, AutoLayout = 0, AnsiClass = 0, Class = 0, Public = 1, NestedPublic = 2, NestedPrivate = 3, NestedFamily = 4,
        NestedAssembly = 5, NestedFamANDAssem = 6, NestedFamORAssem = 7, VisibilityMask = 7, SequentialLayout = 8,
        ExplicitLayout = 16, ExtendedLayout = 24, LayoutMask = 24, Interface = 32, ClassSemanticsMask = 32, Abstract = 128, Sealed = 256,
        SpecialName = 1024, RTSpecialName = 2048, Import = 4096, Serializable = 8192, WindowsRuntime = 16384, UnicodeClass = 65536,
        AutoClass = 131072, CustomFormatClass = 196608, StringFormatMask = 196608, HasSecurity = 262144, ReservedMask = 264192,
        BeforeFieldInit = 1048576, CustomFormatMask = 12582912,
    }

    [Flags]
    public enum MethodAttributes
    {
        PrivateScope = 0, ReuseSlot = 0, Private = 1, FamANDAssem = 2, Assembly = 3, Family = 4, FamORAssem = 5, Public = 6,
        MemberAccessMask = 7, UnmanagedExport = 8, Static = 16, Final = 32, Virtual = 64, HideBySig = 128, NewSlot = 256,
        VtableLayoutMask = 256, CheckAccessOnOverride = 512, Abstract = 1024, SpecialName = 2048, RTSpecialName = 4096,
        PinvokeImpl = 8192, HasSecurity = 16384, RequireSecObject = 32768, ReservedMask = 53248,
    }

    [Flags]
    public enum FieldAttributes
    {
        PrivateScope = 0, Private = 1, FamANDAssem = 2, Assembly = 3, Family = 4, FamORAssem = 5, Public = 6, FieldAccessMask = 7,
        Static = 16, InitOnly = 32, Literal = 64, NotSerialized = 128, HasFieldRVA = 256, SpecialName = 512, RTSpecialName = 1024,
        HasFieldMarshal = 4096, PinvokeImpl = 8192, HasDefault = 32768, ReservedMask = 38144,
    }

    [Flags]
    public enum GenericParameterAttributes
    {
        None = 0, Covariant = 1, Contravariant = 2, VarianceMask = 3, ReferenceTypeConstraint = 4,
        NotNullableValueTypeConstraint = 8, DefaultConstructorConstraint = 16, SpecialConstraintMask = 28, AllowByRefLike = 32,
    }

    [Flags]
    public enum CallingConventions { Standard = 1, VarArgs = 2, Any = 3, HasThis = 32, ExplicitThis = 64 }

    [Flags]
    public enum ParameterAttributes
    {
        None = 0, In = 1, Out = 2, Lcid = 4, Retval = 8, Optional = 16, HasDefault = 4096, HasFieldMarshal = 8192,
        Reserved3 = 16384, Reserved4 = 32768, ReservedMask = 61440,
    }

    [Flags]
    public enum PropertyAttributes
    {
        None = 0, SpecialName = 512, RTSpecialName = 1024, HasDefault = 4096, Reserved2 = 8192, Reserved3 = 16384,
        Reserved4 = 32768, ReservedMask = 62464,
    }

    public readonly struct ParameterModifier
    {
        private readonly bool[] _byRef;
        public ParameterModifier(int parameterCount)
        {
            if (parameterCount <= 0) throw new ArgumentException("Must specify one or more parameters.");
            _byRef = new bool[parameterCount];
        }
        public bool this[int index]
        {
            get => _byRef[index];
            set => _byRef[index] = value;
        }
    }

    public abstract class MemberInfo : ICustomAttributeProvider
    {
        protected MemberInfo() { }
        public abstract MemberTypes MemberType { get; }
        public abstract string Name { get; }
        public abstract Type DeclaringType { get; }
        public abstract Type ReflectedType { get; }
        public virtual int MetadataToken => throw new InvalidOperationException();
        public virtual Module Module => null;
        public virtual object[] GetCustomAttributes(bool inherit) => new object[0];
        public virtual object[] GetCustomAttributes(Type attributeType, bool inherit) => new object[0];
        public virtual bool IsDefined(Type attributeType, bool inherit) => false;
        public override bool Equals(object obj) => (object)this == obj;
        public override int GetHashCode() => base.GetHashCode();
        public static bool operator ==(MemberInfo left, MemberInfo right) => (object)left == right || (left is not null && left.Equals(right));
        public static bool operator !=(MemberInfo left, MemberInfo right) => !(left == right);
    }

    public abstract class MethodBase : MemberInfo
    {
        protected MethodBase() { }
        public override bool Equals(object obj) => base.Equals(obj);
        public override int GetHashCode() => base.GetHashCode();
        public static bool operator ==(MethodBase left, MethodBase right) => (object)left == right || (left is not null && left.Equals(right));
        public static bool operator !=(MethodBase left, MethodBase right) => !(left == right);
        public abstract MethodAttributes Attributes { get; }
        public abstract RuntimeMethodHandle MethodHandle { get; }
        public virtual CallingConventions CallingConvention => CallingConventions.Standard;
        public bool IsStatic => (Attributes & MethodAttributes.Static) != 0;
        public bool IsVirtual => (Attributes & MethodAttributes.Virtual) != 0;
        public bool IsAbstract => (Attributes & MethodAttributes.Abstract) != 0;
        public bool IsFinal => (Attributes & MethodAttributes.Final) != 0;
        public bool IsHideBySig => (Attributes & MethodAttributes.HideBySig) != 0;
        public bool IsSpecialName => (Attributes & MethodAttributes.SpecialName) != 0;
        public bool IsConstructor => this is ConstructorInfo && !IsStatic && (Attributes & MethodAttributes.RTSpecialName) != 0;
        public bool IsPublic => (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public;
        public bool IsPrivate => (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Private;
        public bool IsFamily => (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Family;
        public bool IsAssembly => (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Assembly;
        public bool IsFamilyAndAssembly => (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.FamANDAssem;
        public bool IsFamilyOrAssembly => (Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.FamORAssem;
        public virtual bool IsGenericMethod => false;
        public virtual bool IsGenericMethodDefinition => false;
        public virtual bool ContainsGenericParameters => false;
        public abstract ParameterInfo[] GetParameters();
        public virtual Type[] GetGenericArguments() => throw new NotSupportedException();
        public object Invoke(object obj, object[] parameters) => Invoke(obj, BindingFlags.Default, null, parameters, null);
        public abstract object Invoke(object obj, BindingFlags invokeAttr, Binder binder, object[] parameters, System.Globalization.CultureInfo culture);
        public static MethodBase GetCurrentMethod() => null;
    }

    public abstract class MethodInfo : MethodBase
    {
        protected MethodInfo() { }
        public override bool Equals(object obj) => base.Equals(obj);
        public override int GetHashCode() => base.GetHashCode();
        public static bool operator ==(MethodInfo left, MethodInfo right) => (object)left == right || (left is not null && left.Equals(right));
        public static bool operator !=(MethodInfo left, MethodInfo right) => !(left == right);
        public override MemberTypes MemberType => MemberTypes.Method;
        public virtual Type ReturnType => throw new NotSupportedException();
        public virtual ParameterInfo ReturnParameter => throw new NotSupportedException();
        public abstract MethodInfo GetBaseDefinition();
        public virtual MethodInfo GetGenericMethodDefinition() => throw new NotSupportedException();
        public virtual MethodInfo MakeGenericMethod(params Type[] typeArguments) => throw new NotSupportedException();
        public virtual Delegate CreateDelegate(Type delegateType) => throw new NotSupportedException();
        public virtual Delegate CreateDelegate(Type delegateType, object target) => throw new NotSupportedException();
        public T CreateDelegate<T>() where T : Delegate => (T)CreateDelegate(typeof(T));
        public T CreateDelegate<T>(object target) where T : Delegate => (T)CreateDelegate(typeof(T), target);
    }

    public abstract class ConstructorInfo : MethodBase
    {
        public static readonly string ConstructorName = ".ctor";
        public static readonly string TypeConstructorName = ".cctor";
        protected ConstructorInfo() { }
        public override bool Equals(object obj) => base.Equals(obj);
        public override int GetHashCode() => base.GetHashCode();
        public static bool operator ==(ConstructorInfo left, ConstructorInfo right) => (object)left == right || (left is not null && left.Equals(right));
        public static bool operator !=(ConstructorInfo left, ConstructorInfo right) => !(left == right);
        public override MemberTypes MemberType => MemberTypes.Constructor;
        public object Invoke(object[] parameters) => Invoke(BindingFlags.Default, null, parameters, null);
        public abstract object Invoke(BindingFlags invokeAttr, Binder binder, object[] parameters, System.Globalization.CultureInfo culture);
    }

    public abstract class FieldInfo : MemberInfo
    {
        protected FieldInfo() { }
        public override bool Equals(object obj) => base.Equals(obj);
        public override int GetHashCode() => base.GetHashCode();
        public static bool operator ==(FieldInfo left, FieldInfo right) => (object)left == right || (left is not null && left.Equals(right));
        public static bool operator !=(FieldInfo left, FieldInfo right) => !(left == right);
        public override MemberTypes MemberType => MemberTypes.Field;
        public abstract FieldAttributes Attributes { get; }
        public abstract Type FieldType { get; }
        public abstract RuntimeFieldHandle FieldHandle { get; }
        public bool IsStatic => (Attributes & FieldAttributes.Static) != 0;
        public bool IsPublic => (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Public;
        public bool IsPrivate => (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Private;
        public bool IsFamily => (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Family;
        public bool IsAssembly => (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.Assembly;
        public bool IsFamilyAndAssembly => (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.FamANDAssem;
        public bool IsFamilyOrAssembly => (Attributes & FieldAttributes.FieldAccessMask) == FieldAttributes.FamORAssem;
        public bool IsInitOnly => (Attributes & FieldAttributes.InitOnly) != 0;
        public bool IsLiteral => (Attributes & FieldAttributes.Literal) != 0;
        public bool IsSpecialName => (Attributes & FieldAttributes.SpecialName) != 0;
        public bool IsNotSerialized => (Attributes & FieldAttributes.NotSerialized) != 0;
        public abstract object GetValue(object obj);
        public virtual object GetRawConstantValue() => throw new NotSupportedException("This non-CLS method is not implemented.");
        public void SetValue(object obj, object value) => SetValue(obj, value, BindingFlags.Default, null, null);
        public abstract void SetValue(object obj, object value, BindingFlags invokeAttr, Binder binder, System.Globalization.CultureInfo culture);
    }

    public abstract class PropertyInfo : MemberInfo
    {
        protected PropertyInfo() { }
        public override bool Equals(object obj) => base.Equals(obj);
        public override int GetHashCode() => base.GetHashCode();
        public static bool operator ==(PropertyInfo left, PropertyInfo right) => (object)left == right || (left is not null && left.Equals(right));
        public static bool operator !=(PropertyInfo left, PropertyInfo right) => !(left == right);
        public override MemberTypes MemberType => MemberTypes.Property;
        public abstract Type PropertyType { get; }
        public virtual PropertyAttributes Attributes => PropertyAttributes.None;
        public bool IsSpecialName => (Attributes & PropertyAttributes.SpecialName) != 0;
        public abstract bool CanRead { get; }
        public abstract bool CanWrite { get; }
        public virtual MethodInfo GetMethod => GetGetMethod(true);
        public virtual MethodInfo SetMethod => GetSetMethod(true);
        public abstract ParameterInfo[] GetIndexParameters();
        public MethodInfo GetGetMethod() => GetGetMethod(false);
        public virtual MethodInfo GetGetMethod(bool nonPublic) => null;
        public MethodInfo GetSetMethod() => GetSetMethod(false);
        public virtual MethodInfo GetSetMethod(bool nonPublic) => null;
        public MethodInfo[] GetAccessors() => GetAccessors(false);
        public virtual MethodInfo[] GetAccessors(bool nonPublic) => new MethodInfo[0];
        public object GetValue(object obj) => GetValue(obj, null);
        public virtual object GetValue(object obj, object[] index) => GetValue(obj, BindingFlags.Default, null, index, null);
        public virtual object GetValue(object obj, BindingFlags invokeAttr, Binder binder, object[] index, System.Globalization.CultureInfo culture) => throw new NotSupportedException();
        public void SetValue(object obj, object value) => SetValue(obj, value, null);
        public virtual void SetValue(object obj, object value, object[] index) => SetValue(obj, value, BindingFlags.Default, null, index, null);
        public virtual void SetValue(object obj, object value, BindingFlags invokeAttr, Binder binder, object[] index, System.Globalization.CultureInfo culture) => throw new NotSupportedException();
    }

    public abstract class EventInfo : MemberInfo
    {
        protected EventInfo() { }
        public override bool Equals(object obj) => base.Equals(obj);
        public override int GetHashCode() => base.GetHashCode();
        public static bool operator ==(EventInfo left, EventInfo right) => (object)left == right || (left is not null && left.Equals(right));
        public static bool operator !=(EventInfo left, EventInfo right) => !(left == right);
        public override MemberTypes MemberType => MemberTypes.Event;
        public virtual Type EventHandlerType => null;
    }

    public class ParameterInfo : ICustomAttributeProvider
    {
        protected ParameterInfo() { }
        public virtual string Name => null;
        public virtual Type ParameterType => null;
        public virtual int Position => 0;
        public virtual ParameterAttributes Attributes => ParameterAttributes.None;
        public bool IsIn => (Attributes & ParameterAttributes.In) != 0;
        public bool IsOut => (Attributes & ParameterAttributes.Out) != 0;
        public bool IsOptional => (Attributes & ParameterAttributes.Optional) != 0;
        public bool IsRetval => (Attributes & ParameterAttributes.Retval) != 0;
        public bool IsLcid => (Attributes & ParameterAttributes.Lcid) != 0;
        public virtual object DefaultValue => null;
        public virtual bool HasDefaultValue => false;
        public virtual MemberInfo Member => null;
        public virtual object[] GetCustomAttributes(bool inherit) => new object[0];
        public virtual object[] GetCustomAttributes(Type attributeType, bool inherit) => new object[0];
        public virtual bool IsDefined(Type attributeType, bool inherit) => false;
    }

    public abstract class Binder
    {
        protected Binder() { }
    }

    public abstract class Assembly : ICustomAttributeProvider
    {
        protected Assembly() { }
        public virtual string FullName => null;
        public virtual string Location => string.Empty;
        public virtual object[] GetCustomAttributes(bool inherit) => new object[0];
        public virtual object[] GetCustomAttributes(Type attributeType, bool inherit) => new object[0];
        public virtual bool IsDefined(Type attributeType, bool inherit) => false;
        public virtual AssemblyName GetName() => new AssemblyName(FullName);
        public static Assembly GetExecutingAssembly() => null;
        public static Assembly GetEntryAssembly() => null;
        public static Assembly GetCallingAssembly() => null;
        public override string ToString() => FullName ?? base.ToString();
    }

    public sealed class AssemblyName
    {
        public AssemblyName() { }
        public AssemblyName(string assemblyName)
        {
            FullName = assemblyName;
            if (assemblyName != null)
            {
                int c = assemblyName.IndexOf(',');
                Name = c < 0 ? assemblyName : assemblyName.Substring(0, c);
            }
        }
        public string Name { get; set; }
        public string FullName { get; }
        public Version Version { get; set; }
        public override string ToString() => FullName ?? Name ?? string.Empty;
    }

    public abstract class Module : ICustomAttributeProvider
    {
        protected Module() { }
        public virtual string Name => string.Empty;
        public virtual Assembly Assembly => null;
        public virtual object[] GetCustomAttributes(bool inherit) => new object[0];
        public virtual object[] GetCustomAttributes(Type attributeType, bool inherit) => new object[0];
        public virtual bool IsDefined(Type attributeType, bool inherit) => false;
    }

    public sealed class Missing
    {
        public static readonly Missing Value = new Missing();
        private Missing() { }
    }
}
