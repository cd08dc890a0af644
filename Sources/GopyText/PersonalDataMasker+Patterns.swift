extension PersonalDataMasker {
    /// E-mail addresses, phone numbers and identity numbers, found on UTF-8 bytes.
    enum Patterns {
        static func spans(in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
            var digits = 0
            var hasAt = false
            for byte in bytes {
                if byte &- 0x30 < 10 { digits += 1 } else if byte == 0x40 { hasAt = true }
            }
            guard hasAt || digits >= 9 else { return [] }
            var spans = hasAt ? emails(in: bytes) : []
            guard digits >= 9 else { return spans }
            var i = 0
            var emailIndex = 0
            while i < bytes.count {
                let byte = bytes[i]
                guard isDigit(byte) || byte == 0x2B || byte == 0x28 else {  // digit, '+', '('
                    i += 1
                    continue
                }
                // Skip what an e-mail address already covers.
                while emailIndex < spans.count && spans[emailIndex].range.upperBound <= i { emailIndex += 1 }
                if emailIndex < spans.count && spans[emailIndex].range.contains(i) {
                    i = spans[emailIndex].range.upperBound
                    continue
                }
                guard startsNumber(bytes, at: i) else {
                    i += 1
                    continue
                }
                if let phone = phone(in: bytes, at: i) {
                    spans.append(Span(range: i..<phone, label: phoneLabel))
                    i = phone
                } else if let identity = identityNumber(in: bytes, at: i) {
                    spans.append(Span(range: i..<identity, label: identityLabel))
                    i = identity
                } else {
                    i += 1
                    while i < bytes.count && isDigit(bytes[i]) { i += 1 }
                }
            }
            return spans
        }

        // MARK: E-mail

        /// `local@domain.tld`: local part of letters, digits and `._%+-`; a domain of at least
        /// two labels, the last one letters only.
        static func emails(in bytes: UnsafeBufferPointer<UInt8>) -> [Span] {
            var spans: [Span] = []
            var i = 0
            while i < bytes.count {
                guard bytes[i] == 0x40 else { i += 1; continue }
                var start = i
                while start > 0 && isLocalPart(bytes[start - 1]) { start -= 1 }
                while start < i && bytes[start] == 0x2E { start += 1 }  // a leading dot is punctuation
                var end = i + 1
                while end < bytes.count && (isAlphanumeric(bytes[end]) || bytes[end] == 0x2E || bytes[end] == 0x2D) { end += 1 }
                while end > i + 1 && (bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D) { end -= 1 }  // closing punctuation
                let domain = UnsafeBufferPointer(rebasing: bytes[(i + 1)..<end])
                if start < i, let lastDot = domain.lastIndex(of: 0x2E), lastDot > 0,
                    domain.count - lastDot - 1 >= 2, domain[(lastDot + 1)...].allSatisfy(isLetter)
                {
                    spans.append(Span(range: start..<end, label: emailLabel))
                    i = end
                } else {
                    i += 1
                }
            }
            return spans
        }

        // MARK: Numbers

        /// Whether a number may start at `i`: not in the middle of digits, and not right after a
        /// connector (`.` `,` `/` `-`) that follows a digit (2.3, 30/2020, 1.000.000).
        static func startsNumber(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
            guard i > 0 else { return true }
            let previous = bytes[i - 1]
            if isDigit(previous) { return false }
            if isConnector(previous) && i > 1 && isDigit(bytes[i - 2]) { return false }
            return true
        }

        /// The digit groups of a number that starts at `i`: `+84`/`(+84)` or nothing, then runs of
        /// digits joined by one space, dot or dash.
        struct Groups {
            var international: Bool
            var groups: [Range<Int>]
        }

        static func groups(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Groups? {
            let count = bytes.count
            func at(_ k: Int) -> UInt8 { k < count ? bytes[k] : 0 }
            var j = i
            var international = false
            if at(j) == 0x28 && at(j + 1) == 0x2B && at(j + 2) == 0x38 && at(j + 3) == 0x34 && at(j + 4) == 0x29 {
                j += 5  // (+84)
                international = true
            } else if at(j) == 0x2B && at(j + 1) == 0x38 && at(j + 2) == 0x34 {
                j += 3  // +84
                international = true
            }
            if international {
                if isSeparator(at(j)) && isDigit(at(j + 1)) { j += 1 }
            }
            guard isDigit(at(j)) else { return nil }
            var groups: [Range<Int>] = []
            while true {
                let start = j
                while isDigit(at(j)) { j += 1 }
                groups.append(start..<j)
                guard isSeparator(at(j)) && isDigit(at(j + 1)) else { break }
                j += 1
            }
            return Groups(international: international, groups: groups)
        }

        /// The end of a phone number starting at `i`: `0` then 9–10 more digits, or `+84` then
        /// 9–10 digits. Of several readings the longest wins, but a group of one digit after the
        /// first is never taken (in "0912 345 678 2 lần" the 2 is not part of the number).
        static func phone(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
            guard let number = groups(in: bytes, at: i) else { return nil }
            if !number.international && bytes[number.groups[0].lowerBound] != 0x30 { return nil }
            let range = number.international ? 9...10 : 10...11
            var total = 0
            var best: Int?
            for (k, group) in number.groups.enumerated() {
                if k > 0 && group.count < 2 { break }
                total += group.count
                if total > range.upperBound { break }
                if range.contains(total) && !continuesAsDecimal(bytes, after: group.upperBound)
                    && !continuesAsCode(bytes, after: group.upperBound)
                {
                    best = group.upperBound
                }
            }
            return best
        }

        /// The end of an identity number (CMND: 9 digits, CCCD: 12) starting at `i`: one run of
        /// digits, neither joined to letters or digits on either side nor followed by a unit
        /// ("500000000 đồng" is a sum).
        static func identityNumber(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
            guard isDigit(bytes[i]) else { return nil }
            if i > 0 {
                let previous = bytes[i - 1]
                if isLetter(previous) || previous == 0x2B { return nil }
                if isConnector(previous) && i > 1 && (isAlphanumeric(bytes[i - 2]) || bytes[i - 2] >= 0x80) { return nil }
            }
            var end = i
            while end < bytes.count && isDigit(bytes[end]) { end += 1 }
            guard end - i == 9 || end - i == 12 else { return nil }
            if end < bytes.count {
                let next = bytes[end]
                if isAlphanumeric(next) { return nil }
                if isConnector(next) && end + 1 < bytes.count && (isAlphanumeric(bytes[end + 1]) || bytes[end + 1] >= 0x80) { return nil }
            }
            return followedByUnit(bytes, at: end) ? nil : end
        }

        /// Whether a `,` or `.` and a digit follow (a decimal part: the number goes on).
        static func continuesAsDecimal(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
            end + 1 < bytes.count && (bytes[end] == 0x2C || bytes[end] == 0x2E) && isDigit(bytes[end + 1])
        }

        /// Whether a connector and a letter follow, or `/` and a letter or digit: the number is
        /// part of a code ("0123456789/QĐ-UBND").
        static func continuesAsCode(_ bytes: UnsafeBufferPointer<UInt8>, after end: Int) -> Bool {
            guard end + 1 < bytes.count, isConnector(bytes[end]) else { return false }
            let next = bytes[end + 1]
            return isLetter(next) || next >= 0x80 || (bytes[end] == 0x2F && isDigit(next))
        }

        /// Words that make a bare number a quantity rather than an identity number.
        static let units: [[UInt8]] = [
            "đồng", "đ", "vnđ", "vnd", "usd", "tỷ", "tỉ", "triệu", "nghìn", "ngàn", "trăm", "%", "người",
            "ha", "km", "m2", "m²", "tấn", "lượt", "hộ", "lần",
        ].map { Array($0.utf8) }

        static func followedByUnit(_ bytes: UnsafeBufferPointer<UInt8>, at end: Int) -> Bool {
            var j = end
            while j < bytes.count && bytes[j] == 0x20 { j += 1 }
            for unit in units where j + unit.count <= bytes.count {
                var matches = true
                for (k, byte) in unit.enumerated() where lowerASCII(bytes[j + k]) != byte {
                    matches = false
                    break
                }
                guard matches else { continue }
                let after = j + unit.count
                if after == bytes.count || !(isAlphanumeric(bytes[after]) || bytes[after] >= 0x80) || unit == [0x25] { return true }
            }
            return false
        }

        // MARK: The commenter's own phone and e-mail

        /// A phone number's digits in national form: "+84 912 345 678" → "0912345678".
        static func nationalDigits(_ phone: String) -> [UInt8]? {
            var digits = phone.utf8.filter(isDigit)
            let trimmed = phone.drop { $0 == " " }
            if trimmed.hasPrefix("+84") || trimmed.hasPrefix("(+84)") || (digits.starts(with: [0x38, 0x34]) && digits.count >= 11) {
                digits.removeFirst(2)
                if digits.first != 0x30 { digits.insert(0x30, at: 0) }
            }
            return digits.isEmpty ? nil : digits
        }

        /// Where the text writes a number with these digits (national form), grouped any way.
        static func numbers(in bytes: UnsafeBufferPointer<UInt8>, withDigits target: [UInt8]) -> [Range<Int>] {
            var found: [Range<Int>] = []
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                guard (isDigit(byte) || byte == 0x2B || byte == 0x28) && startsNumber(bytes, at: i),
                    let number = groups(in: bytes, at: i)
                else { i += 1; continue }
                var digits: [UInt8] = number.international ? [0x30] : []
                var end: Int?
                for group in number.groups {
                    digits += bytes[group]
                    if number.international && digits.count == 2 && digits == [0x30, 0x30] { digits = [0x30] }  // +84 0912…
                    if digits == target { end = group.upperBound; break }
                    if digits.count >= target.count { break }
                }
                if let end {
                    found.append(i..<end)
                    i = end
                } else {
                    i = number.groups.last!.upperBound
                }
            }
            return found
        }

        /// Whether `needle` occurs in `bytes`, byte for byte.
        static func contains(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard let first = needle.first, needle.count <= bytes.count else { return needle.isEmpty }
            var i = 0
            let last = bytes.count - needle.count
            while i <= last {
                if bytes[i] == first {
                    var k = 1
                    while k < needle.count && bytes[i + k] == needle[k] { k += 1 }
                    if k == needle.count { return true }
                }
                i += 1
            }
            return false
        }

        /// Where `needle` occurs in `bytes`, ASCII letters compared without regard to case.
        static func caseInsensitiveOccurrences(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
            let needle = needle.map(lowerASCII)
            guard !needle.isEmpty, needle.count <= bytes.count else { return [] }
            var found: [Range<Int>] = []
            var i = 0
            while i + needle.count <= bytes.count {
                var k = 0
                while k < needle.count && lowerASCII(bytes[i + k]) == needle[k] { k += 1 }
                if k == needle.count {
                    found.append(i..<i + needle.count)
                    i += needle.count
                } else {
                    i += 1
                }
            }
            return found
        }

        // MARK: Bytes

        @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
        @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
        @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isDigit(byte) || isLetter(byte) }
        @inline(__always) static func isSeparator(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x2E || byte == 0x2D }
        @inline(__always) static func isConnector(_ byte: UInt8) -> Bool {
            byte == 0x2E || byte == 0x2C || byte == 0x2F || byte == 0x2D
        }
        @inline(__always) static func isLocalPart(_ byte: UInt8) -> Bool {
            isAlphanumeric(byte) || byte == 0x2E || byte == 0x5F || byte == 0x25 || byte == 0x2B || byte == 0x2D
        }
        @inline(__always) static func lowerASCII(_ byte: UInt8) -> UInt8 { isLetter(byte) ? byte | 0x20 : byte }
    }
}
