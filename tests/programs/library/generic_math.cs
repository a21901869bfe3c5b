// Generic math: the System.Numerics interfaces over the primitive types (operators,
// identities, Create*, MinMaxValue, binary-integer and floating-point members).
using System;
using System.Numerics;
using System.Globalization;

class Program
{
    static T Sum<T>(T[] xs) where T : INumber<T>
    {
        T acc = T.Zero;
        foreach (T x in xs) acc += x;
        return acc;
    }

    static T Product<T>(T[] xs) where T : IMultiplyOperators<T, T, T>, IMultiplicativeIdentity<T, T>
    {
        T acc = T.MultiplicativeIdentity;
        foreach (T x in xs) acc *= x;
        return acc;
    }

    static TResult Average<T, TResult>(T[] xs) where T : INumber<T> where TResult : INumber<TResult>
        => TResult.CreateChecked(Sum(xs)) / TResult.CreateChecked(xs.Length);

    static string Range<T>() where T : IMinMaxValue<T> => T.MinValue + ".." + T.MaxValue;

    static string Info<T>(T v) where T : INumber<T>
        => $"{v}: neg={T.IsNegative(v)} zero={T.IsZero(v)} even={T.IsEvenInteger(v)} abs={T.Abs(v)} sign={T.Sign(v)} clamp={T.Clamp(v, T.Zero, T.One + T.One)} max1={T.Max(v, T.One)} min1={T.Min(v, T.One)}";

    static string Bits<T>(T v) where T : IBinaryInteger<T>
        => $"{v}: pop={T.PopCount(v)} lz={T.LeadingZeroCount(v)} tz={T.TrailingZeroCount(v)} pow2={T.IsPow2(v)} shl={v << 2} shr={v >> 1} and={v & T.One} or={v | T.One} xor={v ^ T.AllBitsSet} not={~v} rotl={T.RotateLeft(v, 3)} log2={T.Log2(T.Abs(v) + T.One)}";

    static string Conv<T>(double d) where T : INumberBase<T>
    {
        string c;
        try { c = T.CreateChecked(d).ToString(); } catch (OverflowException) { c = "overflow"; }
        return $"checked={c} saturating={T.CreateSaturating(d)} truncating={T.CreateTruncating((long)Math.Clamp(d, -1e18, 1e18))}";
    }

    static T Hypot<T>(T a, T b) where T : IRootFunctions<T> => T.Sqrt(a * a + b * b);
    static T Circle<T>(T r) where T : IFloatingPointConstants<T>, IMultiplyOperators<T, T, T> => T.Pi * r * r;

    static T Parse<T>(string s) where T : INumberBase<T> => T.Parse(s, NumberStyles.Number, CultureInfo.InvariantCulture);

    static T Count<T>(int n) where T : INumber<T>
    {
        T x = T.Zero;
        for (int i = 0; i < n; i++) x++;
        for (int i = 0; i < n / 2; i++) x--;
        return -x + T.CreateChecked(100) % T.CreateChecked(7);
    }

    static bool Cmp<T>(T a, T b) where T : IComparisonOperators<T, T, bool> => a < b && !(a >= b) && a != b;

    static int Main()
    {
        Console.WriteLine(Sum(new byte[] { 200, 50, 10 }) + " " + Sum(new int[] { -5, 50, 500 }) + " " + Sum(new double[] { 0.1, 0.2 }) + " " + Sum(new decimal[] { 0.1m, 0.2m }) + " " + Sum(new ulong[] { ulong.MaxValue, 2 }));
        Console.WriteLine(Product(new long[] { 3, -4, 5 }) + " " + Product(new float[] { 1.5f, 2f }) + " " + Product(new short[] { 300, 300 }));
        Console.WriteLine(Average<int, double>(new[] { 1, 2, 4 }) + " " + Average<long, decimal>(new long[] { 1, 2 }) + " " + Average<float, float>(new[] { 1f, 2f }));
        Console.WriteLine(Range<sbyte>() + " " + Range<byte>() + " " + Range<short>() + " " + Range<ushort>() + " " + Range<int>() + " " + Range<uint>());
        Console.WriteLine(Range<long>() + " " + Range<ulong>() + " " + Range<float>() + " " + Range<double>() + " " + Range<decimal>() + " " + (int)Range<char>()[0]);
        Console.WriteLine(Info(-7)); Console.WriteLine(Info((sbyte)-127)); Console.WriteLine(Info(4u)); Console.WriteLine(Info(-2.5)); Console.WriteLine(Info(1.5f)); Console.WriteLine(Info(-0.0)); Console.WriteLine(Info(3m));
        Console.WriteLine("clamp -0: " + Math.Clamp(-0.0, 0.0, 2.0) + " " + double.Clamp(-0.0, 0.0, 2.0) + " " + Math.Clamp(-0.0f, 0.0f, 2.0f) + " " + Math.Clamp(double.NaN, 0.0, 1.0) + " " + Math.Max(-0.0, 0.0) + " " + Math.Min(0.0, -0.0));
        try { Console.WriteLine(Info(double.NaN)); } catch (ArithmeticException e) { Console.WriteLine(e.GetType().Name + ": " + e.Message); }
        Console.WriteLine(Bits(12)); Console.WriteLine(Bits((byte)0x81)); Console.WriteLine(Bits(-1L)); Console.WriteLine(Bits((ushort)64)); Console.WriteLine(Bits((short)-300));
        Console.WriteLine(Conv<int>(3.99)); Console.WriteLine(Conv<int>(-3e10)); Console.WriteLine(Conv<byte>(-5)); Console.WriteLine(Conv<byte>(300.5)); Console.WriteLine(Conv<uint>(4e9)); Console.WriteLine(Conv<long>(double.NaN)); Console.WriteLine(Conv<float>(1e40)); Console.WriteLine(Conv<decimal>(1.25)); Console.WriteLine(Conv<short>(-40000));
        Console.WriteLine(int.CreateChecked(200L) + " " + byte.CreateTruncating(300) + " " + sbyte.CreateSaturating(1000) + " " + double.CreateChecked(7) + " " + long.CreateSaturating(float.PositiveInfinity) + " " + ulong.CreateTruncating(-1));
        Console.WriteLine(Hypot(3.0, 4.0) + " " + Hypot(5f, 12f) + " " + Circle(2.0) + " " + Circle(1f));
        Console.WriteLine(Parse<int>("1,234") + " " + Parse<double>("-1,234.5") + " " + Parse<decimal>("3.25") + " " + Parse<long>(" 42 "));
        Console.WriteLine(Count<int>(10) + " " + Count<double>(9) + " " + Count<byte>(4) + " " + Count<decimal>(3));
        Console.WriteLine(Cmp(1, 2) + " " + Cmp(2.0, 1.0) + " " + Cmp('a', 'b') + " " + Cmp(1m, 1m));
        return 0;
    }
}
