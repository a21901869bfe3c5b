/*
 * icall_number.c — the number internal calls: the shortest digits of a double or a float,
 * as .NET Core 3.0+ prints them, and decimal text to double/float.
 *
 * .NET prints the shortest digits with Grisu3 (Loitsch, "Printing Floating-Point Numbers
 * Quickly and Accurately", PLDI 2010) and, in the few cases where Grisu3 cannot decide,
 * with exact big-number digit generation (Steele & White's free-format algorithm, as in
 * Dragon4). Both are here, in the same roles, because one detail shows in the output:
 * .NET's exact generation takes the gap below a power of two to be as wide as the gap
 * above it (it is half as wide), so for a few powers of two it prints digits that read
 * back as the neighbour below (2^-25 prints as 2.980232238769531E-08). Grisu3 has the
 * gaps right.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "vm/exception.h"
#include "vm/icall_int.h"
#include "vm/object.h"

/* ---- a small unsigned big number, for exact digit generation ------------------------ */

/* Enough for the largest value used: 2^1220, in computing the cached power 10^-348. */
#define BIG_WORDS 40

typedef struct big {
    int n;                      /* words in use; w[n-1] != 0 unless n == 0 */
    uint32_t w[BIG_WORDS];      /* little-endian base-2^32 digits */
} big;

static void big_set(big *b, uint64_t v) {
    b->w[0] = (uint32_t)v;
    b->w[1] = (uint32_t)(v >> 32);
    b->n = b->w[1] ? 2 : b->w[0] ? 1 : 0;
}

static void big_mul_small(big *b, uint32_t m) {
    uint64_t carry = 0;
    for (int i = 0; i < b->n; i++) {
        uint64_t p = (uint64_t)b->w[i] * m + carry;
        b->w[i] = (uint32_t)p;
        carry = p >> 32;
    }
    if (carry)
        b->w[b->n++] = (uint32_t)carry;
}

static void big_mul_pow10(big *b, int k) {
    for (; k >= 9; k -= 9)
        big_mul_small(b, 1000000000u);
    static const uint32_t small[9] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000};
    if (k > 0)
        big_mul_small(b, small[k]);
}

static void big_shl(big *b, int bits) {
    if (b->n == 0)
        return;
    int words = bits / 32, s = bits % 32;
    uint32_t top = s ? b->w[b->n - 1] >> (32 - s) : 0;
    for (int i = b->n - 1; i >= 0; i--) {
        uint32_t lo = (s && i > 0) ? b->w[i - 1] >> (32 - s) : 0;
        b->w[i + words] = (b->w[i] << s) | lo;
    }
    memset(b->w, 0, (size_t)words * sizeof b->w[0]);
    b->n += words;
    if (top)
        b->w[b->n++] = top;
}

static void big_pow2(big *b, int k) {
    big_set(b, 1);
    big_shl(b, k);
}

static int big_cmp(const big *a, const big *b) {
    if (a->n != b->n)
        return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->w[i] != b->w[i])
            return a->w[i] < b->w[i] ? -1 : 1;
    return 0;
}

/* a + b compared with c, without forming the sum's carry-out separately. */
static int big_cmp_sum(const big *a, const big *b, const big *c) {
    big s;
    int n = a->n > b->n ? a->n : b->n;
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t x = (uint64_t)(i < a->n ? a->w[i] : 0) + (i < b->n ? b->w[i] : 0) + carry;
        s.w[i] = (uint32_t)x;
        carry = x >> 32;
    }
    s.n = n;
    if (carry)
        s.w[s.n++] = (uint32_t)carry;
    return big_cmp(&s, c);
}

/* a -= b, where a >= b. */
static void big_sub(big *a, const big *b) {
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t x = (int64_t)a->w[i] - (i < b->n ? b->w[i] : 0) - borrow;
        borrow = x < 0;
        a->w[i] = (uint32_t)x;
    }
    while (a->n > 0 && a->w[a->n - 1] == 0)
        a->n--;
}

/* The quotient a / b when it is below 10, leaving the remainder in a. */
static int big_divmod_digit(big *a, const big *b) {
    int q = 0;
    while (big_cmp(a, b) >= 0) {
        big_sub(a, b);
        q++;
    }
    return q;
}

/* ---- exact shortest digits ------------------------------------------------------------ */

/* The shortest digits of v = mantissa × 2^exponent (mantissa > 0) that lie within half a
 * gap of v, the closest of them to v (ties to an even digit), with the boundaries included
 * when the mantissa is even (round-half-even reading). The gap is the one above v on both
 * sides, as in .NET's fallback: next to a power of two, where the gap below is half as
 * wide, the digits may read back as the neighbour below. Writes ASCII digits, returns
 * their count; v = 0.d1d2.. × 10^*dexp. */
