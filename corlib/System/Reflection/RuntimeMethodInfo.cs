// Methods and constructors known to the runtime by their handle (the runtime's method pointer):
// names, declaring type, attributes and signature come from internal calls; calling them too.
// Policy (argument checks and conversions, wrapping exceptions) is here, in MethodInvoker.
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System.Reflection
{
    internal sealed class RuntimeMethodInfo : MethodInfo
    {
        private readonly IntPtr _handle;
        private readonly RuntimeType _reflectedType;

        internal RuntimeMethodInfo(IntPtr handle, RuntimeType reflectedType)
        {
            _handle = handle;
            _reflectedType = reflectedType;
        }

        internal IntPtr Handle => _handle;

        // ---- internal calls (shared with RuntimeConstructorInfo)

        // The method a delegate calls (for a multicast delegate: the last one, whose target and
        // method the delegate object carries); 0 if the runtime cannot tell.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern IntPtr GetDelegateMethod(Delegate d);

        // The method's name as in metadata ("Square", ".ctor", "<Main>b__0_0").
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern string GetMethodName(IntPtr method);

        // The (instantiated) type that declares the method.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern RuntimeType GetMethodDeclaringType(IntPtr method);

        // The MethodDef's ECMA-335 MethodAttributes flags.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetMethodAttributes(IntPtr method);

        // The return type (System.Void for none).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern RuntimeType GetMethodReturnType(IntPtr method);

        // The parameter types in order, without the implicit this (a new array each call).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern Type[] GetMethodParameterTypes(IntPtr method);

        // The parameters' names (null when unnamed) and ParameterAttributes, by position.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void GetMethodParameters(IntPtr method, out string[] names, out int[] attributes);

        // The virtual slot of a virtual method, else -1.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetMethodSlot(IntPtr method);

        // The MethodDef token.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetMethodToken(IntPtr method);

        // The type arguments of an instantiated generic method, the parameters of a generic method
        // definition, or an empty array.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern Type[] GetMethodGenericArguments(IntPtr method);

        // The generic method definition of an instantiation (the method itself otherwise).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern IntPtr GetGenericMethodDefinitionOf(IntPtr method);

        // The instantiation of a generic method definition over type handles.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern IntPtr MakeGenericMethodOf(IntPtr definition, IntPtr[] typeArguments);

        // Calls the method (virtually on target) with arguments already converted to the parameter
        // types; returns the result boxed (null for void). calleeThrew tells an exception of the
        // callee from one of the call itself.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object InvokeMethod(IntPtr method, object target, object[] args, out bool calleeThrew);

        // Allocates an instance of the constructor's type and runs the constructor on it.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object InvokeConstructor(IntPtr ctor, object[] args, out bool calleeThrew);

        internal static MethodInfo FromDelegate(Delegate d)
        {
            IntPtr h = GetDelegateMethod(d);
            if (h == IntPtr.Zero) throw new PlatformNotSupportedException("Delegate.Method is not supported for this delegate.");
            return new RuntimeMethodInfo(h, null);
        }

        // ---- MemberInfo / MethodBase / MethodInfo

        public override string Name => GetMethodName(_handle);
        public override Type DeclaringType => GetMethodDeclaringType(_handle);
        public override Type ReflectedType => _reflectedType ?? DeclaringType;
        public override MethodAttributes Attributes => (MethodAttributes)GetMethodAttributes(_handle);
        public override RuntimeMethodHandle MethodHandle => new RuntimeMethodHandle(_handle);
        public override int MetadataToken => GetMethodToken(_handle);
        public override Module Module => null;
        public override CallingConventions CallingConvention =>
            IsStatic ? CallingConventions.Standard : CallingConventions.Standard | CallingConventions.HasThis;
        public override Type ReturnType => GetMethodReturnType(_handle);
        public override ParameterInfo ReturnParameter => new RuntimeParameterInfo(this, ReturnType, null, 0, -1);

        public override ParameterInfo[] GetParameters() => RuntimeParameterInfo.Of(this, _handle);

        public override bool IsGenericMethod => GetMethodGenericArguments(_handle).Length > 0;
        public override bool IsGenericMethodDefinition => IsGenericMethod && GetGenericMethodDefinitionOf(_handle) == _handle;
        public override bool ContainsGenericParameters
        {
            get
            {
                if (DeclaringType != null && DeclaringType.ContainsGenericParameters) return true;
                foreach (Type t in GetMethodGenericArguments(_handle)) if (t.ContainsGenericParameters) return true;
                return false;
            }
        }

        public override Type[] GetGenericArguments() => GetMethodGenericArguments(_handle);

        public override MethodInfo GetGenericMethodDefinition()
        {
            if (!IsGenericMethod) throw new InvalidOperationException();
            return new RuntimeMethodInfo(GetGenericMethodDefinitionOf(_handle), _reflectedType);
        }

        public override MethodInfo MakeGenericMethod(params Type[] typeArguments)
        {
            if (typeArguments == null) throw new ArgumentNullException("typeArguments");
            if (!IsGenericMethodDefinition)
                throw new InvalidOperationException(ToString() + " is not a GenericMethodDefinition. MakeGenericMethod may only be called on a method for which MethodBase.IsGenericMethodDefinition is true.");
            IntPtr[] handles = new IntPtr[typeArguments.Length];
            for (int i = 0; i < typeArguments.Length; i++)
            {
                if (typeArguments[i] == null) throw new ArgumentNullException("typeArguments");
                if (!(typeArguments[i] is RuntimeType rt)) throw new ArgumentException("Type must be a type provided by the runtime.", "typeArguments");
                handles[i] = rt.Handle;
            }
            if (handles.Length != GetMethodGenericArguments(_handle).Length)
                throw new ArgumentException("The number of generic arguments provided doesn't equal the arity of the generic method definition. (Parameter 'methodInstantiation')");
            return new RuntimeMethodInfo(MakeGenericMethodOf(_handle, handles), _reflectedType);
        }

        // The method this one overrides at the root of its virtual slot (itself if it introduces it).
        public override MethodInfo GetBaseDefinition()
        {
            int slot = GetMethodSlot(_handle);
            if (slot < 0 || (Attributes & MethodAttributes.NewSlot) != 0 || DeclaringType.IsInterface) return this;
            IntPtr found = _handle;
            for (RuntimeType t = (RuntimeType)DeclaringType.BaseType; t != null; t = (RuntimeType)t.BaseType)
            {
                bool more = false;
                foreach (IntPtr h in RuntimeType.GetMethodsOf(t.Handle))
                {
                    if (GetMethodSlot(h) != slot) continue;
                    found = h;
                    more = (GetMethodAttributes(h) & (int)MethodAttributes.NewSlot) == 0;
                    break;
                }
                if (found != _handle && !more) break;
            }
            return found == _handle ? this : new RuntimeMethodInfo(found, null);
        }

        public override object Invoke(object obj, BindingFlags invokeAttr, Binder binder, object[] parameters, CultureInfo culture)
        {
            if (ContainsGenericParameters)
                throw new InvalidOperationException("Late bound operations cannot be performed on types or methods for which ContainsGenericParameters is true.");
            if (ReturnType.IsByRef || ReturnType.IsByRefLike)
                throw new NotSupportedException("ByRef return value not supported in reflection invocation.");
            if (!IsStatic)
            {
                if (obj == null) throw new TargetException("Non-static method requires a target.");
                if (!DeclaringType.IsInstanceOfType(obj))
                    throw new TargetException("Object type " + DeclaringType.ToString() + " does not match target type " + obj.GetType().ToString() + ".");
            }
            Type[] types = GetMethodParameterTypes(_handle);
            object[] args = MethodInvoker.ConvertArguments(parameters, types);
            // a delegate's Invoke has no body of its own: each method of the list is invoked
            if (obj is Delegate d && Name == "Invoke" && typeof(Delegate).IsAssignableFrom(DeclaringType))
            {
                object r = d.DynamicInvokeCore(args, invokeAttr);
                MethodInvoker.CopyBack(parameters, args, types);
                return r;
            }
            bool threw = false;
            object result;
            try
            {
                result = InvokeMethod(_handle, IsStatic ? null : obj, args, out threw);
            }
            catch (Exception e) when (threw && (invokeAttr & BindingFlags.DoNotWrapExceptions) == 0)
            {
                throw new TargetInvocationException(e);
            }
            MethodInvoker.CopyBack(parameters, args, types);
            return result;
        }

        public override Delegate CreateDelegate(Type delegateType) => MethodInvoker.CreateDelegate(delegateType, null, this, false);
        public override Delegate CreateDelegate(Type delegateType, object target) => MethodInvoker.CreateDelegate(delegateType, target, this, true);

        public override object[] GetCustomAttributes(bool inherit) => CustomAttributes.Get(DeclaringType, MetadataToken, null);
        public override object[] GetCustomAttributes(Type attributeType, bool inherit) => CustomAttributes.Get(DeclaringType, MetadataToken, CustomAttributes.CheckType(attributeType));
        public override bool IsDefined(Type attributeType, bool inherit) => GetCustomAttributes(attributeType, inherit).Length > 0;

        public override bool Equals(object obj) => obj is RuntimeMethodInfo m && m._handle == _handle;
        public override int GetHashCode() => _handle.GetHashCode();

        // .NET's form: "Int32 Square(Int32)", "Void Log(System.String)", "T Gen[T](T, Int32 ByRef)".
        public override string ToString()
        {
            var sb = new StringBuilder();
            sb.Append(MethodInvoker.TypeText(ReturnType)).Append(' ').Append(Name);
            Type[] targs = GetMethodGenericArguments(_handle);
            if (targs.Length > 0)
            {
                sb.Append('[');
                for (int i = 0; i < targs.Length; i++)
                {
                    if (i > 0) sb.Append(',');
                    sb.Append(targs[i].Name);
                }
                sb.Append(']');
            }
            return MethodInvoker.AppendParameters(sb, GetMethodParameterTypes(_handle)).ToString();
        }
    }

    internal sealed class RuntimeConstructorInfo : ConstructorInfo
    {
        private readonly IntPtr _handle;
        private readonly RuntimeType _reflectedType;

        internal RuntimeConstructorInfo(IntPtr handle, RuntimeType reflectedType)
        {
            _handle = handle;
            _reflectedType = reflectedType;
        }

        internal IntPtr Handle => _handle;

        public override string Name => RuntimeMethodInfo.GetMethodName(_handle);
        public override Type DeclaringType => RuntimeMethodInfo.GetMethodDeclaringType(_handle);
        public override Type ReflectedType => _reflectedType ?? DeclaringType;
        public override MethodAttributes Attributes => (MethodAttributes)RuntimeMethodInfo.GetMethodAttributes(_handle);
        public override RuntimeMethodHandle MethodHandle => new RuntimeMethodHandle(_handle);
        public override int MetadataToken => RuntimeMethodInfo.GetMethodToken(_handle);
        public override CallingConventions CallingConvention =>
            IsStatic ? CallingConventions.Standard : CallingConventions.Standard | CallingConventions.HasThis;
        public override ParameterInfo[] GetParameters() => RuntimeParameterInfo.Of(this, _handle);
        public override bool ContainsGenericParameters => DeclaringType.ContainsGenericParameters;

        // Runs the constructor on a new instance.
        public override object Invoke(BindingFlags invokeAttr, Binder binder, object[] parameters, CultureInfo culture)
        {
            Type t = DeclaringType;
            if (IsStatic) throw new MemberAccessException("Type initializer was not callable.");
            if (t.ContainsGenericParameters)
                throw new MemberAccessException("Cannot create an instance of " + t.ToString() + " because Type.ContainsGenericParameters is true.");
            if (t.IsAbstract) throw new MemberAccessException("Cannot create an instance of " + t.ToString() + " because it is an abstract class.");
            Type[] types = RuntimeMethodInfo.GetMethodParameterTypes(_handle);
            object[] args = MethodInvoker.ConvertArguments(parameters, types);
            bool threw = false;
            object result;
            try
            {
                result = RuntimeMethodInfo.InvokeConstructor(_handle, args, out threw);
            }
            catch (Exception e) when (threw && (invokeAttr & BindingFlags.DoNotWrapExceptions) == 0)
            {
                throw new TargetInvocationException(e);
            }
            MethodInvoker.CopyBack(parameters, args, types);
            return result;
        }

        // MethodBase.Invoke on a constructor: with no object, a new instance (re-running a
        // constructor on an existing object is not supported).
        public override object Invoke(object obj, BindingFlags invokeAttr, Binder binder, object[] parameters, CultureInfo culture)
        {
            if (obj == null) return Invoke(invokeAttr, binder, parameters, culture);
            throw new NotSupportedException("Invoking a constructor on an existing object is not supported.");
        }

        public override object[] GetCustomAttributes(bool inherit) => CustomAttributes.Get(DeclaringType, MetadataToken, null);
        public override object[] GetCustomAttributes(Type attributeType, bool inherit) => CustomAttributes.Get(DeclaringType, MetadataToken, CustomAttributes.CheckType(attributeType));
        public override bool IsDefined(Type attributeType, bool inherit) => GetCustomAttributes(attributeType, inherit).Length > 0;

        public override bool Equals(object obj) => obj is RuntimeConstructorInfo c && c._handle == _handle;
        public override int GetHashCode() => _handle.GetHashCode();

        public override string ToString() =>
            MethodInvoker.AppendParameters(new StringBuilder("Void ").Append(Name), RuntimeMethodInfo.GetMethodParameterTypes(_handle)).ToString();
    }

    internal sealed class RuntimeParameterInfo : ParameterInfo
    {
        private readonly MemberInfo _member;
        private readonly Type _type;
        private readonly string _name;
        private readonly int _attributes;
        private readonly int _position;

        internal RuntimeParameterInfo(MemberInfo member, Type type, string name, int attributes, int position)
        {
            _member = member;
            _type = type;
            _name = name;
            _attributes = attributes;
            _position = position;
        }

        internal static ParameterInfo[] Of(MemberInfo member, IntPtr method)
        {
            Type[] types = RuntimeMethodInfo.GetMethodParameterTypes(method);
            RuntimeMethodInfo.GetMethodParameters(method, out string[] names, out int[] attributes);
            var r = new ParameterInfo[types.Length];
            for (int i = 0; i < types.Length; i++) r[i] = new RuntimeParameterInfo(member, types[i], names[i], attributes[i], i);
            return r;
        }

        public override string Name => _name;
        public override Type ParameterType => _type;
        public override int Position => _position;
        public override MemberInfo Member => _member;
        public override ParameterAttributes Attributes => (ParameterAttributes)_attributes;
        public override string ToString() => _name == null ? MethodInvoker.TypeText(_type, false) : MethodInvoker.TypeText(_type, false) + " " + _name;
    }

    // What MethodInfo.Invoke, ConstructorInfo.Invoke and the delegate helpers share.
    internal static class MethodInvoker
    {
        // A type as .NET writes it in member signatures: primitives and nested types by name,
        // others by full name; by-ref parameters as "Int32 ByRef" in method signatures ("Int32&" alone).
        internal static string TypeText(Type t, bool byRefWord = true)
        {
            if (t.IsByRef && byRefWord) return TypeText(t.GetElementType()) + " ByRef";
            Type root = t;
            while (root.HasElementType) root = root.GetElementType();
            if (root.IsPrimitive || root.IsNested || root == typeof(void) || root == typeof(TypedReference)) return t.Name;
            return t.ToString();
        }

        internal static StringBuilder AppendParameters(StringBuilder sb, Type[] types)
        {
            sb.Append('(');
            for (int i = 0; i < types.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(TypeText(types[i]));
            }
            return sb.Append(')');
        }

        // A copy of the arguments, each converted to its parameter's type as .NET's default binder
        // does (the same object, a widened primitive, or null for a default value).
        internal static object[] ConvertArguments(object[] parameters, Type[] types)
        {
            int given = parameters == null ? 0 : parameters.Length;
            if (given != types.Length) throw new TargetParameterCountException("Parameter count mismatch.");
            object[] args = new object[types.Length];
            for (int i = 0; i < types.Length; i++) args[i] = Convert(parameters[i], types[i]);
            return args;
        }

        // By-ref arguments come back to the caller's array.
        internal static void CopyBack(object[] parameters, object[] args, Type[] types)
        {
            for (int i = 0; i < types.Length; i++) if (types[i].IsByRef) parameters[i] = args[i];
        }

        internal static object Convert(object value, Type type)
        {
            if (type.IsByRef) type = type.GetElementType();
            if (type.IsByRefLike) throw new NotSupportedException("Cannot create boxed ByRef-like values.");
            if (type.IsPointer)
            {
                if (value == null || value is IntPtr || value is UIntPtr) return value;
                throw CannotConvert(value, type);
            }
            if (value == null) return null;
            if (type.IsInstanceOfType(value)) return value;
            object widened = Widen(value, type);
            if (widened != null) return widened;
            throw CannotConvert(value, type);
        }

        // Whether Convert would accept value for a parameter of type type.
        internal static bool Fits(object value, Type type)
        {
            if (type.IsByRef) type = type.GetElementType();
            if (value == null) return !type.IsValueType || Nullable.GetUnderlyingType(type) != null;
            return type.IsInstanceOfType(value) || Widen(value, type) != null;
        }

        private static Exception CannotConvert(object value, Type type) =>
            new ArgumentException("Object of type '" + value.GetType().ToString() + "' cannot be converted to type '" + type.ToString() + "'.");

        // The primitive widenings reflection allows (and to or from an enum's underlying type).
        private static object Widen(object value, Type type)
        {
            Type src = value.GetType();
            Type dst = Nullable.GetUnderlyingType(type) ?? type;
            if (!(src.IsPrimitive || src.IsEnum) || !(dst.IsPrimitive || dst.IsEnum)) return null;
            TypeCode from = Type.GetTypeCode(src), to = Type.GetTypeCode(dst);
            if (!CanWiden(from, to)) return null;
            object v;
            switch (to)
            {
                case TypeCode.Char: v = (char)System.Convert.ToUInt16(value is char c ? (ushort)c : value); break;
                case TypeCode.Int16: v = System.Convert.ToInt16(value); break;
                case TypeCode.UInt16: v = value is char c2 ? (ushort)c2 : System.Convert.ToUInt16(value); break;
                case TypeCode.Int32: v = value is char c3 ? (int)c3 : System.Convert.ToInt32(value); break;
                case TypeCode.UInt32: v = value is char c4 ? (uint)c4 : System.Convert.ToUInt32(value); break;
                case TypeCode.Int64: v = value is char c5 ? (long)c5 : System.Convert.ToInt64(value); break;
                case TypeCode.UInt64: v = value is char c6 ? (ulong)c6 : System.Convert.ToUInt64(value); break;
                case TypeCode.Single: v = value is char c7 ? (float)c7 : System.Convert.ToSingle(value); break;
                case TypeCode.Double: v = value is char c8 ? (double)c8 : System.Convert.ToDouble(value); break;
                default: v = value; break;
            }
            if (dst.IsEnum) return Enum.ToObject(dst, v);
            return v;
        }

        private static bool CanWiden(TypeCode from, TypeCode to)
        {
            if (from == to) return true;
            switch (from)
            {
                case TypeCode.Char: return to == TypeCode.UInt16 || to == TypeCode.UInt32 || to == TypeCode.Int32 || to == TypeCode.UInt64 || to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.SByte: return to == TypeCode.Int16 || to == TypeCode.Int32 || to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.Byte: return to == TypeCode.Char || to == TypeCode.UInt16 || to == TypeCode.Int16 || to == TypeCode.UInt32 || to == TypeCode.Int32 || to == TypeCode.UInt64 || to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.Int16: return to == TypeCode.Int32 || to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.UInt16: return to == TypeCode.UInt32 || to == TypeCode.Int32 || to == TypeCode.UInt64 || to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.Int32: return to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.UInt32: return to == TypeCode.UInt64 || to == TypeCode.Int64 || to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.Int64: case TypeCode.UInt64: return to == TypeCode.Single || to == TypeCode.Double;
                case TypeCode.Single: return to == TypeCode.Double;
                default: return false;
            }
        }

        // MethodInfo.CreateDelegate: a delegate of delegateType over the method, closed over target
        // when one is given (or over the first argument of a static method).
        internal static Delegate CreateDelegate(Type delegateType, object target, RuntimeMethodInfo method, bool closed)
        {
            if (delegateType == null) throw new ArgumentNullException("delegateType");
            if (!(delegateType is RuntimeType rt) || !typeof(MulticastDelegate).IsAssignableFrom(delegateType) || delegateType == typeof(MulticastDelegate))
                throw new ArgumentException("Type must derive from Delegate.", "delegateType");
            MethodInfo invoke = delegateType.GetMethod("Invoke");
            ParameterInfo[] dp = invoke.GetParameters();
            ParameterInfo[] mp = method.GetParameters();
            bool bindFirst = closed && method.IsStatic;
            int extra = method.IsStatic ? 0 : (closed ? 0 : 1);
            if (bindFirst) extra = -1;
            bool ok = dp.Length == mp.Length + extra && Compatible(invoke.ReturnType, method.ReturnType);
            for (int i = 0; ok && i < dp.Length; i++)
            {
                Type want = i - extra < 0 ? method.DeclaringType : (i - extra < mp.Length ? mp[i - extra].ParameterType : null);
                ok = want != null && Compatible(want, dp[i].ParameterType);
            }
            if (ok && closed && target != null)
            {
                Type first = bindFirst ? (mp.Length > 0 ? mp[0].ParameterType : null) : method.DeclaringType;
                ok = first != null && first.IsInstanceOfType(target);
            }
            if (!ok) throw new ArgumentException("Cannot bind to the target method because its signature is not compatible with that of the delegate type.");
            if (closed && target == null && !method.IsStatic) throw new ArgumentException("Cannot bind to the target method because its signature is not compatible with that of the delegate type.");
            Delegate d = (Delegate)RuntimeType.AllocateUninitialized(rt.Handle);
            d._target = closed ? target : null;
            d._methodPtr = method.Handle;
            return d;
        }

        // A parameter of type have can receive a value of type given (identity, or reference
        // assignability, as delegate binding allows).
        private static bool Compatible(Type have, Type given)
        {
            if (have == given) return true;
            if (have.IsValueType || given.IsValueType || have.IsByRef || given.IsByRef) return false;
            return have.IsAssignableFrom(given) || given.IsAssignableFrom(have);
        }
    }
}
