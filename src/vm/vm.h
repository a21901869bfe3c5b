/*
 * vm.h — the runtime's object model and type system: assemblies, types, fields,
 * methods, objects, threads. Public to every subsystem (il, interp, gc, eh, aot).
 *
 * Layout is computed from a target description (vm_target), never from the host's
 * C types, so the AOT compiler can lay out for armhf while running on x86-64. The
 * interpreter always runs with the host's own target description.
 */
#ifndef ANYCLR_VM_H
#define ANYCLR_VM_H

#include <stddef.h>
#include <stdint.h>

#include "md/md.h"

typedef struct vm_type vm_type;
typedef struct vm_method vm_method;
typedef struct vm_field vm_field;
typedef struct vm_module vm_module;
typedef struct vm_thread vm_thread;
typedef struct vm_object vm_object;

/* ---- the target ------------------------------------------------------------------ */

/* One row of src/pal/targets.def, as data. */
typedef struct vm_target {
    const char *name;
    const char *triple;
    uint32_t ptr_size;      /* 4 or 8 */
    int big_endian;
    uint32_t align8;        /* alignment of 8-byte fields: 4 (i686) or 8 */
} vm_target;

extern const vm_target vm_targets[];        /* every row, ended by a NULL name */
extern const vm_target *vm_host;            /* the row this binary was built for */
const vm_target *vm_target_find(const char *name);

/* ---- objects ---------------------------------------------------------------------- */

/*
 * Every heap object starts with this header: its type and one word for the collector,
 * the hash code and (later) the lock. Instance fields follow at offset
 * VM_OBJ_HEADER_SIZE (2 pointers on the target).
 */
struct vm_object {
    vm_type *type;
    uintptr_t header;       /* gc bits in the low byte; identity hash above (gc.h) */
};

/* Single-dimensional zero-based arrays: length, then the elements at VM_ARRAY_DATA.
 * Multi-dimensional arrays: length (total), then rank x (int32 length, int32 lower
 * bound), then the elements, 8-aligned. */
typedef struct vm_array {
    vm_object obj;
    uintptr_t length;
} vm_array;

/* Strings: UTF-16 code units, with a NUL after the last one (not counted). Matches
 * corlib's System.String { int _stringLength; char _firstChar; }. */
typedef struct vm_string {
    vm_object obj;
    int32_t length;
    uint16_t chars[];
} vm_string;

#define VM_OBJ_HEADER_SIZE      (sizeof(vm_object))
#define VM_ARRAY_DATA_OFFSET    ((sizeof(vm_array) + 7u) & ~(size_t)7u)
#define VM_ARRAY_DATA(a)        ((uint8_t *)(a) + VM_ARRAY_DATA_OFFSET)
#define VM_STRING_CHARS(s)      ((s)->chars)

/* A multi-dimensional array's per-dimension bounds and its data. */
#define VM_MDARRAY_BOUNDS(a)    ((int32_t *)((uint8_t *)(a) + sizeof(vm_array)))
size_t vm_mdarray_data_offset(uint32_t rank);

/* ---- types ------------------------------------------------------------------------ */

enum vm_kind {
    VM_KIND_CLASS,          /* reference type defined in metadata (incl. delegates, String) */
    VM_KIND_VALUETYPE,      /* struct, enum, primitive */
    VM_KIND_INTERFACE,
    VM_KIND_SZARRAY,        /* T[] */
    VM_KIND_ARRAY,          /* T[,] and [*]: rank in vm_type.rank */
    VM_KIND_POINTER,        /* T* */
    VM_KIND_BYREF,          /* T& */
    VM_KIND_FNPTR,          /* method pointer: treated as native int */
    VM_KIND_VAR,            /* !n: only inside uninstantiated signatures */
    VM_KIND_MVAR,           /* !!n */
};

/* Type flags (vm_type.flags). */
enum {
    VM_TF_ABSTRACT          = 1u << 0,
    VM_TF_SEALED            = 1u << 1,
    VM_TF_ENUM              = 1u << 2,
    VM_TF_NULLABLE          = 1u << 3,   /* System.Nullable<T> instantiation */
    VM_TF_DELEGATE          = 1u << 4,   /* derives from MulticastDelegate */
    VM_TF_HAS_REFS          = 1u << 5,   /* instances contain GC references */
    VM_TF_HAS_FINALIZER     = 1u << 6,
    VM_TF_BYREFLIKE         = 1u << 7,   /* ref struct (Span<T>) */
    VM_TF_GENERIC_DEF       = 1u << 8,   /* open generic definition: not instantiable */
    VM_TF_BEFOREFIELDINIT   = 1u << 9,
    VM_TF_PRIMITIVE         = 1u << 10,  /* bool, char, int*, float, double, IntPtr */
    VM_TF_EXPLICIT_LAYOUT   = 1u << 11,
    VM_TF_SEQUENTIAL_LAYOUT = 1u << 12,
    VM_TF_STRING            = 1u << 13,
    VM_TF_ARRAY_OF_REFS     = 1u << 14,  /* szarray/array whose elements are references */
    VM_TF_HAS_BYREFS        = 1u << 15,  /* a ref struct with ref fields (interior pointers) */
    VM_TF_INTERFACE_VARIANT = 1u << 16,  /* has co/contravariant generic parameters */
};

