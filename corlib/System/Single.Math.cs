using System.Numerics;

namespace System
{
    // The math functions .NET declares on float itself (float.Sin(x), float.MaxNumber(a, b)),
    // which generic math made public. Each gives what the interface implementation in
    // GenericMath.g.cs gives: they forward to MathF, or through NumberStatics to that
    // implementation (an explicit one, so a call through the interface never lands here).
    public readonly partial struct Single
    {
        public static float Acos(float x) => MathF.Acos(x);
        public static float Acosh(float x) => MathF.Acosh(x);
        public static float AcosPi(float x) => MathF.Acos(x) / Pi;
        public static float Asin(float x) => MathF.Asin(x);
        public static float Asinh(float x) => MathF.Asinh(x);
        public static float AsinPi(float x) => MathF.Asin(x) / Pi;
        public static float Atan(float x) => MathF.Atan(x);
        public static float Atan2(float y, float x) => MathF.Atan2(y, x);
        public static float Atan2Pi(float y, float x) => MathF.Atan2(y, x) / Pi;
        public static float Atanh(float x) => MathF.Atanh(x);
        public static float AtanPi(float x) => MathF.Atan(x) / Pi;
        public static float BitDecrement(float x) => MathF.BitDecrement(x);
        public static float BitIncrement(float x) => MathF.BitIncrement(x);
        public static float Cbrt(float x) => MathF.Cbrt(x);
        public static float Cos(float x) => MathF.Cos(x);
        public static float Cosh(float x) => MathF.Cosh(x);
        public static float CosPi(float x) => NumberStatics.CosPi(x);
        public static float Exp(float x) => MathF.Exp(x);
        public static float Exp10(float x) => MathF.Pow(10, x);
        public static float Exp10M1(float x) => MathF.Pow(10, x) - 1;
        public static float Exp2(float x) => MathF.Pow(2, x);
        public static float Exp2M1(float x) => MathF.Pow(2, x) - 1;
        public static float ExpM1(float x) => MathF.Exp(x) - 1;
        public static float FusedMultiplyAdd(float left, float right, float addend) => MathF.FusedMultiplyAdd(left, right, addend);
        public static float Ieee754Remainder(float left, float right) => MathF.IEEERemainder(left, right);
        public static int ILogB(float x) => MathF.ILogB(x);
        public static float Log(float x) => MathF.Log(x);
        public static float Log(float x, float newBase) => MathF.Log(x, newBase);
        public static float Log10(float x) => MathF.Log10(x);
        public static float Log10P1(float x) => MathF.Log10(x + 1);
        public static float Log2(float value) => MathF.Log2(value);
        public static float Log2P1(float x) => MathF.Log2(x + 1);
        public static float LogP1(float x) => MathF.Log(x + 1);
        public static float MaxMagnitude(float x, float y) => NumberStatics.MaxMagnitude(x, y);
        public static float MaxMagnitudeNumber(float x, float y) => NumberStatics.MaxMagnitudeNumber(x, y);
        public static float MaxNumber(float x, float y) => NumberStatics.MaxNumber(x, y);
        public static float MinMagnitude(float x, float y) => NumberStatics.MinMagnitude(x, y);
        public static float MinMagnitudeNumber(float x, float y) => NumberStatics.MinMagnitudeNumber(x, y);
        public static float MinNumber(float x, float y) => NumberStatics.MinNumber(x, y);
        public static float RootN(float x, int n) => NumberStatics.RootN(x, n);
        public static float Round(float x, MidpointRounding mode) => MathF.Round(x, mode);
        public static float Round(float x, int digits, MidpointRounding mode) => MathF.Round(x, digits, mode);
        public static float ScaleB(float x, int n) => MathF.ScaleB(x, n);
        public static float Sin(float x) => MathF.Sin(x);
        public static (float Sin, float Cos) SinCos(float x) => (MathF.Sin(x), MathF.Cos(x));
        public static (float SinPi, float CosPi) SinCosPi(float x) => NumberStatics.SinCosPi(x);
        public static float Sinh(float x) => MathF.Sinh(x);
        public static float SinPi(float x) => NumberStatics.SinPi(x);
        public static float Tan(float x) => MathF.Tan(x);
        public static float Tanh(float x) => MathF.Tanh(x);
        public static float TanPi(float x) => NumberStatics.TanPi(x);
    }
}
