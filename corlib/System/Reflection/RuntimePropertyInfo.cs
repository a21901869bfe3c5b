// Properties: a name and accessor methods from metadata (RuntimeType.GetPropertiesOf); type,
// visibility and values follow from the accessors.
using System.Text;

namespace System.Reflection
{
    internal sealed class RuntimePropertyInfo : PropertyInfo
    {
        private readonly string _name;
        private readonly RuntimeType _declaringType, _reflectedType;
        private readonly RuntimeMethodInfo _getter, _setter;
        private readonly int _token;

        internal RuntimePropertyInfo(string name, RuntimeType declaringType, RuntimeType reflectedType, IntPtr getter, IntPtr setter, int token)
        {
            _name = name;
            _declaringType = declaringType;
            _reflectedType = reflectedType;
            if (getter != IntPtr.Zero) _getter = new RuntimeMethodInfo(getter, reflectedType);
            if (setter != IntPtr.Zero) _setter = new RuntimeMethodInfo(setter, reflectedType);
            _token = token;
        }

        // The accessor that decides visibility and static-ness (the more visible one).
        internal RuntimeMethodInfo Accessor
        {
            get
            {
                if (_getter == null) return _setter;
                if (_setter == null) return _getter;
                return Visibility(_setter.Attributes) > Visibility(_getter.Attributes) ? _setter : _getter;
            }
        }

        private static int Visibility(MethodAttributes a)
        {
            switch (a & MethodAttributes.MemberAccessMask)
            {
                case MethodAttributes.Public: return 5;
                case MethodAttributes.FamORAssem: return 4;
                case MethodAttributes.Family: return 3;
                case MethodAttributes.Assembly: return 2;
                case MethodAttributes.FamANDAssem: return 1;
                default: return 0;
            }
        }

        public override string Name => _name;
        public override Type DeclaringType => _declaringType;
        public override Type ReflectedType => _reflectedType;
        public override int MetadataToken => _token;
        public override PropertyAttributes Attributes => PropertyAttributes.None;
        public override bool CanRead => _getter != null;
        public override bool CanWrite => _setter != null;
        public override MethodInfo GetMethod => _getter;
        public override MethodInfo SetMethod => _setter;

        public override Type PropertyType
        {
            get
            {
                if (_getter != null) return _getter.ReturnType;
                ParameterInfo[] p = _setter.GetParameters();
                return p[p.Length - 1].ParameterType;
            }
        }

        public override ParameterInfo[] GetIndexParameters()
        {
            if (_getter != null) return _getter.GetParameters();
            ParameterInfo[] p = _setter.GetParameters();
            ParameterInfo[] r = new ParameterInfo[p.Length - 1];
            Array.Copy(p, r, r.Length);
            return r;
        }

        public override MethodInfo GetGetMethod(bool nonPublic) => _getter != null && (nonPublic || _getter.IsPublic) ? _getter : null;
        public override MethodInfo GetSetMethod(bool nonPublic) => _setter != null && (nonPublic || _setter.IsPublic) ? _setter : null;

        public override MethodInfo[] GetAccessors(bool nonPublic)
        {
            var list = new System.Collections.Generic.List<MethodInfo>();
            if (GetGetMethod(nonPublic) is MethodInfo g) list.Add(g);
            if (GetSetMethod(nonPublic) is MethodInfo s) list.Add(s);
            return list.ToArray();
        }

        public override object GetValue(object obj, BindingFlags invokeAttr, Binder binder, object[] index, System.Globalization.CultureInfo culture)
        {
            if (_getter == null) throw new ArgumentException("Property Get method was not found.");
            return _getter.Invoke(obj, invokeAttr, binder, index, culture);
        }

        public override void SetValue(object obj, object value, BindingFlags invokeAttr, Binder binder, object[] index, System.Globalization.CultureInfo culture)
        {
            if (_setter == null) throw new ArgumentException("Property Set method was not found.");
            int n = index == null ? 0 : index.Length;
            object[] args = new object[n + 1];
            for (int i = 0; i < n; i++) args[i] = index[i];
            args[n] = value;
            _setter.Invoke(obj, invokeAttr, binder, args, culture);
        }

        public override object[] GetCustomAttributes(bool inherit) => CustomAttributes.Get(_declaringType, _token, null);
        public override object[] GetCustomAttributes(Type attributeType, bool inherit) => CustomAttributes.Get(_declaringType, _token, CustomAttributes.CheckType(attributeType));
        public override bool IsDefined(Type attributeType, bool inherit) => GetCustomAttributes(attributeType, inherit).Length > 0;

        public override bool Equals(object obj) => obj is RuntimePropertyInfo p && p._token == _token && (object)p._declaringType == _declaringType;
        public override int GetHashCode() => _token;

        // .NET's form: "Int32 Count", "Int32 Item [Int32]".
        public override string ToString()
        {
            var sb = new StringBuilder(MethodInvoker.TypeText(PropertyType)).Append(' ').Append(_name);
            ParameterInfo[] ip = GetIndexParameters();
            if (ip.Length > 0)
            {
                sb.Append(" [");
                for (int i = 0; i < ip.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    sb.Append(MethodInvoker.TypeText(ip[i].ParameterType));
                }
                sb.Append(']');
            }
            return sb.ToString();
        }
    }
}
