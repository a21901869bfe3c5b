// GCHandle: a slot outside the managed heap that the collector treats as a root (Normal,
// Pinned) or as a weak reference (Weak, WeakTrackResurrection). The handle is the
// collector's own handle value (src/gc/gc.h), never 0 once allocated; the internal calls
// are in src/vm/icall_gc.c. WeakReference and WeakReference<T> are built on the same calls.
using System.Runtime.CompilerServices;

namespace System.Runtime.InteropServices
{
    // The values are the collector's handle kinds (gc.h: GC_HANDLE_*).
    public enum GCHandleType
    {
        Weak = 0,
        WeakTrackResurrection = 1,
        Normal = 2,
        Pinned = 3,
    }

    public struct GCHandle : IEquatable<GCHandle>
    {
        private IntPtr _handle;

        private GCHandle(IntPtr handle) { _handle = handle; }

        // A new handle of that kind for value (which may be null); OutOfMemoryException
        // when the handle table cannot grow.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern IntPtr InternalAlloc(object value, int type);

        // The target, or null (also for a value that is not an allocated handle).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object InternalGet(IntPtr handle);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void InternalSet(IntPtr handle, object value);

        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern void InternalFree(IntPtr handle);

        // The handle's GCHandleType, or -1 if it is not an allocated handle.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern int InternalKind(IntPtr handle);

        // The address of the target's data (first element, first char, first field);
        // IntPtr.Zero when the target is null. Objects never move: it stays valid while
        // the handle holds the object.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern IntPtr InternalAddrOfPinnedObject(IntPtr handle);

        // Marshal.IsPinnable: null, or an object whose type holds no references.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool IsPinnable(object value);

        public static GCHandle Alloc(object value) => Alloc(value, GCHandleType.Normal);

        public static GCHandle Alloc(object value, GCHandleType type)
        {
            if ((uint)type > (uint)GCHandleType.Pinned)
                throw new ArgumentOutOfRangeException("type", "Enum value was out of legal range.");
            if (type == GCHandleType.Pinned && !IsPinnable(value))
                throw new ArgumentException("Object contains references.", "value");
            return new GCHandle(InternalAlloc(value, (int)type));
        }

        public object Target
        {
            get
            {
                IntPtr handle = _handle;
                ThrowIfInvalid(handle);
                return InternalGet(handle);
            }
            set
            {
                IntPtr handle = _handle;
                ThrowIfInvalid(handle);
                if (InternalKind(handle) == (int)GCHandleType.Pinned && !IsPinnable(value))
                    throw new ArgumentException("Object contains references.", "value");
                InternalSet(handle, value);
            }
        }

        public bool IsAllocated => _handle != IntPtr.Zero;

        public void Free()
        {
            IntPtr handle = _handle;
            _handle = IntPtr.Zero;
            ThrowIfInvalid(handle);
            InternalFree(handle);
        }

        public IntPtr AddrOfPinnedObject()
        {
            IntPtr handle = _handle;
            ThrowIfInvalid(handle);
            if (InternalKind(handle) != (int)GCHandleType.Pinned)
                throw new InvalidOperationException("Handle is not pinned.");
            return InternalAddrOfPinnedObject(handle);
        }

        public static GCHandle FromIntPtr(IntPtr value)
        {
            ThrowIfInvalid(value);
            return new GCHandle(value);
        }

        public static IntPtr ToIntPtr(GCHandle value) => value._handle;

        public static explicit operator GCHandle(IntPtr value) => FromIntPtr(value);
        public static explicit operator IntPtr(GCHandle value) => value._handle;

        public static bool operator ==(GCHandle a, GCHandle b) => a._handle == b._handle;
        public static bool operator !=(GCHandle a, GCHandle b) => a._handle != b._handle;

        public override bool Equals(object o) => o is GCHandle other && _handle == other._handle;
        public bool Equals(GCHandle other) => _handle == other._handle;
        public override int GetHashCode() => _handle.GetHashCode();

        private static void ThrowIfInvalid(IntPtr handle)
        {
            if (handle == IntPtr.Zero)
                throw new InvalidOperationException("Handle is not initialized.");
        }
    }
}
