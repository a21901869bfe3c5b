/*
 * icall_reflect.c — internal calls behind reflection over members (corlib
 * System/Reflection/Runtime*.cs and RuntimeType's member lists): a method is named by
 * its vm_method pointer, a field by its vm_field pointer, both passed as IntPtr.
 *
 * The split: C# owns policy (binding flags, hiding, overload choice, argument checks
 * and conversions, exception wrapping); this file owns mechanics (what metadata says,
 * moving values between boxes, fields and call slots, calling).
 */
#include <stdlib.h>
#include <string.h>

#include "gc/gc.h"
#include "interp/interp.h"
#include "vm/icall_int.h"
#include "vm/object.h"
#include "vm/reflect.h"
#include "vm/vm_int.h"

/* MethodSemantics flags (ECMA-335 II.23.1.12). */
enum { MS_SETTER = 0x1, MS_GETTER = 0x2 };

/* A value type's bytes never exceed this in a call made from here (the interpreter's
 * own bound for C calls is 64 slots). */
enum { MAX_CALL_SLOTS = 64 };

/* ---- returning values ---------------------------------------------------------------- */

/* A new IntPtr[] of host pointers. */
static int ret_pointer_array(vm_thread *t, vm_slot *r, uint32_t n, void *const *ptrs) {
    vm_array *arr = vm_new_szarray(t, vm_b.intptr, (intptr_t)n);
    if (!arr)
        return -1;
    if (n)
        memcpy(VM_ARRAY_DATA(arr), ptrs, n * sizeof *ptrs);
    r[0].o = &arr->obj;
    return 0;
}

static vm_method *method_arg(vm_slot *a) { return (vm_method *)a[0].p; }
static vm_field *field_arg(vm_slot *a) { return (vm_field *)a[0].p; }

static int null_handle(vm_thread *t) {
    return vm_throw_new(t, "System", "ArgumentNullException", "handle");
}

/* ---- values: boxes, memory and call slots --------------------------------------------- */

/* Unmanaged pointers and function pointers: moved as a native int. */
static int is_pointer(const vm_type *type) {
    return type->kind == VM_KIND_POINTER || type->kind == VM_KIND_FNPTR;
}

/* The element type that decides how a small integer widens (an enum's underlying). */
static uint8_t prim_of(const vm_type *type) {
    if ((type->flags & VM_TF_ENUM) && type->element)
        return type->element->elem;
    return type->elem;
}

/* A value as it sits in memory (a field, a box) to its call slots: small integers are
 * widened to int32 as on the evaluation stack; everything else is its bytes. */
static void mem_to_slots(const vm_type *type, const void *src, vm_slot *dst) {
    uint32_t size = vm_value_size(type);
    memset(dst, 0, ((size + 7) / 8 ? (size + 7) / 8 : 1) * sizeof(vm_slot));
    if (vm_stack_kind(type) == VM_SK_I4 && size < 4) {
        uint8_t e = prim_of(type);
        if (size == 1)
            dst->i4 = e == MD_ELEM_I1 ? *(const int8_t *)src : *(const uint8_t *)src;
        else {
            uint16_t u;
            memcpy(&u, src, 2);
            dst->i4 = e == MD_ELEM_I2 ? (int16_t)u : u;
        }
        return;
    }
    memcpy(dst, src, size);
}

/* The reverse: a returned value's slots to its bytes in memory. */
static void slots_to_mem(const vm_type *type, const vm_slot *src, void *dst) {
    uint32_t size = vm_value_size(type);
    if (vm_stack_kind(type) == VM_SK_I4 && size < 4) {
        if (size == 1)
            *(uint8_t *)dst = (uint8_t)src->i4;
        else {
            uint16_t u = (uint16_t)src->i4;
            memcpy(dst, &u, 2);
        }
        return;
    }
    memcpy(dst, src, size);
}

/*
 * Copies a boxed argument into memory laid out as `type` (a value type): null gives the
 * zero value, a Nullable<T> is built from a boxed T. The caller (C#) has already made
 * the box's type exactly `type` (or T for Nullable<T>); an enum and its underlying
 * primitive are accepted either way.
 */
static int unbox_to_mem(vm_thread *t, vm_type *type, vm_object *box, void *dst) {
    uint32_t size = vm_value_size(type);
    memset(dst, 0, size);
    if (!box)
        return 0;
    vm_type *want = type;
    uint32_t offset = 0;
    if (type->flags & VM_TF_NULLABLE) {
        vm_field *val = vm_find_field(type, "value");
        if (!val)
            return vm_throw_new(t, "System", "TypeLoadException", "Nullable<T> has no value field");
        want = val->type;
        offset = val->offset;
        *(uint8_t *)dst = 1;      /* hasValue comes first (corlib's layout) */
    }
    vm_type *have = box->type;
    vm_type *a = (have->flags & VM_TF_ENUM) ? have->element : have;
    vm_type *b = (want->flags & VM_TF_ENUM) ? want->element : want;
    if (a != b)
        return vm_throw_invalid_cast(t, have, want);
    memcpy((uint8_t *)dst + offset, VM_BOX_DATA(box), vm_value_size(want));
    return 0;
}

/* A value type's bytes, big enough for any value passed here (checked by callers). */
typedef union value_buf {
    uint8_t bytes[MAX_CALL_SLOTS * sizeof(vm_slot)];
    vm_slot slots[MAX_CALL_SLOTS];
} value_buf;

/* ---- generic parameters, named ------------------------------------------------------- */

