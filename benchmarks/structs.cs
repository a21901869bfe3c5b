// structs: arithmetic on small value types — 3-vectors and 3x3 matrices passed and
// returned by value, arrays of structs updated in place, and complex numbers. N steps
// of a particle system rotated by a fixed matrix and bounced off a floor, plus a
// complex polynomial evaluated on a grid. Prints checksums (scaled and truncated to
// integers, so no runtime's number formatting is involved).
using System;

struct Vec3
{
    public double X, Y, Z;

    public Vec3(double x, double y, double z) { X = x; Y = y; Z = z; }

    public static Vec3 operator +(Vec3 a, Vec3 b) { return new Vec3(a.X + b.X, a.Y + b.Y, a.Z + b.Z); }
    public static Vec3 operator -(Vec3 a, Vec3 b) { return new Vec3(a.X - b.X, a.Y - b.Y, a.Z - b.Z); }
    public static Vec3 operator *(Vec3 a, double s) { return new Vec3(a.X * s, a.Y * s, a.Z * s); }

    public double Dot(Vec3 b) { return X * b.X + Y * b.Y + Z * b.Z; }

    public Vec3 Cross(Vec3 b)
    {
        return new Vec3(Y * b.Z - Z * b.Y, Z * b.X - X * b.Z, X * b.Y - Y * b.X);
    }
}

struct Mat3
{
    public Vec3 R0, R1, R2;

    public Mat3(Vec3 r0, Vec3 r1, Vec3 r2) { R0 = r0; R1 = r1; R2 = r2; }

    public Vec3 Apply(Vec3 v) { return new Vec3(R0.Dot(v), R1.Dot(v), R2.Dot(v)); }

    public Mat3 Transposed()
    {
        return new Mat3(new Vec3(R0.X, R1.X, R2.X), new Vec3(R0.Y, R1.Y, R2.Y), new Vec3(R0.Z, R1.Z, R2.Z));
    }

    public static Mat3 operator *(Mat3 a, Mat3 b)
    {
        Mat3 t = b.Transposed();
        return new Mat3(t.Apply(a.R0), t.Apply(a.R1), t.Apply(a.R2));
    }
}

struct Particle
{
    public Vec3 Position, Velocity;
}

struct Complex
{
    public double Re, Im;

    public Complex(double re, double im) { Re = re; Im = im; }

    public static Complex operator +(Complex a, Complex b) { return new Complex(a.Re + b.Re, a.Im + b.Im); }

    public static Complex operator *(Complex a, Complex b)
    {
        return new Complex(a.Re * b.Re - a.Im * b.Im, a.Re * b.Im + a.Im * b.Re);
    }

    public double Norm2() { return Re * Re + Im * Im; }
}

static class Structs
{
    // A rotation with rational entries (a 3-4-5 triangle), so no trigonometry is needed.
    static Mat3 Rotation()
    {
        var rz = new Mat3(new Vec3(0.8, -0.6, 0), new Vec3(0.6, 0.8, 0), new Vec3(0, 0, 1));
        var rx = new Mat3(new Vec3(1, 0, 0), new Vec3(0, 0.6, -0.8), new Vec3(0, 0.8, 0.6));
        return rz * rx;
    }

    static void Step(Particle[] ps, Mat3 spin, Vec3 gravity, double dt)
    {
        for (int i = 0; i < ps.Length; i++)
        {
            ref Particle p = ref ps[i];
            Vec3 v = spin.Apply(p.Velocity) * 0.999 + gravity * dt;
            Vec3 pos = p.Position + v * dt;
            if (pos.Y < 0)
            {
                pos.Y = -pos.Y;
                v.Y = -v.Y * 0.9;
            }
            p.Position = pos;
            p.Velocity = v;
        }
    }

    static double Poly(Complex z)
    {
        // z^4 + (0.3 - 0.2i) z^2 + (0.1 + 0.05i), by Horner's rule.
        Complex a2 = new Complex(0.3, -0.2), a0 = new Complex(0.1, 0.05);
        Complex z2 = z * z;
        return ((z2 + a2) * z2 + a0).Norm2();
    }

    static void Main(string[] args)
    {
        int n = args.Length > 0 ? int.Parse(args[0]) : 100;

        var ps = new Particle[1000];
        for (int i = 0; i < ps.Length; i++)
        {
            ps[i].Position = new Vec3(i % 10, 1 + i % 7, i % 13);
            ps[i].Velocity = new Vec3((i % 5) - 2, (i % 3) - 1, (i % 11) * 0.1);
        }
        Mat3 spin = Rotation();
        var gravity = new Vec3(0, -9.81, 0);
        Vec3 momentum = new Vec3(0, 0, 0);
        double turning = 0;
        for (int s = 0; s < n; s++)
        {
            Step(ps, spin, gravity, 0.001);
            Particle first = ps[s % ps.Length], second = ps[(s * 7 + 3) % ps.Length];
            momentum = momentum + first.Velocity;
            turning += first.Position.Cross(second.Position).Dot(new Vec3(0.001, 0.002, 0.003));
        }

        double area = 0;
        int grid = 200 + n / 10;
        for (int y = 0; y < grid; y++)
            for (int x = 0; x < grid; x++)
            {
                var z = new Complex(2.0 * x / grid - 1, 2.0 * y / grid - 1);
                if (Poly(z) < 0.25)
                    area += 1;
            }

        Vec3 sum = new Vec3(0, 0, 0);
        foreach (Particle p in ps)
            sum = sum + p.Position;
        Console.WriteLine("positions " + (long)(sum.X * 1000) + " " + (long)(sum.Y * 1000) + " " + (long)(sum.Z * 1000));
        Console.WriteLine("momentum " + (long)(momentum.Dot(new Vec3(1, 1, 1)) * 1000) + " turning " + (long)(turning * 1000));
        Console.WriteLine("grid " + grid + " inside " + (long)area);
    }
}
