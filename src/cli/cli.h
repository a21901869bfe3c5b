/* cli.h — the anyclr command's subcommands. Each returns the process exit status. */
#ifndef ANYCLR_CLI_H
#define ANYCLR_CLI_H

#include <stdio.h>

/* Prints "anyclr: error: " and the message to stderr, one line. */
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

int cli_dump(int argc, char **argv);   /* anyclr dump [--il] FILE */
int cli_run(int argc, char **argv);    /* anyclr run FILE [ARGS] */
int cli_types(int argc, char **argv);  /* anyclr types [--target T] FILE [TYPENAME] */

#endif
