/*
 * icall_type.c — internal calls of System.RuntimeType (corlib/System/Type.cs): facts
 * about a runtime type, given its handle (the vm_type pointer RuntimeType keeps in
 * _handle). C# composes the names (Name, FullName, ToString) out of these facts; the
 * answers follow CoreCLR's where the corlib comment and CoreCLR differ (see each).
 *
 * Generic parameters: the type system shares one placeholder per position (!0, !1…)
 * between every definition, which has no name and no owner. Reflection needs both
 * (typeof(List<>).GetGenericArguments()[0].Name is "T"), so this file makes its own
 * parameter types per definition, on first use, named from the GenericParam table.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "interp/interp.h"
#include "vm/icall_int.h"
#include "vm/object.h"
#include "vm/reflect.h"
#include "vm/vm_int.h"

/* corlib's RuntimeType flag bits (Type.cs: FlagValueType…). */
enum {
    RTF_VALUETYPE = 1, RTF_ENUM = 2, RTF_INTERFACE = 4, RTF_ARRAY = 8, RTF_SZARRAY = 16,
    RTF_POINTER = 32, RTF_BYREF = 64, RTF_GENERIC = 128, RTF_GENERIC_DEF = 256,
    RTF_GENERIC_PARAM = 512, RTF_CONTAINS_GENERIC_PARAMS = 1024, RTF_BYREFLIKE = 2048,
    RTF_GENERIC_METHOD_PARAM = 4096, RTF_FNPTR = 8192,
};

/* TypeAttributes CoreCLR reports for types without a TypeDef of their own. */
enum { TA_PUBLIC = 0x1, TA_SEALED = 0x100, TA_SERIALIZABLE = 0x2000 };

/* The display name CoreCLR gives its core library; ours is built without its key, but
 * names (AssemblyQualifiedName, FullName of instantiations) should read the same. */
static const char corlib_display[] =
    "System.Private.CoreLib, Version=10.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e";

/* ---- helpers ------------------------------------------------------------------------- */

/* Returns a type's RuntimeType (or null) in r[0]. */
int icall_ret_type(vm_thread *t, vm_slot *r, vm_type *type) {
    if (!type) {
        r[0].o = NULL;
        return 0;
    }
    vm_object *o = vm_runtime_type_object(t, type);
    if (!o)
        return -1;
    r[0].o = o;
    return 0;
}

int icall_ret_string(vm_thread *t, vm_slot *r, const char *s) {
    vm_string *str = vm_string_from_utf8(t, s, strlen(s));
    if (!str)
        return -1;
    r[0].o = &str->obj;
    return 0;
}

/* A new Type[] of n types. Their RuntimeType objects are made first: they are rooted
 * for good once made, so only the array itself is unreachable while anything allocates,
 * and nothing does after it exists. */
int icall_ret_type_array(vm_thread *t, vm_slot *r, uint32_t n, vm_type *const *types) {
    for (uint32_t i = 0; i < n; i++)
        if (!vm_runtime_type_object(t, types[i]))
            return -1;
    vm_array *arr = vm_new_szarray(t, vm_b.type, (intptr_t)n);
    if (!arr)
        return -1;
    for (uint32_t i = 0; i < n; i++)
        GC_STORE_REF((vm_object **)VM_ARRAY_DATA(arr) + i, types[i]->runtime_type);
    r[0].o = &arr->obj;
    return 0;
}

static vm_type *handle_arg(vm_slot *a) { return (vm_type *)a[0].p; }

static int null_handle(vm_thread *t) {
    return vm_throw_new(t, "System", "ArgumentNullException", "handle");
}

/* ---- generic parameters of a definition ---------------------------------------------- */

typedef struct gparams {
    vm_type *owner;             /* a generic type definition */
    vm_type **params;           /* owner->ngeneric parameter types */
    struct gparams *next;
} gparams;

static gparams *all_gparams;

/* The parameter types of a generic type definition, made once. */
vm_type **vm_reflect_type_params(vm_type *def) {
    for (gparams *g = all_gparams; g; g = g->next)
        if (g->owner == def)
            return g->params;
    gparams *g = malloc(sizeof *g);
    vm_type **p = calloc(def->ngeneric ? def->ngeneric : 1, sizeof *p);
    if (!g || !p)
        vm_fatal("out of memory");
    md_image *img = def->module->img;
    for (uint32_t i = 0; i < def->ngeneric; i++) {
        vm_type *v = vm_type_alloc(VM_KIND_VAR);
        v->elem = MD_ELEM_VAR;
        v->gparam_index = i;
        v->name = vm_type_var(0, i) ? vm_type_var(0, i)->name : "T";
        v->nspace = "";
        v->module = def->module;
        v->state = VM_TS_READY;
        TX(v)->ts |= TS_OPEN | TS_IFACES | TS_INST_DONE;
        p[i] = v;
    }
    uint32_t r;
    if (md_find(img, MDC_GenericParam_Owner, def->token, &r)) {
        for (; r; r = md_find_next(img, MDC_GenericParam_Owner, def->token, r)) {
            uint32_t num = md_get(img, MDC_GenericParam_Number, r);
            if (num < def->ngeneric)
                p[num]->name = md_string(img, md_get(img, MDC_GenericParam_Name, r));
        }
    }
    g->owner = def;
    g->params = p;
    g->next = all_gparams;
    all_gparams = g;
    return p;
}

