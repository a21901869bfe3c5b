/*
 * main.c — anyclr-test: options, finding the tests, running them in parallel
 * worker processes, and the summary whose last line is "N passed, N failed, N skipped".
 */
#include "runner.h"

#include <dirent.h>
#include <errno.h>
#include <glob.h>
#include <limits.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define HOST_TARGET "x86_64"

static const char usage[] =
"usage: anyclr-test [options] [TEST-PATH | DIR | 'GLOB']...\n"
"Runs C# (.cs) and IL (.il) test programs on CoreCLR (the oracle, cached) and on anyclr;\n"
"a test passes when stdout and exit code are identical. Default: tests/programs tests/il.\n"
"Any directory of CoreCLR-style tests works too (Main returns 100 on success).\n"
"\n"
"  --target NAME       run build/NAME/bin/anyclr under the target's emulator\n"
"                      (src/pal/targets.def); default " HOST_TARGET "\n"
"  --anyclr PATH       the anyclr binary to run (default build[/NAME]/bin/anyclr)\n"
"  --oracle-only       compile and run on CoreCLR only (checks the tests themselves)\n"
"  -j, --jobs N        tests in parallel (default: number of CPUs)\n"
"  --timeout S         seconds per anyclr run (default 60, 300 under an emulator)\n"
"  --no-run-excluded   skip excluded tests without running them\n"
"  --no-backtrace      do not rerun crashes under gdb\n"
"  --no-compiler-server  compile with a fresh csc process per test\n"
"  --gc-stress         ANYCLR_GCStress=1 (collect at every allocation)\n"
"  --gc-verify         ANYCLR_GCVerify=1 (verify the heap around collections)\n"
"  --gen0size N        ANYCLR_GCgen0size=N (the gen0 budget, bytes)\n"
"  --env K=V           any other setting for anyclr (repeatable)\n"
"  --aot               compile each test with `anyclr build` and run the executable\n"
"  --report BASE       write BASE.xml (JUnit) and BASE.json (default build/tests/report)\n"
"  --results FILE      also append 'pass NAME' / 'fail NAME' lines (tests/lib/summary.sh)\n"
"  --list              print the tests (and exclusions) and exit\n"
"  -v, --verbose       print the output folder of each failure\n";

static volatile sig_atomic_t interrupted;

static void on_interrupt(int sig)
{
    (void)sig;
    interrupted = 1;
}

/* The repository root: the first directory upwards from start holding the target
   table. */
static char *find_root(const char *start)
{
    char *dir = tr_strdup(start);
    for (;;) {
        char *probe = tr_fmt("%s/src/pal/targets.def", dir);
        int ok = tr_exists(probe);
        free(probe);
        if (ok)
            return dir;
        char *slash = strrchr(dir, '/');
        if (!slash || slash == dir) {
            free(dir);
            return NULL;
        }
        *slash = 0;
    }
}

/* One field of a target's row, from tools/target.sh: the one reader of the table. */
static char *target_field(const char *root, const char *target, const char *field, int *ok)
{
    char *script = tr_fmt("%s/tools/target.sh", root);
    char *argv[] = { "sh", script, (char *)target, (char *)field, NULL };
    tr_spawn sp = { .argv = argv, .timeout = 30 };
    tr_result r;
    *ok = tr_run(&sp, &r) == 0 && r.rc == 0;
    char *v = tr_strdup(r.out.data);
    size_t n = strlen(v);
    while (n && (v[n - 1] == '\n' || v[n - 1] == ' '))
        v[--n] = 0;
    if (!*ok && r.err.len)
        fprintf(stderr, "%s", r.err.data);
    tr_result_free(&r);
    free(script);
    return v;
}

/* ---- finding tests ---- */

typedef struct {
    tr_test *v;
    size_t n, cap;
} test_list;

static int is_test_file(const char *p)
{
    size_t n = strlen(p);
    return (n > 3 && !strcmp(p + n - 3, ".cs")) || (n > 3 && !strcmp(p + n - 3, ".il"));
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void add_file(test_list *l, const char *abs)
{
    for (size_t i = 0; i < l->n; i++)
        if (!strcmp(l->v[i].path, abs))
            return;
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 256;
        l->v = realloc(l->v, l->cap * sizeof *l->v);
        if (!l->v) {
            fprintf(stderr, "anyclr-test: out of memory\n");
            exit(2);
        }
    }
    memset(&l->v[l->n], 0, sizeof l->v[0]);
    l->v[l->n++].path = tr_strdup(abs);
}

