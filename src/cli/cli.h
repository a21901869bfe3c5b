/* cli.h — the anyclr command's subcommands. Each returns the process exit status. */
#ifndef ANYCLR_CLI_H
#define ANYCLR_CLI_H

#include <stddef.h>
#include <stdio.h>

/* Prints "anyclr: error: " and the message to stderr, one line. */
void cli_error(const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 1, 2)))
#endif
    ;

int cli_dump(int argc, char **argv);   /* anyclr dump [--il] FILE */
int cli_run(int argc, char **argv);    /* anyclr run FILE [ARGS] */
int cli_verify(int argc, char **argv); /* anyclr verify FILE: import every method */

/* The core library next to the binary (bin/../lib/System.Private.CoreLib.dll), or
 * $ANYCLR_CORLIB. 0, or -1 when the binary's own path is unknown. */
int cli_default_corlib(char *buf, size_t size);
int cli_types(int argc, char **argv);  /* anyclr types [--target T] FILE [TYPENAME] */

#endif
