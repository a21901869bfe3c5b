// Unsafe: the runtime implements these as intrinsics (each is a single IL-level operation).
namespace System.Runtime.CompilerServices
{
    public static unsafe class Unsafe
    {
        // Returns o unchanged, typed as T (no type check).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern T As<T>(object o) where T : class;

        // Reinterprets a reference to TFrom as a reference to TTo (same address).
        public static ref TTo As<TFrom, TTo>(ref TFrom source) => ref AsByRef<TFrom, TTo>(ref source);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ref TTo AsByRef<TFrom, TTo>(ref TFrom source);

        // A managed reference to the T at the given address.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ref T AsRef<T>(void* source);

        // Drops the readonly-ness of a reference (same address).
        public static ref T AsRef<T>(scoped ref readonly T source) => ref AsRefReadOnly<T>(in source);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern ref T AsRefReadOnly<T>(scoped ref readonly T source);

        // The address of the referenced T.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern void* AsPointer<T>(ref readonly T value);

        // source + elementOffset * sizeof(T).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ref T Add<T>(ref T source, int elementOffset);

        public static ref T Add<T>(ref T source, IntPtr elementOffset) => ref AddByteOffset(ref source, elementOffset * SizeOf<T>());
        public static ref T Add<T>(ref T source, UIntPtr elementOffset) => ref AddByteOffset(ref source, (IntPtr)elementOffset * SizeOf<T>());
        public static void* Add<T>(void* source, int elementOffset) => (byte*)source + (IntPtr)elementOffset * SizeOf<T>();

        // source + byteOffset bytes.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ref T AddByteOffset<T>(ref T source, IntPtr byteOffset);

        public static ref T AddByteOffset<T>(ref T source, UIntPtr byteOffset) => ref AddByteOffset(ref source, (IntPtr)byteOffset);

        public static ref T Subtract<T>(ref T source, int elementOffset) => ref Add(ref source, -elementOffset);
        public static ref T Subtract<T>(ref T source, IntPtr elementOffset) => ref AddByteOffset(ref source, -(elementOffset * SizeOf<T>()));
        public static ref T Subtract<T>(ref T source, UIntPtr elementOffset) => ref AddByteOffset(ref source, -((IntPtr)elementOffset * SizeOf<T>()));
        public static void* Subtract<T>(void* source, int elementOffset) => (byte*)source - (IntPtr)elementOffset * SizeOf<T>();
        public static ref T SubtractByteOffset<T>(ref T source, IntPtr byteOffset) => ref AddByteOffset(ref source, -byteOffset);
        public static ref T SubtractByteOffset<T>(ref T source, UIntPtr byteOffset) => ref AddByteOffset(ref source, -(IntPtr)byteOffset);

        // sizeof(T) on the target (for a reference type, the size of a reference).
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern int SizeOf<T>();

        // (byte*)target - (byte*)origin.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern IntPtr ByteOffset<T>(ref readonly T origin, ref readonly T target);

        public static bool AreSame<T>(ref readonly T left, ref readonly T right) => ByteOffset(in left, in right) == 0;
        public static bool IsAddressGreaterThan<T>(ref readonly T left, ref readonly T right) => ByteOffset(in right, in left) > 0;
        public static bool IsAddressLessThan<T>(ref readonly T left, ref readonly T right) => ByteOffset(in right, in left) < 0;
        public static bool IsNullRef<T>(ref readonly T source) => AsPointer(in source) == null;
        public static ref T NullRef<T>() => ref AsRef<T>((void*)null);

        // Unaligned access, byte by byte: correct on every target, whatever its alignment rules.
        public static T ReadUnaligned<T>(void* source)
        {
            T r = default;
            ref byte d = ref As<T, byte>(ref r);
            byte* s = (byte*)source;
            int n = SizeOf<T>();
            for (int i = 0; i < n; i++) Add(ref d, i) = s[i];
            return r;
        }

        public static T ReadUnaligned<T>(scoped ref readonly byte source)
        {
            T r = default;
            ref byte d = ref As<T, byte>(ref r);
            ref byte s = ref AsRef(in source);
            int n = SizeOf<T>();
            for (int i = 0; i < n; i++) Add(ref d, i) = Add(ref s, i);
            return r;
        }

        public static void WriteUnaligned<T>(void* destination, T value)
        {
            ref byte s = ref As<T, byte>(ref value);
            byte* d = (byte*)destination;
            int n = SizeOf<T>();
            for (int i = 0; i < n; i++) d[i] = Add(ref s, i);
        }

        public static void WriteUnaligned<T>(ref byte destination, T value)
        {
            ref byte s = ref As<T, byte>(ref value);
            int n = SizeOf<T>();
            for (int i = 0; i < n; i++) Add(ref destination, i) = Add(ref s, i);
        }

        public static T Read<T>(void* source) => AsRef<T>(source);
        public static void Write<T>(void* destination, T value) { AsRef<T>(destination) = value; }
        public static void Copy<T>(void* destination, ref readonly T source) { AsRef<T>(destination) = source; }
        public static void Copy<T>(ref T destination, void* source) { destination = AsRef<T>(source); }

        public static void SkipInit<T>(out T value) { value = default; }

        // Unboxes without a type check: a reference to the value inside the box.
        [MethodImpl(MethodImplOptions.InternalCall)]
        public static extern ref T Unbox<T>(object box) where T : struct;

        // Reinterprets the bits of a value as another type of the same size.
        public static TTo BitCast<TFrom, TTo>(TFrom source) where TFrom : struct where TTo : struct
        {
            if (SizeOf<TFrom>() != SizeOf<TTo>()) throw new NotSupportedException();
            return ReadUnaligned<TTo>(ref As<TFrom, byte>(ref source));
        }

        public static void CopyBlock(void* destination, void* source, uint byteCount) => Buffer.MemoryCopy(source, destination, byteCount, byteCount);
        public static void CopyBlock(ref byte destination, ref readonly byte source, uint byteCount)
        {
            ref byte s = ref AsRef(in source);
            if (IsAddressGreaterThan(ref destination, ref s))
                for (uint i = byteCount; i > 0; i--) AddByteOffset(ref destination, (IntPtr)(i - 1)) = AddByteOffset(ref s, (IntPtr)(i - 1));
            else
                for (uint i = 0; i < byteCount; i++) AddByteOffset(ref destination, (IntPtr)i) = AddByteOffset(ref s, (IntPtr)i);
        }
        public static void CopyBlockUnaligned(void* destination, void* source, uint byteCount) => CopyBlock(destination, source, byteCount);
        public static void CopyBlockUnaligned(ref byte destination, ref readonly byte source, uint byteCount) => CopyBlock(ref destination, in source, byteCount);

        public static void InitBlock(void* startAddress, byte value, uint byteCount)
        {
            byte* p = (byte*)startAddress;
            for (uint i = 0; i < byteCount; i++) p[i] = value;
        }
        public static void InitBlock(ref byte startAddress, byte value, uint byteCount)
        {
            for (uint i = 0; i < byteCount; i++) AddByteOffset(ref startAddress, (IntPtr)i) = value;
        }
        public static void InitBlockUnaligned(void* startAddress, byte value, uint byteCount) => InitBlock(startAddress, value, byteCount);
        public static void InitBlockUnaligned(ref byte startAddress, byte value, uint byteCount) => InitBlock(ref startAddress, value, byteCount);
    }
}