static int exact_shortest(uint64_t mantissa, int exponent, uint8_t *digits, int *dexp) {
    big r, s, m;                /* v = r/s; m/s: half the gap */
    big_set(&r, mantissa);
    if (exponent >= 0) {
        big_shl(&r, exponent + 1);
        big_set(&s, 2);
        big_pow2(&m, exponent);
    } else {
        big_shl(&r, 1);
        big_pow2(&s, 1 - exponent);
        big_set(&m, 1);
    }
    int even = (mantissa & 1) == 0;

    /* k estimates ceil(log10(v)), never too high, at most one too low. */
    int bits = 63;
    while (!(mantissa >> bits))
        bits--;
    int k = (int)ceil((bits + exponent) * 0.30102999566398119521 - 0.69);
    if (k > 0) {
        big_mul_pow10(&s, k);
    } else if (k < 0) {
        big_mul_pow10(&r, -k);
        big_mul_pow10(&m, -k);
    }
    int c = big_cmp_sum(&r, &m, &s);
    if (even ? c >= 0 : c > 0) {        /* v's upper boundary reaches 10^k */
        big_mul_small(&s, 10);
        k++;
    }
    *dexp = k;

    int n = 0, digit, low, high;
    for (;;) {
        big_mul_small(&r, 10);
        big_mul_small(&m, 10);
        digit = big_divmod_digit(&r, &s);
        c = big_cmp(&r, &m);
        low = even ? c <= 0 : c < 0;
        c = big_cmp_sum(&r, &m, &s);
        high = even ? c >= 0 : c > 0;
        if (low || high || n == 16)
            break;
        digits[n++] = (uint8_t)('0' + digit);
    }
    int up = high && !low;
    if (low == high) {                  /* either way reads back: the nearer, ties to even */
        big_shl(&r, 1);
        c = big_cmp(&r, &s);
        up = c > 0 || (c == 0 && (digit & 1));
    }
    if (!up) {
        digits[n++] = (uint8_t)('0' + digit);
    } else if (digit < 9) {
        digits[n++] = (uint8_t)('0' + digit + 1);
    } else {                            /* carry into the digits before */
        while (n > 0 && digits[n - 1] == '9')
            n--;
        if (n == 0) {
            digits[n++] = '1';
            (*dexp)++;
        } else {
            digits[n - 1]++;
        }
    }
    return n;
}

/* ---- Grisu3 --------------------------------------------------------------------------- */

/* f × 2^e */
typedef struct diyfp {
    uint64_t f;
    int e;
} diyfp;

/* The product, rounded to its upper 64 bits. */
static diyfp diy_mul(diyfp a, diyfp b) {
    uint64_t ah = a.f >> 32, al = a.f & 0xFFFFFFFFu, bh = b.f >> 32, bl = b.f & 0xFFFFFFFFu;
    uint64_t hh = ah * bh, hl = ah * bl, lh = al * bh, ll = al * bl;
    uint64_t mid = (ll >> 32) + (hl & 0xFFFFFFFFu) + (lh & 0xFFFFFFFFu) + (1u << 31);
    diyfp r = {hh + (hl >> 32) + (lh >> 32) + (mid >> 32), a.e + b.e + 64};
    return r;
}

static diyfp diy_normalize(diyfp a) {
    while (!(a.f >> 63)) {
        a.f <<= 1;
        a.e--;
    }
    return a;
}

/* Grisu's cached powers: 10^k for k = -348, -340, ..., 340, as 64-bit significands rounded
 * to nearest, computed on first use (exact big-number arithmetic). */
#define POW_FIRST (-348)
#define POW_STEP 8
#define POW_COUNT 87

static diyfp pow_cache[POW_COUNT];
static unsigned char pow_ready[POW_COUNT];

static int big_bitlen(const big *b) {
    int n = b->n * 32;
    for (uint32_t t = b->w[b->n - 1]; !(t >> 31); t <<= 1)
        n--;
    return n;
}

static void big_shr1(big *b) {
    for (int i = 0; i < b->n; i++)
        b->w[i] = (b->w[i] >> 1) | (i + 1 < b->n ? b->w[i + 1] << 31 : 0);
    if (b->n > 0 && b->w[b->n - 1] == 0)
        b->n--;
}

