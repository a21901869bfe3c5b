/* report.c — the machine-readable reports: JUnit XML (for CI) and JSON. */
#include "runner.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void xml_text(FILE *f, const char *s)
{
    for (; s && *s; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '<': fputs("&lt;", f); break;
        case '>': fputs("&gt;", f); break;
        case '&': fputs("&amp;", f); break;
        case '"': fputs("&quot;", f); break;
        default:
            /* XML 1.0 has no way to say most control characters. */
            if (c < 0x20 && c != '\t' && c != '\n')
                fputc('?', f);
            else
                fputc(c, f);
        }
    }
}

static void json_str(FILE *f, const char *s)
{
    if (!s) {
        fputs("null", f);
        return;
    }
    fputc('"', f);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\')
            fprintf(f, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", f);
        else if (c < 0x20)
            fprintf(f, "\\u%04x", c);
        else
            fputc(c, f);
    }
    fputc('"', f);
}

static const char *status_word(tr_status s)
{
    return s == TR_PASS ? "passed" : s == TR_FAIL ? "failed" : s == TR_SKIP ? "skipped"
                                                                             : "excluded-but-passes";
}

int tr_write_reports(const tr_config *cfg, const tr_test *tests, size_t n,
                     const char *base, double seconds)
{
    size_t npass = 0, nfail = 0, nskip = 0;
    for (size_t i = 0; i < n; i++) {
        if (tests[i].status == TR_FAIL)
            nfail++;
        else if (tests[i].status == TR_SKIP)
            nskip++;
        else
            npass++;
    }
    char *xp = tr_fmt("%s.xml", base), *jp = tr_fmt("%s.json", base);
    FILE *x = fopen(xp, "w"), *j = fopen(jp, "w");
    if (!x || !j) {
        fprintf(stderr, "anyclr-test: cannot write %s / %s\n", xp, jp);
        if (x)
            fclose(x);
        if (j)
            fclose(j);
        free(xp);
        free(jp);
        return -1;
    }
    fprintf(x, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    fprintf(x, "<testsuites>\n<testsuite name=\"anyclr-%s\" tests=\"%zu\" failures=\"%zu\" "
               "skipped=\"%zu\" errors=\"0\" time=\"%.3f\">\n",
            cfg->target, n, nfail, nskip, seconds);
    for (size_t i = 0; i < n; i++) {
        const tr_test *t = &tests[i];
        /* classname = directory, name = file: CI tools show them as a tree. */
        const char *slash = strrchr(t->name, '/');
        char *cls = slash ? tr_strndup(t->name, (size_t)(slash - t->name)) : tr_strdup("tests");
        for (char *c = cls; *c; c++)
            if (*c == '/')
                *c = '.';
        fprintf(x, "  <testcase classname=\"");
        xml_text(x, cls);
        fprintf(x, "\" name=\"");
        xml_text(x, slash ? slash + 1 : t->name);
        fprintf(x, "\" time=\"%.3f\"", t->seconds);
        if (t->status == TR_PASS) {
            fprintf(x, "/>\n");
        } else if (t->status == TR_FAIL) {
            fprintf(x, ">\n    <failure message=\"");
            xml_text(x, t->cause);
            fprintf(x, "\">");
            xml_text(x, t->detail);
            fprintf(x, " (output in %s/%s)</failure>\n  </testcase>\n", cfg->out_dir, t->name);
        } else if (t->status == TR_SKIP) {
            fprintf(x, ">\n    <skipped message=\"");
            xml_text(x, t->cause);
            fprintf(x, "\"/>\n  </testcase>\n");
        } else {
            fprintf(x, ">\n    <system-out>excluded but passes: remove from ");
            xml_text(x, t->cause);
            fprintf(x, "</system-out>\n  </testcase>\n");
        }
        free(cls);
    }
    fprintf(x, "</testsuite>\n</testsuites>\n");

    fprintf(j, "{\n  \"target\": ");
    json_str(j, cfg->target);
    fprintf(j, ",\n  \"anyclr\": ");
    json_str(j, cfg->oracle_only ? NULL : cfg->anyclr);
    fprintf(j, ",\n  \"passed\": %zu,\n  \"failed\": %zu,\n  \"skipped\": %zu,\n"
               "  \"seconds\": %.3f,\n  \"tests\": [\n", npass, nfail, nskip, seconds);
    for (size_t i = 0; i < n; i++) {
        const tr_test *t = &tests[i];
        fprintf(j, "    {\"name\": ");
        json_str(j, t->name);
        fprintf(j, ", \"path\": ");
        json_str(j, t->path);
        fprintf(j, ", \"status\": \"%s\", \"cause\": ", status_word(t->status));
        json_str(j, t->cause);
        fprintf(j, ", \"detail\": ");
        json_str(j, t->detail);
        fprintf(j, ", \"seconds\": %.3f}%s\n", t->seconds, i + 1 < n ? "," : "");
    }
    fprintf(j, "  ]\n}\n");
    int bad = ferror(x) || ferror(j);
    bad |= fclose(x) != 0;
    bad |= fclose(j) != 0;
    free(xp);
    free(jp);
    return bad ? -1 : 0;
}
