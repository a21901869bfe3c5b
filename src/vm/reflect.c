/* reflect.c — one System.RuntimeType object per runtime type: corlib's RuntimeType keeps
 * the vm_type pointer in its _handle field and asks the runtime for names through
 * internal calls. */
#include <stdlib.h>

#include "gc/gc.h"
#include "vm/object.h"
#include "vm/reflect.h"

/* Every RuntimeType made so far: roots, since types live for the whole run. */
static vm_object **made;
static uint32_t nmade, capmade;

static void scan_made(gc_visitor *v, void *ctx) {
    (void)ctx;
    for (uint32_t i = 0; i < nmade; i++)
        v->ref(v, &made[i]);
}

vm_object *vm_runtime_type_object(vm_thread *t, vm_type *type) {
    if (type->runtime_type)
        return type->runtime_type;
    static vm_field *handle;
    if (!handle) {
        handle = vm_find_field(vm_b.runtime_type, "_handle");
        if (!handle)
            vm_fatal("the core library's RuntimeType has no _handle field");
        gc_add_root_scanner(scan_made, NULL);
    }
    vm_object *o = vm_new_object(t, vm_b.runtime_type);
    if (!o)
        return NULL;
    *(vm_type **)((uint8_t *)o + handle->offset) = type;
    if (nmade == capmade) {
        capmade = capmade ? capmade * 2 : 64;
        made = realloc(made, capmade * sizeof *made);
        if (!made)
            vm_fatal("out of memory");
    }
    made[nmade] = o;
    type->runtime_type = o;
    /* the type's cache slot is updated by the collector through `made` if objects move */
    nmade++;
    return o;
}