/*
 * Signatures use shared placeholders (!0, !!0) with no names; reflection shows the
 * declared names ("T Gen[T](T)"). A method definition's own parameter types are made
 * once, named from the GenericParam table; a type definition's come from icall_type.c.
 */
typedef struct mparams {
    vm_method *owner;
    vm_type **params;
    struct mparams *next;
} mparams;

static mparams *all_mparams;

static vm_type **method_params(vm_method *def) {
    for (mparams *g = all_mparams; g; g = g->next)
        if (g->owner == def)
            return g->params;
    uint32_t n = def->sig.ngeneric;
    mparams *g = malloc(sizeof *g);
    vm_type **p = calloc(n ? n : 1, sizeof *p);
    if (!g || !p)
        vm_fatal("out of memory");
    vm_module *mod = def->owner->generic_def ? def->owner->generic_def->module : def->owner->module;
    for (uint32_t i = 0; i < n; i++) {
        vm_type *v = vm_type_alloc(VM_KIND_MVAR);
        v->elem = MD_ELEM_MVAR;
        v->gparam_index = i;
        v->name = "T";
        v->nspace = "";
        v->module = mod;
        v->state = VM_TS_READY;
        TX(v)->ts |= TS_OPEN | TS_IFACES | TS_INST_DONE;
        p[i] = v;
    }
    uint32_t r;
    if (mod && md_find(mod->img, MDC_GenericParam_Owner, def->token, &r)) {
        for (; r; r = md_find_next(mod->img, MDC_GenericParam_Owner, def->token, r)) {
            uint32_t num = md_get(mod->img, MDC_GenericParam_Number, r);
            if (num < n)
                p[num]->name = md_string(mod->img, md_get(mod->img, MDC_GenericParam_Name, r));
        }
    }
    g->owner = def;
    g->params = p;
    g->next = all_mparams;
    all_mparams = g;
    return p;
}

/* A signature type as reflection shows it for a member of `owner` (and of method m, if
 * any): placeholders of an open definition become its named parameters, also inside
 * byrefs, pointers, T[] and generic instantiations. */
static vm_type *shown_type(vm_thread *t, vm_type *owner, vm_method *m, vm_type *type) {
    if (!type)
        return vm_b.void_;
    switch (type->kind) {
    case VM_KIND_MVAR:
        if (m && (m->flags & VM_MF_GENERIC_DEF) && !m->generic_def &&
            type->gparam_index < m->sig.ngeneric && type == vm_type_var(1, type->gparam_index))
            return method_params(m)[type->gparam_index];
        return type;
    case VM_KIND_VAR:
        if ((owner->flags & VM_TF_GENERIC_DEF) && !owner->generic_def &&
            type->gparam_index < owner->ngeneric && type == vm_type_var(0, type->gparam_index))
            return vm_reflect_type_params(owner)[type->gparam_index];
        return type;
    case VM_KIND_BYREF: case VM_KIND_POINTER: case VM_KIND_SZARRAY: {
        vm_type *e = shown_type(t, owner, m, type->element);
        if (e == type->element)
            return type;
        vm_type *r = type->kind == VM_KIND_BYREF ? vm_type_byref(t, e)
                     : type->kind == VM_KIND_POINTER ? vm_type_pointer(t, e)
                                                     : vm_type_szarray(t, e);
        return r ? r : type;
    }
    default:
        break;
    }
    if (!type->generic_def || !(TX(type)->ts & TS_OPEN) || type->ninst > 32)
        return type;
    vm_type *args[32];
    int changed = 0;
    for (uint32_t i = 0; i < type->ninst; i++) {
        args[i] = shown_type(t, owner, m, type->inst[i]);
        changed |= args[i] != type->inst[i];
    }
    if (!changed)
        return type;
    vm_type *r = vm_type_instantiate(t, type->generic_def, type->ninst, args);
    if (!r)
        t->exception = NULL;    /* only a name is at stake: show the placeholder form */
    return r ? r : type;
}

/* Raises what kept a method's signature from resolving (its types do not load). */
static int check_sig(vm_thread *t, vm_method *m) {
    vm_method *def = m->generic_def ? m->generic_def : m;
    if (!MTX(def)->bad_sig)
        return 0;
    vm_module *om = m->owner->generic_def ? m->owner->generic_def->module : m->owner->module;
    vm_generic_ctx ctx;
    vm_method_ctx(m, &ctx);
    vm_sig tmp;
    md_blob blob = md_blob_at(om->img, md_get(om->img, MDC_MethodDef_Signature,
                                               MD_TOKEN_ROW(m->token)));
    if (vm_parse_method_sig(t, om, blob, &ctx, &tmp) == 0) {
        free(tmp.params);
        return vm_throw_type_load(t, m->owner);
    }
    return -1;
}

/* ---- System.Reflection.RuntimeMethodInfo: facts ---------------------------------------- */

static vm_field *f_methodptr;

static int rm_get_delegate_method(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_object *d = a[0].o;
    if (!d)
        return vm_throw_new(t, "System", "ArgumentNullException", "d");
    if (!f_methodptr) {
        f_methodptr = vm_find_field(vm_b.delegate, "_methodPtr");
        if (!f_methodptr)
            vm_fatal("the core library's Delegate lacks _methodPtr");
    }
    /* the method ldftn/ldvirtftn gave the constructor (ldvirtftn resolved it already) */
    r[0].p = *(vm_method **)((uint8_t *)d + f_methodptr->offset);
    return 0;
}

