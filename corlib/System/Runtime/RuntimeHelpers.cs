using System.Runtime.InteropServices;

namespace System.Runtime.CompilerServices
{
    public static unsafe class RuntimeHelpers
    {
        // The C# compiler emits calls to this for array initialisers backed by RVA data.
        public static void InitializeArray(Array array, RuntimeFieldHandle fldHandle)
        {
            if (array == null) throw new ArgumentNullException("array");
            if (fldHandle.Value == IntPtr.Zero) throw new ArgumentException("The field handle is not initialized.", "fldHandle");
            InitializeArrayFromField(array, fldHandle.Value);
        }

        // Copies the RVA data of field 'field' into the elements of 'array' (its element type is a
        // primitive or enum), converting from little-endian to the target's byte order.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void InitializeArrayFromField(Array array, IntPtr field);

        // The C# compiler emits this for ReadOnlySpan<T> of constant data (T a primitive or enum).
        public static ReadOnlySpan<T> CreateSpan<T>(RuntimeFieldHandle fldHandle)
        {
            void* data = GetFieldData(fldHandle.Value, Unsafe.SizeOf<T>(), out int byteCount);
            return new ReadOnlySpan<T>(data, byteCount / Unsafe.SizeOf<T>());
        }

        // The address of field 'field''s RVA data, valid for the life of the process, with elements of
        // 'elementSize' bytes in the target's byte order (a converted copy on big-endian targets); its
        // size in bytes goes to byteCount.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void* GetFieldData(IntPtr field, int elementSize, out int byteCount);

        // An identity hash code for the object, stable for its lifetime (0 for null).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int GetHashCode(object o);

        public static new bool Equals(object o1, object o2)
        {
            if ((object)o1 == o2) return true;
            if (o1 == null || o2 == null) return false;
            if ((object)o1.GetType() != (object)o2.GetType() || !o1.GetType().IsValueType) return false;
            return o1.Equals(o2);
        }

        // Whether T is a reference type or a value type with reference fields (at any depth).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern bool IsReferenceOrContainsReferences<T>();

        // The byte offset of String._firstChar from an object reference to the string.
        public static extern int OffsetToStringData
        {
            [MethodImpl(MethodImplOptions.InternalCall)]
            get;
        }

        public static void RunClassConstructor(RuntimeTypeHandle type) => RunClassConstructorCore(type.Value);

        // Runs the type's static constructor if it has not run yet.
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void RunClassConstructorCore(IntPtr type);

        public static void EnsureSufficientExecutionStack() { }
        public static bool TryEnsureSufficientExecutionStack() => true;
        public static void PrepareMethod(RuntimeMethodHandle method) { }
        public static void PrepareDelegate(Delegate d) { }
        public static void ProbeForSufficientStack() { }

        public static object GetObjectValue(object obj)
        {
            if (obj == null || !obj.GetType().IsValueType) return obj;
            return obj.CloneInternal();
        }

        public static T[] GetSubArray<T>(T[] array, Range range)
        {
            if (array == null) throw new ArgumentNullException("array");
            (int offset, int length) = range.GetOffsetAndLength(array.Length);
            T[] dest = new T[length];
            Array.Copy(array, offset, dest, 0, length);
            return dest;
        }

        public static object GetUninitializedObject(Type type)
        {
            if (type == null) throw new ArgumentNullException("type");
            return Activator.CreateUninitialized(type);
        }

        // ---- support for ValueType.Equals (see ICALLS.md)

        // Whether two boxes of this value's type are equal exactly when their bytes are equal: no
        // reference fields, no float/double fields, no padding, and no field type overrides Equals.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool CanCompareBits(object boxedValue);

        // Compares the value bytes of two boxes of the same value type.
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern bool BitwiseEquals(object left, object right);

        // The instance fields of a boxed value type in declaration order, each boxed (references as they are).
        [MethodImpl(MethodImplOptions.InternalCall)]
        internal static extern object[] GetBoxedFields(object boxedValue);
    }

}

namespace System.Runtime.InteropServices
{
    using System.Runtime.CompilerServices;

