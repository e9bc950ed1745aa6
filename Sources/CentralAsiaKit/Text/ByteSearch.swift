/// Searches of UTF-8 bytes for one byte value (a line break, a full stop) that read eight bytes at a time:
/// the lines and sentences of a long text are found without a comparison per byte.
enum ByteSearch {
    /// A byte of 1 in each of the eight lanes of a chunk.
    private static var ones: UInt64 { 0x0101_0101_0101_0101 }
    /// The high bit of each of the eight lanes of a chunk.
    private static var highs: UInt64 { 0x8080_8080_8080_8080 }
    /// The bytes of a chunk.
    private static var chunkSize: Int { MemoryLayout<UInt64>.size }

    /// The eight bytes at an offset (all inside the buffer), the first in the lowest lane.
    @inline(__always)
    static func chunk(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt64 {
        guard let base = bytes.baseAddress else { return 0 }
        return UInt64(littleEndian: UnsafeRawPointer(base).loadUnaligned(fromByteOffset: index, as: UInt64.self))
    }

    /// The lanes of a chunk that hold `byte`, as their high bits; exact for the lowest such lane (a lane above
    /// one that matches may be marked too), and zero exactly when no lane holds it.
    @inline(__always)
    static func lanes(of byte: UInt8, in chunk: UInt64) -> UInt64 {
        let spread = chunk ^ (ones &* UInt64(byte))
        return (spread &- ones) & ~spread & highs
    }

    /// Whether any of the eight bytes of a chunk is `byte`.
    @inline(__always)
    static func holds(_ chunk: UInt64, _ byte: UInt8) -> Bool {
        lanes(of: byte, in: chunk) != 0
    }

    /// The first offset in `start ..< end` that holds `byte`, or `nil`.
    static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        let end = min(end, bytes.count)
        var index = max(start, 0)
        while index + chunkSize <= end {
            let found = lanes(of: byte, in: chunk(bytes, at: index))
            if found != 0 { return index + found.trailingZeroBitCount / chunkSize }
            index += chunkSize
        }
        while index < end {
            if bytes[index] == byte { return index }
            index += 1
        }
        return nil
    }

    /// The last offset in `floor ..< end` that holds `byte`, or `nil`.
    static func lastIndex(
        of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, before end: Int, from floor: Int
    ) -> Int? {
        let floor = max(floor, 0)
        var index = min(end, bytes.count)
        while index - chunkSize >= floor, !holds(chunk(bytes, at: index - chunkSize), byte) {
            index -= chunkSize
        }
        while index > floor {
            index -= 1
            if bytes[index] == byte { return index }
        }
        return nil
    }
}