/* The definition that declares a parameter type made above, or NULL (the shared
 * placeholders have no owner). */
static vm_type *param_owner(const vm_type *param) {
    if (param->kind != VM_KIND_VAR)
        return NULL;
    for (gparams *g = all_gparams; g; g = g->next)
        if (param->gparam_index < g->owner->ngeneric && g->params[param->gparam_index] == param)
            return g->owner;
    return NULL;
}

/* ---- identity and names -------------------------------------------------------------- */

static int rt_get_type_from_handle(vm_thread *t, vm_slot *a, vm_slot *r) {
    return icall_ret_type(t, r, handle_arg(a));
}

static int rt_get_type_flags(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    int32_t f = 0;
    switch (type->kind) {
    case VM_KIND_VALUETYPE:
        f |= RTF_VALUETYPE | ((type->flags & VM_TF_ENUM) ? RTF_ENUM : 0);
        break;
    case VM_KIND_INTERFACE: f |= RTF_INTERFACE; break;
    case VM_KIND_SZARRAY: f |= RTF_ARRAY | RTF_SZARRAY; break;
    case VM_KIND_ARRAY: f |= RTF_ARRAY; break;
    case VM_KIND_POINTER: f |= RTF_POINTER; break;
    case VM_KIND_BYREF: f |= RTF_BYREF; break;
    case VM_KIND_FNPTR: f |= RTF_FNPTR; break;
    case VM_KIND_VAR: f |= RTF_GENERIC_PARAM; break;
    case VM_KIND_MVAR: f |= RTF_GENERIC_PARAM | RTF_GENERIC_METHOD_PARAM; break;
    default: break;
    }
    if (type->generic_def)
        f |= RTF_GENERIC;
    else if (type->flags & VM_TF_GENERIC_DEF)
        f |= RTF_GENERIC | RTF_GENERIC_DEF;
    if (TX(type)->ts & TS_OPEN)
        f |= RTF_CONTAINS_GENERIC_PARAMS;
    if (type->flags & VM_TF_BYREFLIKE)
        f |= RTF_BYREFLIKE;
    icall_ret_i4(r, f);
    return 0;
}

/* CoreCLR: arrays are Public | Sealed | Serializable; pointers, byrefs and generic
 * parameters just Public (the corlib comment says 0; CoreCLR's answer wins, since
 * IsPublic and IsSealed are read from it). */
static int rt_get_type_attributes(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    int32_t attrs;
    switch (type->kind) {
    case VM_KIND_SZARRAY:
    case VM_KIND_ARRAY:
        attrs = TA_PUBLIC | TA_SEALED | TA_SERIALIZABLE;
        break;
    case VM_KIND_POINTER: case VM_KIND_BYREF: case VM_KIND_FNPTR: case VM_KIND_VAR:
    case VM_KIND_MVAR:
        attrs = TA_PUBLIC;
        break;
    default:
        attrs = (int32_t)type->md_flags;
        break;
    }
    icall_ret_i4(r, attrs);
    return 0;
}

static int rt_get_metadata_name(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    const vm_type *def = type->generic_def ? type->generic_def : type;
    return icall_ret_string(t, r, def->name ? def->name : "");
}

static int rt_get_metadata_namespace(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    const vm_type *def = type->generic_def ? type->generic_def : type;
    const char *ns = "";
    if (!def->enclosing && def->nspace && def->kind != VM_KIND_VAR && def->kind != VM_KIND_MVAR)
        ns = def->nspace;
    return icall_ret_string(t, r, ns);
}

/* CoreCLR gives a nested type of an instantiation its enclosing *definition*
 * (typeof(Outer<int>.Inner).DeclaringType is Outer`1[T]); a generic parameter its
 * declaring definition. */
static int rt_get_declaring_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    if (type->kind == VM_KIND_VAR || type->kind == VM_KIND_MVAR)
        return icall_ret_type(t, r, param_owner(type));
    if (type->kind != VM_KIND_CLASS && type->kind != VM_KIND_VALUETYPE &&
        type->kind != VM_KIND_INTERFACE)
        return icall_ret_type(t, r, NULL);
    const vm_type *def = type->generic_def ? type->generic_def : type;
    return icall_ret_type(t, r, def->enclosing);
}

static int rt_get_base_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    switch (type->kind) {
    case VM_KIND_INTERFACE: case VM_KIND_POINTER: case VM_KIND_BYREF: case VM_KIND_FNPTR:
        return icall_ret_type(t, r, NULL);
    case VM_KIND_VAR:
    case VM_KIND_MVAR:
        /* XXX: CoreCLR derives it from the constraints (a class constraint, or ValueType
         * for `struct`); without constraints it is Object, as here. */
        return icall_ret_type(t, r, vm_b.object);
    default:
        return icall_ret_type(t, r, type->parent);
    }
}