/* a/b (both > 0) as a 64-bit significand rounded to nearest, ties to even. */
static diyfp ratio_to_diyfp(big a, big b) {
    /* t = floor(log2(a/b)); scaled by 2^(64-t), the quotient has exactly 65 bits */
    int t = big_bitlen(&a) - big_bitlen(&b);
    big x = a, y = b;
    if (t > 0)
        big_shl(&y, t);
    else
        big_shl(&x, -t);
    if (big_cmp(&x, &y) < 0)
        t--;
    int sh = 64 - t;
    if (sh > 0)
        big_shl(&a, sh);
    else
        big_shl(&b, -sh);
    big d = b;
    big_shl(&d, 64);
    uint64_t q = 0;                     /* quotient bits 64..1; bit 0 is 'half' */
    int half = 0;
    for (int i = 64; i >= 0; i--) {
        int bit = big_cmp(&a, &d) >= 0;
        if (bit)
            big_sub(&a, &d);
        if (i > 0)
            q = (q << 1) | (uint64_t)bit;
        else
            half = bit;
        big_shr1(&d);
    }
    int e = 1 - sh;
    if (half && (a.n != 0 || (q & 1))) {
        if (++q == 0) {
            q = (uint64_t)1 << 63;
            e++;
        }
    }
    diyfp r = {q, e};
    return r;
}

static diyfp cached_power(int index) {
    if (!pow_ready[index]) {
        int k = POW_FIRST + index * POW_STEP;
        big a, b;
        big_set(&a, 1);
        big_set(&b, 1);
        if (k >= 0)
            big_mul_pow10(&a, k);
        else
            big_mul_pow10(&b, -k);
        pow_cache[index] = ratio_to_diyfp(a, b);
        pow_ready[index] = 1;
    }
    return pow_cache[index];
}

/* Moves the last digit down while that brings it nearer to w, then checks that the
 * result is certainly the closest and certainly inside the interval. Distances are in
 * units of 2^e of the scaled values: too_high - w, the unsafe interval, the rest
 * (too_high - digits), one unit of the last digit, and the uncertainty of the values. */
static int round_weed(uint8_t *digits, int len, uint64_t dist_high_w, uint64_t unsafe,
                      uint64_t rest, uint64_t ten_kappa, uint64_t unit) {
    uint64_t small = dist_high_w - unit, big_dist = dist_high_w + unit;
    while (rest < small && unsafe - rest >= ten_kappa &&
           (rest + ten_kappa < small || small - rest >= rest + ten_kappa - small)) {
        digits[len - 1]--;
        rest += ten_kappa;
    }
    if (rest < big_dist && unsafe - rest >= ten_kappa &&
        (rest + ten_kappa < big_dist || big_dist - rest > rest + ten_kappa - big_dist))
        return 0;
    return 2 * unit <= rest && rest <= unsafe - 4 * unit;
}

/* Grisu3's digit generation over the scaled boundaries low < w < high (one exponent).
 * Returns 0 when it cannot be sure; *kappa: the decimal exponent of the last digit. */
static int digit_gen(diyfp low, diyfp w, diyfp high, uint8_t *digits, int *len, int *kappa) {
    uint64_t unit = 1;
    uint64_t too_low = low.f - unit, too_high = high.f + unit;
    uint64_t unsafe = too_high - too_low;
    int shift = -w.e;
    uint64_t one = (uint64_t)1 << shift;
    uint32_t integrals = (uint32_t)(too_high >> shift);
    uint64_t fractionals = too_high & (one - 1);
    uint32_t divisor = 1;
    int k = 0;
    while (k < 10 && integrals / divisor >= 10) {
        divisor *= 10;
        k++;
    }
    *kappa = integrals ? k + 1 : 0;
    *len = 0;
    while (*kappa > 0) {
        digits[(*len)++] = (uint8_t)('0' + integrals / divisor);
        integrals %= divisor;
        (*kappa)--;
        uint64_t rest = ((uint64_t)integrals << shift) + fractionals;
        if (rest < unsafe)
            return round_weed(digits, *len, too_high - w.f, unsafe, rest, (uint64_t)divisor << shift, unit);
        divisor /= 10;
    }
    for (;;) {
        fractionals *= 10;
        unit *= 10;
        unsafe *= 10;
        digits[(*len)++] = (uint8_t)('0' + (int)(fractionals >> shift));
        fractionals &= one - 1;
        (*kappa)--;
        if (fractionals < unsafe)
            return round_weed(digits, *len, (too_high - w.f) * unit, unsafe, fractionals, one, unit);
    }
}

/* Grisu3 for v = f × 2^e; closer: the gap below v is half the gap above (a power of two
 * other than the smallest normal). */
