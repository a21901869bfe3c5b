// Repetitive code written once by a generator that is no longer in the tree (the
// project keeps no generator scripts outside C and shell); it is edited by hand now.
using System.Globalization;

namespace System
{
    public static partial class Convert
    {
        public static bool ToBoolean(bool value) => value;
        public static bool ToBoolean(char value) => throw new InvalidCastException("Invalid cast from 'Char' to 'Boolean'.");
        public static bool ToBoolean(sbyte value) => value != 0;
        public static bool ToBoolean(byte value) => value != 0;
        public static bool ToBoolean(short value) => value != 0;
        public static bool ToBoolean(ushort value) => value != 0;
        public static bool ToBoolean(int value) => value != 0;
        public static bool ToBoolean(uint value) => value != 0;
        public static bool ToBoolean(long value) => value != 0;
        public static bool ToBoolean(ulong value) => value != 0;
        public static bool ToBoolean(float value) => value != 0;
        public static bool ToBoolean(double value) => value != 0;
        public static bool ToBoolean(decimal value) => value != 0;
        public static bool ToBoolean(string value) => value != null && bool.Parse(value);
        public static bool ToBoolean(string value, IFormatProvider provider) => value != null && bool.Parse(value);
        public static bool ToBoolean(object value) => value == null ? default(bool) : ((IConvertible)value).ToBoolean(null);
        public static bool ToBoolean(object value, IFormatProvider provider) => value == null ? default(bool) : ((IConvertible)value).ToBoolean(provider);
        public static bool ToBoolean(DateTime value) => ((IConvertible)value).ToBoolean(null);
        public static string ToString(bool value) => value.ToString();
        public static string ToString(bool value, IFormatProvider provider) => value.ToString();
        public static char ToChar(bool value) => throw new InvalidCastException("Invalid cast from 'Boolean' to 'Char'.");
        public static char ToChar(char value) => value;
        public static char ToChar(sbyte value)
        {
            try { return checked((char)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a character."); }
        }
        public static char ToChar(byte value)
        {
            try { return checked((char)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a character."); }
        }
        public static char ToChar(short value)
        {
            try { return checked((char)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a character."); }
        }
        public static char ToChar(ushort value)
        {
            try { return checked((char)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a character."); }
        }
        public static char ToChar(int value)
        {
            try { return checked((char)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a character."); }
        }
        public static char ToChar(uint value)
        {
            try { return checked((char)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a character."); }
        }
        public static char ToChar(long value)
        {
            try { return checked((char)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a character."); }
        }
        public static char ToChar(ulong value)
        {
            try { return checked((char)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a character."); }
        }
        public static char ToChar(float value) => throw new InvalidCastException("Invalid cast from 'Single' to 'Char'.");
        public static char ToChar(double value) => throw new InvalidCastException("Invalid cast from 'Double' to 'Char'.");
        public static char ToChar(decimal value) => throw new InvalidCastException("Invalid cast from 'Decimal' to 'Char'.");
        public static char ToChar(string value) => ToChar(value, null);
        public static char ToChar(string value, IFormatProvider provider)
        {
            if (value == null) throw new ArgumentNullException("value");
            if (value.Length != 1) throw new FormatException("String must be exactly one character long.");
            return value[0];
        }
        public static char ToChar(object value) => value == null ? default(char) : ((IConvertible)value).ToChar(null);
        public static char ToChar(object value, IFormatProvider provider) => value == null ? default(char) : ((IConvertible)value).ToChar(provider);
        public static char ToChar(DateTime value) => ((IConvertible)value).ToChar(null);
        public static string ToString(char value) => value.ToString();
        public static string ToString(char value, IFormatProvider provider) => value.ToString();
        public static sbyte ToSByte(bool value) => value ? (sbyte)1 : (sbyte)0;
        public static sbyte ToSByte(char value)
        {
            try { return checked((sbyte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a signed byte."); }
        }
        public static sbyte ToSByte(sbyte value) => value;
        public static sbyte ToSByte(byte value)
        {
            try { return checked((sbyte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a signed byte."); }
        }
        public static sbyte ToSByte(short value)
        {
            try { return checked((sbyte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a signed byte."); }
        }
        public static sbyte ToSByte(ushort value)
        {
            try { return checked((sbyte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a signed byte."); }
        }
        public static sbyte ToSByte(int value)
        {
            try { return checked((sbyte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a signed byte."); }
        }
        public static sbyte ToSByte(uint value)
        {
            try { return checked((sbyte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a signed byte."); }
        }
        public static sbyte ToSByte(long value)
        {
            try { return checked((sbyte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a signed byte."); }
        }
        public static sbyte ToSByte(ulong value)
        {
            try { return checked((sbyte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a signed byte."); }
        }
        public static sbyte ToSByte(float value)
        {
            double r = Math.Round((double)value);
            if (!(r >= -128.0 && r <= 127.0) || (r == 127.0 && false)) throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)r;
        }
        public static sbyte ToSByte(double value)
        {
            double r = Math.Round((double)value);
            if (!(r >= -128.0 && r <= 127.0) || (r == 127.0 && false)) throw new OverflowException("Value was either too large or too small for a signed byte.");
            return (sbyte)r;
        }
        public static sbyte ToSByte(decimal value) => decimal.ToSByte(decimal.Round(value));
        public static sbyte ToSByte(string value) => value == null ? (sbyte)0 : sbyte.Parse(value, CultureInfo.CurrentCulture);
        public static sbyte ToSByte(string value, IFormatProvider provider) => value == null ? (sbyte)0 : sbyte.Parse(value, provider);
        public static sbyte ToSByte(object value) => value == null ? default(sbyte) : ((IConvertible)value).ToSByte(null);
        public static sbyte ToSByte(object value, IFormatProvider provider) => value == null ? default(sbyte) : ((IConvertible)value).ToSByte(provider);
        public static sbyte ToSByte(DateTime value) => ((IConvertible)value).ToSByte(null);
        public static string ToString(sbyte value) => value.ToString();
        public static string ToString(sbyte value, IFormatProvider provider) => value.ToString(provider);
        public static byte ToByte(bool value) => value ? (byte)1 : (byte)0;
        public static byte ToByte(char value)
        {
            try { return checked((byte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an unsigned byte."); }
        }
        public static byte ToByte(sbyte value)
        {
            try { return checked((byte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an unsigned byte."); }
        }
        public static byte ToByte(byte value) => value;
        public static byte ToByte(short value)
        {
            try { return checked((byte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an unsigned byte."); }
        }
        public static byte ToByte(ushort value)
        {
            try { return checked((byte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an unsigned byte."); }
        }
        public static byte ToByte(int value)
        {
            try { return checked((byte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an unsigned byte."); }
        }
        public static byte ToByte(uint value)
        {
            try { return checked((byte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an unsigned byte."); }
        }
        public static byte ToByte(long value)
        {
            try { return checked((byte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an unsigned byte."); }
        }
        public static byte ToByte(ulong value)
        {
            try { return checked((byte)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an unsigned byte."); }
        }
        public static byte ToByte(float value)
        {
            double r = Math.Round((double)value);
            if (!(r >= 0.0 && r <= 255.0) || (r == 255.0 && false)) throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)r;
        }
        public static byte ToByte(double value)
        {
            double r = Math.Round((double)value);
            if (!(r >= 0.0 && r <= 255.0) || (r == 255.0 && false)) throw new OverflowException("Value was either too large or too small for an unsigned byte.");
            return (byte)r;
        }
        public static byte ToByte(decimal value) => decimal.ToByte(decimal.Round(value));
        public static byte ToByte(string value) => value == null ? (byte)0 : byte.Parse(value, CultureInfo.CurrentCulture);
        public static byte ToByte(string value, IFormatProvider provider) => value == null ? (byte)0 : byte.Parse(value, provider);
        public static byte ToByte(object value) => value == null ? default(byte) : ((IConvertible)value).ToByte(null);
        public static byte ToByte(object value, IFormatProvider provider) => value == null ? default(byte) : ((IConvertible)value).ToByte(provider);
        public static byte ToByte(DateTime value) => ((IConvertible)value).ToByte(null);
        public static string ToString(byte value) => value.ToString();
        public static string ToString(byte value, IFormatProvider provider) => value.ToString(provider);
        public static short ToInt16(bool value) => value ? (short)1 : (short)0;
        public static short ToInt16(char value)
        {
            try { return checked((short)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int16."); }
        }
        public static short ToInt16(sbyte value)
        {
            try { return checked((short)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int16."); }
        }
        public static short ToInt16(byte value)
        {
            try { return checked((short)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int16."); }
        }
        public static short ToInt16(short value) => value;
        public static short ToInt16(ushort value)
        {
            try { return checked((short)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int16."); }
        }
        public static short ToInt16(int value)
        {
            try { return checked((short)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int16."); }
        }
        public static short ToInt16(uint value)
        {
            try { return checked((short)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int16."); }
        }
        public static short ToInt16(long value)
        {
            try { return checked((short)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int16."); }
        }
        public static short ToInt16(ulong value)
        {
            try { return checked((short)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int16."); }
        }
        public static short ToInt16(float value)
        {
            double r = Math.Round((double)value);
            if (!(r >= -32768.0 && r <= 32767.0) || (r == 32767.0 && false)) throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)r;
        }
        public static short ToInt16(double value)
        {
            double r = Math.Round((double)value);
            if (!(r >= -32768.0 && r <= 32767.0) || (r == 32767.0 && false)) throw new OverflowException("Value was either too large or too small for an Int16.");
            return (short)r;
        }
        public static short ToInt16(decimal value) => decimal.ToInt16(decimal.Round(value));
        public static short ToInt16(string value) => value == null ? (short)0 : short.Parse(value, CultureInfo.CurrentCulture);
        public static short ToInt16(string value, IFormatProvider provider) => value == null ? (short)0 : short.Parse(value, provider);
        public static short ToInt16(object value) => value == null ? default(short) : ((IConvertible)value).ToInt16(null);
        public static short ToInt16(object value, IFormatProvider provider) => value == null ? default(short) : ((IConvertible)value).ToInt16(provider);
        public static short ToInt16(DateTime value) => ((IConvertible)value).ToInt16(null);
        public static string ToString(short value) => value.ToString();
        public static string ToString(short value, IFormatProvider provider) => value.ToString(provider);
        public static ushort ToUInt16(bool value) => value ? (ushort)1 : (ushort)0;
        public static ushort ToUInt16(char value)
        {
            try { return checked((ushort)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt16."); }
        }
        public static ushort ToUInt16(sbyte value)
        {
            try { return checked((ushort)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt16."); }
        }
        public static ushort ToUInt16(byte value)
        {
            try { return checked((ushort)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt16."); }
        }
        public static ushort ToUInt16(short value)
        {
            try { return checked((ushort)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt16."); }
        }
        public static ushort ToUInt16(ushort value) => value;
        public static ushort ToUInt16(int value)
        {
            try { return checked((ushort)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt16."); }
        }
        public static ushort ToUInt16(uint value)
        {
            try { return checked((ushort)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt16."); }
        }
        public static ushort ToUInt16(long value)
        {
            try { return checked((ushort)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt16."); }
        }
        public static ushort ToUInt16(ulong value)
        {
            try { return checked((ushort)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt16."); }
        }
        public static ushort ToUInt16(float value)
        {
            double r = Math.Round((double)value);
            if (!(r >= 0.0 && r <= 65535.0) || (r == 65535.0 && false)) throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)r;
        }
        public static ushort ToUInt16(double value)
        {
            double r = Math.Round((double)value);
            if (!(r >= 0.0 && r <= 65535.0) || (r == 65535.0 && false)) throw new OverflowException("Value was either too large or too small for a UInt16.");
            return (ushort)r;
        }
        public static ushort ToUInt16(decimal value) => decimal.ToUInt16(decimal.Round(value));
        public static ushort ToUInt16(string value) => value == null ? (ushort)0 : ushort.Parse(value, CultureInfo.CurrentCulture);
        public static ushort ToUInt16(string value, IFormatProvider provider) => value == null ? (ushort)0 : ushort.Parse(value, provider);
        public static ushort ToUInt16(object value) => value == null ? default(ushort) : ((IConvertible)value).ToUInt16(null);
        public static ushort ToUInt16(object value, IFormatProvider provider) => value == null ? default(ushort) : ((IConvertible)value).ToUInt16(provider);
        public static ushort ToUInt16(DateTime value) => ((IConvertible)value).ToUInt16(null);
        public static string ToString(ushort value) => value.ToString();
        public static string ToString(ushort value, IFormatProvider provider) => value.ToString(provider);
        public static int ToInt32(bool value) => value ? (int)1 : (int)0;
        public static int ToInt32(char value)
        {
            try { return checked((int)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int32."); }
        }
        public static int ToInt32(sbyte value)
        {
            try { return checked((int)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int32."); }
        }
        public static int ToInt32(byte value)
        {
            try { return checked((int)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int32."); }
        }
        public static int ToInt32(short value)
        {
            try { return checked((int)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int32."); }
        }
        public static int ToInt32(ushort value)
        {
            try { return checked((int)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int32."); }
        }
        public static int ToInt32(int value) => value;
        public static int ToInt32(uint value)
        {
            try { return checked((int)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int32."); }
        }
        public static int ToInt32(long value)
        {
            try { return checked((int)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int32."); }
        }
        public static int ToInt32(ulong value)
        {
            try { return checked((int)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int32."); }
        }
        public static int ToInt32(float value)
        {
            double r = Math.Round((double)value);
            if (!(r >= -2147483648.0 && r <= 2147483647.0) || (r == 2147483647.0 && false)) throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)r;
        }
        public static int ToInt32(double value)
        {
            double r = Math.Round((double)value);
            if (!(r >= -2147483648.0 && r <= 2147483647.0) || (r == 2147483647.0 && false)) throw new OverflowException("Value was either too large or too small for an Int32.");
            return (int)r;
        }
        public static int ToInt32(decimal value) => decimal.ToInt32(decimal.Round(value));
        public static int ToInt32(string value) => value == null ? (int)0 : int.Parse(value, CultureInfo.CurrentCulture);
        public static int ToInt32(string value, IFormatProvider provider) => value == null ? (int)0 : int.Parse(value, provider);
        public static int ToInt32(object value) => value == null ? default(int) : ((IConvertible)value).ToInt32(null);
        public static int ToInt32(object value, IFormatProvider provider) => value == null ? default(int) : ((IConvertible)value).ToInt32(provider);
        public static int ToInt32(DateTime value) => ((IConvertible)value).ToInt32(null);
        public static string ToString(int value) => value.ToString();
        public static string ToString(int value, IFormatProvider provider) => value.ToString(provider);
        public static uint ToUInt32(bool value) => value ? (uint)1 : (uint)0;
        public static uint ToUInt32(char value)
        {
            try { return checked((uint)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt32."); }
        }
        public static uint ToUInt32(sbyte value)
        {
            try { return checked((uint)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt32."); }
        }
        public static uint ToUInt32(byte value)
        {
            try { return checked((uint)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt32."); }
        }
        public static uint ToUInt32(short value)
        {
            try { return checked((uint)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt32."); }
        }
        public static uint ToUInt32(ushort value)
        {
            try { return checked((uint)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt32."); }
        }
        public static uint ToUInt32(int value)
        {
            try { return checked((uint)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt32."); }
        }
        public static uint ToUInt32(uint value) => value;
        public static uint ToUInt32(long value)
        {
            try { return checked((uint)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt32."); }
        }
        public static uint ToUInt32(ulong value)
        {
            try { return checked((uint)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt32."); }
        }
        public static uint ToUInt32(float value)
        {
            double r = Math.Round((double)value);
            if (!(r >= 0.0 && r <= 4294967295.0) || (r == 4294967295.0 && false)) throw new OverflowException("Value was either too large or too small for a UInt32.");
            return (uint)r;
        }
        public static uint ToUInt32(double value)
        {
            double r = Math.Round((double)value);
            if (!(r >= 0.0 && r <= 4294967295.0) || (r == 4294967295.0 && false)) throw new OverflowException("Value was either too large or too small for a UInt32.");
            return (uint)r;
        }
        public static uint ToUInt32(decimal value) => decimal.ToUInt32(decimal.Round(value));
        public static uint ToUInt32(string value) => value == null ? (uint)0 : uint.Parse(value, CultureInfo.CurrentCulture);
        public static uint ToUInt32(string value, IFormatProvider provider) => value == null ? (uint)0 : uint.Parse(value, provider);
        public static uint ToUInt32(object value) => value == null ? default(uint) : ((IConvertible)value).ToUInt32(null);
        public static uint ToUInt32(object value, IFormatProvider provider) => value == null ? default(uint) : ((IConvertible)value).ToUInt32(provider);
        public static uint ToUInt32(DateTime value) => ((IConvertible)value).ToUInt32(null);
        public static string ToString(uint value) => value.ToString();
        public static string ToString(uint value, IFormatProvider provider) => value.ToString(provider);
        public static long ToInt64(bool value) => value ? (long)1 : (long)0;
        public static long ToInt64(char value)
        {
            try { return checked((long)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int64."); }
        }
        public static long ToInt64(sbyte value)
        {
            try { return checked((long)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int64."); }
        }
        public static long ToInt64(byte value)
        {
            try { return checked((long)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int64."); }
        }
        public static long ToInt64(short value)
        {
            try { return checked((long)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int64."); }
        }
        public static long ToInt64(ushort value)
        {
            try { return checked((long)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int64."); }
        }
        public static long ToInt64(int value)
        {
            try { return checked((long)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int64."); }
        }
        public static long ToInt64(uint value)
        {
            try { return checked((long)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int64."); }
        }
        public static long ToInt64(long value) => value;
        public static long ToInt64(ulong value)
        {
            try { return checked((long)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for an Int64."); }
        }
        public static long ToInt64(float value)
        {
            double r = Math.Round((double)value);
            if (!(r >= -9223372036854775808.0 && r <= 9223372036854775807.0) || (r == 9223372036854775807.0 && true)) throw new OverflowException("Value was either too large or too small for an Int64.");
            return (long)r;
        }
        public static long ToInt64(double value)
        {
            double r = Math.Round((double)value);
            if (!(r >= -9223372036854775808.0 && r <= 9223372036854775807.0) || (r == 9223372036854775807.0 && true)) throw new OverflowException("Value was either too large or too small for an Int64.");
            return (long)r;
        }
        public static long ToInt64(decimal value) => decimal.ToInt64(decimal.Round(value));
        public static long ToInt64(string value) => value == null ? (long)0 : long.Parse(value, CultureInfo.CurrentCulture);
        public static long ToInt64(string value, IFormatProvider provider) => value == null ? (long)0 : long.Parse(value, provider);
        public static long ToInt64(object value) => value == null ? default(long) : ((IConvertible)value).ToInt64(null);
        public static long ToInt64(object value, IFormatProvider provider) => value == null ? default(long) : ((IConvertible)value).ToInt64(provider);
        public static long ToInt64(DateTime value) => ((IConvertible)value).ToInt64(null);
        public static string ToString(long value) => value.ToString();
        public static string ToString(long value, IFormatProvider provider) => value.ToString(provider);
        public static ulong ToUInt64(bool value) => value ? (ulong)1 : (ulong)0;
        public static ulong ToUInt64(char value)
        {
            try { return checked((ulong)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt64."); }
        }
        public static ulong ToUInt64(sbyte value)
        {
            try { return checked((ulong)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt64."); }
        }
        public static ulong ToUInt64(byte value)
        {
            try { return checked((ulong)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt64."); }
        }
        public static ulong ToUInt64(short value)
        {
            try { return checked((ulong)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt64."); }
        }
        public static ulong ToUInt64(ushort value)
        {
            try { return checked((ulong)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt64."); }
        }
        public static ulong ToUInt64(int value)
        {
            try { return checked((ulong)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt64."); }
        }
        public static ulong ToUInt64(uint value)
        {
            try { return checked((ulong)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt64."); }
        }
        public static ulong ToUInt64(long value)
        {
            try { return checked((ulong)value); }
            catch (OverflowException) { throw new OverflowException("Value was either too large or too small for a UInt64."); }
        }
        public static ulong ToUInt64(ulong value) => value;
        public static ulong ToUInt64(float value)
        {
            double r = Math.Round((double)value);
            if (!(r >= 0.0 && r <= 18446744073709551615.0) || (r == 18446744073709551615.0 && true)) throw new OverflowException("Value was either too large or too small for a UInt64.");
            return (ulong)r;
        }
        public static ulong ToUInt64(double value)
        {
            double r = Math.Round((double)value);
            if (!(r >= 0.0 && r <= 18446744073709551615.0) || (r == 18446744073709551615.0 && true)) throw new OverflowException("Value was either too large or too small for a UInt64.");
            return (ulong)r;
        }
        public static ulong ToUInt64(decimal value) => decimal.ToUInt64(decimal.Round(value));
        public static ulong ToUInt64(string value) => value == null ? (ulong)0 : ulong.Parse(value, CultureInfo.CurrentCulture);
        public static ulong ToUInt64(string value, IFormatProvider provider) => value == null ? (ulong)0 : ulong.Parse(value, provider);
        public static ulong ToUInt64(object value) => value == null ? default(ulong) : ((IConvertible)value).ToUInt64(null);
        public static ulong ToUInt64(object value, IFormatProvider provider) => value == null ? default(ulong) : ((IConvertible)value).ToUInt64(provider);
        public static ulong ToUInt64(DateTime value) => ((IConvertible)value).ToUInt64(null);
        public static string ToString(ulong value) => value.ToString();
        public static string ToString(ulong value, IFormatProvider provider) => value.ToString(provider);
        public static float ToSingle(bool value) => value ? (float)1 : (float)0;
        public static float ToSingle(char value) => throw new InvalidCastException("Invalid cast from 'Char' to 'Single'.");
        public static float ToSingle(sbyte value) => (float)value;
        public static float ToSingle(byte value) => (float)value;
        public static float ToSingle(short value) => (float)value;
        public static float ToSingle(ushort value) => (float)value;
        public static float ToSingle(int value) => (float)value;
        public static float ToSingle(uint value) => (float)value;
        public static float ToSingle(long value) => (float)value;
        public static float ToSingle(ulong value) => (float)value;
        public static float ToSingle(float value) => value;
        public static float ToSingle(double value) => (float)value;
        public static float ToSingle(decimal value) => (float)value;
        public static float ToSingle(string value) => value == null ? (float)0 : float.Parse(value, CultureInfo.CurrentCulture);
        public static float ToSingle(string value, IFormatProvider provider) => value == null ? (float)0 : float.Parse(value, provider);
        public static float ToSingle(object value) => value == null ? default(float) : ((IConvertible)value).ToSingle(null);
        public static float ToSingle(object value, IFormatProvider provider) => value == null ? default(float) : ((IConvertible)value).ToSingle(provider);
        public static float ToSingle(DateTime value) => ((IConvertible)value).ToSingle(null);
        public static string ToString(float value) => value.ToString();
        public static string ToString(float value, IFormatProvider provider) => value.ToString(provider);
        public static double ToDouble(bool value) => value ? (double)1 : (double)0;
        public static double ToDouble(char value) => throw new InvalidCastException("Invalid cast from 'Char' to 'Double'.");
        public static double ToDouble(sbyte value) => (double)value;
        public static double ToDouble(byte value) => (double)value;
        public static double ToDouble(short value) => (double)value;
        public static double ToDouble(ushort value) => (double)value;
        public static double ToDouble(int value) => (double)value;
        public static double ToDouble(uint value) => (double)value;
        public static double ToDouble(long value) => (double)value;
        public static double ToDouble(ulong value) => (double)value;
        public static double ToDouble(float value) => (double)value;
        public static double ToDouble(double value) => value;
        public static double ToDouble(decimal value) => (double)value;
        public static double ToDouble(string value) => value == null ? (double)0 : double.Parse(value, CultureInfo.CurrentCulture);
        public static double ToDouble(string value, IFormatProvider provider) => value == null ? (double)0 : double.Parse(value, provider);
        public static double ToDouble(object value) => value == null ? default(double) : ((IConvertible)value).ToDouble(null);
        public static double ToDouble(object value, IFormatProvider provider) => value == null ? default(double) : ((IConvertible)value).ToDouble(provider);
        public static double ToDouble(DateTime value) => ((IConvertible)value).ToDouble(null);
        public static string ToString(double value) => value.ToString();
        public static string ToString(double value, IFormatProvider provider) => value.ToString(provider);
        public static decimal ToDecimal(bool value) => value ? (decimal)1 : (decimal)0;
        public static decimal ToDecimal(char value) => throw new InvalidCastException("Invalid cast from 'Char' to 'Decimal'.");
        public static decimal ToDecimal(sbyte value) => (decimal)value;
        public static decimal ToDecimal(byte value) => (decimal)value;
        public static decimal ToDecimal(short value) => (decimal)value;
        public static decimal ToDecimal(ushort value) => (decimal)value;
        public static decimal ToDecimal(int value) => (decimal)value;
        public static decimal ToDecimal(uint value) => (decimal)value;
        public static decimal ToDecimal(long value) => (decimal)value;
        public static decimal ToDecimal(ulong value) => (decimal)value;
        public static decimal ToDecimal(float value) => (decimal)value;
        public static decimal ToDecimal(double value) => (decimal)value;
        public static decimal ToDecimal(decimal value) => value;
        public static decimal ToDecimal(string value) => value == null ? (decimal)0 : decimal.Parse(value, CultureInfo.CurrentCulture);
        public static decimal ToDecimal(string value, IFormatProvider provider) => value == null ? (decimal)0 : decimal.Parse(value, provider);
        public static decimal ToDecimal(object value) => value == null ? default(decimal) : ((IConvertible)value).ToDecimal(null);
        public static decimal ToDecimal(object value, IFormatProvider provider) => value == null ? default(decimal) : ((IConvertible)value).ToDecimal(provider);
        public static decimal ToDecimal(DateTime value) => ((IConvertible)value).ToDecimal(null);
        public static string ToString(decimal value) => value.ToString();
        public static string ToString(decimal value, IFormatProvider provider) => value.ToString(provider);
    }
}
