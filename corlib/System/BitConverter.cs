using System.Runtime.CompilerServices;

namespace System
{
    public static unsafe class BitConverter
    {
        public static short HalfToInt16Bits(Half value) => (short)value._value;
        public static ushort HalfToUInt16Bits(Half value) => value._value;
        public static Half Int16BitsToHalf(short value) => new Half((ushort)value);
        public static Half UInt16BitsToHalf(ushort value) => new Half(value);
        public static byte[] GetBytes(Half value) => GetBytes(value._value);
        public static Half ToHalf(byte[] value, int startIndex) => new Half(ToUInt16(value, startIndex));

        public static readonly bool IsLittleEndian = ComputeIsLittleEndian();

        private static bool ComputeIsLittleEndian()
        {
            int one = 1;
            return *(byte*)&one == 1;
        }

        public static long DoubleToInt64Bits(double value) => *(long*)&value;
        public static double Int64BitsToDouble(long value) => *(double*)&value;
        public static ulong DoubleToUInt64Bits(double value) => *(ulong*)&value;
        public static double UInt64BitsToDouble(ulong value) => *(double*)&value;
        public static int SingleToInt32Bits(float value) => *(int*)&value;
        public static float Int32BitsToSingle(int value) => *(float*)&value;
        public static uint SingleToUInt32Bits(float value) => *(uint*)&value;
        public static float UInt32BitsToSingle(uint value) => *(float*)&value;

        private static byte[] Bytes(void* p, int n)
        {
            byte[] r = new byte[n];
            for (int i = 0; i < n; i++) r[i] = ((byte*)p)[i];
            return r;
        }

        public static byte[] GetBytes(bool value) => new byte[] { value ? (byte)1 : (byte)0 };
        public static byte[] GetBytes(char value) => Bytes(&value, 2);
        public static byte[] GetBytes(short value) => Bytes(&value, 2);
        public static byte[] GetBytes(int value) => Bytes(&value, 4);
        public static byte[] GetBytes(long value) => Bytes(&value, 8);
        public static byte[] GetBytes(ushort value) => Bytes(&value, 2);
        public static byte[] GetBytes(uint value) => Bytes(&value, 4);
        public static byte[] GetBytes(ulong value) => Bytes(&value, 8);
        public static byte[] GetBytes(float value) => Bytes(&value, 4);
        public static byte[] GetBytes(double value) => Bytes(&value, 8);

        private static void Check(byte[] value, int startIndex, int size)
        {
            if (value == null) throw new ArgumentNullException("value");
            if ((uint)startIndex >= (uint)value.Length) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (startIndex > value.Length - size) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.", "value");
        }

        private static T Read<T>(byte[] value, int startIndex) where T : unmanaged
        {
            Check(value, startIndex, sizeof(T));
            T r;
            byte* d = (byte*)&r;
            for (int i = 0; i < sizeof(T); i++) d[i] = value[startIndex + i];
            return r;
        }

        public static bool ToBoolean(byte[] value, int startIndex) { Check(value, startIndex, 1); return value[startIndex] != 0; }
        public static char ToChar(byte[] value, int startIndex) => Read<char>(value, startIndex);
        public static short ToInt16(byte[] value, int startIndex) => Read<short>(value, startIndex);
        public static int ToInt32(byte[] value, int startIndex) => Read<int>(value, startIndex);
        public static long ToInt64(byte[] value, int startIndex) => Read<long>(value, startIndex);
        public static ushort ToUInt16(byte[] value, int startIndex) => Read<ushort>(value, startIndex);
        public static uint ToUInt32(byte[] value, int startIndex) => Read<uint>(value, startIndex);
        public static ulong ToUInt64(byte[] value, int startIndex) => Read<ulong>(value, startIndex);
        public static float ToSingle(byte[] value, int startIndex) => Read<float>(value, startIndex);
        public static double ToDouble(byte[] value, int startIndex) => Read<double>(value, startIndex);


