/*
 * gc_test.c — the collector tested on its own, before the interpreter exists: hand-made
 * vm_type structs, random object graphs whose shape a C model remembers, a fake root
 * scanner, and checks after every collection that what is reachable survived intact
 * and what is not was reclaimed. Also interior and conservative roots, the card barrier
 * (including a missing barrier caught by GCVerify), finalization and resurrection,
 * finalizers run at safe points, weak and pinned handles, large objects, the heap
 * limit, and object.c's helpers.
 *
 *   gc_test            every test (set ANYCLR_GCStress / ANYCLR_GCVerify around it)
 *   gc_test bench N    a binary-trees style run of depth N, for timing
 */
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "gc/gc.h"
#include "gc/gc_int.h"
#include "vm/object.h"
#include "vm/thread.h"

/* ---- what the rest of the runtime would provide -------------------------------------- */

vm_builtins vm_b;
static int exceptions_raised;

int vm_type_prepare(vm_thread *t, vm_type *type, enum vm_type_state state)
{
    (void)t; (void)type; (void)state;
    return 0;
}

static int raise_exc(vm_thread *t, const char *name)
{
    (void)t; (void)name;
    exceptions_raised++;
    return -1;
}

int vm_throw_out_of_memory(vm_thread *t) { return raise_exc(t, "OutOfMemoryException"); }
int vm_throw_overflow(vm_thread *t) { return raise_exc(t, "OverflowException"); }
int vm_throw_new(vm_thread *t, const char *nspace, const char *name, const char *msg)
{
    (void)nspace; (void)msg;
    return raise_exc(t, name);
}

static vm_type t_node, t_node_arr, t_string, t_pair, t_pair_arr, t_md, t_fin, t_int32,
    t_int_arr, t_nullable_int;
static vm_field nullable_fields[2];

vm_type *vm_type_szarray(vm_thread *t, vm_type *elem)
{
    (void)t;
    if (elem == &t_node)
        return &t_node_arr;
    if (elem == &t_int32)
        return &t_int_arr;
    if (elem == &t_pair)
        return &t_pair_arr;
    return NULL;
}

/* ---- test plumbing ------------------------------------------------------------------- */

#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#else
#define NOINLINE
#endif

static int failures;
#define P ((uint32_t)sizeof(void *))
#define H ((uint32_t)VM_OBJ_HEADER_SIZE)
#define CHECK(cond) do { if (!(cond)) { failures++;                                   \
        fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); } } while (0)

/* Node: class { Node a; Node b; long id; } */
typedef struct node {
    vm_object obj;
    vm_object *a, *b;
    int64_t id;
} node;

/* Pair: struct { object x; int n; object y; } */
typedef struct pair {
    vm_object *x;
    intptr_t n;
    vm_object *y;
} pair;

static uint32_t node_refs[2], pair_refs[2], fin_refs[1];

static void setup_types(void)
{
    t_node.kind = VM_KIND_CLASS; t_node.name = "Node"; t_node.flags = VM_TF_HAS_REFS;
    t_node.instance_size = sizeof(node); t_node.nrefs = 2; t_node.ref_offsets = node_refs;
    node_refs[0] = offsetof(node, a); node_refs[1] = offsetof(node, b);

    t_node_arr.kind = VM_KIND_SZARRAY; t_node_arr.name = "Node[]";
    t_node_arr.flags = VM_TF_HAS_REFS | VM_TF_ARRAY_OF_REFS; t_node_arr.element = &t_node;
    t_node_arr.component_size = P;

    t_string.kind = VM_KIND_CLASS; t_string.name = "String"; t_string.flags = VM_TF_STRING;
    t_string.component_size = 2; t_string.instance_size = offsetof(vm_string, chars) + 2;
    vm_b.string = &t_string;

    t_pair.kind = VM_KIND_VALUETYPE; t_pair.name = "Pair"; t_pair.flags = VM_TF_HAS_REFS;
    t_pair.instance_size = sizeof(pair); t_pair.align = P; t_pair.nrefs = 2;
    t_pair.ref_offsets = pair_refs;
    pair_refs[0] = offsetof(pair, x); pair_refs[1] = offsetof(pair, y);

    t_pair_arr.kind = VM_KIND_SZARRAY; t_pair_arr.name = "Pair[]"; t_pair_arr.flags = VM_TF_HAS_REFS;
    t_pair_arr.element = &t_pair; t_pair_arr.component_size = sizeof(pair);

    t_md.kind = VM_KIND_ARRAY; t_md.name = "Node[,]"; t_md.rank = 2; t_md.element = &t_node;
    t_md.flags = VM_TF_HAS_REFS | VM_TF_ARRAY_OF_REFS; t_md.component_size = P;

    t_fin.kind = VM_KIND_CLASS; t_fin.name = "Finalizable";
    t_fin.flags = VM_TF_HAS_REFS | VM_TF_HAS_FINALIZER; t_fin.instance_size = sizeof(node);
    t_fin.nrefs = 1; t_fin.ref_offsets = fin_refs; fin_refs[0] = offsetof(node, a);

    t_int32.kind = VM_KIND_VALUETYPE; t_int32.name = "Int32"; t_int32.flags = VM_TF_PRIMITIVE;
    t_int32.instance_size = 4; t_int32.align = 4;
    t_int_arr.kind = VM_KIND_SZARRAY; t_int_arr.name = "Int32[]"; t_int_arr.element = &t_int32;
    t_int_arr.component_size = 4;

    t_nullable_int.kind = VM_KIND_VALUETYPE; t_nullable_int.name = "Nullable`1";
    t_nullable_int.flags = VM_TF_NULLABLE; t_nullable_int.instance_size = 8;
    t_nullable_int.align = 4; t_nullable_int.nfields = 2; t_nullable_int.fields = nullable_fields;
    nullable_fields[0].name = "hasValue"; nullable_fields[0].offset = 0;
    nullable_fields[1].name = "value"; nullable_fields[1].offset = 4;
    nullable_fields[1].type = &t_int32;
}

