/// A decoder of one legacy single-byte encoding, fed a byte at a time.
///
/// A decoder may hold a byte back until the next one says what it is (a Windows-1258 letter
/// waiting for a tone byte, a VNI base letter waiting for its mark), so chunks may end anywhere;
/// ``flush(into:)`` gives back what is held at the end of the text.
protocol LegacyByteDecoder {
    /// Decodes one byte into zero or more scalars.
    mutating func feed<Sink: ScalarSink>(_ byte: UInt8, into sink: inout Sink)
    /// Puts out whatever is held back.
    mutating func flush<Sink: ScalarSink>(into sink: inout Sink)
}

extension LegacyByteDecoder {
    /// Decodes a buffer of bytes (holding back what ``feed(_:into:)`` holds back).
    @inline(__always)
    mutating func decode<Sink: ScalarSink>(_ input: UnsafeBufferPointer<UInt8>, into sink: inout Sink) {
        for byte in input { feed(byte, into: &sink) }
    }
}
