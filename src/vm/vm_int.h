/*
 * vm_int.h — private to the type system (vm/target.c, loader.c, type.c, layout.c,
 * generic.c, method.c, vtable.c, cast.c, names.c). Not to be included from outside vm/.
 *
 * Modules, types and methods are allocated only here, each inside a larger private
 * record whose first member is the public struct: vm_modx, vm_typex, vm_methodx. So a
 * public pointer converts to its private record with MX(), TX(), MTX().
 */
#ifndef ANYCLR_VM_INT_H
#define ANYCLR_VM_INT_H

#include "vm/thread.h"
#include "vm/vm.h"

/* The target that layout is computed for (vm_init's argument). */
extern const vm_target *vm_layout_target;

/* Replaces vm_host's compiled-in facts by its table row, once checked (target.c). */
int vm_targets_init(void);

/* ---- private records ------------------------------------------------------------- */

typedef struct vm_modx {
    vm_module m;
    char *display;          /* "Name, Version=1.0.0.0, Culture=neutral, PublicKeyToken=null" */
    char *dir;              /* directory of the file, with no trailing slash */
    vm_type **typerefs;     /* TypeRef row -> resolved type (1-based) */
    uint32_t *names;        /* open-addressing hash of top-level TypeDef rows by ns+name */
    uint32_t names_cap;     /* a power of two, or 0 before the first lookup */
} vm_modx;
#define MX(mod) ((vm_modx *)(mod))

/* Progress of a type through the stages, finer than vm_type.state (vm_typex.ts). */
enum {
    TS_LOADING    = 1u << 0,   /* parent and interfaces being resolved */
    TS_FIELDS     = 1u << 1,   /* fields[] exists, types resolved */
    TS_INST_BUSY  = 1u << 2,   /* instance layout in progress: meeting it again is a cycle */
    TS_INST_DONE  = 1u << 3,   /* instance size, alignment and GC map known */
    TS_METHODS    = 1u << 4,   /* methods[] exists */
    TS_READY_BUSY = 1u << 5,   /* vtable/interface map in progress */
    TS_IFACES     = 1u << 6,   /* interfaces[] is the full closure */
    TS_OPEN       = 1u << 7,   /* mentions VAR/MVAR placeholders: never instantiated */
    TS_FIELDS_BUSY = 1u << 8,
    TS_LAYING     = 1u << 9,   /* LAID_OUT (statics) in progress */
};

typedef struct vm_typex {
    vm_type t;
    uint32_t ts;                /* TS_* */
    uint32_t ndeclared;         /* interfaces named by this type's InterfaceImpl rows */
    vm_type **declared;
    uint32_t noverrides;        /* interfaces: MethodImpl pairs (default method overrides) */
    vm_method **overrides;      /* decl, body, decl, body, ... */
    struct vm_typex *all_next;  /* every type ever made, for the statics root scanner */
} vm_typex;
#define TX(type) ((vm_typex *)(type))

typedef struct vm_methodx {
    vm_method m;
    uint32_t index;             /* position in owner->methods, or UINT32_MAX */
    int bad_sig;                /* the signature did not resolve: resolving the method throws */
} vm_methodx;
#define MTX(meth) ((vm_methodx *)(meth))

/* Every type made (newest first), for scanners and tools. */
extern vm_typex *vm_all_types;

/* ---- loader.c -------------------------------------------------------------------- */

/* "Could not load type 'Ns.Name' from assembly 'Asm, Version=...'." */
int vm_throw_type_load(vm_thread *t, const vm_type *type);
int vm_throw_type_load_name(vm_thread *t, const char *nspace, const char *name,
                            const char *assembly);
