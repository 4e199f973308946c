import Basics

#if canImport(Glibc)
    import CAllocator
#endif

/// How the process's allocator treats memory it frees.
enum FreedMemory {
    /// Keeps freed memory in the process for the next allocations instead of handing it back
    /// to the kernel. glibc maps every block over 128 KiB on its own and unmaps it when freed
    /// (and trims the heap's free top past 128 KiB), so the growing arrays of a large read are
    /// faulted in page by page again at every step, in the kernel's time. `parley` lives for one
    /// command, so it asks glibc for blocks up to 32 MiB from the heap and keeps up to 64 MiB
    /// of free heap: about a thousand fewer page faults reading a 3 MB calendar. The heap's first
    /// 24 MiB, grown at once and kept, are asked for in huge pages (``HugePages``): expanding a
    /// 3 MB calendar then takes about 1,400 page faults instead of 8,400. Elsewhere (macOS, musl)
    /// it does nothing.
    static func keep() {
        #if canImport(Glibc)
            mallopt(M_MMAP_THRESHOLD, 32 << 20)
            mallopt(M_TRIM_THRESHOLD, 64 << 20)
            guard let block = malloc(heapReserve) else { return }
            HugePages.request(block, heapReserve)
            free(block)
        #endif
    }

    private static let heapReserve = 24 << 20
}
