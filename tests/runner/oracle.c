/*
 * oracle.c — the .NET SDK as the oracle: find it, compile a test, run it on CoreCLR,
 * and cache both, keyed on a hash of everything that decides the result (source,
 * compiler options, SDK and runtime versions), so an unchanged test is neither
 * recompiled nor rerun.
 *
 * Compiling is the slow part. Each `dotnet csc.dll` starts a fresh .NET process and
 * JITs Roslyn (~0.6 s of CPU for a ten-line program). With `-shared` the compiler
 * client hands the work to the VBCSCompiler server, which stays warm between
 * compilations (~0.1 s each, and several workers share it); that is the default.
 * The server exits by itself after -keepalive seconds of idleness.
 */
#include "runner.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Bump when the cache layout or the way expectations are made changes. */
#define CACHE_VERSION "anyclr-test cache 1"
/* Seconds the compiler server stays up after its last compilation. */
#define SERVER_KEEPALIVE "-keepalive:120"

const char *const tr_base_env[] = {
    /* One culture everywhere: "1.5", never "1,5", whatever the machine's locale. */
    "LC_ALL=C",
    "LANG=C",
    "DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1",
    "DOTNET_CLI_TELEMETRY_OPTOUT=1",
    "DOTNET_NOLOGO=1",
    /* An unhandled exception on CoreCLR must not spend seconds writing a dump. */
    "DOTNET_DbgEnableMiniDump=0",
    NULL
};

/* Looks a command up on PATH; returns a heap string or NULL. */
static char *which(const char *cmd)
{
    const char *path = getenv("PATH");
    if (!path)
        path = "/usr/bin:/bin";
    while (*path) {
        const char *end = strchr(path, ':');
        size_t n = end ? (size_t)(end - path) : strlen(path);
        char *cand = tr_fmt("%.*s/%s", (int)n, n ? path : ".", cmd);
        if (tr_is_exe(cand))
            return cand;
        free(cand);
        path += n + (end ? 1 : 0);
    }
    return NULL;
}

/* The newest version-named subdirectory of dir that starts with prefix and contains
   the relative path need (or any, if need is NULL). */
static char *newest(const char *dir, const char *prefix, const char *need)
{
    DIR *d = opendir(dir);
    if (!d)
        return NULL;
    char *best = NULL;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.' || strncmp(e->d_name, prefix, strlen(prefix)))
            continue;
        char *full = tr_fmt("%s/%s%s%s", dir, e->d_name, need ? "/" : "", need ? need : "");
        int ok = tr_exists(full);
        free(full);
        if (ok && (!best || tr_version_cmp(e->d_name, best) > 0)) {
            free(best);
            best = tr_strdup(e->d_name);
        }
    }
    closedir(d);
    return best;
}

