/*
 * icall_system.c — internal calls of System's services: Math and MathF, Environment,
 * GC, Activator, time (DateTime, Stopwatch), Thread, Enum and RuntimeType (Type).
 */
#include "vm/icall_int.h"

const icall_entry vm_icalls_system[] = {
    {NULL, NULL},
};
