#if canImport(Glibc)
    import Glibc
#endif

/// Asks the kernel to back memory with 2 MiB pages where it offers them on request (Linux with
/// transparent huge pages in `madvise` mode, the usual default): a fresh 4 KiB page costs a
/// page fault, in a virtual machine an expensive one, and reading a large calendar touches
/// thousands. Elsewhere it does nothing.
public enum HugePages {
    /// Asks for the whole 4 KiB pages of the `count` bytes at `block`, memory the allocator
    /// keeps (freed or not), to be backed by huge pages as they are first touched.
    public static func request(_ block: UnsafeMutableRawPointer, _ count: Int) {
        #if canImport(Glibc)
            let page = 4096
            let start = (Int(bitPattern: block) + page - 1) / page * page
            let end = (Int(bitPattern: block) + count) / page * page
            guard end > start, let address = UnsafeMutableRawPointer(bitPattern: start) else { return }
            _ = madvise(address, end - start, MADV_HUGEPAGE)
        #endif
    }
}
