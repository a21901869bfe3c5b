// Repetitive code written once by a generator that is no longer in the tree (the
// project keeps no generator scripts outside C and shell); it is edited by hand now.
using System.Globalization;
using System.Numerics;

namespace System
{
    public readonly partial struct SByte : IBinaryInteger<sbyte>, IMinMaxValue<sbyte>, ISignedNumber<sbyte>
    {
        static sbyte IAdditionOperators<sbyte, sbyte, sbyte>.operator +(sbyte left, sbyte right) => (sbyte)(left + right);
        static sbyte IAdditionOperators<sbyte, sbyte, sbyte>.operator checked +(sbyte left, sbyte right) => checked((sbyte)(left + right));
        static sbyte ISubtractionOperators<sbyte, sbyte, sbyte>.operator -(sbyte left, sbyte right) => (sbyte)(left - right);
        static sbyte ISubtractionOperators<sbyte, sbyte, sbyte>.operator checked -(sbyte left, sbyte right) => checked((sbyte)(left - right));
        static sbyte IMultiplyOperators<sbyte, sbyte, sbyte>.operator *(sbyte left, sbyte right) => (sbyte)(left * right);
        static sbyte IMultiplyOperators<sbyte, sbyte, sbyte>.operator checked *(sbyte left, sbyte right) => checked((sbyte)(left * right));
        static sbyte IDivisionOperators<sbyte, sbyte, sbyte>.operator /(sbyte left, sbyte right) => (sbyte)(left / right);
        static sbyte IDivisionOperators<sbyte, sbyte, sbyte>.operator checked /(sbyte left, sbyte right) => checked((sbyte)(left / right));
        static sbyte IModulusOperators<sbyte, sbyte, sbyte>.operator %(sbyte left, sbyte right) => (sbyte)(left % right);
        static sbyte IUnaryNegationOperators<sbyte, sbyte>.operator -(sbyte value) => (sbyte)(-value);
        static sbyte IUnaryNegationOperators<sbyte, sbyte>.operator checked -(sbyte value) => checked((sbyte)(-value));
        static sbyte IUnaryPlusOperators<sbyte, sbyte>.operator +(sbyte value) => (sbyte)(+value);
        static sbyte IIncrementOperators<sbyte>.operator ++(sbyte value) => (sbyte)(value + 1);
        static sbyte IDecrementOperators<sbyte>.operator --(sbyte value) => (sbyte)(value - 1);
        static sbyte IIncrementOperators<sbyte>.operator checked ++(sbyte value) => checked((sbyte)(value + 1));
        static sbyte IDecrementOperators<sbyte>.operator checked --(sbyte value) => checked((sbyte)(value - 1));
        static bool IEqualityOperators<sbyte, sbyte, bool>.operator ==(sbyte left, sbyte right) => left == right;
        static bool IEqualityOperators<sbyte, sbyte, bool>.operator !=(sbyte left, sbyte right) => left != right;
        static bool IComparisonOperators<sbyte, sbyte, bool>.operator <(sbyte left, sbyte right) => left < right;
        static bool IComparisonOperators<sbyte, sbyte, bool>.operator >(sbyte left, sbyte right) => left > right;
        static bool IComparisonOperators<sbyte, sbyte, bool>.operator <=(sbyte left, sbyte right) => left <= right;
        static bool IComparisonOperators<sbyte, sbyte, bool>.operator >=(sbyte left, sbyte right) => left >= right;
        static sbyte IBitwiseOperators<sbyte, sbyte, sbyte>.operator &(sbyte left, sbyte right) => (sbyte)(left & right);
        static sbyte IBitwiseOperators<sbyte, sbyte, sbyte>.operator |(sbyte left, sbyte right) => (sbyte)(left | right);
        static sbyte IBitwiseOperators<sbyte, sbyte, sbyte>.operator ^(sbyte left, sbyte right) => (sbyte)(left ^ right);
        static sbyte IBitwiseOperators<sbyte, sbyte, sbyte>.operator ~(sbyte value) => (sbyte)(~value);
        static sbyte IShiftOperators<sbyte, int, sbyte>.operator <<(sbyte value, int shiftAmount) => (sbyte)(value << (shiftAmount & 7));
        static sbyte IShiftOperators<sbyte, int, sbyte>.operator >>(sbyte value, int shiftAmount) => (sbyte)(value >> (shiftAmount & 7));
        static sbyte IShiftOperators<sbyte, int, sbyte>.operator >>>(sbyte value, int shiftAmount) => (sbyte)((byte)value >>> (shiftAmount & 7));
        static sbyte IAdditiveIdentity<sbyte, sbyte>.AdditiveIdentity => 0;
        static sbyte IMultiplicativeIdentity<sbyte, sbyte>.MultiplicativeIdentity => 1;
        static sbyte IMinMaxValue<sbyte>.MinValue => MinValue;
        static sbyte IMinMaxValue<sbyte>.MaxValue => MaxValue;
        static sbyte INumberBase<sbyte>.One => 1;
        static sbyte INumberBase<sbyte>.Zero => 0;
        static int INumberBase<sbyte>.Radix => 2;
        static sbyte ISignedNumber<sbyte>.NegativeOne => -1;
        static bool INumberBase<sbyte>.IsCanonical(sbyte value) => true;
        static bool INumberBase<sbyte>.IsComplexNumber(sbyte value) => false;
        static bool INumberBase<sbyte>.IsEvenInteger(sbyte value) => (value & 1) == 0;
        static bool INumberBase<sbyte>.IsFinite(sbyte value) => true;
        static bool INumberBase<sbyte>.IsImaginaryNumber(sbyte value) => false;
        static bool INumberBase<sbyte>.IsInfinity(sbyte value) => false;
        static bool INumberBase<sbyte>.IsInteger(sbyte value) => true;
        static bool INumberBase<sbyte>.IsNaN(sbyte value) => false;
        static bool INumberBase<sbyte>.IsNegative(sbyte value) => value < 0;
        static bool INumberBase<sbyte>.IsNegativeInfinity(sbyte value) => false;
        static bool INumberBase<sbyte>.IsNormal(sbyte value) => value != 0;
        static bool INumberBase<sbyte>.IsOddInteger(sbyte value) => (value & 1) != 0;
        static bool INumberBase<sbyte>.IsPositive(sbyte value) => value >= 0;
        static bool INumberBase<sbyte>.IsPositiveInfinity(sbyte value) => false;
        static bool INumberBase<sbyte>.IsRealNumber(sbyte value) => true;
        static bool INumberBase<sbyte>.IsSubnormal(sbyte value) => false;
        static bool INumberBase<sbyte>.IsZero(sbyte value) => value == 0;
        static sbyte INumberBase<sbyte>.Abs(sbyte value) => Math.Abs(value);
        private static sbyte MaxMag(sbyte x, sbyte y)
        {
            if (x == MinValue) return x;
            if (y == MinValue) return y;
            sbyte ax = x < 0 ? (sbyte)(-x) : x, ay = y < 0 ? (sbyte)(-y) : y;
            if (ax > ay) return x;
            if (ax == ay) return x < 0 ? y : x;
            return y;
        }
        private static sbyte MinMag(sbyte x, sbyte y)
        {
            if (x == MinValue) return y == MinValue ? x : y;
            if (y == MinValue) return x;
            sbyte ax = x < 0 ? (sbyte)(-x) : x, ay = y < 0 ? (sbyte)(-y) : y;
            if (ax < ay) return x;
            if (ax == ay) return x < 0 ? x : y;
            return y;
        }
        static sbyte INumberBase<sbyte>.MaxMagnitude(sbyte x, sbyte y) => MaxMag(x, y);
        static sbyte INumberBase<sbyte>.MaxMagnitudeNumber(sbyte x, sbyte y) => MaxMag(x, y);
        static sbyte INumberBase<sbyte>.MinMagnitude(sbyte x, sbyte y) => MinMag(x, y);
        static sbyte INumberBase<sbyte>.MinMagnitudeNumber(sbyte x, sbyte y) => MinMag(x, y);
        static sbyte INumber<sbyte>.Clamp(sbyte value, sbyte min, sbyte max) => Math.Clamp(value, min, max);
        static sbyte INumber<sbyte>.CopySign(sbyte value, sbyte sign) => sign < 0 ? (value < 0 ? value : checked((sbyte)(-value))) : (value < 0 ? checked((sbyte)(-value)) : value);
        static int INumber<sbyte>.Sign(sbyte value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        static sbyte INumber<sbyte>.Max(sbyte x, sbyte y) => x >= y ? x : y;
        static sbyte INumber<sbyte>.MaxNumber(sbyte x, sbyte y) => x >= y ? x : y;
        static sbyte INumber<sbyte>.Min(sbyte x, sbyte y) => x <= y ? x : y;
        static sbyte INumber<sbyte>.MinNumber(sbyte x, sbyte y) => x <= y ? x : y;
        static sbyte IBinaryNumber<sbyte>.AllBitsSet => unchecked((sbyte)(-1));
        static bool IBinaryNumber<sbyte>.IsPow2(sbyte value) => IsPow2(value);
        static sbyte IBinaryNumber<sbyte>.Log2(sbyte value) => Log2(value);
        static sbyte IBinaryInteger<sbyte>.LeadingZeroCount(sbyte value) => LeadingZeroCount(value);
        static sbyte IBinaryInteger<sbyte>.PopCount(sbyte value) => PopCount(value);
        static sbyte IBinaryInteger<sbyte>.TrailingZeroCount(sbyte value) => TrailingZeroCount(value);
        static sbyte IBinaryInteger<sbyte>.RotateLeft(sbyte value, int rotateAmount) => RotateLeft(value, rotateAmount);
        static sbyte IBinaryInteger<sbyte>.RotateRight(sbyte value, int rotateAmount) => RotateRight(value, rotateAmount);
        static (sbyte Quotient, sbyte Remainder) IBinaryInteger<sbyte>.DivRem(sbyte left, sbyte right) => DivRem(left, right);
        int IBinaryInteger<sbyte>.GetByteCount() => 1;
        int IBinaryInteger<sbyte>.GetShortestBitLength() => m_value >= 0 ? 64 - BitOperations.LeadingZeroCount((ulong)m_value) : 65 - BitOperations.LeadingZeroCount((ulong)~(long)m_value);
        static sbyte INumberBase<sbyte>.Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);
        static sbyte INumberBase<sbyte>.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => Parse(s.ToString(), style, provider);
        static bool INumberBase<sbyte>.TryParse(string s, NumberStyles style, IFormatProvider provider, out sbyte result) => TryParse(s, style, provider, out result);
        static bool INumberBase<sbyte>.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out sbyte result) => TryParse(s.ToString(), style, provider, out result);
        static sbyte IParsable<sbyte>.Parse(string s, IFormatProvider provider) => Parse(s, provider);
        static bool IParsable<sbyte>.TryParse(string s, IFormatProvider provider, out sbyte result) => TryParse(s, NumberStyles.Integer, provider, out result);
        static sbyte ISpanParsable<sbyte>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        static bool ISpanParsable<sbyte>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out sbyte result) => TryParse(s.ToString(), NumberStyles.Integer, provider, out result);
        static bool INumberBase<sbyte>.TryConvertFromChecked<TOther>(TOther value, out sbyte result) => NumberConvert.TryConvert(value, 0, out result);
        static bool INumberBase<sbyte>.TryConvertToChecked<TOther>(sbyte value, out TOther result) => NumberConvert.TryConvert(value, 0, out result);
        public static sbyte CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 0, out sbyte result)) return result;
            if (!TOther.TryConvertToChecked(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<sbyte>.TryConvertFromSaturating<TOther>(TOther value, out sbyte result) => NumberConvert.TryConvert(value, 1, out result);
        static bool INumberBase<sbyte>.TryConvertToSaturating<TOther>(sbyte value, out TOther result) => NumberConvert.TryConvert(value, 1, out result);
        public static sbyte CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 1, out sbyte result)) return result;
            if (!TOther.TryConvertToSaturating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<sbyte>.TryConvertFromTruncating<TOther>(TOther value, out sbyte result) => NumberConvert.TryConvert(value, 2, out result);
        static bool INumberBase<sbyte>.TryConvertToTruncating<TOther>(sbyte value, out TOther result) => NumberConvert.TryConvert(value, 2, out result);
        public static sbyte CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 2, out sbyte result)) return result;
            if (!TOther.TryConvertToTruncating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }

    public readonly partial struct Byte : IBinaryInteger<byte>, IMinMaxValue<byte>, IUnsignedNumber<byte>
    {
        static byte IAdditionOperators<byte, byte, byte>.operator +(byte left, byte right) => (byte)(left + right);
        static byte IAdditionOperators<byte, byte, byte>.operator checked +(byte left, byte right) => checked((byte)(left + right));
        static byte ISubtractionOperators<byte, byte, byte>.operator -(byte left, byte right) => (byte)(left - right);
        static byte ISubtractionOperators<byte, byte, byte>.operator checked -(byte left, byte right) => checked((byte)(left - right));
        static byte IMultiplyOperators<byte, byte, byte>.operator *(byte left, byte right) => (byte)(left * right);
        static byte IMultiplyOperators<byte, byte, byte>.operator checked *(byte left, byte right) => checked((byte)(left * right));
        static byte IDivisionOperators<byte, byte, byte>.operator /(byte left, byte right) => (byte)(left / right);
        static byte IDivisionOperators<byte, byte, byte>.operator checked /(byte left, byte right) => checked((byte)(left / right));
        static byte IModulusOperators<byte, byte, byte>.operator %(byte left, byte right) => (byte)(left % right);
        static byte IUnaryNegationOperators<byte, byte>.operator -(byte value) => (byte)(0 - value);
        static byte IUnaryNegationOperators<byte, byte>.operator checked -(byte value) => checked((byte)(0 - value));
        static byte IUnaryPlusOperators<byte, byte>.operator +(byte value) => (byte)(+value);
        static byte IIncrementOperators<byte>.operator ++(byte value) => (byte)(value + 1);
        static byte IDecrementOperators<byte>.operator --(byte value) => (byte)(value - 1);
        static byte IIncrementOperators<byte>.operator checked ++(byte value) => checked((byte)(value + 1));
        static byte IDecrementOperators<byte>.operator checked --(byte value) => checked((byte)(value - 1));
        static bool IEqualityOperators<byte, byte, bool>.operator ==(byte left, byte right) => left == right;
        static bool IEqualityOperators<byte, byte, bool>.operator !=(byte left, byte right) => left != right;
        static bool IComparisonOperators<byte, byte, bool>.operator <(byte left, byte right) => left < right;
        static bool IComparisonOperators<byte, byte, bool>.operator >(byte left, byte right) => left > right;
        static bool IComparisonOperators<byte, byte, bool>.operator <=(byte left, byte right) => left <= right;
        static bool IComparisonOperators<byte, byte, bool>.operator >=(byte left, byte right) => left >= right;
        static byte IBitwiseOperators<byte, byte, byte>.operator &(byte left, byte right) => (byte)(left & right);
        static byte IBitwiseOperators<byte, byte, byte>.operator |(byte left, byte right) => (byte)(left | right);
        static byte IBitwiseOperators<byte, byte, byte>.operator ^(byte left, byte right) => (byte)(left ^ right);
        static byte IBitwiseOperators<byte, byte, byte>.operator ~(byte value) => (byte)(~value);
        static byte IShiftOperators<byte, int, byte>.operator <<(byte value, int shiftAmount) => (byte)(value << (shiftAmount & 7));
        static byte IShiftOperators<byte, int, byte>.operator >>(byte value, int shiftAmount) => (byte)(value >> (shiftAmount & 7));
        static byte IShiftOperators<byte, int, byte>.operator >>>(byte value, int shiftAmount) => (byte)((byte)value >>> (shiftAmount & 7));
        static byte IAdditiveIdentity<byte, byte>.AdditiveIdentity => 0;
        static byte IMultiplicativeIdentity<byte, byte>.MultiplicativeIdentity => 1;
        static byte IMinMaxValue<byte>.MinValue => MinValue;
        static byte IMinMaxValue<byte>.MaxValue => MaxValue;
        static byte INumberBase<byte>.One => 1;
        static byte INumberBase<byte>.Zero => 0;
        static int INumberBase<byte>.Radix => 2;
        static bool INumberBase<byte>.IsCanonical(byte value) => true;
        static bool INumberBase<byte>.IsComplexNumber(byte value) => false;
        static bool INumberBase<byte>.IsEvenInteger(byte value) => (value & 1) == 0;
        static bool INumberBase<byte>.IsFinite(byte value) => true;
        static bool INumberBase<byte>.IsImaginaryNumber(byte value) => false;
        static bool INumberBase<byte>.IsInfinity(byte value) => false;
        static bool INumberBase<byte>.IsInteger(byte value) => true;
        static bool INumberBase<byte>.IsNaN(byte value) => false;
        static bool INumberBase<byte>.IsNegative(byte value) => false;
        static bool INumberBase<byte>.IsNegativeInfinity(byte value) => false;
        static bool INumberBase<byte>.IsNormal(byte value) => value != 0;
        static bool INumberBase<byte>.IsOddInteger(byte value) => (value & 1) != 0;
        static bool INumberBase<byte>.IsPositive(byte value) => true;
        static bool INumberBase<byte>.IsPositiveInfinity(byte value) => false;
        static bool INumberBase<byte>.IsRealNumber(byte value) => true;
        static bool INumberBase<byte>.IsSubnormal(byte value) => false;
        static bool INumberBase<byte>.IsZero(byte value) => value == 0;
        static byte INumberBase<byte>.Abs(byte value) => value;
        static byte INumberBase<byte>.MaxMagnitude(byte x, byte y) => x >= y ? x : y;
        static byte INumberBase<byte>.MaxMagnitudeNumber(byte x, byte y) => x >= y ? x : y;
        static byte INumberBase<byte>.MinMagnitude(byte x, byte y) => x <= y ? x : y;
        static byte INumberBase<byte>.MinMagnitudeNumber(byte x, byte y) => x <= y ? x : y;
        static byte INumber<byte>.Clamp(byte value, byte min, byte max) => Math.Clamp(value, min, max);
        static byte INumber<byte>.CopySign(byte value, byte sign) => value;
        static int INumber<byte>.Sign(byte value) => value == 0 ? 0 : 1;
        static byte INumber<byte>.Max(byte x, byte y) => x >= y ? x : y;
        static byte INumber<byte>.MaxNumber(byte x, byte y) => x >= y ? x : y;
        static byte INumber<byte>.Min(byte x, byte y) => x <= y ? x : y;
        static byte INumber<byte>.MinNumber(byte x, byte y) => x <= y ? x : y;
        static byte IBinaryNumber<byte>.AllBitsSet => MaxValue;
        static bool IBinaryNumber<byte>.IsPow2(byte value) => IsPow2(value);
        static byte IBinaryNumber<byte>.Log2(byte value) => Log2(value);
        static byte IBinaryInteger<byte>.LeadingZeroCount(byte value) => LeadingZeroCount(value);
        static byte IBinaryInteger<byte>.PopCount(byte value) => PopCount(value);
        static byte IBinaryInteger<byte>.TrailingZeroCount(byte value) => TrailingZeroCount(value);
        static byte IBinaryInteger<byte>.RotateLeft(byte value, int rotateAmount) => RotateLeft(value, rotateAmount);
        static byte IBinaryInteger<byte>.RotateRight(byte value, int rotateAmount) => RotateRight(value, rotateAmount);
        static (byte Quotient, byte Remainder) IBinaryInteger<byte>.DivRem(byte left, byte right) => DivRem(left, right);
        int IBinaryInteger<byte>.GetByteCount() => 1;
        int IBinaryInteger<byte>.GetShortestBitLength() => 64 - BitOperations.LeadingZeroCount((ulong)m_value);
        static byte INumberBase<byte>.Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);
        static byte INumberBase<byte>.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => Parse(s.ToString(), style, provider);
        static bool INumberBase<byte>.TryParse(string s, NumberStyles style, IFormatProvider provider, out byte result) => TryParse(s, style, provider, out result);
        static bool INumberBase<byte>.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out byte result) => TryParse(s.ToString(), style, provider, out result);
        static byte IParsable<byte>.Parse(string s, IFormatProvider provider) => Parse(s, provider);
        static bool IParsable<byte>.TryParse(string s, IFormatProvider provider, out byte result) => TryParse(s, NumberStyles.Integer, provider, out result);
        static byte ISpanParsable<byte>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        static bool ISpanParsable<byte>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out byte result) => TryParse(s.ToString(), NumberStyles.Integer, provider, out result);
        static bool INumberBase<byte>.TryConvertFromChecked<TOther>(TOther value, out byte result) => NumberConvert.TryConvert(value, 0, out result);
        static bool INumberBase<byte>.TryConvertToChecked<TOther>(byte value, out TOther result) => NumberConvert.TryConvert(value, 0, out result);
        public static byte CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 0, out byte result)) return result;
            if (!TOther.TryConvertToChecked(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<byte>.TryConvertFromSaturating<TOther>(TOther value, out byte result) => NumberConvert.TryConvert(value, 1, out result);
        static bool INumberBase<byte>.TryConvertToSaturating<TOther>(byte value, out TOther result) => NumberConvert.TryConvert(value, 1, out result);
        public static byte CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 1, out byte result)) return result;
            if (!TOther.TryConvertToSaturating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<byte>.TryConvertFromTruncating<TOther>(TOther value, out byte result) => NumberConvert.TryConvert(value, 2, out result);
        static bool INumberBase<byte>.TryConvertToTruncating<TOther>(byte value, out TOther result) => NumberConvert.TryConvert(value, 2, out result);
        public static byte CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 2, out byte result)) return result;
            if (!TOther.TryConvertToTruncating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }

    public readonly partial struct Int16 : IBinaryInteger<short>, IMinMaxValue<short>, ISignedNumber<short>
    {
        static short IAdditionOperators<short, short, short>.operator +(short left, short right) => (short)(left + right);
        static short IAdditionOperators<short, short, short>.operator checked +(short left, short right) => checked((short)(left + right));
        static short ISubtractionOperators<short, short, short>.operator -(short left, short right) => (short)(left - right);
        static short ISubtractionOperators<short, short, short>.operator checked -(short left, short right) => checked((short)(left - right));
        static short IMultiplyOperators<short, short, short>.operator *(short left, short right) => (short)(left * right);
        static short IMultiplyOperators<short, short, short>.operator checked *(short left, short right) => checked((short)(left * right));
        static short IDivisionOperators<short, short, short>.operator /(short left, short right) => (short)(left / right);
        static short IDivisionOperators<short, short, short>.operator checked /(short left, short right) => checked((short)(left / right));
        static short IModulusOperators<short, short, short>.operator %(short left, short right) => (short)(left % right);
        static short IUnaryNegationOperators<short, short>.operator -(short value) => (short)(-value);
        static short IUnaryNegationOperators<short, short>.operator checked -(short value) => checked((short)(-value));
        static short IUnaryPlusOperators<short, short>.operator +(short value) => (short)(+value);
        static short IIncrementOperators<short>.operator ++(short value) => (short)(value + 1);
        static short IDecrementOperators<short>.operator --(short value) => (short)(value - 1);
        static short IIncrementOperators<short>.operator checked ++(short value) => checked((short)(value + 1));
        static short IDecrementOperators<short>.operator checked --(short value) => checked((short)(value - 1));
        static bool IEqualityOperators<short, short, bool>.operator ==(short left, short right) => left == right;
        static bool IEqualityOperators<short, short, bool>.operator !=(short left, short right) => left != right;
        static bool IComparisonOperators<short, short, bool>.operator <(short left, short right) => left < right;
        static bool IComparisonOperators<short, short, bool>.operator >(short left, short right) => left > right;
        static bool IComparisonOperators<short, short, bool>.operator <=(short left, short right) => left <= right;
        static bool IComparisonOperators<short, short, bool>.operator >=(short left, short right) => left >= right;
        static short IBitwiseOperators<short, short, short>.operator &(short left, short right) => (short)(left & right);
        static short IBitwiseOperators<short, short, short>.operator |(short left, short right) => (short)(left | right);
        static short IBitwiseOperators<short, short, short>.operator ^(short left, short right) => (short)(left ^ right);
        static short IBitwiseOperators<short, short, short>.operator ~(short value) => (short)(~value);
        static short IShiftOperators<short, int, short>.operator <<(short value, int shiftAmount) => (short)(value << (shiftAmount & 15));
        static short IShiftOperators<short, int, short>.operator >>(short value, int shiftAmount) => (short)(value >> (shiftAmount & 15));
        static short IShiftOperators<short, int, short>.operator >>>(short value, int shiftAmount) => (short)((ushort)value >>> (shiftAmount & 15));
        static short IAdditiveIdentity<short, short>.AdditiveIdentity => 0;
        static short IMultiplicativeIdentity<short, short>.MultiplicativeIdentity => 1;
        static short IMinMaxValue<short>.MinValue => MinValue;
        static short IMinMaxValue<short>.MaxValue => MaxValue;
        static short INumberBase<short>.One => 1;
        static short INumberBase<short>.Zero => 0;
        static int INumberBase<short>.Radix => 2;
        static short ISignedNumber<short>.NegativeOne => -1;
        static bool INumberBase<short>.IsCanonical(short value) => true;
        static bool INumberBase<short>.IsComplexNumber(short value) => false;
        static bool INumberBase<short>.IsEvenInteger(short value) => (value & 1) == 0;
        static bool INumberBase<short>.IsFinite(short value) => true;
        static bool INumberBase<short>.IsImaginaryNumber(short value) => false;
        static bool INumberBase<short>.IsInfinity(short value) => false;
        static bool INumberBase<short>.IsInteger(short value) => true;
        static bool INumberBase<short>.IsNaN(short value) => false;
        static bool INumberBase<short>.IsNegative(short value) => value < 0;
        static bool INumberBase<short>.IsNegativeInfinity(short value) => false;
        static bool INumberBase<short>.IsNormal(short value) => value != 0;
        static bool INumberBase<short>.IsOddInteger(short value) => (value & 1) != 0;
        static bool INumberBase<short>.IsPositive(short value) => value >= 0;
        static bool INumberBase<short>.IsPositiveInfinity(short value) => false;
        static bool INumberBase<short>.IsRealNumber(short value) => true;
        static bool INumberBase<short>.IsSubnormal(short value) => false;
        static bool INumberBase<short>.IsZero(short value) => value == 0;
        static short INumberBase<short>.Abs(short value) => Math.Abs(value);
        private static short MaxMag(short x, short y)
        {
            if (x == MinValue) return x;
            if (y == MinValue) return y;
            short ax = x < 0 ? (short)(-x) : x, ay = y < 0 ? (short)(-y) : y;
            if (ax > ay) return x;
            if (ax == ay) return x < 0 ? y : x;
            return y;
        }
        private static short MinMag(short x, short y)
        {
            if (x == MinValue) return y == MinValue ? x : y;
            if (y == MinValue) return x;
            short ax = x < 0 ? (short)(-x) : x, ay = y < 0 ? (short)(-y) : y;
            if (ax < ay) return x;
            if (ax == ay) return x < 0 ? x : y;
            return y;
        }
        static short INumberBase<short>.MaxMagnitude(short x, short y) => MaxMag(x, y);
        static short INumberBase<short>.MaxMagnitudeNumber(short x, short y) => MaxMag(x, y);
        static short INumberBase<short>.MinMagnitude(short x, short y) => MinMag(x, y);
        static short INumberBase<short>.MinMagnitudeNumber(short x, short y) => MinMag(x, y);
        static short INumber<short>.Clamp(short value, short min, short max) => Math.Clamp(value, min, max);
        static short INumber<short>.CopySign(short value, short sign) => sign < 0 ? (value < 0 ? value : checked((short)(-value))) : (value < 0 ? checked((short)(-value)) : value);
        static int INumber<short>.Sign(short value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        static short INumber<short>.Max(short x, short y) => x >= y ? x : y;
        static short INumber<short>.MaxNumber(short x, short y) => x >= y ? x : y;
        static short INumber<short>.Min(short x, short y) => x <= y ? x : y;
        static short INumber<short>.MinNumber(short x, short y) => x <= y ? x : y;
        static short IBinaryNumber<short>.AllBitsSet => unchecked((short)(-1));
        static bool IBinaryNumber<short>.IsPow2(short value) => IsPow2(value);
        static short IBinaryNumber<short>.Log2(short value) => Log2(value);
        static short IBinaryInteger<short>.LeadingZeroCount(short value) => LeadingZeroCount(value);
        static short IBinaryInteger<short>.PopCount(short value) => PopCount(value);
        static short IBinaryInteger<short>.TrailingZeroCount(short value) => TrailingZeroCount(value);
        static short IBinaryInteger<short>.RotateLeft(short value, int rotateAmount) => RotateLeft(value, rotateAmount);
        static short IBinaryInteger<short>.RotateRight(short value, int rotateAmount) => RotateRight(value, rotateAmount);
        static (short Quotient, short Remainder) IBinaryInteger<short>.DivRem(short left, short right) => DivRem(left, right);
        int IBinaryInteger<short>.GetByteCount() => 2;
        int IBinaryInteger<short>.GetShortestBitLength() => m_value >= 0 ? 64 - BitOperations.LeadingZeroCount((ulong)m_value) : 65 - BitOperations.LeadingZeroCount((ulong)~(long)m_value);
        static short INumberBase<short>.Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);
        static short INumberBase<short>.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => Parse(s.ToString(), style, provider);
        static bool INumberBase<short>.TryParse(string s, NumberStyles style, IFormatProvider provider, out short result) => TryParse(s, style, provider, out result);
        static bool INumberBase<short>.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out short result) => TryParse(s.ToString(), style, provider, out result);
        static short IParsable<short>.Parse(string s, IFormatProvider provider) => Parse(s, provider);
        static bool IParsable<short>.TryParse(string s, IFormatProvider provider, out short result) => TryParse(s, NumberStyles.Integer, provider, out result);
        static short ISpanParsable<short>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        static bool ISpanParsable<short>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out short result) => TryParse(s.ToString(), NumberStyles.Integer, provider, out result);
        static bool INumberBase<short>.TryConvertFromChecked<TOther>(TOther value, out short result) => NumberConvert.TryConvert(value, 0, out result);
        static bool INumberBase<short>.TryConvertToChecked<TOther>(short value, out TOther result) => NumberConvert.TryConvert(value, 0, out result);
        public static short CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 0, out short result)) return result;
            if (!TOther.TryConvertToChecked(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<short>.TryConvertFromSaturating<TOther>(TOther value, out short result) => NumberConvert.TryConvert(value, 1, out result);
        static bool INumberBase<short>.TryConvertToSaturating<TOther>(short value, out TOther result) => NumberConvert.TryConvert(value, 1, out result);
        public static short CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 1, out short result)) return result;
            if (!TOther.TryConvertToSaturating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<short>.TryConvertFromTruncating<TOther>(TOther value, out short result) => NumberConvert.TryConvert(value, 2, out result);
        static bool INumberBase<short>.TryConvertToTruncating<TOther>(short value, out TOther result) => NumberConvert.TryConvert(value, 2, out result);
        public static short CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 2, out short result)) return result;
            if (!TOther.TryConvertToTruncating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }

    public readonly partial struct UInt16 : IBinaryInteger<ushort>, IMinMaxValue<ushort>, IUnsignedNumber<ushort>
    {
        static ushort IAdditionOperators<ushort, ushort, ushort>.operator +(ushort left, ushort right) => (ushort)(left + right);
        static ushort IAdditionOperators<ushort, ushort, ushort>.operator checked +(ushort left, ushort right) => checked((ushort)(left + right));
        static ushort ISubtractionOperators<ushort, ushort, ushort>.operator -(ushort left, ushort right) => (ushort)(left - right);
        static ushort ISubtractionOperators<ushort, ushort, ushort>.operator checked -(ushort left, ushort right) => checked((ushort)(left - right));
        static ushort IMultiplyOperators<ushort, ushort, ushort>.operator *(ushort left, ushort right) => (ushort)(left * right);
        static ushort IMultiplyOperators<ushort, ushort, ushort>.operator checked *(ushort left, ushort right) => checked((ushort)(left * right));
        static ushort IDivisionOperators<ushort, ushort, ushort>.operator /(ushort left, ushort right) => (ushort)(left / right);
        static ushort IDivisionOperators<ushort, ushort, ushort>.operator checked /(ushort left, ushort right) => checked((ushort)(left / right));
        static ushort IModulusOperators<ushort, ushort, ushort>.operator %(ushort left, ushort right) => (ushort)(left % right);
        static ushort IUnaryNegationOperators<ushort, ushort>.operator -(ushort value) => (ushort)(0 - value);
        static ushort IUnaryNegationOperators<ushort, ushort>.operator checked -(ushort value) => checked((ushort)(0 - value));
        static ushort IUnaryPlusOperators<ushort, ushort>.operator +(ushort value) => (ushort)(+value);
        static ushort IIncrementOperators<ushort>.operator ++(ushort value) => (ushort)(value + 1);
        static ushort IDecrementOperators<ushort>.operator --(ushort value) => (ushort)(value - 1);
        static ushort IIncrementOperators<ushort>.operator checked ++(ushort value) => checked((ushort)(value + 1));
        static ushort IDecrementOperators<ushort>.operator checked --(ushort value) => checked((ushort)(value - 1));
        static bool IEqualityOperators<ushort, ushort, bool>.operator ==(ushort left, ushort right) => left == right;
        static bool IEqualityOperators<ushort, ushort, bool>.operator !=(ushort left, ushort right) => left != right;
        static bool IComparisonOperators<ushort, ushort, bool>.operator <(ushort left, ushort right) => left < right;
        static bool IComparisonOperators<ushort, ushort, bool>.operator >(ushort left, ushort right) => left > right;
        static bool IComparisonOperators<ushort, ushort, bool>.operator <=(ushort left, ushort right) => left <= right;
        static bool IComparisonOperators<ushort, ushort, bool>.operator >=(ushort left, ushort right) => left >= right;
        static ushort IBitwiseOperators<ushort, ushort, ushort>.operator &(ushort left, ushort right) => (ushort)(left & right);
        static ushort IBitwiseOperators<ushort, ushort, ushort>.operator |(ushort left, ushort right) => (ushort)(left | right);
        static ushort IBitwiseOperators<ushort, ushort, ushort>.operator ^(ushort left, ushort right) => (ushort)(left ^ right);
        static ushort IBitwiseOperators<ushort, ushort, ushort>.operator ~(ushort value) => (ushort)(~value);
        static ushort IShiftOperators<ushort, int, ushort>.operator <<(ushort value, int shiftAmount) => (ushort)(value << (shiftAmount & 15));
        static ushort IShiftOperators<ushort, int, ushort>.operator >>(ushort value, int shiftAmount) => (ushort)(value >> (shiftAmount & 15));
        static ushort IShiftOperators<ushort, int, ushort>.operator >>>(ushort value, int shiftAmount) => (ushort)((ushort)value >>> (shiftAmount & 15));
        static ushort IAdditiveIdentity<ushort, ushort>.AdditiveIdentity => 0;
        static ushort IMultiplicativeIdentity<ushort, ushort>.MultiplicativeIdentity => 1;
        static ushort IMinMaxValue<ushort>.MinValue => MinValue;
        static ushort IMinMaxValue<ushort>.MaxValue => MaxValue;
        static ushort INumberBase<ushort>.One => 1;
        static ushort INumberBase<ushort>.Zero => 0;
        static int INumberBase<ushort>.Radix => 2;
        static bool INumberBase<ushort>.IsCanonical(ushort value) => true;
        static bool INumberBase<ushort>.IsComplexNumber(ushort value) => false;
        static bool INumberBase<ushort>.IsEvenInteger(ushort value) => (value & 1) == 0;
        static bool INumberBase<ushort>.IsFinite(ushort value) => true;
        static bool INumberBase<ushort>.IsImaginaryNumber(ushort value) => false;
        static bool INumberBase<ushort>.IsInfinity(ushort value) => false;
        static bool INumberBase<ushort>.IsInteger(ushort value) => true;
        static bool INumberBase<ushort>.IsNaN(ushort value) => false;
        static bool INumberBase<ushort>.IsNegative(ushort value) => false;
        static bool INumberBase<ushort>.IsNegativeInfinity(ushort value) => false;
        static bool INumberBase<ushort>.IsNormal(ushort value) => value != 0;
        static bool INumberBase<ushort>.IsOddInteger(ushort value) => (value & 1) != 0;
        static bool INumberBase<ushort>.IsPositive(ushort value) => true;
        static bool INumberBase<ushort>.IsPositiveInfinity(ushort value) => false;
        static bool INumberBase<ushort>.IsRealNumber(ushort value) => true;
        static bool INumberBase<ushort>.IsSubnormal(ushort value) => false;
        static bool INumberBase<ushort>.IsZero(ushort value) => value == 0;
        static ushort INumberBase<ushort>.Abs(ushort value) => value;
        static ushort INumberBase<ushort>.MaxMagnitude(ushort x, ushort y) => x >= y ? x : y;
        static ushort INumberBase<ushort>.MaxMagnitudeNumber(ushort x, ushort y) => x >= y ? x : y;
        static ushort INumberBase<ushort>.MinMagnitude(ushort x, ushort y) => x <= y ? x : y;
        static ushort INumberBase<ushort>.MinMagnitudeNumber(ushort x, ushort y) => x <= y ? x : y;
        static ushort INumber<ushort>.Clamp(ushort value, ushort min, ushort max) => Math.Clamp(value, min, max);
        static ushort INumber<ushort>.CopySign(ushort value, ushort sign) => value;
        static int INumber<ushort>.Sign(ushort value) => value == 0 ? 0 : 1;
        static ushort INumber<ushort>.Max(ushort x, ushort y) => x >= y ? x : y;
        static ushort INumber<ushort>.MaxNumber(ushort x, ushort y) => x >= y ? x : y;
        static ushort INumber<ushort>.Min(ushort x, ushort y) => x <= y ? x : y;
        static ushort INumber<ushort>.MinNumber(ushort x, ushort y) => x <= y ? x : y;
        static ushort IBinaryNumber<ushort>.AllBitsSet => MaxValue;
        static bool IBinaryNumber<ushort>.IsPow2(ushort value) => IsPow2(value);
        static ushort IBinaryNumber<ushort>.Log2(ushort value) => Log2(value);
        static ushort IBinaryInteger<ushort>.LeadingZeroCount(ushort value) => LeadingZeroCount(value);
        static ushort IBinaryInteger<ushort>.PopCount(ushort value) => PopCount(value);
        static ushort IBinaryInteger<ushort>.TrailingZeroCount(ushort value) => TrailingZeroCount(value);
        static ushort IBinaryInteger<ushort>.RotateLeft(ushort value, int rotateAmount) => RotateLeft(value, rotateAmount);
        static ushort IBinaryInteger<ushort>.RotateRight(ushort value, int rotateAmount) => RotateRight(value, rotateAmount);
        static (ushort Quotient, ushort Remainder) IBinaryInteger<ushort>.DivRem(ushort left, ushort right) => DivRem(left, right);
        int IBinaryInteger<ushort>.GetByteCount() => 2;
        int IBinaryInteger<ushort>.GetShortestBitLength() => 64 - BitOperations.LeadingZeroCount((ulong)m_value);
        static ushort INumberBase<ushort>.Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);
        static ushort INumberBase<ushort>.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => Parse(s.ToString(), style, provider);
        static bool INumberBase<ushort>.TryParse(string s, NumberStyles style, IFormatProvider provider, out ushort result) => TryParse(s, style, provider, out result);
        static bool INumberBase<ushort>.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out ushort result) => TryParse(s.ToString(), style, provider, out result);
        static ushort IParsable<ushort>.Parse(string s, IFormatProvider provider) => Parse(s, provider);
        static bool IParsable<ushort>.TryParse(string s, IFormatProvider provider, out ushort result) => TryParse(s, NumberStyles.Integer, provider, out result);
        static ushort ISpanParsable<ushort>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        static bool ISpanParsable<ushort>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out ushort result) => TryParse(s.ToString(), NumberStyles.Integer, provider, out result);
        static bool INumberBase<ushort>.TryConvertFromChecked<TOther>(TOther value, out ushort result) => NumberConvert.TryConvert(value, 0, out result);
        static bool INumberBase<ushort>.TryConvertToChecked<TOther>(ushort value, out TOther result) => NumberConvert.TryConvert(value, 0, out result);
        public static ushort CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 0, out ushort result)) return result;
            if (!TOther.TryConvertToChecked(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<ushort>.TryConvertFromSaturating<TOther>(TOther value, out ushort result) => NumberConvert.TryConvert(value, 1, out result);
        static bool INumberBase<ushort>.TryConvertToSaturating<TOther>(ushort value, out TOther result) => NumberConvert.TryConvert(value, 1, out result);
        public static ushort CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 1, out ushort result)) return result;
            if (!TOther.TryConvertToSaturating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<ushort>.TryConvertFromTruncating<TOther>(TOther value, out ushort result) => NumberConvert.TryConvert(value, 2, out result);
        static bool INumberBase<ushort>.TryConvertToTruncating<TOther>(ushort value, out TOther result) => NumberConvert.TryConvert(value, 2, out result);
        public static ushort CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 2, out ushort result)) return result;
            if (!TOther.TryConvertToTruncating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }

    public readonly partial struct Int32 : IBinaryInteger<int>, IMinMaxValue<int>, ISignedNumber<int>
    {
        static int IAdditionOperators<int, int, int>.operator +(int left, int right) => left + right;
        static int IAdditionOperators<int, int, int>.operator checked +(int left, int right) => checked(left + right);
        static int ISubtractionOperators<int, int, int>.operator -(int left, int right) => left - right;
        static int ISubtractionOperators<int, int, int>.operator checked -(int left, int right) => checked(left - right);
        static int IMultiplyOperators<int, int, int>.operator *(int left, int right) => left * right;
        static int IMultiplyOperators<int, int, int>.operator checked *(int left, int right) => checked(left * right);
        static int IDivisionOperators<int, int, int>.operator /(int left, int right) => left / right;
        static int IDivisionOperators<int, int, int>.operator checked /(int left, int right) => checked(left / right);
        static int IModulusOperators<int, int, int>.operator %(int left, int right) => left % right;
        static int IUnaryNegationOperators<int, int>.operator -(int value) => -value;
        static int IUnaryNegationOperators<int, int>.operator checked -(int value) => checked(-value);
        static int IUnaryPlusOperators<int, int>.operator +(int value) => +value;
        static int IIncrementOperators<int>.operator ++(int value) => value + 1;
        static int IDecrementOperators<int>.operator --(int value) => value - 1;
        static int IIncrementOperators<int>.operator checked ++(int value) => checked(value + 1);
        static int IDecrementOperators<int>.operator checked --(int value) => checked(value - 1);
        static bool IEqualityOperators<int, int, bool>.operator ==(int left, int right) => left == right;
        static bool IEqualityOperators<int, int, bool>.operator !=(int left, int right) => left != right;
        static bool IComparisonOperators<int, int, bool>.operator <(int left, int right) => left < right;
        static bool IComparisonOperators<int, int, bool>.operator >(int left, int right) => left > right;
        static bool IComparisonOperators<int, int, bool>.operator <=(int left, int right) => left <= right;
        static bool IComparisonOperators<int, int, bool>.operator >=(int left, int right) => left >= right;
        static int IBitwiseOperators<int, int, int>.operator &(int left, int right) => left & right;
        static int IBitwiseOperators<int, int, int>.operator |(int left, int right) => left | right;
        static int IBitwiseOperators<int, int, int>.operator ^(int left, int right) => left ^ right;
        static int IBitwiseOperators<int, int, int>.operator ~(int value) => ~value;
        static int IShiftOperators<int, int, int>.operator <<(int value, int shiftAmount) => value << (shiftAmount);
        static int IShiftOperators<int, int, int>.operator >>(int value, int shiftAmount) => value >> (shiftAmount);
        static int IShiftOperators<int, int, int>.operator >>>(int value, int shiftAmount) => (int)((uint)value >>> (shiftAmount));
        static int IAdditiveIdentity<int, int>.AdditiveIdentity => 0;
        static int IMultiplicativeIdentity<int, int>.MultiplicativeIdentity => 1;
        static int IMinMaxValue<int>.MinValue => MinValue;
        static int IMinMaxValue<int>.MaxValue => MaxValue;
        static int INumberBase<int>.One => 1;
        static int INumberBase<int>.Zero => 0;
        static int INumberBase<int>.Radix => 2;
        static int ISignedNumber<int>.NegativeOne => -1;
        static bool INumberBase<int>.IsCanonical(int value) => true;
        static bool INumberBase<int>.IsComplexNumber(int value) => false;
        static bool INumberBase<int>.IsEvenInteger(int value) => (value & 1) == 0;
        static bool INumberBase<int>.IsFinite(int value) => true;
        static bool INumberBase<int>.IsImaginaryNumber(int value) => false;
        static bool INumberBase<int>.IsInfinity(int value) => false;
        static bool INumberBase<int>.IsInteger(int value) => true;
        static bool INumberBase<int>.IsNaN(int value) => false;
        static bool INumberBase<int>.IsNegative(int value) => value < 0;
        static bool INumberBase<int>.IsNegativeInfinity(int value) => false;
        static bool INumberBase<int>.IsNormal(int value) => value != 0;
        static bool INumberBase<int>.IsOddInteger(int value) => (value & 1) != 0;
        static bool INumberBase<int>.IsPositive(int value) => value >= 0;
        static bool INumberBase<int>.IsPositiveInfinity(int value) => false;
        static bool INumberBase<int>.IsRealNumber(int value) => true;
        static bool INumberBase<int>.IsSubnormal(int value) => false;
        static bool INumberBase<int>.IsZero(int value) => value == 0;
        static int INumberBase<int>.Abs(int value) => Math.Abs(value);
        private static int MaxMag(int x, int y)
        {
            if (x == MinValue) return x;
            if (y == MinValue) return y;
            int ax = x < 0 ? (int)(-x) : x, ay = y < 0 ? (int)(-y) : y;
            if (ax > ay) return x;
            if (ax == ay) return x < 0 ? y : x;
            return y;
        }
        private static int MinMag(int x, int y)
        {
            if (x == MinValue) return y == MinValue ? x : y;
            if (y == MinValue) return x;
            int ax = x < 0 ? (int)(-x) : x, ay = y < 0 ? (int)(-y) : y;
            if (ax < ay) return x;
            if (ax == ay) return x < 0 ? x : y;
            return y;
        }
        static int INumberBase<int>.MaxMagnitude(int x, int y) => MaxMag(x, y);
        static int INumberBase<int>.MaxMagnitudeNumber(int x, int y) => MaxMag(x, y);
        static int INumberBase<int>.MinMagnitude(int x, int y) => MinMag(x, y);
        static int INumberBase<int>.MinMagnitudeNumber(int x, int y) => MinMag(x, y);
        static int INumber<int>.Clamp(int value, int min, int max) => Math.Clamp(value, min, max);
        static int INumber<int>.CopySign(int value, int sign) => sign < 0 ? (value < 0 ? value : checked(-value)) : (value < 0 ? checked(-value) : value);
        static int INumber<int>.Sign(int value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        static int INumber<int>.Max(int x, int y) => x >= y ? x : y;
        static int INumber<int>.MaxNumber(int x, int y) => x >= y ? x : y;
        static int INumber<int>.Min(int x, int y) => x <= y ? x : y;
        static int INumber<int>.MinNumber(int x, int y) => x <= y ? x : y;
        static int IBinaryNumber<int>.AllBitsSet => unchecked((int)(-1));
        static bool IBinaryNumber<int>.IsPow2(int value) => IsPow2(value);
        static int IBinaryNumber<int>.Log2(int value) => Log2(value);
        static int IBinaryInteger<int>.LeadingZeroCount(int value) => LeadingZeroCount(value);
        static int IBinaryInteger<int>.PopCount(int value) => PopCount(value);
        static int IBinaryInteger<int>.TrailingZeroCount(int value) => TrailingZeroCount(value);
        static int IBinaryInteger<int>.RotateLeft(int value, int rotateAmount) => RotateLeft(value, rotateAmount);
        static int IBinaryInteger<int>.RotateRight(int value, int rotateAmount) => RotateRight(value, rotateAmount);
        static (int Quotient, int Remainder) IBinaryInteger<int>.DivRem(int left, int right) => DivRem(left, right);
        int IBinaryInteger<int>.GetByteCount() => 4;
        int IBinaryInteger<int>.GetShortestBitLength() => m_value >= 0 ? 64 - BitOperations.LeadingZeroCount((ulong)m_value) : 65 - BitOperations.LeadingZeroCount((ulong)~(long)m_value);
        static int INumberBase<int>.Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);
        static int INumberBase<int>.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => Parse(s.ToString(), style, provider);
        static bool INumberBase<int>.TryParse(string s, NumberStyles style, IFormatProvider provider, out int result) => TryParse(s, style, provider, out result);
        static bool INumberBase<int>.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out int result) => TryParse(s.ToString(), style, provider, out result);
        static int IParsable<int>.Parse(string s, IFormatProvider provider) => Parse(s, provider);
        static bool IParsable<int>.TryParse(string s, IFormatProvider provider, out int result) => TryParse(s, NumberStyles.Integer, provider, out result);
        static int ISpanParsable<int>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        static bool ISpanParsable<int>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out int result) => TryParse(s.ToString(), NumberStyles.Integer, provider, out result);
        static bool INumberBase<int>.TryConvertFromChecked<TOther>(TOther value, out int result) => NumberConvert.TryConvert(value, 0, out result);
        static bool INumberBase<int>.TryConvertToChecked<TOther>(int value, out TOther result) => NumberConvert.TryConvert(value, 0, out result);
        public static int CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 0, out int result)) return result;
            if (!TOther.TryConvertToChecked(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<int>.TryConvertFromSaturating<TOther>(TOther value, out int result) => NumberConvert.TryConvert(value, 1, out result);
        static bool INumberBase<int>.TryConvertToSaturating<TOther>(int value, out TOther result) => NumberConvert.TryConvert(value, 1, out result);
        public static int CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 1, out int result)) return result;
            if (!TOther.TryConvertToSaturating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<int>.TryConvertFromTruncating<TOther>(TOther value, out int result) => NumberConvert.TryConvert(value, 2, out result);
        static bool INumberBase<int>.TryConvertToTruncating<TOther>(int value, out TOther result) => NumberConvert.TryConvert(value, 2, out result);
        public static int CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 2, out int result)) return result;
            if (!TOther.TryConvertToTruncating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }

    public readonly partial struct UInt32 : IBinaryInteger<uint>, IMinMaxValue<uint>, IUnsignedNumber<uint>
    {
        static uint IAdditionOperators<uint, uint, uint>.operator +(uint left, uint right) => left + right;
        static uint IAdditionOperators<uint, uint, uint>.operator checked +(uint left, uint right) => checked(left + right);
        static uint ISubtractionOperators<uint, uint, uint>.operator -(uint left, uint right) => left - right;
        static uint ISubtractionOperators<uint, uint, uint>.operator checked -(uint left, uint right) => checked(left - right);
        static uint IMultiplyOperators<uint, uint, uint>.operator *(uint left, uint right) => left * right;
        static uint IMultiplyOperators<uint, uint, uint>.operator checked *(uint left, uint right) => checked(left * right);
        static uint IDivisionOperators<uint, uint, uint>.operator /(uint left, uint right) => left / right;
        static uint IDivisionOperators<uint, uint, uint>.operator checked /(uint left, uint right) => checked(left / right);
        static uint IModulusOperators<uint, uint, uint>.operator %(uint left, uint right) => left % right;
        static uint IUnaryNegationOperators<uint, uint>.operator -(uint value) => 0 - value;
        static uint IUnaryNegationOperators<uint, uint>.operator checked -(uint value) => checked(0 - value);
        static uint IUnaryPlusOperators<uint, uint>.operator +(uint value) => +value;
        static uint IIncrementOperators<uint>.operator ++(uint value) => value + 1;
        static uint IDecrementOperators<uint>.operator --(uint value) => value - 1;
        static uint IIncrementOperators<uint>.operator checked ++(uint value) => checked(value + 1);
        static uint IDecrementOperators<uint>.operator checked --(uint value) => checked(value - 1);
        static bool IEqualityOperators<uint, uint, bool>.operator ==(uint left, uint right) => left == right;
        static bool IEqualityOperators<uint, uint, bool>.operator !=(uint left, uint right) => left != right;
        static bool IComparisonOperators<uint, uint, bool>.operator <(uint left, uint right) => left < right;
        static bool IComparisonOperators<uint, uint, bool>.operator >(uint left, uint right) => left > right;
        static bool IComparisonOperators<uint, uint, bool>.operator <=(uint left, uint right) => left <= right;
        static bool IComparisonOperators<uint, uint, bool>.operator >=(uint left, uint right) => left >= right;
        static uint IBitwiseOperators<uint, uint, uint>.operator &(uint left, uint right) => left & right;
        static uint IBitwiseOperators<uint, uint, uint>.operator |(uint left, uint right) => left | right;
        static uint IBitwiseOperators<uint, uint, uint>.operator ^(uint left, uint right) => left ^ right;
        static uint IBitwiseOperators<uint, uint, uint>.operator ~(uint value) => ~value;
        static uint IShiftOperators<uint, int, uint>.operator <<(uint value, int shiftAmount) => value << (shiftAmount);
        static uint IShiftOperators<uint, int, uint>.operator >>(uint value, int shiftAmount) => value >> (shiftAmount);
        static uint IShiftOperators<uint, int, uint>.operator >>>(uint value, int shiftAmount) => (uint)((uint)value >>> (shiftAmount));
        static uint IAdditiveIdentity<uint, uint>.AdditiveIdentity => 0;
        static uint IMultiplicativeIdentity<uint, uint>.MultiplicativeIdentity => 1;
        static uint IMinMaxValue<uint>.MinValue => MinValue;
        static uint IMinMaxValue<uint>.MaxValue => MaxValue;
        static uint INumberBase<uint>.One => 1;
        static uint INumberBase<uint>.Zero => 0;
        static int INumberBase<uint>.Radix => 2;
        static bool INumberBase<uint>.IsCanonical(uint value) => true;
        static bool INumberBase<uint>.IsComplexNumber(uint value) => false;
        static bool INumberBase<uint>.IsEvenInteger(uint value) => (value & 1) == 0;
        static bool INumberBase<uint>.IsFinite(uint value) => true;
        static bool INumberBase<uint>.IsImaginaryNumber(uint value) => false;
        static bool INumberBase<uint>.IsInfinity(uint value) => false;
        static bool INumberBase<uint>.IsInteger(uint value) => true;
        static bool INumberBase<uint>.IsNaN(uint value) => false;
        static bool INumberBase<uint>.IsNegative(uint value) => false;
        static bool INumberBase<uint>.IsNegativeInfinity(uint value) => false;
        static bool INumberBase<uint>.IsNormal(uint value) => value != 0;
        static bool INumberBase<uint>.IsOddInteger(uint value) => (value & 1) != 0;
        static bool INumberBase<uint>.IsPositive(uint value) => true;
        static bool INumberBase<uint>.IsPositiveInfinity(uint value) => false;
        static bool INumberBase<uint>.IsRealNumber(uint value) => true;
        static bool INumberBase<uint>.IsSubnormal(uint value) => false;
        static bool INumberBase<uint>.IsZero(uint value) => value == 0;
        static uint INumberBase<uint>.Abs(uint value) => value;
        static uint INumberBase<uint>.MaxMagnitude(uint x, uint y) => x >= y ? x : y;
        static uint INumberBase<uint>.MaxMagnitudeNumber(uint x, uint y) => x >= y ? x : y;
        static uint INumberBase<uint>.MinMagnitude(uint x, uint y) => x <= y ? x : y;
        static uint INumberBase<uint>.MinMagnitudeNumber(uint x, uint y) => x <= y ? x : y;
        static uint INumber<uint>.Clamp(uint value, uint min, uint max) => Math.Clamp(value, min, max);
        static uint INumber<uint>.CopySign(uint value, uint sign) => value;
        static int INumber<uint>.Sign(uint value) => value == 0 ? 0 : 1;
        static uint INumber<uint>.Max(uint x, uint y) => x >= y ? x : y;
        static uint INumber<uint>.MaxNumber(uint x, uint y) => x >= y ? x : y;
        static uint INumber<uint>.Min(uint x, uint y) => x <= y ? x : y;
        static uint INumber<uint>.MinNumber(uint x, uint y) => x <= y ? x : y;
        static uint IBinaryNumber<uint>.AllBitsSet => MaxValue;
        static bool IBinaryNumber<uint>.IsPow2(uint value) => IsPow2(value);
        static uint IBinaryNumber<uint>.Log2(uint value) => Log2(value);
        static uint IBinaryInteger<uint>.LeadingZeroCount(uint value) => LeadingZeroCount(value);
        static uint IBinaryInteger<uint>.PopCount(uint value) => PopCount(value);
        static uint IBinaryInteger<uint>.TrailingZeroCount(uint value) => TrailingZeroCount(value);
        static uint IBinaryInteger<uint>.RotateLeft(uint value, int rotateAmount) => RotateLeft(value, rotateAmount);
        static uint IBinaryInteger<uint>.RotateRight(uint value, int rotateAmount) => RotateRight(value, rotateAmount);
        static (uint Quotient, uint Remainder) IBinaryInteger<uint>.DivRem(uint left, uint right) => DivRem(left, right);
        int IBinaryInteger<uint>.GetByteCount() => 4;
        int IBinaryInteger<uint>.GetShortestBitLength() => 64 - BitOperations.LeadingZeroCount((ulong)m_value);
        static uint INumberBase<uint>.Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);
        static uint INumberBase<uint>.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => Parse(s.ToString(), style, provider);
        static bool INumberBase<uint>.TryParse(string s, NumberStyles style, IFormatProvider provider, out uint result) => TryParse(s, style, provider, out result);
        static bool INumberBase<uint>.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out uint result) => TryParse(s.ToString(), style, provider, out result);
        static uint IParsable<uint>.Parse(string s, IFormatProvider provider) => Parse(s, provider);
        static bool IParsable<uint>.TryParse(string s, IFormatProvider provider, out uint result) => TryParse(s, NumberStyles.Integer, provider, out result);
        static uint ISpanParsable<uint>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        static bool ISpanParsable<uint>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out uint result) => TryParse(s.ToString(), NumberStyles.Integer, provider, out result);
        static bool INumberBase<uint>.TryConvertFromChecked<TOther>(TOther value, out uint result) => NumberConvert.TryConvert(value, 0, out result);
        static bool INumberBase<uint>.TryConvertToChecked<TOther>(uint value, out TOther result) => NumberConvert.TryConvert(value, 0, out result);
        public static uint CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 0, out uint result)) return result;
            if (!TOther.TryConvertToChecked(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<uint>.TryConvertFromSaturating<TOther>(TOther value, out uint result) => NumberConvert.TryConvert(value, 1, out result);
        static bool INumberBase<uint>.TryConvertToSaturating<TOther>(uint value, out TOther result) => NumberConvert.TryConvert(value, 1, out result);
        public static uint CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 1, out uint result)) return result;
            if (!TOther.TryConvertToSaturating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<uint>.TryConvertFromTruncating<TOther>(TOther value, out uint result) => NumberConvert.TryConvert(value, 2, out result);
        static bool INumberBase<uint>.TryConvertToTruncating<TOther>(uint value, out TOther result) => NumberConvert.TryConvert(value, 2, out result);
        public static uint CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 2, out uint result)) return result;
            if (!TOther.TryConvertToTruncating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }

    public readonly partial struct Int64 : IBinaryInteger<long>, IMinMaxValue<long>, ISignedNumber<long>
    {
        static long IAdditionOperators<long, long, long>.operator +(long left, long right) => left + right;
        static long IAdditionOperators<long, long, long>.operator checked +(long left, long right) => checked(left + right);
        static long ISubtractionOperators<long, long, long>.operator -(long left, long right) => left - right;
        static long ISubtractionOperators<long, long, long>.operator checked -(long left, long right) => checked(left - right);
        static long IMultiplyOperators<long, long, long>.operator *(long left, long right) => left * right;
        static long IMultiplyOperators<long, long, long>.operator checked *(long left, long right) => checked(left * right);
        static long IDivisionOperators<long, long, long>.operator /(long left, long right) => left / right;
        static long IDivisionOperators<long, long, long>.operator checked /(long left, long right) => checked(left / right);
        static long IModulusOperators<long, long, long>.operator %(long left, long right) => left % right;
        static long IUnaryNegationOperators<long, long>.operator -(long value) => -value;
        static long IUnaryNegationOperators<long, long>.operator checked -(long value) => checked(-value);
        static long IUnaryPlusOperators<long, long>.operator +(long value) => +value;
        static long IIncrementOperators<long>.operator ++(long value) => value + 1;
        static long IDecrementOperators<long>.operator --(long value) => value - 1;
        static long IIncrementOperators<long>.operator checked ++(long value) => checked(value + 1);
        static long IDecrementOperators<long>.operator checked --(long value) => checked(value - 1);
        static bool IEqualityOperators<long, long, bool>.operator ==(long left, long right) => left == right;
        static bool IEqualityOperators<long, long, bool>.operator !=(long left, long right) => left != right;
        static bool IComparisonOperators<long, long, bool>.operator <(long left, long right) => left < right;
        static bool IComparisonOperators<long, long, bool>.operator >(long left, long right) => left > right;
        static bool IComparisonOperators<long, long, bool>.operator <=(long left, long right) => left <= right;
        static bool IComparisonOperators<long, long, bool>.operator >=(long left, long right) => left >= right;
        static long IBitwiseOperators<long, long, long>.operator &(long left, long right) => left & right;
        static long IBitwiseOperators<long, long, long>.operator |(long left, long right) => left | right;
        static long IBitwiseOperators<long, long, long>.operator ^(long left, long right) => left ^ right;
        static long IBitwiseOperators<long, long, long>.operator ~(long value) => ~value;
        static long IShiftOperators<long, int, long>.operator <<(long value, int shiftAmount) => value << (shiftAmount);
        static long IShiftOperators<long, int, long>.operator >>(long value, int shiftAmount) => value >> (shiftAmount);
        static long IShiftOperators<long, int, long>.operator >>>(long value, int shiftAmount) => (long)((ulong)value >>> (shiftAmount));
        static long IAdditiveIdentity<long, long>.AdditiveIdentity => 0;
        static long IMultiplicativeIdentity<long, long>.MultiplicativeIdentity => 1;
        static long IMinMaxValue<long>.MinValue => MinValue;
        static long IMinMaxValue<long>.MaxValue => MaxValue;
        static long INumberBase<long>.One => 1;
        static long INumberBase<long>.Zero => 0;
        static int INumberBase<long>.Radix => 2;
        static long ISignedNumber<long>.NegativeOne => -1;
        static bool INumberBase<long>.IsCanonical(long value) => true;
        static bool INumberBase<long>.IsComplexNumber(long value) => false;
        static bool INumberBase<long>.IsEvenInteger(long value) => (value & 1) == 0;
        static bool INumberBase<long>.IsFinite(long value) => true;
        static bool INumberBase<long>.IsImaginaryNumber(long value) => false;
        static bool INumberBase<long>.IsInfinity(long value) => false;
        static bool INumberBase<long>.IsInteger(long value) => true;
        static bool INumberBase<long>.IsNaN(long value) => false;
        static bool INumberBase<long>.IsNegative(long value) => value < 0;
        static bool INumberBase<long>.IsNegativeInfinity(long value) => false;
        static bool INumberBase<long>.IsNormal(long value) => value != 0;
        static bool INumberBase<long>.IsOddInteger(long value) => (value & 1) != 0;
        static bool INumberBase<long>.IsPositive(long value) => value >= 0;
        static bool INumberBase<long>.IsPositiveInfinity(long value) => false;
        static bool INumberBase<long>.IsRealNumber(long value) => true;
        static bool INumberBase<long>.IsSubnormal(long value) => false;
        static bool INumberBase<long>.IsZero(long value) => value == 0;
        static long INumberBase<long>.Abs(long value) => Math.Abs(value);
        private static long MaxMag(long x, long y)
        {
            if (x == MinValue) return x;
            if (y == MinValue) return y;
            long ax = x < 0 ? (long)(-x) : x, ay = y < 0 ? (long)(-y) : y;
            if (ax > ay) return x;
            if (ax == ay) return x < 0 ? y : x;
            return y;
        }
        private static long MinMag(long x, long y)
        {
            if (x == MinValue) return y == MinValue ? x : y;
            if (y == MinValue) return x;
            long ax = x < 0 ? (long)(-x) : x, ay = y < 0 ? (long)(-y) : y;
            if (ax < ay) return x;
            if (ax == ay) return x < 0 ? x : y;
            return y;
        }
        static long INumberBase<long>.MaxMagnitude(long x, long y) => MaxMag(x, y);
        static long INumberBase<long>.MaxMagnitudeNumber(long x, long y) => MaxMag(x, y);
        static long INumberBase<long>.MinMagnitude(long x, long y) => MinMag(x, y);
        static long INumberBase<long>.MinMagnitudeNumber(long x, long y) => MinMag(x, y);
        static long INumber<long>.Clamp(long value, long min, long max) => Math.Clamp(value, min, max);
        static long INumber<long>.CopySign(long value, long sign) => sign < 0 ? (value < 0 ? value : checked(-value)) : (value < 0 ? checked(-value) : value);
        static int INumber<long>.Sign(long value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        static long INumber<long>.Max(long x, long y) => x >= y ? x : y;
        static long INumber<long>.MaxNumber(long x, long y) => x >= y ? x : y;
        static long INumber<long>.Min(long x, long y) => x <= y ? x : y;
        static long INumber<long>.MinNumber(long x, long y) => x <= y ? x : y;
        static long IBinaryNumber<long>.AllBitsSet => unchecked((long)(-1));
        static bool IBinaryNumber<long>.IsPow2(long value) => IsPow2(value);
        static long IBinaryNumber<long>.Log2(long value) => Log2(value);
        static long IBinaryInteger<long>.LeadingZeroCount(long value) => LeadingZeroCount(value);
        static long IBinaryInteger<long>.PopCount(long value) => PopCount(value);
        static long IBinaryInteger<long>.TrailingZeroCount(long value) => TrailingZeroCount(value);
        static long IBinaryInteger<long>.RotateLeft(long value, int rotateAmount) => RotateLeft(value, rotateAmount);
        static long IBinaryInteger<long>.RotateRight(long value, int rotateAmount) => RotateRight(value, rotateAmount);
        static (long Quotient, long Remainder) IBinaryInteger<long>.DivRem(long left, long right) => DivRem(left, right);
        int IBinaryInteger<long>.GetByteCount() => 8;
        int IBinaryInteger<long>.GetShortestBitLength() => m_value >= 0 ? 64 - BitOperations.LeadingZeroCount((ulong)m_value) : 65 - BitOperations.LeadingZeroCount((ulong)~(long)m_value);
        static long INumberBase<long>.Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);
        static long INumberBase<long>.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => Parse(s.ToString(), style, provider);
        static bool INumberBase<long>.TryParse(string s, NumberStyles style, IFormatProvider provider, out long result) => TryParse(s, style, provider, out result);
        static bool INumberBase<long>.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out long result) => TryParse(s.ToString(), style, provider, out result);
        static long IParsable<long>.Parse(string s, IFormatProvider provider) => Parse(s, provider);
        static bool IParsable<long>.TryParse(string s, IFormatProvider provider, out long result) => TryParse(s, NumberStyles.Integer, provider, out result);
        static long ISpanParsable<long>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        static bool ISpanParsable<long>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out long result) => TryParse(s.ToString(), NumberStyles.Integer, provider, out result);
        static bool INumberBase<long>.TryConvertFromChecked<TOther>(TOther value, out long result) => NumberConvert.TryConvert(value, 0, out result);
        static bool INumberBase<long>.TryConvertToChecked<TOther>(long value, out TOther result) => NumberConvert.TryConvert(value, 0, out result);
        public static long CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 0, out long result)) return result;
            if (!TOther.TryConvertToChecked(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<long>.TryConvertFromSaturating<TOther>(TOther value, out long result) => NumberConvert.TryConvert(value, 1, out result);
        static bool INumberBase<long>.TryConvertToSaturating<TOther>(long value, out TOther result) => NumberConvert.TryConvert(value, 1, out result);
        public static long CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 1, out long result)) return result;
            if (!TOther.TryConvertToSaturating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<long>.TryConvertFromTruncating<TOther>(TOther value, out long result) => NumberConvert.TryConvert(value, 2, out result);
        static bool INumberBase<long>.TryConvertToTruncating<TOther>(long value, out TOther result) => NumberConvert.TryConvert(value, 2, out result);
        public static long CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 2, out long result)) return result;
            if (!TOther.TryConvertToTruncating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }

    public readonly partial struct UInt64 : IBinaryInteger<ulong>, IMinMaxValue<ulong>, IUnsignedNumber<ulong>
    {
        static ulong IAdditionOperators<ulong, ulong, ulong>.operator +(ulong left, ulong right) => left + right;
        static ulong IAdditionOperators<ulong, ulong, ulong>.operator checked +(ulong left, ulong right) => checked(left + right);
        static ulong ISubtractionOperators<ulong, ulong, ulong>.operator -(ulong left, ulong right) => left - right;
        static ulong ISubtractionOperators<ulong, ulong, ulong>.operator checked -(ulong left, ulong right) => checked(left - right);
        static ulong IMultiplyOperators<ulong, ulong, ulong>.operator *(ulong left, ulong right) => left * right;
        static ulong IMultiplyOperators<ulong, ulong, ulong>.operator checked *(ulong left, ulong right) => checked(left * right);
        static ulong IDivisionOperators<ulong, ulong, ulong>.operator /(ulong left, ulong right) => left / right;
        static ulong IDivisionOperators<ulong, ulong, ulong>.operator checked /(ulong left, ulong right) => checked(left / right);
        static ulong IModulusOperators<ulong, ulong, ulong>.operator %(ulong left, ulong right) => left % right;
        static ulong IUnaryNegationOperators<ulong, ulong>.operator -(ulong value) => 0 - value;
        static ulong IUnaryNegationOperators<ulong, ulong>.operator checked -(ulong value) => checked(0 - value);
        static ulong IUnaryPlusOperators<ulong, ulong>.operator +(ulong value) => +value;
        static ulong IIncrementOperators<ulong>.operator ++(ulong value) => value + 1;
        static ulong IDecrementOperators<ulong>.operator --(ulong value) => value - 1;
        static ulong IIncrementOperators<ulong>.operator checked ++(ulong value) => checked(value + 1);
        static ulong IDecrementOperators<ulong>.operator checked --(ulong value) => checked(value - 1);
        static bool IEqualityOperators<ulong, ulong, bool>.operator ==(ulong left, ulong right) => left == right;
        static bool IEqualityOperators<ulong, ulong, bool>.operator !=(ulong left, ulong right) => left != right;
        static bool IComparisonOperators<ulong, ulong, bool>.operator <(ulong left, ulong right) => left < right;
        static bool IComparisonOperators<ulong, ulong, bool>.operator >(ulong left, ulong right) => left > right;
        static bool IComparisonOperators<ulong, ulong, bool>.operator <=(ulong left, ulong right) => left <= right;
        static bool IComparisonOperators<ulong, ulong, bool>.operator >=(ulong left, ulong right) => left >= right;
        static ulong IBitwiseOperators<ulong, ulong, ulong>.operator &(ulong left, ulong right) => left & right;
        static ulong IBitwiseOperators<ulong, ulong, ulong>.operator |(ulong left, ulong right) => left | right;
        static ulong IBitwiseOperators<ulong, ulong, ulong>.operator ^(ulong left, ulong right) => left ^ right;
        static ulong IBitwiseOperators<ulong, ulong, ulong>.operator ~(ulong value) => ~value;
        static ulong IShiftOperators<ulong, int, ulong>.operator <<(ulong value, int shiftAmount) => value << (shiftAmount);
        static ulong IShiftOperators<ulong, int, ulong>.operator >>(ulong value, int shiftAmount) => value >> (shiftAmount);
        static ulong IShiftOperators<ulong, int, ulong>.operator >>>(ulong value, int shiftAmount) => (ulong)((ulong)value >>> (shiftAmount));
        static ulong IAdditiveIdentity<ulong, ulong>.AdditiveIdentity => 0;
        static ulong IMultiplicativeIdentity<ulong, ulong>.MultiplicativeIdentity => 1;
        static ulong IMinMaxValue<ulong>.MinValue => MinValue;
        static ulong IMinMaxValue<ulong>.MaxValue => MaxValue;
        static ulong INumberBase<ulong>.One => 1;
        static ulong INumberBase<ulong>.Zero => 0;
        static int INumberBase<ulong>.Radix => 2;
        static bool INumberBase<ulong>.IsCanonical(ulong value) => true;
        static bool INumberBase<ulong>.IsComplexNumber(ulong value) => false;
        static bool INumberBase<ulong>.IsEvenInteger(ulong value) => (value & 1) == 0;
        static bool INumberBase<ulong>.IsFinite(ulong value) => true;
        static bool INumberBase<ulong>.IsImaginaryNumber(ulong value) => false;
        static bool INumberBase<ulong>.IsInfinity(ulong value) => false;
        static bool INumberBase<ulong>.IsInteger(ulong value) => true;
        static bool INumberBase<ulong>.IsNaN(ulong value) => false;
        static bool INumberBase<ulong>.IsNegative(ulong value) => false;
        static bool INumberBase<ulong>.IsNegativeInfinity(ulong value) => false;
        static bool INumberBase<ulong>.IsNormal(ulong value) => value != 0;
        static bool INumberBase<ulong>.IsOddInteger(ulong value) => (value & 1) != 0;
        static bool INumberBase<ulong>.IsPositive(ulong value) => true;
        static bool INumberBase<ulong>.IsPositiveInfinity(ulong value) => false;
        static bool INumberBase<ulong>.IsRealNumber(ulong value) => true;
        static bool INumberBase<ulong>.IsSubnormal(ulong value) => false;
        static bool INumberBase<ulong>.IsZero(ulong value) => value == 0;
        static ulong INumberBase<ulong>.Abs(ulong value) => value;
        static ulong INumberBase<ulong>.MaxMagnitude(ulong x, ulong y) => x >= y ? x : y;
        static ulong INumberBase<ulong>.MaxMagnitudeNumber(ulong x, ulong y) => x >= y ? x : y;
        static ulong INumberBase<ulong>.MinMagnitude(ulong x, ulong y) => x <= y ? x : y;
        static ulong INumberBase<ulong>.MinMagnitudeNumber(ulong x, ulong y) => x <= y ? x : y;
        static ulong INumber<ulong>.Clamp(ulong value, ulong min, ulong max) => Math.Clamp(value, min, max);
        static ulong INumber<ulong>.CopySign(ulong value, ulong sign) => value;
        static int INumber<ulong>.Sign(ulong value) => value == 0 ? 0 : 1;
        static ulong INumber<ulong>.Max(ulong x, ulong y) => x >= y ? x : y;
        static ulong INumber<ulong>.MaxNumber(ulong x, ulong y) => x >= y ? x : y;
        static ulong INumber<ulong>.Min(ulong x, ulong y) => x <= y ? x : y;
        static ulong INumber<ulong>.MinNumber(ulong x, ulong y) => x <= y ? x : y;
        static ulong IBinaryNumber<ulong>.AllBitsSet => MaxValue;
        static bool IBinaryNumber<ulong>.IsPow2(ulong value) => IsPow2(value);
        static ulong IBinaryNumber<ulong>.Log2(ulong value) => Log2(value);
        static ulong IBinaryInteger<ulong>.LeadingZeroCount(ulong value) => LeadingZeroCount(value);
        static ulong IBinaryInteger<ulong>.PopCount(ulong value) => PopCount(value);
        static ulong IBinaryInteger<ulong>.TrailingZeroCount(ulong value) => TrailingZeroCount(value);
        static ulong IBinaryInteger<ulong>.RotateLeft(ulong value, int rotateAmount) => RotateLeft(value, rotateAmount);
        static ulong IBinaryInteger<ulong>.RotateRight(ulong value, int rotateAmount) => RotateRight(value, rotateAmount);
        static (ulong Quotient, ulong Remainder) IBinaryInteger<ulong>.DivRem(ulong left, ulong right) => DivRem(left, right);
        int IBinaryInteger<ulong>.GetByteCount() => 8;
        int IBinaryInteger<ulong>.GetShortestBitLength() => 64 - BitOperations.LeadingZeroCount((ulong)m_value);
        static ulong INumberBase<ulong>.Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);
        static ulong INumberBase<ulong>.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => Parse(s.ToString(), style, provider);
        static bool INumberBase<ulong>.TryParse(string s, NumberStyles style, IFormatProvider provider, out ulong result) => TryParse(s, style, provider, out result);
        static bool INumberBase<ulong>.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out ulong result) => TryParse(s.ToString(), style, provider, out result);
        static ulong IParsable<ulong>.Parse(string s, IFormatProvider provider) => Parse(s, provider);
        static bool IParsable<ulong>.TryParse(string s, IFormatProvider provider, out ulong result) => TryParse(s, NumberStyles.Integer, provider, out result);
        static ulong ISpanParsable<ulong>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        static bool ISpanParsable<ulong>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out ulong result) => TryParse(s.ToString(), NumberStyles.Integer, provider, out result);
        static bool INumberBase<ulong>.TryConvertFromChecked<TOther>(TOther value, out ulong result) => NumberConvert.TryConvert(value, 0, out result);
        static bool INumberBase<ulong>.TryConvertToChecked<TOther>(ulong value, out TOther result) => NumberConvert.TryConvert(value, 0, out result);
        public static ulong CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 0, out ulong result)) return result;
            if (!TOther.TryConvertToChecked(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<ulong>.TryConvertFromSaturating<TOther>(TOther value, out ulong result) => NumberConvert.TryConvert(value, 1, out result);
        static bool INumberBase<ulong>.TryConvertToSaturating<TOther>(ulong value, out TOther result) => NumberConvert.TryConvert(value, 1, out result);
        public static ulong CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 1, out ulong result)) return result;
            if (!TOther.TryConvertToSaturating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<ulong>.TryConvertFromTruncating<TOther>(TOther value, out ulong result) => NumberConvert.TryConvert(value, 2, out result);
        static bool INumberBase<ulong>.TryConvertToTruncating<TOther>(ulong value, out TOther result) => NumberConvert.TryConvert(value, 2, out result);
        public static ulong CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 2, out ulong result)) return result;
            if (!TOther.TryConvertToTruncating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }

    public readonly partial struct Char : IBinaryInteger<char>, IMinMaxValue<char>, IUnsignedNumber<char>
    {
        static char IAdditionOperators<char, char, char>.operator +(char left, char right) => (char)(left + right);
        static char IAdditionOperators<char, char, char>.operator checked +(char left, char right) => checked((char)(left + right));
        static char ISubtractionOperators<char, char, char>.operator -(char left, char right) => (char)(left - right);
        static char ISubtractionOperators<char, char, char>.operator checked -(char left, char right) => checked((char)(left - right));
        static char IMultiplyOperators<char, char, char>.operator *(char left, char right) => (char)(left * right);
        static char IMultiplyOperators<char, char, char>.operator checked *(char left, char right) => checked((char)(left * right));
        static char IDivisionOperators<char, char, char>.operator /(char left, char right) => (char)(left / right);
        static char IDivisionOperators<char, char, char>.operator checked /(char left, char right) => checked((char)(left / right));
        static char IModulusOperators<char, char, char>.operator %(char left, char right) => (char)(left % right);
        static char IUnaryNegationOperators<char, char>.operator -(char value) => (char)(0 - value);
        static char IUnaryNegationOperators<char, char>.operator checked -(char value) => checked((char)(0 - value));
        static char IUnaryPlusOperators<char, char>.operator +(char value) => (char)(+value);
        static char IIncrementOperators<char>.operator ++(char value) => (char)(value + 1);
        static char IDecrementOperators<char>.operator --(char value) => (char)(value - 1);
        static char IIncrementOperators<char>.operator checked ++(char value) => checked((char)(value + 1));
        static char IDecrementOperators<char>.operator checked --(char value) => checked((char)(value - 1));
        static bool IEqualityOperators<char, char, bool>.operator ==(char left, char right) => left == right;
        static bool IEqualityOperators<char, char, bool>.operator !=(char left, char right) => left != right;
        static bool IComparisonOperators<char, char, bool>.operator <(char left, char right) => left < right;
        static bool IComparisonOperators<char, char, bool>.operator >(char left, char right) => left > right;
        static bool IComparisonOperators<char, char, bool>.operator <=(char left, char right) => left <= right;
        static bool IComparisonOperators<char, char, bool>.operator >=(char left, char right) => left >= right;
        static char IBitwiseOperators<char, char, char>.operator &(char left, char right) => (char)(left & right);
        static char IBitwiseOperators<char, char, char>.operator |(char left, char right) => (char)(left | right);
        static char IBitwiseOperators<char, char, char>.operator ^(char left, char right) => (char)(left ^ right);
        static char IBitwiseOperators<char, char, char>.operator ~(char value) => (char)(~value);
        static char IShiftOperators<char, int, char>.operator <<(char value, int shiftAmount) => (char)(value << (shiftAmount & 15));
        static char IShiftOperators<char, int, char>.operator >>(char value, int shiftAmount) => (char)(value >> (shiftAmount & 15));
        static char IShiftOperators<char, int, char>.operator >>>(char value, int shiftAmount) => (char)((ushort)value >>> (shiftAmount & 15));
        static char IAdditiveIdentity<char, char>.AdditiveIdentity => (char)0;
        static char IMultiplicativeIdentity<char, char>.MultiplicativeIdentity => (char)1;
        static char IMinMaxValue<char>.MinValue => MinValue;
        static char IMinMaxValue<char>.MaxValue => MaxValue;
        static char INumberBase<char>.One => (char)1;
        static char INumberBase<char>.Zero => (char)0;
        static int INumberBase<char>.Radix => 2;
        static bool INumberBase<char>.IsCanonical(char value) => true;
        static bool INumberBase<char>.IsComplexNumber(char value) => false;
        static bool INumberBase<char>.IsEvenInteger(char value) => (value & 1) == 0;
        static bool INumberBase<char>.IsFinite(char value) => true;
        static bool INumberBase<char>.IsImaginaryNumber(char value) => false;
        static bool INumberBase<char>.IsInfinity(char value) => false;
        static bool INumberBase<char>.IsInteger(char value) => true;
        static bool INumberBase<char>.IsNaN(char value) => false;
        static bool INumberBase<char>.IsNegative(char value) => false;
        static bool INumberBase<char>.IsNegativeInfinity(char value) => false;
        static bool INumberBase<char>.IsNormal(char value) => value != 0;
        static bool INumberBase<char>.IsOddInteger(char value) => (value & 1) != 0;
        static bool INumberBase<char>.IsPositive(char value) => true;
        static bool INumberBase<char>.IsPositiveInfinity(char value) => false;
        static bool INumberBase<char>.IsRealNumber(char value) => true;
        static bool INumberBase<char>.IsSubnormal(char value) => false;
        static bool INumberBase<char>.IsZero(char value) => value == 0;
        static char INumberBase<char>.Abs(char value) => value;
        static char INumberBase<char>.MaxMagnitude(char x, char y) => x >= y ? x : y;
        static char INumberBase<char>.MaxMagnitudeNumber(char x, char y) => x >= y ? x : y;
        static char INumberBase<char>.MinMagnitude(char x, char y) => x <= y ? x : y;
        static char INumberBase<char>.MinMagnitudeNumber(char x, char y) => x <= y ? x : y;
        static char INumber<char>.Clamp(char value, char min, char max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            return value < min ? min : value > max ? max : value;
        }
        static char INumber<char>.CopySign(char value, char sign) => value;
        static int INumber<char>.Sign(char value) => value == 0 ? 0 : 1;
        static char INumber<char>.Max(char x, char y) => x >= y ? x : y;
        static char INumber<char>.MaxNumber(char x, char y) => x >= y ? x : y;
        static char INumber<char>.Min(char x, char y) => x <= y ? x : y;
        static char INumber<char>.MinNumber(char x, char y) => x <= y ? x : y;
        static char IBinaryNumber<char>.AllBitsSet => (char)0xFFFF;
        static bool IBinaryNumber<char>.IsPow2(char value) => ushort.IsPow2(value);
        static char IBinaryNumber<char>.Log2(char value) => (char)ushort.Log2(value);
        static char IBinaryInteger<char>.LeadingZeroCount(char value) => (char)ushort.LeadingZeroCount(value);
        static char IBinaryInteger<char>.PopCount(char value) => (char)ushort.PopCount(value);
        static char IBinaryInteger<char>.TrailingZeroCount(char value) => (char)ushort.TrailingZeroCount(value);
        static char IBinaryInteger<char>.RotateLeft(char value, int rotateAmount) => (char)ushort.RotateLeft(value, rotateAmount);
        static char IBinaryInteger<char>.RotateRight(char value, int rotateAmount) => (char)ushort.RotateRight(value, rotateAmount);
        static (char Quotient, char Remainder) IBinaryInteger<char>.DivRem(char left, char right) => ((char)(left / right), (char)(left % right));
        int IBinaryInteger<char>.GetByteCount() => 2;
        int IBinaryInteger<char>.GetShortestBitLength() => 64 - BitOperations.LeadingZeroCount((ulong)m_value);
        static char INumberBase<char>.Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s);
        static char INumberBase<char>.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => s.Length == 1 ? s[0] : Parse(s.ToString());
        static bool INumberBase<char>.TryParse(string s, NumberStyles style, IFormatProvider provider, out char result) => TryParse(s, out result);
        static bool INumberBase<char>.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out char result) => TryParse(s.ToString(), out result);
        static char IParsable<char>.Parse(string s, IFormatProvider provider) => Parse(s);
        static bool IParsable<char>.TryParse(string s, IFormatProvider provider, out char result) => TryParse(s, out result);
        static char ISpanParsable<char>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => s.Length == 1 ? s[0] : Parse(s.ToString());
        static bool ISpanParsable<char>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out char result) => TryParse(s.ToString(), out result);
        static bool INumberBase<char>.TryConvertFromChecked<TOther>(TOther value, out char result) => NumberConvert.TryConvert(value, 0, out result);
        static bool INumberBase<char>.TryConvertToChecked<TOther>(char value, out TOther result) => NumberConvert.TryConvert(value, 0, out result);
        public static char CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 0, out char result)) return result;
            if (!TOther.TryConvertToChecked(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<char>.TryConvertFromSaturating<TOther>(TOther value, out char result) => NumberConvert.TryConvert(value, 1, out result);
        static bool INumberBase<char>.TryConvertToSaturating<TOther>(char value, out TOther result) => NumberConvert.TryConvert(value, 1, out result);
        public static char CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 1, out char result)) return result;
            if (!TOther.TryConvertToSaturating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<char>.TryConvertFromTruncating<TOther>(TOther value, out char result) => NumberConvert.TryConvert(value, 2, out result);
        static bool INumberBase<char>.TryConvertToTruncating<TOther>(char value, out TOther result) => NumberConvert.TryConvert(value, 2, out result);
        public static char CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 2, out char result)) return result;
            if (!TOther.TryConvertToTruncating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }

    public readonly partial struct Single : IBinaryFloatingPointIeee754<float>, IMinMaxValue<float>, ISignedNumber<float>
    {
        static float IAdditionOperators<float, float, float>.operator +(float left, float right) => left + right;
        static float IAdditionOperators<float, float, float>.operator checked +(float left, float right) => checked(left + right);
        static float ISubtractionOperators<float, float, float>.operator -(float left, float right) => left - right;
        static float ISubtractionOperators<float, float, float>.operator checked -(float left, float right) => checked(left - right);
        static float IMultiplyOperators<float, float, float>.operator *(float left, float right) => left * right;
        static float IMultiplyOperators<float, float, float>.operator checked *(float left, float right) => checked(left * right);
        static float IDivisionOperators<float, float, float>.operator /(float left, float right) => left / right;
        static float IDivisionOperators<float, float, float>.operator checked /(float left, float right) => checked(left / right);
        static float IModulusOperators<float, float, float>.operator %(float left, float right) => left % right;
        static float IUnaryNegationOperators<float, float>.operator -(float value) => -value;
        static float IUnaryNegationOperators<float, float>.operator checked -(float value) => checked(-value);
        static float IUnaryPlusOperators<float, float>.operator +(float value) => +value;
        static float IIncrementOperators<float>.operator ++(float value) => value + 1;
        static float IDecrementOperators<float>.operator --(float value) => value - 1;
        static float IIncrementOperators<float>.operator checked ++(float value) => checked(value + 1);
        static float IDecrementOperators<float>.operator checked --(float value) => checked(value - 1);
        static bool IEqualityOperators<float, float, bool>.operator ==(float left, float right) => left == right;
        static bool IEqualityOperators<float, float, bool>.operator !=(float left, float right) => left != right;
        static bool IComparisonOperators<float, float, bool>.operator <(float left, float right) => left < right;
        static bool IComparisonOperators<float, float, bool>.operator >(float left, float right) => left > right;
        static bool IComparisonOperators<float, float, bool>.operator <=(float left, float right) => left <= right;
        static bool IComparisonOperators<float, float, bool>.operator >=(float left, float right) => left >= right;
        static float IBitwiseOperators<float, float, float>.operator &(float left, float right) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(left) & BitConverter.SingleToInt32Bits(right));
        static float IBitwiseOperators<float, float, float>.operator |(float left, float right) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(left) | BitConverter.SingleToInt32Bits(right));
        static float IBitwiseOperators<float, float, float>.operator ^(float left, float right) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(left) ^ BitConverter.SingleToInt32Bits(right));
        static float IBitwiseOperators<float, float, float>.operator ~(float value) => BitConverter.Int32BitsToSingle(~BitConverter.SingleToInt32Bits(value));
        static float IAdditiveIdentity<float, float>.AdditiveIdentity => 0;
        static float IMultiplicativeIdentity<float, float>.MultiplicativeIdentity => 1;
        static float IMinMaxValue<float>.MinValue => MinValue;
        static float IMinMaxValue<float>.MaxValue => MaxValue;
        static float INumberBase<float>.One => 1;
        static float INumberBase<float>.Zero => 0;
        static int INumberBase<float>.Radix => 2;
        static float ISignedNumber<float>.NegativeOne => -1;
        static bool INumberBase<float>.IsCanonical(float value) => true;
        static bool INumberBase<float>.IsComplexNumber(float value) => false;
        static bool INumberBase<float>.IsEvenInteger(float value) => IsEvenInteger(value);
        static bool INumberBase<float>.IsFinite(float value) => IsFinite(value);
        static bool INumberBase<float>.IsImaginaryNumber(float value) => false;
        static bool INumberBase<float>.IsInfinity(float value) => IsInfinity(value);
        static bool INumberBase<float>.IsInteger(float value) => IsInteger(value);
        static bool INumberBase<float>.IsNaN(float value) => IsNaN(value);
        static bool INumberBase<float>.IsNegative(float value) => IsNegative(value);
        static bool INumberBase<float>.IsNegativeInfinity(float value) => IsNegativeInfinity(value);
        static bool INumberBase<float>.IsNormal(float value) => IsNormal(value);
        static bool INumberBase<float>.IsOddInteger(float value) => IsOddInteger(value);
        static bool INumberBase<float>.IsPositive(float value) => IsPositive(value);
        static bool INumberBase<float>.IsPositiveInfinity(float value) => IsPositiveInfinity(value);
        static bool INumberBase<float>.IsRealNumber(float value) => IsRealNumber(value);
        static bool INumberBase<float>.IsSubnormal(float value) => IsSubnormal(value);
        static bool INumberBase<float>.IsZero(float value) => value == 0;
        static float INumberBase<float>.Abs(float value) => Math.Abs(value);
        static float INumberBase<float>.MaxMagnitude(float x, float y)
        {
            float ax = Math.Abs(x), ay = Math.Abs(y);
            if (ax > ay || IsNaN(ax)) return x;
            if (ax == ay) return IsNegative(x) ? y : x;
            return y;
        }
        static float INumberBase<float>.MaxMagnitudeNumber(float x, float y)
        {
            float ax = Math.Abs(x), ay = Math.Abs(y);
            if (ax > ay || IsNaN(ay)) return x;
            if (ax == ay) return IsNegative(x) ? y : x;
            return y;
        }
        static float INumberBase<float>.MinMagnitude(float x, float y)
        {
            float ax = Math.Abs(x), ay = Math.Abs(y);
            if (ax < ay || IsNaN(ax)) return x;
            if (ax == ay) return IsNegative(x) ? x : y;
            return y;
        }
        static float INumberBase<float>.MinMagnitudeNumber(float x, float y)
        {
            float ax = Math.Abs(x), ay = Math.Abs(y);
            if (ax < ay || IsNaN(ay)) return x;
            if (ax == ay) return IsNegative(x) ? x : y;
            return y;
        }
        static float INumber<float>.Clamp(float value, float min, float max) => Clamp(value, min, max);
        static float INumber<float>.CopySign(float value, float sign) => MathF.CopySign(value, sign);
        static int INumber<float>.Sign(float value) => Math.Sign(value);
        static float INumber<float>.Max(float x, float y) => Math.Max(x, y);
        static float INumber<float>.Min(float x, float y) => Math.Min(x, y);
        static float INumber<float>.MaxNumber(float x, float y) => x != y ? (IsNaN(y) ? x : IsNaN(x) ? y : x > y ? x : y) : (IsNegative(y) ? x : y);
        static float INumber<float>.MinNumber(float x, float y) => x != y ? (IsNaN(y) ? x : IsNaN(x) ? y : x < y ? x : y) : (IsNegative(x) ? x : y);
        static float IBinaryNumber<float>.AllBitsSet => BitConverter.Int32BitsToSingle(-1);
        static bool IBinaryNumber<float>.IsPow2(float value) => IsPow2(value);
        static float IBinaryNumber<float>.Log2(float value) => MathF.Log2(value);
        static float IFloatingPointConstants<float>.E => E;
        static float IFloatingPointConstants<float>.Pi => Pi;
        static float IFloatingPointConstants<float>.Tau => Tau;
        static float IFloatingPoint<float>.Ceiling(float x) => MathF.Ceiling(x);
        static float IFloatingPoint<float>.Floor(float x) => MathF.Floor(x);
        static float IFloatingPoint<float>.Round(float x) => MathF.Round(x);
        static float IFloatingPoint<float>.Round(float x, int digits) => MathF.Round(x, digits);
        static float IFloatingPoint<float>.Round(float x, MidpointRounding mode) => MathF.Round(x, mode);
        static float IFloatingPoint<float>.Round(float x, int digits, MidpointRounding mode) => MathF.Round(x, digits, mode);
        static float IFloatingPoint<float>.Truncate(float x) => MathF.Truncate(x);
        static float IFloatingPointIeee754<float>.Epsilon => Epsilon;
        static float IFloatingPointIeee754<float>.NaN => NaN;
        static float IFloatingPointIeee754<float>.NegativeInfinity => NegativeInfinity;
        static float IFloatingPointIeee754<float>.NegativeZero => -(float)0;
        static float IFloatingPointIeee754<float>.PositiveInfinity => PositiveInfinity;
        static float IFloatingPointIeee754<float>.Atan2(float y, float x) => MathF.Atan2(y, x);
        static float IFloatingPointIeee754<float>.Atan2Pi(float y, float x) => MathF.Atan2(y, x) / Pi;
        static float IFloatingPointIeee754<float>.BitDecrement(float x) => MathF.BitDecrement(x);
        static float IFloatingPointIeee754<float>.BitIncrement(float x) => MathF.BitIncrement(x);
        static float IFloatingPointIeee754<float>.FusedMultiplyAdd(float left, float right, float addend) => MathF.FusedMultiplyAdd(left, right, addend);
        static float IFloatingPointIeee754<float>.Ieee754Remainder(float left, float right) => MathF.IEEERemainder(left, right);
        static int IFloatingPointIeee754<float>.ILogB(float x) => Math.ILogB(x);
        static float IFloatingPointIeee754<float>.ScaleB(float x, int n) => MathF.ScaleB(x, n);
        static float IExponentialFunctions<float>.Exp(float x) => MathF.Exp(x);
        static float IRootFunctions<float>.Sqrt(float x) => MathF.Sqrt(x);
        static float IRootFunctions<float>.Cbrt(float x) => MathF.Cbrt(x);
        static float ILogarithmicFunctions<float>.Log10(float x) => MathF.Log10(x);
        static float ILogarithmicFunctions<float>.Log2(float x) => MathF.Log2(x);
        static float ITrigonometricFunctions<float>.Sin(float x) => MathF.Sin(x);
        static float ITrigonometricFunctions<float>.Cos(float x) => MathF.Cos(x);
        static float ITrigonometricFunctions<float>.Tan(float x) => MathF.Tan(x);
        static float ITrigonometricFunctions<float>.Asin(float x) => MathF.Asin(x);
        static float ITrigonometricFunctions<float>.Acos(float x) => MathF.Acos(x);
        static float ITrigonometricFunctions<float>.Atan(float x) => MathF.Atan(x);
        static float IHyperbolicFunctions<float>.Sinh(float x) => MathF.Sinh(x);
        static float IHyperbolicFunctions<float>.Cosh(float x) => MathF.Cosh(x);
        static float IHyperbolicFunctions<float>.Tanh(float x) => MathF.Tanh(x);
        static float IHyperbolicFunctions<float>.Asinh(float x) => MathF.Asinh(x);
        static float IHyperbolicFunctions<float>.Acosh(float x) => MathF.Acosh(x);
        static float IHyperbolicFunctions<float>.Atanh(float x) => MathF.Atanh(x);
        static float IExponentialFunctions<float>.Exp2(float x) => MathF.Pow(2, x);
        static float IExponentialFunctions<float>.Exp10(float x) => MathF.Pow(10, x);
        static float ILogarithmicFunctions<float>.Log(float x) => MathF.Log(x);
        static float ILogarithmicFunctions<float>.Log(float x, float newBase) => MathF.Log(x, newBase);
        static float IPowerFunctions<float>.Pow(float x, float y) => MathF.Pow(x, y);
        static float IRootFunctions<float>.Hypot(float x, float y) => GenericMath.Hypot(x, y);
        static float IRootFunctions<float>.RootN(float x, int n) => GenericMath.RootN(x, n);
        static float ITrigonometricFunctions<float>.AcosPi(float x) => MathF.Acos(x) / Pi;
        static float ITrigonometricFunctions<float>.AsinPi(float x) => MathF.Asin(x) / Pi;
        static float ITrigonometricFunctions<float>.AtanPi(float x) => MathF.Atan(x) / Pi;
        static float ITrigonometricFunctions<float>.CosPi(float x) => GenericMath.CosPi(x);
        static float ITrigonometricFunctions<float>.SinPi(float x) => GenericMath.SinPi(x);
        static float ITrigonometricFunctions<float>.TanPi(float x) => GenericMath.SinPi(x) / GenericMath.CosPi(x);
        static (float Sin, float Cos) ITrigonometricFunctions<float>.SinCos(float x) => (MathF.Sin(x), MathF.Cos(x));
        static (float SinPi, float CosPi) ITrigonometricFunctions<float>.SinCosPi(float x) => (GenericMath.SinPi(x), GenericMath.CosPi(x));
        static float INumberBase<float>.Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);
        static float INumberBase<float>.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => Parse(s.ToString(), style, provider);
        static bool INumberBase<float>.TryParse(string s, NumberStyles style, IFormatProvider provider, out float result) => TryParse(s, style, provider, out result);
        static bool INumberBase<float>.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out float result) => TryParse(s.ToString(), style, provider, out result);
        static float IParsable<float>.Parse(string s, IFormatProvider provider) => Parse(s, provider);
        static bool IParsable<float>.TryParse(string s, IFormatProvider provider, out float result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider, out result);
        static float ISpanParsable<float>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        static bool ISpanParsable<float>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out float result) => TryParse(s.ToString(), NumberStyles.Float | NumberStyles.AllowThousands, provider, out result);
        static bool INumberBase<float>.TryConvertFromChecked<TOther>(TOther value, out float result) => NumberConvert.TryConvert(value, 0, out result);
        static bool INumberBase<float>.TryConvertToChecked<TOther>(float value, out TOther result) => NumberConvert.TryConvert(value, 0, out result);
        public static float CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 0, out float result)) return result;
            if (!TOther.TryConvertToChecked(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<float>.TryConvertFromSaturating<TOther>(TOther value, out float result) => NumberConvert.TryConvert(value, 1, out result);
        static bool INumberBase<float>.TryConvertToSaturating<TOther>(float value, out TOther result) => NumberConvert.TryConvert(value, 1, out result);
        public static float CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 1, out float result)) return result;
            if (!TOther.TryConvertToSaturating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<float>.TryConvertFromTruncating<TOther>(TOther value, out float result) => NumberConvert.TryConvert(value, 2, out result);
        static bool INumberBase<float>.TryConvertToTruncating<TOther>(float value, out TOther result) => NumberConvert.TryConvert(value, 2, out result);
        public static float CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 2, out float result)) return result;
            if (!TOther.TryConvertToTruncating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }

    public readonly partial struct Double : IBinaryFloatingPointIeee754<double>, IMinMaxValue<double>, ISignedNumber<double>
    {
        static double IAdditionOperators<double, double, double>.operator +(double left, double right) => left + right;
        static double IAdditionOperators<double, double, double>.operator checked +(double left, double right) => checked(left + right);
        static double ISubtractionOperators<double, double, double>.operator -(double left, double right) => left - right;
        static double ISubtractionOperators<double, double, double>.operator checked -(double left, double right) => checked(left - right);
        static double IMultiplyOperators<double, double, double>.operator *(double left, double right) => left * right;
        static double IMultiplyOperators<double, double, double>.operator checked *(double left, double right) => checked(left * right);
        static double IDivisionOperators<double, double, double>.operator /(double left, double right) => left / right;
        static double IDivisionOperators<double, double, double>.operator checked /(double left, double right) => checked(left / right);
        static double IModulusOperators<double, double, double>.operator %(double left, double right) => left % right;
        static double IUnaryNegationOperators<double, double>.operator -(double value) => -value;
        static double IUnaryNegationOperators<double, double>.operator checked -(double value) => checked(-value);
        static double IUnaryPlusOperators<double, double>.operator +(double value) => +value;
        static double IIncrementOperators<double>.operator ++(double value) => value + 1;
        static double IDecrementOperators<double>.operator --(double value) => value - 1;
        static double IIncrementOperators<double>.operator checked ++(double value) => checked(value + 1);
        static double IDecrementOperators<double>.operator checked --(double value) => checked(value - 1);
        static bool IEqualityOperators<double, double, bool>.operator ==(double left, double right) => left == right;
        static bool IEqualityOperators<double, double, bool>.operator !=(double left, double right) => left != right;
        static bool IComparisonOperators<double, double, bool>.operator <(double left, double right) => left < right;
        static bool IComparisonOperators<double, double, bool>.operator >(double left, double right) => left > right;
        static bool IComparisonOperators<double, double, bool>.operator <=(double left, double right) => left <= right;
        static bool IComparisonOperators<double, double, bool>.operator >=(double left, double right) => left >= right;
        static double IBitwiseOperators<double, double, double>.operator &(double left, double right) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(left) & BitConverter.DoubleToInt64Bits(right));
        static double IBitwiseOperators<double, double, double>.operator |(double left, double right) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(left) | BitConverter.DoubleToInt64Bits(right));
        static double IBitwiseOperators<double, double, double>.operator ^(double left, double right) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(left) ^ BitConverter.DoubleToInt64Bits(right));
        static double IBitwiseOperators<double, double, double>.operator ~(double value) => BitConverter.Int64BitsToDouble(~BitConverter.DoubleToInt64Bits(value));
        static double IAdditiveIdentity<double, double>.AdditiveIdentity => 0;
        static double IMultiplicativeIdentity<double, double>.MultiplicativeIdentity => 1;
        static double IMinMaxValue<double>.MinValue => MinValue;
        static double IMinMaxValue<double>.MaxValue => MaxValue;
        static double INumberBase<double>.One => 1;
        static double INumberBase<double>.Zero => 0;
        static int INumberBase<double>.Radix => 2;
        static double ISignedNumber<double>.NegativeOne => -1;
        static bool INumberBase<double>.IsCanonical(double value) => true;
        static bool INumberBase<double>.IsComplexNumber(double value) => false;
        static bool INumberBase<double>.IsEvenInteger(double value) => IsEvenInteger(value);
        static bool INumberBase<double>.IsFinite(double value) => IsFinite(value);
        static bool INumberBase<double>.IsImaginaryNumber(double value) => false;
        static bool INumberBase<double>.IsInfinity(double value) => IsInfinity(value);
        static bool INumberBase<double>.IsInteger(double value) => IsInteger(value);
        static bool INumberBase<double>.IsNaN(double value) => IsNaN(value);
        static bool INumberBase<double>.IsNegative(double value) => IsNegative(value);
        static bool INumberBase<double>.IsNegativeInfinity(double value) => IsNegativeInfinity(value);
        static bool INumberBase<double>.IsNormal(double value) => IsNormal(value);
        static bool INumberBase<double>.IsOddInteger(double value) => IsOddInteger(value);
        static bool INumberBase<double>.IsPositive(double value) => IsPositive(value);
        static bool INumberBase<double>.IsPositiveInfinity(double value) => IsPositiveInfinity(value);
        static bool INumberBase<double>.IsRealNumber(double value) => IsRealNumber(value);
        static bool INumberBase<double>.IsSubnormal(double value) => IsSubnormal(value);
        static bool INumberBase<double>.IsZero(double value) => value == 0;
        static double INumberBase<double>.Abs(double value) => Math.Abs(value);
        static double INumberBase<double>.MaxMagnitude(double x, double y)
        {
            double ax = Math.Abs(x), ay = Math.Abs(y);
            if (ax > ay || IsNaN(ax)) return x;
            if (ax == ay) return IsNegative(x) ? y : x;
            return y;
        }
        static double INumberBase<double>.MaxMagnitudeNumber(double x, double y)
        {
            double ax = Math.Abs(x), ay = Math.Abs(y);
            if (ax > ay || IsNaN(ay)) return x;
            if (ax == ay) return IsNegative(x) ? y : x;
            return y;
        }
        static double INumberBase<double>.MinMagnitude(double x, double y)
        {
            double ax = Math.Abs(x), ay = Math.Abs(y);
            if (ax < ay || IsNaN(ax)) return x;
            if (ax == ay) return IsNegative(x) ? x : y;
            return y;
        }
        static double INumberBase<double>.MinMagnitudeNumber(double x, double y)
        {
            double ax = Math.Abs(x), ay = Math.Abs(y);
            if (ax < ay || IsNaN(ay)) return x;
            if (ax == ay) return IsNegative(x) ? x : y;
            return y;
        }
        static double INumber<double>.Clamp(double value, double min, double max) => Clamp(value, min, max);
        static double INumber<double>.CopySign(double value, double sign) => Math.CopySign(value, sign);
        static int INumber<double>.Sign(double value) => Math.Sign(value);
        static double INumber<double>.Max(double x, double y) => Math.Max(x, y);
        static double INumber<double>.Min(double x, double y) => Math.Min(x, y);
        static double INumber<double>.MaxNumber(double x, double y) => x != y ? (IsNaN(y) ? x : IsNaN(x) ? y : x > y ? x : y) : (IsNegative(y) ? x : y);
        static double INumber<double>.MinNumber(double x, double y) => x != y ? (IsNaN(y) ? x : IsNaN(x) ? y : x < y ? x : y) : (IsNegative(x) ? x : y);
        static double IBinaryNumber<double>.AllBitsSet => BitConverter.Int64BitsToDouble(-1);
        static bool IBinaryNumber<double>.IsPow2(double value) => IsPow2(value);
        static double IBinaryNumber<double>.Log2(double value) => Math.Log2(value);
        static double IFloatingPointConstants<double>.E => E;
        static double IFloatingPointConstants<double>.Pi => Pi;
        static double IFloatingPointConstants<double>.Tau => Tau;
        static double IFloatingPoint<double>.Ceiling(double x) => Math.Ceiling(x);
        static double IFloatingPoint<double>.Floor(double x) => Math.Floor(x);
        static double IFloatingPoint<double>.Round(double x) => Math.Round(x);
        static double IFloatingPoint<double>.Round(double x, int digits) => Math.Round(x, digits);
        static double IFloatingPoint<double>.Round(double x, MidpointRounding mode) => Math.Round(x, mode);
        static double IFloatingPoint<double>.Round(double x, int digits, MidpointRounding mode) => Math.Round(x, digits, mode);
        static double IFloatingPoint<double>.Truncate(double x) => Math.Truncate(x);
        static double IFloatingPointIeee754<double>.Epsilon => Epsilon;
        static double IFloatingPointIeee754<double>.NaN => NaN;
        static double IFloatingPointIeee754<double>.NegativeInfinity => NegativeInfinity;
        static double IFloatingPointIeee754<double>.NegativeZero => -(double)0;
        static double IFloatingPointIeee754<double>.PositiveInfinity => PositiveInfinity;
        static double IFloatingPointIeee754<double>.Atan2(double y, double x) => Math.Atan2(y, x);
        static double IFloatingPointIeee754<double>.Atan2Pi(double y, double x) => Math.Atan2(y, x) / Pi;
        static double IFloatingPointIeee754<double>.BitDecrement(double x) => Math.BitDecrement(x);
        static double IFloatingPointIeee754<double>.BitIncrement(double x) => Math.BitIncrement(x);
        static double IFloatingPointIeee754<double>.FusedMultiplyAdd(double left, double right, double addend) => Math.FusedMultiplyAdd(left, right, addend);
        static double IFloatingPointIeee754<double>.Ieee754Remainder(double left, double right) => Math.IEEERemainder(left, right);
        static int IFloatingPointIeee754<double>.ILogB(double x) => Math.ILogB(x);
        static double IFloatingPointIeee754<double>.ScaleB(double x, int n) => Math.ScaleB(x, n);
        static double IExponentialFunctions<double>.Exp(double x) => Math.Exp(x);
        static double IRootFunctions<double>.Sqrt(double x) => Math.Sqrt(x);
        static double IRootFunctions<double>.Cbrt(double x) => Math.Cbrt(x);
        static double ILogarithmicFunctions<double>.Log10(double x) => Math.Log10(x);
        static double ILogarithmicFunctions<double>.Log2(double x) => Math.Log2(x);
        static double ITrigonometricFunctions<double>.Sin(double x) => Math.Sin(x);
        static double ITrigonometricFunctions<double>.Cos(double x) => Math.Cos(x);
        static double ITrigonometricFunctions<double>.Tan(double x) => Math.Tan(x);
        static double ITrigonometricFunctions<double>.Asin(double x) => Math.Asin(x);
        static double ITrigonometricFunctions<double>.Acos(double x) => Math.Acos(x);
        static double ITrigonometricFunctions<double>.Atan(double x) => Math.Atan(x);
        static double IHyperbolicFunctions<double>.Sinh(double x) => Math.Sinh(x);
        static double IHyperbolicFunctions<double>.Cosh(double x) => Math.Cosh(x);
        static double IHyperbolicFunctions<double>.Tanh(double x) => Math.Tanh(x);
        static double IHyperbolicFunctions<double>.Asinh(double x) => Math.Asinh(x);
        static double IHyperbolicFunctions<double>.Acosh(double x) => Math.Acosh(x);
        static double IHyperbolicFunctions<double>.Atanh(double x) => Math.Atanh(x);
        static double IExponentialFunctions<double>.Exp2(double x) => Math.Pow(2, x);
        static double IExponentialFunctions<double>.Exp10(double x) => Math.Pow(10, x);
        static double ILogarithmicFunctions<double>.Log(double x) => Math.Log(x);
        static double ILogarithmicFunctions<double>.Log(double x, double newBase) => Math.Log(x, newBase);
        static double IPowerFunctions<double>.Pow(double x, double y) => Math.Pow(x, y);
        static double IRootFunctions<double>.Hypot(double x, double y) => GenericMath.Hypot(x, y);
        static double IRootFunctions<double>.RootN(double x, int n) => GenericMath.RootN(x, n);
        static double ITrigonometricFunctions<double>.AcosPi(double x) => Math.Acos(x) / Pi;
        static double ITrigonometricFunctions<double>.AsinPi(double x) => Math.Asin(x) / Pi;
        static double ITrigonometricFunctions<double>.AtanPi(double x) => Math.Atan(x) / Pi;
        static double ITrigonometricFunctions<double>.CosPi(double x) => GenericMath.CosPi(x);
        static double ITrigonometricFunctions<double>.SinPi(double x) => GenericMath.SinPi(x);
        static double ITrigonometricFunctions<double>.TanPi(double x) => GenericMath.SinPi(x) / GenericMath.CosPi(x);
        static (double Sin, double Cos) ITrigonometricFunctions<double>.SinCos(double x) => (Math.Sin(x), Math.Cos(x));
        static (double SinPi, double CosPi) ITrigonometricFunctions<double>.SinCosPi(double x) => (GenericMath.SinPi(x), GenericMath.CosPi(x));
        static double INumberBase<double>.Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);
        static double INumberBase<double>.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => Parse(s.ToString(), style, provider);
        static bool INumberBase<double>.TryParse(string s, NumberStyles style, IFormatProvider provider, out double result) => TryParse(s, style, provider, out result);
        static bool INumberBase<double>.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out double result) => TryParse(s.ToString(), style, provider, out result);
        static double IParsable<double>.Parse(string s, IFormatProvider provider) => Parse(s, provider);
        static bool IParsable<double>.TryParse(string s, IFormatProvider provider, out double result) => TryParse(s, NumberStyles.Float | NumberStyles.AllowThousands, provider, out result);
        static double ISpanParsable<double>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        static bool ISpanParsable<double>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out double result) => TryParse(s.ToString(), NumberStyles.Float | NumberStyles.AllowThousands, provider, out result);
        static bool INumberBase<double>.TryConvertFromChecked<TOther>(TOther value, out double result) => NumberConvert.TryConvert(value, 0, out result);
        static bool INumberBase<double>.TryConvertToChecked<TOther>(double value, out TOther result) => NumberConvert.TryConvert(value, 0, out result);
        public static double CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 0, out double result)) return result;
            if (!TOther.TryConvertToChecked(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<double>.TryConvertFromSaturating<TOther>(TOther value, out double result) => NumberConvert.TryConvert(value, 1, out result);
        static bool INumberBase<double>.TryConvertToSaturating<TOther>(double value, out TOther result) => NumberConvert.TryConvert(value, 1, out result);
        public static double CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 1, out double result)) return result;
            if (!TOther.TryConvertToSaturating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<double>.TryConvertFromTruncating<TOther>(TOther value, out double result) => NumberConvert.TryConvert(value, 2, out result);
        static bool INumberBase<double>.TryConvertToTruncating<TOther>(double value, out TOther result) => NumberConvert.TryConvert(value, 2, out result);
        public static double CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 2, out double result)) return result;
            if (!TOther.TryConvertToTruncating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }

    public readonly partial struct Decimal : IFloatingPoint<decimal>, IMinMaxValue<decimal>, ISignedNumber<decimal>
    {
        static decimal IAdditionOperators<decimal, decimal, decimal>.operator +(decimal left, decimal right) => left + right;
        static decimal ISubtractionOperators<decimal, decimal, decimal>.operator -(decimal left, decimal right) => left - right;
        static decimal IMultiplyOperators<decimal, decimal, decimal>.operator *(decimal left, decimal right) => left * right;
        static decimal IDivisionOperators<decimal, decimal, decimal>.operator /(decimal left, decimal right) => left / right;
        static decimal IModulusOperators<decimal, decimal, decimal>.operator %(decimal left, decimal right) => left % right;
        static decimal IUnaryNegationOperators<decimal, decimal>.operator -(decimal value) => -value;
        static decimal IUnaryPlusOperators<decimal, decimal>.operator +(decimal value) => +value;
        static decimal IIncrementOperators<decimal>.operator ++(decimal value) => value + 1;
        static decimal IDecrementOperators<decimal>.operator --(decimal value) => value - 1;
        static bool IEqualityOperators<decimal, decimal, bool>.operator ==(decimal left, decimal right) => left == right;
        static bool IEqualityOperators<decimal, decimal, bool>.operator !=(decimal left, decimal right) => left != right;
        static bool IComparisonOperators<decimal, decimal, bool>.operator <(decimal left, decimal right) => left < right;
        static bool IComparisonOperators<decimal, decimal, bool>.operator >(decimal left, decimal right) => left > right;
        static bool IComparisonOperators<decimal, decimal, bool>.operator <=(decimal left, decimal right) => left <= right;
        static bool IComparisonOperators<decimal, decimal, bool>.operator >=(decimal left, decimal right) => left >= right;
        static decimal IAdditiveIdentity<decimal, decimal>.AdditiveIdentity => 0m;
        static decimal IMultiplicativeIdentity<decimal, decimal>.MultiplicativeIdentity => 1m;
        static decimal IMinMaxValue<decimal>.MinValue => MinValue;
        static decimal IMinMaxValue<decimal>.MaxValue => MaxValue;
        static decimal INumberBase<decimal>.One => 1m;
        static decimal INumberBase<decimal>.Zero => 0m;
        static int INumberBase<decimal>.Radix => 10;
        static decimal ISignedNumber<decimal>.NegativeOne => -1m;
        static bool INumberBase<decimal>.IsCanonical(decimal value) => true;
        static bool INumberBase<decimal>.IsComplexNumber(decimal value) => false;
        static bool INumberBase<decimal>.IsEvenInteger(decimal value) => decimal.Truncate(value) == value && decimal.Remainder(value, 2m) == 0m;
        static bool INumberBase<decimal>.IsFinite(decimal value) => true;
        static bool INumberBase<decimal>.IsImaginaryNumber(decimal value) => false;
        static bool INumberBase<decimal>.IsInfinity(decimal value) => false;
        static bool INumberBase<decimal>.IsInteger(decimal value) => decimal.Truncate(value) == value;
        static bool INumberBase<decimal>.IsNaN(decimal value) => false;
        static bool INumberBase<decimal>.IsNegative(decimal value) => decimal.IsNegative(value);
        static bool INumberBase<decimal>.IsNegativeInfinity(decimal value) => false;
        static bool INumberBase<decimal>.IsNormal(decimal value) => value != 0m;
        static bool INumberBase<decimal>.IsOddInteger(decimal value) => decimal.Truncate(value) == value && decimal.Remainder(value, 2m) != 0m;
        static bool INumberBase<decimal>.IsPositive(decimal value) => !decimal.IsNegative(value);
        static bool INumberBase<decimal>.IsPositiveInfinity(decimal value) => false;
        static bool INumberBase<decimal>.IsRealNumber(decimal value) => true;
        static bool INumberBase<decimal>.IsSubnormal(decimal value) => false;
        static bool INumberBase<decimal>.IsZero(decimal value) => value == 0m;
        static decimal INumberBase<decimal>.Abs(decimal value) => Math.Abs(value);
        static decimal INumberBase<decimal>.MaxMagnitude(decimal x, decimal y) => Math.Abs(x) > Math.Abs(y) ? x : Math.Abs(x) == Math.Abs(y) ? (decimal.IsNegative(x) ? y : x) : y;
        static decimal INumberBase<decimal>.MaxMagnitudeNumber(decimal x, decimal y) => Math.Abs(x) > Math.Abs(y) ? x : Math.Abs(x) == Math.Abs(y) ? (decimal.IsNegative(x) ? y : x) : y;
        static decimal INumberBase<decimal>.MinMagnitude(decimal x, decimal y) => Math.Abs(x) < Math.Abs(y) ? x : Math.Abs(x) == Math.Abs(y) ? (decimal.IsNegative(x) ? x : y) : y;
        static decimal INumberBase<decimal>.MinMagnitudeNumber(decimal x, decimal y) => Math.Abs(x) < Math.Abs(y) ? x : Math.Abs(x) == Math.Abs(y) ? (decimal.IsNegative(x) ? x : y) : y;
        static decimal INumber<decimal>.Clamp(decimal value, decimal min, decimal max) => Math.Clamp(value, min, max);
        static decimal INumber<decimal>.CopySign(decimal value, decimal sign) => decimal.IsNegative(value) == decimal.IsNegative(sign) ? value : -value;
        static int INumber<decimal>.Sign(decimal value) => Math.Sign(value);
        static decimal INumber<decimal>.Max(decimal x, decimal y) => x >= y ? x : y;
        static decimal INumber<decimal>.MaxNumber(decimal x, decimal y) => x >= y ? x : y;
        static decimal INumber<decimal>.Min(decimal x, decimal y) => x <= y ? x : y;
        static decimal INumber<decimal>.MinNumber(decimal x, decimal y) => x <= y ? x : y;
        static decimal IFloatingPointConstants<decimal>.E => 2.7182818284590452353602874714m;
        static decimal IFloatingPointConstants<decimal>.Pi => 3.1415926535897932384626433833m;
        static decimal IFloatingPointConstants<decimal>.Tau => 6.2831853071795864769252867666m;
        static decimal IFloatingPoint<decimal>.Ceiling(decimal x) => Math.Ceiling(x);
        static decimal IFloatingPoint<decimal>.Floor(decimal x) => Math.Floor(x);
        static decimal IFloatingPoint<decimal>.Round(decimal x) => Math.Round(x);
        static decimal IFloatingPoint<decimal>.Round(decimal x, int digits) => Math.Round(x, digits);
        static decimal IFloatingPoint<decimal>.Round(decimal x, MidpointRounding mode) => Math.Round(x, mode);
        static decimal IFloatingPoint<decimal>.Round(decimal x, int digits, MidpointRounding mode) => Math.Round(x, digits, mode);
        static decimal IFloatingPoint<decimal>.Truncate(decimal x) => Math.Truncate(x);
        static decimal INumberBase<decimal>.Parse(string s, NumberStyles style, IFormatProvider provider) => Parse(s, style, provider);
        static decimal INumberBase<decimal>.Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider) => Parse(s.ToString(), style, provider);
        static bool INumberBase<decimal>.TryParse(string s, NumberStyles style, IFormatProvider provider, out decimal result) => TryParse(s, style, provider, out result);
        static bool INumberBase<decimal>.TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out decimal result) => TryParse(s.ToString(), style, provider, out result);
        static decimal IParsable<decimal>.Parse(string s, IFormatProvider provider) => Parse(s, provider);
        static bool IParsable<decimal>.TryParse(string s, IFormatProvider provider, out decimal result) => TryParse(s, NumberStyles.Number, provider, out result);
        static decimal ISpanParsable<decimal>.Parse(ReadOnlySpan<char> s, IFormatProvider provider) => Parse(s.ToString(), provider);
        static bool ISpanParsable<decimal>.TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out decimal result) => TryParse(s.ToString(), NumberStyles.Number, provider, out result);
        static bool INumberBase<decimal>.TryConvertFromChecked<TOther>(TOther value, out decimal result) => NumberConvert.TryConvert(value, 0, out result);
        static bool INumberBase<decimal>.TryConvertToChecked<TOther>(decimal value, out TOther result) => NumberConvert.TryConvert(value, 0, out result);
        public static decimal CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 0, out decimal result)) return result;
            if (!TOther.TryConvertToChecked(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<decimal>.TryConvertFromSaturating<TOther>(TOther value, out decimal result) => NumberConvert.TryConvert(value, 1, out result);
        static bool INumberBase<decimal>.TryConvertToSaturating<TOther>(decimal value, out TOther result) => NumberConvert.TryConvert(value, 1, out result);
        public static decimal CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 1, out decimal result)) return result;
            if (!TOther.TryConvertToSaturating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
        static bool INumberBase<decimal>.TryConvertFromTruncating<TOther>(TOther value, out decimal result) => NumberConvert.TryConvert(value, 2, out result);
        static bool INumberBase<decimal>.TryConvertToTruncating<TOther>(decimal value, out TOther result) => NumberConvert.TryConvert(value, 2, out result);
        public static decimal CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (NumberConvert.TryConvert(value, 2, out decimal result)) return result;
            if (!TOther.TryConvertToTruncating(value, out result)) throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }
}
