/*
 * gc_stats.c — counters for GC.CollectionCount and friends, and the ANYCLR_GCStats=1
 * summary: collections per generation, pause times, bytes allocated, peak heap. Pauses
 * are wall time; the collector's CPU time is counted too, since on a loaded machine the
 * wall time of a pause includes time the process was not running.
 */
#include <time.h>

#include "gc/gc_int.h"

static uint32_t n_minor, n_full;
static double pause_total[2], pause_max[2], cpu_total[2];
static struct timespec t_begin, cpu_begin;

static double ms_between(const struct timespec *a, const struct timespec *b)
{
    return (double)(b->tv_sec - a->tv_sec) * 1e3 + (double)(b->tv_nsec - a->tv_nsec) / 1e6;
}

void gc_stats_begin(void)
{
    clock_gettime(CLOCK_MONOTONIC, &t_begin);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu_begin);
}

void gc_stats_end(int full)
{
    struct timespec t, cpu;
    double ms;
    clock_gettime(CLOCK_MONOTONIC, &t);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    ms = ms_between(&t_begin, &t);
    cpu_total[full] += ms_between(&cpu_begin, &cpu);
    if (full)
        n_full++;
    else
        n_minor++;
    pause_total[full] += ms;
    if (ms > pause_max[full])
        pause_max[full] = ms;
}

uint32_t gc_collection_count(int generation)
{
    if (generation == 0)
        return n_minor + n_full;
    if (generation >= 1 && generation <= GC_MAX_GENERATION)
        return n_full;
    return 0;
}

uint64_t gc_total_allocated(void)
{
    return gc_allocated_before + gc_young_bytes;
}

void gc_print_stats(void)
{
    static int printed;
    struct timespec zero = {0, 0}, cpu;
    double cpu_ms, gc_ms = cpu_total[0] + cpu_total[1];
    if (!gc_stats_on || printed)
        return;
    printed = 1;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    cpu_ms = ms_between(&zero, &cpu);
    fprintf(stderr,
            "GC stats:\n"
            "  collections       gen0 %u (minor %u), full (gen1/gen2) %u\n"
            "  pause, minor      total %.3f ms, max %.3f ms, mean %.3f ms; cpu %.3f ms\n"
            "  pause, full       total %.3f ms, max %.3f ms, mean %.3f ms; cpu %.3f ms\n"
            "  collector cpu     %.3f ms of the process's %.3f ms (%.1f%%)\n"
            "  allocated         %llu bytes\n"
            "  heap now          %llu bytes in objects, %llu bytes in pages\n"
            "  peak heap         %llu bytes in pages\n"
            "  gen0 budget       %llu bytes; heap limit %llu bytes\n",
            n_minor + n_full, n_minor, n_full,
            pause_total[0], pause_max[0], n_minor ? pause_total[0] / n_minor : 0.0, cpu_total[0],
            pause_total[1], pause_max[1], n_full ? pause_total[1] / n_full : 0.0, cpu_total[1],
            gc_ms, cpu_ms, cpu_ms > 0 ? 100.0 * gc_ms / cpu_ms : 0.0,
            (unsigned long long)gc_total_allocated(),
            (unsigned long long)gc_heap_size(),
            (unsigned long long)(gc_pages_in_use << GC_PAGE_SHIFT),
            (unsigned long long)(gc_peak_pages << GC_PAGE_SHIFT),
            (unsigned long long)gc_gen0_budget, (unsigned long long)gc_heap_limit);
}