int tr_sdk_find(tr_sdk *sdk, const char *cache_dir, int use_server)
{
    memset(sdk, 0, sizeof *sdk);
    sdk->use_server = use_server;
    const char *droot = getenv("DOTNET_ROOT");
    char *host = NULL;
    if (droot && *droot) {
        host = tr_fmt("%s/dotnet", droot);
        if (!tr_is_exe(host)) {
            free(host);
            host = NULL;
        }
    }
    if (!host)
        host = which("dotnet");
    if (!host) {
        fprintf(stderr, "anyclr-test: error: dotnet is not on PATH (the .NET SDK is the oracle)\n");
        return -1;
    }
    char real[PATH_MAX];
    if (!realpath(host, real)) {
        fprintf(stderr, "anyclr-test: error: cannot resolve %s\n", host);
        return -1;
    }
    sdk->dotnet = tr_strdup(real);
    char *root = tr_strdup(real);
    *strrchr(root, '/') = 0;

    char *sdks = tr_fmt("%s/sdk", root);
    sdk->sdk_version = newest(sdks, "", "Roslyn/bincore/csc.dll");
    if (!sdk->sdk_version) {
        fprintf(stderr, "anyclr-test: error: no .NET SDK with Roslyn/bincore/csc.dll under %s\n", sdks);
        return -1;
    }
    sdk->csc = tr_fmt("%s/%s/Roslyn/bincore/csc.dll", sdks, sdk->sdk_version);

    char *rts = tr_fmt("%s/shared/Microsoft.NETCore.App", root);
    sdk->runtime_version = newest(rts, "", "System.Private.CoreLib.dll");
    if (!sdk->runtime_version) {
        fprintf(stderr, "anyclr-test: error: no Microsoft.NETCore.App runtime under %s\n", rts);
        return -1;
    }
    /* The reference pack of the runtime's major.minor, newest patch: what
       `dotnet build` compiles a net<major>.<minor> program against. */
    unsigned major = 0, minor = 0;
    sscanf(sdk->runtime_version, "%u.%u", &major, &minor);
    sdk->tfm = tr_fmt("net%u.%u", major, minor);
    char *packs = tr_fmt("%s/packs/Microsoft.NETCore.App.Ref", root);
    char *mm = tr_fmt("%u.%u.", major, minor);
    char *need = tr_fmt("ref/%s/System.Runtime.dll", sdk->tfm);
    char *pack = newest(packs, mm, need);
    if (!pack) {
        fprintf(stderr, "anyclr-test: error: no reference pack %s* with %s under %s\n", mm, need, packs);
        return -1;
    }
    sdk->ref_dir = tr_fmt("%s/%s/ref/%s", packs, pack, sdk->tfm);
    sdk->ilasm = which("ilasm");

    /* The references go in a response file: 160-odd -r: options per compilation
       would otherwise be rebuilt and passed by every worker. */
    if (tr_mkdirs(cache_dir) < 0) {
        fprintf(stderr, "anyclr-test: error: cannot create %s: %s\n", cache_dir, strerror(errno));
        return -1;
    }
    tr_buf rsp = {0};
    tr_buf_puts(&rsp, "-nologo\n-noconfig\n-nostdlib\n-deterministic\n-optimize+\n-unsafe+\n-t:exe\n");
    DIR *d = opendir(sdk->ref_dir);
    struct dirent *e;
    size_t nrefs = 0;
    while (d && (e = readdir(d))) {
        size_t n = strlen(e->d_name);
        if (n > 4 && !strcmp(e->d_name + n - 4, ".dll")) {
            tr_buf_printf(&rsp, "-r:\"%s/%s\"\n", sdk->ref_dir, e->d_name);
            nrefs++;
        }
    }
    if (d)
        closedir(d);
    if (!nrefs) {
        fprintf(stderr, "anyclr-test: error: no reference assemblies in %s\n", sdk->ref_dir);
        return -1;
    }
    /* Written under a private name and renamed, so concurrent runners never read a
       half-written file. */
    sdk->rsp = tr_fmt("%s/csc.rsp", cache_dir);
    char *tmp = tr_fmt("%s.%d", sdk->rsp, (int)getpid());
    if (tr_write_file(tmp, rsp.data, rsp.len) < 0 || rename(tmp, sdk->rsp) < 0) {
        fprintf(stderr, "anyclr-test: error: cannot write %s: %s\n", sdk->rsp, strerror(errno));
        return -1;
    }
    free(tmp);
    tr_buf_free(&rsp);
    free(root); free(sdks); free(rts); free(packs); free(mm); free(need); free(pack);
    return 0;
}

/* Options a test asks for in its first lines:  // anyclr-test: csc-options -optimize-
   Returns a heap string ("" if none). */
static char *directive(const char *src, const char *key)
{
    const char *p = src;
    for (int line = 0; line < 30 && *p; line++) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        const char *tag = "anyclr-test:";
        const char *hit = NULL;
        for (const char *q = p; q + strlen(tag) <= p + n; q++)
            if (!strncmp(q, tag, strlen(tag))) {
                hit = q + strlen(tag);
                break;
            }
        if (hit) {
            while (*hit == ' ')
                hit++;
            size_t k = strlen(key);
            if (!strncmp(hit, key, k) && (hit[k] == ' ' || hit[k] == '\t')) {
                const char *v = hit + k;
                while (*v == ' ' || *v == '\t')
                    v++;
                size_t len = (size_t)(p + n - v);
                while (len && (v[len - 1] == '\r' || v[len - 1] == ' '))
                    len--;
                return tr_strndup(v, len);
            }
        }
        if (!eol)
            break;
        p = eol + 1;
    }
    return tr_strdup("");
}

