// glibc's allocator settings (mallopt and its M_ constants), which Swift's Glibc module does not
// import. Only Swift code built against Glibc calls them; elsewhere this header is empty.
#ifndef PARLEY_CALLOCATOR_H
#define PARLEY_CALLOCATOR_H
#if defined(__linux__)
#include <malloc.h>
#endif
#endif