static int rt_get_element_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    switch (type->kind) {
    case VM_KIND_SZARRAY: case VM_KIND_ARRAY: case VM_KIND_POINTER: case VM_KIND_BYREF:
        return icall_ret_type(t, r, type->element);
    default:
        return icall_ret_type(t, r, NULL);    /* an enum's element is its underlying type: not this */
    }
}

static int rt_get_array_rank(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    if (type->kind != VM_KIND_SZARRAY && type->kind != VM_KIND_ARRAY)
        return vm_throw_new(t, "System", "ArgumentException", "Must be an array type.");
    icall_ret_i4(r, type->kind == VM_KIND_ARRAY ? (int32_t)type->rank : 1);
    return 0;
}

/* ---- generics ------------------------------------------------------------------------ */

static int rt_get_generic_arguments(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    if (type->generic_def)
        return icall_ret_type_array(t, r, type->ninst, type->inst);
    if ((type->flags & VM_TF_GENERIC_DEF) && type->module)
        return icall_ret_type_array(t, r, type->ngeneric, vm_reflect_type_params(type));
    return icall_ret_type_array(t, r, 0, NULL);
}

static int rt_get_generic_type_definition(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    if (type->generic_def)
        return icall_ret_type(t, r, type->generic_def);
    if (type->flags & VM_TF_GENERIC_DEF)
        return icall_ret_type(t, r, type);
    return vm_throw_new(t, "System", "InvalidOperationException",
                        "This operation is only valid on generic types.");
}

static int rt_get_generic_parameter_position(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    if (type->kind != VM_KIND_VAR && type->kind != VM_KIND_MVAR)
        return vm_throw_new(t, "System", "InvalidOperationException",
                            "Method may only be called on a Type for which "
                            "Type.IsGenericParameter is true.");
    icall_ret_i4(r, (int32_t)type->gparam_index);
    return 0;
}

/* Constructing types by reflection: Type.MakePointerType, MakeByRefType and
 * MakeGenericType (declared in corlib/System/RuntimeType.Members.cs). */
static int byref_of_byref(vm_thread *t, vm_type *type, const char *what) {
    char name[512];
    vm_type_name(type, name, sizeof name);
    const vm_type *e = type;
    while (e->element && e->kind == VM_KIND_BYREF)
        e = e->element;
    const vm_type *def = e->generic_def ? e->generic_def : e;
    vm_module *m = def->module ? def->module : vm_corlib;
    return vm_throw_newf(t, "System", "TypeLoadException", "%s. Type: '%s'. Assembly: '%s'.",
                         what, name, m->is_corlib ? corlib_display : MX(m)->display);
}

static int rt_make_pointer_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    if (type->kind == VM_KIND_BYREF)
        return byref_of_byref(t, type, "Could not create a pointer to a ByRef");
    vm_type *p = vm_type_pointer(t, type);
    return p ? icall_ret_type(t, r, p) : -1;
}

static int rt_make_byref_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    if (type->kind == VM_KIND_BYREF)
        return byref_of_byref(t, type, "Could not create a ByRef of a ByRef");
    vm_type *p = vm_type_byref(t, type);
    return p ? icall_ret_type(t, r, p) : -1;
}

static int rt_make_generic_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *def = handle_arg(a);
    vm_array *args = (vm_array *)a[1].o;
    if (!def)
        return null_handle(t);
    if (!args)
        return vm_throw_new(t, "System", "ArgumentNullException", "typeArguments");
    if (!(def->flags & VM_TF_GENERIC_DEF) || def->generic_def) {
        char name[512];
        vm_type_name(def, name, sizeof name);
        return vm_throw_newf(t, "System", "InvalidOperationException",
                             "%s is not a GenericTypeDefinition. MakeGenericType may only be "
                             "called on a type for which Type.IsGenericTypeDefinition is true.",
                             name);
    }
    if (args->length != def->ngeneric)
        return vm_throw_new(t, "System", "ArgumentException",
                            "The number of generic arguments provided doesn't equal the arity "
                            "of the generic type definition. (Parameter 'typeArguments')");
    uint32_t n = def->ngeneric;
    vm_type **targs = malloc((n ? n : 1) * sizeof *targs);
    if (!targs)
        return vm_throw_out_of_memory(t);
    memcpy(targs, VM_ARRAY_DATA(args), n * sizeof *targs);     /* IntPtr[]: host pointers */
    int bad = 0;
    for (uint32_t i = 0; i < n; i++)
        bad |= targs[i] == NULL;
    vm_type *inst = bad ? NULL : vm_type_instantiate(t, def, n, targs);
    free(targs);
    if (bad)
        return vm_throw_new(t, "System", "ArgumentNullException", "typeArguments");
    return inst ? icall_ret_type(t, r, inst) : -1;
}

/* ---- relations ----------------------------------------------------------------------- */

/* XXX: for an open definition these are in terms of the shared placeholders (!0), not
 * of its named parameters; CoreCLR would show IList`1[T] where this shows IList`1[!0]. */
