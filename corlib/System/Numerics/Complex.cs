// System.Numerics.Complex: a pair of doubles. The formulas are the ones .NET uses (Smith's
// division, scaled hypotenuse, cancellation-free square root, exp-shared sinh/cosh), so
// results agree with CoreCLR bit for bit wherever the C library's libm does.
// Not here: the generic-math interfaces, Asin/Acos, Parse/TryParse.
using System.Globalization;

namespace System.Numerics
{
    public readonly struct Complex : IEquatable<Complex>, IFormattable, ISpanFormattable
    {
        private const double InverseOfLog10 = 0.43429448190325; // 1 / ln(10), .NET's constant
        // Above this, Hypot(re, im) + |re| could overflow before Sqrt brings it back.
        private static readonly double s_sqrtRescaleThreshold = double.MaxValue / (Math.Sqrt(2.0) + 1.0);

        public static readonly Complex Zero = new Complex(0.0, 0.0);
        public static readonly Complex One = new Complex(1.0, 0.0);
        public static readonly Complex ImaginaryOne = new Complex(0.0, 1.0);
        public static readonly Complex NaN = new Complex(double.NaN, double.NaN);
        public static readonly Complex Infinity = new Complex(double.PositiveInfinity, double.PositiveInfinity);

        private readonly double _real;
        private readonly double _imaginary;

        public Complex(double real, double imaginary)
        {
            _real = real;
            _imaginary = imaginary;
        }

        public double Real => _real;
        public double Imaginary => _imaginary;
        public double Magnitude => Abs(this);
        public double Phase => Math.Atan2(_imaginary, _real);

        public static Complex FromPolarCoordinates(double magnitude, double phase) =>
            new Complex(magnitude * Math.Cos(phase), magnitude * Math.Sin(phase));

        // ---- Arithmetic

        public static Complex Negate(Complex value) => -value;
        public static Complex Add(Complex left, Complex right) => left + right;
        public static Complex Add(Complex left, double right) => left + right;
        public static Complex Add(double left, Complex right) => left + right;
        public static Complex Subtract(Complex left, Complex right) => left - right;
        public static Complex Subtract(Complex left, double right) => left - right;
        public static Complex Subtract(double left, Complex right) => left - right;
        public static Complex Multiply(Complex left, Complex right) => left * right;
        public static Complex Multiply(Complex left, double right) => left * right;
        public static Complex Multiply(double left, Complex right) => left * right;
        public static Complex Divide(Complex dividend, Complex divisor) => dividend / divisor;
        public static Complex Divide(Complex dividend, double divisor) => dividend / divisor;
        public static Complex Divide(double dividend, Complex divisor) => dividend / divisor;

        public static Complex operator -(Complex value) => new Complex(-value._real, -value._imaginary);
        public static Complex operator +(Complex value) => value;
        public static Complex operator ++(Complex value) => new Complex(value._real + 1.0, value._imaginary);
        public static Complex operator --(Complex value) => new Complex(value._real - 1.0, value._imaginary);

        public static Complex operator +(Complex left, Complex right) =>
            new Complex(left._real + right._real, left._imaginary + right._imaginary);
        public static Complex operator +(Complex left, double right) => new Complex(left._real + right, left._imaginary);
        public static Complex operator +(double left, Complex right) => new Complex(left + right._real, right._imaginary);

        public static Complex operator -(Complex left, Complex right) =>
            new Complex(left._real - right._real, left._imaginary - right._imaginary);
        public static Complex operator -(Complex left, double right) => new Complex(left._real - right, left._imaginary);
        public static Complex operator -(double left, Complex right) => new Complex(left - right._real, -right._imaginary);

        public static Complex operator *(Complex left, Complex right) =>
            new Complex(left._real * right._real - left._imaginary * right._imaginary,
                        left._imaginary * right._real + left._real * right._imaginary);
        public static Complex operator *(Complex left, double right)
        {
            if (!double.IsFinite(left._real))
            {
                if (!double.IsFinite(left._imaginary)) return new Complex(double.NaN, double.NaN);
                return new Complex(left._real * right, double.NaN);
            }
            if (!double.IsFinite(left._imaginary)) return new Complex(double.NaN, left._imaginary * right);
            return new Complex(left._real * right, left._imaginary * right);
        }
        public static Complex operator *(double left, Complex right) => right * left;

        // Smith's algorithm: divide through by the larger component of the divisor so that
        // the intermediate products cannot overflow needlessly.
        public static Complex operator /(Complex left, Complex right)
        {
            double a = left._real, b = left._imaginary, c = right._real, d = right._imaginary;
            if (Math.Abs(d) < Math.Abs(c))
            {
                double r = d / c;
                return new Complex((a + b * r) / (c + d * r), (b - a * r) / (c + d * r));
            }
            double s = c / d;
            return new Complex((b + a * s) / (d + c * s), (-a + b * s) / (d + c * s));
        }

        public static Complex operator /(Complex left, double right)
        {
            if (right == 0) return new Complex(double.NaN, double.NaN);
            if (!double.IsFinite(left._real))
            {
                if (!double.IsFinite(left._imaginary)) return new Complex(double.NaN, double.NaN);
                return new Complex(left._real / right, double.NaN);
            }
            if (!double.IsFinite(left._imaginary)) return new Complex(double.NaN, left._imaginary / right);
            return new Complex(left._real / right, left._imaginary / right);
        }

        public static Complex operator /(double left, Complex right)
        {
            double a = left, c = right._real, d = right._imaginary;
            if (Math.Abs(d) < Math.Abs(c))
            {
                double r = d / c;
                return new Complex(a / (c + d * r), (-a * r) / (c + d * r));
            }
            double s = c / d;
            return new Complex(a * s / (d + c * s), -a / (d + c * s));
        }

        public static bool operator ==(Complex left, Complex right) =>
            left._real == right._real && left._imaginary == right._imaginary;
        public static bool operator !=(Complex left, Complex right) =>
            left._real != right._real || left._imaginary != right._imaginary;

        // ---- Functions

        public static double Abs(Complex value) => Hypot(value._real, value._imaginary);

        // sqrt(a² + b²) as large·sqrt(1 + (small/large)²): no overflow for large parts.
        private static double Hypot(double a, double b)
        {
            a = Math.Abs(a);
            b = Math.Abs(b);
            double small = a < b ? a : b, large = a < b ? b : a;
            if (small == 0.0) return large;
            if (double.IsInfinity(a) || double.IsInfinity(b)) return double.PositiveInfinity;  // even with a NaN
            double ratio = small / large;
            return large * Math.Sqrt(1.0 + ratio * ratio);
        }

        public static Complex Conjugate(Complex value) => new Complex(value._real, -value._imaginary);

        public static Complex Reciprocal(Complex value)
        {
            if (value._real == 0 && value._imaginary == 0) return Zero;
            return One / value;
        }

        public static Complex Exp(Complex value)
        {
            double scale = Math.Exp(value._real);
            return new Complex(scale * Math.Cos(value._imaginary), scale * Math.Sin(value._imaginary));
        }

        public static Complex Log(Complex value) =>
            new Complex(Math.Log(Abs(value)), Math.Atan2(value._imaginary, value._real));

        public static Complex Log(Complex value, double baseValue) => Log(value) / Log(baseValue);

        public static Complex Log10(Complex value)
        {
            Complex log = Log(value);
            return new Complex(log._real * InverseOfLog10, log._imaginary * InverseOfLog10);
        }

        // x + iy = sqrt(a + ib) gives x² - y² = a and 2xy = b. Take whichever of x, y has no
        // cancellation from the quadratic formula, the other from 2xy = b; the branch cut
        // keeps x >= 0 and sign(y) = sign(b). Pure reals and imaginaries come out exact.
        public static Complex Sqrt(Complex value)
        {
            double re = value._real, im = value._imaginary;
            if (im == 0.0)
                return re < 0.0 ? new Complex(0.0, Math.Sqrt(-re)) : new Complex(Math.Sqrt(re), 0.0);
            // An infinite real part with a NaN imaginary part: CoreCLR answers (NaN, +inf)
            // for +inf and (+inf, NaN) for -inf (the reverse of C99's csqrt); do the same.
            if (double.IsInfinity(re) && double.IsNaN(im))
                return re > 0 ? new Complex(double.NaN, double.PositiveInfinity) : new Complex(double.PositiveInfinity, double.NaN);
            bool scaled = false;
            if (Math.Abs(re) >= s_sqrtRescaleThreshold || Math.Abs(im) >= s_sqrtRescaleThreshold)
            {
                if (double.IsInfinity(im)) return new Complex(double.PositiveInfinity, im);  // even if re is NaN
                re *= 0.25;      // exact; undone by doubling the root
                im *= 0.25;
                scaled = true;
            }
            double x, y;
            if (re >= 0.0)
            {
                x = Math.Sqrt((Hypot(re, im) + re) * 0.5);
                y = im / (2.0 * x);
            }
            else
            {
                y = Math.Sqrt((Hypot(re, im) - re) * 0.5);
                if (im < 0.0) y = -y;
                x = im / (2.0 * y);
            }
            if (scaled)
            {
                x *= 2.0;
                y *= 2.0;
            }
            return new Complex(x, y);
        }

        public static Complex Pow(Complex value, Complex power)
        {
            if (power == Zero) return One;
            if (value == Zero) return Zero;
            double rho = Abs(value);
            double theta = Math.Atan2(value._imaginary, value._real);
            double angle = power._real * theta + power._imaginary * Math.Log(rho);
            double length = Math.Pow(rho, power._real) * Math.Pow(Math.E, -power._imaginary * theta);
            return new Complex(length * Math.Cos(angle), length * Math.Sin(angle));
        }

        public static Complex Pow(Complex value, double power) => Pow(value, new Complex(power, 0));

        // sinh and cosh of the imaginary part from one Exp.
        public static Complex Sin(Complex value)
        {
            double p = Math.Exp(value._imaginary), q = 1.0 / p;
            double sinh = (p - q) * 0.5, cosh = (p + q) * 0.5;
            return new Complex(Math.Sin(value._real) * cosh, Math.Cos(value._real) * sinh);
        }

        public static Complex Cos(Complex value)
        {
            double p = Math.Exp(value._imaginary), q = 1.0 / p;
            double sinh = (p - q) * 0.5, cosh = (p + q) * 0.5;
            return new Complex(Math.Cos(value._real) * cosh, -Math.Sin(value._real) * sinh);
        }

        // tan(x + iy) = (sin 2x + i sinh 2y) / (cos 2x + cosh 2y); for large |y| divided
        // through by cosh 2y, which would otherwise overflow.
        public static Complex Tan(Complex value)
        {
            double x2 = 2.0 * value._real, y2 = 2.0 * value._imaginary;
            double p = Math.Exp(y2), q = 1.0 / p;
            double cosh = (p + q) * 0.5;
            if (Math.Abs(value._imaginary) <= 4.0)
            {
                double sinh = (p - q) * 0.5;
                double denominator = Math.Cos(x2) + cosh;
                return new Complex(Math.Sin(x2) / denominator, sinh / denominator);
            }
            double d = 1.0 + Math.Cos(x2) / cosh;
            return new Complex(Math.Sin(x2) / cosh / d, Math.Tanh(y2) / d);
        }

        // sinh z = -i sin(iz), cosh z = cos(iz), tanh z = -i tan(iz).
        public static Complex Sinh(Complex value)
        {
            Complex s = Sin(new Complex(-value._imaginary, value._real));
            return new Complex(s._imaginary, -s._real);
        }

        public static Complex Cosh(Complex value) => Cos(new Complex(-value._imaginary, value._real));

        public static Complex Tanh(Complex value)
        {
            Complex t = Tan(new Complex(-value._imaginary, value._real));
            return new Complex(t._imaginary, -t._real);
        }

        // atan z = (i/2) (log(1 - iz) - log(1 + iz)).
        public static Complex Atan(Complex value)
        {
            Complex two = new Complex(2.0, 0.0);
            return ImaginaryOne / two * (Log(One - ImaginaryOne * value) - Log(One + ImaginaryOne * value));
        }

        // ---- Classification

        public static bool IsFinite(Complex value) => double.IsFinite(value._real) && double.IsFinite(value._imaginary);
        public static bool IsInfinity(Complex value) => double.IsInfinity(value._real) || double.IsInfinity(value._imaginary);
        public static bool IsNaN(Complex value) => !IsInfinity(value) && !IsFinite(value);
        public static bool IsRealNumber(Complex value) => value._imaginary == 0.0 && double.IsRealNumber(value._real);
        public static bool IsImaginaryNumber(Complex value) => value._real == 0.0 && double.IsRealNumber(value._imaginary);
        public static bool IsComplexNumber(Complex value) => value._real != 0.0 && value._imaginary != 0.0;

        // ---- Conversions

        public static implicit operator Complex(byte value) => new Complex(value, 0.0);
        public static implicit operator Complex(sbyte value) => new Complex(value, 0.0);
        public static implicit operator Complex(short value) => new Complex(value, 0.0);
        public static implicit operator Complex(ushort value) => new Complex(value, 0.0);
        public static implicit operator Complex(int value) => new Complex(value, 0.0);
        public static implicit operator Complex(uint value) => new Complex(value, 0.0);
        public static implicit operator Complex(long value) => new Complex(value, 0.0);
        public static implicit operator Complex(ulong value) => new Complex(value, 0.0);
        public static implicit operator Complex(nint value) => new Complex(value, 0.0);
        public static implicit operator Complex(nuint value) => new Complex(value, 0.0);
        public static implicit operator Complex(char value) => new Complex(value, 0.0);
        public static implicit operator Complex(float value) => new Complex(value, 0.0);
        public static implicit operator Complex(double value) => new Complex(value, 0.0);
        public static implicit operator Complex(Half value) => new Complex((double)value, 0.0);
        public static explicit operator Complex(decimal value) => new Complex((double)value, 0.0);
        public static explicit operator Complex(BigInteger value) => new Complex((double)value, 0.0);
        public static explicit operator Complex(Int128 value) => new Complex((double)value, 0.0);
        public static explicit operator Complex(UInt128 value) => new Complex((double)value, 0.0);

        // ---- Equality and text

        public override bool Equals(object obj) => obj is Complex other && Equals(other);
        public bool Equals(Complex value) => _real.Equals(value._real) && _imaginary.Equals(value._imaginary);

        public override int GetHashCode() => (_real.GetHashCode() % 99999997) ^ _imaginary.GetHashCode();

        public override string ToString() => ToString(null, null);
        public string ToString(string format) => ToString(format, null);
        public string ToString(IFormatProvider provider) => ToString(null, provider);

        public string ToString(string format, IFormatProvider provider) =>
            "<" + _real.ToString(format, provider) + "; " + _imaginary.ToString(format, provider) + ">";

        public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider provider)
        {
            string text = ToString(format.Length == 0 ? null : new string(format), provider);
            if (text.Length > destination.Length)
            {
                charsWritten = 0;
                return false;
            }
            text.AsSpan().CopyTo(destination);
            charsWritten = text.Length;
            return true;
        }
    }
}
