/*
 * bucket.c — naming the cause of a failure, and grouping failures by it.
 *
 * A porter facing 212 failures wants to see "3 bugs": every failure gets one short
 * line naming its cause, with numbers and addresses replaced by N so the same bug
 * in different tests gives the same line. In order of how much a cause says:
 * a crash (signal and top frames), a timeout, a failed assertion, an unhandled
 * exception CoreCLR did not have, an error line from anyclr, a wrong exit code,
 * and last the first line of stdout that differs.
 */
#include "runner.h"

#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Frames that say nothing about where a crash comes from. */
static const char *const boring_frames[] = {
    "raise", "abort", "__GI_raise", "__GI_abort", "__pthread_kill_implementation",
    "__pthread_kill_internal", "pthread_kill", "__pthread_kill", "__assert_fail",
    "__assert_fail_base", "__libc_message", "__libc_start_call_main", "__libc_start_main",
    "_start", "??", "__restore_rt", "__GI___pthread_kill", "__GI___assert_fail",
    /* the same, in the static C libraries of the cross targets (read under qemu) */
    "__pthread_kill_implementation.constprop.0", "__libc_do_syscall", "__libc_signal_restore_set",
    NULL
};

/* "f1 < f2 < f3": the top interesting frames of the first `bt` in gdb output. */
static char *top_frames(const char *bt, int want)
{
    if (!bt)
        return NULL;
    tr_buf b = {0};
    int got = 0;
    const char *p = bt;
    int seen_first = 0;
    while (*p && got < want) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        if (n > 2 && p[0] == '#' && p[1] >= '0' && p[1] <= '9') {
            /* A "#0" after deeper frames is the next thread's stack: stop there. (gdb
             * reading a core prints the "#0" line once before the bt: that repeat is
             * the same stack, not another.) */
            int is_top = p[1] == '0' && (p[2] == ' ' || p[2] == '\t');
            if (is_top && seen_first)
                break;
            if (!is_top)
                seen_first = 1;
            const char *q = p + 1;
            while (q < p + n && *q >= '0' && *q <= '9')
                q++;
            while (q < p + n && *q == ' ')
                q++;
            /* "0x... in func (args)" or "func (args)" */
            const char *in = NULL;
            for (const char *s = q; s + 4 <= p + n; s++)
                if (!strncmp(s, " in ", 4)) {
                    in = s + 4;
                    break;
                }
            if (q[0] == '0' && q[1] == 'x' && in)
                q = in;
            const char *e = q;
            while (e < p + n && *e != ' ' && *e != '(')
                e++;
            char *fn = tr_strndup(q, (size_t)(e - q));
            int boring = !*fn;
            for (int i = 0; !boring && boring_frames[i]; i++)
                boring = !strcmp(fn, boring_frames[i]);
            if (!boring) {
                tr_buf_puts(&b, got ? " < " : "");
                tr_buf_puts(&b, fn);
                got++;
            }
            free(fn);
        }
        if (!eol)
            break;
        p = eol + 1;
    }
    return b.data;
}

/* The first line of text containing needle (case-insensitive if nocase), or NULL. */
static char *line_with(const char *text, const char *needle, int nocase)
{
    size_t k = strlen(needle);
    for (const char *p = text; p && *p;) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        for (size_t i = 0; i + k <= n; i++)
            if (nocase ? !strncasecmp(p + i, needle, k) : !strncmp(p + i, needle, k))
                return tr_strndup(p, n);
        p = eol ? eol + 1 : NULL;
    }
    return NULL;
}

/* "System.InvalidCastException: msg" from "Unhandled exception. System...". */
static char *unhandled(const char *stderr_text)
{
    const char *tag = "Unhandled exception. ";
    const char *p = stderr_text ? strstr(stderr_text, tag) : NULL;
    if (!p)
        return NULL;
    p += strlen(tag);
    const char *eol = strchr(p, '\n');
    return tr_strndup(p, eol ? (size_t)(eol - p) : strlen(p));
}

/* The exception type name at the start of "System.X: msg". */
static size_t type_len(const char *s)
{
    const char *c = strstr(s, ": ");
    return c ? (size_t)(c - s) : strlen(s);
}

/* Line i (0-based) of text; *len gets its length. NULL past the end. */
static const char *nth_line(const char *text, size_t textlen, size_t i, size_t *len)
{
    const char *p = text, *end = text + textlen;
    for (size_t k = 0; k < i; k++) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            return NULL;
        p = eol + 1;
    }
    if (p >= end)
        return NULL;
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    *len = eol ? (size_t)(eol - p) : (size_t)(end - p);
    return p;
}

int tr_is_crash(const tr_expect *ex, const tr_result *r)
{
    if (!r->signo || r->timed_out || r->rc == ex->rc)
        return 0;
    return !(r->signo == SIGABRT && r->err.data && strstr(r->err.data, "Unhandled exception. "));
}

/* Text from the run, made comparable across tests: the program's own path (it
   holds the cache hash) becomes <program>, numbers become N. */
static char *variable_part(const tr_expect *ex, const char *s)
{
    tr_buf b = {0};
    size_t dl = ex->dir ? strlen(ex->dir) : 0;
    for (const char *p = s; *p;) {
        if (dl && !strncmp(p, ex->dir, dl)) {
            tr_buf_puts(&b, "<program>");
            p += dl;
            /* the rest of the path up to a blank or quote */
            while (*p && *p != ' ' && *p != '\'' && *p != '"' && *p != ')' && *p != ':')
                p++;
        } else {
            tr_buf_add(&b, p, 1);
            p++;
        }
    }
    if (!b.data)
        tr_buf_add(&b, "", 0);
    char *n = tr_normalise(b.data, b.len, 160);
    tr_buf_free(&b);
    return n;
}

