/*
 * worker.c — one test, start to end, in a worker process forked by main.c:
 * expectation (compile + CoreCLR, or the cache), the anyclr run, the comparison,
 * and for a crash a backtrace. Everything lands in <out_dir>/<name>/:
 *   expected, expected.rc, stdout, stderr, rc, diff, backtrace, oracle.log, result
 * `result` is how the worker reports back to main.c (key=value lines).
 */
#include "runner.h"

#include <dirent.h>
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Ctrl-C or the scheduler's SIGTERM: take the running child down with us. */
static void on_signal(int sig)
{
    (void)sig;
    tr_kill_current_child();
    _exit(130);
}

static void save(const char *dir, const char *file, const char *data, size_t len)
{
    char *p = tr_fmt("%s/%s", dir, file);
    tr_write_file(p, data, len);
    free(p);
}

static void save_str(const char *dir, const char *file, const char *s)
{
    save(dir, file, s, strlen(s));
}

/* argv for running anyclr on a program: [emulator words...] anyclr run prog.dll,
   optionally behind a prefix (gdb). The returned array and its strings are heap. */
static char **anyclr_argv(const tr_config *cfg, const char *dll, char *const *prefix)
{
    char **argv = tr_alloc(64 * sizeof *argv);
    int n = 0;
    for (; prefix && prefix[n]; n++)
        argv[n] = tr_strdup(prefix[n]);
    if (cfg->emulator) {
        char *em = tr_strdup(cfg->emulator);
        for (char *tok = strtok(em, " \t"); tok && n < 56; tok = strtok(NULL, " \t"))
            argv[n++] = tr_strdup(tok);
        free(em);
    }
    argv[n++] = tr_strdup(cfg->anyclr);
    argv[n++] = tr_strdup("run");
    argv[n++] = tr_strdup(dll);
    argv[n] = NULL;
    return argv;
}

static void free_argv(char **argv)
{
    for (int i = 0; argv[i]; i++)
        free(argv[i]);
    free(argv);
}

/* tr_base_env followed by the mode settings for anyclr. */
static const char **anyclr_env(const tr_config *cfg)
{
    size_t n = 0, m = 0;
    while (tr_base_env[n])
        n++;
    while (cfg->env && cfg->env[m])
        m++;
    const char **env = tr_alloc((n + m + 1) * sizeof *env);
    memcpy(env, tr_base_env, n * sizeof *env);
    if (m)
        memcpy(env + n, cfg->env, m * sizeof *env);
    return env;
}

/* For a hung native run: what every thread is doing, before it is killed. */
typedef struct {
    const tr_config *cfg;
    const char *dir;
} hang_ctx;

static void attach_on_timeout(pid_t pid, void *p)
{
    hang_ctx *h = p;
    if (h->cfg->emulator || !h->cfg->backtraces)
        return;
    char *pids = tr_fmt("%d", (int)pid);
    char *argv[] = { "gdb", "-q", "-batch", "-nx", "-p", pids, "-ex", "set pagination off",
                     "-ex", "thread apply all bt 30", NULL };
    tr_spawn sp = { .argv = argv, .timeout = 60 };
    tr_result r;
    if (tr_run(&sp, &r) == 0) {
        tr_buf b = {0};
        tr_buf_puts(&b, "# the run timed out; gdb attached before killing it\n");
        tr_buf_add(&b, r.out.data, r.out.len);
        tr_buf_add(&b, r.err.data, r.err.len);
        save(h->dir, "backtrace", b.data, b.len);
        tr_buf_free(&b);
        tr_result_free(&r);
    }
    free(pids);
}

/* Where is a command on PATH? (for gdb-multiarch, which is optional) */
static int on_path(const char *cmd)
{
    char *c = tr_fmt("command -v %s >/dev/null 2>&1", cmd);
    int ok = system(c) == 0;
    free(c);
    return ok;
}

/* The crash again, this time with a debugger looking: natively under gdb; under an
   emulator, qemu-user writes the guest's core file and gdb-multiarch reads it. */