/* How far a type has been prepared; each stage needs the previous one. */
enum vm_type_state {
    VM_TS_LOADED,           /* identity, name, parent, interfaces, generic args */
    VM_TS_LAID_OUT,         /* fields, sizes, GC map, static storage */
    VM_TS_READY,            /* methods, vtable, interface map: can be instantiated */
    VM_TS_FAILED,           /* loading failed: using it throws TypeLoadException again */
};

/* Static-constructor state (vm_type.cctor_state). */
enum { VM_CCTOR_NONE, VM_CCTOR_PENDING, VM_CCTOR_RUNNING, VM_CCTOR_DONE, VM_CCTOR_FAILED };

/* The category of a value on the IL evaluation stack (ECMA-335 I.12.3.2.1), which is
 * also how a value of a type is moved: what the importer and the C emitter switch on. */
enum vm_stack_kind {
    VM_SK_VOID, VM_SK_I4, VM_SK_I8, VM_SK_I /* native int, pointers, fnptr */,
    VM_SK_R4, VM_SK_R8, VM_SK_REF /* object references */, VM_SK_BYREF /* managed pointers */,
    VM_SK_VALUE /* any other value type: moved as bytes */,
};

struct vm_type {
    uint8_t kind;                   /* enum vm_kind */
    uint8_t elem;                   /* MD_ELEM_* of a primitive/String/Object, else CLASS/VALUETYPE/... */
    uint8_t state;                  /* enum vm_type_state */
    uint8_t cctor_state;            /* VM_CCTOR_* */
    uint32_t flags;                 /* VM_TF_* */
    uint32_t md_flags;              /* TypeAttributes from metadata */
    const char *name;               /* "List`1", "Int32", "Int32[]" */
    const char *nspace;             /* "System.Collections.Generic" ("" for none / nested) */
    vm_module *module;              /* defining module; the element's for arrays */
    uint32_t token;                 /* TypeDef token in module, 0 for constructed types */
    vm_type *parent;                /* base class, NULL for Object and interfaces */
    vm_type *enclosing;             /* for nested types */

    /* generics: an instantiation has generic_def and inst; a definition has ngeneric */
    vm_type *generic_def;
    uint32_t ninst;
    vm_type **inst;
    uint32_t ngeneric;              /* number of generic parameters of a definition */
    uint8_t *variance;              /* per generic parameter: 0, 1 covariant, 2 contravariant */

    /* arrays, pointers, byrefs: the element type; enums: the underlying type */
    vm_type *element;
    uint32_t rank;                  /* VM_KIND_ARRAY */
    uint32_t gparam_index;          /* VM_KIND_VAR / MVAR: the parameter number */

    /* layout (VM_TS_LAID_OUT) */
    uint32_t instance_size;         /* classes: object size incl. header; value types: value size */
    uint32_t align;                 /* value types: alignment of the value */
    uint32_t component_size;        /* arrays: element size; strings: 2 */
    uint32_t nrefs;                 /* number of reference slots in an instance / value */
    uint32_t *ref_offsets;          /* their byte offsets (from the object start for classes,
                                       from the value start for value types) */
    uint32_t nbyrefs;               /* byref-like types: offsets of ref fields (interior ptrs) */
    uint32_t *byref_offsets;
    uint32_t nfields;
    vm_field *fields;               /* instance and static fields, metadata order */
    uint8_t *statics;               /* storage of static fields (GC-scanned: static_refs) */
    uint32_t statics_size;
    uint32_t nstatic_refs;
    uint32_t *static_ref_offsets;

    /* methods and dispatch (VM_TS_READY) */
    uint32_t nmethods;
    vm_method **methods;            /* the type's own methods, metadata order */
    uint32_t vtable_size;
    vm_method **vtable;             /* virtual slots: inherited first, then new ones */
    uint32_t ninterfaces;
    vm_type **interfaces;           /* every interface implemented, incl. inherited ones */
    vm_method ***iface_impl;        /* iface_impl[i][k]: implementation of interfaces[i]'s
                                       k-th method (its own declaration order) */
    vm_method *cctor;               /* .cctor or NULL */
    vm_method *finalizer;           /* Finalize override, or NULL */