static int grisu3_shortest(uint64_t f, int e, int closer, uint8_t *digits, int *len, int *dexp) {
    diyfp w = diy_normalize((diyfp){f, e});
    diyfp high = diy_normalize((diyfp){(f << 1) + 1, e - 1});
    diyfp low = closer ? (diyfp){(f << 2) - 1, e - 2} : (diyfp){(f << 1) - 1, e - 1};
    low.f <<= low.e - high.e;
    low.e = high.e;
    /* a cached 10^mk that brings w's exponent into [-60, -32] */
    int min_exp = -60 - (w.e + 64);
    int k = (int)ceil((min_exp + 64 - 1) * 0.30102999566398114);
    int index = (-POW_FIRST + k - 1) / POW_STEP + 1;
    diyfp c = cached_power(index);
    int mk = POW_FIRST + index * POW_STEP;
    int kappa;
    if (!digit_gen(diy_mul(low, c), diy_mul(w, c), diy_mul(high, c), digits, len, &kappa))
        return 0;
    *dexp = *len - mk + kappa;
    return 1;
}

/* The shortest digits of v > 0 (finite) as .NET prints them: 0.d1d2..dn × 10^*dexp. */
static int shortest_digits(uint64_t f, int e, int closer, uint8_t *digits, int *dexp) {
    int n;
    if (!grisu3_shortest(f, e, closer, digits, &n, dexp))
        n = exact_shortest(f, e, digits, dexp);
    while (n > 1 && digits[n - 1] == '0')
        n--;
    return n;
}

/* static unsafe int DoubleToShortest(double value, byte* digits, out int exponent) */
static int number_double_to_shortest(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    double v = fabs(a[0].r8);
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int be = (int)(bits >> 52);
    uint64_t f = bits & (((uint64_t)1 << 52) - 1);
    int e;
    if (be == 0) {
        e = -1074;
    } else {
        e = be - 1075;
        f |= (uint64_t)1 << 52;
    }
    int32_t *exp = a[2].p;
    int n = 0;
    if (f != 0 && be != 0x7FF) {
        int dexp;
        n = shortest_digits(f, e, be > 1 && f == (uint64_t)1 << 52, a[1].p, &dexp);
        *exp = dexp;
    }
    icall_ret_i4(r, n);
    return 0;
}

/* static unsafe int SingleToShortest(float value, byte* digits, out int exponent) */
static int number_single_to_shortest(vm_thread *t, vm_slot *a, vm_slot *r) {
    (void)t;
    float v = fabsf(a[0].r4);
    uint32_t bits;
    memcpy(&bits, &v, sizeof bits);
    int be = (int)(bits >> 23);
    uint64_t f = bits & ((1u << 23) - 1);
    int e;
    if (be == 0) {
        e = -149;
    } else {
        e = be - 150;
        f |= 1u << 23;
    }
    int32_t *exp = a[2].p;
    int n = 0;
    if (f != 0 && be != 0xFF) {
        int dexp;
        n = shortest_digits(f, e, be > 1 && f == 1u << 23, a[1].p, &dexp);
        *exp = dexp;
    }
    icall_ret_i4(r, n);
    return 0;
}

/* ---- parsing -------------------------------------------------------------------------- */

/* The validated ASCII text of a [-]digits[.digits][e[+|-]digits] string, or NULL after
 * raising the exception. The caller frees it. */
static char *number_text(vm_thread *t, vm_slot *a) {
    vm_string *s = (vm_string *)a[0].o;
    if (!s) {
        vm_throw_new(t, "System", "ArgumentNullException", "s");
        return NULL;
    }
    char *u = vm_string_to_utf8(s);
    if (!u)
        vm_throw_out_of_memory(t);
    return u;
}

/* static double ParseDouble(string s) */
static int number_parse_double(vm_thread *t, vm_slot *a, vm_slot *r) {
    char *u = number_text(t, a), *end;
    if (!u)
        return -1;
    double d = strtod(u, &end);
    int bad = end == u || *end;
    free(u);
    if (bad)
        return vm_throw_new(t, "System", "FormatException", NULL);
    r[0].r8 = d;
    return 0;
}

/* static float ParseSingle(string s): rounded once, from the text (not through double). */
static int number_parse_single(vm_thread *t, vm_slot *a, vm_slot *r) {
    char *u = number_text(t, a), *end;
    if (!u)
        return -1;
    float f = strtof(u, &end);
    int bad = end == u || *end;
    free(u);
    if (bad)
        return vm_throw_new(t, "System", "FormatException", NULL);
    icall_ret_r4(r, f);
    return 0;
}

const icall_entry vm_icalls_number[] = {
    {"System.Number::DoubleToShortest", number_double_to_shortest},
    {"System.Number::SingleToShortest", number_single_to_shortest},
    {"System.Number::ParseDouble", number_parse_double},
    {"System.Number::ParseSingle", number_parse_single},
    {NULL, NULL},
};
