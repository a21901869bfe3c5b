/* reflect.h — System.Type objects for runtime types (one per type, kept alive). */
#ifndef ANYCLR_VM_REFLECT_H
#define ANYCLR_VM_REFLECT_H

#include "vm/thread.h"

/* The System.RuntimeType object of a type, made on first use. NULL with an exception. */
vm_object *vm_runtime_type_object(vm_thread *t, vm_type *type);

/* The named generic parameter types of a generic type definition (def->ngeneric of
 * them, made once; icall_type.c), which reflection shows in place of the shared !n. */
vm_type **vm_reflect_type_params(vm_type *def);

#endif