    /* caches */
    vm_type *szarray;               /* T[] of this type, once made */
    vm_type *byref;                 /* T& */
    vm_type *pointer;               /* T* */
    vm_object *runtime_type;        /* the System.RuntimeType object, once made (a GC root) */
    void *aux;                      /* the back end's per-type data */
};

/* Field flags from metadata (FieldAttributes) we use. */
enum { VM_FIELD_STATIC = 0x0010, VM_FIELD_LITERAL = 0x0040, VM_FIELD_HAS_RVA = 0x0100,
       VM_FIELD_INITONLY = 0x0020 };

struct vm_field {
    vm_type *owner;
    const char *name;
    vm_type *type;
    uint16_t md_flags;              /* FieldAttributes */
    uint32_t token;                 /* Field token in owner's module */
    uint32_t offset;                /* instance: from the object start (classes) or the value
                                       start (value types); static: into owner->statics */
    int thread_static;              /* [ThreadStatic]; one thread for now */
};

/* A method's signature with every type resolved in its generic context. */
typedef struct vm_sig {
    uint8_t callconv;               /* MD_CC_* byte */
    uint32_t nparams;               /* not counting `this` */
    vm_type *ret;                   /* NULL for void */
    vm_type **params;
    uint32_t ngeneric;              /* generic arity of a method definition */
} vm_sig;

/* Method flags (vm_method.flags), besides the metadata's MethodAttributes in md_flags. */
enum {
    VM_MF_STATIC        = 1u << 0,
    VM_MF_VIRTUAL       = 1u << 1,
    VM_MF_ABSTRACT      = 1u << 2,
    VM_MF_INTERNALCALL  = 1u << 3,  /* [MethodImpl(InternalCall)] or runtime intrinsic */
    VM_MF_RUNTIME       = 1u << 4,  /* delegate Invoke/.ctor etc.: the runtime supplies the body */
    VM_MF_PINVOKE       = 1u << 5,
    VM_MF_CTOR          = 1u << 6,  /* .ctor */
    VM_MF_GENERIC_DEF   = 1u << 7,  /* has generic parameters and no instantiation */
    VM_MF_NEWSLOT       = 1u << 8,
    VM_MF_FINAL         = 1u << 9,
    VM_MF_NOINLINE      = 1u << 10,
    VM_MF_AGGRESSIVE    = 1u << 11, /* AggressiveInlining */
    VM_MF_SHARED_INST   = 1u << 12, /* reserved for a shared-generics back end */
};

struct vm_method {
    vm_type *owner;                 /* declaring type (instantiated, for generic types) */
    const char *name;
    uint32_t flags;                 /* VM_MF_* */
    uint16_t md_flags;              /* MethodAttributes */
    uint16_t impl_flags;            /* MethodImplAttributes */
    uint32_t token;                 /* MethodDef token in owner's module */
    uint32_t rva;
    vm_sig sig;
    int32_t slot;                   /* vtable slot, -1 if not virtual; interface methods:
                                       index in the interface's declaration order */
    /* generic methods */
    vm_method *generic_def;         /* for an instantiated generic method */
    uint32_t ninst;
    vm_type **inst;
    void *inst_cache;               /* definition: its instantiations (vm/generic.c) */

    /* back ends */
    void *icall;                    /* the C function for internal calls (vm/icall.h) */
    void *code;                     /* the interpreter's prepared code, once imported */
    void *aot;                      /* the AOT back end's data */
    uint32_t call_count;
};

/* ---- modules and assemblies ------------------------------------------------------- */

struct vm_module {
    md_image *img;
    const char *name;               /* assembly simple name */
    const char *path;
    int is_corlib;
    vm_type **typedefs;             /* TypeDef row -> loaded type (1-based, lazily filled) */
    vm_method **methoddefs;         /* MethodDef row -> method (lazily filled) */
    vm_field **fielddefs;           /* Field row -> field (lazily filled) */
    vm_module **assemblyrefs;       /* AssemblyRef row -> module, lazily resolved */
    vm_object **strings;            /* interned #US literals by token row (lazily) */
    uint32_t nstrings;
};

/* ---- the well-known types of the core library ------------------------------------- */

typedef struct vm_builtins {
    vm_type *object, *value_type, *enum_, *string, *array, *delegate, *multicast_delegate,
        *exception, *type, *runtime_type, *void_, *boolean, *char_, *sbyte, *byte, *int16,
        *uint16, *int32, *uint32, *int64, *uint64, *intptr, *uintptr, *single, *double_,
        *nullable, *typed_reference, *runtime_type_handle, *runtime_method_handle,
        *runtime_field_handle, *szarray_helper, *ienumerable_g, *icollection_g, *ilist_g,
        *ireadonlycollection_g, *ireadonlylist_g;
} vm_builtins;

extern vm_builtins vm_b;
extern vm_module *vm_corlib;