/* Splits options on blanks into argv (no quoting; test options need none). */
static int split_args(char *s, char **argv, int max)
{
    int n = 0;
    for (char *tok = strtok(s, " \t"); tok && n < max; tok = strtok(NULL, " \t"))
        argv[n++] = tok;
    return n;
}

/* The first line of output that names an error, without the file position. */
static char *first_error(const char *log, const char *marker)
{
    const char *hit = strstr(log, marker);
    if (!hit)
        return NULL;
    const char *eol = strchr(hit, '\n');
    size_t n = eol ? (size_t)(eol - hit) : strlen(hit);
    return tr_strndup(hit, n);
}

/* Reads a hand-written expectation:  "# comment" lines, "exit N", then "stdout:"
   followed by the exact expected stdout. */
static int read_expected_file(const char *text, tr_expect *ex)
{
    const char *p = text;
    int have_rc = 0;
    while (*p) {
        const char *eol = strchr(p, '\n');
        size_t n = eol ? (size_t)(eol - p) : strlen(p);
        if (n >= 7 && !strncmp(p, "stdout:", 7)) {
            const char *body = eol ? eol + 1 : p + n;
            tr_buf_puts(&ex->out, body);
            return have_rc ? 0 : -1;
        }
        if (n >= 5 && !strncmp(p, "exit ", 5)) {
            ex->rc = atoi(p + 5);
            have_rc = 1;
        }
        if (!eol)
            break;
        p = eol + 1;
    }
    return -1;
}

static void fail(tr_expect *ex, char *error, const char *log)
{
    ex->error = error;
    ex->error_log = tr_strdup(log ? log : "");
}