        // Spans: the bytes in this machine's order, as the array forms.
        private static T ReadSpan<T>(ReadOnlySpan<byte> value) where T : struct
        {
            if (value.Length < Unsafe.SizeOf<T>()) throw new ArgumentOutOfRangeException("value");
            return System.Runtime.InteropServices.MemoryMarshal.Read<T>(value);
        }

        public static bool ToBoolean(ReadOnlySpan<byte> value) => ReadSpan<byte>(value) != 0;
        public static char ToChar(ReadOnlySpan<byte> value) => ReadSpan<char>(value);
        public static short ToInt16(ReadOnlySpan<byte> value) => ReadSpan<short>(value);
        public static int ToInt32(ReadOnlySpan<byte> value) => ReadSpan<int>(value);
        public static long ToInt64(ReadOnlySpan<byte> value) => ReadSpan<long>(value);
        public static ushort ToUInt16(ReadOnlySpan<byte> value) => ReadSpan<ushort>(value);
        public static uint ToUInt32(ReadOnlySpan<byte> value) => ReadSpan<uint>(value);
        public static ulong ToUInt64(ReadOnlySpan<byte> value) => ReadSpan<ulong>(value);
        public static Half ToHalf(ReadOnlySpan<byte> value) => ReadSpan<Half>(value);
        public static float ToSingle(ReadOnlySpan<byte> value) => ReadSpan<float>(value);
        public static double ToDouble(ReadOnlySpan<byte> value) => ReadSpan<double>(value);