static uint32_t rng = 12345;
static uint32_t rnd(void)
{
    rng ^= rng << 13;
    rng ^= rng >> 17;
    rng ^= rng << 5;
    return rng;
}

/* ---- the fake roots: precise slots, interior pointers and conservative ranges ---------- */

#define MAX_ROOTS 64
static vm_object *root_slots[MAX_ROOTS];
static void *interior_slots[4];
static uintptr_t cons_words[8];             /* a "stack" scanned conservatively */

static void scan_roots(gc_visitor *v, void *ctx)
{
    (void)ctx;
    for (int i = 0; i < MAX_ROOTS; i++)
        v->ref(v, &root_slots[i]);
    for (int i = 0; i < 4; i++)
        if (interior_slots[i])
            v->interior(v, &interior_slots[i]);
    v->range(v, cons_words, cons_words + 8);
}

static void clear_roots(void)
{
    memset(root_slots, 0, sizeof root_slots);
    memset(interior_slots, 0, sizeof interior_slots);
    memset(cons_words, 0, sizeof cons_words);
}

/* ---- the model: a random graph of nodes, remembered in C ------------------------------ */

typedef struct mnode {
    node *obj;
    int a, b;                   /* model indices of the targets, -1 for null */
    int mark;
} mnode;

static mnode *model;
static int nmodel;

static node *new_node(int64_t id)
{
    node *n = (node *)gc_alloc_object(NULL, &t_node);
    if (n)
        n->id = id;
    return n;
}

static int reach(int i, int epoch)
{
    int count = 0;
    /* iterative to keep deep chains off the C stack */
    int *stack = malloc(sizeof(int) * (size_t)(nmodel + 1));
    int sp = 0;
    stack[sp++] = i;
    while (sp) {
        int k = stack[--sp];
        if (k < 0 || model[k].mark == epoch)
            continue;
        model[k].mark = epoch;
        count++;
        stack[sp++] = model[k].a;
        stack[sp++] = model[k].b;
    }
    free(stack);
    return count;
}

static int root_index[MAX_ROOTS];
static int epoch_counter;

/* Every reachable model node still has its id and its edges. Returns how many. */
static int check_model(void)
{
    int epoch = ++epoch_counter, total = 0;
    for (int r = 0; r < MAX_ROOTS; r++)
        if (root_index[r] >= 0)
            total += reach(root_index[r], epoch);
    for (int i = 0; i < nmodel; i++) {
        mnode *m = &model[i];
        if (m->mark != epoch)
            continue;
        CHECK(gc_is_object(m->obj));
        CHECK(m->obj->obj.type == &t_node);
        CHECK(m->obj->id == i);
        CHECK(m->obj->a == (m->a >= 0 ? &model[m->a].obj->obj : NULL));
        CHECK(m->obj->b == (m->b >= 0 ? &model[m->b].obj->obj : NULL));
        if (failures > 20)
            exit(1);
    }
    return total;
}

