/*
 * exclude.c — the known-failure lists: tests/exclude/all.txt and
 * tests/exclude/<target>.txt. One test per line, "pattern  reason"; '#' starts a
 * comment. The pattern is a shell glob matched against the test's path
 * (tests/programs/arith/checked.cs) or its name (programs/arith/checked).
 */
#include "runner.h"

#include <ctype.h>
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int tr_exclusions_load(tr_exclusions *ex, const char *path)
{
    char *text = tr_read_file(path, NULL);
    if (!text)
        return 0;
    int lineno = 0, bad = 0;
    for (char *line = text; line && *line;) {
        char *eol = strchr(line, '\n');
        if (eol)
            *eol = 0;
        lineno++;
        char *p = line;
        while (isspace((unsigned char)*p))
            p++;
        if (*p && *p != '#') {
            char *pat = p;
            while (*p && !isspace((unsigned char)*p))
                p++;
            char *pat_end = p;
            while (isspace((unsigned char)*p))
                p++;
            char *reason = p;
            size_t rlen = strlen(reason);
            while (rlen && isspace((unsigned char)reason[rlen - 1]))
                rlen--;
            if (!rlen) {
                /* A known failure without a reason is how lists rot. */
                fprintf(stderr, "anyclr-test: error: %s:%d: '%.*s' has no reason\n",
                        path, lineno, (int)(pat_end - pat), pat);
                bad = 1;
            } else {
                ex->v = realloc(ex->v, (ex->n + 1) * sizeof *ex->v);
                if (!ex->v) {
                    fprintf(stderr, "anyclr-test: out of memory\n");
                    exit(2);
                }
                tr_exclusion *e = &ex->v[ex->n++];
                e->pattern = tr_strndup(pat, (size_t)(pat_end - pat));
                e->reason = tr_strndup(reason, rlen);
                e->where = tr_fmt("%s:%d", path, lineno);
                e->used = 0;
            }
        }
        line = eol ? eol + 1 : NULL;
    }
    free(text);
    return bad ? -1 : 0;
}

tr_exclusion *tr_exclusions_match(tr_exclusions *ex, const char *path, const char *name)
{
    for (size_t i = 0; i < ex->n; i++) {
        tr_exclusion *e = &ex->v[i];
        if (!fnmatch(e->pattern, path, 0) || !fnmatch(e->pattern, name, 0))
            return e;
    }
    return NULL;
}
