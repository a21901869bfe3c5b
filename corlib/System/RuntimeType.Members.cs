// RuntimeType's members: the runtime lists each type's own methods, fields and properties in
// metadata order; here they are filtered by BindingFlags and gathered up the base types as .NET
// does (declared members first; base types' private members never; static members of base types
// only with FlattenHierarchy; a virtual method overridden further down only once).
using System.Collections.Generic;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace System
{
    internal sealed partial class RuntimeType
    {
        // ---- internal calls (icall_reflect.c)

        // The type's own methods, constructors included, in metadata order (method handles).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern IntPtr[] GetMethodsOf(IntPtr type);

        // The type's own fields in metadata order (field handles).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern IntPtr[] GetFieldsOf(IntPtr type);

        // The type's own properties in metadata order: names, getter and setter handles (two per
        // property, 0 where absent) and Property tokens.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void GetPropertiesOf(IntPtr type, out string[] names, out IntPtr[] accessors, out int[] tokens);

        // The TypeDef token of the type's definition (0 for arrays, pointers, generic parameters).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetTypeToken(IntPtr type);

        // The custom attributes of a metadata entity of the type's module (token 0: the type's
        // own TypeDef): each one's constructor and value blob.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void GetCustomAttributesOf(IntPtr scope, int token, out IntPtr[] ctors, out byte[][] blobs);

        // MakeGenericType, MakePointerType, MakeByRefType (icall_type.c).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern RuntimeType MakeGenericTypeOf(IntPtr definition, IntPtr[] arguments);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern RuntimeType MakePointerTypeOf(IntPtr type);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern RuntimeType MakeByRefTypeOf(IntPtr type);

        public override int MetadataToken => GetTypeToken(_handle);

        // ---- filtering

        private RuntimeType Base => (RuntimeType)BaseType;

        // Whether a member with these facts is selected by flags; inherited: found on a base type.
        private static bool Selected(bool isPublic, bool isPrivate, bool isStatic, bool inherited, BindingFlags flags)
        {
            if (inherited && isPrivate) return false;
            if ((flags & (isPublic ? BindingFlags.Public : BindingFlags.NonPublic)) == 0) return false;
            if ((flags & (isStatic ? BindingFlags.Static : BindingFlags.Instance)) == 0) return false;
            if (inherited && isStatic && (flags & BindingFlags.FlattenHierarchy) == 0) return false;
            return true;
        }

        private static bool MethodSelected(int attrs, bool inherited, BindingFlags flags)
        {
            var a = (MethodAttributes)attrs;
            var access = a & MethodAttributes.MemberAccessMask;
            return Selected(access == MethodAttributes.Public, access == MethodAttributes.Private, (a & MethodAttributes.Static) != 0, inherited, flags);
        }

        private static bool NameMatches(string have, string want, BindingFlags flags) =>
            string.Equals(have, want, (flags & BindingFlags.IgnoreCase) != 0 ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);

        // The types searched, most derived first.
        private IEnumerable<RuntimeType> Hierarchy(BindingFlags flags)
        {
            for (RuntimeType t = this; t != null; t = (flags & BindingFlags.DeclaredOnly) != 0 ? null : t.Base)
                yield return t;
        }

        // ---- methods

        public override MethodInfo[] GetMethods(BindingFlags bindingAttr) => MethodList(bindingAttr, null).ToArray();

        private List<MethodInfo> MethodList(BindingFlags flags, string name)
        {
            var list = new List<MethodInfo>();
            var slots = new HashSet<int>();
            foreach (RuntimeType t in Hierarchy(flags))
            {
                foreach (IntPtr h in GetMethodsOf(t._handle))
                {
                    int attrs = RuntimeMethodInfo.GetMethodAttributes(h);
                    if ((attrs & (int)MethodAttributes.RTSpecialName) != 0) continue;     // .ctor, .cctor
                    if ((attrs & (int)MethodAttributes.Virtual) != 0 && RuntimeMethodInfo.GetMethodSlot(h) is int slot && slot >= 0 && !slots.Add(slot)) continue;
                    if (!MethodSelected(attrs, t != this, flags)) continue;
                    if (name != null && !NameMatches(RuntimeMethodInfo.GetMethodName(h), name, flags)) continue;
                    list.Add(new RuntimeMethodInfo(h, this));
                }
            }
            return list;
        }

        internal override MethodInfo GetMethodCore(string name, BindingFlags bindingAttr, Type[] types)
        {
            List<MethodInfo> candidates = MethodList(bindingAttr, name);
            if (types == null)
            {
                if (candidates.Count == 0) return null;
                for (int i = 1; i < candidates.Count; i++)
                    if (!SameParameters(candidates[0].GetParameters(), candidates[i].GetParameters()))
                        throw Ambiguous(candidates[0]);
                return candidates[0];      // the same signature further up is hidden by the first
            }
            var methods = new List<MethodBase>();
            foreach (MethodInfo m in candidates) methods.Add(m);
            return (MethodInfo)SelectOverload(methods, types);
        }

        private static AmbiguousMatchException Ambiguous(MemberInfo m) =>
            new AmbiguousMatchException("Ambiguous match found for '" + m.DeclaringType.ToString() + " " + m.ToString() + "'.");

        private static bool SameParameters(ParameterInfo[] a, ParameterInfo[] b)
        {
            if (a.Length != b.Length) return false;
            for (int i = 0; i < a.Length; i++) if (a[i].ParameterType != b[i].ParameterType) return false;
            return true;
        }

        // The method whose parameter types are exactly types; else the only (or the most specific)
        // one that accepts arguments of those types; null if none; AmbiguousMatchException if no
        // single one is best.
        private static MethodBase SelectOverload(List<MethodBase> candidates, Type[] types)
        {
            MethodBase exact = null;
            var fitting = new List<MethodBase>();
            foreach (MethodBase m in candidates)
            {
                ParameterInfo[] ps = m.GetParameters();
                if (ps.Length != types.Length) continue;
                bool same = true, fits = true;
                for (int i = 0; i < ps.Length; i++)
                {
                    Type p = ps[i].ParameterType;
                    if (p != types[i]) same = false;
                    if (!Accepts(p, types[i])) fits = false;
                }
                if (same)
                {
                    if (exact == null) exact = m;   // the first one is the most derived
                    continue;
                }
                if (fits) fitting.Add(m);
            }
            if (exact != null) return exact;
            if (fitting.Count == 0) return null;
            MethodBase best = null;
            foreach (MethodBase m in fitting)
            {
                bool beatsAll = true;
                foreach (MethodBase o in fitting)
                    if ((object)o != m && !MoreSpecific(m.GetParameters(), o.GetParameters())) { beatsAll = false; break; }
                if (beatsAll)
                {
                    if (best != null) throw Ambiguous(m);
                    best = m;
                }
            }
            if (best == null) throw Ambiguous(fitting[0]);
            return best;
        }

        private static bool Accepts(Type parameter, Type argument)
        {
            if (parameter.IsByRef) parameter = parameter.GetElementType();
            if (argument.IsByRef) argument = argument.GetElementType();
            return parameter.IsAssignableFrom(argument);
        }

        private static bool MoreSpecific(ParameterInfo[] a, ParameterInfo[] b)
        {
            for (int i = 0; i < a.Length; i++)
                if (!Accepts(b[i].ParameterType, a[i].ParameterType)) return false;
            return true;
        }

        // ---- constructors

        public override ConstructorInfo[] GetConstructors(BindingFlags bindingAttr) => ConstructorList(bindingAttr).ToArray();

        private List<ConstructorInfo> ConstructorList(BindingFlags flags)
        {
            var list = new List<ConstructorInfo>();
            foreach (IntPtr h in GetMethodsOf(_handle))
            {
                int attrs = RuntimeMethodInfo.GetMethodAttributes(h);
                if ((attrs & (int)MethodAttributes.RTSpecialName) == 0 || !MethodSelected(attrs, false, flags)) continue;
                string name = RuntimeMethodInfo.GetMethodName(h);
                if (name != ".ctor" && name != ".cctor") continue;
                list.Add(new RuntimeConstructorInfo(h, this));
            }
            return list;
        }

        internal override ConstructorInfo GetConstructorCore(BindingFlags bindingAttr, Type[] types)
        {
            var methods = new List<MethodBase>();
            foreach (ConstructorInfo c in ConstructorList(bindingAttr)) methods.Add(c);
            return (ConstructorInfo)SelectOverload(methods, types);
        }

        // ---- fields

        public override FieldInfo[] GetFields(BindingFlags bindingAttr) => FieldList(bindingAttr, null).ToArray();

        private List<FieldInfo> FieldList(BindingFlags flags, string name)
        {
            var list = new List<FieldInfo>();
            foreach (RuntimeType t in Hierarchy(flags))
            {
                IntPtr[] fields = GetFieldsOf(t._handle);
                // CoreCLR's order: a type's instance fields, then its static ones
                for (int k = 0; k < 2 * fields.Length; k++)
                {
                    IntPtr h = fields[k % fields.Length];
                    var a = (FieldAttributes)RuntimeFieldInfo.GetFieldAttributes(h);
                    if (((a & FieldAttributes.Static) != 0) != (k >= fields.Length)) continue;
                    var access = a & FieldAttributes.FieldAccessMask;
                    if (!Selected(access == FieldAttributes.Public, access == FieldAttributes.Private, (a & FieldAttributes.Static) != 0, t != this, flags)) continue;
                    if (name != null && !NameMatches(RuntimeFieldInfo.NameOf(h), name, flags)) continue;
                    list.Add(new RuntimeFieldInfo(h, this));
                }
            }
            return list;
        }

        // The first match (the most derived one: a field further up with the same name is hidden).
        public override FieldInfo GetField(string name, BindingFlags bindingAttr)
        {
            if (name == null) throw new ArgumentNullException("name");
            List<FieldInfo> list = FieldList(bindingAttr, name);
            return list.Count == 0 ? null : list[0];
        }

        // ---- properties

        public override PropertyInfo[] GetProperties(BindingFlags bindingAttr) => PropertyList(bindingAttr, null).ToArray();

        private List<PropertyInfo> PropertyList(BindingFlags flags, string name)
        {
            var list = new List<PropertyInfo>();
            var slots = new HashSet<int>();
            foreach (RuntimeType t in Hierarchy(flags))
            {
                GetPropertiesOf(t._handle, out string[] names, out IntPtr[] accessors, out int[] tokens);
                for (int i = 0; i < names.Length; i++)
                {
                    IntPtr get = accessors[2 * i], set = accessors[2 * i + 1];
                    if (get == IntPtr.Zero && set == IntPtr.Zero) continue;
                    // a virtual property overridden further down was listed there
                    bool overridden = false;
                    if (get != IntPtr.Zero && RuntimeMethodInfo.GetMethodSlot(get) is int gs && gs >= 0 && !slots.Add(gs)) overridden = true;
                    if (set != IntPtr.Zero && RuntimeMethodInfo.GetMethodSlot(set) is int ss && ss >= 0 && !slots.Add(ss)) overridden = true;
                    if (overridden) continue;
                    if (name != null && !NameMatches(names[i], name, flags)) continue;
                    var p = new RuntimePropertyInfo(names[i], t, this, get, set, tokens[i]);
                    MethodAttributes a = p.Accessor.Attributes;
                    var access = a & MethodAttributes.MemberAccessMask;
                    bool isPrivate = (get == IntPtr.Zero || (RuntimeMethodInfo.GetMethodAttributes(get) & (int)MethodAttributes.MemberAccessMask) == (int)MethodAttributes.Private) &&
                                     (set == IntPtr.Zero || (RuntimeMethodInfo.GetMethodAttributes(set) & (int)MethodAttributes.MemberAccessMask) == (int)MethodAttributes.Private);
                    if (!Selected(access == MethodAttributes.Public, isPrivate, (a & MethodAttributes.Static) != 0, t != this, flags)) continue;
                    list.Add(p);
                }
            }
            return list;
        }

        internal override PropertyInfo GetPropertyCore(string name, BindingFlags bindingAttr, Type returnType, Type[] types)
        {
            List<PropertyInfo> candidates = PropertyList(bindingAttr, name);
            PropertyInfo found = null;
            foreach (PropertyInfo p in candidates)
            {
                if (returnType != null && p.PropertyType != returnType) continue;
                if (types != null)
                {
                    ParameterInfo[] ip = p.GetIndexParameters();
                    if (ip.Length != types.Length) continue;
                    bool same = true;
                    for (int i = 0; i < ip.Length && same; i++) same = ip[i].ParameterType == types[i];
                    if (!same) continue;
                }
                if (found != null)
                {
                    if (found.DeclaringType != p.DeclaringType && types != null) continue;   // hidden by the derived one
                    throw new AmbiguousMatchException("Ambiguous match found for '" + found.DeclaringType.ToString() + " " + found.ToString() + "'.");
                }
                found = p;
            }
            return found;
        }

        // ---- all members: methods, constructors, properties, fields (.NET's order)

        public override MemberInfo[] GetMembers(BindingFlags bindingAttr)
        {
            var list = new List<MemberInfo>();
            foreach (MethodInfo m in MethodList(bindingAttr, null)) list.Add(m);
            foreach (ConstructorInfo c in ConstructorList(bindingAttr)) list.Add(c);
            foreach (PropertyInfo p in PropertyList(bindingAttr, null)) list.Add(p);
            foreach (FieldInfo f in FieldList(bindingAttr, null)) list.Add(f);
            return list.ToArray();
        }

        // ---- custom attributes (inherit: also those of base types whose usage says Inherited)

        public override object[] GetCustomAttributes(bool inherit) => AttributeList(null, inherit);
        public override object[] GetCustomAttributes(Type attributeType, bool inherit) => AttributeList(CustomAttributes.CheckType(attributeType), inherit);
        public override bool IsDefined(Type attributeType, bool inherit) => AttributeList(CustomAttributes.CheckType(attributeType), inherit).Length > 0;

        private object[] AttributeList(RuntimeType filter, bool inherit)
        {
            var list = new List<object>();
            CustomAttributes.Collect(this, 0, filter, list);
            if (inherit && !IsInterface)
            {
                for (RuntimeType b = Base; b != null; b = b.Base)
                {
                    var more = new List<object>();
                    CustomAttributes.Collect(b, 0, filter, more);
                    foreach (object a in more)
                    {
                        CustomAttributes.Usage(a.GetType(), out bool inherited, out bool allowMultiple);
                        if (!inherited) continue;
                        bool present = false;
                        if (!allowMultiple) foreach (object o in list) if (o.GetType() == a.GetType()) { present = true; break; }
                        if (!present) list.Add(a);
                    }
                }
            }
            return CustomAttributes.ToArray(list, filter);
        }

        // ---- constructing types

        public override Type MakeGenericType(params Type[] typeArguments)
        {
            if (typeArguments == null) throw new ArgumentNullException("typeArguments");
            IntPtr[] handles = new IntPtr[typeArguments.Length];
            for (int i = 0; i < typeArguments.Length; i++)
            {
                if (typeArguments[i] == null) throw new ArgumentNullException("typeArguments");
                if (!(typeArguments[i] is RuntimeType rt)) throw new ArgumentException("Type must be a type provided by the runtime.", "typeArguments");
                handles[i] = rt._handle;
            }
            return MakeGenericTypeOf(_handle, handles);
        }

        public override Type MakePointerType() => MakePointerTypeOf(_handle);
        public override Type MakeByRefType() => MakeByRefTypeOf(_handle);

        // ---- Activator.CreateInstance(Type, args): the constructor the arguments fit best

        internal object CreateInstanceWith(BindingFlags flags, object[] args)
        {
            if (IsAbstract || IsInterface)
                throw new MissingMethodException("Cannot dynamically create an instance of type '" + ToString() + "'. Reason: Cannot create an abstract class.");
            if (ContainsGenericParameters)
                throw new ArgumentException("Cannot create an instance of " + ToString() + " because Type.ContainsGenericParameters is true.");
            var fitting = new List<MethodBase>();
            foreach (ConstructorInfo c in ConstructorList(flags & ~BindingFlags.Static | BindingFlags.Instance))
            {
                ParameterInfo[] ps = c.GetParameters();
                if (ps.Length != args.Length) continue;
                bool fits = true;
                for (int i = 0; i < ps.Length && fits; i++) fits = MethodInvoker.Fits(args[i], ps[i].ParameterType);
                if (fits) fitting.Add(c);
            }
            MethodBase best = null;
            foreach (MethodBase m in fitting)
            {
                bool beatsAll = true;
                foreach (MethodBase o in fitting)
                    if ((object)o != m && !MoreSpecific(m.GetParameters(), o.GetParameters())) { beatsAll = false; break; }
                if (beatsAll)
                {
                    if (best != null) throw new AmbiguousMatchException("Ambiguous match found.");
                    best = m;
                }
            }
            if (best == null)
            {
                if (fitting.Count > 0) throw new AmbiguousMatchException("Ambiguous match found.");
                throw new MissingMethodException("Constructor on type '" + FullName + "' not found.");
            }
            return ((ConstructorInfo)best).Invoke(flags & BindingFlags.DoNotWrapExceptions, null, args, null);
        }
    }
}