static void test_random_graph(int n, int steps)
{
    uint64_t before = gc_count_objects();
    model = calloc((size_t)n, sizeof *model);
    nmodel = 0;
    clear_roots();
    for (int r = 0; r < MAX_ROOTS; r++)
        root_index[r] = -1;
    for (int s = 0; s < steps; s++) {
        uint32_t op = rnd() % 100;
        if (op < 50 && nmodel < n) {                /* allocate, maybe root it */
            node *o = new_node(nmodel);
            CHECK(o != NULL);
            model[nmodel].obj = o;
            model[nmodel].a = model[nmodel].b = -1;
            if (rnd() % 4 == 0) {
                int r = (int)(rnd() % MAX_ROOTS);
                root_slots[r] = &o->obj;
                root_index[r] = nmodel;
            } else if (nmodel > 0) {                /* hang it off a reachable node */
                int r = (int)(rnd() % MAX_ROOTS);
                if (root_index[r] >= 0) {
                    mnode *p = &model[root_index[r]];
                    GC_STORE_REF(&p->obj->a, &o->obj);
                    p->a = nmodel;
                }
            }
            nmodel++;
        } else if (op < 90 && nmodel > 1) {         /* an edge between reachable nodes */
            int epoch = ++epoch_counter;
            int r1 = (int)(rnd() % MAX_ROOTS), r2 = (int)(rnd() % MAX_ROOTS);
            if (root_index[r1] < 0 || root_index[r2] < 0)
                continue;
            reach(root_index[r1], epoch);
            reach(root_index[r2], epoch);
            {
                int from = root_index[r1], to = root_index[r2];
                /* walk a little from each root to pick deeper nodes */
                for (int k = (int)(rnd() % 4); k > 0 && model[from].a >= 0; k--)
                    from = model[from].a;
                for (int k = (int)(rnd() % 4); k > 0 && model[to].b >= 0; k--)
                    to = model[to].b;
                if (rnd() & 1) {
                    GC_STORE_REF(&model[from].obj->a, &model[to].obj->obj);
                    model[from].a = to;
                } else {
                    GC_STORE_REF(&model[from].obj->b, &model[to].obj->obj);
                    model[from].b = to;
                }
            }
        } else if (op < 97) {                       /* drop a root */
            int r = (int)(rnd() % MAX_ROOTS);
            root_slots[r] = NULL;
            root_index[r] = -1;
        } else {
            gc_collect(NULL, (rnd() & 1) ? 0 : -1);
            check_model();
        }
    }
    gc_collect(NULL, -1);
    {
        int live = check_model();
        uint64_t now = gc_count_objects();
        /* After a full collection exactly the reachable nodes remain (plus whatever other
         * tests left alive before). */
        CHECK(now == before + (uint64_t)live);
        if (now != before + (uint64_t)live)
            fprintf(stderr, "  objects: %llu before, %llu now, %d reachable\n",
                    (unsigned long long)before, (unsigned long long)now, live);
    }
    clear_roots();
    for (int r = 0; r < MAX_ROOTS; r++)
        root_index[r] = -1;
    gc_collect(NULL, -1);
    CHECK(gc_count_objects() == before);
    free(model);
    model = NULL;
}

/* ---- individual features ---------------------------------------------------------------- */

/* Tests root every object they hold across an allocation: under GCStress every
 * allocation collects, and the C stack is not scanned. */
static void test_sizes(void)
{
    node *n;
    vm_array *a, *m;
    vm_string *s;
    int32_t lens[2] = { 3, 4 }, lows[2] = { 1, -2 };
    clear_roots();
    root_slots[0] = (vm_object *)(n = new_node(7));
    root_slots[1] = (vm_object *)(a = gc_alloc_szarray(NULL, &t_node_arr, 10));
    root_slots[2] = (vm_object *)(s = gc_alloc_string(NULL, 5));
    root_slots[3] = (vm_object *)(m = gc_alloc_mdarray(NULL, &t_md, 2, lens, lows));
    CHECK(n && n->a == NULL && n->b == NULL && n->obj.type == &t_node);
    CHECK(gc_object_size(&n->obj) == sizeof(node));
    CHECK(a && a->length == 10 && gc_object_size(&a->obj) == VM_ARRAY_DATA_OFFSET + 10 * P);
    for (int i = 0; i < 10; i++)
        CHECK(((vm_object **)VM_ARRAY_DATA(a))[i] == NULL);
    CHECK(s && s->length == 5 && s->chars[5] == 0);
    CHECK(m && m->length == 12 && VM_MDARRAY_BOUNDS(m)[0] == 3 && VM_MDARRAY_BOUNDS(m)[1] == 1
          && VM_MDARRAY_BOUNDS(m)[2] == 4 && VM_MDARRAY_BOUNDS(m)[3] == -2);
    CHECK(gc_object_size(&m->obj) == vm_mdarray_data_offset(2) + 12 * P);
    CHECK(((uintptr_t)n & 7) == 0 && ((uintptr_t)a & 7) == 0);
    /* size overflow: NULL, not a wrapped small allocation */
    CHECK(gc_alloc_szarray(NULL, &t_node_arr, UINTPTR_MAX / 2) == NULL);
    CHECK(gc_alloc_string(NULL, -1) == NULL);
    {
        int32_t big[2] = { 0x7fffffff, 0x7fffffff };
        CHECK(gc_alloc_mdarray(NULL, &t_md, 2, big, NULL) == NULL);
    }
}