static int rt_get_interfaces(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    if (type->kind == VM_KIND_POINTER || type->kind == VM_KIND_BYREF ||
        type->kind == VM_KIND_FNPTR || type->kind == VM_KIND_VAR || type->kind == VM_KIND_MVAR)
        return icall_ret_type_array(t, r, 0, NULL);
    vm_type_interfaces(type);
    return icall_ret_type_array(t, r, type->ninterfaces, type->interfaces);
}

/* isinst's question about types: casting rules (cast.c) plus Nullable<T> from T. */
static int rt_is_assignable_from(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *target = a[0].p, *source = a[1].p;
    if (!target || !source)
        return null_handle(t);
    int ok = vm_is_assignable(target, source) ||
             ((target->flags & VM_TF_NULLABLE) && target->ninst == 1 &&
              target->inst[0] == source);
    icall_ret_bool(r, ok);
    return 0;
}

static int rt_get_assembly_full_name(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    while (type->element && (type->kind == VM_KIND_SZARRAY || type->kind == VM_KIND_ARRAY ||
                             type->kind == VM_KIND_POINTER || type->kind == VM_KIND_BYREF))
        type = type->element;
    const vm_type *def = type->generic_def ? type->generic_def : type;
    vm_module *m = def->module ? def->module : vm_corlib;
    return icall_ret_string(t, r, m->is_corlib ? corlib_display : MX(m)->display);
}

static int rt_has_custom_attribute(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    vm_string *name = (vm_string *)a[1].o;
    if (!type)
        return null_handle(t);
    if (!name)
        return vm_throw_new(t, "System", "ArgumentNullException", "attributeFullName");
    uint32_t row = vm_type_row(type);
    const vm_type *def = type->generic_def ? type->generic_def : type;
    if (!row || !def->module || type->kind == VM_KIND_VAR || type->kind == VM_KIND_MVAR) {
        icall_ret_bool(r, 0);
        return 0;
    }
    char *full = vm_string_to_utf8(name);
    if (!full)
        return vm_throw_out_of_memory(t);
    char *dot = strrchr(full, '.');
    const char *ns = "", *simple = full;
    if (dot) {
        *dot = 0;
        ns = full;
        simple = dot + 1;
    }
    int has = vm_has_attribute(def->module, MD_TOKEN(MD_TypeDef, row), ns, simple) != 0;
    free(full);
    icall_ret_bool(r, has);
    return 0;
}

/* ---- enums --------------------------------------------------------------------------- */

static int rt_get_enum_underlying_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    if (!(type->flags & VM_TF_ENUM) || !type->element)
        return vm_throw_new(t, "System", "ArgumentException", "Type provided must be an Enum.");
    return icall_ret_type(t, r, type->element);
}

/* A Constant row's value as a 64-bit pattern: sign- or zero-extended from its own
 * element type (little-endian in the blob), before the caller narrows it. */
static uint64_t constant_value(md_image *img, uint32_t row) {
    uint32_t elem = md_get(img, MDC_Constant_Type, row);
    md_blob b = md_blob_at(img, md_get(img, MDC_Constant_Value, row));
    uint32_t n = b.size < 8 ? b.size : 8;
    uint64_t v = 0;
    for (uint32_t i = 0; i < n; i++)
        v |= (uint64_t)b.data[i] << (8 * i);
    int is_signed = elem == MD_ELEM_I1 || elem == MD_ELEM_I2 || elem == MD_ELEM_I4 ||
                    elem == MD_ELEM_I8 || elem == MD_ELEM_I;
    if (is_signed && n > 0 && n < 8 && (v >> (8 * n - 1)) & 1)
        v |= ~(uint64_t)0 << (8 * n);
    return v;
}

/*
 * The enum's literal fields in metadata order: names, and values narrowed to the
 * underlying type's size and zero-extended. The arrays are stored into the caller's out
 * locations as soon as they exist, which keeps them reachable while the names are made.
 */
static int rt_get_enum_values_and_names(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    vm_object **values_out = a[1].p, **names_out = a[2].p;
    (void)r;
    if (!type)
        return null_handle(t);
    if (!(type->flags & VM_TF_ENUM) || !type->element)
        return vm_throw_new(t, "System", "ArgumentException", "Type provided must be an Enum.");
    const vm_type *def = type->generic_def ? type->generic_def : type;
    md_image *img = def->module->img;
    uint32_t size = vm_value_size(type->element);
    uint64_t mask = size >= 8 ? ~(uint64_t)0 : (((uint64_t)1 << (8 * size)) - 1);
    uint32_t first, nfields = md_list(img, MDC_TypeDef_FieldList, vm_type_row(type), &first);
    uint32_t count = 0;
    for (uint32_t i = 0; i < nfields; i++) {
        uint32_t f = md_list_item(img, MDC_TypeDef_FieldList, first + i);
        uint32_t fl = md_get(img, MDC_Field_Flags, f);
        if ((fl & VM_FIELD_STATIC) && (fl & VM_FIELD_LITERAL))
            count++;
    }
    vm_array *values = vm_new_szarray(t, vm_b.uint64, (intptr_t)count);
    if (!values)
        return -1;
    GC_STORE_REF(values_out, &values->obj);
    vm_array *names = vm_new_szarray(t, vm_b.string, (intptr_t)count);
    if (!names)
        return -1;
    GC_STORE_REF(names_out, &names->obj);
    uint32_t k = 0;
    for (uint32_t i = 0; i < nfields && k < count; i++) {
        uint32_t f = md_list_item(img, MDC_TypeDef_FieldList, first + i);
        uint32_t fl = md_get(img, MDC_Field_Flags, f);
        if (!(fl & VM_FIELD_STATIC) || !(fl & VM_FIELD_LITERAL))
            continue;
        uint32_t c;
        uint64_t v = 0;
        if (md_find(img, MDC_Constant_Parent, MD_TOKEN(MD_Field, f), &c))
            v = constant_value(img, c) & mask;
        memcpy(VM_ARRAY_DATA(values) + (size_t)k * 8, &v, 8);
        const char *fname = md_string(img, md_get(img, MDC_Field_Name, f));
        vm_string *s = vm_string_from_utf8(t, fname, strlen(fname));
        if (!s)
            return -1;
        GC_STORE_REF((vm_object **)VM_ARRAY_DATA(names) + k, &s->obj);
        k++;
    }
    return 0;
}