static int rm_get_method_name(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *m = method_arg(a);
    if (!m)
        return null_handle(t);
    return icall_ret_string(t, r, m->name);
}

static int rm_get_method_declaring_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *m = method_arg(a);
    if (!m)
        return null_handle(t);
    return icall_ret_type(t, r, m->owner);
}

static int rm_get_method_attributes(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *m = method_arg(a);
    if (!m)
        return null_handle(t);
    icall_ret_i4(r, m->md_flags);
    return 0;
}

static int rm_get_method_return_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *m = method_arg(a);
    if (!m)
        return null_handle(t);
    if (check_sig(t, m))
        return -1;
    return icall_ret_type(t, r, shown_type(t, m->owner, m, m->sig.ret));
}

static int rm_get_method_parameter_types(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *m = method_arg(a);
    if (!m)
        return null_handle(t);
    if (check_sig(t, m))
        return -1;
    uint32_t n = m->sig.nparams;
    vm_type **types = malloc((n ? n : 1) * sizeof *types);
    if (!types)
        return vm_throw_out_of_memory(t);
    for (uint32_t i = 0; i < n; i++)
        types[i] = shown_type(t, m->owner, m, m->sig.params[i]);
    int rc = icall_ret_type_array(t, r, n, types);
    free(types);
    return rc;
}

/*
 * GetMethodParameters(method, out names, out attributes): from the Param rows, each
 * parameter's name (null if it has none) and ParameterAttributes, by position. The
 * arrays go to the out locations as soon as they exist (reachable from there).
 */
static int rm_get_method_parameters(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *m = method_arg(a);
    vm_object **names_out = a[1].p, **attrs_out = a[2].p;
    (void)r;
    if (!m)
        return null_handle(t);
    uint32_t n = m->sig.nparams;
    vm_array *names = vm_new_szarray(t, vm_b.string, (intptr_t)n);
    if (!names)
        return -1;
    GC_STORE_REF(names_out, &names->obj);
    vm_array *attrs = vm_new_szarray(t, vm_b.int32, (intptr_t)n);
    if (!attrs)
        return -1;
    GC_STORE_REF(attrs_out, &attrs->obj);
    vm_type *odef = m->owner->generic_def ? m->owner->generic_def : m->owner;
    if (!odef->module || MD_TOKEN_TABLE(m->token) != MD_MethodDef)
        return 0;
    md_image *img = odef->module->img;
    uint32_t first, count = md_list(img, MDC_MethodDef_ParamList, MD_TOKEN_ROW(m->token), &first);
    for (uint32_t i = 0; i < count; i++) {
        uint32_t p = md_list_item(img, MDC_MethodDef_ParamList, first + i);
        uint32_t seq = md_get(img, MDC_Param_Sequence, p);
        if (seq == 0 || seq > n)
            continue;
        int32_t flags = (int32_t)md_get(img, MDC_Param_Flags, p);
        memcpy(VM_ARRAY_DATA(attrs) + 4 * (seq - 1), &flags, 4);
        const char *name = md_string(img, md_get(img, MDC_Param_Name, p));
        if (!*name)
            continue;
        vm_string *s = vm_string_from_utf8(t, name, strlen(name));
        if (!s)
            return -1;
        GC_STORE_REF((vm_object **)VM_ARRAY_DATA(names) + (seq - 1), &s->obj);
    }
    return 0;
}

/* The virtual slot (C# uses it to leave out overridden methods of base types), or -1. */
static int rm_get_method_slot(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *m = method_arg(a);
    if (!m)
        return null_handle(t);
    icall_ret_i4(r, (m->flags & VM_MF_VIRTUAL) ? m->slot : -1);
    return 0;
}

static int rm_get_method_token(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *m = method_arg(a);
    if (!m)
        return null_handle(t);
    icall_ret_i4(r, (int32_t)m->token);
    return 0;
}

/* Type arguments of an instantiated generic method, the named parameters of a
 * definition, or none. */
static int rm_get_method_generic_arguments(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *m = method_arg(a);
    if (!m)
        return null_handle(t);
    if (m->generic_def)
        return icall_ret_type_array(t, r, m->ninst, m->inst);
    if (m->flags & VM_MF_GENERIC_DEF)
        return icall_ret_type_array(t, r, m->sig.ngeneric, method_params(m));
    return icall_ret_type_array(t, r, 0, NULL);
}

static int rm_get_generic_method_definition(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *m = method_arg(a);
    if (!m)
        return null_handle(t);
    r[0].p = m->generic_def ? m->generic_def : m;
    return 0;
}

/* MakeGenericMethod: the instantiation over an IntPtr[] of type handles. */
static int rm_make_generic_method(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *def = method_arg(a);
    vm_array *args = (vm_array *)a[1].o;
    if (!def)
        return null_handle(t);
    if (!args)
        return vm_throw_new(t, "System", "ArgumentNullException", "typeArguments");
    uint32_t n = (uint32_t)args->length;
    vm_type **targs = malloc((n ? n : 1) * sizeof *targs);
    if (!targs)
        return vm_throw_out_of_memory(t);
    memcpy(targs, VM_ARRAY_DATA(args), n * sizeof *targs);
    vm_method *inst = vm_method_instantiate(t, def, n, targs);
    free(targs);
    if (!inst)
        return -1;
    r[0].p = inst;
    return 0;
}

/* ---- System.Reflection.RuntimeMethodInfo: calling ----------------------------------- */

