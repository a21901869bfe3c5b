// n-body: the Sun and the four giant planets, integrated with a fixed time step
// (symplectic Euler, dt = 0.01). Prints the system's energy before and after N steps.
// Same algorithm and output as nbody.c.
using System;

sealed class Body
{
    public double X, Y, Z, Vx, Vy, Vz, Mass;

    public Body(double x, double y, double z, double vx, double vy, double vz, double mass)
    {
        X = x; Y = y; Z = z; Vx = vx; Vy = vy; Vz = vz; Mass = mass;
    }
}

static class NBody
{
    const double Pi = 3.141592653589793;
    const double SolarMass = 4 * Pi * Pi;
    const double DaysPerYear = 365.24;

    static Body Planet(double x, double y, double z, double vx, double vy, double vz, double mass)
    {
        // Positions in AU, velocities in AU/day, masses in solar masses.
        return new Body(x, y, z, vx * DaysPerYear, vy * DaysPerYear, vz * DaysPerYear, mass * SolarMass);
    }

    static Body[] SolarSystem()
    {
        Body[] b = {
            new Body(0, 0, 0, 0, 0, 0, SolarMass),
            Planet(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                   1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                   9.54791938424326609e-04),
            Planet(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                   -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                   2.85885980666130812e-04),
            Planet(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                   2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                   4.36624404335156298e-05),
            Planet(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                   2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                   5.15138902046611451e-05),
        };
        // Give the Sun the momentum that makes the system's total zero.
        double px = 0, py = 0, pz = 0;
        foreach (Body p in b)
        {
            px += p.Vx * p.Mass; py += p.Vy * p.Mass; pz += p.Vz * p.Mass;
        }
        b[0].Vx = -px / SolarMass; b[0].Vy = -py / SolarMass; b[0].Vz = -pz / SolarMass;
        return b;
    }

    static double Energy(Body[] b)
    {
        double e = 0;
        for (int i = 0; i < b.Length; i++)
        {
            Body p = b[i];
            e += 0.5 * p.Mass * (p.Vx * p.Vx + p.Vy * p.Vy + p.Vz * p.Vz);
            for (int j = i + 1; j < b.Length; j++)
            {
                Body q = b[j];
                double dx = p.X - q.X, dy = p.Y - q.Y, dz = p.Z - q.Z;
                e -= p.Mass * q.Mass / Math.Sqrt(dx * dx + dy * dy + dz * dz);
            }
        }
        return e;
    }

    static void Advance(Body[] b, double dt)
    {
        int n = b.Length;
        for (int i = 0; i < n; i++)
        {
            Body p = b[i];
            for (int j = i + 1; j < n; j++)
            {
                Body q = b[j];
                double dx = p.X - q.X, dy = p.Y - q.Y, dz = p.Z - q.Z;
                double d2 = dx * dx + dy * dy + dz * dz;
                double mag = dt / (d2 * Math.Sqrt(d2));
                double pm = p.Mass * mag, qm = q.Mass * mag;
                p.Vx -= dx * qm; p.Vy -= dy * qm; p.Vz -= dz * qm;
                q.Vx += dx * pm; q.Vy += dy * pm; q.Vz += dz * pm;
            }
        }
        for (int i = 0; i < n; i++)
        {
            Body p = b[i];
            p.X += dt * p.Vx; p.Y += dt * p.Vy; p.Z += dt * p.Vz;
        }
    }

    static void Main(string[] args)
    {
        int steps = args.Length > 0 ? int.Parse(args[0]) : 1000;
        Body[] b = SolarSystem();
        Console.WriteLine(Energy(b).ToString("F9"));
        for (int s = 0; s < steps; s++)
            Advance(b, 0.01);
        Console.WriteLine(Energy(b).ToString("F9"));
    }
}