/* ---- creating instances -------------------------------------------------------------- */

static int cannot_create(vm_thread *t, vm_type *type, const char *reason) {
    char name[512];
    vm_type_name(type, name, sizeof name);
    return vm_throw_newf(t, "System", "MissingMethodException",
                         "Cannot dynamically create an instance of type '%s'. Reason: %s", name,
                         reason);
}

/* Types that have no instances of their own to allocate (and their error). */
static int check_creatable(vm_thread *t, vm_type *type) {
    switch (type->kind) {
    case VM_KIND_INTERFACE:
        return cannot_create(t, type, "Cannot create an instance of an interface.");
    case VM_KIND_SZARRAY: case VM_KIND_ARRAY: case VM_KIND_POINTER: case VM_KIND_BYREF:
    case VM_KIND_FNPTR:
        return vm_throw_new(t, "System", "ArgumentException",
                            "Cannot create an instance of an array, pointer or byref type.");
    case VM_KIND_VAR: case VM_KIND_MVAR:
        return vm_throw_new(t, "System", "ArgumentException",
                            "Cannot create an instance of a generic parameter.");
    default:
        break;
    }
    if (type->flags & (VM_TF_GENERIC_DEF | VM_TF_BYREFLIKE) || (TX(type)->ts & TS_OPEN))
        return cannot_create(t, type, "Cannot create an instance of an open or by-ref-like type.");
    if (type->flags & VM_TF_ABSTRACT)
        return cannot_create(t, type, "Cannot create an abstract class.");
    return 0;
}

/*
 * Reflection wraps what a constructor throws (CoreCLR's Activator does, both forms):
 * raises TargetInvocationException(inner) in place of the pending exception. The inner
 * exception is held by a handle while the wrapper is made; if making it fails, that
 * failure is what is pending.
 */
static int throw_target_invocation(vm_thread *t) {
    vm_object *inner = t->exception;
    t->exception = NULL;
    gc_handle hin = gc_handle_alloc(inner, GC_HANDLE_NORMAL);
    if (!hin)
        return vm_throw_out_of_memory(t);
    int rc = -1;
    vm_type *tie = vm_find_type(t, vm_corlib, "System.Reflection", "TargetInvocationException");
    vm_method *ctor = NULL;
    if (tie && vm_type_prepare(t, tie, VM_TS_READY) == 0) {
        for (uint32_t i = 0; i < tie->nmethods && !ctor; i++) {
            vm_method *m = tie->methods[i];
            if ((m->flags & VM_MF_CTOR) && m->sig.nparams == 1 && !vm_is_value(m->sig.params[0]))
                ctor = m;
        }
        if (!ctor)
            vm_throw(t, inner);     /* no wrapper to be had: the original, unwrapped */
    }
    if (ctor && interp_prepare(t, ctor)) {
        vm_object *exc = vm_new_object(t, tie);
        gc_handle hexc = exc ? gc_handle_alloc(exc, GC_HANDLE_NORMAL) : 0;
        if (exc && !hexc)
            vm_throw_out_of_memory(t);
        if (hexc) {
            vm_slot args[2];
            args[0].o = exc;
            args[1].o = inner;
            if (interp_call(t, ctor, args, 2, NULL, 0) == 0)
                vm_throw(t, exc);
            gc_handle_free(hexc);
        }
    }
    gc_handle_free(hin);
    return rc;
}

/* The type's own instance constructor without parameters, or NULL. */
static vm_method *default_ctor(vm_type *type) {
    for (uint32_t i = 0; i < type->nmethods; i++) {
        vm_method *m = type->methods[i];
        if ((m->flags & VM_MF_CTOR) && !(m->flags & VM_MF_STATIC) && m->sig.nparams == 0 &&
            strcmp(m->name, ".ctor") == 0)
            return m;
    }
    return NULL;
}

