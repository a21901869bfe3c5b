// Delegates. The runtime relies on the fields (Delegate: _target, _methodPtr, _methodPtrAux;
// MulticastDelegate: _invocationList, _invocationCount) and implements every delegate type's
// constructor and Invoke. Combine/Remove/equality are here: a multicast delegate has
// _invocationList = Delegate[] whose first _invocationCount entries are single-cast delegates;
// a single-cast delegate has _invocationList == null.
using System.Reflection;
using System.Runtime.CompilerServices;

namespace System
{
    [Serializable]
    public abstract class Delegate : ICloneable, System.Runtime.Serialization.ISerializable
    {
        internal object _target;
        internal IntPtr _methodPtr;
        internal IntPtr _methodPtrAux;

        protected Delegate(object target, string method) => throw new PlatformNotSupportedException();
        protected Delegate(Type target, string method) => throw new PlatformNotSupportedException();

        public object Target => GetTarget();

        internal virtual object GetTarget() => _target;

        public MethodInfo Method => GetMethodImpl();

        protected virtual MethodInfo GetMethodImpl() => RuntimeMethodInfo.FromDelegate(this);

        public virtual object Clone() => MemberwiseClone();

        public object DynamicInvoke(params object[] args) => DynamicInvokeImpl(args);

        // Each delegate of the invocation list through its method's Invoke (the target bound as
        // the delegate binds it); the last result is returned.
        protected virtual object DynamicInvokeImpl(object[] args) => DynamicInvokeCore(args, BindingFlags.Default);

        internal object DynamicInvokeCore(object[] args, BindingFlags invokeAttr)
        {
            object result = null;
            foreach (Delegate d in GetInvocationList())
            {
                MethodInfo m = d.Method;
                object target = d._target;
                object[] a = args;
                if (target == null && !m.IsStatic)
                {
                    // open instance: the first argument is the target
                    if (args == null || args.Length == 0) throw new TargetParameterCountException("Parameter count mismatch.");
                    target = args[0];
                    a = new object[args.Length - 1];
                    Array.Copy(args, 1, a, 0, a.Length);
                }
                else if (target != null && m.IsStatic)
                {
                    // closed over the first parameter of a static method
                    int n = args == null ? 0 : args.Length;
                    a = new object[n + 1];
                    a[0] = target;
                    if (n > 0) Array.Copy(args, 0, a, 1, n);
                    target = null;
                }
                result = m.Invoke(target, invokeAttr, null, a, null);
            }
            return result;
        }

        public virtual Delegate[] GetInvocationList() => new Delegate[] { this };

        public bool HasSingleTarget => true;

        public override bool Equals(object obj)
        {
            if (obj == null || (object)obj.GetType() != (object)GetType()) return false;
            Delegate d = (Delegate)obj;
            return (object)_target == d._target && _methodPtr == d._methodPtr && _methodPtrAux == d._methodPtrAux;
        }

        public override int GetHashCode() => GetType().GetHashCode();

        public virtual void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) => throw new PlatformNotSupportedException();

        public static bool operator ==(Delegate d1, Delegate d2)
        {
            if (d2 is null) return d1 is null;
            return (object)d1 == d2 || d2.Equals(d1);
        }

        public static bool operator !=(Delegate d1, Delegate d2) => !(d1 == d2);

        public static Delegate Combine(Delegate a, Delegate b)
        {
            if (a is null) return b;
            if (b is null) return a;
            return a.CombineImpl(b);
        }

        public static Delegate Combine(params Delegate[] delegates)
        {
            if (delegates == null || delegates.Length == 0) return null;
            Delegate d = delegates[0];
            for (int i = 1; i < delegates.Length; i++) d = Combine(d, delegates[i]);
            return d;
        }

        public static Delegate Combine(params ReadOnlySpan<Delegate> delegates)
        {
            Delegate d = null;
            for (int i = 0; i < delegates.Length; i++) d = Combine(d, delegates[i]);
            return d;
        }

        protected virtual Delegate CombineImpl(Delegate d) => throw new MulticastNotSupportedException();

        public static Delegate Remove(Delegate source, Delegate value)
        {
            if (source is null) return null;
            if (value is null) return source;
            if ((object)source.GetType() != (object)value.GetType()) throw new ArgumentException("Delegates must be of the same type.");
            return source.RemoveImpl(value);
        }

        public static Delegate RemoveAll(Delegate source, Delegate value)
        {
            Delegate newDelegate;
            do
            {
                newDelegate = source;
                source = Remove(source, value);
            } while (newDelegate != source);
            return newDelegate;
        }

        protected virtual Delegate RemoveImpl(Delegate d) => d.Equals(this) ? null : this;

        public static Delegate CreateDelegate(Type type, MethodInfo method) => CreateDelegate(type, method, true);

        public static Delegate CreateDelegate(Type type, MethodInfo method, bool throwOnBindFailure)
        {
            if (method == null) throw new ArgumentNullException("method");
            if (!(method is RuntimeMethodInfo rm)) throw new ArgumentException("MethodInfo must be a runtime MethodInfo object.", "method");
            try { return rm.CreateDelegate(type); }
            catch (ArgumentException) when (!throwOnBindFailure) { return null; }
        }

        public static Delegate CreateDelegate(Type type, object firstArgument, MethodInfo method)
        {
            if (method == null) throw new ArgumentNullException("method");
            if (!(method is RuntimeMethodInfo rm)) throw new ArgumentException("MethodInfo must be a runtime MethodInfo object.", "method");
            return rm.CreateDelegate(type, firstArgument);
        }

