/* n-body in C: the same bodies, the same steps and the same output as nbody.cs. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define PI 3.141592653589793
#define SOLAR_MASS (4 * PI * PI)
#define DAYS_PER_YEAR 365.24
#define NBODIES 5

struct body {
    double x, y, z, vx, vy, vz, mass;
};

static struct body planet(double x, double y, double z, double vx, double vy, double vz, double mass)
{
    struct body b = { x, y, z, vx * DAYS_PER_YEAR, vy * DAYS_PER_YEAR, vz * DAYS_PER_YEAR,
                      mass * SOLAR_MASS };
    return b;
}

static void init(struct body *b)
{
    struct body sun = { 0, 0, 0, 0, 0, 0, SOLAR_MASS };
    b[0] = sun;
    b[1] = planet(4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
                  1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
                  9.54791938424326609e-04);
    b[2] = planet(8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
                  -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
                  2.85885980666130812e-04);
    b[3] = planet(1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
                  2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
                  4.36624404335156298e-05);
    b[4] = planet(1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
                  2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
                  5.15138902046611451e-05);
    double px = 0, py = 0, pz = 0;
    for (int i = 0; i < NBODIES; i++) {
        px += b[i].vx * b[i].mass;
        py += b[i].vy * b[i].mass;
        pz += b[i].vz * b[i].mass;
    }
    b[0].vx = -px / SOLAR_MASS;
    b[0].vy = -py / SOLAR_MASS;
    b[0].vz = -pz / SOLAR_MASS;
}

static double energy(const struct body *b)
{
    double e = 0;
    for (int i = 0; i < NBODIES; i++) {
        const struct body *p = &b[i];
        e += 0.5 * p->mass * (p->vx * p->vx + p->vy * p->vy + p->vz * p->vz);
        for (int j = i + 1; j < NBODIES; j++) {
            const struct body *q = &b[j];
            double dx = p->x - q->x, dy = p->y - q->y, dz = p->z - q->z;
            e -= p->mass * q->mass / sqrt(dx * dx + dy * dy + dz * dz);
        }
    }
    return e;
}

static void advance(struct body *b, double dt)
{
    for (int i = 0; i < NBODIES; i++) {
        struct body *p = &b[i];
        for (int j = i + 1; j < NBODIES; j++) {
            struct body *q = &b[j];
            double dx = p->x - q->x, dy = p->y - q->y, dz = p->z - q->z;
            double d2 = dx * dx + dy * dy + dz * dz;
            double mag = dt / (d2 * sqrt(d2));
            double pm = p->mass * mag, qm = q->mass * mag;
            p->vx -= dx * qm; p->vy -= dy * qm; p->vz -= dz * qm;
            q->vx += dx * pm; q->vy += dy * pm; q->vz += dz * pm;
        }
    }
    for (int i = 0; i < NBODIES; i++) {
        b[i].x += dt * b[i].vx;
        b[i].y += dt * b[i].vy;
        b[i].z += dt * b[i].vz;
    }
}

int main(int argc, char **argv)
{
    int steps = argc > 1 ? atoi(argv[1]) : 1000;
    struct body b[NBODIES];
    init(b);
    printf("%.9f\n", energy(b));
    for (int s = 0; s < steps; s++)
        advance(b, 0.01);
    printf("%.9f\n", energy(b));
    return 0;
}
