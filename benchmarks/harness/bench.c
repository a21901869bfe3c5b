/*
 * anyclr-bench — runs the benchmark programs under each runtime, side by side, and
 * writes a Markdown report.
 *
 *   anyclr-bench --list benchmarks/benchmarks.list --runtimes benchmarks/runtimes.list
 *                --dir build/bench --anyclr build/bin/anyclr [--runs 5] [--quick]
 *                [--filter REGEX] [--only NAME,NAME] [--timeout SECONDS]
 *                [--report build/bench/report.md] [--oracle coreclr]
 *
 * For each benchmark: the oracle runtime (--oracle, CoreCLR) runs it once, and its output is what every other run must print. Every runtime then
 * runs it once more as a warm-up (page cache, the loader's caches), and then --runs
 * rounds follow; each round runs every runtime once, starting with a different runtime
 * each round, so that drift in the machine's speed hits all of them alike. A run that
 * exits non-zero, is killed, times out, or prints anything other than the oracle's
 * output fails that runtime for that benchmark: its cell says "fail", never a number,
 * and the reason goes to the report's notes.
 *
 * Wall time comes from CLOCK_MONOTONIC around fork and wait4; peak RSS is the
 * ru_maxrss that wait4 returns for the child. Children are exec'd directly (no shell),
 * with stdin from /dev/null and stdout and stderr into files under DIR/out.
 */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <regex.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_BENCH 64
#define MAX_RT 16
#define MAX_RUNS 100

/* One line of the benchmarks list. */
struct bench {
    char *name;
    char *program;      /* benchmarks/PROGRAM.cs (and .c): the name, unless the line says */
    int compute;        /* counted in the geometric means (start-up and extra rows are not) */
    int startup;        /* a start-up benchmark (hello) */
    char *size, *quick; /* the size argument, full and with --quick */
};

/* One line of the runtimes list. */
struct runtime {
    char *name, *title;
    char *command; /* template: {anyclr} {dll} {exe} {c} {n} */
    char *version; /* a shell command whose first line names the version, or "" */
};

enum cell_state { CELL_SKIPPED, CELL_NA, CELL_OK, CELL_FAIL };

/* One runtime on one benchmark. */
struct cell {
    enum cell_state state;
    int nruns;
    double secs[MAX_RUNS];
    long rss_kb[MAX_RUNS];
    double median_secs;
    long median_rss_kb;
    char *why; /* CELL_FAIL: the reason */
};

static struct bench benches[MAX_BENCH];
static int nbench;
static struct runtime rts[MAX_RT];
static int nrt;
static struct cell cells[MAX_BENCH][MAX_RT];

static const char *opt_dir = "build/bench", *opt_anyclr = "build/bin/anyclr";
static const char *opt_report, *opt_filter, *opt_only;
static int opt_runs = 5, opt_quick;
static const char *opt_oracle = "coreclr";
static int oracle; /* the runtime whose output is the expected one */
static double opt_timeout = 120;

static void die(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("anyclr-bench: error: ", stderr);
    vfprintf(stderr, fmt, ap);
    fputc('\n', stderr);
    va_end(ap);
    exit(2);
}

static void *xmalloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        die("out of memory");
    return p;
}

static char *xstrdup(const char *s)
{
    size_t n = strlen(s) + 1;
    return memcpy(xmalloc(n), s, n);
}

static char *fmt(const char *f, ...)
{
    va_list ap;
    va_start(ap, f);
    char *s = NULL;
    if (vasprintf(&s, f, ap) < 0)
        die("out of memory");
    va_end(ap);
    return s;
}

static char *trim(char *s)
{
    while (*s == ' ' || *s == '\t')
        s++;
    char *e = s + strlen(s);
    while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' || e[-1] == '\r'))
        *--e = 0;
    return s;
}

/* Reads a whole file; returns NULL if it cannot. *len gets its length. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 4096, n = 0;
    char *buf = xmalloc(cap);
    for (;;) {
        if (n + 1 >= cap) {
            cap *= 2;
            buf = realloc(buf, cap);
            if (!buf)
                die("out of memory");
        }
        size_t k = fread(buf + n, 1, cap - n - 1, f);
        if (k == 0)
            break;
        n += k;
    }
    fclose(f);
    buf[n] = 0;
    if (len)
        *len = n;
    return buf;
}

/* ---- the two lists ---------------------------------------------------------------- */