    public static unsafe class MemoryMarshal
    {
        // A reference to element 0 of the array (or where it would be, for an empty array); no type check.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ref T GetArrayDataReference<T>(T[] array);

        public static ref byte GetArrayDataReference(Array array) => ref GetRawArrayData(array);

        // A reference to the first byte of the array's elements (any rank, any element type).
        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ref byte GetRawArrayData(Array array);

#pragma warning disable CS9088 // the span refers to the caller's location, as .NET's does
        public static Span<T> CreateSpan<T>(scoped ref T reference, int length) => new Span<T>(ref reference, length, 0);
        public static ReadOnlySpan<T> CreateReadOnlySpan<T>(scoped ref readonly T reference, int length) => new ReadOnlySpan<T>(ref Unsafe.AsRef(in reference), length, 0);
#pragma warning restore CS9088

        public static ref T GetReference<T>(Span<T> span) => ref span._reference;
        public static ref T GetReference<T>(ReadOnlySpan<T> span) => ref span._reference;

        public static Span<TTo> Cast<TFrom, TTo>(Span<TFrom> span) where TFrom : struct where TTo : struct
        {
            long bytes = (long)span.Length * Unsafe.SizeOf<TFrom>();
            return new Span<TTo>(ref Unsafe.As<TFrom, TTo>(ref span._reference), checked((int)(bytes / Unsafe.SizeOf<TTo>())), 0);
        }

        public static ReadOnlySpan<TTo> Cast<TFrom, TTo>(ReadOnlySpan<TFrom> span) where TFrom : struct where TTo : struct
        {
            long bytes = (long)span.Length * Unsafe.SizeOf<TFrom>();
            return new ReadOnlySpan<TTo>(ref Unsafe.As<TFrom, TTo>(ref span._reference), checked((int)(bytes / Unsafe.SizeOf<TTo>())), 0);
        }

        public static Span<byte> AsBytes<T>(Span<T> span) where T : struct => Cast<T, byte>(span);
        public static ReadOnlySpan<byte> AsBytes<T>(ReadOnlySpan<T> span) where T : struct => Cast<T, byte>(span);

        public static T Read<T>(ReadOnlySpan<byte> source) where T : struct
        {
            if (Unsafe.SizeOf<T>() > source.Length) throw new ArgumentOutOfRangeException("length");
            return Unsafe.ReadUnaligned<T>(ref source._reference);
        }

        public static bool TryRead<T>(ReadOnlySpan<byte> source, out T value) where T : struct
        {
            if (Unsafe.SizeOf<T>() > source.Length) { value = default; return false; }
            value = Unsafe.ReadUnaligned<T>(ref source._reference);
            return true;
        }

        public static void Write<T>(Span<byte> destination, in T value) where T : struct
        {
            if (Unsafe.SizeOf<T>() > destination.Length) throw new ArgumentOutOfRangeException("length");
            Unsafe.WriteUnaligned(ref destination._reference, value);
        }

        public static bool TryWrite<T>(Span<byte> destination, in T value) where T : struct
        {
            if (Unsafe.SizeOf<T>() > destination.Length) return false;
            Unsafe.WriteUnaligned(ref destination._reference, value);
            return true;
        }

        public static ref T AsRef<T>(Span<byte> span) where T : struct => ref Unsafe.As<byte, T>(ref span._reference);
        public static ref readonly T AsRef<T>(ReadOnlySpan<byte> span) where T : struct => ref Unsafe.As<byte, T>(ref span._reference);

        public static ReadOnlySpan<char> CreateReadOnlySpanFromNullTerminated(char* value)
        {
            if (value == null) return default;
            int n = 0;
            while (value[n] != 0) n++;
            return new ReadOnlySpan<char>(value, n);
        }

        public static ReadOnlySpan<byte> CreateReadOnlySpanFromNullTerminated(byte* value)
        {
            if (value == null) return default;
            int n = 0;
            while (value[n] != 0) n++;
            return new ReadOnlySpan<byte>(value, n);
        }
    }
}
