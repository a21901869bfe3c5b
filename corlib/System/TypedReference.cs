// TypedReference: a managed pointer and the type of what it points at, made by the
// mkrefany instruction (C#'s __makeref) and read by refanyval / refanytype. The runtime
// relies on this layout: the pointer first, then the type handle.
namespace System
{
    public ref struct TypedReference
    {
        internal ref byte _value;
        internal IntPtr _type;

        public static Type GetTargetType(TypedReference value) =>
            value._type == IntPtr.Zero ? null : Type.GetTypeFromHandle(new RuntimeTypeHandle(value._type));

        public static RuntimeTypeHandle TargetTypeToken(TypedReference value) => new RuntimeTypeHandle(value._type);

        public override bool Equals(object o) => throw new NotSupportedException("TypedReference cannot be compared.");

        public override int GetHashCode() => _type == IntPtr.Zero ? 0 : _type.GetHashCode();
    }
}