/*
 * Lays out the arguments of m in call slots. args (object[]) holds one object per
 * parameter, already converted by C# to the parameter's type (a box of exactly that
 * value type, or null). A byref parameter gets the address of a temporary that is
 * stored back into args after the call (temps[i], a box-shaped holder of the element
 * type: reachable from this C frame, which the collector scans).
 */
static int lay_out_args(vm_thread *t, vm_method *m, vm_array *args, vm_object **temps,
                        vm_slot *slots, uint32_t *pos) {
    uint32_t n = m->sig.nparams;
    for (uint32_t i = 0; i < n; i++) {
        vm_type *pt = m->sig.params[i];
        vm_object *v = ((vm_object **)VM_ARRAY_DATA(args))[i];
        if (*pos >= MAX_CALL_SLOTS)
            goto too_many;
        if (pt->kind == VM_KIND_BYREF) {
            vm_type *et = pt->element;
            if (!vm_is_value(et)) {
                /* a reference: point at the array element, which the callee may replace */
                slots[(*pos)++].p = (vm_object **)VM_ARRAY_DATA(args) + i;
                continue;
            }
            vm_object *holder = vm_new_object(t, et);
            if (!holder)
                return -1;
            temps[i] = holder;
            if (unbox_to_mem(t, et, v, VM_BOX_DATA(holder)))
                return -1;
            slots[(*pos)++].p = VM_BOX_DATA(holder);
            continue;
        }
        if (is_pointer(pt)) {
            /* an IntPtr (or UIntPtr) box, or null, carries a pointer */
            if (v && v->type != vm_b.intptr && v->type != vm_b.uintptr)
                return vm_throw_invalid_cast(t, v->type, vm_b.intptr);
            slots[(*pos)++].p = v ? *(void **)VM_BOX_DATA(v) : NULL;
            continue;
        }
        if (vm_is_ref(pt)) {
            slots[(*pos)++].o = v;
            continue;
        }
        if (!vm_is_value(pt))
            return vm_throw_new(t, "System", "NotSupportedException",
                                "A parameter of this type cannot be passed by reflection.");
        uint32_t size = vm_value_size(pt), ns = (size + 7) / 8 ? (size + 7) / 8 : 1;
        if (*pos + ns > MAX_CALL_SLOTS)
            goto too_many;
        value_buf buf;
        if (unbox_to_mem(t, pt, v, buf.bytes))
            return -1;
        mem_to_slots(pt, buf.bytes, slots + *pos);
        *pos += ns;
    }
    return 0;
too_many:
    return vm_throw_new(t, "System", "NotSupportedException",
                        "Too many or too large arguments for a reflection call.");
}

/* After the call: byref value-type arguments go back into args as new boxes. */
static int store_back(vm_thread *t, vm_method *m, vm_array *args, vm_object **temps) {
    for (uint32_t i = 0; i < m->sig.nparams; i++) {
        if (!temps[i])
            continue;
        vm_object *box = vm_box(t, m->sig.params[i]->element, VM_BOX_DATA(temps[i]));
        if (!box && t->exception)
            return -1;
        GC_STORE_REF((vm_object **)VM_ARRAY_DATA(args) + i, box);
    }
    return 0;
}

/* The result of a call as an object: null for void, the reference, or a new box. */
static int box_result(vm_thread *t, vm_type *rt, const vm_slot *ret, vm_slot *r) {
    if (!rt || rt->elem == MD_ELEM_VOID) {
        r[0].o = NULL;
        return 0;
    }
    if (is_pointer(rt)) {
        /* XXX: .NET gives a System.Reflection.Pointer; an IntPtr carries the same address */
        vm_object *box = vm_box(t, vm_b.intptr, &ret[0].p);
        if (!box)
            return -1;
        r[0].o = box;
        return 0;
    }
    if (vm_is_ref(rt)) {
        r[0].o = ret[0].o;
        return 0;
    }
    if (!vm_is_value(rt))
        return vm_throw_new(t, "System", "NotSupportedException",
                            "ByRef return value not supported in reflection invocation.");
    value_buf buf;
    slots_to_mem(rt, ret, buf.bytes);
    vm_object *box = vm_box(t, rt, buf.bytes);
    if (!box && t->exception)
        return -1;
    r[0].o = box;
    return 0;
}

/*
 * InvokeMethod(method, target, args, out calleeThrew): calls the method (virtually on
 * the target, as MethodInfo.Invoke does) and returns the boxed result. C# has checked
 * the target and converted the arguments. An exception from the callee stays pending
 * with calleeThrew set, for C# to wrap in TargetInvocationException; one raised here
 * (a type that does not load) is not wrapped.
 */