static int rt_create_instance_default_ctor(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    if (check_creatable(t, type))
        return -1;
    if (type->flags & VM_TF_NULLABLE) {
        r[0].o = NULL;      /* default(T?) boxes to null */
        return 0;
    }
    if (vm_type_prepare(t, type, VM_TS_READY))
        return -1;
    vm_method *ctor = default_ctor(type);
    if (type->flags & VM_TF_STRING)
        return cannot_create(t, type, "Uninitialized Strings cannot be created.");
    if (!ctor && !vm_is_value(type))
        return cannot_create(t, type, "No parameterless constructor defined.");
    /* as newobj: the class constructor, then the code is ready, and only then the object
     * exists (nothing managed runs while it is held in a C local) */
    if (ctor && (vm_run_cctor(t, type) || !interp_prepare(t, ctor)))
        return -1;
    vm_object *obj = vm_new_object(t, type);
    if (!obj)
        return -1;
    if (ctor) {
        gc_handle h = gc_handle_alloc(obj, GC_HANDLE_NORMAL);
        if (!h)
            return vm_throw_out_of_memory(t);
        vm_slot args[1];
        if (vm_is_value(type))
            args[0].p = VM_BOX_DATA(obj);
        else
            args[0].o = obj;
        int rc = interp_call(t, ctor, args, 1, NULL, 0);
        gc_handle_free(h);
        if (rc)
            return t->exception ? throw_target_invocation(t) : -1;
    }
    r[0].o = obj;
    return 0;
}

static int rt_allocate_uninitialized(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = handle_arg(a);
    if (!type)
        return null_handle(t);
    if (type->flags & VM_TF_STRING)
        return vm_throw_new(t, "System", "ArgumentException",
                            "Uninitialized Strings cannot be created.");
    if (type->kind == VM_KIND_CLASS && (type->flags & VM_TF_ABSTRACT))
        return vm_throw_new(t, "System", "MemberAccessException",
                            "Cannot create an abstract class.");
    if (check_creatable(t, type))
        return -1;
    /* a Nullable<T> box is a boxed T */
    if ((type->flags & VM_TF_NULLABLE) && type->ninst == 1)
        type = type->inst[0];
    vm_object *obj = vm_new_object(t, type);
    if (!obj)
        return -1;
    r[0].o = obj;
    return 0;
}

static int rt_create_szarray(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *elem = handle_arg(a);
    int32_t length = a[1].i4;
    if (!elem)
        return null_handle(t);
    if (length < 0)
        return vm_throw_new(t, "System", "ArgumentOutOfRangeException", "length");
    vm_array *arr = vm_new_szarray(t, elem, length);
    if (!arr)
        return -1;
    r[0].o = &arr->obj;
    return 0;
}

static int rt_create_mdarray(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *elem = handle_arg(a);
    vm_array *lengths = (vm_array *)a[1].o;
    if (!elem)
        return null_handle(t);
    if (!lengths)
        return vm_throw_new(t, "System", "ArgumentNullException", "lengths");
    if (lengths->length < 1 || lengths->length > 32)
        return vm_throw_new(t, "System", "ArgumentException",
                            "Array of rank 1 to 32 only.");
    uint32_t rank = (uint32_t)lengths->length;
    int32_t len[32];
    memcpy(len, VM_ARRAY_DATA(lengths), rank * sizeof len[0]);
    for (uint32_t i = 0; i < rank; i++)
        if (len[i] < 0)
            return vm_throw_new(t, "System", "ArgumentOutOfRangeException", "lengths");
    vm_type *arr_type = vm_type_array(t, elem, rank);
    if (!arr_type)
        return -1;
    vm_array *arr = vm_new_mdarray(t, arr_type, len, NULL);
    if (!arr)
        return -1;
    r[0].o = &arr->obj;
    return 0;
}

/* ---- Type.GetType: parsing a type name ----------------------------------------------- */

/*
 * The grammar (the reflection name syntax CoreCLR accepts, less escapes we do not need):
 *   type     := name ('+' name)* generics? suffix* (',' assembly)?
 *   generics := '[' arg (',' arg)* ']'       arg := '[' type-with-assembly ']' | type
 *   suffix   := '[]' | '[*]' | '[' ','* ']' | '*' | '&'
 * A name is looked up in the named assembly, else in the calling assembly and then the
 * core library, as CoreCLR does.
 */
enum { TN_MAX_ARGS = 32, TN_MAX_SUFFIXES = 16, TN_MAX_DEPTH = 16, TN_NAME = 512 };

typedef struct tn_parser {
    const char *p;
    vm_thread *t;
    vm_module *caller;          /* the assembly that called Type.GetType, or NULL */
    int depth;
} tn_parser;

static void tn_spaces(tn_parser *s) {
    while (*s->p == ' ')
        s->p++;
}

static int tn_delim(char c) {
    return c == 0 || c == '[' || c == ']' || c == ',' || c == '+' || c == '*' || c == '&';
}

/* Appends a simple name to buf (backslash escapes a delimiter). 0, or -1 if empty or
 * too long. */
static int tn_ident(tn_parser *s, char *buf, size_t *len) {
    size_t start = *len;
    while (!tn_delim(*s->p)) {
        char c = *s->p++;
        if (c == '\\' && *s->p)
            c = *s->p++;
        if (*len + 1 >= TN_NAME)
            return -1;
        buf[(*len)++] = c;
    }
    while (*len > start && buf[*len - 1] == ' ')
        (*len)--;
    buf[*len] = 0;
    return *len > start ? 0 : -1;
}

