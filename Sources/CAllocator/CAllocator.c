// CAllocator only makes <malloc.h> visible to Swift (see include/CAllocator.h); a C target needs one source file.
#include "CAllocator.h"
