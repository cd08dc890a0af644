/// TCVN3 (ABC): one byte, one scalar. The 74 letters from ``LegacyTables/tcvn3``; every other
/// byte as Windows-1252. Upper-case toned letters do not exist in TCVN3 and come out lower case.
struct TCVN3Decoder: LegacyByteDecoder {
    private let table = LegacyTables.tcvn3

    @inline(__always)
    mutating func feed<Sink: ScalarSink>(_ byte: UInt8, into sink: inout Sink) {
        sink.put(UInt32(table[Int(byte)]))
    }

    mutating func flush<Sink: ScalarSink>(into sink: inout Sink) {}
}
