// The generic-math interfaces of System.Numerics (and IParsable/ISpanParsable of System), with
// .NET's names and signatures; members that .NET gives a default body have one here too.
using System.Globalization;

namespace System
{
    public interface IParsable<TSelf> where TSelf : IParsable<TSelf>
    {
        static abstract TSelf Parse(string s, IFormatProvider provider);
        static abstract bool TryParse(string s, IFormatProvider provider, out TSelf result);
    }

    public interface ISpanParsable<TSelf> : IParsable<TSelf> where TSelf : ISpanParsable<TSelf>
    {
        static abstract TSelf Parse(ReadOnlySpan<char> s, IFormatProvider provider);
        static abstract bool TryParse(ReadOnlySpan<char> s, IFormatProvider provider, out TSelf result);
    }
}

namespace System.Numerics
{
    public interface IAdditionOperators<TSelf, TOther, TResult> where TSelf : IAdditionOperators<TSelf, TOther, TResult>
    {
        static abstract TResult operator +(TSelf left, TOther right);
        static virtual TResult operator checked +(TSelf left, TOther right) => left + right;
    }

    public interface ISubtractionOperators<TSelf, TOther, TResult> where TSelf : ISubtractionOperators<TSelf, TOther, TResult>
    {
        static abstract TResult operator -(TSelf left, TOther right);
        static virtual TResult operator checked -(TSelf left, TOther right) => left - right;
    }

    public interface IMultiplyOperators<TSelf, TOther, TResult> where TSelf : IMultiplyOperators<TSelf, TOther, TResult>
    {
        static abstract TResult operator *(TSelf left, TOther right);
        static virtual TResult operator checked *(TSelf left, TOther right) => left * right;
    }

    public interface IDivisionOperators<TSelf, TOther, TResult> where TSelf : IDivisionOperators<TSelf, TOther, TResult>
    {
        static abstract TResult operator /(TSelf left, TOther right);
        static virtual TResult operator checked /(TSelf left, TOther right) => left / right;
    }

    public interface IModulusOperators<TSelf, TOther, TResult> where TSelf : IModulusOperators<TSelf, TOther, TResult>
    {
        static abstract TResult operator %(TSelf left, TOther right);
    }

    public interface IUnaryNegationOperators<TSelf, TResult> where TSelf : IUnaryNegationOperators<TSelf, TResult>
    {
        static abstract TResult operator -(TSelf value);
        static virtual TResult operator checked -(TSelf value) => -value;
    }

    public interface IUnaryPlusOperators<TSelf, TResult> where TSelf : IUnaryPlusOperators<TSelf, TResult>
    {
        static abstract TResult operator +(TSelf value);
    }

    public interface IIncrementOperators<TSelf> where TSelf : IIncrementOperators<TSelf>
    {
        static abstract TSelf operator ++(TSelf value);
        static virtual TSelf operator checked ++(TSelf value) => ++value;
    }

    public interface IDecrementOperators<TSelf> where TSelf : IDecrementOperators<TSelf>
    {
        static abstract TSelf operator --(TSelf value);
        static virtual TSelf operator checked --(TSelf value) => --value;
    }

    public interface IBitwiseOperators<TSelf, TOther, TResult> where TSelf : IBitwiseOperators<TSelf, TOther, TResult>
    {
        static abstract TResult operator &(TSelf left, TOther right);
        static abstract TResult operator |(TSelf left, TOther right);
        static abstract TResult operator ^(TSelf left, TOther right);
        static abstract TResult operator ~(TSelf value);
    }

    public interface IShiftOperators<TSelf, TOther, TResult> where TSelf : IShiftOperators<TSelf, TOther, TResult>
    {
        static abstract TResult operator <<(TSelf value, TOther shiftAmount);
        static abstract TResult operator >>(TSelf value, TOther shiftAmount);
        static abstract TResult operator >>>(TSelf value, TOther shiftAmount);
    }

    public interface IEqualityOperators<TSelf, TOther, TResult> where TSelf : IEqualityOperators<TSelf, TOther, TResult>
    {
        static abstract TResult operator ==(TSelf left, TOther right);
        static abstract TResult operator !=(TSelf left, TOther right);
    }

