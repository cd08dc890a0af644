/// VNI-Windows, greedily, pair before single: a base byte (`a e o u y`, `ơ` 0xF4, `ư` 0xF6, and
/// their upper case) followed by a mark byte that composes with it is one letter (`o` 0xE4 →
/// `ộ`, 0xF4 0xF9 → `ớ`); otherwise each byte is read on its own: a single-byte letter
/// (`đ` 0xF1, `ơ` 0xF4 …), a mark with no base as combining marks, anything else as
/// Windows-1252. The base's case decides the letter's case, whichever case the mark byte has.
struct VNIDecoder: LegacyByteDecoder {
    private let single = LegacyTables.vniSingle
    private let bases = LegacyTables.vniBase
    private let marks = LegacyTables.vniMark
    private let compose = LegacyTables.vniCompose
    /// A base byte waiting for a possible mark (0: none; 0x00 is never a base).
    private var pending: UInt8 = 0

    @inline(__always)
    mutating func feed<Sink: ScalarSink>(_ byte: UInt8, into sink: inout Sink) {
        if pending != 0 {
            let mark = Int(marks[Int(byte)])
            if mark != 0 {
                let letter = compose[Int(bases[Int(pending)]) * 18 + mark]
                if letter != 0 {
                    pending = 0
                    sink.put(UInt32(letter))
                    return
                }
            }
            sink.put(UInt32(single[Int(pending)]))
            pending = 0
        }
        if bases[Int(byte)] != 0 {
            pending = byte
            return
        }
        let mark = Int(marks[Int(byte)])
        if mark != 0 {
            let (shape, tone) = LegacyTables.vniMarkCombining[mark]
            if shape != 0 { sink.put(shape) }
            if tone != 0 { sink.put(tone) }
            return
        }
        sink.put(UInt32(single[Int(byte)]))
    }

    mutating func flush<Sink: ScalarSink>(into sink: inout Sink) {
        if pending != 0 {
            sink.put(UInt32(single[Int(pending)]))
            pending = 0
        }
    }
}
