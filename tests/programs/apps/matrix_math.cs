// A complete program: a small linear-algebra library over generic math — Matrix<T> and
// Vector<T> for any INumber<T>, a Fraction type implementing the numeric interfaces with
// static abstract members, operator overloading, IEquatable/IComparable, checked
// arithmetic, Gaussian elimination with exact fractions, and Span-based kernels.
#nullable enable
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;

interface IShape<TSelf> where TSelf : IShape<TSelf>
{
    static abstract string Kind { get; }
    int Rows { get; }
    int Cols { get; }
    string Describe() => $"{TSelf.Kind} {Rows}x{Cols}";
}

readonly struct Fraction :
    IEquatable<Fraction>, IComparable<Fraction>,
    IAdditionOperators<Fraction, Fraction, Fraction>,
    ISubtractionOperators<Fraction, Fraction, Fraction>,
    IMultiplyOperators<Fraction, Fraction, Fraction>,
    IDivisionOperators<Fraction, Fraction, Fraction>,
    IUnaryNegationOperators<Fraction, Fraction>,
    IAdditiveIdentity<Fraction, Fraction>,
    IMultiplicativeIdentity<Fraction, Fraction>,
    IComparisonOperators<Fraction, Fraction, bool>
{
    public long Num { get; }
    public long Den { get; }

    public Fraction(long num, long den = 1)
    {
        if (den == 0) throw new DivideByZeroException("zero denominator");
        if (den < 0) { num = -num; den = -den; }
        long g = (long)BigInteger.GreatestCommonDivisor(num, den);
        (Num, Den) = g > 1 ? (num / g, den / g) : (num, den);
    }

    public static Fraction AdditiveIdentity => new(0);
    public static Fraction MultiplicativeIdentity => new(1);
    public static implicit operator Fraction(long n) => new(n);
    public static explicit operator double(Fraction f) => (double)f.Num / f.Den;

    public static Fraction operator +(Fraction a, Fraction b) => checked(new(a.Num * b.Den + b.Num * a.Den, a.Den * b.Den));
    public static Fraction operator -(Fraction a, Fraction b) => checked(new(a.Num * b.Den - b.Num * a.Den, a.Den * b.Den));
    public static Fraction operator *(Fraction a, Fraction b) => checked(new(a.Num * b.Num, a.Den * b.Den));
    public static Fraction operator /(Fraction a, Fraction b) => checked(new(a.Num * b.Den, a.Den * b.Num));
    public static Fraction operator -(Fraction a) => new(-a.Num, a.Den);
    public static bool operator ==(Fraction a, Fraction b) => a.Equals(b);
    public static bool operator !=(Fraction a, Fraction b) => !a.Equals(b);
    public static bool operator <(Fraction a, Fraction b) => a.CompareTo(b) < 0;
    public static bool operator >(Fraction a, Fraction b) => a.CompareTo(b) > 0;
    public static bool operator <=(Fraction a, Fraction b) => a.CompareTo(b) <= 0;
    public static bool operator >=(Fraction a, Fraction b) => a.CompareTo(b) >= 0;

    public bool Equals(Fraction other) => Num == other.Num && Den == other.Den;
    public override bool Equals(object? obj) => obj is Fraction f && Equals(f);
    public override int GetHashCode() => HashCode.Combine(Num, Den);
    public int CompareTo(Fraction other) => ((Int128)Num * other.Den).CompareTo((Int128)other.Num * Den);
    public override string ToString() => Den == 1 ? Num.ToString() : $"{Num}/{Den}";
}

static class Algebra
{
    // Works for any type with the operators, not only INumber<T>.
    public static T Dot<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b)
        where T : IAdditionOperators<T, T, T>, IMultiplyOperators<T, T, T>, IAdditiveIdentity<T, T>
    {
        if (a.Length != b.Length) throw new ArgumentException("length mismatch");
        T sum = T.AdditiveIdentity;
        for (int i = 0; i < a.Length; i++) sum += a[i] * b[i];
        return sum;
    }

    public static T SumAll<T>(params ReadOnlySpan<T> values) where T : INumber<T>
    {
        T s = T.Zero;
        foreach (var v in values) s += v;
        return s;
    }

    public static TOut Mean<TIn, TOut>(IEnumerable<TIn> values)
        where TIn : INumber<TIn> where TOut : INumber<TOut>
    {
        TOut sum = TOut.Zero, count = TOut.Zero;
        foreach (var v in values) { sum += TOut.CreateChecked(v); count++; }
        return sum / count;
    }
}