static char *backtrace_of(const tr_config *cfg, const tr_expect *ex, const char *dir)
{
    const char **env = anyclr_env(cfg);
    tr_buf bt = {0};
    tr_result r;
    if (!cfg->emulator) {
        char *prefix[] = { "gdb", "-q", "-batch", "-nx", "-ex", "set pagination off",
                           "-ex", "run", "-ex", "bt 40", "-ex", "info registers", "--args", NULL };
        char **argv = anyclr_argv(cfg, ex->dll, prefix);
        tr_spawn sp = { .argv = argv, .env = env, .timeout = cfg->timeout * 2 + 30,
                        .stdin_path = ex->stdin_path };
        if (tr_run(&sp, &r) == 0) {
            tr_buf_puts(&bt, "# rerun under gdb\n");
            tr_buf_add(&bt, r.out.data, r.out.len);
            tr_buf_add(&bt, r.err.data, r.err.len);
            if (!strstr(r.out.data, "received signal"))
                tr_buf_puts(&bt, "\n# the rerun did not crash: the failure is intermittent\n");
            tr_result_free(&r);
        }
        free_argv(argv);
    } else {
        char **argv = anyclr_argv(cfg, ex->dll, NULL);
        tr_spawn sp = { .argv = argv, .env = env, .cwd = dir, .timeout = cfg->timeout,
                        .stdin_path = ex->stdin_path,
                        .core_dumps = 1 };
        char *core = NULL;
        if (tr_run(&sp, &r) == 0) {
            tr_result_free(&r);
            DIR *d = opendir(dir);
            struct dirent *e;
            /* qemu writes the guest's core as qemu_<prog>_<time>_<pid>.core; the
               kernel may also dump qemu itself as core[.pid], which is of no use
               and large, so it goes. */
            while (d && (e = readdir(d))) {
                char *full = tr_fmt("%s/%s", dir, e->d_name);
                if (!strncmp(e->d_name, "qemu_", 5) && strstr(e->d_name, ".core")) {
                    free(core);
                    core = full;
                    continue;
                }
                if (!strcmp(e->d_name, "core") || !strncmp(e->d_name, "core.", 5))
                    unlink(full);
                free(full);
            }
            if (d)
                closedir(d);
        }
        free_argv(argv);
        if (!core) {
            tr_buf_puts(&bt, "# no core file was written (is the core size limit 0 in the hard limit?)\n");
        } else if (!on_path("gdb-multiarch")) {
            tr_buf_printf(&bt, "# core file kept at %s; install gdb-multiarch to read it:\n"
                               "#   gdb-multiarch %s %s\n", core, cfg->anyclr, core);
        } else {
            char *gargv[] = { "gdb-multiarch", "-q", "-batch", "-nx", "-ex", "set pagination off",
                              "-ex", "bt 40", cfg->anyclr, core, NULL };
            tr_spawn gsp = { .argv = gargv, .timeout = 120 };
            if (tr_run(&gsp, &r) == 0) {
                tr_buf_printf(&bt, "# core file %s read by gdb-multiarch\n", core);
                tr_buf_add(&bt, r.out.data, r.out.len);
                tr_buf_add(&bt, r.err.data, r.err.len);
                tr_result_free(&r);
            }
        }
        free(core);
    }
    free(env);
    if (!bt.data)
        tr_buf_puts(&bt, "# gdb could not be run\n");
    return bt.data;
}

/* A unified diff of expected and actual stdout, by diff(1). */
static void write_diff(const char *dir)
{
    char *e = tr_fmt("%s/expected", dir), *o = tr_fmt("%s/stdout", dir);
    char *argv[] = { "diff", "-u", "--label", "expected (CoreCLR)", "--label", "stdout (anyclr)",
                     e, o, NULL };
    tr_spawn sp = { .argv = argv, .timeout = 30 };
    tr_result r;
    if (tr_run(&sp, &r) == 0) {
        save(dir, "diff", r.out.data, r.out.len);
        tr_result_free(&r);
    }
    free(e);
    free(o);
}

/* One line for the result file: no newlines inside a value. */
static void put(FILE *f, const char *key, const char *v)
{
    fprintf(f, "%s=", key);
    for (; v && *v; v++)
        fputc(*v == '\n' || *v == '\r' ? ' ' : *v, f);
    fputc('\n', f);
}

static const char *status_name(tr_status s)
{
    switch (s) {
    case TR_PASS: return "pass";
    case TR_FAIL: return "fail";
    case TR_SKIP: return "skip";
    case TR_XPASS: return "xpass";
    }
    return "fail";
}

static void __attribute__((noreturn)) finish(const char *dir, tr_status st, const char *cause, const char *detail,
                   double seconds, int cached /* 1 cache, 0 compiled and run, -1 neither */)
{
    char *p = tr_fmt("%s/result", dir);
    FILE *f = fopen(p, "w");
    if (f) {
        put(f, "status", status_name(st));
        put(f, "cause", cause);
        put(f, "detail", detail);
        fprintf(f, "seconds=%.3f\noracle=%s\n", seconds, cached < 0 ? "none" : cached ? "cached" : "ran");
        fclose(f);
    }
    free(p);
    _exit(0);
}

