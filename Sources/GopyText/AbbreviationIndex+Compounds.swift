extension AbbreviationIndex {
    /// Two-syllable words whose second syllable begins a long form: no long form is read from
    /// inside them, so "đề nghị quyết liệt" stays as it is rather than becoming "đề NQ liệt"
    /// (nghị quyết), nor "hội nghị định kỳ" "hội NĐ kỳ" (nghị định).
    ///
    /// Only a word that is not part of a run blocks the run after it ("KTXH nghị quyết" is
    /// "KTXH NQ"). Keys stay equal either way (both spellings of a comment give the same words);
    /// this keeps the words of phrases that other stages look for ("đề nghị", "cán bộ") in the key.
    /// Chosen by hand for the long forms of the reference table: a heuristic, not a dictionary.
    static let compounds = [
        "đề nghị", "kiến nghị", "hội nghị",  // nghị quyết, nghị định
        "giải quyết", "kiên quyết", "biểu quyết", "phán quyết",  // quyết định
        "cán bộ", "toàn bộ", "nội bộ", "đồng bộ", "tiến bộ", "sơ bộ",  // Bộ Chính trị
        "xã hội", "đại hội", "cơ hội", "hiệp hội", "chi hội",  // Hội đồng nhân dân, Hội Nông dân …
        "truyền thông", "giao thông", "lưu thông", "phổ thông",  // thông báo
        "định hướng", "phương hướng", "xu hướng",  // hướng dẫn
        "vấn đề", "chủ đề",  // đề án
        "địa phương", "đa phương", "song phương",  // phương án
        "đô thị", "chỉ thị", "siêu thị",  // thị xã
        "toàn quốc", "tổ quốc",  // Quốc hội, quốc phòng - an ninh
        "đoàn kết", "tổng kết", "liên kết", "cam kết",  // kết luận
        "tham dự",  // dự án
        "dân chủ",  // chủ nghĩa xã hội
    ]
}
