/// Windows-1258, composed to NFC as it decodes: a letter followed by one of the five tone bytes
/// (0xCC grave, 0xEC acute, 0xD2 hook, 0xDE tilde, 0xF2 dot below) becomes the precomposed
/// letter (`e` 0xEC → `é`, `ê` 0xF2 → `ệ`). A tone byte after anything that does not compose
/// with it stays a combining mark.
struct Windows1258Decoder: LegacyByteDecoder {
    private let table = LegacyTables.windows1258
    private let tones = LegacyTables.windows1258Tone
    private let composeIndex = LegacyTables.composeIndex
    private let composeTable = LegacyTables.composeTable
    /// A letter that a tone byte may still follow (0: none).
    private var pending: UInt32 = 0

    @inline(__always)
    mutating func feed<Sink: ScalarSink>(_ byte: UInt8, into sink: inout Sink) {
        let tone = Int(tones[Int(byte)])
        if tone != 0 {
            if pending != 0 {
                let composed = composeTable[Int(composeIndex[Int(pending)]) * 6 + tone]
                let base = pending
                pending = 0
                if composed != 0 {
                    sink.put(UInt32(composed))
                    return
                }
                sink.put(base)
            }
            sink.put(UInt32(table[Int(byte)]))
            return
        }
        if pending != 0 {
            sink.put(pending)
            pending = 0
        }
        let scalar = UInt32(table[Int(byte)])
        if scalar < 0x1B1 && composeIndex[Int(scalar)] != 0 {
            pending = scalar
        } else {
            sink.put(scalar)
        }
    }

    mutating func flush<Sink: ScalarSink>(into sink: inout Sink) {
        if pending != 0 {
            sink.put(pending)
            pending = 0
        }
    }
}
