/// A made-up citizen: a random combination of common family, middle and given names, a fake
/// phone number and a fake address. Nobody real.
struct Person: Sendable, Hashable {
    var name: String
    var phone: String
    var address: String

    /// A fake e-mail address made from the name: "nguyenvanan24@example.com".
    var email: String {
        Self.asciiLetters(of: name).lowercased() + String(phone.suffix(2)) + "@example.com"
    }

    static let familyNames = [
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
        "Dương", "Lý", "H'", "Y",
    ]
    static let middleNames = [
        "Văn", "Thị", "Hữu", "Đức", "Minh", "Ngọc", "Thanh", "Quang", "Xuân", "Thu", "Kim", "Công", "Hoài", "Bảo",
        "Thúy", "Gia",
    ]
    static let givenNames = [
        "An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hoa", "Hùng", "Hương", "Lan", "Linh", "Long", "Mai",
        "Nam", "Nga", "Phong", "Phương", "Quân", "Sơn", "Tâm", "Thảo", "Thắng", "Trang", "Tuấn", "Vân", "Yến",
        "Khoa", "Hiếu", "Nhung", "Thủy", "Toàn", "Lộc", "Oanh",
    ]
    static let streets = [
        "Lê Lợi", "Trần Hưng Đạo", "Nguyễn Tất Thành", "Hùng Vương", "Phan Bội Châu", "Lý Thường Kiệt",
        "Hai Bà Trưng", "Ngô Quyền", "Y Jút", "Phan Chu Trinh", "Lê Duẩn", "Mai Hắc Đế",
    ]
    static let wards = ["Tân Lợi", "Thắng Lợi", "Tự An", "Thành Công", "Tân Thành", "Ea Tam", "Khánh Xuân", "Tân An"]
    static let communes = ["Ea Kênh", "Hòa Đông", "Ea Phê", "Cư Né", "Krông Búk", "Ea Tiêu", "Hòa Thắng", "Ea Hồ", "Phú Xuân", "Tam Giang"]
    static let districts = ["Krông Pắc", "Cư M'gar", "Ea Kar", "Krông Ana", "Lắk", "Buôn Đôn", "Krông Năng", "Ea H'leo"]

    /// A person drawn from `random`.
    static func make(_ random: inout SplitMix64) -> Person {
        let family = random.pick(familyNames)
        var name: String
        if family == "H'" || family == "Y" {
            // Ê Đê names: H'Hen Niê, Y Bhin Kbuôr.
            name = family + (family == "H'" ? "" : " ") + random.pick(["Hen", "Bhin", "Blim", "Dju", "Nga", "Thu", "Khiêm"])
                + " " + random.pick(["Niê", "Kbuôr", "Mlô", "Êban", "Ayũn", "Byă"])
        } else {
            name = family + " " + random.pick(middleNames) + " " + random.pick(givenNames)
            if random.chance(0.1) { name = family + " " + random.pick(middleNames) + " " + random.pick(middleNames) + " " + random.pick(givenNames) }
        }
        var phone = "09"
        for _ in 0..<8 { phone.append(Character(Unicode.Scalar(UInt8(0x30 + random.below(10))))) }
        let address: String
        if random.chance(0.5) {
            address = "Số \(random.int(in: 1...320)) đường \(random.pick(streets)), phường \(random.pick(wards)), thành phố Buôn Ma Thuột"
        } else {
            address = "Thôn \(random.int(in: 1...15)), xã \(random.pick(communes)), huyện \(random.pick(districts))"
        }
        return Person(name: name, phone: phone, address: address)
    }

    /// The name's letters without diacritics or spaces: "Nguyễn Văn An" → "NguyenVanAn".
    static func asciiLetters(of text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if let folded = fold[scalar] {
                result.append(folded)
            } else if (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value) {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let fold: [Unicode.Scalar: Character] = {
        var table: [Unicode.Scalar: Character] = [:]
        let groups: [(Character, String)] = [
            ("a", "àáảãạăằắẳẵặâầấẩẫậ"), ("e", "èéẻẽẹêềếểễệ"), ("i", "ìíỉĩị"), ("o", "òóỏõọôồốổỗộơờớởỡợ"),
            ("u", "ùúủũụưừứửữự"), ("y", "ỳýỷỹỵ"), ("d", "đ"), ("A", "ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"), ("E", "ÈÉẺẼẸÊỀẾỂỄỆ"),
            ("I", "ÌÍỈĨỊ"), ("O", "ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢ"), ("U", "ÙÚỦŨỤƯỪỨỬỮỰ"), ("Y", "ỲÝỶỸỴ"), ("D", "Đ"),
        ]
        for (base, letters) in groups {
            for scalar in letters.unicodeScalars { table[scalar] = base }
        }
        return table
    }()

    /// The text without Vietnamese diacritics, keeping everything else: how comments typed
    /// without an input method look ("phan II muc 3.1").
    static func unaccented(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if let folded = fold[scalar] { result.append(folded) } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }
}