void tr_expect_get(const tr_sdk *sdk, const char *src, const char *cache_dir,
                   double timeout, tr_expect *ex)
{
    memset(ex, 0, sizeof *ex);
    tr_buf_add(&ex->out, "", 0);
    tr_buf_add(&ex->err, "", 0);
    size_t srclen;
    char *text = tr_read_file(src, &srclen);
    if (!text) {
        fail(ex, tr_fmt("cannot read %s: %s", src, strerror(errno)), NULL);
        return;
    }
    size_t plen = strlen(src);
    int is_il = plen > 3 && !strcmp(src + plen - 3, ".il");
    const char *slash = strrchr(src, '/');
    const char *file = slash ? slash + 1 : src;
    char *base = tr_strndup(file, strlen(file) - (is_il ? 3 : 3));
    char *expected_path = tr_fmt("%.*s.expected", (int)(plen - 3), src);
    char *expected_text = tr_read_file(expected_path, NULL);
    char *opts = directive(text, "csc-options");

    uint64_t h[2];
    tr_hash_init(h);
    const char *parts[] = { CACHE_VERSION, sdk->sdk_version, sdk->runtime_version,
                            is_il ? "il" : "cs", base, opts,
                            expected_text ? expected_text : "" };
    for (size_t i = 0; i < sizeof parts / sizeof parts[0]; i++)
        tr_hash_add(h, parts[i], strlen(parts[i]) + 1);
    tr_hash_add(h, text, srclen);
    /* Standard input decides the output too: its content is part of the key (and a
       test without one keeps the key it always had). */
    char *stdin_path = tr_fmt("%.*s.stdin", (int)(plen - 3), src);
    size_t stdin_len;
    char *stdin_text = tr_read_file(stdin_path, &stdin_len);
    if (stdin_text) {
        tr_hash_add(h, "stdin", 6);
        tr_hash_add(h, stdin_text, stdin_len);
        free(stdin_text);
        /* absolute: a rerun may happen in another directory */
        ex->stdin_path = realpath(stdin_path, NULL);
        free(stdin_path);
    } else {
        free(stdin_path);
    }
    char hex[33];
    tr_hash_hex(h, hex);

    ex->dir = tr_fmt("%s/%s-%s", cache_dir, base, hex);
    ex->dll = tr_fmt("%s/%s.dll", ex->dir, base);
    char *rc_path = tr_fmt("%s/expected.rc", ex->dir);
    char *tmp = NULL;

    char *cached_rc = tr_read_file(rc_path, NULL);
    if (cached_rc) {
        char *o = tr_fmt("%s/expected.stdout", ex->dir), *e = tr_fmt("%s/expected.stderr", ex->dir);
        size_t ol, el;
        char *od = tr_read_file(o, &ol), *ed = tr_read_file(e, &el);
        if (od && ed) {
            tr_buf_add(&ex->out, od, ol);
            tr_buf_add(&ex->err, ed, el);
            ex->rc = atoi(cached_rc);
            ex->from_file = strstr(cached_rc, "from-file") != NULL;
            ex->cached = 1;
        }
        free(od); free(ed); free(o); free(e); free(cached_rc);
        if (ex->cached)
            goto done;
    }

    /* Built in a private directory and renamed into place when complete, so two
       runners (or two tests with the same text) never see half an entry. */
    tmp = tr_fmt("%s.tmp%d", ex->dir, (int)getpid());
    tr_rmtree(tmp);
    if (tr_mkdirs(tmp) < 0) {
        fail(ex, tr_fmt("cannot create %s: %s", tmp, strerror(errno)), NULL);
        goto done;
    }
    char *tmp_dll = tr_fmt("%s/%s.dll", tmp, base);
    tr_result r;
    if (is_il) {
        if (!sdk->ilasm) {
            fail(ex, tr_strdup("ilasm is not on PATH (install mono-devel)"), NULL);
            free(tmp_dll);
            goto done;
        }
        char *out_opt = tr_fmt("/output:%s", tmp_dll);
        char *argv[] = { sdk->ilasm, "/dll", out_opt, (char *)src, NULL };
        tr_spawn sp = { .argv = argv, .env = tr_base_env, .timeout = timeout };
        tr_run(&sp, &r);
        free(out_opt);
        if (r.rc != 0 || !tr_exists(tmp_dll)) {
            tr_buf log = {0};
            tr_buf_add(&log, r.out.data, r.out.len);
            tr_buf_add(&log, r.err.data, r.err.len);
            char *first = first_error(log.data, "Error");
            if (!first)
                first = first_error(log.data, "error");
            fail(ex, tr_fmt("ilasm error: %s", first ? first : "(no message)"), log.data);
            free(first);
            tr_buf_free(&log);
            tr_result_free(&r);
            free(tmp_dll);
            goto done;
        }
        tr_result_free(&r);
    } else {
        char *argv[64];
        int n = 0;
        char *rsp_opt = tr_fmt("@%s", sdk->rsp), *out_opt = tr_fmt("-out:%s", tmp_dll);
        argv[n++] = sdk->dotnet;
        argv[n++] = sdk->csc;
        if (sdk->use_server) {
            argv[n++] = "-shared:anyclr-test";
            argv[n++] = SERVER_KEEPALIVE;
        }
        argv[n++] = rsp_opt;
        char *optcopy = tr_strdup(opts);
        n += split_args(optcopy, argv + n, 50);
        argv[n++] = out_opt;
        argv[n++] = (char *)src;
        argv[n] = NULL;
        tr_spawn sp = { .argv = argv, .env = tr_base_env, .timeout = timeout * 2 };
        tr_run(&sp, &r);
        free(rsp_opt); free(out_opt); free(optcopy);
        if (r.rc != 0 || !tr_exists(tmp_dll)) {
            tr_buf log = {0};
            tr_buf_add(&log, r.out.data, r.out.len);
            tr_buf_add(&log, r.err.data, r.err.len);
            /* CS5001: no static Main — a helper file in a directory of tests. */
            if (strstr(log.data, "error CS5001"))
                ex->not_a_program = 1;
            char *first = first_error(log.data, "error CS");
            if (r.timed_out)
                fail(ex, tr_strdup("compile timed out"), log.data);
            else
                fail(ex, tr_fmt("compile %s", first ? first : "failed (no message)"), log.data);
            free(first);
            tr_buf_free(&log);
            tr_result_free(&r);
            free(tmp_dll);
            goto done;
        }
        tr_result_free(&r);
    }

    /* What `dotnet prog.dll` needs to know which shared framework to run on. */
    {
        unsigned major = 0, minor = 0;
        sscanf(sdk->runtime_version, "%u.%u", &major, &minor);
        char *rc_json = tr_fmt("%s/%s.runtimeconfig.json", tmp, base);
        char *json = tr_fmt("{\n  \"runtimeOptions\": {\n    \"tfm\": \"%s\",\n"
                            "    \"framework\": { \"name\": \"Microsoft.NETCore.App\", \"version\": \"%u.%u.0\" }\n"
                            "  }\n}\n", sdk->tfm, major, minor);
        tr_write_file(rc_json, json, strlen(json));
        free(rc_json);
        free(json);
    }

    if (expected_text) {
        /* CoreCLR cannot run this one: the expectation was written by hand. */
        if (read_expected_file(expected_text, ex) < 0) {
            fail(ex, tr_fmt("%s: needs an 'exit N' line and a 'stdout:' line", expected_path), NULL);
            free(tmp_dll);
            goto done;
        }
        ex->from_file = 1;
    } else {
        /* Run twice: a test whose output differs between two CoreCLR runs can not
           be an oracle (time, hash codes, unordered iteration...). */
        tr_result r2;
        char *argv[] = { sdk->dotnet, tmp_dll, NULL };
        tr_spawn sp = { .argv = argv, .env = tr_base_env, .timeout = timeout,
                        .stdin_path = ex->stdin_path };
        tr_run(&sp, &r);
        tr_run(&sp, &r2);
        if (r.exec_failed || r.timed_out || r2.timed_out) {
            fail(ex, tr_strdup(r.exec_failed ? "cannot run dotnet" : "CoreCLR run timed out"), r.err.data);
        } else if (r.rc != r2.rc || r.out.len != r2.out.len || memcmp(r.out.data, r2.out.data, r.out.len)) {
            tr_buf log = {0};
            tr_buf_printf(&log, "first CoreCLR run, exit %d:\n", r.rc);
            tr_buf_add(&log, r.out.data, r.out.len);
            tr_buf_printf(&log, "\nsecond CoreCLR run, exit %d:\n", r2.rc);
            tr_buf_add(&log, r2.out.data, r2.out.len);
            fail(ex, tr_strdup(r.rc != r2.rc ? "test is nondeterministic on CoreCLR (exit code)"
                                             : "test is nondeterministic on CoreCLR (stdout)"), log.data);
            tr_buf_free(&log);
        } else {
            tr_buf_add(&ex->out, r.out.data, r.out.len);
            tr_buf_add(&ex->err, r.err.data, r.err.len);
            ex->rc = r.rc;
        }
        tr_result_free(&r);
        tr_result_free(&r2);
        if (ex->error) {
            free(tmp_dll);
            goto done;
        }
    }
    free(tmp_dll);

    {
        char *o = tr_fmt("%s/expected.stdout", tmp), *e = tr_fmt("%s/expected.stderr", tmp);
        char *rcp = tr_fmt("%s/expected.rc", tmp);
        char *rct = tr_fmt("%d%s\n", ex->rc, ex->from_file ? " from-file" : "");
        int bad = tr_write_file(o, ex->out.data, ex->out.len) < 0
               || tr_write_file(e, ex->err.data, ex->err.len) < 0
               || tr_write_file(rcp, rct, strlen(rct)) < 0;
        free(o); free(e); free(rcp); free(rct);
        if (bad) {
            fail(ex, tr_fmt("cannot write the cache entry %s: %s", tmp, strerror(errno)), NULL);
            goto done;
        }
    }
    if (rename(tmp, ex->dir) < 0) {
        /* Someone else made the same entry first; theirs is as good as ours. */
        if (errno != EEXIST && errno != ENOTEMPTY)
            fail(ex, tr_fmt("cannot rename %s: %s", tmp, strerror(errno)), NULL);
        tr_rmtree(tmp);
    }

done:
    if (tmp && ex->error)
        tr_rmtree(tmp);
    free(tmp);
    free(text); free(base); free(expected_path); free(expected_text); free(opts); free(rc_path);
}

void tr_expect_free(tr_expect *ex)
{
    free(ex->dir);
    free(ex->dll);
    free(ex->stdin_path);
    free(ex->error);
    free(ex->error_log);
    tr_buf_free(&ex->out);
    tr_buf_free(&ex->err);
}