    public interface IComparisonOperators<TSelf, TOther, TResult> : IEqualityOperators<TSelf, TOther, TResult>
        where TSelf : IComparisonOperators<TSelf, TOther, TResult>
    {
        static abstract TResult operator <(TSelf left, TOther right);
        static abstract TResult operator >(TSelf left, TOther right);
        static abstract TResult operator <=(TSelf left, TOther right);
        static abstract TResult operator >=(TSelf left, TOther right);
    }

    public interface IAdditiveIdentity<TSelf, TResult> where TSelf : IAdditiveIdentity<TSelf, TResult>
    {
        static abstract TResult AdditiveIdentity { get; }
    }

    public interface IMultiplicativeIdentity<TSelf, TResult> where TSelf : IMultiplicativeIdentity<TSelf, TResult>
    {
        static abstract TResult MultiplicativeIdentity { get; }
    }

    public interface IMinMaxValue<TSelf> where TSelf : IMinMaxValue<TSelf>
    {
        static abstract TSelf MaxValue { get; }
        static abstract TSelf MinValue { get; }
    }

    public interface INumberBase<TSelf> :
        IAdditionOperators<TSelf, TSelf, TSelf>, IAdditiveIdentity<TSelf, TSelf>, IDecrementOperators<TSelf>,
        IDivisionOperators<TSelf, TSelf, TSelf>, IEquatable<TSelf>, IEqualityOperators<TSelf, TSelf, bool>,
        IIncrementOperators<TSelf>, IMultiplicativeIdentity<TSelf, TSelf>, IMultiplyOperators<TSelf, TSelf, TSelf>,
        ISpanFormattable, ISpanParsable<TSelf>, ISubtractionOperators<TSelf, TSelf, TSelf>,
        IUnaryPlusOperators<TSelf, TSelf>, IUnaryNegationOperators<TSelf, TSelf>
        where TSelf : INumberBase<TSelf>
    {
        static abstract TSelf One { get; }
        static abstract int Radix { get; }
        static abstract TSelf Zero { get; }

        static abstract TSelf Abs(TSelf value);
        static abstract bool IsCanonical(TSelf value);
        static abstract bool IsComplexNumber(TSelf value);
        static abstract bool IsEvenInteger(TSelf value);
        static abstract bool IsFinite(TSelf value);
        static abstract bool IsImaginaryNumber(TSelf value);
        static abstract bool IsInfinity(TSelf value);
        static abstract bool IsInteger(TSelf value);
        static abstract bool IsNaN(TSelf value);
        static abstract bool IsNegative(TSelf value);
        static abstract bool IsNegativeInfinity(TSelf value);
        static abstract bool IsNormal(TSelf value);
        static abstract bool IsOddInteger(TSelf value);
        static abstract bool IsPositive(TSelf value);
        static abstract bool IsPositiveInfinity(TSelf value);
        static abstract bool IsRealNumber(TSelf value);
        static abstract bool IsSubnormal(TSelf value);
        static abstract bool IsZero(TSelf value);
        static abstract TSelf MaxMagnitude(TSelf x, TSelf y);
        static abstract TSelf MaxMagnitudeNumber(TSelf x, TSelf y);
        static abstract TSelf MinMagnitude(TSelf x, TSelf y);
        static abstract TSelf MinMagnitudeNumber(TSelf x, TSelf y);
        static virtual TSelf MultiplyAddEstimate(TSelf left, TSelf right, TSelf addend) => (left * right) + addend;

        static abstract TSelf Parse(string s, NumberStyles style, IFormatProvider provider);
        static abstract TSelf Parse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider);
        static abstract bool TryParse(string s, NumberStyles style, IFormatProvider provider, out TSelf result);
        static abstract bool TryParse(ReadOnlySpan<char> s, NumberStyles style, IFormatProvider provider, out TSelf result);

