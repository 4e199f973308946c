extension String {
    /// `parts` one after the other, built with a single allocation (`+` and `+=` reallocate
    /// and re-check the growing string at every step, which shows when 100,000 rounds each
    /// build a `DESCRIPTION`).
    ///
    /// - Complexity: O(*n*) in the total UTF-8 length.
    init(joining parts: [String]) {
        var count = 0
        for part in parts { count += part.utf8.count }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var end = 0
            for part in parts {
                let copied = part.utf8.withContiguousStorageIfAvailable { source in
                    UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(fromContentsOf: source)
                }
                if let copied {
                    end += copied
                } else {
                    for byte in part.utf8 {
                        buffer[end] = byte
                        end += 1
                    }
                }
            }
            return end
        }
    }
}
