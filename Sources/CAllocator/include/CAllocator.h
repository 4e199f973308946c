// glibc's allocator settings (mallopt), which the Glibc module of Swift does not import.
#ifndef PARLEY_CALLOCATOR_H
#define PARLEY_CALLOCATOR_H
#if defined(__GLIBC__) || (defined(__linux__) && !defined(__MUSL__))
#include <malloc.h>
#endif
#endif
