using System.Runtime.CompilerServices;

namespace System.Numerics
{
    // Conversions between the primitive number types for INumberBase's TryConvertFrom*/TryConvertTo*
    // and Create*: mode 0 checked (OverflowException when out of range), 1 saturating (clamped,
    // NaN gives 0), 2 truncating (integers keep their low bits; from floating point or decimal it
    // saturates, as .NET's conversions do).
    internal static class NumberConvert
    {
        private const int Signed = 0, Unsigned = 1, Floating = 2, Dec = 3;

        private static bool Read<T>(T v, out int kind, out long l, out ulong u, out double d, out decimal m)
        {
            kind = Signed; l = 0; u = 0; d = 0; m = 0;
            if (typeof(T) == typeof(sbyte)) { l = Unsafe.As<T, sbyte>(ref v); return true; }
            if (typeof(T) == typeof(short)) { l = Unsafe.As<T, short>(ref v); return true; }
            if (typeof(T) == typeof(int)) { l = Unsafe.As<T, int>(ref v); return true; }
            if (typeof(T) == typeof(long)) { l = Unsafe.As<T, long>(ref v); return true; }
            if (typeof(T) == typeof(nint)) { l = Unsafe.As<T, nint>(ref v); return true; }
            kind = Unsigned;
            if (typeof(T) == typeof(byte)) { u = Unsafe.As<T, byte>(ref v); return true; }
            if (typeof(T) == typeof(ushort)) { u = Unsafe.As<T, ushort>(ref v); return true; }
            if (typeof(T) == typeof(char)) { u = Unsafe.As<T, char>(ref v); return true; }
            if (typeof(T) == typeof(uint)) { u = Unsafe.As<T, uint>(ref v); return true; }
            if (typeof(T) == typeof(ulong)) { u = Unsafe.As<T, ulong>(ref v); return true; }
            if (typeof(T) == typeof(nuint)) { u = Unsafe.As<T, nuint>(ref v); return true; }
            kind = Floating;
            if (typeof(T) == typeof(float)) { d = Unsafe.As<T, float>(ref v); return true; }
            if (typeof(T) == typeof(double)) { d = Unsafe.As<T, double>(ref v); return true; }
            kind = Dec;
            if (typeof(T) == typeof(decimal)) { m = Unsafe.As<T, decimal>(ref v); return true; }
            return false;
        }

        private static OverflowException Overflow() => new OverflowException("Arithmetic operation resulted in an overflow.");

        // The value as a long within [min, max] (or its low 64 bits when truncating an integer).
        private static long ToSigned(int kind, long l, ulong u, double d, decimal m, int mode, long min, long max)
        {
            switch (kind)
            {
                case Signed:
                    if (l < min || l > max) { if (mode == 0) throw Overflow(); if (mode == 1) return l < min ? min : max; }
                    return l;
                case Unsigned:
                    if (u > (ulong)max) { if (mode == 0) throw Overflow(); if (mode == 1) return max; }
                    return (long)u;
                case Floating:
                {
                    if (d != d) { if (mode == 0) throw Overflow(); return 0; }
                    double t = Math.Truncate(d), lo = min, hiEx = -(double)min;
                    if (t < lo || t >= hiEx) { if (mode == 0) throw Overflow(); return t < lo ? min : max; }
                    return (long)t;
                }
                default:
                {
                    decimal t = decimal.Truncate(m);
                    if (t < min || t > max) { if (mode == 0) throw Overflow(); return t < min ? min : max; }
                    return (long)t;
                }
            }
        }

        private static ulong ToUnsigned(int kind, long l, ulong u, double d, decimal m, int mode, ulong max)
        {
            switch (kind)
            {
                case Signed:
                    if (l < 0 || (ulong)l > max) { if (mode == 0) throw Overflow(); if (mode == 1) return l < 0 ? 0 : max; }
                    return (ulong)l;
                case Unsigned:
                    if (u > max) { if (mode == 0) throw Overflow(); if (mode == 1) return max; }
                    return u;
                case Floating:
                {
                    if (d != d) { if (mode == 0) throw Overflow(); return 0; }
                    double t = Math.Truncate(d), hiEx = (double)max + 1.0;
                    if (max == ulong.MaxValue) hiEx = 18446744073709551616.0;
                    if (t < 0 || t >= hiEx) { if (mode == 0) throw Overflow(); return t < 0 ? 0 : max; }
                    if (t >= 9223372036854775808.0) return (ulong)(long)(t - 9223372036854775808.0) + 9223372036854775808UL;
                    return (ulong)(long)t;
                }
                default:
                {
                    decimal t = decimal.Truncate(m);
                    if (t < 0 || t > max) { if (mode == 0) throw Overflow(); return t < 0 ? 0 : max; }
                    return (ulong)t;
                }
            }
        }

        private static double ToDouble(int kind, long l, ulong u, double d, decimal m) =>
            kind == Signed ? l : kind == Unsigned ? u : kind == Floating ? d : (double)m;

        private static float ToSingle(int kind, long l, ulong u, double d, decimal m) =>
            kind == Signed ? l : kind == Unsigned ? u : kind == Floating ? (float)d : (float)m;

        private static decimal ToDecimal(int kind, long l, ulong u, double d, decimal m, int mode)
        {
            switch (kind)
            {
                case Signed: return l;
                case Unsigned: return u;
                case Floating:
                    if (mode != 0)
                    {
                        if (d != d) return 0m;
                        if (d >= 79228162514264337593543950335.0) return decimal.MaxValue;
                        if (d <= -79228162514264337593543950335.0) return decimal.MinValue;
                    }
                    return (decimal)d;
                default: return m;
            }
        }