sealed class Matrix<T> : IShape<Matrix<T>>, IEquatable<Matrix<T>>
    where T : IAdditionOperators<T, T, T>, ISubtractionOperators<T, T, T>, IMultiplyOperators<T, T, T>,
              IDivisionOperators<T, T, T>, IAdditiveIdentity<T, T>, IMultiplicativeIdentity<T, T>, IEquatable<T>
{
    private readonly T[] _data;
    public int Rows { get; }
    public int Cols { get; }
    public static string Kind => "matrix<" + typeof(T).Name + ">";

    public Matrix(int rows, int cols)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(cols);
        (Rows, Cols, _data) = (rows, cols, new T[rows * cols]);
        _data.AsSpan().Fill(T.AdditiveIdentity);
    }

    public Matrix(T[,] values) : this(values.GetLength(0), values.GetLength(1))
    {
        for (int r = 0; r < Rows; r++)
            for (int c = 0; c < Cols; c++)
                this[r, c] = values[r, c];
    }

    public static Matrix<T> Identity(int n)
    {
        var m = new Matrix<T>(n, n);
        for (int i = 0; i < n; i++) m[i, i] = T.MultiplicativeIdentity;
        return m;
    }

    public ref T this[int r, int c]
    {
        get
        {
            if ((uint)r >= (uint)Rows || (uint)c >= (uint)Cols) throw new IndexOutOfRangeException($"({r},{c}) outside {Rows}x{Cols}");
            return ref _data[r * Cols + c];
        }
    }

    public Span<T> Row(int r) => _data.AsSpan(r * Cols, Cols);
    public T[] Column(int c) => Enumerable.Range(0, Rows).Select(r => _data[r * Cols + c]).ToArray();

    public static Matrix<T> operator *(Matrix<T> a, Matrix<T> b)
    {
        if (a.Cols != b.Rows) throw new InvalidOperationException($"cannot multiply {a.Rows}x{a.Cols} by {b.Rows}x{b.Cols}");
        var m = new Matrix<T>(a.Rows, b.Cols);
        for (int c = 0; c < b.Cols; c++)
        {
            T[] col = b.Column(c);
            for (int r = 0; r < a.Rows; r++)
                m[r, c] = Algebra.Dot<T>(a.Row(r), col);
        }
        return m;
    }

    public static Matrix<T> operator +(Matrix<T> a, Matrix<T> b)
    {
        var m = new Matrix<T>(a.Rows, a.Cols);
        for (int i = 0; i < a._data.Length; i++) m._data[i] = a._data[i] + b._data[i];
        return m;
    }

    public Matrix<T> Transpose()
    {
        var m = new Matrix<T>(Cols, Rows);
        for (int r = 0; r < Rows; r++)
            for (int c = 0; c < Cols; c++)
                m[c, r] = this[r, c];
        return m;
    }

    public Matrix<T> Power(int n)
    {
        var result = Identity(Rows);
        var b = this;
        for (; n > 0; n >>= 1, b *= b)
            if ((n & 1) != 0) result *= b;
        return result;
    }

    // Gauss-Jordan elimination; needs exact division to be meaningful.
    public (Matrix<T> Inverse, T Determinant)? Invert()
    {
        int n = Rows;
        var a = new Matrix<T>(n, n);
        _data.CopyTo(a._data, 0);
        var inv = Identity(n);
        T det = T.MultiplicativeIdentity;
        for (int col = 0; col < n; col++)
        {
            int pivot = col;
            while (pivot < n && a[pivot, col].Equals(T.AdditiveIdentity)) pivot++;
            if (pivot == n) return null;
            if (pivot != col)
            {
                SwapRows(a, pivot, col);
                SwapRows(inv, pivot, col);
                det = T.AdditiveIdentity - det;
            }
            T p = a[col, col];
            det *= p;
            for (int c = 0; c < n; c++) { a[col, c] /= p; inv[col, c] /= p; }
            for (int r = 0; r < n; r++)
            {
                if (r == col) continue;
                T f = a[r, col];
                for (int c = 0; c < n; c++)
                {
                    a[r, c] -= f * a[col, c];
                    inv[r, c] -= f * inv[col, c];
                }
            }
        }
        return (inv, det);
    }

    static void SwapRows(Matrix<T> m, int i, int j)
    {
        Span<T> a = m.Row(i), b = m.Row(j);
        for (int k = 0; k < a.Length; k++) (a[k], b[k]) = (b[k], a[k]);
    }

    public bool Equals(Matrix<T>? other) =>
        other is not null && other.Rows == Rows && other.Cols == Cols && _data.AsSpan().SequenceEqual(other._data);
    public override bool Equals(object? obj) => Equals(obj as Matrix<T>);
    public override int GetHashCode() => HashCode.Combine(Rows, Cols);

    public string Format(Func<T, string> fmt)
    {
        var cells = _data.Select(fmt).ToArray();
        int w = cells.Max(s => s.Length);
        var sb = new StringBuilder();
        for (int r = 0; r < Rows; r++)
        {
            sb.Append("  [");
            for (int c = 0; c < Cols; c++) sb.Append(c == 0 ? "" : " ").Append(cells[r * Cols + c].PadLeft(w));
            sb.AppendLine("]");
        }
        return sb.ToString();
    }
    public override string ToString() => Format(v => v?.ToString() ?? "null");
}

