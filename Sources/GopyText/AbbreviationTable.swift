// Generated from shared/reference/abbreviations.tsv by generate_abbreviations.py (a Python
// script of the matching-keys work, not kept in the repository): one row per TSV line, the
// first four fields verbatim; for rows whose `ambiguous` column starts with "low", the token
// (the abbreviation's letters), the long form (the expansion without parenthesised parts and
// notes, "Liên đoàn Lao động" chosen by hand for LĐLĐ), the spellings (abbreviation, variants
// without notes, token) and, chosen by hand, what the spellings with more than the long form
// stand for. Do not edit by hand: change the TSV or the script and generate again.
// Tests/GopyTextTests/AbbreviationTableTests.swift checks this table against the TSV.

extension AbbreviationRow {
    /// Every row of `abbreviations.tsv`, in its order.
    static let table: [AbbreviationRow] = [
        AbbreviationRow(
            abbreviation: "TW", variants: ["TƯ", "T.Ư", "T.W"],
            expansion: "Trung ương", ambiguity: "low",
            token: "TW", longForm: "Trung ương",
            spellings: ["TW", "TƯ", "T.Ư", "T.W"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "BCH", variants: ["BCHTW", "BCH TW", "BCH Trung ương"],
            expansion: "Ban Chấp hành (Trung ương)", ambiguity: "low",
            token: "BCH", longForm: "Ban Chấp hành",
            spellings: ["BCH", "BCHTW", "BCH TW", "BCH Trung ương"],
            spelledOut: ["BCHTW": "Ban Chấp hành Trung ương", "BCH TW": "Ban Chấp hành Trung ương", "BCH Trung ương": "Ban Chấp hành Trung ương"]
        ),
        AbbreviationRow(
            abbreviation: "BCT", variants: [],
            expansion: "Bộ Chính trị", ambiguity: "low",
            token: "BCT", longForm: "Bộ Chính trị",
            spellings: ["BCT"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "BBT", variants: [],
            expansion: "Ban Bí thư", ambiguity: "low",
            token: "BBT", longForm: "Ban Bí thư",
            spellings: ["BBT"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "BTV", variants: ["BTVTU", "BTVHU", "BTV Tỉnh ủy"],
            expansion: "Ban Thường vụ (Tỉnh ủy/Huyện ủy)", ambiguity: "low",
            token: "BTV", longForm: "Ban Thường vụ",
            spellings: ["BTV", "BTVTU", "BTVHU", "BTV Tỉnh ủy"],
            spelledOut: ["BTVTU": "Ban Thường vụ Tỉnh ủy", "BTVHU": "Ban Thường vụ Huyện ủy", "BTV Tỉnh ủy": "Ban Thường vụ Tỉnh ủy"]
        ),
        AbbreviationRow(
            abbreviation: "UBKT", variants: ["UBKTTW"],
            expansion: "Ủy ban Kiểm tra (Trung ương)", ambiguity: "low",
            token: "UBKT", longForm: "Ủy ban Kiểm tra",
            spellings: ["UBKT", "UBKTTW"],
            spelledOut: ["UBKTTW": "Ủy ban Kiểm tra Trung ương"]
        ),
        AbbreviationRow(
            abbreviation: "TU", variants: [],
            expansion: "Tỉnh ủy / Thành ủy (also Thị ủy)", ambiguity: "HIGH",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "HU", variants: [],
            expansion: "Huyện ủy", ambiguity: "medium",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "QU", variants: [],
            expansion: "Quận ủy", ambiguity: "medium",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "ĐU", variants: ["ĐUK"],
            expansion: "Đảng ủy (Khối)", ambiguity: "medium",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "QUTW", variants: [],
            expansion: "Quân ủy Trung ương", ambiguity: "low",
            token: "QUTW", longForm: "Quân ủy Trung ương",
            spellings: ["QUTW"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "ĐĐ", variants: [],
            expansion: "Đảng đoàn", ambiguity: "medium",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "BCSĐ", variants: ["BCS đảng"],
            expansion: "Ban cán sự đảng", ambiguity: "low",
            token: "BCSĐ", longForm: "Ban cán sự đảng",
            spellings: ["BCSĐ", "BCS đảng"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "BCĐ", variants: [],
            expansion: "Ban Chỉ đạo", ambiguity: "low",
            token: "BCĐ", longForm: "Ban Chỉ đạo",
            spellings: ["BCĐ"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "BTC", variants: ["BTCTW"],
            expansion: "Ban Tổ chức (Trung ương)", ambiguity: "HIGH (Bộ Tài chính; ban tổ chức sự kiện)",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "BTG", variants: ["BTGTW"],
            expansion: "Ban Tuyên giáo (since 2025: Ban Tuyên giáo và Dân vận TW)", ambiguity: "low",
            token: "BTG", longForm: "Ban Tuyên giáo",
            spellings: ["BTG", "BTGTW"],
            spelledOut: ["BTGTW": "Ban Tuyên giáo Trung ương"]
        ),
        AbbreviationRow(
            abbreviation: "BDV", variants: ["BDVTW"],
            expansion: "Ban Dân vận", ambiguity: "low",
            token: "BDV", longForm: "Ban Dân vận",
            spellings: ["BDV", "BDVTW"],
            spelledOut: ["BDVTW": "Ban Dân vận Trung ương"]
        ),
        AbbreviationRow(
            abbreviation: "BNC", variants: ["BNCTW"],
            expansion: "Ban Nội chính", ambiguity: "low",
            token: "BNC", longForm: "Ban Nội chính",
            spellings: ["BNC", "BNCTW"],
            spelledOut: ["BNCTW": "Ban Nội chính Trung ương"]
        ),
        AbbreviationRow(
            abbreviation: "VPTW", variants: [],
            expansion: "Văn phòng Trung ương Đảng", ambiguity: "low",
            token: "VPTW", longForm: "Văn phòng Trung ương Đảng",
            spellings: ["VPTW"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TBT", variants: [],
            expansion: "Tổng Bí thư", ambiguity: "low",
            token: "TBT", longForm: "Tổng Bí thư",
            spellings: ["TBT"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "CB", variants: [],
            expansion: "chi bộ / cán bộ", ambiguity: "HIGH",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "ĐV", variants: [],
            expansion: "đảng viên / đoàn viên / đơn vị", ambiguity: "HIGH",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "CB, ĐV", variants: ["CBĐV"],
            expansion: "cán bộ, đảng viên", ambiguity: "low (as a pair)",
            token: "CBĐV", longForm: "cán bộ, đảng viên",
            spellings: ["CB, ĐV", "CBĐV"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TCCSĐ", variants: [],
            expansion: "tổ chức cơ sở đảng", ambiguity: "low",
            token: "TCCSĐ", longForm: "tổ chức cơ sở đảng",
            spellings: ["TCCSĐ"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "ĐCSVN", variants: [],
            expansion: "Đảng Cộng sản Việt Nam", ambiguity: "low",
            token: "ĐCSVN", longForm: "Đảng Cộng sản Việt Nam",
            spellings: ["ĐCSVN"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "ĐH", variants: ["ĐHĐB"],
            expansion: "Đại hội (đại biểu)", ambiguity: "medium (đại học)",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "HTCT", variants: [],
            expansion: "hệ thống chính trị", ambiguity: "low",
            token: "HTCT", longForm: "hệ thống chính trị",
            spellings: ["HTCT"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "QH", variants: [],
            expansion: "Quốc hội", ambiguity: "low",
            token: "QH", longForm: "Quốc hội",
            spellings: ["QH"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "UBTVQH", variants: [],
            expansion: "Ủy ban Thường vụ Quốc hội", ambiguity: "low",
            token: "UBTVQH", longForm: "Ủy ban Thường vụ Quốc hội",
            spellings: ["UBTVQH"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "ĐBQH", variants: [],
            expansion: "đại biểu Quốc hội", ambiguity: "low",
            token: "ĐBQH", longForm: "đại biểu Quốc hội",
            spellings: ["ĐBQH"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "CP", variants: [],
            expansion: "Chính phủ", ambiguity: "medium (cổ phần)",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TTg", variants: [],
            expansion: "Thủ tướng Chính phủ", ambiguity: "low",
            token: "TTg", longForm: "Thủ tướng Chính phủ",
            spellings: ["TTg"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "HĐND", variants: [],
            expansion: "Hội đồng nhân dân", ambiguity: "low",
            token: "HĐND", longForm: "Hội đồng nhân dân",
            spellings: ["HĐND"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "UBND", variants: [],
            expansion: "Ủy ban nhân dân", ambiguity: "low",
            token: "UBND", longForm: "Ủy ban nhân dân",
            spellings: ["UBND"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TAND", variants: [],
            expansion: "Tòa án nhân dân", ambiguity: "low",
            token: "TAND", longForm: "Tòa án nhân dân",
            spellings: ["TAND"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "VKSND", variants: [],
            expansion: "Viện kiểm sát nhân dân", ambiguity: "low",
            token: "VKSND", longForm: "Viện kiểm sát nhân dân",
            spellings: ["VKSND"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "KTNN", variants: [],
            expansion: "Kiểm toán Nhà nước", ambiguity: "low",
            token: "KTNN", longForm: "Kiểm toán Nhà nước",
            spellings: ["KTNN"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "CAND", variants: [],
            expansion: "Công an nhân dân", ambiguity: "low",
            token: "CAND", longForm: "Công an nhân dân",
            spellings: ["CAND"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "QĐND", variants: ["QĐNDVN"],
            expansion: "Quân đội nhân dân (Việt Nam)", ambiguity: "low",
            token: "QĐND", longForm: "Quân đội nhân dân",
            spellings: ["QĐND", "QĐNDVN"],
            spelledOut: ["QĐNDVN": "Quân đội nhân dân Việt Nam"]
        ),
        AbbreviationRow(
            abbreviation: "LLVT", variants: ["LLVTND"],
            expansion: "lực lượng vũ trang (nhân dân)", ambiguity: "low",
            token: "LLVT", longForm: "lực lượng vũ trang",
            spellings: ["LLVT", "LLVTND"],
            spelledOut: ["LLVTND": "lực lượng vũ trang nhân dân"]
        ),
        AbbreviationRow(
            abbreviation: "CBCCVC", variants: ["CB, CC, VC"],
            expansion: "cán bộ, công chức, viên chức", ambiguity: "low",
            token: "CBCCVC", longForm: "cán bộ, công chức, viên chức",
            spellings: ["CBCCVC", "CB, CC, VC"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "CCHC", variants: [],
            expansion: "cải cách hành chính", ambiguity: "low",
            token: "CCHC", longForm: "cải cách hành chính",
            spellings: ["CCHC"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "NSNN", variants: [],
            expansion: "ngân sách nhà nước", ambiguity: "low",
            token: "NSNN", longForm: "ngân sách nhà nước",
            spellings: ["NSNN"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "DNNN", variants: [],
            expansion: "doanh nghiệp nhà nước", ambiguity: "low",
            token: "DNNN", longForm: "doanh nghiệp nhà nước",
            spellings: ["DNNN"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "MTTQ", variants: ["MTTQVN", "Mặt trận"],
            expansion: "Mặt trận Tổ quốc (Việt Nam)", ambiguity: "low",
            token: "MTTQ", longForm: "Mặt trận Tổ quốc",
            spellings: ["MTTQ", "MTTQVN", "Mặt trận"],
            spelledOut: ["MTTQVN": "Mặt trận Tổ quốc Việt Nam"]
        ),
        AbbreviationRow(
            abbreviation: "UBMTTQ", variants: ["UB MTTQ"],
            expansion: "Ủy ban Mặt trận Tổ quốc", ambiguity: "low",
            token: "UBMTTQ", longForm: "Ủy ban Mặt trận Tổ quốc",
            spellings: ["UBMTTQ", "UB MTTQ"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "CT-XH", variants: ["CTXH"],
            expansion: "chính trị - xã hội", ambiguity: "medium (công tác xã hội)",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "HLHPN", variants: ["HPN", "Hội LHPN"],
            expansion: "Hội Liên hiệp Phụ nữ", ambiguity: "low",
            token: "HLHPN", longForm: "Hội Liên hiệp Phụ nữ",
            spellings: ["HLHPN", "HPN", "Hội LHPN"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "HND", variants: [],
            expansion: "Hội Nông dân", ambiguity: "low",
            token: "HND", longForm: "Hội Nông dân",
            spellings: ["HND"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "HCCB", variants: [],
            expansion: "Hội Cựu chiến binh", ambiguity: "low",
            token: "HCCB", longForm: "Hội Cựu chiến binh",
            spellings: ["HCCB"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "LĐLĐ", variants: ["TLĐLĐVN"],
            expansion: "Liên đoàn Lao động / Tổng Liên đoàn Lao động Việt Nam", ambiguity: "low",
            token: "LĐLĐ", longForm: "Liên đoàn Lao động",
            spellings: ["LĐLĐ", "TLĐLĐVN"],
            spelledOut: ["TLĐLĐVN": "Tổng Liên đoàn Lao động Việt Nam"]
        ),
        AbbreviationRow(
            abbreviation: "ĐTN", variants: ["Đoàn TNCS HCM"],
            expansion: "Đoàn Thanh niên Cộng sản Hồ Chí Minh", ambiguity: "low",
            token: "ĐTN", longForm: "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
            spellings: ["ĐTN", "Đoàn TNCS HCM"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "CNXH", variants: [],
            expansion: "chủ nghĩa xã hội", ambiguity: "low",
            token: "CNXH", longForm: "chủ nghĩa xã hội",
            spellings: ["CNXH"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "XHCN", variants: [],
            expansion: "xã hội chủ nghĩa", ambiguity: "low",
            token: "XHCN", longForm: "xã hội chủ nghĩa",
            spellings: ["XHCN"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "CNML", variants: ["CN Mác - Lênin"],
            expansion: "chủ nghĩa Mác - Lênin", ambiguity: "low",
            token: "CNML", longForm: "chủ nghĩa Mác - Lênin",
            spellings: ["CNML", "CN Mác - Lênin"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TTHCM", variants: ["TT HCM"],
            expansion: "tư tưởng Hồ Chí Minh", ambiguity: "low",
            token: "TTHCM", longForm: "tư tưởng Hồ Chí Minh",
            spellings: ["TTHCM", "TT HCM"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "CNH, HĐH", variants: ["CNH-HĐH", "CNH - HĐH", "CNH,HĐH"],
            expansion: "công nghiệp hóa, hiện đại hóa", ambiguity: "low",
            token: "CNHHĐH", longForm: "công nghiệp hóa, hiện đại hóa",
            spellings: ["CNH, HĐH", "CNH-HĐH", "CNH - HĐH", "CNH,HĐH", "CNHHĐH"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "KT-XH", variants: ["KTXH", "KT - XH", "KT–XH"],
            expansion: "kinh tế - xã hội", ambiguity: "low",
            token: "KTXH", longForm: "kinh tế - xã hội",
            spellings: ["KT-XH", "KTXH", "KT - XH", "KT–XH"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "QP-AN", variants: ["QPAN", "QP, AN", "QP - AN"],
            expansion: "quốc phòng - an ninh", ambiguity: "low",
            token: "QPAN", longForm: "quốc phòng - an ninh",
            spellings: ["QP-AN", "QPAN", "QP, AN", "QP - AN"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "ANCT", variants: [],
            expansion: "an ninh chính trị", ambiguity: "low",
            token: "ANCT", longForm: "an ninh chính trị",
            spellings: ["ANCT"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TTATXH", variants: ["TTAT XH"],
            expansion: "trật tự, an toàn xã hội", ambiguity: "low",
            token: "TTATXH", longForm: "trật tự, an toàn xã hội",
            spellings: ["TTATXH", "TTAT XH"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "KTTT", variants: [],
            expansion: "kinh tế thị trường", ambiguity: "low",
            token: "KTTT", longForm: "kinh tế thị trường",
            spellings: ["KTTT"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "KH&CN", variants: ["KHCN", "KH-CN"],
            expansion: "khoa học và công nghệ", ambiguity: "low",
            token: "KHCN", longForm: "khoa học và công nghệ",
            spellings: ["KH&CN", "KHCN", "KH-CN"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "ĐMST", variants: [],
            expansion: "đổi mới sáng tạo", ambiguity: "low",
            token: "ĐMST", longForm: "đổi mới sáng tạo",
            spellings: ["ĐMST"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "CĐS", variants: [],
            expansion: "chuyển đổi số", ambiguity: "low",
            token: "CĐS", longForm: "chuyển đổi số",
            spellings: ["CĐS"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "GD&ĐT", variants: ["GDĐT", "GD-ĐT"],
            expansion: "giáo dục và đào tạo", ambiguity: "low",
            token: "GDĐT", longForm: "giáo dục và đào tạo",
            spellings: ["GD&ĐT", "GDĐT", "GD-ĐT"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "DTTS", variants: ["ĐBDTTS"],
            expansion: "dân tộc thiểu số (đồng bào DTTS)", ambiguity: "low",
            token: "DTTS", longForm: "dân tộc thiểu số",
            spellings: ["DTTS", "ĐBDTTS"],
            spelledOut: ["ĐBDTTS": "đồng bào dân tộc thiểu số"]
        ),
        AbbreviationRow(
            abbreviation: "PCTN", variants: ["PCTNTC", "PCTN, TC"],
            expansion: "phòng, chống tham nhũng(, tiêu cực)", ambiguity: "low",
            token: "PCTN", longForm: "phòng, chống tham nhũng",
            spellings: ["PCTN", "PCTNTC", "PCTN, TC"],
            spelledOut: ["PCTNTC": "phòng, chống tham nhũng, tiêu cực", "PCTN, TC": "phòng, chống tham nhũng, tiêu cực"]
        ),
        AbbreviationRow(
            abbreviation: "THTK, CLP", variants: ["THTK-CLP"],
            expansion: "thực hành tiết kiệm, chống lãng phí", ambiguity: "low",
            token: "THTKCLP", longForm: "thực hành tiết kiệm, chống lãng phí",
            spellings: ["THTK, CLP", "THTK-CLP", "THTKCLP"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "BĐKH", variants: [],
            expansion: "biến đổi khí hậu", ambiguity: "low",
            token: "BĐKH", longForm: "biến đổi khí hậu",
            spellings: ["BĐKH"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "NN&PTNT", variants: ["NNPTNT"],
            expansion: "nông nghiệp và phát triển nông thôn", ambiguity: "low",
            token: "NNPTNT", longForm: "nông nghiệp và phát triển nông thôn",
            spellings: ["NN&PTNT", "NNPTNT"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "NTM", variants: [],
            expansion: "nông thôn mới", ambiguity: "low",
            token: "NTM", longForm: "nông thôn mới",
            spellings: ["NTM"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "ASXH", variants: [],
            expansion: "an sinh xã hội", ambiguity: "low",
            token: "ASXH", longForm: "an sinh xã hội",
            spellings: ["ASXH"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "NQ", variants: [],
            expansion: "Nghị quyết", ambiguity: "low",
            token: "NQ", longForm: "Nghị quyết",
            spellings: ["NQ"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "QĐ", variants: [],
            expansion: "Quyết định", ambiguity: "low",
            token: "QĐ", longForm: "Quyết định",
            spellings: ["QĐ"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "CT", variants: [],
            expansion: "Chỉ thị", ambiguity: "HIGH (chủ tịch; chương trình)",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "KL", variants: [],
            expansion: "Kết luận (Party)", ambiguity: "low",
            token: "KL", longForm: "Kết luận",
            spellings: ["KL"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "QC", variants: [],
            expansion: "Quy chế", ambiguity: "low",
            token: "QC", longForm: "Quy chế",
            spellings: ["QC"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "QyĐ", variants: ["QĐi (Party)"],
            expansion: "Quy định", ambiguity: "low",
            token: "QyĐ", longForm: "Quy định",
            spellings: ["QyĐ", "QĐi"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TB", variants: [],
            expansion: "Thông báo", ambiguity: "low",
            token: "TB", longForm: "Thông báo",
            spellings: ["TB"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TC", variants: [],
            expansion: "Thông cáo", ambiguity: "medium",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "HD", variants: [],
            expansion: "Hướng dẫn", ambiguity: "low",
            token: "HD", longForm: "Hướng dẫn",
            spellings: ["HD"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "CTr", variants: ["CTHĐ"],
            expansion: "Chương trình (hành động)", ambiguity: "low",
            token: "CTr", longForm: "Chương trình",
            spellings: ["CTr", "CTHĐ"],
            spelledOut: ["CTHĐ": "Chương trình hành động"]
        ),
        AbbreviationRow(
            abbreviation: "KH", variants: [],
            expansion: "Kế hoạch", ambiguity: "medium (khoa học)",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "PA", variants: [],
            expansion: "Phương án", ambiguity: "low",
            token: "PA", longForm: "Phương án",
            spellings: ["PA"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "ĐA", variants: [],
            expansion: "Đề án", ambiguity: "low",
            token: "ĐA", longForm: "Đề án",
            spellings: ["ĐA"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "DA", variants: [],
            expansion: "Dự án", ambiguity: "low",
            token: "DA", longForm: "Dự án",
            spellings: ["DA"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "BC", variants: [],
            expansion: "Báo cáo", ambiguity: "low",
            token: "BC", longForm: "Báo cáo",
            spellings: ["BC"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "BB", variants: [],
            expansion: "Biên bản", ambiguity: "low",
            token: "BB", longForm: "Biên bản",
            spellings: ["BB"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TTr", variants: [],
            expansion: "Tờ trình", ambiguity: "low",
            token: "TTr", longForm: "Tờ trình",
            spellings: ["TTr"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TT", variants: [],
            expansion: "Thông tư (state) / Thông tri (Party) / thị trấn / Thường trực", ambiguity: "HIGH",
            token: "", longForm: "", spellings: [], spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "NĐ", variants: [],
            expansion: "Nghị định", ambiguity: "low",
            token: "NĐ", longForm: "Nghị định",
            spellings: ["NĐ"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TP", variants: ["TP.", "Tp"],
            expansion: "thành phố", ambiguity: "low",
            token: "TP", longForm: "thành phố",
            spellings: ["TP", "TP.", "Tp"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TX", variants: [],
            expansion: "thị xã", ambiguity: "low",
            token: "TX", longForm: "thị xã",
            spellings: ["TX"],
            spelledOut: [:]
        ),
        AbbreviationRow(
            abbreviation: "TP.HCM", variants: ["TPHCM", "TP. HCM", "TP Hồ Chí Minh"],
            expansion: "Thành phố Hồ Chí Minh", ambiguity: "low",
            token: "TPHCM", longForm: "Thành phố Hồ Chí Minh",
            spellings: ["TP.HCM", "TPHCM", "TP. HCM", "TP Hồ Chí Minh"],
            spelledOut: [:]
        ),
    ]
}
