using System.Runtime.CompilerServices;

namespace System
{
    [Serializable]
    public abstract class ValueType
    {
        protected ValueType() { }

        // Field-by-field equality, as .NET's default: same exact type, then bitwise when the
        // runtime says the bits decide, otherwise Equals on every instance field in turn.
        public override bool Equals(object obj)
        {
            if (obj == null) return false;
            if ((object)GetType() != (object)obj.GetType()) return false;
            if (RuntimeHelpers.CanCompareBits(this)) return RuntimeHelpers.BitwiseEquals(this, obj);
            object[] a = RuntimeHelpers.GetBoxedFields(this);
            object[] b = RuntimeHelpers.GetBoxedFields(obj);
            for (int i = 0; i < a.Length; i++)
            {
                object x = a[i], y = b[i];
                if (x == null) { if (y != null) return false; }
                else if (!x.Equals(y)) return false;
            }
            return true;
        }

        // .NET's value is not stable across runs; ours combines the fields' hash codes.
        public override int GetHashCode()
        {
            object[] f = RuntimeHelpers.GetBoxedFields(this);
            int h = 0;
            for (int i = 0; i < f.Length; i++)
            {
                int fh = f[i] == null ? 0 : f[i].GetHashCode();
                h = ((h << 5) | (int)((uint)h >> 27)) ^ fh;
            }
            return h;
        }

        public override string ToString() => GetType().ToString();
    }

    public struct Void { }
}
