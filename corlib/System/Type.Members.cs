// System.Type's public member lookup (GetMethod, GetFields, GetProperty, GetConstructor, ...): the
// overloads .NET has, checking their arguments and forwarding to a few virtual methods that
// RuntimeType implements (RuntimeType.Members.cs).
using System.Reflection;

namespace System
{
    public abstract partial class Type
    {
        internal const BindingFlags DefaultLookup = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static;

        // ---- the virtual core (.NET's abstract members and *Impl methods, in short)

        public virtual MethodInfo[] GetMethods(BindingFlags bindingAttr) => throw new NotSupportedException();
        public virtual FieldInfo[] GetFields(BindingFlags bindingAttr) => throw new NotSupportedException();
        public virtual FieldInfo GetField(string name, BindingFlags bindingAttr) => throw new NotSupportedException();
        public virtual PropertyInfo[] GetProperties(BindingFlags bindingAttr) => throw new NotSupportedException();
        public virtual ConstructorInfo[] GetConstructors(BindingFlags bindingAttr) => throw new NotSupportedException();
        public virtual MemberInfo[] GetMembers(BindingFlags bindingAttr) => throw new NotSupportedException();
        internal virtual MethodInfo GetMethodCore(string name, BindingFlags bindingAttr, Type[] types) => throw new NotSupportedException();
        internal virtual PropertyInfo GetPropertyCore(string name, BindingFlags bindingAttr, Type returnType, Type[] types) => throw new NotSupportedException();
        internal virtual ConstructorInfo GetConstructorCore(BindingFlags bindingAttr, Type[] types) => throw new NotSupportedException();

        private static void CheckTypes(Type[] types)
        {
            if (types == null) throw new ArgumentNullException("types");
            for (int i = 0; i < types.Length; i++) if (types[i] == null) throw new ArgumentNullException("types");
        }

        // ---- methods

        public MethodInfo[] GetMethods() => GetMethods(DefaultLookup);
        public MethodInfo GetMethod(string name) => GetMethod(name, DefaultLookup);

        public MethodInfo GetMethod(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            return GetMethodCore(name, bindingAttr, null);
        }

        public MethodInfo GetMethod(string name, Type[] types) => GetMethod(name, DefaultLookup, null, types, null);
        public MethodInfo GetMethod(string name, BindingFlags bindingAttr, Type[] types) => GetMethod(name, bindingAttr, null, types, null);
        public MethodInfo GetMethod(string name, Type[] types, ParameterModifier[] modifiers) => GetMethod(name, DefaultLookup, null, types, modifiers);

        public MethodInfo GetMethod(string name, BindingFlags bindingAttr, Binder binder, Type[] types, ParameterModifier[] modifiers)
        {
            if (name == null) throw new ArgumentNullException("name");
            CheckTypes(types);
            return GetMethodCore(name, bindingAttr, types);
        }

        public MethodInfo GetMethod(string name, BindingFlags bindingAttr, Binder binder, CallingConventions callConvention, Type[] types, ParameterModifier[] modifiers) =>
            GetMethod(name, bindingAttr, binder, types, modifiers);

        // ---- fields

        public FieldInfo[] GetFields() => GetFields(DefaultLookup);
        public FieldInfo GetField(string name) => GetField(name, DefaultLookup);

        // ---- properties

        public PropertyInfo[] GetProperties() => GetProperties(DefaultLookup);
        public PropertyInfo GetProperty(string name) => GetProperty(name, DefaultLookup);

        public PropertyInfo GetProperty(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            return GetPropertyCore(name, bindingAttr, null, null);
        }

        public PropertyInfo GetProperty(string name, Type returnType)
        {
            if (name == null) throw new ArgumentNullException("name");
            return GetPropertyCore(name, DefaultLookup, returnType, null);
        }

        public PropertyInfo GetProperty(string name, Type[] types) => GetProperty(name, null, types);
        public PropertyInfo GetProperty(string name, Type returnType, Type[] types) => GetProperty(name, DefaultLookup, null, returnType, types, null);
        public PropertyInfo GetProperty(string name, Type returnType, Type[] types, ParameterModifier[] modifiers) => GetProperty(name, DefaultLookup, null, returnType, types, modifiers);

        public PropertyInfo GetProperty(string name, BindingFlags bindingAttr, Binder binder, Type returnType, Type[] types, ParameterModifier[] modifiers)
        {
            if (name == null) throw new ArgumentNullException("name");
            CheckTypes(types);
            return GetPropertyCore(name, bindingAttr, returnType, types);
        }

        // ---- constructors

        public ConstructorInfo[] GetConstructors() => GetConstructors(BindingFlags.Public | BindingFlags.Instance);
        public ConstructorInfo GetConstructor(Type[] types) => GetConstructor(BindingFlags.Public | BindingFlags.Instance, null, types, null);
        public ConstructorInfo GetConstructor(BindingFlags bindingAttr, Type[] types) => GetConstructor(bindingAttr, null, types, null);

        public ConstructorInfo GetConstructor(BindingFlags bindingAttr, Binder binder, Type[] types, ParameterModifier[] modifiers)
        {
            CheckTypes(types);
            return GetConstructorCore(bindingAttr, types);
        }

        public ConstructorInfo GetConstructor(BindingFlags bindingAttr, Binder binder, CallingConventions callConvention, Type[] types, ParameterModifier[] modifiers) =>
            GetConstructor(bindingAttr, binder, types, modifiers);

        public ConstructorInfo TypeInitializer => GetConstructorCore(BindingFlags.Static | BindingFlags.NonPublic, EmptyTypes);

        // ---- all members

        public MemberInfo[] GetMembers() => GetMembers(DefaultLookup);
        public MemberInfo[] GetMember(string name) => GetMember(name, DefaultLookup);
        public virtual MemberInfo[] GetMember(string name, BindingFlags bindingAttr) => GetMember(name, MemberTypes.All, bindingAttr);

        public virtual MemberInfo[] GetMember(string name, MemberTypes type, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            var list = new System.Collections.Generic.List<MemberInfo>();
            StringComparison cmp = (bindingAttr & BindingFlags.IgnoreCase) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
            foreach (MemberInfo m in GetMembers(bindingAttr))
                if ((m.MemberType & type) != 0 && string.Equals(m.Name, name, cmp)) list.Add(m);
            return list.ToArray();
        }
    }
}