char *tr_cause(const tr_failure *f)
{
    const tr_result *r = f->res;
    const tr_expect *ex = f->ex;
    char *frames = top_frames(f->backtrace, 3);
    char *s = NULL, *v = NULL;

    if (r->exec_failed) {
        v = variable_part(ex, r->err.data);
        s = tr_fmt("cannot run anyclr: %s", v);
    } else if (r->timed_out) {
        s = frames ? tr_fmt("timeout (%.0f s) in %s", f->timeout, frames)
                   : tr_fmt("timeout (%.0f s)", f->timeout);
    }
    if (!s) {
        /* An assertion says more than the SIGABRT it ends with. */
        char *a = line_with(r->err.data, "Assertion `", 0);
        if (!a)
            a = line_with(r->err.data, "assertion failed", 1);
        if (a) {
            v = variable_part(ex, a);
            s = tr_fmt("assertion: %s", v);
            free(a);
        }
    }
    if (!s && tr_is_crash(ex, r)) {
        s = frames ? tr_fmt("crash: %s in %s", tr_signame(r->signo), frames)
                   : tr_fmt("crash: %s", tr_signame(r->signo));
    }
    if (!s) {
        char *got = unhandled(r->err.data);
        char *want = unhandled(ex->err.data);
        /* Only an exception CoreCLR did not throw (or threw of another type). */
        if (got && (!want || type_len(got) != type_len(want) || strncmp(got, want, type_len(got)))) {
            v = variable_part(ex, got);
            s = tr_fmt("unhandled %s", v);
        }
        free(got);
        free(want);
    }
    if (!s && r->rc != ex->rc) {
        char *e = line_with(r->err.data, "anyclr: ", 0);
        if (!e)
            e = line_with(r->err.data, "error", 1);
        if (e)
            v = variable_part(ex, e);
        s = e ? tr_fmt("exit code %d, expected %d: %s", r->rc, ex->rc, v)
              : tr_fmt("exit code %d, expected %d", r->rc, ex->rc);
        free(e);
    }
    if (!s) {
        size_t i = 0, el = 0, gl = 0;
        const char *e, *g;
        for (;; i++) {
            e = nth_line(ex->out.data, ex->out.len, i, &el);
            g = nth_line(r->out.data, r->out.len, i, &gl);
            if (!e || !g || el != gl || memcmp(e, g, el))
                break;
        }
        char *en = e ? tr_normalise(e, el, 60) : tr_strdup("<end of output>");
        char *gn = g ? tr_normalise(g, gl, 60) : tr_strdup("<end of output>");
        if (!e && !g) {
            s = tr_strdup("stdout differs (in line endings or a final newline)");
        } else if (e && g && !strcmp(en, gn)) {
            /* Only numbers differ: the numbers are the point, show them. */
            free(en);
            free(gn);
            en = tr_strndup(e, el < 60 ? el : 60);
            gn = tr_strndup(g, gl < 60 ? gl : 60);
            s = tr_fmt("stdout differs in a number: expected \"%s\", got \"%s\"", en, gn);
        }
        if (!s)
            s = tr_fmt("stdout differs: expected \"%s\", got \"%s\"", en, gn);
        free(en);
        free(gn);
    }
    free(frames);
    free(v);
    return s;
}

/* A group of failures with one cause. */
typedef struct {
    const char *cause;
    size_t *idx;    /* indices into tests */
    size_t n;
} bucket;

static int by_count(const void *a, const void *b)
{
    const bucket *x = a, *y = b;
    if (x->n != y->n)
        return x->n < y->n ? 1 : -1;
    return strcmp(x->cause, y->cause);
}

void tr_print_buckets(const tr_test *tests, size_t n)
{
    bucket *bs = tr_alloc((n + 1) * sizeof *bs);
    size_t nb = 0, nfail = 0;
    for (size_t i = 0; i < n; i++) {
        if (tests[i].status != TR_FAIL)
            continue;
        nfail++;
        const char *c = tests[i].cause ? tests[i].cause : "(no cause recorded)";
        size_t k = 0;
        while (k < nb && strcmp(bs[k].cause, c))
            k++;
        if (k == nb) {
            bs[nb].cause = c;
            bs[nb].idx = tr_alloc(n * sizeof(size_t));
            nb++;
        }
        bs[k].idx[bs[k].n++] = i;
    }
    if (!nfail) {
        free(bs);
        return;
    }
    qsort(bs, nb, sizeof *bs, by_count);
    printf("\nFailures by cause (%zu failure%s, %zu cause%s, most common first):\n",
           nfail, nfail == 1 ? "" : "s", nb, nb == 1 ? "" : "s");
    for (size_t k = 0; k < nb; k++) {
        printf("%5zu  %s\n", bs[k].n, bs[k].cause);
        size_t show = bs[k].n <= 12 ? bs[k].n : 10;
        printf("       ");
        for (size_t j = 0; j < show; j++)
            printf("%s%s", j ? ", " : "", tests[bs[k].idx[j]].name);
        if (show < bs[k].n)
            printf(", and %zu more", bs[k].n - show);
        printf("\n");
        free(bs[k].idx);
    }
    free(bs);
}
