/// Long forms and the abbreviations people write for them, from the unambiguous rows of
/// `../shared/reference/abbreviations.tsv` (only those whose long form the generated comments
/// use). Ambiguous ones (TU, CB, ĐV, BTC, CT …) are left out: swapping them would change what
/// a comment says.
enum Abbreviations {
    static let pairs: [(long: String, short: String)] = [
        ("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"), ("Mặt trận Tổ quốc", "MTTQ"),
        ("cán bộ, công chức, viên chức", "CBCCVC"), ("dân tộc thiểu số", "DTTS"), ("chuyển đổi số", "CĐS"),
        ("cải cách hành chính", "CCHC"), ("nông thôn mới", "NTM"), ("an sinh xã hội", "ASXH"), ("Nghị quyết", "NQ"),
        ("giáo dục và đào tạo", "GD&ĐT"), ("biến đổi khí hậu", "BĐKH"), ("hệ thống chính trị", "HTCT"),
        ("kinh tế - xã hội", "KT-XH"), ("quốc phòng - an ninh", "QP-AN"), ("khoa học và công nghệ", "KH&CN"),
        ("trật tự, an toàn xã hội", "TTATXH"), ("Ban Thường vụ", "BTV"), ("Ủy ban Kiểm tra", "UBKT"),
        ("Hội Cựu chiến binh", "HCCB"), ("an ninh chính trị", "ANCT"), ("ngân sách nhà nước", "NSNN"),
        ("phòng, chống tham nhũng", "PCTN"), ("tổ chức cơ sở đảng", "TCCSĐ"),
    ]
}
