/*
 * icall_system.h — what the host program (anyclr run) tells the runtime's System
 * services and reads back from them: the command line Environment reports, and the exit
 * code Environment.ExitCode sets.
 */
#ifndef ANYCLR_VM_ICALL_SYSTEM_H
#define ANYCLR_VM_ICALL_SYSTEM_H

/* The program's command line as Environment.GetCommandLineArgs reports it: argv[0] is the
 * main assembly's path (made absolute, as CoreCLR reports it), then its arguments. The
 * strings are not copied: they must live as long as the process (main's argv does). */
void vm_set_command_line(int argc, char **argv);

/* Environment.ExitCode: the status the process ends with when Main returns void
 * (0 until managed code sets it). */
int vm_exit_code(void);

#endif