        internal static bool TryConvert<TFrom, TTo>(TFrom value, int mode, out TTo result)
        {
            result = default;
            if (!Read(value, out int k, out long l, out ulong u, out double d, out decimal m)) return false;
            if (typeof(TTo) == typeof(sbyte)) { Unsafe.As<TTo, sbyte>(ref result) = (sbyte)ToSigned(k, l, u, d, m, mode, sbyte.MinValue, sbyte.MaxValue); return true; }
            if (typeof(TTo) == typeof(short)) { Unsafe.As<TTo, short>(ref result) = (short)ToSigned(k, l, u, d, m, mode, short.MinValue, short.MaxValue); return true; }
            if (typeof(TTo) == typeof(int)) { Unsafe.As<TTo, int>(ref result) = (int)ToSigned(k, l, u, d, m, mode, int.MinValue, int.MaxValue); return true; }
            if (typeof(TTo) == typeof(long)) { Unsafe.As<TTo, long>(ref result) = ToSigned(k, l, u, d, m, mode, long.MinValue, long.MaxValue); return true; }
            if (typeof(TTo) == typeof(nint)) { Unsafe.As<TTo, nint>(ref result) = (nint)ToSigned(k, l, u, d, m, mode, IntPtr.Size == 8 ? long.MinValue : int.MinValue, IntPtr.Size == 8 ? long.MaxValue : int.MaxValue); return true; }
            if (typeof(TTo) == typeof(byte)) { Unsafe.As<TTo, byte>(ref result) = (byte)ToUnsigned(k, l, u, d, m, mode, byte.MaxValue); return true; }
            if (typeof(TTo) == typeof(ushort)) { Unsafe.As<TTo, ushort>(ref result) = (ushort)ToUnsigned(k, l, u, d, m, mode, ushort.MaxValue); return true; }
            if (typeof(TTo) == typeof(char)) { Unsafe.As<TTo, char>(ref result) = (char)ToUnsigned(k, l, u, d, m, mode, char.MaxValue); return true; }
            if (typeof(TTo) == typeof(uint)) { Unsafe.As<TTo, uint>(ref result) = (uint)ToUnsigned(k, l, u, d, m, mode, uint.MaxValue); return true; }
            if (typeof(TTo) == typeof(ulong)) { Unsafe.As<TTo, ulong>(ref result) = ToUnsigned(k, l, u, d, m, mode, ulong.MaxValue); return true; }
            if (typeof(TTo) == typeof(nuint)) { Unsafe.As<TTo, nuint>(ref result) = (nuint)ToUnsigned(k, l, u, d, m, mode, IntPtr.Size == 8 ? ulong.MaxValue : uint.MaxValue); return true; }
            if (typeof(TTo) == typeof(float)) { Unsafe.As<TTo, float>(ref result) = ToSingle(k, l, u, d, m); return true; }
            if (typeof(TTo) == typeof(double)) { Unsafe.As<TTo, double>(ref result) = ToDouble(k, l, u, d, m); return true; }
            if (typeof(TTo) == typeof(decimal)) { Unsafe.As<TTo, decimal>(ref result) = ToDecimal(k, l, u, d, m, mode); return true; }
            return false;
        }
    }

    // Helpers behind the generated generic-math members (GenericMath.g.cs).
    internal static class GenericMath
    {
        internal static double Hypot(double x, double y)
        {
            if (double.IsInfinity(x) || double.IsInfinity(y)) return double.PositiveInfinity;
            if (double.IsNaN(x) || double.IsNaN(y)) return double.NaN;
            x = Math.Abs(x); y = Math.Abs(y);
            double big = Math.Max(x, y), small = Math.Min(x, y);
            if (big == 0) return 0;
            double r = small / big;
            return big * Math.Sqrt(1 + r * r);
        }

        internal static float Hypot(float x, float y) => (float)Hypot((double)x, (double)y);

        internal static double RootN(double x, int n)
        {
            if (n == 0) return double.NaN;
            // Square and cube roots first, as .NET does: sqrt(-0) is +0 here and cbrt takes negatives.
            if (n == 2) return x != 0 ? Math.Sqrt(x) : 0.0;
            if (n == 3) return Math.Cbrt(x);
            if (n < 0) return 1.0 / RootN(x, -n);
            if (x < 0) return (n & 1) != 0 ? -Math.Pow(-x, 1.0 / n) : double.NaN;
            return Math.Pow(x, 1.0 / n);
        }

        internal static float RootN(float x, int n) => (float)RootN((double)x, n);

        internal static double SinPi(double x)
        {
            if (!double.IsFinite(x)) return double.NaN;
            double r = Math.IEEERemainder(x, 2.0);
            if (r == Math.Truncate(r)) return x < 0 || (x == 0 && double.IsNegative(x)) ? -0.0 : 0.0;
            if (Math.Abs(r) == 0.5) return r > 0 ? 1.0 : -1.0;
            return Math.Sin(r * Math.PI);
        }

        internal static double CosPi(double x)
        {
            if (!double.IsFinite(x)) return double.NaN;
            double r = Math.Abs(Math.IEEERemainder(x, 2.0));
            if (r == 0.5) return 0.0;
            if (r == 0) return 1.0;
            if (r == 1) return -1.0;
            return Math.Cos(r * Math.PI);
        }

        internal static float SinPi(float x) => (float)SinPi((double)x);
        internal static float CosPi(float x) => (float)CosPi((double)x);
    }
}
