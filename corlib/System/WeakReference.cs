// WeakReference and WeakReference<T>: a weak GC handle (Weak, or WeakTrackResurrection
// for trackResurrection: true) that the object owns and frees in its finalizer. The
// handle reads null once the collector has found the target dead (a long handle: dead
// and finalized). See GCHandle.cs for the internal calls.
using System.Runtime.InteropServices;

namespace System
{
    public class WeakReference
    {
        // The handle, or zero once the finalizer has freed it.
        private IntPtr _handle;
        private readonly bool _trackResurrection;

        public WeakReference(object target) : this(target, false) { }

        public WeakReference(object target, bool trackResurrection)
        {
            _trackResurrection = trackResurrection;
            _handle = GCHandle.InternalAlloc(target,
                (int)(trackResurrection ? GCHandleType.WeakTrackResurrection : GCHandleType.Weak));
        }

        public virtual bool TrackResurrection => _trackResurrection;

        // The handle (zero once finalized), for GC.GetGeneration(WeakReference).
        internal IntPtr WeakHandle => _handle;

        public virtual bool IsAlive
        {
            get
            {
                IntPtr h = _handle;
                if (h == IntPtr.Zero) return false;
                bool alive = GCHandle.InternalGet(h) != null;
                GC.KeepAlive(this);
                return alive;
            }
        }

        public virtual object Target
        {
            get
            {
                IntPtr h = _handle;
                if (h == IntPtr.Zero) return null;
                object target = GCHandle.InternalGet(h);
                GC.KeepAlive(this);
                return target;
            }
            set
            {
                IntPtr h = _handle;
                if (h == IntPtr.Zero) throw new InvalidOperationException("Handle is not initialized.");
                GCHandle.InternalSet(h, value);
                GC.KeepAlive(this);
            }
        }

        ~WeakReference()
        {
            IntPtr h = _handle;
            if (h != IntPtr.Zero)
            {
                _handle = IntPtr.Zero;
                GCHandle.InternalFree(h);
            }
        }
    }

    public sealed class WeakReference<T> where T : class
    {
        private IntPtr _handle;
        private readonly bool _trackResurrection;

        public WeakReference(T target) : this(target, false) { }

        public WeakReference(T target, bool trackResurrection)
        {
            _trackResurrection = trackResurrection;
            _handle = GCHandle.InternalAlloc(target,
                (int)(trackResurrection ? GCHandleType.WeakTrackResurrection : GCHandleType.Weak));
        }

        public bool TryGetTarget(out T target)
        {
            IntPtr h = _handle;
            T o = h == IntPtr.Zero ? null : (T)GCHandle.InternalGet(h);
            GC.KeepAlive(this);
            target = o;
            return o != null;
        }

        public void SetTarget(T target)
        {
            IntPtr h = _handle;
            if (h == IntPtr.Zero) throw new InvalidOperationException("Handle is not initialized.");
            GCHandle.InternalSet(h, target);
            GC.KeepAlive(this);
        }

        ~WeakReference()
        {
            IntPtr h = _handle;
            if (h != IntPtr.Zero)
            {
                _handle = IntPtr.Zero;
                GCHandle.InternalFree(h);
            }
        }
    }
}