static int rm_invoke_method(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *m = method_arg(a);
    vm_object *target = a[1].o;
    vm_array *args = (vm_array *)a[2].o;
    uint8_t *callee_threw = a[3].p;
    if (!m)
        return null_handle(t);
    *callee_threw = 0;
    if (check_sig(t, m))
        return -1;
    uint32_t n = m->sig.nparams;
    if ((n && !args) || (args && args->length != n))
        return vm_throw_new(t, "System.Reflection", "TargetParameterCountException",
                            "Parameter count mismatch.");
    if (vm_type_prepare(t, m->owner, VM_TS_READY))
        return -1;
    int has_this = (m->sig.callconv & MD_CC_HASTHIS) != 0;
    if (has_this && !target)
        return vm_throw_new(t, "System.Reflection", "TargetException",
                            "Non-static method requires a target.");
    if (has_this && (m->flags & VM_MF_VIRTUAL) && target->type != m->owner) {
        m = vm_resolve_virtual(t, target->type, m);
        if (!m)
            return -1;
    }
    if (!has_this) {
        *callee_threw = 1;      /* .NET wraps what the class constructor throws */
        if (vm_run_cctor(t, m->owner))
            return -1;
        *callee_threw = 0;
    }
    vm_type *rt = m->sig.ret;
    vm_slot slots[MAX_CALL_SLOTS], ret[MAX_CALL_SLOTS];
    vm_object *temps[MAX_CALL_SLOTS] = {0};     /* on this stack: scanned by the collector */
    uint32_t pos = 0;
    if (rt && vm_value_size(rt) > sizeof ret)
        return vm_throw_new(t, "System", "NotSupportedException", "The result is too large.");
    if (has_this)
        slots[pos++].p = m->owner->kind == VM_KIND_VALUETYPE ? VM_BOX_DATA(target)
                                                              : (void *)target;
    if (lay_out_args(t, m, args, temps, slots, &pos) ||
        (!(m->flags & VM_MF_INTERNALCALL) && !interp_prepare(t, m)))
        return -1;
    /* set before the call: exception filters in the callers run (first pass) while the
     * callee is still on the stack, and C# tells callee exceptions by this flag */
    *callee_threw = 1;
    if (interp_call(t, m, slots, pos, ret, 0))
        return -1;
    *callee_threw = 0;
    if (store_back(t, m, args, temps))
        return -1;
    return box_result(t, rt, ret, r);
}

/*
 * InvokeConstructor(ctor, args, out calleeThrew): a new object (a box for a value
 * type) initialised by the constructor, the class constructor having run first, as
 * newobj does. Exceptions as InvokeMethod.
 */
static int rm_invoke_constructor(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_method *m = method_arg(a);
    vm_array *args = (vm_array *)a[1].o;
    uint8_t *callee_threw = a[2].p;
    if (!m)
        return null_handle(t);
    *callee_threw = 0;
    if (check_sig(t, m))
        return -1;
    vm_type *type = m->owner;
    uint32_t n = m->sig.nparams;
    if ((n && !args) || (args && args->length != n))
        return vm_throw_new(t, "System.Reflection", "TargetParameterCountException",
                            "Parameter count mismatch.");
    if (type->flags & (VM_TF_STRING | VM_TF_DELEGATE) || type->kind == VM_KIND_SZARRAY ||
        type->kind == VM_KIND_ARRAY)
        return vm_throw_new(t, "System", "NotSupportedException",
                            "Creating strings, delegates or arrays through a constructor's "
                            "Invoke is not supported.");
    if (vm_type_prepare(t, type, VM_TS_READY))
        return -1;
    *callee_threw = 1;      /* .NET wraps a failing class constructor too */
    if (vm_run_cctor(t, type))
        return -1;
    *callee_threw = 0;
    if (!interp_prepare(t, m))
        return -1;
    vm_slot slots[MAX_CALL_SLOTS];
    vm_object *temps[MAX_CALL_SLOTS] = {0};     /* on this stack: scanned by the collector */
    uint32_t pos = 0;
    vm_object *obj = vm_new_object(t, type);     /* held by this frame: scanned */
    if (!obj)
        return -1;
    slots[pos++].p = vm_is_value(type) ? VM_BOX_DATA(obj) : (void *)obj;
    if (lay_out_args(t, m, args, temps, slots, &pos))
        return -1;
    *callee_threw = 1;      /* before the call, as in rm_invoke_method */
    if (interp_call(t, m, slots, pos, NULL, 0))
        return -1;
    *callee_threw = 0;
    if (store_back(t, m, args, temps))
        return -1;
    if (type->flags & VM_TF_NULLABLE) {
        /* a Nullable<T> boxes as its T */
        vm_object *box = vm_box(t, type, VM_BOX_DATA(obj));
        if (!box && t->exception)
            return -1;
        obj = box;
    }
    r[0].o = obj;
    return 0;
}

/* ---- System.Reflection.RuntimeFieldInfo ------------------------------------------------- */

static int rf_get_field_name(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_field *f = field_arg(a);
    if (!f)
        return null_handle(t);
    return icall_ret_string(t, r, f->name);
}

static int rf_get_field_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_field *f = field_arg(a);
    if (!f)
        return null_handle(t);
    return icall_ret_type(t, r, shown_type(t, f->owner, NULL, f->type));
}

static int rf_get_field_declaring_type(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_field *f = field_arg(a);
    if (!f)
        return null_handle(t);
    return icall_ret_type(t, r, f->owner);
}

static int rf_get_field_attributes(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_field *f = field_arg(a);
    if (!f)
        return null_handle(t);
    icall_ret_i4(r, f->md_flags);
    return 0;
}

static int rf_get_field_token(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_field *f = field_arg(a);
    if (!f)
        return null_handle(t);
    icall_ret_i4(r, (int32_t)f->token);
    return 0;
}

/* The module whose metadata describes a field (its owner's definition's). */
static vm_module *field_module(const vm_field *f) {
    const vm_type *def = f->owner->generic_def ? f->owner->generic_def : f->owner;
    return def->module;
}