        public static Delegate CreateDelegate(Type type, object target, string method)
        {
            if (target == null) throw new ArgumentNullException("target");
            if (method == null) throw new ArgumentNullException("method");
            MethodInfo m = target.GetType().GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance, null, ParameterTypes(type), null);
            if (m == null) throw new ArgumentException("Cannot bind to the target method because its signature is not compatible with that of the delegate type.");
            return m.CreateDelegate(type, target);
        }

        public static Delegate CreateDelegate(Type type, Type target, string method)
        {
            if (target == null) throw new ArgumentNullException("target");
            if (method == null) throw new ArgumentNullException("method");
            MethodInfo m = target.GetMethod(method, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static, null, ParameterTypes(type), null);
            if (m == null) throw new ArgumentException("Cannot bind to the target method because its signature is not compatible with that of the delegate type.");
            return m.CreateDelegate(type);
        }

        private static Type[] ParameterTypes(Type delegateType)
        {
            if (delegateType == null) throw new ArgumentNullException("type");
            ParameterInfo[] ps = delegateType.GetMethod("Invoke").GetParameters();
            Type[] r = new Type[ps.Length];
            for (int i = 0; i < ps.Length; i++) r[i] = ps[i].ParameterType;
            return r;
        }
    }

    [Serializable]
    public abstract class MulticastDelegate : Delegate
    {
        internal object _invocationList;
        internal IntPtr _invocationCount;

        protected MulticastDelegate(object target, string method) : base(target, method) { }
        protected MulticastDelegate(Type target, string method) : base(target, method) { }

        private int Count => _invocationList == null ? 1 : (int)_invocationCount;

        private Delegate At(int i) => _invocationList == null ? this : ((Delegate[])_invocationList)[i];

        internal override object GetTarget() => _invocationList == null ? _target : ((Delegate[])_invocationList)[(int)_invocationCount - 1].GetTarget();

        // A delegate of this delegate's type, with the given single-cast delegates.
        private MulticastDelegate NewMulticast(Delegate[] list, int count)
        {
            if (count == 0) return null;
            if (count == 1) return (MulticastDelegate)list[0];
            MulticastDelegate r = (MulticastDelegate)MemberwiseClone();
            r._invocationList = list;
            r._invocationCount = (IntPtr)count;
            // The multicast delegate's own target/method are those of the last entry.
            Delegate last = list[count - 1];
            r._target = last._target;
            r._methodPtr = last._methodPtr;
            r._methodPtrAux = last._methodPtrAux;
            return r;
        }

        protected sealed override Delegate CombineImpl(Delegate follow)
        {
            if ((object)follow.GetType() != (object)GetType())
                throw new ArgumentException("Delegates must be of the same type.");
            MulticastDelegate f = (MulticastDelegate)follow;
            int n1 = Count, n2 = f.Count;
            Delegate[] list = new Delegate[n1 + n2];
            for (int i = 0; i < n1; i++) list[i] = At(i);
            for (int i = 0; i < n2; i++) list[n1 + i] = f.At(i);
            return NewMulticast(list, n1 + n2);
        }

        // Removes the last occurrence of value's invocation list as a contiguous run.
        protected sealed override Delegate RemoveImpl(Delegate value)
        {
            MulticastDelegate v = value as MulticastDelegate;
            if (v == null) return this;
            int n = Count, m = v.Count;
            for (int start = n - m; start >= 0; start--)
            {
                bool match = true;
                for (int j = 0; j < m; j++)
                {
                    if (!SingleEquals(At(start + j), v.At(j))) { match = false; break; }
                }
                if (!match) continue;
                int rest = n - m;
                if (rest == 0) return null;
                Delegate[] list = new Delegate[rest];
                for (int i = 0; i < start; i++) list[i] = At(i);
                for (int i = start + m; i < n; i++) list[i - m] = At(i);
                return NewMulticast(list, rest);
            }
            return this;
        }

        private static bool SingleEquals(Delegate a, Delegate b) =>
            (object)a.GetType() == (object)b.GetType() && (object)a._target == b._target &&
            a._methodPtr == b._methodPtr && a._methodPtrAux == b._methodPtrAux;

        public sealed override Delegate[] GetInvocationList()
        {
            int n = Count;
            Delegate[] r = new Delegate[n];
            for (int i = 0; i < n; i++) r[i] = At(i);
            return r;
        }

        public sealed override bool Equals(object obj)
        {
            if (obj == null || (object)obj.GetType() != (object)GetType()) return false;
            MulticastDelegate d = (MulticastDelegate)obj;
            int n = Count;
            if (n != d.Count) return false;
            for (int i = 0; i < n; i++) if (!SingleEquals(At(i), d.At(i))) return false;
            return true;
        }

        public sealed override int GetHashCode() => GetType().GetHashCode();

        public static bool operator ==(MulticastDelegate d1, MulticastDelegate d2)
        {
            if (d2 is null) return d1 is null;
            return (object)d1 == (object)d2 || d2.Equals(d1);
        }

        public static bool operator !=(MulticastDelegate d1, MulticastDelegate d2) => !(d1 == d2);

        public sealed override void GetObjectData(System.Runtime.Serialization.SerializationInfo info, System.Runtime.Serialization.StreamingContext context) => throw new PlatformNotSupportedException();
    }
}