        protected static abstract bool TryConvertFromChecked<TOther>(TOther value, out TSelf result) where TOther : INumberBase<TOther>;
        protected static abstract bool TryConvertFromSaturating<TOther>(TOther value, out TSelf result) where TOther : INumberBase<TOther>;
        protected static abstract bool TryConvertFromTruncating<TOther>(TOther value, out TSelf result) where TOther : INumberBase<TOther>;
        protected static abstract bool TryConvertToChecked<TOther>(TSelf value, out TOther result) where TOther : INumberBase<TOther>;
        protected static abstract bool TryConvertToSaturating<TOther>(TSelf value, out TOther result) where TOther : INumberBase<TOther>;
        protected static abstract bool TryConvertToTruncating<TOther>(TSelf value, out TOther result) where TOther : INumberBase<TOther>;

        static virtual TSelf CreateChecked<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (typeof(TOther) == typeof(TSelf)) return (TSelf)(object)value;
            if (!TSelf.TryConvertFromChecked(value, out TSelf result) && !TOther.TryConvertToChecked(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }

        static virtual TSelf CreateSaturating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (typeof(TOther) == typeof(TSelf)) return (TSelf)(object)value;
            if (!TSelf.TryConvertFromSaturating(value, out TSelf result) && !TOther.TryConvertToSaturating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }

        static virtual TSelf CreateTruncating<TOther>(TOther value) where TOther : INumberBase<TOther>
        {
            if (typeof(TOther) == typeof(TSelf)) return (TSelf)(object)value;
            if (!TSelf.TryConvertFromTruncating(value, out TSelf result) && !TOther.TryConvertToTruncating(value, out result))
                throw new NotSupportedException("Specified method is not supported.");
            return result;
        }
    }

    public interface INumber<TSelf> : IComparable, IComparable<TSelf>, IComparisonOperators<TSelf, TSelf, bool>,
        IModulusOperators<TSelf, TSelf, TSelf>, INumberBase<TSelf>
        where TSelf : INumber<TSelf>
    {
        static virtual TSelf Clamp(TSelf value, TSelf min, TSelf max)
        {
            if (min > max) throw new ArgumentException("'" + min + "' cannot be greater than " + max + ".");
            TSelf r = TSelf.Max(value, min);
            return TSelf.Min(r, max);
        }

        static virtual TSelf CopySign(TSelf value, TSelf sign)
        {
            TSelf r = value;
            if (TSelf.IsNegative(value) != TSelf.IsNegative(sign)) r = checked(-r);
            return r;
        }

        static virtual TSelf Max(TSelf x, TSelf y)
        {
            if (x != y) { if (!TSelf.IsNaN(x)) return y < x ? x : y; return x; }
            return TSelf.IsNegative(y) ? x : y;
        }

        static virtual TSelf MaxNumber(TSelf x, TSelf y)
        {
            if (x != y) { if (!TSelf.IsNaN(y)) return y < x ? x : y; return x; }
            return TSelf.IsNegative(y) ? x : y;
        }

        static virtual TSelf Min(TSelf x, TSelf y)
        {
            if (x != y && !TSelf.IsNaN(x)) return x < y ? x : y;
            return TSelf.IsNegative(x) ? x : y;
        }

        static virtual TSelf MinNumber(TSelf x, TSelf y)
        {
            if (x != y) { if (!TSelf.IsNaN(y)) return x < y ? x : y; return x; }
            return TSelf.IsNegative(x) ? x : y;
        }

        static virtual int Sign(TSelf value)
        {
            if (value != value) throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
            if (value > TSelf.Zero) return 1;
            return value < TSelf.Zero ? -1 : 0;
        }
    }

    public interface ISignedNumber<TSelf> : INumberBase<TSelf> where TSelf : ISignedNumber<TSelf>
    {
        static abstract TSelf NegativeOne { get; }
    }

    public interface IUnsignedNumber<TSelf> : INumberBase<TSelf> where TSelf : IUnsignedNumber<TSelf>
    {
    }