static void test_arrays_and_strings(void)
{
    vm_array *a, *pa, *m;
    vm_string *s;
    int32_t lens[2] = { 5, 7 };
    clear_roots();
    a = gc_alloc_szarray(NULL, &t_node_arr, 100);
    root_slots[0] = &a->obj;
    for (int i = 0; i < 100; i++) {
        node *n = new_node(i);
        GC_STORE_REF(&((vm_object **)VM_ARRAY_DATA(a))[i], &n->obj);
    }
    pa = gc_alloc_szarray(NULL, &t_pair_arr, 50);
    root_slots[1] = &pa->obj;
    for (int i = 0; i < 50; i++) {
        pair *p = &((pair *)VM_ARRAY_DATA(pa))[i];
        node *x = new_node(1000 + i), *y;
        GC_STORE_REF(&p->x, &x->obj);
        p->n = i;
        y = new_node(2000 + i);
        GC_STORE_REF(&p->y, &y->obj);
    }
    m = gc_alloc_mdarray(NULL, &t_md, 2, lens, NULL);
    root_slots[2] = &m->obj;
    for (int i = 0; i < 35; i++) {
        node *n = new_node(3000 + i);
        GC_STORE_REF(&((vm_object **)(void *)((uint8_t *)m + vm_mdarray_data_offset(2)))[i],
                     &n->obj);
    }
    s = gc_alloc_string(NULL, 3);
    s->chars[0] = 'a'; s->chars[1] = 'b'; s->chars[2] = 'c';
    root_slots[3] = &s->obj;
    for (int i = 0; i < 1000; i++)
        new_node(-1);                               /* garbage */
    gc_collect(NULL, 0);
    gc_collect(NULL, -1);
    for (int i = 0; i < 100; i++) {
        node *n = (node *)((vm_object **)VM_ARRAY_DATA(a))[i];
        CHECK(gc_is_object(n) && n->id == i);
    }
    for (int i = 0; i < 50; i++) {
        pair *p = &((pair *)VM_ARRAY_DATA(pa))[i];
        CHECK(gc_is_object(p->x) && ((node *)p->x)->id == 1000 + i);
        CHECK(gc_is_object(p->y) && ((node *)p->y)->id == 2000 + i);
        CHECK(p->n == i);
    }
    for (int i = 0; i < 35; i++) {
        node *n = (node *)((vm_object **)(void *)((uint8_t *)m + vm_mdarray_data_offset(2)))[i];
        CHECK(gc_is_object(n) && n->id == 3000 + i);
    }
    CHECK(s->length == 3 && s->chars[0] == 'a' && s->chars[2] == 'c' && s->chars[3] == 0);
    {
        uint64_t live = gc_count_objects();
        clear_roots();
        gc_collect(NULL, -1);
        CHECK(gc_count_objects() == live - (4 + 100 + 100 + 35));
    }
}

static void test_interior_and_conservative(void)
{
    vm_array *a, *empty;
    node *n, *c, *g;
    uint64_t before;
    clear_roots();
    gc_collect(NULL, -1);
    before = gc_count_objects();
    a = gc_alloc_szarray(NULL, &t_node_arr, 20);
    interior_slots[0] = &((vm_object **)VM_ARRAY_DATA(a))[7];      /* a byref to a[7] */
    n = new_node(42);
    GC_STORE_REF(&((vm_object **)VM_ARRAY_DATA(a))[7], &n->obj);
    empty = gc_alloc_szarray(NULL, &t_node_arr, 0);
    interior_slots[1] = VM_ARRAY_DATA(empty);                      /* just past its end */
    c = new_node(43);
    cons_words[3] = (uintptr_t)&c->id;                              /* conservative, interior */
    cons_words[5] = (uintptr_t)gc_heap_base + 3;                   /* junk into the heap */
    cons_words[6] = 12345;                                          /* junk outside */
    g = new_node(44);
    (void)g;
    gc_collect(NULL, 0);
    gc_collect(NULL, -1);
    CHECK(gc_is_object(a) && gc_is_object(n) && n->id == 42);
    CHECK(((vm_object **)VM_ARRAY_DATA(a))[7] == &n->obj);
    CHECK(gc_is_object(empty));
    CHECK(gc_is_object(c) && c->id == 43);
    CHECK(gc_count_objects() == before + 4);                       /* g is gone */
    clear_roots();
    gc_collect(NULL, -1);
    CHECK(gc_count_objects() == before);
}

/* The write barrier: an old object pointing at a young one keeps it through a minor
 * collection only because of the card. */
static void test_cards(void)
{
    node *old, *young;
    clear_roots();
    old = new_node(1);
    root_slots[0] = &old->obj;
    gc_collect(NULL, 0);                            /* aging: survived once, still young */
    CHECK(gc_stress || gc_generation(&old->obj) == (gc_aging ? 1 : GC_MAX_GENERATION));
    gc_collect(NULL, 0);                            /* old now */
    CHECK(gc_generation(&old->obj) == GC_MAX_GENERATION);
    young = new_node(2);
    CHECK(gc_generation(&young->obj) == 0);
    GC_STORE_REF(&old->b, &young->obj);
    for (int i = 0; i < 100; i++)
        new_node(-1);
    gc_collect(NULL, 0);
    CHECK(gc_is_object(young) && young->id == 2 && old->b == &young->obj);
    /* a large array of references: the card of one element */
    {
        vm_array *big = gc_alloc_szarray(NULL, &t_node_arr, 20000);
        root_slots[1] = &big->obj;
        gc_collect(NULL, 0);
        young = new_node(3);
        GC_STORE_REF(&((vm_object **)VM_ARRAY_DATA(big))[15000], &young->obj);
        gc_collect(NULL, 0);
        CHECK(gc_is_object(young) && young->id == 3);
        CHECK(((vm_object **)VM_ARRAY_DATA(big))[15000] == &young->obj);
    }
    clear_roots();
    gc_collect(NULL, -1);
}