        public static bool TryWriteBytes(Span<byte> destination, bool value) => System.Runtime.InteropServices.MemoryMarshal.TryWrite(destination, value ? (byte)1 : (byte)0);
        public static bool TryWriteBytes(Span<byte> destination, char value) => System.Runtime.InteropServices.MemoryMarshal.TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, short value) => System.Runtime.InteropServices.MemoryMarshal.TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, int value) => System.Runtime.InteropServices.MemoryMarshal.TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, long value) => System.Runtime.InteropServices.MemoryMarshal.TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, ushort value) => System.Runtime.InteropServices.MemoryMarshal.TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, uint value) => System.Runtime.InteropServices.MemoryMarshal.TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, ulong value) => System.Runtime.InteropServices.MemoryMarshal.TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, Half value) => System.Runtime.InteropServices.MemoryMarshal.TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, float value) => System.Runtime.InteropServices.MemoryMarshal.TryWrite(destination, value);
        public static bool TryWriteBytes(Span<byte> destination, double value) => System.Runtime.InteropServices.MemoryMarshal.TryWrite(destination, value);

        // A 128-bit integer's bytes are one 16-byte number in this machine's order.
        public static byte[] GetBytes(Int128 value) => GetBytes((UInt128)value);
        public static byte[] GetBytes(UInt128 value)
        {
            byte[] r = new byte[16];
            TryWriteBytes(r, value);
            return r;
        }
        public static Int128 ToInt128(byte[] value, int startIndex) => (Int128)ToUInt128(value, startIndex);
        public static UInt128 ToUInt128(byte[] value, int startIndex)
        {
            Check(value, startIndex, 16);
            return ToUInt128(new ReadOnlySpan<byte>(value, startIndex, 16));
        }
        public static Int128 ToInt128(ReadOnlySpan<byte> value) => (Int128)ToUInt128(value);
        public static UInt128 ToUInt128(ReadOnlySpan<byte> value)
        {
            ulong a = ToUInt64(value), b = ToUInt64(value.Slice(8));
            return IsLittleEndian ? new UInt128(b, a) : new UInt128(a, b);
        }
        public static bool TryWriteBytes(Span<byte> destination, Int128 value) => TryWriteBytes(destination, (UInt128)value);
        public static bool TryWriteBytes(Span<byte> destination, UInt128 value)
        {
            if (destination.Length < 16) return false;
            ulong lo = (ulong)value, hi = (ulong)(value >> 64);
            TryWriteBytes(destination, IsLittleEndian ? lo : hi);
            TryWriteBytes(destination.Slice(8), IsLittleEndian ? hi : lo);
            return true;
        }

        public static string ToString(byte[] value)
        {
            if (value == null) throw new ArgumentNullException("value");
            return ToString(value, 0, value.Length);
        }

        public static string ToString(byte[] value, int startIndex)
        {
            if (value == null) throw new ArgumentNullException("value");
            return ToString(value, startIndex, value.Length - startIndex);
        }

        public static string ToString(byte[] value, int startIndex, int length)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (startIndex < 0 || (startIndex >= value.Length && startIndex > 0)) throw new ArgumentOutOfRangeException("startIndex", "Index was out of range. Must be non-negative and less than the size of the collection.");
            if (length < 0) throw new ArgumentOutOfRangeException("length", "Value must be positive.");
            if (startIndex > value.Length - length) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.", "value");
            if (length == 0) return string.Empty;
            char[] c = new char[length * 3 - 1];
            const string hex = "0123456789ABCDEF";
            for (int i = 0; i < length; i++)
            {
                byte b = value[startIndex + i];
                c[i * 3] = hex[b >> 4];
                c[i * 3 + 1] = hex[b & 15];
                if (i + 1 < length) c[i * 3 + 2] = '-';
            }
            return new string(c);
        }
    }

    public static unsafe class Buffer
    {
        public static void BlockCopy(Array src, int srcOffset, Array dst, int dstOffset, int count)
        {
            if (src == null) throw new ArgumentNullException("src");
            if (dst == null) throw new ArgumentNullException("dst");
            int srcLen = ByteLength(src), dstLen = ByteLength(dst);
            if (srcOffset < 0) throw new ArgumentOutOfRangeException("srcOffset", "Non-negative number required.");
            if (dstOffset < 0) throw new ArgumentOutOfRangeException("dstOffset", "Non-negative number required.");
            if (count < 0) throw new ArgumentOutOfRangeException("count", "Non-negative number required.");
            if (srcLen - srcOffset < count || dstLen - dstOffset < count)
                throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            ref byte s = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(src);
            ref byte d = ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(dst);
            Unsafe.CopyBlock(ref Unsafe.Add(ref d, dstOffset), in Unsafe.Add(ref s, srcOffset), (uint)count);
        }

        public static int ByteLength(Array array)
        {
            if (array == null) throw new ArgumentNullException("array");
            Type et = array.GetType().GetElementType();
            if (!et.IsPrimitive) throw new ArgumentException("Object must be an array of primitives.", "array");
            return array.Length * Array.GetElementSize(array);
        }

        public static byte GetByte(Array array, int index)
        {
            if ((uint)index >= (uint)ByteLength(array)) throw new ArgumentOutOfRangeException("index");
            return Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(array), index);
        }

        public static void SetByte(Array array, int index, byte value)
        {
            if ((uint)index >= (uint)ByteLength(array)) throw new ArgumentOutOfRangeException("index");
            Unsafe.Add(ref System.Runtime.InteropServices.MemoryMarshal.GetArrayDataReference(array), index) = value;
        }

        public static void MemoryCopy(void* source, void* destination, long destinationSizeInBytes, long sourceBytesToCopy)
        {
            if (sourceBytesToCopy > destinationSizeInBytes) throw new ArgumentOutOfRangeException("sourceBytesToCopy", "The number of bytes to copy is larger than the destination size.");
            Memmove((byte*)destination, (byte*)source, (ulong)sourceBytesToCopy);
        }

        public static void MemoryCopy(void* source, void* destination, ulong destinationSizeInBytes, ulong sourceBytesToCopy)
        {
            if (sourceBytesToCopy > destinationSizeInBytes) throw new ArgumentOutOfRangeException("sourceBytesToCopy", "The number of bytes to copy is larger than the destination size.");
            Memmove((byte*)destination, (byte*)source, sourceBytesToCopy);
        }

        internal static void Memmove(byte* dest, byte* src, ulong len)
        {
            if (dest == src || len == 0) return;
            if (dest > src && dest < src + len)
            {
                for (ulong i = len; i > 0; i--) dest[i - 1] = src[i - 1];
            }
            else
            {
                for (ulong i = 0; i < len; i++) dest[i] = src[i];
            }
        }
    }
}