/* A literal (const) field's value from the Constant table, boxed as the field's type. */
static int literal_value(vm_thread *t, vm_field *f, vm_slot *r) {
    vm_module *mod = field_module(f);
    uint32_t c;
    r[0].o = NULL;
    if (!mod || !md_find(mod->img, MDC_Constant_Parent, f->token, &c))
        return 0;
    md_image *img = mod->img;
    uint32_t elem = md_get(img, MDC_Constant_Type, c);
    md_blob b = md_blob_at(img, md_get(img, MDC_Constant_Value, c));
    if (elem == MD_ELEM_STRING) {
        uint32_t nchars = b.size / 2;
        uint16_t *u = malloc((nchars ? nchars : 1) * sizeof *u);
        if (!u)
            return vm_throw_out_of_memory(t);
        for (uint32_t i = 0; i < nchars; i++)
            u[i] = md_utf16_at(b.data, i);
        vm_string *s = vm_string_from_utf16(t, u, nchars);
        free(u);
        if (!s)
            return -1;
        r[0].o = &s->obj;
        return 0;
    }
    if (!vm_is_value(f->type))
        return 0;       /* a null reference constant */
    /* the blob is little-endian; the value is stored at its size in host order */
    uint64_t v = 0;
    uint32_t n = b.size < 8 ? b.size : 8;
    for (uint32_t i = 0; i < n; i++)
        v |= (uint64_t)b.data[i] << (8 * i);
    value_buf buf;
    memset(buf.bytes, 0, 8);
    uint32_t size = vm_value_size(f->type);
    switch (size) {
    case 1: buf.bytes[0] = (uint8_t)v; break;
    case 2: { uint16_t x = (uint16_t)v; memcpy(buf.bytes, &x, 2); break; }
    case 4: { uint32_t x = (uint32_t)v; memcpy(buf.bytes, &x, 4); break; }
    case 8: memcpy(buf.bytes, &v, 8); break;
    default: return 0;
    }
    vm_object *box = vm_box(t, f->type, buf.bytes);
    if (!box && t->exception)
        return -1;
    r[0].o = box;
    return 0;
}

/* Where a field's value lives: static storage (class constructor run first) or inside
 * the target (an object, or a box for a value type's field). NULL with an exception. */
static uint8_t *field_address(vm_thread *t, vm_field *f, vm_object *target) {
    if (f->md_flags & VM_FIELD_STATIC) {
        if (vm_type_prepare(t, f->owner, VM_TS_READY) || vm_run_cctor(t, f->owner))
            return NULL;
        return f->owner->statics + f->offset;
    }
    if (!target) {
        vm_throw_new(t, "System.Reflection", "TargetException",
                     "Non-static field requires a target.");
        return NULL;
    }
    if (vm_is_value(f->owner))
        return (uint8_t *)VM_BOX_DATA(target) + f->offset;
    return (uint8_t *)target + f->offset;
}

static int rf_get_field_value(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_field *f = field_arg(a);
    vm_object *target = a[1].o;
    if (!f)
        return null_handle(t);
    if (f->md_flags & VM_FIELD_LITERAL)
        return literal_value(t, f, r);
    uint8_t *p = field_address(t, f, target);
    if (!p)
        return -1;
    if (is_pointer(f->type)) {
        /* XXX: .NET gives a System.Reflection.Pointer; an IntPtr carries the same address */
        vm_object *box = vm_box(t, vm_b.intptr, p);
        if (!box)
            return -1;
        r[0].o = box;
        return 0;
    }
    if (vm_is_ref(f->type)) {
        r[0].o = *(vm_object **)p;
        return 0;
    }
    if (!vm_is_value(f->type))
        return vm_throw_new(t, "System", "NotSupportedException",
                            "A field of this type cannot be read by reflection.");
    vm_object *box = vm_box(t, f->type, p);
    if (!box && t->exception)
        return -1;
    r[0].o = box;
    return 0;
}

/* SetFieldValue(field, target, value): value already converted by C#. */
static int rf_set_field_value(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_field *f = field_arg(a);
    vm_object *target = a[1].o, *value = a[2].o;
    (void)r;
    if (!f)
        return null_handle(t);
    if (f->md_flags & VM_FIELD_LITERAL)
        return vm_throw_new(t, "System", "FieldAccessException", "Cannot set a constant field.");
    uint8_t *p = field_address(t, f, target);
    if (!p)
        return -1;
    if (is_pointer(f->type)) {
        if (value && value->type != vm_b.intptr && value->type != vm_b.uintptr)
            return vm_throw_invalid_cast(t, value->type, vm_b.intptr);
        void *v = value ? *(void **)VM_BOX_DATA(value) : NULL;
        memcpy(p, &v, sizeof v);
        return 0;
    }
    if (vm_is_ref(f->type)) {
        if (value && !vm_is_assignable(f->type, value->type))
            return vm_throw_invalid_cast(t, value->type, f->type);
        GC_STORE_REF(p, value);
        return 0;
    }
    value_buf buf;
    uint32_t size = vm_value_size(f->type);
    if (!vm_is_value(f->type) || size > sizeof buf.bytes)
        return vm_throw_new(t, "System", "NotSupportedException",
                            "A field of this type cannot be set by reflection.");
    if (unbox_to_mem(t, f->type, value, buf.bytes))
        return -1;
    memcpy(p, buf.bytes, size);
    if (f->type->flags & VM_TF_HAS_REFS)
        gc_write_barrier_range(p, size);
    return 0;
}

/* ---- System.RuntimeType: member lists ------------------------------------------------- */

