#ifndef LAMP_CMALLOC_SHIM_H
#define LAMP_CMALLOC_SHIM_H

// glibc's malloc tuning (mallopt), which the Glibc module does not export.
#if defined(__linux__)
#include <malloc.h>
#endif

#endif