/* Aging: a young survivor pointed to by an old object is kept through the following
 * minor collections by the card the collector keeps dirty; so is one that a promoted
 * object points to. */
static void test_aging(void)
{
    node *old, *y, *p, *q, *r;
    clear_roots();
    old = new_node(1);
    root_slots[0] = &old->obj;
    gc_collect(NULL, -1);                           /* old */
    y = new_node(2);
    GC_STORE_REF(&old->a, &y->obj);
    gc_collect(NULL, 0);
    CHECK(gc_stress || gc_generation(&y->obj) == (gc_aging ? 1 : GC_MAX_GENERATION));
    for (int i = 0; i < 200; i++)
        new_node(-1);
    gc_collect(NULL, 0);                            /* only the re-dirtied card keeps y */
    CHECK(gc_is_object(y) && y->id == 2 && gc_generation(&y->obj) == GC_MAX_GENERATION);

    p = new_node(3);
    root_slots[1] = &p->obj;
    q = new_node(4);
    GC_STORE_REF(&p->a, &q->obj);
    gc_collect(NULL, 0);                            /* p, q: young survivors */
    r = new_node(5);
    GC_STORE_REF(&p->b, &r->obj);
    gc_collect(NULL, 0);                            /* p, q promoted; r stays young */
    CHECK(gc_generation(&p->obj) == GC_MAX_GENERATION);
    CHECK(gc_stress || gc_generation(&r->obj) == (gc_aging ? 1 : GC_MAX_GENERATION));
    root_slots[0] = NULL;
    for (int i = 0; i < 200; i++)
        new_node(-1);
    gc_collect(NULL, 0);                            /* r lives through p's card */
    CHECK(gc_is_object(r) && r->id == 5 && gc_is_object(q) && q->id == 4);
    gc_collect(NULL, 0);
    CHECK(p->b == &r->obj && r->id == 5);
    clear_roots();
    gc_collect(NULL, -1);
}

/* A store that skips the barrier is caught by GCVerify before the next minor collection
 * (in a child process, which must die of SIGABRT). */
static void test_missing_barrier(void)
{
    pid_t pid;
    int status = 0;
    if (!gc_verify)
        return;
    fflush(stderr);
    pid = fork();
    if (pid == 0) {
        node *old, *young;
        freopen("/dev/null", "w", stderr);
        old = new_node(1);
        root_slots[0] = &old->obj;
        gc_collect(NULL, 0);
        gc_collect(NULL, 0);
        young = new_node(2);
        old->a = &young->obj;                       /* no GC_STORE_REF */
        gc_collect(NULL, 0);
        _exit(0);
    }
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECK(WIFSIGNALED(status) && WTERMSIG(status) == SIGABRT);
}

static vm_object *resurrected;
static int finalized_count, finalized_ids[16];

static int run_finalizer(vm_thread *t, vm_object *obj)
{
    node *n = (node *)obj;
    (void)t;
    if (finalized_count < 16)
        finalized_ids[finalized_count] = (int)n->id;
    finalized_count++;
    if (n->id == 2)
        resurrected = obj;                          /* resurrect it */
    return 0;
}