static void walk(test_list *l, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d)
        return;
    char **names = NULL;
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        /* Hidden entries, and build output of CoreCLR-style test trees. */
        if (e->d_name[0] == '.' || !strcmp(e->d_name, "obj") || !strcmp(e->d_name, "bin"))
            continue;
        names = realloc(names, (n + 1) * sizeof *names);
        names[n++] = tr_fmt("%s/%s", dir, e->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_str);
    for (size_t i = 0; i < n; i++) {
        if (tr_is_dir(names[i]))
            walk(l, names[i]);
        else if (is_test_file(names[i]))
            add_file(l, names[i]);
        free(names[i]);
    }
    free(names);
}

/* A path or glob from the command line, absolute already. Returns -1 if it names
   nothing. */
static int add_arg(test_list *l, const char *abs)
{
    glob_t g;
    int r = glob(abs, GLOB_NOCHECK, NULL, &g);
    if (r != 0)
        return -1;
    int found = 0;
    for (size_t i = 0; i < g.gl_pathc; i++) {
        const char *p = g.gl_pathv[i];
        if (tr_is_dir(p)) {
            walk(l, p);
            found = 1;
        } else if (tr_exists(p) && is_test_file(p)) {
            add_file(l, p);
            found = 1;
        } else if (tr_exists(p)) {
            if (g.gl_pathc == 1) {
                fprintf(stderr, "anyclr-test: error: %s is not a .cs or .il file\n", p);
                globfree(&g);
                return -1;
            }
        }
    }
    globfree(&g);
    return found ? 0 : -1;
}

/* Gives a test its path (relative to the root when inside it) and its name. */
static void name_test(tr_test *t, const char *root)
{
    size_t rl = strlen(root);
    char *rel = !strncmp(t->path, root, rl) && t->path[rl] == '/' ? tr_strdup(t->path + rl + 1)
                                                                  : tr_strdup(t->path);
    free(t->path);
    t->path = rel;
    const char *n = rel;
    if (!strncmp(n, "tests/", 6))
        n += 6;
    while (*n == '/')
        n++;
    char *name = tr_strndup(n, strlen(n) - 3);
    /* The name becomes a folder under build/tests/out: keep it inside. */
    for (char *p; (p = strstr(name, "../"));)
        memmove(p, p + 3, strlen(p + 3) + 1);
    t->name = name;
}

static int cmp_test(const void *a, const void *b)
{
    return strcmp(((const tr_test *)a)->name, ((const tr_test *)b)->name);
}

/* ---- running ---- */

static const char *tag(tr_status s)
{
    switch (s) {
    case TR_PASS: return "PASS ";
    case TR_FAIL: return "FAIL ";
    case TR_SKIP: return "SKIP ";
    case TR_XPASS: return "XPASS";
    }
    return "?????";
}

static void print_result(const tr_config *cfg, const tr_test *t, size_t i, size_t n)
{
    int w = n >= 1000 ? 4 : n >= 100 ? 3 : 2;
    printf("[%*zu/%zu] %s %s", w, i, n, tag(t->status), t->name);
    if (t->status == TR_FAIL)
        printf("  -- %s%s%s", t->cause ? t->cause : "", t->detail ? " -- " : "", t->detail ? t->detail : "");
    else if (t->status == TR_SKIP)
        printf("  -- %s%s%s", t->cause ? t->cause : "", t->detail ? "; still fails: " : "",
               t->detail ? t->detail : "");
    else if (t->status == TR_XPASS)
        printf("  -- excluded but passes: remove from list (%s)", t->cause ? t->cause : "");
    else if (cfg->verbose && t->detail)
        printf("  -- %s", t->detail);
    if (cfg->verbose && t->status == TR_FAIL)
        printf("\n        output: %s/%s/", cfg->out_dir, t->name);
    printf("\n");
    fflush(stdout);
}

