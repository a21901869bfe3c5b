// BitConverter (bytes of every primitive, little-endian on every target, and back; bits of
// double/float/half; ToString forms) and Convert (bases, Base64, ChangeType, ToBoolean,
// rounding of ToInt32(double) to even, overflow and format errors).
using System;
using System.Globalization;
using System.Text;

class Program
{
    static string T(Func<object> f)
    {
        try { return Convert.ToString(f(), CultureInfo.InvariantCulture); }
        catch (Exception e) { return e.GetType().Name; }
    }

    static string Hex(byte[] b) => BitConverter.ToString(b);

    // GetBytes gives this machine's byte order: shown little-endian, so that every target
    // prints the same (big-endian ones reverse).
    static string LE(byte[] b)
    {
        byte[] c = (byte[])b.Clone();
        if (!BitConverter.IsLittleEndian) Array.Reverse(c);
        return BitConverter.ToString(c);
    }

    // The little-endian bytes src[i..i+n) in this machine's order, for the To* readers.
    static byte[] M(byte[] src, int i, int n)
    {
        byte[] c = (byte[])src.Clone();
        if (!BitConverter.IsLittleEndian && i >= 0 && i + n <= c.Length) Array.Reverse(c, i, n);
        return c;
    }

    static int Main()
    {
        var inv = CultureInfo.InvariantCulture;

        Console.WriteLine(LE(BitConverter.GetBytes(true)) + " " + LE(BitConverter.GetBytes('A')) + " " + LE(BitConverter.GetBytes('\u20AC')) + " " + LE(BitConverter.GetBytes((short)-2)) + " " + LE(BitConverter.GetBytes((ushort)0xABCD)));
        Console.WriteLine(LE(BitConverter.GetBytes(0x12345678)) + " " + LE(BitConverter.GetBytes(-1)) + " " + LE(BitConverter.GetBytes(0xDEADBEEFu)) + " " + LE(BitConverter.GetBytes(0x0102030405060708L)) + " " + LE(BitConverter.GetBytes(ulong.MaxValue - 1)));
        Console.WriteLine(LE(BitConverter.GetBytes(1.0)) + " " + LE(BitConverter.GetBytes(-0.0)) + " " + LE(BitConverter.GetBytes(double.NaN)) + " " + LE(BitConverter.GetBytes(1.5f)) + " " + LE(BitConverter.GetBytes(float.NegativeInfinity)) + " " + LE(BitConverter.GetBytes((Half)1.5)));
        byte[] bytes = { 0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08, 0x09, 0xFF, 0x80, 0x7F, 0x00, 0x10, 0xF0, 0x3F };
        Console.WriteLine(BitConverter.ToInt16(M(bytes, 0, 2), 0) + " " + BitConverter.ToUInt16(M(bytes, 9, 2), 9) + " " + BitConverter.ToInt32(M(bytes, 0, 4), 0) + " " + BitConverter.ToInt32(M(bytes, 9, 4), 9) + " " + BitConverter.ToUInt32(M(bytes, 8, 4), 8) + " " + BitConverter.ToInt64(M(bytes, 0, 8), 0) + " " + BitConverter.ToUInt64(M(bytes, 8, 8), 8));
        Console.WriteLine(BitConverter.ToDouble(M(bytes, 8, 8), 8).ToString("R", inv) + " " + BitConverter.ToSingle(M(bytes, 12, 4), 12).ToString("R", inv) + " " + BitConverter.ToChar(M(bytes, 0, 2), 0) + " " + BitConverter.ToBoolean(M(bytes, 12, 1), 12) + " " + BitConverter.ToBoolean(M(bytes, 13, 1), 13) + " " + BitConverter.ToHalf(M(bytes, 14, 2), 14));
        Console.WriteLine(BitConverter.ToString(bytes) + " | " + BitConverter.ToString(bytes, 4) + " | " + BitConverter.ToString(bytes, 2, 3) + " | [" + BitConverter.ToString(new byte[0]) + "]");
        Console.WriteLine(T(() => BitConverter.ToInt32(bytes, 13)) + " " + T(() => BitConverter.ToInt32(bytes, -1)) + " " + T(() => BitConverter.ToInt64(null, 0)) + " " + T(() => BitConverter.ToString(bytes, 17)) + " " + T(() => BitConverter.ToString(bytes, 10, 7)) + " " + T(() => BitConverter.ToBoolean(bytes, 16)));
        Console.WriteLine(BitConverter.DoubleToInt64Bits(-2.5) + " " + BitConverter.Int64BitsToDouble(0x3FF8000000000000) + " " + BitConverter.SingleToInt32Bits(0.1f) + " " + BitConverter.Int32BitsToSingle(0x3F800001).ToString("R", inv) + " " + BitConverter.DoubleToUInt64Bits(double.NegativeInfinity).ToString("X") + " " + BitConverter.SingleToUInt32Bits(-0f).ToString("X") + " " + BitConverter.HalfToInt16Bits((Half)(-2)) + " " + BitConverter.Int16BitsToHalf(0x3C00) + " " + BitConverter.UInt32BitsToSingle(0x7F800000u));
        Span<byte> span = stackalloc byte[8];
        Console.WriteLine(BitConverter.TryWriteBytes(span, 0x1122334455667788L) + " " + LE(span.ToArray()) + " " + BitConverter.ToInt64(span) + " " + BitConverter.TryWriteBytes(span.Slice(6), 5) + " " + BitConverter.TryWriteBytes(span.Slice(4), 0x01020304) + " " + BitConverter.ToUInt32(span.Slice(4)) + " " + LE(BitConverter.GetBytes((Int128)(-2))) + " " + LE(BitConverter.GetBytes(UInt128.MaxValue / 3)) + " " + (BitConverter.ToUInt128(BitConverter.GetBytes(UInt128.MaxValue / 3), 0) == UInt128.MaxValue / 3));

        // Convert: integer text in bases 2, 8, 10, 16 and back
        foreach (long v in new long[] { 0, 1, -1, 255, -256, 32767, int.MaxValue, int.MinValue, long.MaxValue, long.MinValue })
        {
            var sb = new StringBuilder("base " + v + ":");
            foreach (int b in new[] { 2, 8, 10, 16 })
            {
                string s64 = Convert.ToString(v, b);
                sb.Append(' ').Append(s64).Append('/').Append(T(() => Convert.ToInt64(s64, b)));
                if (v >= int.MinValue && v <= int.MaxValue) sb.Append('/').Append(Convert.ToString((int)v, b)).Append('/').Append(T(() => Convert.ToInt32(Convert.ToString((int)v, b), b)));
                if (v >= short.MinValue && v <= short.MaxValue) sb.Append('/').Append(Convert.ToString((short)v, b));
                if (v >= 0 && v <= 255) sb.Append('/').Append(Convert.ToString((byte)v, b));
            }
            Console.WriteLine(sb.ToString());
        }
        foreach (string s in new[] { "0x1F", "0X1f", "1f", "-1", "FFFFFFFF", "80000000", "100000000", "", " 1", "1 ", "+1", "g", "7fffffff" })
            Console.WriteLine("[" + s + "] hex32 " + T(() => Convert.ToInt32(s, 16)) + " hex64 " + T(() => Convert.ToInt64(s, 16)) + " u32 " + T(() => Convert.ToUInt32(s, 16)) + " b8 " + T(() => Convert.ToByte(s, 16)) + " s16 " + T(() => Convert.ToInt16(s, 16)) + " oct " + T(() => Convert.ToInt32(s, 8)) + " bin " + T(() => Convert.ToInt32(s, 2)) + " dec " + T(() => Convert.ToInt32(s, 10)));
        Console.WriteLine(T(() => Convert.ToInt32("12", 3)) + " " + T(() => Convert.ToString(5L, 7)) + " " + T(() => Convert.ToInt32((string)null, 16)) + " " + T(() => Convert.ToSByte("80", 16)) + " " + T(() => Convert.ToSByte("-80", 16)) + " " + T(() => Convert.ToUInt64("FFFFFFFFFFFFFFFF", 16)) + " " + T(() => Convert.ToUInt16("10000", 16)));

        // rounding: to even at .5, overflow, NaN
        foreach (double d in new[] { 0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2147483647.4, 2147483647.5, -2147483648.5, -2147483649.0, double.NaN, 1e10, 255.5, 256.5, -0.6 })
            Console.WriteLine(d.ToString("R", inv) + " int " + T(() => Convert.ToInt32(d)) + " long " + T(() => Convert.ToInt64(d)) + " byte " + T(() => Convert.ToByte(d)) + " sbyte " + T(() => Convert.ToSByte(d)) + " uint " + T(() => Convert.ToUInt32(d)) + " short " + T(() => Convert.ToInt16(d)) + " ulong " + T(() => Convert.ToUInt64(d)) + " float->int " + T(() => Convert.ToInt32((float)d)) + " dec->int " + T(() => Convert.ToInt32((decimal)(double.IsNaN(d) ? 0 : d))) + " bool " + Convert.ToBoolean(d) + " cast " + T(() => checked((int)d)));

        // Base64
        foreach (string s in new[] { "", "f", "fo", "foo", "foob", "fooba", "foobar", "\u00FF\u00FE\u0000\u0001" })
        {
            byte[] b = Encoding.Latin1.GetBytes(s);
            string e = Convert.ToBase64String(b);
            Console.WriteLine("[" + e + "] " + Hex(Convert.FromBase64String(e)) + " " + Convert.ToBase64String(b, 0, b.Length / 2) + " " + Convert.ToHexString(b) + " " + Convert.ToHexString(b).ToLowerInvariant() + " " + Hex(Convert.FromHexString(Convert.ToHexString(b))));
        }
        byte[] big = new byte[100];
        for (int i = 0; i < big.Length; i++) big[i] = (byte)(i * 7 + 3);
        Console.WriteLine(Convert.ToBase64String(big, Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "|"));
        Console.WriteLine(Convert.ToBase64String(big));
        foreach (string s in new[] { "Zm9v", "Zm9vYg==", "Zm9vYg=", "Zm9vYg", " Zm9v YmFy ", "Zm9v\r\nYmFy", "Zm=9v", "Z", "Zm9vYg===", "====", "", "Zg==Zg==", "Zh==", "Zm9\u00E9" })
            Console.WriteLine("[" + s.Replace("\r\n", "|") + "] " + T(() => Hex(Convert.FromBase64String(s))) + " " + T(() => Hex(Convert.FromBase64CharArray(s.ToCharArray(), 0, s.Length))));
        char[] outChars = new char[20];
        Console.WriteLine(Convert.ToBase64CharArray(new byte[] { 1, 2, 3, 4 }, 0, 4, outChars, 2) + " " + new string(outChars, 2, 8) + " " + T(() => Hex(Convert.FromHexString("0g"))) + " " + T(() => Hex(Convert.FromHexString("abc"))) + " " + Hex(Convert.FromHexString("aBcD")));

        // ChangeType, ToBoolean, ToString, ToChar and friends
        object[] values = { 42, -7L, 3.75, 2.5f, 1.5m, "123", "true", 'x', true, (byte)200, null, "", "1e3", DBNull.Value };
        Type[] types = { typeof(int), typeof(long), typeof(double), typeof(decimal), typeof(string), typeof(bool), typeof(char), typeof(byte), typeof(float), typeof(short), typeof(ulong), typeof(object) };
        foreach (object v in values)
        {
            var sb = new StringBuilder("ChangeType " + (v == null ? "null" : v.GetType().Name + " " + Convert.ToString(v, inv)) + ":");
            foreach (Type t in types)
            {
                string r;
                try { object o = Convert.ChangeType(v, t, inv); r = o == null ? "null" : o.GetType().Name + "=" + Convert.ToString(o, inv); }
                catch (Exception e) { r = e.GetType().Name; }
                sb.Append(' ').Append(r);
            }
            Console.WriteLine(sb.ToString());
        }
        Console.WriteLine(T(() => Convert.ToBoolean("True")) + " " + T(() => Convert.ToBoolean(" false ")) + " " + T(() => Convert.ToBoolean("1")) + " " + T(() => Convert.ToBoolean(0)) + " " + T(() => Convert.ToBoolean(-3)) + " " + T(() => Convert.ToBoolean('a')) + " " + T(() => Convert.ToBoolean((string)null)) + " " + T(() => Convert.ToBoolean(0.0m)) + " " + T(() => Convert.ToBoolean(double.NaN)));
        Console.WriteLine(T(() => Convert.ToChar(65)) + " " + T(() => Convert.ToChar(-1)) + " " + T(() => Convert.ToChar(70000)) + " " + T(() => Convert.ToChar("ab")) + " " + T(() => Convert.ToChar("z")) + " " + T(() => Convert.ToChar(1.0)) + " " + T(() => Convert.ToInt32('A')) + " " + T(() => Convert.ToByte('\u0100')) + " " + T(() => Convert.ToInt32(true)) + " " + T(() => Convert.ToDouble(false)));
        Console.WriteLine(Convert.ToString(1.5, inv) + " " + Convert.ToString(-0.0, inv) + " " + Convert.ToString(true) + " " + Convert.ToString('c') + " " + Convert.ToString((object)null) + "|" + Convert.ToString((string)null) + "| " + Convert.ToString(12345.678m, inv) + " " + Convert.ToString(float.MaxValue, inv) + " " + Convert.ToString(new DateTime(2020, 1, 2), inv));
        Console.WriteLine(T(() => Convert.ToInt32("  -12  ")) + " " + T(() => Convert.ToInt32("1,000")) + " " + T(() => Convert.ToDouble("1,000.5", inv)) + " " + T(() => Convert.ToDecimal("1e3", inv)) + " " + T(() => Convert.ToInt16("40000")) + " " + T(() => Convert.ToUInt32("-1")) + " " + T(() => Convert.ToSingle("3.4e39", inv)) + " " + T(() => Convert.ToDouble("abc")) + " " + T(() => Convert.ToInt64((string)null)) + " " + Convert.IsDBNull(DBNull.Value) + " " + Convert.GetTypeCode(1.5m) + " " + Convert.GetTypeCode(null));
        Console.WriteLine(T(() => Convert.ToInt32(2147483648L)) + " " + T(() => Convert.ToUInt16(-1)) + " " + T(() => Convert.ToByte(256)) + " " + T(() => Convert.ToSByte(-129L)) + " " + T(() => Convert.ToUInt64(-1L)) + " " + T(() => Convert.ToInt64(ulong.MaxValue)) + " " + T(() => Convert.ToInt32(uint.MaxValue)) + " " + T(() => Convert.ToDecimal(double.MaxValue)) + " " + T(() => Convert.ToDecimal(1e-30)) + " " + T(() => Convert.ToSingle(1e300)) + " " + T(() => Convert.ToInt32(1e300)));
        return 0;
    }
}
