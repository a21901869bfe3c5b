// Fields known to the runtime by their handle (the runtime's field pointer): facts and values
// through internal calls; the value conversions are MethodInvoker's.
using System.Globalization;
using System.Runtime.CompilerServices;

namespace System.Reflection
{
    internal sealed class RuntimeFieldInfo : FieldInfo
    {
        private readonly IntPtr _handle;
        private readonly RuntimeType _reflectedType;

        internal RuntimeFieldInfo(IntPtr handle, RuntimeType reflectedType)
        {
            _handle = handle;
            _reflectedType = reflectedType;
        }

        // The field's name as in metadata.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern string GetFieldName(IntPtr field);

        // The field's type.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern RuntimeType GetFieldType(IntPtr field);

        // The (instantiated) type that declares the field.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern RuntimeType GetFieldDeclaringType(IntPtr field);

        // The Field row's ECMA-335 FieldAttributes flags.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int GetFieldAttributes(IntPtr field);

        // The Field token.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int GetFieldToken(IntPtr field);

        // The value (boxed) of a static field, or of an instance field of target (an object, or a
        // box of the value type that declares the field); a constant's value from metadata.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern object GetFieldValue(IntPtr field, object target);

        // Stores value (already converted to the field's type) into the field.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void SetFieldValue(IntPtr field, object target, object value);

        internal static string NameOf(IntPtr field) => GetFieldName(field);

        public override string Name => GetFieldName(_handle);
        public override Type DeclaringType => GetFieldDeclaringType(_handle);
        public override Type ReflectedType => _reflectedType ?? DeclaringType;
        public override FieldAttributes Attributes => (FieldAttributes)GetFieldAttributes(_handle);
        public override Type FieldType => GetFieldType(_handle);
        public override RuntimeFieldHandle FieldHandle => new RuntimeFieldHandle(_handle);
        public override int MetadataToken => GetFieldToken(_handle);

        private void CheckTarget(object obj)
        {
            if (IsStatic) return;
            if (obj == null) throw new TargetException("Non-static field requires a target.");
            if (!DeclaringType.IsInstanceOfType(obj))
                throw new ArgumentException("Field '" + Name + "' defined on type '" + DeclaringType.ToString() + "' is not a field on the target object which is of type '" + obj.GetType().ToString() + "'.");
        }

        public override object GetValue(object obj)
        {
            if (DeclaringType.ContainsGenericParameters)
                throw new InvalidOperationException("Late bound operations cannot be performed on fields with types for which Type.ContainsGenericParameters is true.");
            CheckTarget(obj);
            return GetFieldValue(_handle, IsStatic ? null : obj);
        }

        public override object GetRawConstantValue()
        {
            if (!IsLiteral) throw new InvalidOperationException("Operation is not valid due to the current state of the object.");
            object v = GetFieldValue(_handle, null);
            return v != null && v.GetType().IsEnum ? System.Convert.ChangeType(v, Enum.GetUnderlyingType(v.GetType())) : v;
        }

        public override void SetValue(object obj, object value, BindingFlags invokeAttr, Binder binder, CultureInfo culture)
        {
            if (DeclaringType.ContainsGenericParameters)
                throw new InvalidOperationException("Late bound operations cannot be performed on fields with types for which Type.ContainsGenericParameters is true.");
            CheckTarget(obj);
            if (IsLiteral) throw new FieldAccessException("Cannot set a constant field.");
            if (IsStatic && IsInitOnly)
                throw new FieldAccessException("Cannot set initonly static field '" + Name + "' after type '" + DeclaringType.ToString() + "' is initialized.");
            SetFieldValue(_handle, IsStatic ? null : obj, MethodInvoker.Convert(value, FieldType));
        }

        public override object[] GetCustomAttributes(bool inherit) => CustomAttributes.Get(DeclaringType, MetadataToken, null);
        public override object[] GetCustomAttributes(Type attributeType, bool inherit) => CustomAttributes.Get(DeclaringType, MetadataToken, CustomAttributes.CheckType(attributeType));
        public override bool IsDefined(Type attributeType, bool inherit) => GetCustomAttributes(attributeType, inherit).Length > 0;

        public override bool Equals(object obj) => obj is RuntimeFieldInfo f && f._handle == _handle;
        public override int GetHashCode() => _handle.GetHashCode();
        public override string ToString() => MethodInvoker.TypeText(FieldType) + " " + Name;
    }
}