    public interface IBinaryNumber<TSelf> : IBitwiseOperators<TSelf, TSelf, TSelf>, INumber<TSelf> where TSelf : IBinaryNumber<TSelf>
    {
        static virtual TSelf AllBitsSet => ~TSelf.Zero;
        static abstract bool IsPow2(TSelf value);
        static abstract TSelf Log2(TSelf value);
    }

    public interface IBinaryInteger<TSelf> : IBinaryNumber<TSelf>, IShiftOperators<TSelf, int, TSelf> where TSelf : IBinaryInteger<TSelf>
    {
        static virtual (TSelf Quotient, TSelf Remainder) DivRem(TSelf left, TSelf right)
        {
            TSelf q = left / right;
            return (q, left - (q * right));
        }

        static abstract TSelf LeadingZeroCount(TSelf value);
        static abstract TSelf PopCount(TSelf value);
        static virtual TSelf RotateLeft(TSelf value, int rotateAmount)
        {
            int bits = checked(value.GetByteCount() * 8);
            return (value << rotateAmount) | (value >> (bits - rotateAmount));
        }
        static virtual TSelf RotateRight(TSelf value, int rotateAmount)
        {
            int bits = checked(value.GetByteCount() * 8);
            return (value >> rotateAmount) | (value << (bits - rotateAmount));
        }
        static abstract TSelf TrailingZeroCount(TSelf value);
        int GetByteCount();
        int GetShortestBitLength();
    }

    public interface IFloatingPointConstants<TSelf> : INumberBase<TSelf> where TSelf : IFloatingPointConstants<TSelf>
    {
        static abstract TSelf E { get; }
        static abstract TSelf Pi { get; }
        static abstract TSelf Tau { get; }
    }

    public interface IFloatingPoint<TSelf> : IFloatingPointConstants<TSelf>, INumber<TSelf>, ISignedNumber<TSelf>
        where TSelf : IFloatingPoint<TSelf>
    {
        static virtual TSelf Ceiling(TSelf x) => TSelf.Round(x, 0, MidpointRounding.ToPositiveInfinity);
        static virtual TSelf Floor(TSelf x) => TSelf.Round(x, 0, MidpointRounding.ToNegativeInfinity);
        static virtual TSelf Round(TSelf x) => TSelf.Round(x, 0, MidpointRounding.ToEven);
        static virtual TSelf Round(TSelf x, int digits) => TSelf.Round(x, digits, MidpointRounding.ToEven);
        static virtual TSelf Round(TSelf x, MidpointRounding mode) => TSelf.Round(x, 0, mode);
        static abstract TSelf Round(TSelf x, int digits, MidpointRounding mode);
        static virtual TSelf Truncate(TSelf x) => TSelf.Round(x, 0, MidpointRounding.ToZero);
    }

    public interface IExponentialFunctions<TSelf> : IFloatingPointConstants<TSelf> where TSelf : IExponentialFunctions<TSelf>
    {
        static abstract TSelf Exp(TSelf x);
        static virtual TSelf ExpM1(TSelf x) => TSelf.Exp(x) - TSelf.One;
        static abstract TSelf Exp2(TSelf x);
        static virtual TSelf Exp2M1(TSelf x) => TSelf.Exp2(x) - TSelf.One;
        static abstract TSelf Exp10(TSelf x);
        static virtual TSelf Exp10M1(TSelf x) => TSelf.Exp10(x) - TSelf.One;
    }

    public interface IHyperbolicFunctions<TSelf> : IFloatingPointConstants<TSelf> where TSelf : IHyperbolicFunctions<TSelf>
    {
        static abstract TSelf Acosh(TSelf x);
        static abstract TSelf Asinh(TSelf x);
        static abstract TSelf Atanh(TSelf x);
        static abstract TSelf Cosh(TSelf x);
        static abstract TSelf Sinh(TSelf x);
        static abstract TSelf Tanh(TSelf x);
    }