static void run_all(const tr_config *cfg, tr_test *tests, size_t n, int jobs)
{
    pid_t *pids = tr_alloc((size_t)jobs * sizeof *pids);
    size_t *which = tr_alloc((size_t)jobs * sizeof *which);
    size_t next = 0, finished = 0;
    int running = 0;
    fflush(stdout);
    fflush(stderr);
    while ((next < n && !interrupted) || running > 0) {
        while (!interrupted && running < jobs && next < n) {
            int slot = 0;
            while (pids[slot])
                slot++;
            pid_t pid = fork();
            if (pid < 0) {
                fprintf(stderr, "anyclr-test: fork: %s\n", strerror(errno));
                break;
            }
            if (pid == 0)
                tr_worker(cfg, &tests[next]);
            pids[slot] = pid;
            which[slot] = next++;
            running++;
        }
        int status;
        pid_t pid = waitpid(-1, &status, 0);
        if (pid < 0) {
            if (errno == EINTR) {
                if (interrupted)
                    for (int s = 0; s < jobs; s++)
                        if (pids[s])
                            kill(pids[s], SIGTERM);
                continue;
            }
            break;
        }
        int slot = 0;
        while (slot < jobs && pids[slot] != pid)
            slot++;
        if (slot == jobs)
            continue;   /* not one of ours */
        pids[slot] = 0;
        running--;
        tr_test *t = &tests[which[slot]];
        t->done = 1;
        if (tr_read_result(cfg, t) < 0) {
            /* The worker itself died: a runner bug, or we were interrupted. */
            t->status = TR_FAIL;
            t->cause = WIFSIGNALED(status)
                ? tr_fmt("runner: worker killed by %s", tr_signame(WTERMSIG(status)))
                : tr_fmt("runner: worker exited %d without a result", WEXITSTATUS(status));
        }
        finished++;
        if (!interrupted)
            print_result(cfg, t, finished, n);
    }
    free(pids);
    free(which);
}

static int count_cpus(void)
{
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    return n > 0 ? (int)n : 1;
}

static const char *need_arg(int argc, char **argv, int *i)
{
    if (*i + 1 >= argc) {
        fprintf(stderr, "anyclr-test: error: %s needs a value\n", argv[*i]);
        exit(2);
    }
    return argv[++*i];
}