/* Every module a type has been loaded from, so far (the loader keeps no public list). */
static uint32_t known_modules(vm_module **out, uint32_t max) {
    uint32_t n = 0;
    for (vm_typex *x = vm_all_types; x; x = x->all_next) {
        vm_module *m = x->t.module;
        uint32_t i;
        if (!m)
            continue;
        for (i = 0; i < n && out[i] != m; i++)
            ;
        if (i == n && n < max)
            out[n++] = m;
    }
    return n;
}

/* The TypeDef named "Ns.Outer+Inner" in m, or NULL (an exception only if it exists but
 * does not load). */
static vm_type *tn_find_in(vm_thread *t, vm_module *m, char *full) {
    char *plus = strchr(full, '+');
    if (plus)
        *plus = 0;
    char *dot = strrchr(full, '.');
    uint32_t row;
    if (dot) {
        *dot = 0;
        row = vm_module_find_typedef(m, full, dot + 1);
        *dot = '.';
    } else {
        row = vm_module_find_typedef(m, "", full);
    }
    if (plus)
        *plus = '+';
    while (row && plus) {
        char *seg = plus + 1;
        plus = strchr(seg, '+');
        if (plus)
            *plus = 0;
        row = vm_module_find_nested(m, row, seg);
        if (plus)
            *plus = '+';
    }
    return row ? vm_typedef(t, m, row) : NULL;
}

static vm_type *tn_type(tn_parser *s, int allow_assembly);

/* The generic arguments after the '[' that opens them. 0, or -1 (syntax or not found). */
static int tn_generics(tn_parser *s, vm_type **args, uint32_t *nargs) {
    for (;;) {
        tn_spaces(s);
        vm_type *arg;
        if (*s->p == '[') {
            s->p++;
            arg = tn_type(s, 1);
            tn_spaces(s);
            if (!arg || *s->p != ']')
                return -1;
            s->p++;
        } else {
            arg = tn_type(s, 0);
            if (!arg)
                return -1;
        }
        if (*nargs == TN_MAX_ARGS)
            return -1;
        args[(*nargs)++] = arg;
        tn_spaces(s);
        if (*s->p == ',') {
            s->p++;
            continue;
        }
        if (*s->p != ']')
            return -1;
        s->p++;
        return 0;
    }
}

/* Suffixes: 0 for [], n for an array of rank n ([*] is rank 1), -1 pointer, -2 byref. */
static int tn_suffixes(tn_parser *s, int32_t *suf, uint32_t *nsuf) {
    for (;;) {
        int32_t k;
        if (*s->p == '*') {
            s->p++;
            k = -1;
        } else if (*s->p == '&') {
            s->p++;
            k = -2;
        } else if (s->p[0] == '[' && s->p[1] == ']') {
            s->p += 2;
            k = 0;
        } else if (s->p[0] == '[' && s->p[1] == '*' && s->p[2] == ']') {
            s->p += 3;
            k = 1;
        } else if (s->p[0] == '[' && s->p[1] == ',') {
            s->p++;
            for (k = 1; *s->p == ','; s->p++)
                k++;
            if (*s->p != ']')
                return -1;
            s->p++;
        } else {
            return 0;
        }
        if (*nsuf == TN_MAX_SUFFIXES)
            return -1;
        suf[(*nsuf)++] = k;
    }
}

static vm_type *tn_type(tn_parser *s, int allow_assembly) {
    vm_thread *t = s->t;
    char name[TN_NAME], assembly[TN_NAME];
    size_t len = 0;
    vm_type *args[TN_MAX_ARGS];
    uint32_t nargs = 0, nsuf = 0;
    int32_t suf[TN_MAX_SUFFIXES];
    if (++s->depth > TN_MAX_DEPTH)
        return NULL;
    tn_spaces(s);
    if (tn_ident(s, name, &len))
        return NULL;
    while (*s->p == '+') {
        s->p++;
        if (len + 2 >= TN_NAME)
            return NULL;
        name[len++] = '+';
        if (tn_ident(s, name, &len))
            return NULL;
    }
    if (s->p[0] == '[' && s->p[1] != ']' && s->p[1] != ',' && s->p[1] != '*') {
        s->p++;
        if (tn_generics(s, args, &nargs))
            return NULL;
    }
    if (tn_suffixes(s, suf, &nsuf))
        return NULL;
    tn_spaces(s);
    assembly[0] = 0;
    if (allow_assembly && *s->p == ',') {
        /* the simple name; Version=, Culture=… are not checked */
        s->p++;
        tn_spaces(s);
        size_t alen = 0;
        while (*s->p && *s->p != ',' && *s->p != ']' && alen + 1 < sizeof assembly)
            assembly[alen++] = *s->p++;
        while (alen && assembly[alen - 1] == ' ')
            alen--;
        assembly[alen] = 0;
        while (*s->p && *s->p != ']')
            s->p++;
    }

    /* the definition: in the named assembly (framework names are the core library),
     * else the caller's and then the core library */
    vm_module *where[2] = {NULL, NULL};
    if (assembly[0]) {
        vm_module *mods[64];
        uint32_t n = known_modules(mods, 64);
        for (uint32_t i = 0; i < n && !where[0]; i++)
            if (strcmp(mods[i]->name, assembly) == 0)
                where[0] = mods[i];
        if (!where[0])
            where[0] = vm_corlib;
    } else {
        where[0] = s->caller;
        where[1] = vm_corlib;
    }
    vm_type *type = NULL;
    for (int i = 0; i < 2 && !type; i++)
        if (where[i] && (i == 0 || where[i] != where[0])) {
            type = tn_find_in(t, where[i], name);
            if (!type && t->exception)
                return NULL;
        }
    if (!type)
        return NULL;
    if (nargs) {
        if (!(type->flags & VM_TF_GENERIC_DEF) || nargs != type->ngeneric) {
            /* CoreCLR throws here even when asked not to */
            vm_throw_new(t, "System", "ArgumentException",
                         "The number of generic arguments provided doesn't equal the arity of "
                         "the generic type definition. (Parameter 'typeArguments')");
            return NULL;
        }
        type = vm_type_instantiate(t, type, nargs, args);
        if (!type)
            return NULL;
    }
    for (uint32_t i = 0; i < nsuf && type; i++) {
        if (suf[i] == 0)
            type = vm_type_szarray(t, type);
        else if (suf[i] > 0)
            type = vm_type_array(t, type, (uint32_t)suf[i]);
        else if (suf[i] == -1)
            type = vm_type_pointer(t, type);
        else
            type = vm_type_byref(t, type);
    }
    s->depth--;
    return type;
}

