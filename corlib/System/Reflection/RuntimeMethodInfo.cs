using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace System.Reflection
{
    // A method known to the runtime by its handle (the runtime's method pointer). Delegate.Method
    // returns one; names, declaring type, attributes and signature come from internal calls.
    internal sealed class RuntimeMethodInfo : MethodInfo
    {
        private readonly IntPtr _handle;

        private RuntimeMethodInfo(IntPtr handle) { _handle = handle; }

        // The method a delegate calls (for a multicast delegate: the last one, whose target and
        // method the delegate object carries); 0 if the runtime cannot tell.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern IntPtr GetDelegateMethod(Delegate d);

        // The method's name as in metadata ("Square", ".ctor", "<Main>b__0_0").
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string GetMethodName(IntPtr method);

        // The (instantiated) type that declares the method.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern RuntimeType GetMethodDeclaringType(IntPtr method);

        // The MethodDef's ECMA-335 MethodAttributes flags.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetMethodAttributes(IntPtr method);

        // The return type (System.Void for none).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern RuntimeType GetMethodReturnType(IntPtr method);

        // The parameter types in order, without the implicit this (a new array each call).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern Type[] GetMethodParameterTypes(IntPtr method);

        internal static MethodInfo FromDelegate(Delegate d)
        {
            IntPtr h = GetDelegateMethod(d);
            if (h == IntPtr.Zero) throw new PlatformNotSupportedException("Delegate.Method is not supported for this delegate.");
            return new RuntimeMethodInfo(h);
        }

        public override string Name => GetMethodName(_handle);
        public override Type DeclaringType => GetMethodDeclaringType(_handle);
        public override Type ReflectedType => DeclaringType;
        public override MethodAttributes Attributes => (MethodAttributes)GetMethodAttributes(_handle);
        public override RuntimeMethodHandle MethodHandle => throw new NotSupportedException();
        public override Type ReturnType => GetMethodReturnType(_handle);
        public override MethodInfo GetBaseDefinition() => this;

        public override ParameterInfo[] GetParameters()
        {
            Type[] types = GetMethodParameterTypes(_handle);
            var r = new ParameterInfo[types.Length];
            for (int i = 0; i < types.Length; i++) r[i] = new RuntimeParameterInfo(this, types[i], i);
            return r;
        }

        public override object Invoke(object obj, BindingFlags invokeAttr, Binder binder, object[] parameters, CultureInfo culture) =>
            throw new PlatformNotSupportedException("MethodInfo.Invoke is not supported yet.");

        public override bool Equals(object obj) => obj is RuntimeMethodInfo m && m._handle == _handle;
        public override int GetHashCode() => _handle.GetHashCode();

        private static string TypeText(Type t) => t.IsPrimitive || t == typeof(void) ? t.Name : t.ToString();

        // .NET's form: "Int32 Square(Int32)", "Void Log(System.String)".
        public override string ToString()
        {
            var sb = new StringBuilder();
            sb.Append(TypeText(ReturnType)).Append(' ').Append(Name).Append('(');
            Type[] ps = GetMethodParameterTypes(_handle);
            for (int i = 0; i < ps.Length; i++)
            {
                if (i > 0) sb.Append(", ");
                sb.Append(TypeText(ps[i]));
            }
            return sb.Append(')').ToString();
        }

        private sealed class RuntimeParameterInfo : ParameterInfo
        {
            private readonly MemberInfo _member;
            private readonly Type _type;
            private readonly int _position;
            internal RuntimeParameterInfo(MemberInfo member, Type type, int position) { _member = member; _type = type; _position = position; }
            public override Type ParameterType => _type;
            public override int Position => _position;
            public override MemberInfo Member => _member;
        }
    }
}