int main(int argc, char **argv)
{
    tr_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.target = HOST_TARGET;
    cfg.run_excluded = 1;
    cfg.backtraces = 1;
    int jobs = count_cpus(), list_only = 0, use_server = 1, aot = 0;
    double timeout = 0;
    const char *anyclr = NULL, *report = NULL, *results = NULL;
    const char **env = tr_alloc((size_t)(argc + 4) * sizeof *env);
    size_t nenv = 0;
    const char **args = tr_alloc((size_t)(argc + 2) * sizeof *args);
    size_t nargs = 0;

    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            fputs(usage, stdout);
            return 0;
        } else if (!strcmp(a, "--target")) {
            cfg.target = need_arg(argc, argv, &i);
        } else if (!strncmp(a, "--target=", 9)) {
            cfg.target = a + 9;
        } else if (!strcmp(a, "--anyclr")) {
            anyclr = need_arg(argc, argv, &i);
        } else if (!strcmp(a, "--oracle-only") || !strcmp(a, "--coreclr-only")) {
            cfg.oracle_only = 1;
        } else if (!strcmp(a, "-j") || !strcmp(a, "--jobs")) {
            jobs = atoi(need_arg(argc, argv, &i));
        } else if (!strncmp(a, "-j", 2) && a[2]) {
            jobs = atoi(a + 2);
        } else if (!strcmp(a, "--timeout")) {
            timeout = atof(need_arg(argc, argv, &i));
            if (timeout <= 0) {
                fprintf(stderr, "anyclr-test: error: --timeout needs a positive number of seconds\n");
                return 2;
            }
        } else if (!strcmp(a, "--no-run-excluded")) {
            cfg.run_excluded = 0;
        } else if (!strcmp(a, "--no-backtrace")) {
            cfg.backtraces = 0;
        } else if (!strcmp(a, "--no-compiler-server")) {
            use_server = 0;
        } else if (!strcmp(a, "--gc-stress")) {
            env[nenv++] = "ANYCLR_GCStress=1";
        } else if (!strcmp(a, "--gc-verify")) {
            env[nenv++] = "ANYCLR_GCVerify=1";
        } else if (!strcmp(a, "--gen0size")) {
            env[nenv++] = tr_fmt("ANYCLR_GCgen0size=%s", need_arg(argc, argv, &i));
        } else if (!strcmp(a, "--env")) {
            const char *kv = need_arg(argc, argv, &i);
            if (!strchr(kv, '=') || kv[0] == '=') {
                fprintf(stderr, "anyclr-test: error: --env wants K=V, not '%s'\n", kv);
                return 2;
            }
            env[nenv++] = kv;
        } else if (!strcmp(a, "--aot")) {
            aot = 1;
        } else if (!strcmp(a, "--report")) {
            report = need_arg(argc, argv, &i);
        } else if (!strcmp(a, "--results")) {
            results = need_arg(argc, argv, &i);
        } else if (!strcmp(a, "--list")) {
            list_only = 1;
        } else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
            cfg.verbose = 1;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "anyclr-test: error: unknown option %s\n%s", a, usage);
            return 2;
        } else {
            args[nargs++] = a;
        }
    }
    env[nenv] = NULL;
    cfg.env = env;
    if (jobs < 1)
        jobs = 1;
    if (aot) {
        /* The design: each test becomes `anyclr build prog.dll -o prog --target T`,
           and the executable runs (under the emulator) in place of `anyclr run`;
           the expectation, comparison and buckets are the same. */
        fprintf(stderr, "anyclr-test: --aot: not available yet (anyclr build is not written)\n");
        return 2;
    }

    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd)) {
        perror("anyclr-test: getcwd");
        return 2;
    }
    char *root = find_root(cwd);
    if (!root) {
        /* Run from elsewhere: the binary lives in <root>/build/bin. */
        char exe[PATH_MAX];
        ssize_t k = readlink("/proc/self/exe", exe, sizeof exe - 1);
        if (k > 0) {
            exe[k] = 0;
            *strrchr(exe, '/') = 0;
            root = find_root(exe);
        }
    }
    if (!root) {
        fprintf(stderr, "anyclr-test: error: cannot find the anyclr repository (src/pal/targets.def) above %s\n", cwd);
        return 2;
    }
    cfg.root = root;

    int ok;
    char *triple = target_field(root, cfg.target, "triple", &ok);
    if (!ok) {
        fprintf(stderr, "anyclr-test: error: unknown target '%s'\n", cfg.target);
        return 2;
    }
    free(triple);
    char *emu = target_field(root, cfg.target, "emulator", &ok);
    cfg.emulator = *emu ? emu : NULL;
    int native = !strcmp(cfg.target, HOST_TARGET);
    cfg.timeout = timeout > 0 ? timeout : cfg.emulator ? 300 : 60;
    /* A collection at every allocation is slow by design. */
    for (size_t i = 0; i < nenv; i++)
        if (!strncmp(env[i], "ANYCLR_GCStress=", 16) && timeout <= 0)
            cfg.timeout *= 5;
    cfg.oracle_timeout = 120;

    if (anyclr) {
        char *abs = anyclr[0] == '/' ? tr_strdup(anyclr) : tr_fmt("%s/%s", cwd, anyclr);
        cfg.anyclr = abs;
    } else {
        cfg.anyclr = native ? tr_fmt("%s/build/bin/anyclr", root)
                            : tr_fmt("%s/build/%s/bin/anyclr", root, cfg.target);
    }
    cfg.out_dir = native ? tr_fmt("%s/build/tests/out", root)
                         : tr_fmt("%s/build/tests/out-%s", root, cfg.target);
    cfg.cache_dir = tr_fmt("%s/build/tests/cache", root);
    char *report_base = report ? (report[0] == '/' ? tr_strdup(report) : tr_fmt("%s/%s", cwd, report))
                       : native ? tr_fmt("%s/build/tests/report", root)
                                : tr_fmt("%s/build/tests/report-%s", root, cfg.target);

    /* Tests: the arguments (relative to where we were started), or the default set. */
    test_list tl = {0};
    int defaults = nargs == 0;
    if (defaults) {
        args[nargs++] = "tests/programs";
        args[nargs++] = "tests/il";
    }
    for (size_t i = 0; i < nargs; i++) {
        const char *base = defaults ? root : cwd;
        char *abs = args[i][0] == '/' ? tr_strdup(args[i]) : tr_fmt("%s/%s", base, args[i]);
        if (add_arg(&tl, abs) < 0 && !defaults) {
            fprintf(stderr, "anyclr-test: error: no tests at '%s'\n", args[i]);
            return 2;
        }
        free(abs);
    }
    if (chdir(root) < 0) {
        perror("anyclr-test: chdir");
        return 2;
    }
    for (size_t i = 0; i < tl.n; i++)
        name_test(&tl.v[i], root);
    qsort(tl.v, tl.n, sizeof *tl.v, cmp_test);

    tr_exclusions ex = {0};
    char *target_list = tr_fmt("tests/exclude/%s.txt", cfg.target);
    if (tr_exclusions_load(&ex, "tests/exclude/all.txt") < 0 || tr_exclusions_load(&ex, target_list) < 0)
        return 2;
    for (size_t i = 0; i < tl.n; i++) {
        tl.v[i].excl = tr_exclusions_match(&ex, tl.v[i].path, tl.v[i].name);
        if (tl.v[i].excl)
            tl.v[i].excl->used = 1;
    }

    if (list_only) {
        for (size_t i = 0; i < tl.n; i++) {
            printf("%s", tl.v[i].path);
            if (tl.v[i].excl)
                printf("  [excluded: %s (%s)]", tl.v[i].excl->reason, tl.v[i].excl->where);
            printf("\n");
        }
        return 0;
    }
    if (!tl.n) {
        fprintf(stderr, "anyclr-test: error: no tests found\n");
        return 2;
    }
    if (!cfg.oracle_only) {
        if (!tr_is_exe(cfg.anyclr)) {
            fprintf(stderr, "anyclr-test: error: %s is not there yet: build it (make%s%s), or run\n"
                            "anyclr-test: error: with --oracle-only to check the tests on CoreCLR alone\n",
                    cfg.anyclr, native ? "" : " TARGET=", native ? "" : cfg.target);
            return 2;
        }
        if (cfg.emulator) {
            char *probe = tr_fmt("command -v %s >/dev/null 2>&1", cfg.emulator);
            int have = system(probe) == 0;
            free(probe);
            if (!have) {
                fprintf(stderr, "anyclr-test: error: the emulator '%s' for %s is not installed (make setup)\n",
                        cfg.emulator, cfg.target);
                return 2;
            }
        }
    }
    if (tr_sdk_find(&cfg.sdk, cfg.cache_dir, use_server) < 0)
        return 2;
    if (tr_mkdirs(cfg.out_dir) < 0) {
        fprintf(stderr, "anyclr-test: error: cannot create %s: %s\n", cfg.out_dir, strerror(errno));
        return 2;
    }

    printf("anyclr-test: %zu tests, target %s, %s, %d jobs, timeout %.0f s%s\n", tl.n, cfg.target,
           cfg.oracle_only ? "CoreCLR only" : cfg.anyclr, jobs, cfg.timeout,
           cfg.emulator ? " (emulated)" : "");
    printf("anyclr-test: oracle: CoreCLR %s, SDK %s, references %s%s\n", cfg.sdk.runtime_version,
           cfg.sdk.sdk_version, cfg.sdk.ref_dir, cfg.sdk.ilasm ? "" : " (no ilasm: IL tests fail)");
    for (size_t i = 0; i < nenv; i++)
        printf("anyclr-test: anyclr gets %s\n", env[i]);

    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_interrupt;
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGTERM, &sa, NULL);
    double start = tr_now();
    run_all(&cfg, tl.v, tl.n, jobs);
    double seconds = tr_now() - start;
    if (interrupted) {
        fprintf(stderr, "anyclr-test: interrupted\n");
        return 130;
    }

    size_t npass = 0, nfail = 0, nskip = 0, nxpass = 0, ncached = 0, nran = 0;
    for (size_t i = 0; i < tl.n; i++) {
        tr_test *t = &tl.v[i];
        if (t->status == TR_FAIL)
            nfail++;
        else if (t->status == TR_SKIP)
            nskip++;
        else
            npass++;
        nxpass += t->status == TR_XPASS;
        ncached += t->cached == 1;
        nran += t->cached == 0;
    }
    tr_print_buckets(tl.v, tl.n);
    if (nxpass) {
        printf("\nExcluded but passing: remove these lines from the exclusion lists:\n");
        for (size_t i = 0; i < tl.n; i++)
            if (tl.v[i].status == TR_XPASS)
                printf("  %s  (%s)\n", tl.v[i].name, tl.v[i].cause ? tl.v[i].cause : "");
    }
    if (defaults)
        for (size_t i = 0; i < ex.n; i++)
            if (!ex.v[i].used)
                printf("anyclr-test: warning: %s: '%s' matches no test\n", ex.v[i].where, ex.v[i].pattern);
    if (tr_write_reports(&cfg, tl.v, tl.n, report_base, seconds) == 0)
        printf("\nreport: %s.xml, %s.json; output of each test: %s/<test>/\n", report_base, report_base,
               cfg.out_dir);
    if (results) {
        /* One line per test for `make test`'s summary; skipped tests count neither way. */
        char *path = results[0] == '/' ? tr_strdup(results) : tr_fmt("%s/%s", cwd, results);
        FILE *f = fopen(path, "a");
        if (!f) {
            fprintf(stderr, "anyclr-test: error: cannot write %s: %s\n", path, strerror(errno));
            nfail++;
        } else {
            for (size_t i = 0; i < tl.n; i++)
                if (tl.v[i].status == TR_FAIL)
                    fprintf(f, "fail %s: %s\n", tl.v[i].name, tl.v[i].cause ? tl.v[i].cause : "");
                else if (tl.v[i].status != TR_SKIP)
                    fprintf(f, "pass %s\n", tl.v[i].name);
            fclose(f);
        }
        free(path);
    }
    printf("time: %.1f s; expectations: %zu from the cache, %zu compiled and run on CoreCLR\n", seconds,
           ncached, nran);
    printf("%zu passed, %zu failed, %zu skipped\n", npass, nfail, nskip);
    return nfail ? 1 : 0;
}