static void test_finalization(void)
{
    node *f1, *f2, *f3, *child;
    gc_handle weak, track;
    clear_roots();
    gc_set_finalizer(run_finalizer);
    gc_add_root(&resurrected);
    root_slots[0] = (vm_object *)(f1 = (node *)gc_alloc_object(NULL, &t_fin));
    f1->id = 1;
    root_slots[1] = (vm_object *)(f2 = (node *)gc_alloc_object(NULL, &t_fin));
    f2->id = 2;
    child = new_node(20);
    GC_STORE_REF(&f2->a, &child->obj);
    root_slots[2] = (vm_object *)(f3 = (node *)gc_alloc_object(NULL, &t_fin));
    f3->id = 3;
    clear_roots();
    gc_suppress_finalize(&f3->obj);
    weak = gc_handle_alloc(&f2->obj, GC_HANDLE_WEAK);
    track = gc_handle_alloc(&f2->obj, GC_HANDLE_WEAK_TRACK_RESURRECTION);
    CHECK(gc_handle_kind(weak) == GC_HANDLE_WEAK && gc_handle_get(track) == &f2->obj);
    gc_collect(NULL, gc_stress ? -1 : 0);       /* under stress they are old already */
    CHECK(gc_finalizers_pending);
    CHECK(gc_handle_get(weak) == NULL);             /* short weak: cleared at once */
    CHECK(gc_handle_get(track) == &f2->obj);        /* long weak: the object lives on */
    CHECK(gc_is_object(f2) && gc_is_object(child)); /* queued objects and their children */
    CHECK(!gc_is_object(f3));                       /* suppressed: simply freed */
    CHECK(gc_run_pending_finalizers(NULL) == 2);
    CHECK(finalized_count == 2);
    CHECK(!gc_finalizers_pending);
    CHECK(resurrected == &f2->obj);
    gc_collect(NULL, -1);
    CHECK(gc_is_object(f2) && f2->a == &child->obj && child->id == 20);
    CHECK(gc_handle_get(track) == &f2->obj);
    /* unreachable again: freed without a second finalizer */
    resurrected = NULL;
    gc_collect(NULL, -1);
    CHECK(gc_run_pending_finalizers(NULL) == 0 && finalized_count == 2);
    CHECK(gc_handle_get(track) == NULL);
    /* ReRegisterForFinalize: finalized once more */
    f1 = (node *)gc_alloc_object(NULL, &t_fin);
    f1->id = 2;                                     /* resurrects itself again */
    gc_collect(NULL, -1);
    CHECK(gc_run_pending_finalizers(NULL) == 1 && resurrected == &f1->obj);
    gc_reregister_for_finalize(resurrected);
    resurrected = NULL;
    ((node *)f1)->id = 5;
    gc_collect(NULL, -1);
    CHECK(gc_run_pending_finalizers(NULL) == 1 && finalized_count == 4);
    CHECK(finalized_ids[3] == 5);
    gc_collect(NULL, -1);
    gc_handle_free(weak);
    gc_handle_free(track);
    CHECK(gc_handle_get(weak) == NULL && gc_handle_kind(weak) == -1);
}

/* A finalizer for the safe-point test: id 7 makes finalizable garbage, collects (which
 * queues it) and asks for pending finalizers, which must not run it re-entrantly; id 9
 * fails. */
static int nested_runs, in_finalizer;

static int safe_point_finalizer(vm_thread *t, vm_object *obj)
{
    node *n = (node *)obj;
    int rc = 0;
    if (in_finalizer)
        nested_runs++;
    in_finalizer = 1;
    finalized_count++;
    if (n->id == 7) {
        for (int i = 0; i < 3; i++)
            ((node *)gc_alloc_object(t, &t_fin))->id = 8;
        gc_collect(t, -1);
        CHECK(gc_run_pending_finalizers(t) == 0);
        CHECK(!gc_safe_point_armed || gc_stress >= 2);  /* not while one runs */
    } else if (n->id == 9) {
        rc = -1;
    }
    in_finalizer = 0;
    return rc;
}

/* Queued finalizers arm the safe points; gc_safe_point runs them, including those queued
 * while they run, and reports a failing one. */
static void test_safe_point_finalization(void)
{
    node *f;
    clear_roots();
    gc_set_finalizer(safe_point_finalizer);
    gc_collect(NULL, -1);
    finalized_count = nested_runs = 0;
    CHECK(!gc_finalizers_pending && gc_safe_point(NULL) == 0);
    f = (node *)gc_alloc_object(NULL, &t_fin);
    f->id = 7;
    gc_collect(NULL, -1);
    CHECK(gc_finalizers_pending && gc_safe_point_armed);
    CHECK(gc_safe_point(NULL) == 0);
    CHECK(finalized_count == 4 && nested_runs == 0);    /* 7, then its three 8s */
    CHECK(!gc_finalizers_pending && (!gc_safe_point_armed || gc_stress >= 2));
    /* a failing finalizer: -1, and the ones after it wait for the next safe point */
    for (int i = 0; i < 2; i++)
        ((node *)gc_alloc_object(NULL, &t_fin))->id = 9;
    gc_collect(NULL, -1);
    CHECK(gc_safe_point(NULL) == -1 && gc_finalizers_pending && gc_safe_point_armed);
    CHECK(gc_safe_point(NULL) == -1 && !gc_finalizers_pending);
    CHECK(finalized_count == 6);
    gc_set_finalizer(run_finalizer);
}

static void test_handles(void)
{
    node *a, *b, *c;
    gc_handle hn, hp, hw;
    clear_roots();
    a = new_node(1);
    hn = gc_handle_alloc(&a->obj, GC_HANDLE_NORMAL);
    b = new_node(2);
    hp = gc_handle_alloc(&b->obj, GC_HANDLE_PINNED);
    c = new_node(3);
    hw = gc_handle_alloc(&c->obj, GC_HANDLE_WEAK);
    gc_collect(NULL, -1);
    CHECK(gc_handle_get(hn) == &a->obj && a->id == 1);
    CHECK(gc_handle_get(hp) == &b->obj && b->id == 2);
    CHECK(gc_handle_get(hw) == NULL);
    gc_handle_set(hw, &a->obj);
    gc_handle_free(hn);
    gc_collect(NULL, -1);
    CHECK(gc_handle_get(hw) == NULL);               /* a died with its handle */
    CHECK(gc_handle_get(hn) == NULL);
    gc_handle_free(hp);
    gc_handle_free(hw);
    CHECK(gc_handle_alloc(NULL, 7) == 0);
}