/* The assembly of the innermost managed frame outside the core library. */
static vm_module *calling_module(vm_thread *t) {
    vm_method *frames[32];
    uint32_t offsets[32];
    uint32_t n = interp_stack_trace(t, frames, offsets, 32, 0);
    for (uint32_t i = 0; i < n; i++) {
        vm_module *m = frames[i]->owner->module;
        if (m && !m->is_corlib)
            return m;
    }
    return NULL;
}

static int rt_get_type_by_name(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_string *name = (vm_string *)a[0].o;
    if (!name)
        return vm_throw_new(t, "System", "ArgumentNullException", "typeName");
    char *u = vm_string_to_utf8(name);
    if (!u)
        return vm_throw_out_of_memory(t);
    tn_parser s = {u, t, calling_module(t), 0};
    vm_type *type = tn_type(&s, 1);
    tn_spaces(&s);
    int complete = *s.p == 0;
    free(u);
    if (!type && t->exception)
        return -1;
    return icall_ret_type(t, r, complete ? type : NULL);
}

/* ---- the table ----------------------------------------------------------------------- */

const icall_entry vm_icalls_type[] = {
    {"System.RuntimeType::GetTypeFromHandleValue", rt_get_type_from_handle},
    {"System.RuntimeType::GetTypeByName", rt_get_type_by_name},
    {"System.RuntimeType::GetTypeFlags", rt_get_type_flags},
    {"System.RuntimeType::GetTypeAttributes", rt_get_type_attributes},
    {"System.RuntimeType::GetMetadataName", rt_get_metadata_name},
    {"System.RuntimeType::GetMetadataNamespace", rt_get_metadata_namespace},
    {"System.RuntimeType::GetDeclaringType", rt_get_declaring_type},
    {"System.RuntimeType::GetBaseType", rt_get_base_type},
    {"System.RuntimeType::GetElementTypeOf", rt_get_element_type},
    {"System.RuntimeType::GetArrayRankOf", rt_get_array_rank},
    {"System.RuntimeType::GetGenericArgumentsOf", rt_get_generic_arguments},
    {"System.RuntimeType::GetGenericTypeDefinitionOf", rt_get_generic_type_definition},
    {"System.RuntimeType::GetGenericParameterPositionOf", rt_get_generic_parameter_position},
    {"System.RuntimeType::GetInterfacesOf", rt_get_interfaces},
    {"System.RuntimeType::IsAssignableFromCore", rt_is_assignable_from},
    {"System.RuntimeType::GetAssemblyFullName", rt_get_assembly_full_name},
    {"System.RuntimeType::GetEnumUnderlyingTypeOf", rt_get_enum_underlying_type},
    {"System.RuntimeType::GetEnumValuesAndNames", rt_get_enum_values_and_names},
    {"System.RuntimeType::HasCustomAttributeCore", rt_has_custom_attribute},
    {"System.RuntimeType::CreateInstanceDefaultCtor", rt_create_instance_default_ctor},
    {"System.RuntimeType::AllocateUninitialized", rt_allocate_uninitialized},
    {"System.RuntimeType::CreateSZArray", rt_create_szarray},
    {"System.RuntimeType::CreateMDArray", rt_create_mdarray},
    {"System.RuntimeType::MakePointerTypeOf", rt_make_pointer_type},
    {"System.RuntimeType::MakeByRefTypeOf", rt_make_byref_type},
    {"System.RuntimeType::MakeGenericTypeOf", rt_make_generic_type},
    {NULL, NULL},
};