/* benchmarks.list:  name  compute|startup|extra  size  quick-size  [program]   ('#'
 * starts a comment). The program defaults to the name; naming one runs the same program
 * at another size under a name of its own (binarytrees18: binarytrees at depth 18), as
 * an "extra" row: reported, but kept out of the geometric means so that one program
 * does not count several times. */
static void load_benches(const char *path)
{
    char *text = read_file(path, NULL);
    if (!text)
        die("cannot read %s: %s", path, strerror(errno));
    int lineno = 0;
    for (char *line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
        lineno++;
        char *hash = strchr(line, '#');
        if (hash)
            *hash = 0;
        char name[128], kind[32], size[64], quick[64], program[128], extra[2];
        int k = sscanf(line, "%127s %31s %63s %63s %127s %1s", name, kind, size, quick, program,
                       extra);
        if (k <= 0)
            continue;
        if (k < 4 || k > 5 ||
            (strcmp(kind, "compute") && strcmp(kind, "startup") && strcmp(kind, "extra")))
            die("%s: a line needs: name compute|startup|extra size quick-size [program]: '%s'",
                path, trim(line));
        if (nbench == MAX_BENCH)
            die("%s: more than %d benchmarks", path, MAX_BENCH);
        struct bench *b = &benches[nbench++];
        b->name = xstrdup(name);
        b->program = xstrdup(k == 5 ? program : name);
        b->compute = !strcmp(kind, "compute");
        b->startup = !strcmp(kind, "startup");
        b->size = xstrdup(size);
        b->quick = xstrdup(quick);
    }
    free(text);
}

/* runtimes.list:  name | column title | command template | version command */
static void load_runtimes(const char *path)
{
    char *text = read_file(path, NULL);
    if (!text)
        die("cannot read %s: %s", path, strerror(errno));
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (*trim(line) == '#' || !*trim(line))
            continue;
        char *field[4] = { 0 };
        int nf = 0;
        for (char *p = line; p && nf < 4; nf++) {
            char *bar = nf < 3 ? strchr(p, '|') : NULL; /* the last field may hold '|' */
            if (bar)
                *bar = 0;
            field[nf] = trim(p);
            p = bar ? bar + 1 : NULL;
        }
        if (nf < 3 || !*field[0] || !*field[2])
            die("%s: a line needs: name | title | command [| version command]", path);
        if (nrt == MAX_RT)
            die("%s: more than %d runtimes", path, MAX_RT);
        struct runtime *r = &rts[nrt++];
        r->name = xstrdup(field[0]);
        r->title = xstrdup(*field[1] ? field[1] : field[0]);
        r->command = xstrdup(field[2]);
        r->version = xstrdup(field[3] ? field[3] : "");
    }
    free(text);
    if (!nrt)
        die("%s: no runtimes", path);
}

static int find_runtime(const char *name)
{
    for (int i = 0; i < nrt; i++)
        if (!strcmp(rts[i].name, name))
            return i;
    return -1;
}

/* ---- running one program ------------------------------------------------------------ */

static volatile sig_atomic_t alarm_fired;

static void on_alarm(int sig)
{
    (void)sig;
    alarm_fired = 1;
}

struct run_result {
    int ok;           /* ran, exited 0 (the output is checked by the caller) */
    double secs;
    long rss_kb;
    char *why;        /* !ok: what happened */
};

/* The first line of a file, for a failure's reason; "" if none. */
static char *first_line(const char *path)
{
    char *text = read_file(path, NULL);
    if (!text)
        return xstrdup("");
    char *p = text;
    while (*p == '\n' || *p == '\r' || *p == ' ')
        p++;
    char *nl = strpbrk(p, "\r\n");
    if (nl)
        *nl = 0;
    if (strlen(p) > 200)
        strcpy(p + 197, "...");
    char *s = xstrdup(p);
    free(text);
    return s;
}