/* Types whose members come from a TypeDef of their own (arrays and the like: none). */
static int has_members(const vm_type *type) {
    return (type->kind == VM_KIND_CLASS || type->kind == VM_KIND_VALUETYPE ||
            type->kind == VM_KIND_INTERFACE) && vm_type_row(type) != 0;
}

/* methods[] of a type; READY too (virtual slots assigned) unless it is an open generic
 * definition, which is never laid out for use. */
static int ensure_methods(vm_thread *t, vm_type *type) {
    if (vm_type_methods(t, type))
        return -1;
    if ((type->flags & VM_TF_GENERIC_DEF) || (TX(type)->ts & TS_OPEN))
        return 0;
    return vm_type_prepare(t, type, VM_TS_READY);
}

/* The type's own methods (constructors included), metadata order. */
static int rt_get_methods_of(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = (vm_type *)a[0].p;
    if (!type)
        return null_handle(t);
    if (!has_members(type))
        return ret_pointer_array(t, r, 0, NULL);
    /* READY: virtual slots are assigned (open definitions stop at their methods) */
    if (ensure_methods(t, type))
        return -1;
    return ret_pointer_array(t, r, type->nmethods, (void *const *)type->methods);
}

/* The type's own fields, metadata order. */
static int rt_get_fields_of(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = (vm_type *)a[0].p;
    if (!type)
        return null_handle(t);
    if (!has_members(type))
        return ret_pointer_array(t, r, 0, NULL);
    if (vm_type_fields(t, type))
        return -1;
    void **ptrs = malloc((type->nfields ? type->nfields : 1) * sizeof *ptrs);
    if (!ptrs)
        return vm_throw_out_of_memory(t);
    for (uint32_t i = 0; i < type->nfields; i++)
        ptrs[i] = &type->fields[i];
    int rc = ret_pointer_array(t, r, type->nfields, ptrs);
    free(ptrs);
    return rc;
}

/*
 * GetPropertiesOf(type, out names, out accessors, out tokens): the type's own
 * properties in metadata order; accessors holds the getter and the setter of each (0
 * where there is none). The arrays go to the out locations as soon as they exist, which
 * keeps them reachable while the names are made.
 */
static int rt_get_properties_of(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = (vm_type *)a[0].p;
    vm_object **names_out = a[1].p, **acc_out = a[2].p, **tokens_out = a[3].p;
    (void)r;
    if (!type)
        return null_handle(t);
    uint32_t count = 0, first = 0, pm = 0;
    md_image *img = NULL;
    if (has_members(type)) {
        if (ensure_methods(t, type))
            return -1;
        const vm_type *def = type->generic_def ? type->generic_def : type;
        img = def->module->img;
        if (md_find(img, MDC_PropertyMap_Parent, vm_type_row(type), &pm))
            count = md_list(img, MDC_PropertyMap_PropertyList, pm, &first);
    }
    vm_array *names = vm_new_szarray(t, vm_b.string, (intptr_t)count);
    if (!names)
        return -1;
    GC_STORE_REF(names_out, &names->obj);
    vm_array *acc = vm_new_szarray(t, vm_b.intptr, (intptr_t)count * 2);
    if (!acc)
        return -1;
    GC_STORE_REF(acc_out, &acc->obj);
    vm_array *tokens = vm_new_szarray(t, vm_b.int32, (intptr_t)count);
    if (!tokens)
        return -1;
    GC_STORE_REF(tokens_out, &tokens->obj);
    for (uint32_t i = 0; i < count; i++) {
        uint32_t p = md_list_item(img, MDC_PropertyMap_PropertyList, first + i);
        uint32_t tok = MD_TOKEN(MD_Property, p), s;
        memcpy(VM_ARRAY_DATA(tokens) + 4 * i, &tok, 4);
        vm_method *acc2[2] = {NULL, NULL};
        if (md_find(img, MDC_MethodSemantics_Association, tok, &s)) {
            for (; s; s = md_find_next(img, MDC_MethodSemantics_Association, tok, s)) {
                uint32_t sem = md_get(img, MDC_MethodSemantics_Semantics, s);
                if (!(sem & (MS_GETTER | MS_SETTER)))
                    continue;
                uint32_t mrow = md_get(img, MDC_MethodSemantics_Method, s);
                vm_method *m = vm_type_method_by_token(t, type, MD_TOKEN(MD_MethodDef, mrow));
                if (!m && t->exception)
                    return -1;
                acc2[(sem & MS_GETTER) ? 0 : 1] = m;
            }
        }
        memcpy(VM_ARRAY_DATA(acc) + 2 * i * sizeof(void *), acc2, sizeof acc2);
        const char *name = md_string(img, md_get(img, MDC_Property_Name, p));
        vm_string *str = vm_string_from_utf8(t, name, strlen(name));
        if (!str)
            return -1;
        GC_STORE_REF((vm_object **)VM_ARRAY_DATA(names) + i, &str->obj);
    }
    return 0;
}

/* The TypeDef token of a type's definition, or 0 (arrays, generic parameters…). */
static int rt_get_type_token(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *type = (vm_type *)a[0].p;
    if (!type)
        return null_handle(t);
    uint32_t row = has_members(type) ? vm_type_row(type) : 0;
    icall_ret_i4(r, row ? (int32_t)MD_TOKEN(MD_TypeDef, row) : 0);
    return 0;
}

