#ifndef LAMP_CPREFETCH_H
#define LAMP_CPREFETCH_H

/// Asks the CPU to start loading the cache line at `address` and goes on at once: Swift has no prefetch of its
/// own, and a plain load would wait for the line.
static inline void lamp_prefetch(const void *address) {
  __builtin_prefetch(address);
}

#endif