static struct run_result run_once(char **argv, const char *out_path, const char *err_path)
{
    struct run_result res = { 0 };
    int errpipe[2];
    if (pipe2(errpipe, O_CLOEXEC) < 0)
        die("pipe: %s", strerror(errno));

    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    pid_t pid = fork();
    if (pid < 0)
        die("fork: %s", strerror(errno));
    if (pid == 0) {
        setpgid(0, 0);
        signal(SIGALRM, SIG_DFL);
        int in = open("/dev/null", O_RDONLY);
        int out = open(out_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        int err = open(err_path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (in < 0 || out < 0 || err < 0 || dup2(in, 0) < 0 || dup2(out, 1) < 0 || dup2(err, 2) < 0) {
            int e = errno;
            if (write(errpipe[1], &e, sizeof e) < 0)
                _exit(127);
            _exit(127);
        }
        execvp(argv[0], argv);
        int e = errno;
        if (write(errpipe[1], &e, sizeof e) < 0)
            _exit(127);
        _exit(127);
    }
    setpgid(pid, pid);
    close(errpipe[1]);

    alarm_fired = 0;
    struct itimerval it = { { 0, 0 }, { (time_t)opt_timeout, (suseconds_t)((opt_timeout - (time_t)opt_timeout) * 1e6) } };
    setitimer(ITIMER_REAL, &it, NULL);
    int status = 0;
    struct rusage ru;
    int timed_out = 0;
    for (;;) {
        pid_t w = wait4(pid, &status, 0, &ru);
        if (w == pid)
            break;
        if (w < 0 && errno == EINTR) {
            if (alarm_fired && !timed_out) {
                timed_out = 1;
                kill(-pid, SIGKILL);
                kill(pid, SIGKILL);
            }
            continue;
        }
        die("wait4: %s", strerror(errno));
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    struct itimerval off = { { 0, 0 }, { 0, 0 } };
    setitimer(ITIMER_REAL, &off, NULL);
    /* Whatever the child left running in its group goes too. */
    kill(-pid, SIGKILL);

    int exec_errno = 0;
    ssize_t got = read(errpipe[0], &exec_errno, sizeof exec_errno);
    close(errpipe[0]);

    res.secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    res.rss_kb = ru.ru_maxrss;
    if (got == (ssize_t)sizeof exec_errno) {
        res.why = fmt("cannot run %s: %s", argv[0], strerror(exec_errno));
    } else if (timed_out) {
        res.why = fmt("timed out after %g s", opt_timeout);
    } else if (WIFSIGNALED(status)) {
        char *line = first_line(err_path);
        res.why = fmt("killed by signal %d (%s)%s%s", WTERMSIG(status), strsignal(WTERMSIG(status)),
                      *line ? ": " : "", line);
        free(line);
    } else if (WEXITSTATUS(status) != 0) {
        char *line = first_line(err_path);
        res.why = fmt("exit %d%s%s", WEXITSTATUS(status), *line ? ": " : "", line);
        free(line);
    } else {
        res.ok = 1;
    }
    return res;
}

/* ---- the command lines ------------------------------------------------------------- */

/* Expands runtime r's template for benchmark b into argv (split on blanks). Returns 0,
   or -1 if the benchmark has no program for this runtime (no C version). A program file
   that should exist but does not is left in the command, so the run fails and says so. */
static int expand(const struct runtime *r, const struct bench *b, char ***argv_out)
{
    char *dll = fmt("%s/net/%s.dll", opt_dir, b->program);
    char *exe = fmt("%s/mono/%s.exe", opt_dir, b->program);
    char *cbin = fmt("%s/c/%s", opt_dir, b->program);
    const char *size = opt_quick ? b->quick : b->size;
    if (strstr(r->command, "{c}") && access(cbin, X_OK) != 0) {
        free(dll); free(exe); free(cbin);
        return -1;
    }

    char *copy = xstrdup(r->command);
    char **argv = xmalloc(sizeof(char *) * (strlen(copy) / 2 + 2));
    int n = 0;
    for (char *tok = strtok(copy, " \t"); tok; tok = strtok(NULL, " \t")) {
        /* Substitute every {key} in the token. */
        char *out = xstrdup("");
        for (char *p = tok; *p;) {
            const char *val = NULL;
            size_t skip = 0;
            static const char *const keys[] = { "{anyclr}", "{dll}", "{exe}", "{c}", "{n}" };
            const char *vals[] = { opt_anyclr, dll, exe, cbin, size };
            for (int k = 0; k < 5; k++)
                if (!strncmp(p, keys[k], strlen(keys[k]))) {
                    val = vals[k];
                    skip = strlen(keys[k]);
                    break;
                }
            char *next = val ? fmt("%s%s", out, val) : fmt("%s%c", out, *p);
            free(out);
            out = next;
            p += val ? skip : 1;
        }
        argv[n++] = out;
    }
    argv[n] = NULL;
    free(copy); free(dll); free(exe); free(cbin);
    *argv_out = argv;
    return 0;
}

static void free_argv(char **argv)
{
    for (char **p = argv; *p; p++)
        free(*p);
    free(argv);
}

/* ---- statistics --------------------------------------------------------------------- */

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return x < y ? -1 : x > y;
}

static double median_d(const double *v, int n)
{
    double s[MAX_RUNS];
    memcpy(s, v, sizeof(double) * (size_t)n);
    qsort(s, (size_t)n, sizeof s[0], cmp_double);
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

static long median_l(const long *v, int n)
{
    long s[MAX_RUNS];
    memcpy(s, v, sizeof(long) * (size_t)n);
    qsort(s, (size_t)n, sizeof s[0], cmp_long);
    return n % 2 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
}

/* ---- one benchmark ------------------------------------------------------------------ */

static void fail_cell(struct cell *c, char *why)
{
    c->state = CELL_FAIL;
    c->why = why;
}

/* Runs runtime r on benchmark b once; checks the output against the oracle's (NULL:
   this is the oracle's run, and its output becomes *expected). Records the time in the
   cell if record is set. */
static void run_cell(int bi, int r, char **expected, size_t *expected_len, int record)
{
    struct cell *c = &cells[bi][r];
    if (c->state != CELL_OK)
        return;
    char **argv;
    if (expand(&rts[r], &benches[bi], &argv) < 0) {
        c->state = CELL_NA;
        return;
    }
    char *out = fmt("%s/out/%s.%s.out", opt_dir, benches[bi].name, rts[r].name);
    char *err = fmt("%s/out/%s.%s.err", opt_dir, benches[bi].name, rts[r].name);
    struct run_result res = run_once(argv, out, err);
    free_argv(argv);
    if (!res.ok) {
        fail_cell(c, res.why);
    } else {
        size_t len;
        char *text = read_file(out, &len);
        if (!text) {
            fail_cell(c, fmt("cannot read %s", out));
        } else if (!*expected) {
            *expected = text;
            *expected_len = len;
            text = NULL;
        } else if (len != *expected_len || memcmp(text, *expected, len)) {
            fail_cell(c, fmt("output differs from %s's (see %s)", rts[oracle].title, out));
        }
        free(text);
        if (c->state == CELL_OK && record && c->nruns < MAX_RUNS) {
            c->secs[c->nruns] = res.secs;
            c->rss_kb[c->nruns] = res.rss_kb;
            c->nruns++;
        }
    }
    free(out);
    free(err);
}

static void run_bench(int bi, const int *active)
{
    char *expected = NULL;
    size_t expected_len = 0;
    for (int r = 0; r < nrt; r++)
        cells[bi][r].state = active[r] ? CELL_OK : CELL_SKIPPED;

    /* The oracle first: its output is the expected one. */
    run_cell(bi, oracle, &expected, &expected_len, 0);
    if (cells[bi][oracle].state != CELL_OK) {
        char *why = cells[bi][oracle].state == CELL_FAIL ? cells[bi][oracle].why : "no program";
        for (int r = 0; r < nrt; r++)
            if (r != oracle && cells[bi][r].state == CELL_OK)
                fail_cell(&cells[bi][r], fmt("no expected output: %s failed (%s)", rts[oracle].title, why));
        return;
    }
    /* The warm-up, then the rounds; round k starts with runtime k mod n. */
    for (int r = 0; r < nrt; r++)
        if (r != oracle)
            run_cell(bi, r, &expected, &expected_len, 0);
    for (int round = 0; round < opt_runs; round++)
        for (int k = 0; k < nrt; k++)
            run_cell(bi, (round + k) % nrt, &expected, &expected_len, 1);
    free(expected);

    fprintf(stderr, "%-14s", benches[bi].name);
    for (int r = 0; r < nrt; r++) {
        struct cell *c = &cells[bi][r];
        if (c->state == CELL_OK && c->nruns) {
            c->median_secs = median_d(c->secs, c->nruns);
            c->median_rss_kb = median_l(c->rss_kb, c->nruns);
            fprintf(stderr, "  %s %.3fs", rts[r].name, c->median_secs);
        } else if (c->state == CELL_FAIL) {
            fprintf(stderr, "  %s fail", rts[r].name);
        }
    }
    fputc('\n', stderr);
}

/* ---- the report --------------------------------------------------------------------- */

static int has_number(int bi, int r)
{
    return cells[bi][r].state == CELL_OK && cells[bi][r].nruns > 0;
}

/* A cell's text for a state without a number. */
static const char *no_number(int bi, int r)
{
    switch (cells[bi][r].state) {
    case CELL_FAIL: return "fail";
    case CELL_NA: return "—";
    default: return " ";
    }
}

typedef double (*metric_fn)(int bi, int r, int base, int *ok);

static double m_secs(int bi, int r, int base, int *ok)
{
    (void)base;
    *ok = has_number(bi, r);
    return *ok ? cells[bi][r].median_secs : 0;
}

static double m_rss_mb(int bi, int r, int base, int *ok)
{
    (void)base;
    *ok = has_number(bi, r);
    return *ok ? cells[bi][r].median_rss_kb / 1024.0 : 0;
}

static double m_ratio(int bi, int r, int base, int *ok)
{
    *ok = has_number(bi, r) && has_number(bi, base) && cells[bi][base].median_secs > 0;
    return *ok ? cells[bi][r].median_secs / cells[bi][base].median_secs : 0;
}

/* One table: a row per benchmark, a column per runtime, and (if geo) a row of geometric
   means over the compute benchmarks. */
static void table(FILE *out, const char *heading, const char *note, metric_fn m, int base,
                  const char *numfmt, int geo, const int *active)
{
    fprintf(out, "\n### %s\n\n", heading);
    if (note && *note)
        fprintf(out, "%s\n\n", note);
    fputs("| benchmark | size |", out);
    for (int r = 0; r < nrt; r++)
        if (active[r])
            fprintf(out, " %s |", rts[r].title);
    fputs("\n|---|---:|", out);
    for (int r = 0; r < nrt; r++)
        if (active[r])
            fputs("---:|", out);
    fputs("\n", out);
    int ncompute = 0;
    for (int bi = 0; bi < nbench; bi++)
        ncompute += benches[bi].compute;
    for (int bi = 0; bi < nbench; bi++) {
        fprintf(out, "| %s%s | %s |", benches[bi].name, benches[bi].startup ? " (start-up)" : "",
                opt_quick ? benches[bi].quick : benches[bi].size);
        for (int r = 0; r < nrt; r++) {
            if (!active[r])
                continue;
            int ok;
            double v = m(bi, r, base, &ok);
            if (ok) {
                fputc(' ', out);
                fprintf(out, numfmt, v);
                fputs(" |", out);
            } else if (m == m_ratio && cells[bi][r].state == CELL_OK) {
                /* This runtime has a number but the base does not. */
                fputs(" n/a |", out);
            } else {
                fprintf(out, " %s |", no_number(bi, r));
            }
        }
        fputs("\n", out);
    }
    if (!geo)
        return;
    fprintf(out, "| **geometric mean** (compute) | |");
    for (int r = 0; r < nrt; r++) {
        if (!active[r])
            continue;
        double logsum = 0;
        int n = 0, failed = 0;
        for (int bi = 0; bi < nbench; bi++) {
            if (!benches[bi].compute)
                continue;
            int ok;
            double v = m(bi, r, base, &ok);
            if (ok && v > 0) {
                logsum += log(v);
                n++;
            } else if (cells[bi][r].state == CELL_FAIL) {
                failed++;
            }
        }
        if (!n) {
            fprintf(out, " %s |", failed ? "fail" : (m == m_ratio ? "n/a" : "—"));
            continue;
        }
        fputs(" **", out);
        fprintf(out, numfmt, exp(logsum / n));
        fputs("**", out);
        if (n < ncompute)
            fprintf(out, " (%d of %d)", n, ncompute);
        fputs(" |", out);
    }
    fputs("\n", out);
}

/* The first line a shell command prints, or "" (for the versions in the header). */
static char *command_line(const char *cmd)
{
    char *full = fmt("%s 2>/dev/null", cmd);
    FILE *p = popen(full, "r");
    free(full);
    char first[512] = "", rest[512];
    if (p) {
        if (!fgets(first, sizeof first, p))
            first[0] = 0;
        while (fgets(rest, sizeof rest, p))
            ;
        pclose(p);
    }
    return xstrdup(trim(first));
}

static char *cpu_model(void)
{
    char *text = read_file("/proc/cpuinfo", NULL);
    char *model = NULL;
    if (text) {
        char *p = strstr(text, "model name");
        if (p && (p = strchr(p, ':'))) {
            char *nl = strchr(p, '\n');
            if (nl)
                *nl = 0;
            model = xstrdup(trim(p + 1));
        }
        free(text);
    }
    return model ? model : xstrdup("unknown CPU");
}

static void write_report(FILE *out, const int *active, const char *started, const char *load,
                         double total_secs, char **versions)
{
    int base = find_runtime("anyclr");
    fprintf(out, "# anyclr benchmarks\n\n");
    fprintf(out, "%s on %s (%ld CPUs), load average %s at the start; %d run%s of each after a warm-up, "
                 "medians; %s sizes; the whole run took %.0f s.\n\n",
            started, cpu_model(), sysconf(_SC_NPROCESSORS_ONLN), load, opt_runs, opt_runs == 1 ? "" : "s",
            opt_quick ? "quick (BENCH_QUICK=1)" : "full", total_secs);
    fprintf(out, "| runtime | command | version |\n|---|---|---|\n");
    for (int r = 0; r < nrt; r++)
        if (active[r])
            fprintf(out, "| %s | `%s` | %s |\n", rts[r].title, rts[r].command, versions[r]);
    fprintf(out, "\n`{dll}` is the C# program compiled against the .NET reference assemblies, `{exe}` the "
                 "same source compiled against Mono's own class library (benchmarks/README.md says why), "
                 "`{c}` the C version.\n");
    fprintf(out, "\nEvery output is checked against %s's; \"fail\" means the runtime failed or printed "
                 "something else (see the notes), \"—\" that the benchmark has no version for it.\n",
            rts[oracle].title);

    table(out, "Wall time (s)", "Median wall time of a whole process run, start-up included.",
          m_secs, 0, "%.3f", 1, active);
    if (base >= 0 && active[base]) {
        char *note = fmt("Each runtime's time divided by %s's: above 1 is slower than %s, below 1 "
                         "faster. n/a where %s has no time.",
                         rts[base].title, rts[base].title, rts[base].title);
        char *heading = fmt("Time relative to %s", rts[base].title);
        table(out, heading, note, m_ratio, base, "%.2f", 1, active);
        free(heading);
        free(note);
    }
    if (oracle != base) {
        char *heading = fmt("Time relative to %s", rts[oracle].title);
        char *note = fmt("Each runtime's time divided by %s's.", rts[oracle].title);
        table(out, heading, note, m_ratio, oracle, "%.2f", 1, active);
        free(heading);
        free(note);
    }
    table(out, "Peak RSS (MB)", "Median of the peak resident set size (ru_maxrss from wait4).",
          m_rss_mb, 0, "%.1f", 0, active);

    /* Notes: each runtime's failures, grouped by reason. */
    int any = 0;
    for (int r = 0; r < nrt; r++) {
        int done[MAX_BENCH] = { 0 };
        for (int bi = 0; bi < nbench; bi++) {
            if (done[bi] || cells[bi][r].state != CELL_FAIL)
                continue;
            if (!any++)
                fprintf(out, "\n### Notes\n\n");
            const char *why = cells[bi][r].why;
            fprintf(out, "- %s, %s", rts[r].title, benches[bi].name);
            for (int bj = bi + 1; bj < nbench; bj++)
                if (!done[bj] && cells[bj][r].state == CELL_FAIL && !strcmp(cells[bj][r].why, why)) {
                    fprintf(out, ", %s", benches[bj].name);
                    done[bj] = 1;
                }
            fprintf(out, ": %s\n", why);
        }
    }
}

/* ---- main --------------------------------------------------------------------------- */

static void usage(void)
{
    fprintf(stderr,
            "usage: anyclr-bench --list FILE --runtimes FILE [--dir DIR] [--anyclr PATH] [--runs N]\n"
            "                    [--quick] [--filter REGEX] [--only NAME,...] [--timeout SECONDS]\n"
            "                    [--report FILE] [--oracle NAME]\n");
    exit(2);
}

int main(int argc, char **argv)
{
    const char *list = NULL, *runtimes = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--quick")) {
            opt_quick = 1;
            continue;
        }
        if (!v)
            usage();
        i++;
        if (!strcmp(a, "--list")) list = v;
        else if (!strcmp(a, "--runtimes")) runtimes = v;
        else if (!strcmp(a, "--dir")) opt_dir = v;
        else if (!strcmp(a, "--anyclr")) opt_anyclr = v;
        else if (!strcmp(a, "--runs")) opt_runs = atoi(v);
        else if (!strcmp(a, "--filter")) opt_filter = *v ? v : NULL;
        else if (!strcmp(a, "--only")) opt_only = *v ? v : NULL;
        else if (!strcmp(a, "--timeout")) opt_timeout = atof(v);
        else if (!strcmp(a, "--report")) opt_report = v;
        else if (!strcmp(a, "--oracle")) opt_oracle = v;
        else usage();
    }
    if (!list || !runtimes)
        usage();
    if (opt_runs < 1 || opt_runs > MAX_RUNS)
        die("--runs must be 1 to %d", MAX_RUNS);
    if (!(opt_timeout > 0))
        die("--timeout must be positive");
    load_benches(list);
    load_runtimes(runtimes);
    oracle = find_runtime(opt_oracle);
    if (oracle < 0)
        die("--oracle: no runtime '%s' in %s", opt_oracle, runtimes);

    /* Which runtimes: all, or those --only names (the oracle always runs: it checks). */
    int active[MAX_RT];
    for (int r = 0; r < nrt; r++) {
        active[r] = 1;
        if (opt_only && r != oracle) {
            active[r] = 0;
            char *copy = xstrdup(opt_only);
            for (char *t = strtok(copy, ", "); t; t = strtok(NULL, ", "))
                active[r] |= !strcmp(t, rts[r].name);
            free(copy);
        }
    }
    if (opt_only)
        for (char *copy = xstrdup(opt_only), *t = strtok(copy, ", "); t; t = strtok(NULL, ", "))
            if (find_runtime(t) < 0)
                die("--only: no runtime '%s' in %s", t, runtimes);

    /* Which benchmarks: those whose name the --filter regex matches. */
    regex_t re;
    if (opt_filter && regcomp(&re, opt_filter, REG_EXTENDED | REG_NOSUB))
        die("--filter: not a regular expression: %s", opt_filter);
    int keep = 0;
    for (int bi = 0; bi < nbench; bi++)
        if (!opt_filter || !regexec(&re, benches[bi].name, 0, NULL, 0))
            benches[keep++] = benches[bi];
    nbench = keep;
    if (!nbench)
        die("no benchmark matches '%s'", opt_filter ? opt_filter : "");

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_alarm;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGALRM, &sa, NULL); /* no SA_RESTART: wait4 returns EINTR */