/*
 * GetCustomAttributesOf(scope, token, out ctors, out blobs): the CustomAttribute rows
 * of a metadata entity (a TypeDef, MethodDef, Field or Property token of scope's
 * module): each one's constructor and a copy of its value blob, for C# to decode. An
 * attribute whose constructor does not resolve is an exception, as in .NET.
 */
static int rt_get_custom_attributes_of(vm_thread *t, vm_slot *a, vm_slot *r) {
    vm_type *scope = (vm_type *)a[0].p;
    uint32_t token = a[1].u4;
    vm_object **ctors_out = a[2].p, **blobs_out = a[3].p;
    (void)r;
    if (!scope)
        return null_handle(t);
    const vm_type *def = scope->generic_def ? scope->generic_def : scope;
    vm_module *mod = has_members(scope) ? def->module : NULL;
    if (!token && mod)
        token = MD_TOKEN(MD_TypeDef, vm_type_row(scope));     /* the type itself */
    uint32_t count = 0, c = 0;
    if (mod && token && md_token_ok(mod->img, token))
        for (md_find(mod->img, MDC_CustomAttribute_Parent, token, &c); c;
             c = md_find_next(mod->img, MDC_CustomAttribute_Parent, token, c))
            count++;
    vm_array *ctors = vm_new_szarray(t, vm_b.intptr, (intptr_t)count);
    if (!ctors)
        return -1;
    GC_STORE_REF(ctors_out, &ctors->obj);
    vm_type *bytes = vm_type_szarray(t, vm_b.byte);
    vm_array *blobs = bytes ? vm_new_szarray(t, bytes, (intptr_t)count) : NULL;
    if (!blobs)
        return -1;
    GC_STORE_REF(blobs_out, &blobs->obj);
    if (!count)
        return 0;
    md_image *img = mod->img;
    uint32_t k = 0;
    md_find(img, MDC_CustomAttribute_Parent, token, &c);
    for (; c && k < count; c = md_find_next(img, MDC_CustomAttribute_Parent, token, c), k++) {
        vm_method *ctor = vm_resolve_method(t, mod, md_get(img, MDC_CustomAttribute_Type, c), NULL);
        if (!ctor)
            return -1;
        memcpy(VM_ARRAY_DATA(ctors) + k * sizeof(void *), &ctor, sizeof ctor);
        md_blob b = md_blob_at(img, md_get(img, MDC_CustomAttribute_Value, c));
        vm_array *copy = vm_new_szarray(t, vm_b.byte, (intptr_t)b.size);
        if (!copy)
            return -1;
        memcpy(VM_ARRAY_DATA(copy), b.data, b.size);
        GC_STORE_REF((vm_object **)VM_ARRAY_DATA(blobs) + k, &copy->obj);
    }
    return 0;
}

/* ---- the table ------------------------------------------------------------------------ */

const icall_entry vm_icalls_reflect[] = {
    {"System.Reflection.RuntimeMethodInfo::GetDelegateMethod", rm_get_delegate_method},
    {"System.Reflection.RuntimeMethodInfo::GetMethodName", rm_get_method_name},
    {"System.Reflection.RuntimeMethodInfo::GetMethodDeclaringType", rm_get_method_declaring_type},
    {"System.Reflection.RuntimeMethodInfo::GetMethodAttributes", rm_get_method_attributes},
    {"System.Reflection.RuntimeMethodInfo::GetMethodReturnType", rm_get_method_return_type},
    {"System.Reflection.RuntimeMethodInfo::GetMethodParameterTypes", rm_get_method_parameter_types},
    {"System.Reflection.RuntimeMethodInfo::GetMethodParameters", rm_get_method_parameters},
    {"System.Reflection.RuntimeMethodInfo::GetMethodSlot", rm_get_method_slot},
    {"System.Reflection.RuntimeMethodInfo::GetMethodToken", rm_get_method_token},
    {"System.Reflection.RuntimeMethodInfo::GetMethodGenericArguments", rm_get_method_generic_arguments},
    {"System.Reflection.RuntimeMethodInfo::GetGenericMethodDefinitionOf", rm_get_generic_method_definition},
    {"System.Reflection.RuntimeMethodInfo::MakeGenericMethodOf", rm_make_generic_method},
    {"System.Reflection.RuntimeMethodInfo::InvokeMethod", rm_invoke_method},
    {"System.Reflection.RuntimeMethodInfo::InvokeConstructor", rm_invoke_constructor},
    {"System.Reflection.RuntimeFieldInfo::GetFieldName", rf_get_field_name},
    {"System.Reflection.RuntimeFieldInfo::GetFieldType", rf_get_field_type},
    {"System.Reflection.RuntimeFieldInfo::GetFieldDeclaringType", rf_get_field_declaring_type},
    {"System.Reflection.RuntimeFieldInfo::GetFieldAttributes", rf_get_field_attributes},
    {"System.Reflection.RuntimeFieldInfo::GetFieldToken", rf_get_field_token},
    {"System.Reflection.RuntimeFieldInfo::GetFieldValue", rf_get_field_value},
    {"System.Reflection.RuntimeFieldInfo::SetFieldValue", rf_set_field_value},
    {"System.RuntimeType::GetMethodsOf", rt_get_methods_of},
    {"System.RuntimeType::GetFieldsOf", rt_get_fields_of},
    {"System.RuntimeType::GetPropertiesOf", rt_get_properties_of},
    {"System.RuntimeType::GetTypeToken", rt_get_type_token},
    {"System.RuntimeType::GetCustomAttributesOf", rt_get_custom_attributes_of},
    {NULL, NULL},
};
