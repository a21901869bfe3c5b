namespace System.Buffers.Binary
{
    // Integers and floats read from and written to byte spans in a stated byte order. Values
    // are assembled byte by byte, so the answer does not depend on the host's own order.
    public static class BinaryPrimitives
    {
        // ---- byte-order core: n bytes (1..8) as an unsigned value
        private static ulong Get(ReadOnlySpan<byte> s, int n, bool big)
        {
            if ((uint)s.Length < (uint)n) throw new ArgumentOutOfRangeException("length");
            ulong v = 0;
            for (int i = 0; i < n; i++) v = (v << 8) | s[big ? i : n - 1 - i];
            return v;
        }

        private static void Put(Span<byte> d, ulong v, int n, bool big)
        {
            if ((uint)d.Length < (uint)n) throw new ArgumentOutOfRangeException("length");
            for (int i = n - 1; i >= 0; i--, v >>= 8) d[big ? i : n - 1 - i] = (byte)v;
        }

        private static bool TryGet(ReadOnlySpan<byte> s, int n, bool big, out ulong v)
        {
            if (s.Length < n) { v = 0; return false; }
            v = Get(s, n, big);
            return true;
        }

        private static bool TryPut(Span<byte> d, ulong v, int n, bool big)
        {
            if (d.Length < n) return false;
            Put(d, v, n, big);
            return true;
        }

        private static UInt128 Get128(ReadOnlySpan<byte> s, bool big)
        {
            if (s.Length < 16) throw new ArgumentOutOfRangeException("length");
            ulong first = Get(s, 8, big), second = Get(s.Slice(8), 8, big);
            return big ? new UInt128(first, second) : new UInt128(second, first);
        }

        private static void Put128(Span<byte> d, UInt128 v, bool big)
        {
            if (d.Length < 16) throw new ArgumentOutOfRangeException("length");
            Put(d, big ? v._upper : v._lower, 8, big);
            Put(d.Slice(8), big ? v._lower : v._upper, 8, big);
        }

        // ---- ReverseEndianness
        public static byte ReverseEndianness(byte value) => value;
        public static sbyte ReverseEndianness(sbyte value) => value;
        public static ushort ReverseEndianness(ushort value) => (ushort)((value >> 8) | (value << 8));
        public static short ReverseEndianness(short value) => (short)ReverseEndianness((ushort)value);
        public static char ReverseEndianness(char value) => (char)ReverseEndianness((ushort)value);
        public static uint ReverseEndianness(uint value) =>
            (value >> 24) | ((value >> 8) & 0xFF00u) | ((value << 8) & 0xFF0000u) | (value << 24);
        public static int ReverseEndianness(int value) => (int)ReverseEndianness((uint)value);
        public static ulong ReverseEndianness(ulong value) =>
            ((ulong)ReverseEndianness((uint)value) << 32) | ReverseEndianness((uint)(value >> 32));
        public static long ReverseEndianness(long value) => (long)ReverseEndianness((ulong)value);
        public static nuint ReverseEndianness(nuint value) =>
            IntPtr.Size == 8 ? (nuint)ReverseEndianness((ulong)value) : (nuint)ReverseEndianness((uint)value);
        public static nint ReverseEndianness(nint value) => (nint)ReverseEndianness((nuint)value);
        public static UInt128 ReverseEndianness(UInt128 value) =>
            new UInt128(ReverseEndianness(value._lower), ReverseEndianness(value._upper));
        public static Int128 ReverseEndianness(Int128 value) => (Int128)ReverseEndianness((UInt128)value);

        private static void CheckSpans(int sourceLength, int destinationLength)
        {
            if (destinationLength < sourceLength) throw new ArgumentException("Destination is too short.", "destination");
        }

        public static void ReverseEndianness(ReadOnlySpan<ushort> source, Span<ushort> destination)
        { CheckSpans(source.Length, destination.Length); for (int i = 0; i < source.Length; i++) destination[i] = ReverseEndianness(source[i]); }
        public static void ReverseEndianness(ReadOnlySpan<short> source, Span<short> destination)
        { CheckSpans(source.Length, destination.Length); for (int i = 0; i < source.Length; i++) destination[i] = ReverseEndianness(source[i]); }
        public static void ReverseEndianness(ReadOnlySpan<uint> source, Span<uint> destination)
        { CheckSpans(source.Length, destination.Length); for (int i = 0; i < source.Length; i++) destination[i] = ReverseEndianness(source[i]); }
        public static void ReverseEndianness(ReadOnlySpan<int> source, Span<int> destination)
        { CheckSpans(source.Length, destination.Length); for (int i = 0; i < source.Length; i++) destination[i] = ReverseEndianness(source[i]); }
        public static void ReverseEndianness(ReadOnlySpan<ulong> source, Span<ulong> destination)
        { CheckSpans(source.Length, destination.Length); for (int i = 0; i < source.Length; i++) destination[i] = ReverseEndianness(source[i]); }
        public static void ReverseEndianness(ReadOnlySpan<long> source, Span<long> destination)
        { CheckSpans(source.Length, destination.Length); for (int i = 0; i < source.Length; i++) destination[i] = ReverseEndianness(source[i]); }

        // ---- big endian
        public static short ReadInt16BigEndian(ReadOnlySpan<byte> source) => (short)Get(source, 2, true);
        public static ushort ReadUInt16BigEndian(ReadOnlySpan<byte> source) => (ushort)Get(source, 2, true);
        public static int ReadInt32BigEndian(ReadOnlySpan<byte> source) => (int)Get(source, 4, true);
        public static uint ReadUInt32BigEndian(ReadOnlySpan<byte> source) => (uint)Get(source, 4, true);
        public static long ReadInt64BigEndian(ReadOnlySpan<byte> source) => (long)Get(source, 8, true);
        public static ulong ReadUInt64BigEndian(ReadOnlySpan<byte> source) => Get(source, 8, true);
        public static nint ReadIntPtrBigEndian(ReadOnlySpan<byte> source) => IntPtr.Size == 8 ? (nint)(long)Get(source, 8, true) : (nint)(int)Get(source, 4, true);
        public static nuint ReadUIntPtrBigEndian(ReadOnlySpan<byte> source) => (nuint)Get(source, IntPtr.Size, true);
        public static Int128 ReadInt128BigEndian(ReadOnlySpan<byte> source) => (Int128)Get128(source, true);
        public static UInt128 ReadUInt128BigEndian(ReadOnlySpan<byte> source) => Get128(source, true);
        public static float ReadSingleBigEndian(ReadOnlySpan<byte> source) => BitConverter.Int32BitsToSingle((int)Get(source, 4, true));
        public static double ReadDoubleBigEndian(ReadOnlySpan<byte> source) => BitConverter.Int64BitsToDouble((long)Get(source, 8, true));
        public static Half ReadHalfBigEndian(ReadOnlySpan<byte> source) => BitConverter.UInt16BitsToHalf((ushort)Get(source, 2, true));

        public static void WriteInt16BigEndian(Span<byte> destination, short value) => Put(destination, (ushort)value, 2, true);
        public static void WriteUInt16BigEndian(Span<byte> destination, ushort value) => Put(destination, value, 2, true);
        public static void WriteInt32BigEndian(Span<byte> destination, int value) => Put(destination, (uint)value, 4, true);
        public static void WriteUInt32BigEndian(Span<byte> destination, uint value) => Put(destination, value, 4, true);
        public static void WriteInt64BigEndian(Span<byte> destination, long value) => Put(destination, (ulong)value, 8, true);
        public static void WriteUInt64BigEndian(Span<byte> destination, ulong value) => Put(destination, value, 8, true);
        public static void WriteIntPtrBigEndian(Span<byte> destination, nint value) => Put(destination, (ulong)(long)value, IntPtr.Size, true);
        public static void WriteUIntPtrBigEndian(Span<byte> destination, nuint value) => Put(destination, value, IntPtr.Size, true);
        public static void WriteInt128BigEndian(Span<byte> destination, Int128 value) => Put128(destination, (UInt128)value, true);
        public static void WriteUInt128BigEndian(Span<byte> destination, UInt128 value) => Put128(destination, value, true);
        public static void WriteSingleBigEndian(Span<byte> destination, float value) => Put(destination, (uint)BitConverter.SingleToInt32Bits(value), 4, true);
        public static void WriteDoubleBigEndian(Span<byte> destination, double value) => Put(destination, (ulong)BitConverter.DoubleToInt64Bits(value), 8, true);
        public static void WriteHalfBigEndian(Span<byte> destination, Half value) => Put(destination, BitConverter.HalfToUInt16Bits(value), 2, true);

        public static bool TryReadInt16BigEndian(ReadOnlySpan<byte> source, out short value) { bool ok = TryGet(source, 2, true, out ulong v); value = (short)v; return ok; }
        public static bool TryReadUInt16BigEndian(ReadOnlySpan<byte> source, out ushort value) { bool ok = TryGet(source, 2, true, out ulong v); value = (ushort)v; return ok; }
        public static bool TryReadInt32BigEndian(ReadOnlySpan<byte> source, out int value) { bool ok = TryGet(source, 4, true, out ulong v); value = (int)v; return ok; }
        public static bool TryReadUInt32BigEndian(ReadOnlySpan<byte> source, out uint value) { bool ok = TryGet(source, 4, true, out ulong v); value = (uint)v; return ok; }
        public static bool TryReadInt64BigEndian(ReadOnlySpan<byte> source, out long value) { bool ok = TryGet(source, 8, true, out ulong v); value = (long)v; return ok; }
        public static bool TryReadUInt64BigEndian(ReadOnlySpan<byte> source, out ulong value) => TryGet(source, 8, true, out value);
        public static bool TryReadSingleBigEndian(ReadOnlySpan<byte> source, out float value) { bool ok = TryGet(source, 4, true, out ulong v); value = BitConverter.Int32BitsToSingle((int)v); return ok; }
        public static bool TryReadDoubleBigEndian(ReadOnlySpan<byte> source, out double value) { bool ok = TryGet(source, 8, true, out ulong v); value = BitConverter.Int64BitsToDouble((long)v); return ok; }

        public static bool TryWriteInt16BigEndian(Span<byte> destination, short value) => TryPut(destination, (ushort)value, 2, true);
        public static bool TryWriteUInt16BigEndian(Span<byte> destination, ushort value) => TryPut(destination, value, 2, true);
        public static bool TryWriteInt32BigEndian(Span<byte> destination, int value) => TryPut(destination, (uint)value, 4, true);
        public static bool TryWriteUInt32BigEndian(Span<byte> destination, uint value) => TryPut(destination, value, 4, true);
        public static bool TryWriteInt64BigEndian(Span<byte> destination, long value) => TryPut(destination, (ulong)value, 8, true);
        public static bool TryWriteUInt64BigEndian(Span<byte> destination, ulong value) => TryPut(destination, value, 8, true);
        public static bool TryWriteSingleBigEndian(Span<byte> destination, float value) => TryPut(destination, (uint)BitConverter.SingleToInt32Bits(value), 4, true);
        public static bool TryWriteDoubleBigEndian(Span<byte> destination, double value) => TryPut(destination, (ulong)BitConverter.DoubleToInt64Bits(value), 8, true);

        // ---- little endian
        public static short ReadInt16LittleEndian(ReadOnlySpan<byte> source) => (short)Get(source, 2, false);
        public static ushort ReadUInt16LittleEndian(ReadOnlySpan<byte> source) => (ushort)Get(source, 2, false);
        public static int ReadInt32LittleEndian(ReadOnlySpan<byte> source) => (int)Get(source, 4, false);
        public static uint ReadUInt32LittleEndian(ReadOnlySpan<byte> source) => (uint)Get(source, 4, false);
        public static long ReadInt64LittleEndian(ReadOnlySpan<byte> source) => (long)Get(source, 8, false);
        public static ulong ReadUInt64LittleEndian(ReadOnlySpan<byte> source) => Get(source, 8, false);
        public static nint ReadIntPtrLittleEndian(ReadOnlySpan<byte> source) => IntPtr.Size == 8 ? (nint)(long)Get(source, 8, false) : (nint)(int)Get(source, 4, false);
        public static nuint ReadUIntPtrLittleEndian(ReadOnlySpan<byte> source) => (nuint)Get(source, IntPtr.Size, false);
        public static Int128 ReadInt128LittleEndian(ReadOnlySpan<byte> source) => (Int128)Get128(source, false);
        public static UInt128 ReadUInt128LittleEndian(ReadOnlySpan<byte> source) => Get128(source, false);
        public static float ReadSingleLittleEndian(ReadOnlySpan<byte> source) => BitConverter.Int32BitsToSingle((int)Get(source, 4, false));
        public static double ReadDoubleLittleEndian(ReadOnlySpan<byte> source) => BitConverter.Int64BitsToDouble((long)Get(source, 8, false));
        public static Half ReadHalfLittleEndian(ReadOnlySpan<byte> source) => BitConverter.UInt16BitsToHalf((ushort)Get(source, 2, false));

        public static void WriteInt16LittleEndian(Span<byte> destination, short value) => Put(destination, (ushort)value, 2, false);
        public static void WriteUInt16LittleEndian(Span<byte> destination, ushort value) => Put(destination, value, 2, false);
        public static void WriteInt32LittleEndian(Span<byte> destination, int value) => Put(destination, (uint)value, 4, false);
        public static void WriteUInt32LittleEndian(Span<byte> destination, uint value) => Put(destination, value, 4, false);
        public static void WriteInt64LittleEndian(Span<byte> destination, long value) => Put(destination, (ulong)value, 8, false);
        public static void WriteUInt64LittleEndian(Span<byte> destination, ulong value) => Put(destination, value, 8, false);
        public static void WriteIntPtrLittleEndian(Span<byte> destination, nint value) => Put(destination, (ulong)(long)value, IntPtr.Size, false);
        public static void WriteUIntPtrLittleEndian(Span<byte> destination, nuint value) => Put(destination, value, IntPtr.Size, false);
        public static void WriteInt128LittleEndian(Span<byte> destination, Int128 value) => Put128(destination, (UInt128)value, false);
        public static void WriteUInt128LittleEndian(Span<byte> destination, UInt128 value) => Put128(destination, value, false);
        public static void WriteSingleLittleEndian(Span<byte> destination, float value) => Put(destination, (uint)BitConverter.SingleToInt32Bits(value), 4, false);
        public static void WriteDoubleLittleEndian(Span<byte> destination, double value) => Put(destination, (ulong)BitConverter.DoubleToInt64Bits(value), 8, false);
        public static void WriteHalfLittleEndian(Span<byte> destination, Half value) => Put(destination, BitConverter.HalfToUInt16Bits(value), 2, false);

        public static bool TryReadInt16LittleEndian(ReadOnlySpan<byte> source, out short value) { bool ok = TryGet(source, 2, false, out ulong v); value = (short)v; return ok; }
        public static bool TryReadUInt16LittleEndian(ReadOnlySpan<byte> source, out ushort value) { bool ok = TryGet(source, 2, false, out ulong v); value = (ushort)v; return ok; }
        public static bool TryReadInt32LittleEndian(ReadOnlySpan<byte> source, out int value) { bool ok = TryGet(source, 4, false, out ulong v); value = (int)v; return ok; }
        public static bool TryReadUInt32LittleEndian(ReadOnlySpan<byte> source, out uint value) { bool ok = TryGet(source, 4, false, out ulong v); value = (uint)v; return ok; }
        public static bool TryReadInt64LittleEndian(ReadOnlySpan<byte> source, out long value) { bool ok = TryGet(source, 8, false, out ulong v); value = (long)v; return ok; }
        public static bool TryReadUInt64LittleEndian(ReadOnlySpan<byte> source, out ulong value) => TryGet(source, 8, false, out value);
        public static bool TryReadSingleLittleEndian(ReadOnlySpan<byte> source, out float value) { bool ok = TryGet(source, 4, false, out ulong v); value = BitConverter.Int32BitsToSingle((int)v); return ok; }
        public static bool TryReadDoubleLittleEndian(ReadOnlySpan<byte> source, out double value) { bool ok = TryGet(source, 8, false, out ulong v); value = BitConverter.Int64BitsToDouble((long)v); return ok; }

        public static bool TryWriteInt16LittleEndian(Span<byte> destination, short value) => TryPut(destination, (ushort)value, 2, false);
        public static bool TryWriteUInt16LittleEndian(Span<byte> destination, ushort value) => TryPut(destination, value, 2, false);
        public static bool TryWriteInt32LittleEndian(Span<byte> destination, int value) => TryPut(destination, (uint)value, 4, false);
        public static bool TryWriteUInt32LittleEndian(Span<byte> destination, uint value) => TryPut(destination, value, 4, false);
        public static bool TryWriteInt64LittleEndian(Span<byte> destination, long value) => TryPut(destination, (ulong)value, 8, false);
        public static bool TryWriteUInt64LittleEndian(Span<byte> destination, ulong value) => TryPut(destination, value, 8, false);
        public static bool TryWriteSingleLittleEndian(Span<byte> destination, float value) => TryPut(destination, (uint)BitConverter.SingleToInt32Bits(value), 4, false);
        public static bool TryWriteDoubleLittleEndian(Span<byte> destination, double value) => TryPut(destination, (ulong)BitConverter.DoubleToInt64Bits(value), 8, false);
    }
}
