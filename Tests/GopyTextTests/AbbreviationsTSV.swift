// A verbatim copy of shared/reference/abbreviations.tsv (NFC), written by the same script as
// Sources/GopyText/AbbreviationTable.swift, so that the tests check the table against the TSV.

enum AbbreviationsTSV {
    static let text = """
        abbr	variants	expansion	ambiguous
        TW	TƯ; T.Ư; T.W	Trung ương	low
        BCH	BCHTW; BCH TW; BCH Trung ương	Ban Chấp hành (Trung ương)	low
        BCT		Bộ Chính trị	low
        BBT		Ban Bí thư	low
        BTV	BTVTU; BTVHU; BTV Tỉnh ủy	Ban Thường vụ (Tỉnh ủy/Huyện ủy)	low
        UBKT	UBKTTW	Ủy ban Kiểm tra (Trung ương)	low
        TU		Tỉnh ủy / Thành ủy (also Thị ủy)	HIGH
        HU		Huyện ủy	medium
        QU		Quận ủy	medium
        ĐU	ĐUK	Đảng ủy (Khối)	medium
        QUTW		Quân ủy Trung ương	low
        ĐĐ		Đảng đoàn	medium
        BCSĐ	BCS đảng	Ban cán sự đảng	low
        BCĐ		Ban Chỉ đạo	low
        BTC	BTCTW	Ban Tổ chức (Trung ương)	HIGH (Bộ Tài chính; ban tổ chức sự kiện)
        BTG	BTGTW	Ban Tuyên giáo (since 2025: Ban Tuyên giáo và Dân vận TW)	low
        BDV	BDVTW	Ban Dân vận	low
        BNC	BNCTW	Ban Nội chính	low
        VPTW		Văn phòng Trung ương Đảng	low
        TBT		Tổng Bí thư	low
        CB		chi bộ / cán bộ	HIGH
        ĐV		đảng viên / đoàn viên / đơn vị	HIGH
        CB, ĐV	CBĐV	cán bộ, đảng viên	low (as a pair)
        TCCSĐ		tổ chức cơ sở đảng	low
        ĐCSVN		Đảng Cộng sản Việt Nam	low
        ĐH	ĐHĐB	Đại hội (đại biểu)	medium (đại học)
        HTCT		hệ thống chính trị	low
        QH		Quốc hội	low
        UBTVQH		Ủy ban Thường vụ Quốc hội	low
        ĐBQH		đại biểu Quốc hội	low
        CP		Chính phủ	medium (cổ phần)
        TTg		Thủ tướng Chính phủ	low
        HĐND		Hội đồng nhân dân	low
        UBND		Ủy ban nhân dân	low
        TAND		Tòa án nhân dân	low
        VKSND		Viện kiểm sát nhân dân	low
        KTNN		Kiểm toán Nhà nước	low
        CAND		Công an nhân dân	low
        QĐND	QĐNDVN	Quân đội nhân dân (Việt Nam)	low
        LLVT	LLVTND	lực lượng vũ trang (nhân dân)	low
        CBCCVC	CB, CC, VC	cán bộ, công chức, viên chức	low
        CCHC		cải cách hành chính	low
        NSNN		ngân sách nhà nước	low
        DNNN		doanh nghiệp nhà nước	low
        MTTQ	MTTQVN; Mặt trận	Mặt trận Tổ quốc (Việt Nam)	low
        UBMTTQ	UB MTTQ	Ủy ban Mặt trận Tổ quốc	low
        CT-XH	CTXH	chính trị - xã hội	medium (công tác xã hội)
        HLHPN	HPN; Hội LHPN	Hội Liên hiệp Phụ nữ	low
        HND		Hội Nông dân	low
        HCCB		Hội Cựu chiến binh	low
        LĐLĐ	TLĐLĐVN	Liên đoàn Lao động / Tổng Liên đoàn Lao động Việt Nam	low
        ĐTN	Đoàn TNCS HCM	Đoàn Thanh niên Cộng sản Hồ Chí Minh	low
        CNXH		chủ nghĩa xã hội	low
        XHCN		xã hội chủ nghĩa	low
        CNML	CN Mác - Lênin	chủ nghĩa Mác - Lênin	low
        TTHCM	TT HCM	tư tưởng Hồ Chí Minh	low
        CNH, HĐH	CNH-HĐH; CNH - HĐH; CNH,HĐH	công nghiệp hóa, hiện đại hóa	low
        KT-XH	KTXH; KT - XH; KT–XH	kinh tế - xã hội	low
        QP-AN	QPAN; QP, AN; QP - AN	quốc phòng - an ninh	low
        ANCT		an ninh chính trị	low
        TTATXH	TTAT XH	trật tự, an toàn xã hội	low
        KTTT		kinh tế thị trường	low
        KH&CN	KHCN; KH-CN	khoa học và công nghệ	low
        ĐMST		đổi mới sáng tạo	low
        CĐS		chuyển đổi số	low
        GD&ĐT	GDĐT; GD-ĐT	giáo dục và đào tạo	low
        DTTS	ĐBDTTS	dân tộc thiểu số (đồng bào DTTS)	low
        PCTN	PCTNTC; PCTN, TC	phòng, chống tham nhũng(, tiêu cực)	low
        THTK, CLP	THTK-CLP	thực hành tiết kiệm, chống lãng phí	low
        BĐKH		biến đổi khí hậu	low
        NN&PTNT	NNPTNT	nông nghiệp và phát triển nông thôn	low
        NTM		nông thôn mới	low
        ASXH		an sinh xã hội	low
        NQ		Nghị quyết	low
        QĐ		Quyết định	low
        CT		Chỉ thị	HIGH (chủ tịch; chương trình)
        KL		Kết luận (Party)	low
        QC		Quy chế	low
        QyĐ	QĐi (Party)	Quy định	low
        TB		Thông báo	low
        TC		Thông cáo	medium
        HD		Hướng dẫn	low
        CTr	CTHĐ	Chương trình (hành động)	low
        KH		Kế hoạch	medium (khoa học)
        PA		Phương án	low
        ĐA		Đề án	low
        DA		Dự án	low
        BC		Báo cáo	low
        BB		Biên bản	low
        TTr		Tờ trình	low
        TT		Thông tư (state) / Thông tri (Party) / thị trấn / Thường trực	HIGH
        NĐ		Nghị định	low
        TP	TP.; Tp	thành phố	low
        TX		thị xã	low
        TP.HCM	TPHCM; TP. HCM; TP Hồ Chí Minh	Thành phố Hồ Chí Minh	low
        """
}