/* ---- the type system API (vm/loader.c, vm/type.c, vm/generic.c, vm/cast.c) -------- */

/* The generic context a token or signature is resolved in: the type arguments of the
 * enclosing type's instantiation and of the method's instantiation (either may be 0). */
typedef struct vm_generic_ctx {
    uint32_t ntype;
    vm_type **type_args;
    uint32_t nmethod;
    vm_type **method_args;
} vm_generic_ctx;

/* Start-up: the target layout is computed for, and where the core library is. */
int vm_init(const vm_target *target, const char *corlib_path);

/* Loading assemblies: the program, then references on demand (next to the program, then
 * the library folder). Framework names are unified onto the core library. */
vm_module *vm_load_assembly_file(vm_thread *t, const char *path);
vm_module *vm_resolve_assemblyref(vm_thread *t, vm_module *from, uint32_t row);

/* Tokens to runtime entities. NULL means an exception is pending on t (TypeLoad,
 * MissingMethod, MissingField, BadImageFormat with the name of what is missing). */
vm_type *vm_resolve_type(vm_thread *t, vm_module *m, uint32_t token, const vm_generic_ctx *ctx);
vm_method *vm_resolve_method(vm_thread *t, vm_module *m, uint32_t token, const vm_generic_ctx *ctx);
vm_field *vm_resolve_field(vm_thread *t, vm_module *m, uint32_t token, const vm_generic_ctx *ctx);
/* A signature blob's type at the cursor (locals, TypeSpecs, fields). */
vm_type *vm_sig_type(vm_thread *t, vm_module *m, md_sig *s, const vm_generic_ctx *ctx);

/* A type's module-level lookup by name (nested types: "Outer/Inner"). */
vm_type *vm_find_type(vm_thread *t, vm_module *m, const char *nspace, const char *name);

/* Brings a type to at least the given state. 0, or -1 with an exception pending. */
int vm_type_prepare(vm_thread *t, vm_type *type, enum vm_type_state state);

/* Constructed types (cached, unique: pointer equality is type identity). */
vm_type *vm_type_szarray(vm_thread *t, vm_type *elem);
vm_type *vm_type_array(vm_thread *t, vm_type *elem, uint32_t rank);
vm_type *vm_type_byref(vm_thread *t, vm_type *elem);
vm_type *vm_type_pointer(vm_thread *t, vm_type *elem);
vm_type *vm_type_instantiate(vm_thread *t, vm_type *def, uint32_t n, vm_type **args);
vm_method *vm_method_instantiate(vm_thread *t, vm_method *def, uint32_t n, vm_type **args);

/* The generic context of a method (its owner's and its own instantiation). */
void vm_method_ctx(const vm_method *m, vm_generic_ctx *out);

/* Local variable types of a method body (from its StandAloneSig). */
int vm_method_locals(vm_thread *t, vm_method *m, uint32_t local_sig, uint32_t *count,
                     vm_type ***types);

/* Members by name (for the runtime's own use: String's fields, Exception's .ctor…). */
vm_field *vm_find_field(vm_type *type, const char *name);
vm_method *vm_find_method(vm_type *type, const char *name, int nparams);

/* Dispatch: the implementation of `decl` (a virtual or interface method) on `type`.
 * NULL if none (then EntryPointNotFound/abstract: an exception is pending). */
vm_method *vm_resolve_virtual(vm_thread *t, vm_type *type, vm_method *decl);

/* Casting (ECMA-335 I.8.7): may a value of type `from` be stored where `to` is
 * expected (reference/array covariance, interface variance, boxing not included)? */
int vm_is_assignable(vm_type *to, vm_type *from);
/* isinst: obj if it is an instance of type (incl. Nullable<T> <- boxed T), else NULL. */
vm_object *vm_isinst(vm_object *obj, vm_type *type);

/* Sizes and kinds. */
enum vm_stack_kind vm_stack_kind(const vm_type *type);
uint32_t vm_value_size(const vm_type *type);      /* bytes a value occupies in a field/slot */
uint32_t vm_value_align(const vm_type *type);
int vm_is_ref(const vm_type *type);               /* class, interface, array, string: a GC ref */
int vm_is_value(const vm_type *type);             /* a value type (incl. primitives, enums) */

/* Names for messages and stack traces: "System.Collections.Generic.List`1[System.Int32]"
 * (the .NET Type.FullName form) and "Namespace.Type.Method(Int32, System.String)". */
void vm_type_name(const vm_type *type, char *buf, size_t size);
void vm_method_name(const vm_method *m, char *buf, size_t size);

/* Static storage address of a static field, and running the class constructor first
 * (ECMA-335 II.10.5.3: precise or beforefieldinit). -1 with an exception pending. */
int vm_run_cctor(vm_thread *t, vm_type *type);

#endif