static void test_large(void)
{
    uint64_t heap0;
    clear_roots();
    gc_collect(NULL, -1);
    heap0 = gc_pages_in_use;
    for (int i = 0; i < 50; i++) {
        vm_array *a = gc_alloc_szarray(NULL, &t_int_arr, 1u << 18);     /* 1 MiB */
        CHECK(a != NULL);
        if (!a)
            break;
        ((int32_t *)VM_ARRAY_DATA(a))[(1u << 18) - 1] = i;
        if (i % 10 == 0)
            root_slots[i / 10] = &a->obj;
    }
    gc_collect(NULL, -1);
    for (int i = 0; i < 5; i++) {
        vm_array *a = (vm_array *)root_slots[i];
        CHECK(gc_is_object(a) && ((int32_t *)VM_ARRAY_DATA(a))[(1u << 18) - 1] == i * 10);
        CHECK(gc_find_object((uint8_t *)a + 500000) == &a->obj);
    }
    clear_roots();
    gc_collect(NULL, -1);
    CHECK(gc_pages_in_use == heap0);
}

/* The C stack, scanned conservatively: a reference only in a C local survives. */
static NOINLINE node *make_on_stack(void)
{
    return new_node(77);
}

static NOINLINE void test_c_stack(void *base)
{
    node *volatile local;
    clear_roots();
    gc_set_stack_base(base);
    local = make_on_stack();
    gc_collect(NULL, -1);
    CHECK(gc_is_object(local) && local->id == 77);
    gc_set_stack_base(NULL);
    local = NULL;
}

static void test_object_helpers(void)
{
    node *n, *copy;
    int32_t h1, h2;
    vm_string *s;
    char *u;
    vm_object *box;
    static const char bad[] = { 'a', (char)0xc3, 'b', (char)0xe2, (char)0x82, 0 };
    clear_roots();
    n = new_node(5);
    root_slots[0] = &n->obj;
    h1 = vm_object_hash(&n->obj);
    CHECK(h1 != 0 && vm_object_hash(&n->obj) == h1);
    copy = (node *)vm_object_clone(NULL, &n->obj);
    h2 = vm_object_hash(&copy->obj);
    CHECK(copy->id == 5 && copy->obj.type == &t_node && h2 != 0);
    CHECK(vm_object_size(&copy->obj) == sizeof(node));
    gc_collect(NULL, -1);
    CHECK(vm_object_hash(&n->obj) == h1);           /* survives a collection */

    s = vm_string_from_utf8(NULL, "h\xc3\xa9llo \xf0\x9f\x98\x80", 11);
    CHECK(s && s->length == 8 && s->chars[1] == 0xe9 && s->chars[6] == 0xd83d &&
          s->chars[7] == 0xde00);
    u = vm_string_to_utf8(s);
    CHECK(u && strcmp(u, "h\xc3\xa9llo \xf0\x9f\x98\x80") == 0);
    free(u);
    s = vm_string_from_utf8(NULL, bad, 5);          /* a, bad C3, b, truncated E2 82 */
    CHECK(s && s->length == 4 && s->chars[0] == 'a' && s->chars[1] == 0xfffd &&
          s->chars[2] == 'b' && s->chars[3] == 0xfffd);
    s = vm_string_from_ascii(NULL, "hi");
    CHECK(s && s->length == 2 && s->chars[1] == 'i' && s->chars[2] == 0);
    {
        uint16_t lone[2] = { 'x', 0xd800 };
        s = vm_string_from_utf16(NULL, lone, 2);
        u = vm_string_to_utf8(s);
        CHECK(u && strcmp(u, "x\xef\xbf\xbd") == 0);
        free(u);
    }
    {
        int32_t v = 1234;
        uint8_t nv[8] = { 1, 0, 0, 0 };
        box = vm_box(NULL, &t_int32, &v);
        CHECK(box && box->type == &t_int32 && *(int32_t *)VM_BOX_DATA(box) == 1234);
        memcpy(nv + 4, &v, 4);
        box = vm_box(NULL, &t_nullable_int, nv);
        CHECK(box && box->type == &t_int32 && *(int32_t *)VM_BOX_DATA(box) == 1234);
        nv[0] = 0;
        exceptions_raised = 0;
        CHECK(vm_box(NULL, &t_nullable_int, nv) == NULL && exceptions_raised == 0);
    }
    {
        pair p = { &n->obj, 9, NULL };
        box = vm_box(NULL, &t_pair, &p);
        root_slots[1] = box;
        gc_collect(NULL, -1);
        CHECK(((pair *)VM_BOX_DATA(box))->x == &n->obj && ((pair *)VM_BOX_DATA(box))->n == 9);
    }
    exceptions_raised = 0;
    CHECK(vm_new_szarray(NULL, &t_node, -1) == NULL && exceptions_raised == 1);
    CHECK(vm_new_szarray(NULL, &t_int32, 3) != NULL);
    {
        vm_array *a = vm_new_szarray(NULL, &t_node, 4), *b;
        int32_t lens[2] = { 2, 3 };
        root_slots[2] = &a->obj;
        GC_STORE_REF(&((vm_object **)VM_ARRAY_DATA(a))[2], &n->obj);
        b = (vm_array *)vm_object_clone(NULL, &a->obj);
        CHECK(b->length == 4 && ((vm_object **)VM_ARRAY_DATA(b))[2] == &n->obj);
        a = vm_new_mdarray(NULL, &t_md, lens, NULL);
        root_slots[2] = &a->obj;
        b = (vm_array *)vm_object_clone(NULL, &a->obj);
        CHECK(b && b->length == 6 && VM_MDARRAY_BOUNDS(b)[2] == 3);
        lens[1] = -1;
        exceptions_raised = 0;
        CHECK(vm_new_mdarray(NULL, &t_md, lens, NULL) == NULL && exceptions_raised == 1);
    }
    clear_roots();
    gc_collect(NULL, -1);
}