static class Program
{
    static string Describe<TShape>(TShape s) where TShape : IShape<TShape> => s.Describe();

    static void Main()
    {
        var fib = new Matrix<long>(new long[,] { { 1, 1 }, { 1, 0 } });
        Console.WriteLine(Describe(fib));
        foreach (int n in new[] { 1, 10, 50, 90 })
            Console.WriteLine($"fib({n,2}) = {fib.Power(n)[0, 1],20:N0}");
        try
        {
            Console.WriteLine(checked(fib.Power(93)[0, 0] + fib.Power(92)[0, 0]));
        }
        catch (OverflowException e) { Console.WriteLine($"overflow: {e.Message}"); }

        var a = new Matrix<Fraction>(new Fraction[,] { { 2, 1, 1 }, { 1, 3, 2 }, { 1, 0, 0 } });
        Console.Write(a);
        if (a.Invert() is var (inv, det))
        {
            Console.WriteLine($"det = {det}");
            Console.Write(inv);
            Console.WriteLine($"A * A^-1 == I: {(a * inv).Equals(Matrix<Fraction>.Identity(3))}");
        }
        var singular = new Matrix<Fraction>(new Fraction[,] { { 1, 2 }, { 2, 4 } });
        Console.WriteLine($"singular inverse: {(singular.Invert() is null ? "none" : "??")}");

        var h = new Matrix<Fraction>(4, 4);
        for (int r = 0; r < 4; r++) for (int c = 0; c < 4; c++) h[r, c] = new Fraction(1, r + c + 1);
        var (hinv, hdet) = h.Invert()!.Value;
        Console.WriteLine($"Hilbert(4) det = {hdet} ~ {(double)hdet:E3}");
        Console.Write(hinv.Format(f => f.ToString()));

        var d = new Matrix<double>(new double[,] { { 4, -2 }, { 1, 1 } });
        var dinv = d.Invert()!.Value.Inverse;
        Console.Write(dinv.Format(x => x.ToString("F4", CultureInfo.InvariantCulture)));
        Console.Write((d * dinv).Format(x => x.ToString("0.###", CultureInfo.InvariantCulture)));
        Console.Write((d + d.Transpose()).Format(x => $"{x,6:F1}"));

        var dm = new Matrix<decimal>(new decimal[,] { { 1.5m, 2m }, { 0.25m, -1m } });
        Console.Write((dm * dm).Power(2));

        try { _ = new Matrix<int>(2, 3) * new Matrix<int>(2, 3); }
        catch (InvalidOperationException e) { Console.WriteLine(e.Message); }
        try { _ = new Matrix<int>(2, 2)[2, 0]; }
        catch (IndexOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { _ = new Matrix<int>(0, 2); }
        catch (ArgumentOutOfRangeException e) { Console.WriteLine(e.Message); }
        try { _ = new Fraction(1, 0); }
        catch (DivideByZeroException e) { Console.WriteLine(e.Message); }
        try { _ = new Fraction(long.MaxValue / 2, 3) + new Fraction(long.MaxValue / 2, 5); }
        catch (OverflowException) { Console.WriteLine("fraction overflow"); }

        Console.WriteLine(Algebra.SumAll(1, 2, 3, 4, 5));
        Console.WriteLine(Algebra.SumAll(0.5, 0.25));
        Console.WriteLine(Algebra.SumAll<decimal>());
        Console.WriteLine(Algebra.Mean<int, double>([1, 2, 3, 4]));
        Console.WriteLine(Algebra.Mean<byte, decimal>(new byte[] { 200, 100, 1 }));
        Console.WriteLine(Algebra.Dot<Fraction>(new Fraction[] { new(1, 2), new(1, 3) }, new Fraction[] { 2, 3 }));
        var fracs = new List<Fraction> { new(3, 4), new(-1, 2), new(5, 8), 2, new(2, 4) };
        fracs.Sort();
        Console.WriteLine(string.Join(" < ", fracs) + $" | max {fracs.Max()} | distinct {fracs.Distinct().Count()}");
        Console.WriteLine($"{new Fraction(6, -8)} {new Fraction(6, -8) == new Fraction(-3, 4)} {new Fraction(1, 3) >= new Fraction(2, 6)}");
        Span<int> ints = stackalloc int[] { 3, 1, 4, 1, 5, 9, 2, 6 };
        Console.WriteLine($"{Algebra.Dot<int>(ints, ints)} {int.CreateSaturating(1e12)} {byte.CreateTruncating(300)} {int.Clamp(15, 0, 9)} {long.IsPow2(64)} {int.Log2(1000)}");
    }
}