    char *outdir = fmt("%s/out", opt_dir);
    mkdir(opt_dir, 0755);
    mkdir(outdir, 0755);
    free(outdir);

    char started[64];
    time_t now = time(NULL);
    strftime(started, sizeof started, "%Y-%m-%d %H:%M %Z", localtime(&now));
    char *loadavg = read_file("/proc/loadavg", NULL);
    char load[32] = "?";
    if (loadavg) {
        sscanf(loadavg, "%31s", load);
        free(loadavg);
    }
    char *versions[MAX_RT];
    for (int r = 0; r < nrt; r++) {
        char *cmd = NULL;
        if (*rts[r].version) {
            cmd = xstrdup(rts[r].version);
            char *p = strstr(cmd, "{anyclr}");
            if (p) {
                *p = 0;
                char *full = fmt("%s%s%s", cmd, opt_anyclr, p + strlen("{anyclr}"));
                free(cmd);
                cmd = full;
            }
        }
        versions[r] = cmd ? command_line(cmd) : xstrdup("");
        if (!*versions[r]) {
            free(versions[r]);
            versions[r] = xstrdup("?");
        }
        free(cmd);
    }

    fprintf(stderr, "anyclr-bench: %d benchmarks, %d runs each after a warm-up, %s sizes\n", nbench,
            opt_runs, opt_quick ? "quick" : "full");
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    for (int bi = 0; bi < nbench; bi++)
        run_bench(bi, active);
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double total = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;

    write_report(stdout, active, started, load, total, versions);
    fflush(stdout);
    if (opt_report) {
        FILE *f = fopen(opt_report, "w");
        if (!f)
            die("cannot write %s: %s", opt_report, strerror(errno));
        write_report(f, active, started, load, total, versions);
        if (fclose(f) != 0)
            die("cannot write %s", opt_report);
        fprintf(stderr, "anyclr-bench: wrote %s\n", opt_report);
    }
    return 0;
}
