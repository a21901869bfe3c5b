// System.Object, the root of every type.
using System.Runtime.CompilerServices;

namespace System
{
    [Serializable]
    public class Object
    {
        // Members are declared in the order CoreCLR's reflection lists them (Type.GetMethods).

        public Object() { }

        // The object's exact type, as its RuntimeType.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public extern Type GetType();

        public virtual string ToString() => GetType().ToString();

        // Reference equality; value types override this in ValueType.
        public virtual bool Equals(object obj) => (object)this == obj;

        public static bool Equals(object objA, object objB)
        {
            if ((object)objA == objB) return true;
            if (objA == null || objB == null) return false;
            return objA.Equals(objB);
        }

        public static bool ReferenceEquals(object objA, object objB) => (object)objA == objB;

        public virtual int GetHashCode() => RuntimeHelpers.GetHashCode(this);

        // A shallow copy: a new object of the same type with the same field values (for arrays, a new
        // array of the same type and lengths with the same elements).
        [MethodImpl(MethodImplOptions.InternalCall)]
        protected extern object MemberwiseClone();

        ~Object() { }

        internal object CloneInternal() => MemberwiseClone();
    }
}