void tr_worker(const tr_config *cfg, const tr_test *t)
{
    signal(SIGINT, on_signal);
    signal(SIGTERM, on_signal);
    double start = tr_now();
    char *dir = tr_fmt("%s/%s", cfg->out_dir, t->name);
    tr_rmtree(dir);
    if (tr_mkdirs(dir) < 0) {
        fprintf(stderr, "anyclr-test: error: cannot create %s: %s\n", dir, strerror(errno));
        _exit(3);
    }
    if (t->excl && !cfg->run_excluded && !cfg->oracle_only) {
        char *c = tr_fmt("excluded: %s", t->excl->reason);
        finish(dir, TR_SKIP, c, NULL, 0, -1);
    }

    tr_expect ex;
    tr_expect_get(&cfg->sdk, t->path, cfg->cache_dir, cfg->oracle_timeout, &ex);
    if (ex.error_log && *ex.error_log)
        save_str(dir, "oracle.log", ex.error_log);
    if (ex.not_a_program)
        finish(dir, TR_SKIP, "not a program (no static Main)", NULL, tr_now() - start, -1);
    if (ex.error) {
        /* The test itself is broken (it does not compile, or CoreCLR cannot give a
           stable answer): a failure whatever anyclr would do. */
        char *c = tr_fmt("oracle: %.200s", ex.error);
        finish(dir, TR_FAIL, c, ex.error_log && *ex.error_log ? "see oracle.log" : NULL, tr_now() - start, -1);
    }
    save(dir, "expected", ex.out.data, ex.out.len);
    save(dir, "expected.stderr", ex.err.data, ex.err.len);
    {
        char *rc = tr_fmt("%d%s\n", ex.rc, ex.from_file ? " (from the .expected file, not CoreCLR)" : "");
        save_str(dir, "expected.rc", rc);
        free(rc);
    }
    if (cfg->oracle_only) {
        char *d = tr_fmt("CoreCLR exit %d%s%s", ex.rc, ex.cached ? ", cached" : "",
                         ex.from_file ? ", expectation from .expected file" : "");
        finish(dir, TR_PASS, NULL, d, tr_now() - start, ex.cached);
    }

    const char **env = anyclr_env(cfg);
    char **argv = anyclr_argv(cfg, ex.dll, NULL);
    hang_ctx hc = { cfg, dir };
    tr_spawn sp = { .argv = argv, .env = env, .timeout = cfg->timeout,
                    .on_timeout = attach_on_timeout, .ctx = &hc, .stdin_path = ex.stdin_path };
    tr_result r;
    if (tr_run(&sp, &r) < 0) {
        finish(dir, TR_FAIL, "runner: cannot fork", NULL, tr_now() - start, ex.cached);
    }
    save(dir, "stdout", r.out.data, r.out.len);
    save(dir, "stderr", r.err.data, r.err.len);
    {
        char *rc = r.signo ? tr_fmt("%d (%s)\n", r.rc, tr_signame(r.signo)) : tr_fmt("%d\n", r.rc);
        save_str(dir, "rc", rc);
        free(rc);
    }
    int same_out = r.out.len == ex.out.len && !memcmp(r.out.data, ex.out.data, r.out.len);
    int passed = !r.timed_out && !r.exec_failed && r.rc == ex.rc && same_out;

    char *cause = NULL, *detail = NULL;
    if (!passed) {
        if (!same_out)
            write_diff(dir);
        char *bt = NULL;
        /* A crash gets a backtrace; see tr_is_crash for what is not one. */
        if (tr_is_crash(&ex, &r) && cfg->backtraces) {
            bt = backtrace_of(cfg, &ex, dir);
            save_str(dir, "backtrace", bt);
        } else if (r.timed_out) {
            char *p = tr_fmt("%s/backtrace", dir);
            bt = tr_read_file(p, NULL);
            free(p);
        }
        tr_failure f = { &ex, &r, bt, cfg->timeout };
        cause = tr_cause(&f);
        if (r.timed_out)
            detail = tr_fmt("killed after %.0f s", cfg->timeout);
        else if (r.signo)
            detail = tr_fmt("exit %d (%s), expected %d", r.rc, tr_signame(r.signo), ex.rc);
        else
            detail = tr_fmt("exit %d, expected %d%s", r.rc, ex.rc, same_out ? "" : "; stdout differs");
        free(bt);
    }
    double secs = tr_now() - start;
    if (t->excl) {
        if (passed)
            finish(dir, TR_XPASS, t->excl->where, "excluded but passes - remove from list", secs, ex.cached);
        char *c = tr_fmt("excluded: %s", t->excl->reason);
        finish(dir, TR_SKIP, c, cause, secs, ex.cached);
    }
    finish(dir, passed ? TR_PASS : TR_FAIL, cause, detail, secs, ex.cached);
}

int tr_read_result(const tr_config *cfg, tr_test *t)
{
    char *p = tr_fmt("%s/%s/result", cfg->out_dir, t->name);
    char *text = tr_read_file(p, NULL);
    free(p);
    if (!text)
        return -1;
    t->status = TR_FAIL;
    for (char *line = text; line && *line;) {
        char *eol = strchr(line, '\n');
        if (eol)
            *eol = 0;
        char *eq = strchr(line, '=');
        if (eq) {
            *eq = 0;
            const char *v = eq + 1;
            if (!strcmp(line, "status"))
                t->status = !strcmp(v, "pass") ? TR_PASS : !strcmp(v, "skip") ? TR_SKIP
                          : !strcmp(v, "xpass") ? TR_XPASS : TR_FAIL;
            else if (!strcmp(line, "cause") && *v)
                t->cause = tr_strdup(v);
            else if (!strcmp(line, "detail") && *v)
                t->detail = tr_strdup(v);
            else if (!strcmp(line, "seconds"))
                t->seconds = atof(v);
            else if (!strcmp(line, "oracle"))
                t->cached = !strcmp(v, "cached") ? 1 : !strcmp(v, "ran") ? 0 : -1;
        }
        line = eol ? eol + 1 : NULL;
    }
    free(text);
    return 0;
}