namespace System.Numerics
{
    public static class BitOperations
    {
        public static bool IsPow2(int value) => (value & (value - 1)) == 0 && value > 0;
        public static bool IsPow2(uint value) => (value & (value - 1)) == 0 && value != 0;
        public static bool IsPow2(long value) => (value & (value - 1)) == 0 && value > 0;
        public static bool IsPow2(ulong value) => (value & (value - 1)) == 0 && value != 0;
        public static bool IsPow2(IntPtr value) => (value & (value - 1)) == 0 && value > 0;
        public static bool IsPow2(UIntPtr value) => (value & (value - 1)) == 0 && value != 0;

        public static uint RoundUpToPowerOf2(uint value)
        {
            --value;
            value |= value >> 1; value |= value >> 2; value |= value >> 4; value |= value >> 8; value |= value >> 16;
            return value + 1;
        }

        public static ulong RoundUpToPowerOf2(ulong value)
        {
            --value;
            value |= value >> 1; value |= value >> 2; value |= value >> 4; value |= value >> 8; value |= value >> 16; value |= value >> 32;
            return value + 1;
        }

        public static int LeadingZeroCount(uint value)
        {
            if (value == 0) return 32;
            int n = 0;
            while ((value & 0x80000000u) == 0) { n++; value <<= 1; }
            return n;
        }

        public static int LeadingZeroCount(ulong value)
        {
            uint hi = (uint)(value >> 32);
            return hi == 0 ? 32 + LeadingZeroCount((uint)value) : LeadingZeroCount(hi);
        }

        public static int LeadingZeroCount(UIntPtr value) => UIntPtr.Size == 8 ? LeadingZeroCount((ulong)value) : LeadingZeroCount((uint)value);

        public static int Log2(uint value) => 31 ^ LeadingZeroCount(value | 1);
        public static int Log2(ulong value) => 63 ^ LeadingZeroCount(value | 1);
        public static int Log2(UIntPtr value) => UIntPtr.Size == 8 ? Log2((ulong)value) : Log2((uint)value);

        public static int PopCount(uint value)
        {
            value -= (value >> 1) & 0x55555555u;
            value = (value & 0x33333333u) + ((value >> 2) & 0x33333333u);
            value = (value + (value >> 4)) & 0x0F0F0F0Fu;
            return (int)((value * 0x01010101u) >> 24);
        }

        public static int PopCount(ulong value) => PopCount((uint)value) + PopCount((uint)(value >> 32));
        public static int PopCount(UIntPtr value) => UIntPtr.Size == 8 ? PopCount((ulong)value) : PopCount((uint)value);

        public static int TrailingZeroCount(int value) => TrailingZeroCount((uint)value);
        public static int TrailingZeroCount(uint value)
        {
            if (value == 0) return 32;
            int n = 0;
            while ((value & 1) == 0) { n++; value >>= 1; }
            return n;
        }
        public static int TrailingZeroCount(long value) => TrailingZeroCount((ulong)value);
        public static int TrailingZeroCount(ulong value)
        {
            uint lo = (uint)value;
            return lo == 0 ? 32 + TrailingZeroCount((uint)(value >> 32)) : TrailingZeroCount(lo);
        }
        public static int TrailingZeroCount(IntPtr value) => IntPtr.Size == 8 ? TrailingZeroCount((long)value) : TrailingZeroCount((int)value);
        public static int TrailingZeroCount(UIntPtr value) => UIntPtr.Size == 8 ? TrailingZeroCount((ulong)value) : TrailingZeroCount((uint)value);

        public static uint RotateLeft(uint value, int offset) => (value << offset) | (value >> (32 - offset));
        public static ulong RotateLeft(ulong value, int offset) => (value << offset) | (value >> (64 - offset));
        public static uint RotateRight(uint value, int offset) => (value >> offset) | (value << (32 - offset));
        public static ulong RotateRight(ulong value, int offset) => (value >> offset) | (value << (64 - offset));
    }
}
