// Math and MathF. Transcendental functions are internal calls to the C library (so results match
// the platform's libm, as CoreCLR's do); rounding and the rest are C#.
using System.Runtime.CompilerServices;

namespace System
{
    public enum MidpointRounding { ToEven = 0, AwayFromZero = 1, ToZero = 2, ToNegativeInfinity = 3, ToPositiveInfinity = 4 }

    public static class Math
    {
        public const double E = 2.7182818284590452354;
        public const double PI = 3.14159265358979323846;
        public const double Tau = 6.283185307179586476925;

        private static readonly double[] s_roundPower10 =
        {
            1E0, 1E1, 1E2, 1E3, 1E4, 1E5, 1E6, 1E7, 1E8, 1E9, 1E10, 1E11, 1E12, 1E13, 1E14, 1E15,
        };

        // ---- internal calls: each is the C library function of the same name (double versions).
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sqrt(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cbrt(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Pow(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Exp(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double LogCore(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log10(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Log2(double x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sin(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Tan(double a);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Asin(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Acos(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atan2(double y, double x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Sinh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Cosh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Tanh(double value);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Asinh(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Acosh(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double Atanh(double d);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern double FMod(double x, double y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern double FusedMultiplyAdd(double x, double y, double z);

        public static double Log(double d) => LogCore(d);

        public static double Log(double a, double newBase)
        {
            if (double.IsNaN(a)) return a;
            if (double.IsNaN(newBase)) return newBase;
            if (newBase == 1) return double.NaN;
            if (a != 1 && (newBase == 0 || double.IsPositiveInfinity(newBase))) return double.NaN;
            return LogCore(a) / LogCore(newBase);
        }

        public static double IEEERemainder(double x, double y)
        {
            if (double.IsNaN(x)) return x;
            if (double.IsNaN(y)) return y;
            double regularMod = FMod(x, y);
            if (double.IsNaN(regularMod)) return double.NaN;
            if (regularMod == 0 && double.IsNegative(x)) return -0.0;
            double alternativeResult = regularMod - (Abs(y) * Sign(x));
            if (Abs(alternativeResult) == Abs(regularMod))
            {
                double divisionResult = x / y;
                double roundedResult = Round(divisionResult);
                if (Abs(roundedResult) > Abs(divisionResult)) return alternativeResult;
                return regularMod;
            }
            return Abs(alternativeResult) < Abs(regularMod) ? alternativeResult : regularMod;
        }

        // ---- absolute value, sign, min/max

        public static short Abs(short value)
        {
            if (value == short.MinValue) throw NegateMin();
            return value < 0 ? (short)-value : value;
        }

        public static int Abs(int value)
        {
            if (value == int.MinValue) throw NegateMin();
            return value < 0 ? -value : value;
        }

        public static long Abs(long value)
        {
            if (value == long.MinValue) throw NegateMin();
            return value < 0 ? -value : value;
        }

        public static IntPtr Abs(IntPtr value)
        {
            if (value == IntPtr.MinValue) throw NegateMin();
            return value < 0 ? -value : value;
        }

        public static sbyte Abs(sbyte value)
        {
            if (value == sbyte.MinValue) throw NegateMin();
            return value < 0 ? (sbyte)-value : value;
        }

        public static decimal Abs(decimal value) => decimal.Abs(value);
        public static double Abs(double value) => BitConverter.Int64BitsToDouble(BitConverter.DoubleToInt64Bits(value) & 0x7FFFFFFFFFFFFFFFL);
        public static float Abs(float value) => BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(value) & 0x7FFFFFFF);

        private static OverflowException NegateMin() => new OverflowException("Negating the minimum value of a twos complement number is invalid.");

        public static long BigMul(int a, int b) => (long)a * b;
        public static ulong BigMul(uint a, uint b) => (ulong)a * b;
        public static long BigMul(long a, long b, out long low)
        {
            ulong high = BigMul((ulong)a, (ulong)b, out ulong ulow);
            low = (long)ulow;
            return (long)high - ((a >> 63) & b) - ((b >> 63) & a);
        }

        public static ulong BigMul(ulong a, ulong b, out ulong low)
        {
            ulong al = (uint)a, ah = a >> 32, bl = (uint)b, bh = b >> 32;
            ulong mull = al * bl;
            ulong t = ah * bl + (mull >> 32);
            ulong tl = al * bh + (uint)t;
            low = (tl << 32) | (uint)mull;
            return ah * bh + (t >> 32) + (tl >> 32);
        }

        public static double BitDecrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if ((bits & 0x7FF0000000000000) >= 0x7FF0000000000000) return (bits == 0x7FF0000000000000) ? double.MaxValue : x;
            if (bits == 0) return -double.Epsilon;
            bits += (bits < 0) ? +1 : -1;
            return BitConverter.Int64BitsToDouble(bits);
        }

        public static double BitIncrement(double x)
        {
            long bits = BitConverter.DoubleToInt64Bits(x);
            if ((bits & 0x7FF0000000000000) >= 0x7FF0000000000000) return (bits == unchecked((long)0xFFF0000000000000)) ? double.MinValue : x;
            if (bits == unchecked((long)0x8000000000000000)) return double.Epsilon;
            bits += (bits < 0) ? -1 : +1;
            return BitConverter.Int64BitsToDouble(bits);
        }

        public static double CopySign(double x, double y)
        {
            long xb = BitConverter.DoubleToInt64Bits(x), yb = BitConverter.DoubleToInt64Bits(y);
            return BitConverter.Int64BitsToDouble((xb & 0x7FFFFFFFFFFFFFFFL) | (yb & unchecked((long)0x8000000000000000)));
        }

        public static int DivRem(int a, int b, out int result)
        {
            int div = a / b;
            result = a - (div * b);
            return div;
        }

        public static long DivRem(long a, long b, out long result)
        {
            long div = a / b;
            result = a - (div * b);
            return div;
        }

        public static (sbyte Quotient, sbyte Remainder) DivRem(sbyte left, sbyte right) { sbyte q = (sbyte)(left / right); return (q, (sbyte)(left - q * right)); }
        public static (byte Quotient, byte Remainder) DivRem(byte left, byte right) { byte q = (byte)(left / right); return (q, (byte)(left - q * right)); }
        public static (short Quotient, short Remainder) DivRem(short left, short right) { short q = (short)(left / right); return (q, (short)(left - q * right)); }
        public static (ushort Quotient, ushort Remainder) DivRem(ushort left, ushort right) { ushort q = (ushort)(left / right); return (q, (ushort)(left - q * right)); }
        public static (int Quotient, int Remainder) DivRem(int left, int right) { int q = left / right; return (q, left - q * right); }
        public static (uint Quotient, uint Remainder) DivRem(uint left, uint right) { uint q = left / right; return (q, left - q * right); }
        public static (long Quotient, long Remainder) DivRem(long left, long right) { long q = left / right; return (q, left - q * right); }
        public static (ulong Quotient, ulong Remainder) DivRem(ulong left, ulong right) { ulong q = left / right; return (q, left - q * right); }
        public static (IntPtr Quotient, IntPtr Remainder) DivRem(IntPtr left, IntPtr right) { IntPtr q = left / right; return (q, left - q * right); }
        public static (UIntPtr Quotient, UIntPtr Remainder) DivRem(UIntPtr left, UIntPtr right) { UIntPtr q = left / right; return (q, left - q * right); }

        public static byte Clamp(byte value, byte min, byte max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static decimal Clamp(decimal value, decimal min, decimal max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static double Clamp(double value, double min, double max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static short Clamp(short value, short min, short max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static int Clamp(int value, int min, int max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static long Clamp(long value, long min, long max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static IntPtr Clamp(IntPtr value, IntPtr min, IntPtr max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static sbyte Clamp(sbyte value, sbyte min, sbyte max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static float Clamp(float value, float min, float max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static ushort Clamp(ushort value, ushort min, ushort max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static uint Clamp(uint value, uint min, uint max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static ulong Clamp(ulong value, ulong min, ulong max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }
        public static UIntPtr Clamp(UIntPtr value, UIntPtr min, UIntPtr max) { if (min > max) ThrowMinMax(min, max); return value < min ? min : value > max ? max : value; }

        internal static void ThrowMinMax(object min, object max) => throw new ArgumentException("'" + min.ToString() + "' cannot be greater than " + max.ToString() + ".");

        public static byte Max(byte val1, byte val2) => val1 >= val2 ? val1 : val2;
        public static decimal Max(decimal val1, decimal val2) => decimal.Max(val1, val2);
        public static short Max(short val1, short val2) => val1 >= val2 ? val1 : val2;
        public static int Max(int val1, int val2) => val1 >= val2 ? val1 : val2;
        public static long Max(long val1, long val2) => val1 >= val2 ? val1 : val2;
        public static IntPtr Max(IntPtr val1, IntPtr val2) => val1 >= val2 ? val1 : val2;
        public static sbyte Max(sbyte val1, sbyte val2) => val1 >= val2 ? val1 : val2;
        public static ushort Max(ushort val1, ushort val2) => val1 >= val2 ? val1 : val2;
        public static uint Max(uint val1, uint val2) => val1 >= val2 ? val1 : val2;
        public static ulong Max(ulong val1, ulong val2) => val1 >= val2 ? val1 : val2;
        public static UIntPtr Max(UIntPtr val1, UIntPtr val2) => val1 >= val2 ? val1 : val2;

        // NaN wins; +0 is greater than -0.
        public static double Max(double val1, double val2)
        {
            if (val1 != val2) return double.IsNaN(val1) ? val1 : (val2 < val1 ? val1 : val2);
            return double.IsNegative(val2) ? val1 : val2;
        }

        public static float Max(float val1, float val2)
        {
            if (val1 != val2) return float.IsNaN(val1) ? val1 : (val2 < val1 ? val1 : val2);
            return float.IsNegative(val2) ? val1 : val2;
        }

        public static double MaxMagnitude(double x, double y)
        {
            double ax = Abs(x), ay = Abs(y);
            if (ax > ay || double.IsNaN(ax)) return x;
            if (ax == ay) return double.IsNegative(x) ? y : x;
            return y;
        }

        public static byte Min(byte val1, byte val2) => val1 <= val2 ? val1 : val2;
        public static decimal Min(decimal val1, decimal val2) => decimal.Min(val1, val2);
        public static short Min(short val1, short val2) => val1 <= val2 ? val1 : val2;
        public static int Min(int val1, int val2) => val1 <= val2 ? val1 : val2;
        public static long Min(long val1, long val2) => val1 <= val2 ? val1 : val2;
        public static IntPtr Min(IntPtr val1, IntPtr val2) => val1 <= val2 ? val1 : val2;
        public static sbyte Min(sbyte val1, sbyte val2) => val1 <= val2 ? val1 : val2;
        public static ushort Min(ushort val1, ushort val2) => val1 <= val2 ? val1 : val2;
        public static uint Min(uint val1, uint val2) => val1 <= val2 ? val1 : val2;
        public static ulong Min(ulong val1, ulong val2) => val1 <= val2 ? val1 : val2;
        public static UIntPtr Min(UIntPtr val1, UIntPtr val2) => val1 <= val2 ? val1 : val2;

        public static double Min(double val1, double val2)
        {
            if (val1 != val2 && !double.IsNaN(val1)) return val1 < val2 ? val1 : val2;
            return double.IsNegative(val1) ? val1 : val2;
        }

        public static float Min(float val1, float val2)
        {
            if (val1 != val2 && !float.IsNaN(val1)) return val1 < val2 ? val1 : val2;
            return float.IsNegative(val1) ? val1 : val2;
        }

        public static double MinMagnitude(double x, double y)
        {
            double ax = Abs(x), ay = Abs(y);
            if (ax < ay || double.IsNaN(ax)) return x;
            if (ax == ay) return double.IsNegative(x) ? x : y;
            return y;
        }

        public static int Sign(decimal value) => decimal.Sign(value);
        public static int Sign(double value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            if (value == 0) return 0;
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }
        public static int Sign(short value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static int Sign(int value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static int Sign(long value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static int Sign(IntPtr value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static int Sign(sbyte value) => value < 0 ? -1 : value > 0 ? 1 : 0;
        public static int Sign(float value)
        {
            if (value < 0) return -1;
            if (value > 0) return 1;
            if (value == 0) return 0;
            throw new ArithmeticException("Function does not accept floating point Not-a-Number values.");
        }

        // ---- rounding (C#, exact)

        public static double Truncate(double d)
        {
            long bits = BitConverter.DoubleToInt64Bits(d);
            int exp = (int)((bits >> 52) & 0x7FF) - 1023;
            if (exp >= 52) return d;
            if (exp < 0) return BitConverter.Int64BitsToDouble(bits & unchecked((long)0x8000000000000000));
            long mask = (1L << (52 - exp)) - 1;
            return BitConverter.Int64BitsToDouble(bits & ~mask);
        }

        public static decimal Truncate(decimal d) => decimal.Truncate(d);

        public static double Floor(double d)
        {
            double t = Truncate(d);
            return (t != d && d < 0) ? t - 1.0 : t;
        }

        public static double Ceiling(double a)
        {
            double t = Truncate(a);
            if (t != a && a > 0) return t + 1.0;
            if (t == 0 && a < 0) return -0.0;
            return t;
        }

        public static decimal Floor(decimal d) => decimal.Floor(d);
        public static decimal Ceiling(decimal d) => decimal.Ceiling(d);

        public static double Round(double a)
        {
            if (!double.IsFinite(a)) return a;
            double fl = Floor(a);
            double diff = a - fl;
            double r;
            if (diff > 0.5) r = fl + 1.0;
            else if (diff < 0.5) r = fl;
            else r = (Truncate(fl / 2) * 2 == fl) ? fl : fl + 1.0;
            return CopySign(r, a);
        }

        public static double Round(double value, int digits) => Round(value, digits, MidpointRounding.ToEven);
        public static double Round(double value, MidpointRounding mode) => Round(value, 0, mode);

        public static double Round(double value, int digits, MidpointRounding mode)
        {
            if ((uint)digits > 15) throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 15, inclusive.");
            if ((uint)mode > (uint)MidpointRounding.ToPositiveInfinity)
                throw new ArgumentException("The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding.", "mode");
            if (Abs(value) < 1e16)
            {
                double power10 = s_roundPower10[digits];
                value *= power10;
                switch (mode)
                {
                    case MidpointRounding.ToEven: value = Round(value); break;
                    case MidpointRounding.AwayFromZero:
                    {
                        double t = Truncate(value);
                        if (Abs(value - t) >= 0.5) t += Sign(value);
                        value = CopySign(t, value);
                        break;
                    }
                    case MidpointRounding.ToZero: value = Truncate(value); break;
                    case MidpointRounding.ToNegativeInfinity: value = Floor(value); break;
                    case MidpointRounding.ToPositiveInfinity: value = Ceiling(value); break;
                }
                value /= power10;
            }
            return value;
        }

        public static decimal Round(decimal d) => decimal.Round(d);
        public static decimal Round(decimal d, int decimals) => decimal.Round(d, decimals);
        public static decimal Round(decimal d, MidpointRounding mode) => decimal.Round(d, mode);
        public static decimal Round(decimal d, int decimals, MidpointRounding mode) => decimal.Round(d, decimals, mode);

        public static double ScaleB(double x, int n)
        {
            double y = x;
            while (n > 1023) { y *= 8.98846567431158e307; n -= 1023; if (n > 1023) { n = 1023; } }
            while (n < -1022) { y *= 2.2250738585072014e-308 * 9007199254740992.0; n += 1022 - 53; if (n < -1022) { n = -1022; } }
            return y * BitConverter.Int64BitsToDouble((long)(0x3FF + n) << 52);
        }

        public static int ILogB(double x)
        {
            if (double.IsNaN(x)) return int.MaxValue;
            if (x == 0) return int.MinValue;
            if (double.IsInfinity(x)) return int.MaxValue;
            long bits = BitConverter.DoubleToInt64Bits(x);
            int exp = (int)((bits >> 52) & 0x7FF);
            if (exp == 0)
            {
                long m = bits & 0xFFFFFFFFFFFFF;
                int e = -1023;
                while ((m & (1L << 52)) == 0) { m <<= 1; e--; }
                return e + 1;
            }
            return exp - 1023;
        }

        public static double ReciprocalEstimate(double d) => 1.0 / d;
        public static double ReciprocalSqrtEstimate(double d) => 1.0 / Sqrt(d);
        public static (double Sin, double Cos) SinCos(double x) => (Sin(x), Cos(x));

        public static Int128 BigMul(long a, long b)
        {
            long high = BigMul(a, b, out long low);
            return new Int128((ulong)high, (ulong)low);
        }

        public static UInt128 BigMul(ulong a, ulong b)
        {
            ulong high = BigMul(a, b, out ulong low);
            return new UInt128(high, low);
        }
    }

    public static class MathF
    {
        public const float E = 2.71828183f;
        public const float PI = 3.14159265f;
        public const float Tau = 6.283185307f;

        // ---- internal calls: each is the C library's float function (sqrtf, powf, ...).
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Sqrt(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Cbrt(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Pow(float x, float y);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Exp(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern float LogCore(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Log10(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Log2(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Sin(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Cos(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Tan(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Asin(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Acos(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Atan(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Atan2(float y, float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Sinh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Cosh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Tanh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Asinh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Acosh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float Atanh(float x);
        [MethodImpl(MethodImplOptions.InternalCall)] public static extern float FusedMultiplyAdd(float x, float y, float z);

        public static float Log(float x) => LogCore(x);
        // In float throughout, as .NET does: the float logarithms divided in float.
        public static float Log(float x, float y)
        {
            if (float.IsNaN(x)) return x;
            if (float.IsNaN(y)) return y;
            if (y == 1) return float.NaN;
            if (x != 1 && (y == 0 || float.IsPositiveInfinity(y))) return float.NaN;
            return Log(x) / Log(y);
        }
        public static float Abs(float x) => Math.Abs(x);
        public static float Max(float x, float y) => Math.Max(x, y);
        public static float Min(float x, float y) => Math.Min(x, y);
        public static int Sign(float x) => Math.Sign(x);
        public static float CopySign(float x, float y) =>
            BitConverter.Int32BitsToSingle((BitConverter.SingleToInt32Bits(x) & 0x7FFFFFFF) | (BitConverter.SingleToInt32Bits(y) & unchecked((int)0x80000000)));
        public static float Truncate(float x) => (float)Math.Truncate(x);
        public static float Floor(float x) => (float)Math.Floor(x);
        public static float Ceiling(float x) => (float)Math.Ceiling(x);
        public static float Round(float x) => (float)Math.Round(x);
        public static float Round(float x, int digits) => Round(x, digits, MidpointRounding.ToEven);
        public static float Round(float x, MidpointRounding mode) => Round(x, 0, mode);

        // In float arithmetic, as .NET: the scaled value is rounded to float before it is rounded.
        public static float Round(float x, int digits, MidpointRounding mode)
        {
            if ((uint)digits > 6) throw new ArgumentOutOfRangeException("digits", "Rounding digits must be between 0 and 6, inclusive.");
            if ((uint)mode > (uint)MidpointRounding.ToPositiveInfinity)
                throw new ArgumentException("The value '" + ((int)mode).ToString() + "' is not valid for this usage of the type MidpointRounding.", "mode");
            if (Abs(x) < 1e8f)
            {
                float power10 = s_roundPower10[digits];
                x *= power10;
                switch (mode)
                {
                    case MidpointRounding.ToEven: x = Round(x); break;
                    case MidpointRounding.AwayFromZero:
                    {
                        float t = Truncate(x);
                        if (Abs(x - t) >= 0.5f) t += Sign(x);
                        x = CopySign(t, x);
                        break;
                    }
                    case MidpointRounding.ToZero: x = Truncate(x); break;
                    case MidpointRounding.ToNegativeInfinity: x = Floor(x); break;
                    case MidpointRounding.ToPositiveInfinity: x = Ceiling(x); break;
                }
                x /= power10;
            }
            return x;
        }

        private static readonly float[] s_roundPower10 = { 1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f };
        public static float IEEERemainder(float x, float y) => (float)Math.IEEERemainder(x, y);
        public static float ScaleB(float x, int n) => (float)Math.ScaleB(x, n);
        public static float MaxMagnitude(float x, float y) => (float)Math.MaxMagnitude(x, y);
        public static float MinMagnitude(float x, float y) => (float)Math.MinMagnitude(x, y);
        public static int ILogB(float x) => Math.ILogB(x);
        public static (float Sin, float Cos) SinCos(float x) => (Sin(x), Cos(x));
        public static float ReciprocalEstimate(float x) => 1.0f / x;
        public static float ReciprocalSqrtEstimate(float x) => 1.0f / Sqrt(x);
        public static float BitIncrement(float x)
        {
            int bits = BitConverter.SingleToInt32Bits(x);
            if ((bits & 0x7F800000) >= 0x7F800000) return (bits == unchecked((int)0xFF800000)) ? float.MinValue : x;
            if (bits == unchecked((int)0x80000000)) return float.Epsilon;
            bits += (bits < 0) ? -1 : +1;
            return BitConverter.Int32BitsToSingle(bits);
        }
        public static float BitDecrement(float x)
        {
            int bits = BitConverter.SingleToInt32Bits(x);
            if ((bits & 0x7F800000) >= 0x7F800000) return (bits == 0x7F800000) ? float.MaxValue : x;
            if (bits == 0) return -float.Epsilon;
            bits += (bits < 0) ? +1 : -1;
            return BitConverter.Int32BitsToSingle(bits);
        }
    }
}