/* BadImageFormatException naming the module and what md reported. */
int vm_throw_bad_image(vm_thread *t, const vm_module *m, const char *what);
/* The top-level TypeDef row named ns.name in m (no forwarders), or 0. */
uint32_t vm_module_find_typedef(vm_module *m, const char *nspace, const char *name);
/* The nested TypeDef row called name inside TypeDef row `enclosing`, or 0. */
uint32_t vm_module_find_nested(vm_module *m, uint32_t enclosing, const char *name);
/* Is this TypeDefOrRef token's type called ns.name? (by name only, no loading) */
int vm_token_is_named(vm_module *m, uint32_t token, const char *nspace, const char *name);

/* ---- type.c ---------------------------------------------------------------------- */

vm_type *vm_type_alloc(uint8_t kind);
/* The type of a TypeDef row, at least LOADED. NULL with an exception pending. */
vm_type *vm_typedef(vm_thread *t, vm_module *m, uint32_t row);
/* Resolves parent and interfaces of a TypeDef-based type in ctx; checks the parent. */
int vm_type_load_links(vm_thread *t, vm_type *type, const vm_generic_ctx *ctx);
/* Marks a type failed and returns -1 (the exception is already pending). */
int vm_type_fail(vm_thread *t, vm_type *type);
/* The core library type for a primitive/String/Object/void element type. */
vm_type *vm_builtin(vm_thread *t, uint8_t elem);
/* Is the type the core library's ns.name? */
int vm_type_is(const vm_type *type, const char *nspace, const char *name);
/* The CustomAttribute row of type ns.name on metadata entity `token`, or 0. */
uint32_t vm_has_attribute(vm_module *m, uint32_t token, const char *nspace, const char *name);
/* Makes interfaces[] the full closure (parent's, declared ones and their bases). */
void vm_type_interfaces(vm_type *type);
/* The generic context of a type: its instantiation, or none (placeholders). */
void vm_type_ctx(const vm_type *type, vm_generic_ctx *out);
/* The TypeDef row behind a type (its generic definition's for instantiations), or 0. */
uint32_t vm_type_row(const vm_type *type);

/* ---- generic.c ------------------------------------------------------------------- */

/* The placeholder for !n (mvar 0) or !!n (mvar 1). NULL if n is absurd. */
vm_type *vm_type_var(int mvar, uint32_t n);
/* The type of function pointers (one for every signature). */
vm_type *vm_type_fnptr(vm_thread *t);

/* ---- layout.c -------------------------------------------------------------------- */

int vm_type_fields(vm_thread *t, vm_type *type);     /* fields[] with resolved types */
int vm_layout_instance(vm_thread *t, vm_type *type); /* TS_INST_DONE */
int vm_layout(vm_thread *t, vm_type *type);          /* -> VM_TS_LAID_OUT */

/* ---- method.c -------------------------------------------------------------------- */

int vm_type_methods(vm_thread *t, vm_type *type);    /* methods[] with resolved sigs */
/* A method signature blob in ctx. 0, or -1 with an exception pending. */
int vm_parse_method_sig(vm_thread *t, vm_module *m, md_blob blob, const vm_generic_ctx *ctx,
                        vm_sig *out);
int vm_sig_equal(const vm_sig *a, const vm_sig *b);
/* Member resolution without preparing the owner (for use while building vtables). */
vm_method *vm_resolve_method_raw(vm_thread *t, vm_module *m, uint32_t token,
                                 const vm_generic_ctx *ctx);
/* The method of `type` for MethodDef token tok of its definition. */
vm_method *vm_type_method_by_token(vm_thread *t, vm_type *type, uint32_t tok);

/* ---- vtable.c -------------------------------------------------------------------- */

int vm_type_dispatch(vm_thread *t, vm_type *type);   /* vtable, interface map -> READY */

/* ---- names.c --------------------------------------------------------------------- */

/* A type as CoreCLR's signature formatter writes it: "Int32", "System.String". */
void vm_sig_type_name(const vm_type *type, char *buf, size_t size);
/* "Void Ns.Type.Method(Int32)" for MissingMethodException. */
void vm_method_sig_text(const vm_type *owner, const char *name, const vm_sig *sig, char *buf,
                        size_t size);

#endif