/* Under a heap limit: allocation fails (NULL, so OutOfMemoryException) instead of
 * crashing, and works again once memory is free. Runs in a child with the limit set. */
static void test_heap_limit(void)
{
    pid_t pid;
    int status = 0;
    fflush(stderr);
    pid = fork();
    if (pid == 0) {
        vm_array *keep[64];
        int n = 0, ok = 1;
        /* a fresh collector in this process is not possible; this one was set up without
         * the limit, so impose one directly */
        gc_heap_limit = (gc_pages_in_use << GC_PAGE_SHIFT) + (8u << 20);
        clear_roots();
        for (n = 0; n < 64; n++) {
            keep[n] = gc_alloc_szarray(NULL, &t_int_arr, 1u << 18);
            if (!keep[n])
                break;
            root_slots[n] = &keep[n]->obj;
        }
        if (n >= 64 || n < 4)
            ok = 0;
        exceptions_raised = 0;
        if (vm_new_szarray(NULL, &t_int32, 1 << 18) != NULL || exceptions_raised != 1)
            ok = 0;
        clear_roots();
        if (!gc_alloc_szarray(NULL, &t_int_arr, 1u << 18))      /* collects, then fits */
            ok = 0;
        _exit(ok ? 0 : 1);
    }
    CHECK(pid > 0 && waitpid(pid, &status, 0) == pid);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
}

/* ---- a benchmark: binary trees --------------------------------------------------------- */

static node *bottom_up(int depth)
{
    node *n = new_node(depth);
    if (depth > 0) {
        node *l, *r;
        root_slots[depth] = &n->obj;            /* the C stack is not scanned here */
        l = bottom_up(depth - 1);
        GC_STORE_REF(&n->a, &l->obj);
        r = bottom_up(depth - 1);
        GC_STORE_REF(&n->b, &r->obj);
        root_slots[depth] = NULL;
    }
    return n;
}

static long check_tree(node *n)
{
    return 1 + (n->a ? check_tree((node *)n->a) + check_tree((node *)n->b) : 0);
}

static void bench(int max_depth)
{
    node *long_lived;
    clear_roots();
    if (max_depth > MAX_ROOTS - 3)
        max_depth = MAX_ROOTS - 3;
    printf("stretch tree of depth %d\t check: %ld\n", max_depth + 1,
           check_tree(bottom_up(max_depth + 1)));
    long_lived = bottom_up(max_depth);
    root_slots[MAX_ROOTS - 1] = &long_lived->obj;
    for (int d = 4; d <= max_depth; d += 2) {
        int iters = 1 << (max_depth - d + 4);
        long check = 0;
        for (int i = 0; i < iters; i++)
            check += check_tree(bottom_up(d));
        printf("%d\t trees of depth %d\t check: %ld\n", iters, d, check);
    }
    printf("long lived tree of depth %d\t check: %ld\n", max_depth, check_tree(long_lived));
}

int main(int argc, char **argv)
{
    int here;
    setup_types();
    if (gc_init() != 0) {
        fprintf(stderr, "gc_init failed\n");
        return 1;
    }
    gc_add_root_scanner(scan_roots, NULL);
    if (argc > 2 && strcmp(argv[1], "bench") == 0) {
        bench(atoi(argv[2]));
        gc_print_stats();
        return 0;
    }
    test_sizes();
    test_arrays_and_strings();
    test_interior_and_conservative();
    test_cards();
    test_aging();
    test_missing_barrier();
    test_finalization();
    test_safe_point_finalization();
    test_handles();
    test_large();
    test_c_stack(&here);
    test_object_helpers();
    test_heap_limit();
    test_random_graph(gc_stress ? 1500 : 20000, gc_stress ? 4000 : 100000);
    gc_print_stats();
    if (failures) {
        fprintf(stderr, "gc_test: %d checks failed\n", failures);
        return 1;
    }
    printf("gc_test: ok (stress %d, verify %d, aging %d)\n", gc_stress, gc_verify, gc_aging);
    return 0;
}