    public interface ILogarithmicFunctions<TSelf> : INumberBase<TSelf> where TSelf : ILogarithmicFunctions<TSelf>
    {
        static abstract TSelf Log(TSelf x);
        static abstract TSelf Log(TSelf x, TSelf newBase);
        static virtual TSelf LogP1(TSelf x) => TSelf.Log(x + TSelf.One);
        static abstract TSelf Log2(TSelf x);
        static virtual TSelf Log2P1(TSelf x) => TSelf.Log2(x + TSelf.One);
        static abstract TSelf Log10(TSelf x);
        static virtual TSelf Log10P1(TSelf x) => TSelf.Log10(x + TSelf.One);
    }

    public interface IPowerFunctions<TSelf> : INumberBase<TSelf> where TSelf : IPowerFunctions<TSelf>
    {
        static abstract TSelf Pow(TSelf x, TSelf y);
    }

    public interface IRootFunctions<TSelf> : IFloatingPointConstants<TSelf> where TSelf : IRootFunctions<TSelf>
    {
        static abstract TSelf Cbrt(TSelf x);
        static abstract TSelf Hypot(TSelf x, TSelf y);
        static abstract TSelf RootN(TSelf x, int n);
        static abstract TSelf Sqrt(TSelf x);
    }

    public interface ITrigonometricFunctions<TSelf> : IFloatingPointConstants<TSelf> where TSelf : ITrigonometricFunctions<TSelf>
    {
        static abstract TSelf Acos(TSelf x);
        static abstract TSelf AcosPi(TSelf x);
        static abstract TSelf Asin(TSelf x);
        static abstract TSelf AsinPi(TSelf x);
        static abstract TSelf Atan(TSelf x);
        static abstract TSelf AtanPi(TSelf x);
        static abstract TSelf Cos(TSelf x);
        static abstract TSelf CosPi(TSelf x);
        static virtual TSelf DegreesToRadians(TSelf degrees) => (degrees * TSelf.Pi) / TSelf.CreateChecked(180);
        static virtual TSelf RadiansToDegrees(TSelf radians) => (radians * TSelf.CreateChecked(180)) / TSelf.Pi;
        static abstract TSelf Sin(TSelf x);
        static abstract (TSelf Sin, TSelf Cos) SinCos(TSelf x);
        static abstract (TSelf SinPi, TSelf CosPi) SinCosPi(TSelf x);
        static abstract TSelf SinPi(TSelf x);
        static abstract TSelf Tan(TSelf x);
        static abstract TSelf TanPi(TSelf x);
    }

    public interface IFloatingPointIeee754<TSelf> : IExponentialFunctions<TSelf>, IFloatingPoint<TSelf>, IHyperbolicFunctions<TSelf>,
        ILogarithmicFunctions<TSelf>, IPowerFunctions<TSelf>, IRootFunctions<TSelf>, ITrigonometricFunctions<TSelf>
        where TSelf : IFloatingPointIeee754<TSelf>
    {
        static abstract TSelf Epsilon { get; }
        static abstract TSelf NaN { get; }
        static abstract TSelf NegativeInfinity { get; }
        static abstract TSelf NegativeZero { get; }
        static abstract TSelf PositiveInfinity { get; }
        static abstract TSelf Atan2(TSelf y, TSelf x);
        static abstract TSelf Atan2Pi(TSelf y, TSelf x);
        static abstract TSelf BitDecrement(TSelf x);
        static abstract TSelf BitIncrement(TSelf x);
        static abstract TSelf FusedMultiplyAdd(TSelf left, TSelf right, TSelf addend);
        static abstract TSelf Ieee754Remainder(TSelf left, TSelf right);
        static abstract int ILogB(TSelf x);
        static virtual TSelf Lerp(TSelf value1, TSelf value2, TSelf amount) => (value1 * (TSelf.One - amount)) + (value2 * amount);
        static virtual TSelf ReciprocalEstimate(TSelf x) => TSelf.One / x;
        static virtual TSelf ReciprocalSqrtEstimate(TSelf x) => TSelf.One / TSelf.Sqrt(x);
        static abstract TSelf ScaleB(TSelf x, int n);
    }

    public interface IBinaryFloatingPointIeee754<TSelf> : IBinaryNumber<TSelf>, IFloatingPointIeee754<TSelf>
        where TSelf : IBinaryFloatingPointIeee754<TSelf>
    {
    }
}
