using System.Numerics;

namespace System
{
    // The math functions .NET declares on double itself (double.Sin(x), double.MaxNumber(a, b)),
    // which generic math made public. Each gives what the interface implementation in
    // GenericMath.g.cs gives: they forward to Math, or through NumberStatics to that
    // implementation (an explicit one, so a call through the interface never lands here).
    public readonly partial struct Double
    {
        public static double Acos(double x) => Math.Acos(x);
        public static double Acosh(double x) => Math.Acosh(x);
        public static double AcosPi(double x) => Math.Acos(x) / Pi;
        public static double Asin(double x) => Math.Asin(x);
        public static double Asinh(double x) => Math.Asinh(x);
        public static double AsinPi(double x) => Math.Asin(x) / Pi;
        public static double Atan(double x) => Math.Atan(x);
        public static double Atan2(double y, double x) => Math.Atan2(y, x);
        public static double Atan2Pi(double y, double x) => Math.Atan2(y, x) / Pi;
        public static double Atanh(double x) => Math.Atanh(x);
        public static double AtanPi(double x) => Math.Atan(x) / Pi;
        public static double BitDecrement(double x) => Math.BitDecrement(x);
        public static double BitIncrement(double x) => Math.BitIncrement(x);
        public static double Cbrt(double x) => Math.Cbrt(x);
        public static double Cos(double x) => Math.Cos(x);
        public static double Cosh(double x) => Math.Cosh(x);
        public static double CosPi(double x) => NumberStatics.CosPi(x);
        public static double Exp(double x) => Math.Exp(x);
        public static double Exp10(double x) => Math.Pow(10, x);
        public static double Exp10M1(double x) => Math.Pow(10, x) - 1;
        public static double Exp2(double x) => Math.Pow(2, x);
        public static double Exp2M1(double x) => Math.Pow(2, x) - 1;
        public static double ExpM1(double x) => Math.Exp(x) - 1;
        public static double FusedMultiplyAdd(double left, double right, double addend) => Math.FusedMultiplyAdd(left, right, addend);
        public static double Ieee754Remainder(double left, double right) => Math.IEEERemainder(left, right);
        public static int ILogB(double x) => Math.ILogB(x);
        public static double Log(double x) => Math.Log(x);
        public static double Log(double x, double newBase) => Math.Log(x, newBase);
        public static double Log10(double x) => Math.Log10(x);
        public static double Log10P1(double x) => Math.Log10(x + 1);
        public static double Log2(double value) => Math.Log2(value);
        public static double Log2P1(double x) => Math.Log2(x + 1);
        public static double LogP1(double x) => Math.Log(x + 1);
        public static double MaxMagnitude(double x, double y) => NumberStatics.MaxMagnitude(x, y);
        public static double MaxMagnitudeNumber(double x, double y) => NumberStatics.MaxMagnitudeNumber(x, y);
        public static double MaxNumber(double x, double y) => NumberStatics.MaxNumber(x, y);
        public static double MinMagnitude(double x, double y) => NumberStatics.MinMagnitude(x, y);
        public static double MinMagnitudeNumber(double x, double y) => NumberStatics.MinMagnitudeNumber(x, y);
        public static double MinNumber(double x, double y) => NumberStatics.MinNumber(x, y);
        public static double RootN(double x, int n) => NumberStatics.RootN(x, n);
        public static double Round(double x, MidpointRounding mode) => Math.Round(x, mode);
        public static double Round(double x, int digits, MidpointRounding mode) => Math.Round(x, digits, mode);
        public static double ScaleB(double x, int n) => Math.ScaleB(x, n);
        public static double Sin(double x) => Math.Sin(x);
        public static (double Sin, double Cos) SinCos(double x) => (Math.Sin(x), Math.Cos(x));
        public static (double SinPi, double CosPi) SinCosPi(double x) => NumberStatics.SinCosPi(x);
        public static double Sinh(double x) => Math.Sinh(x);
        public static double SinPi(double x) => NumberStatics.SinPi(x);
        public static double Tan(double x) => Math.Tan(x);
        public static double Tanh(double x) => Math.Tanh(x);
        public static double TanPi(double x) => NumberStatics.TanPi(x);
    }

    // Calls a generic-math member of T, reaching the explicit interface implementation of
    // double or float, so that the public forwarders share one body with it.
    internal static class NumberStatics
    {
        internal static T CosPi<T>(T x) where T : ITrigonometricFunctions<T> => T.CosPi(x);
        internal static T SinPi<T>(T x) where T : ITrigonometricFunctions<T> => T.SinPi(x);
        internal static T TanPi<T>(T x) where T : ITrigonometricFunctions<T> => T.TanPi(x);
        internal static (T SinPi, T CosPi) SinCosPi<T>(T x) where T : ITrigonometricFunctions<T> => T.SinCosPi(x);
        internal static T RootN<T>(T x, int n) where T : IRootFunctions<T> => T.RootN(x, n);
        internal static T MaxMagnitude<T>(T x, T y) where T : INumberBase<T> => T.MaxMagnitude(x, y);
        internal static T MaxMagnitudeNumber<T>(T x, T y) where T : INumberBase<T> => T.MaxMagnitudeNumber(x, y);
        internal static T MinMagnitude<T>(T x, T y) where T : INumberBase<T> => T.MinMagnitude(x, y);
        internal static T MinMagnitudeNumber<T>(T x, T y) where T : INumberBase<T> => T.MinMagnitudeNumber(x, y);
        internal static T MaxNumber<T>(T x, T y) where T : INumber<T> => T.MaxNumber(x, y);
        internal static T MinNumber<T>(T x, T y) where T : INumber<T> => T.MinNumber(x, y);
    }
}
