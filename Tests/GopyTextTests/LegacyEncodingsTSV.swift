/// A verbatim copy of `shared/reference/legacy-encodings.tsv` (all 134 Vietnamese letters with
/// their bytes in TCVN3, VNI-Windows, VISCII and Windows-1258), so that the tests check the
/// generated ``LegacyTables`` against the reference without depending on a file outside the
/// package. `LegacyTablesTests` compares the copy with the shared file when that is present.
enum LegacyEncodingsTSV {
    static let text = """
        char	cp	nfd	tcvn3_hex	tcvn3_as_cp1252	vni_hex	vni_as_cp1252	viscii_hex	cp1258_hex
        Á	U+00C1	U+0041 U+0301	B8	¸	41 D9	AÙ	C1	C1
        á	U+00E1	U+0061 U+0301	B8	¸	61 F9	aù	E1	E1
        À	U+00C0	U+0041 U+0300	B5	µ	41 D8	AØ	C0	C0
        à	U+00E0	U+0061 U+0300	B5	µ	61 F8	aø	E0	E0
        Ả	U+1EA2	U+0041 U+0309	B6	¶	41 DB	AÛ	C4	41 D2
        ả	U+1EA3	U+0061 U+0309	B6	¶	61 FB	aû	E4	61 D2
        Ã	U+00C3	U+0041 U+0303	B7	·	41 D5	AÕ	C3	41 DE
        ã	U+00E3	U+0061 U+0303	B7	·	61 F5	aõ	E3	61 DE
        Ạ	U+1EA0	U+0041 U+0323	B9	¹	41 CF	AÏ	80	41 F2
        ạ	U+1EA1	U+0061 U+0323	B9	¹	61 EF	aï	D5	61 F2
        Â	U+00C2	U+0041 U+0302	A2	¢	41 C2	AÂ	C2	C2
        â	U+00E2	U+0061 U+0302	A9	©	61 E2	aâ	E2	E2
        Ấ	U+1EA4	U+0041 U+0302 U+0301	CA	Ê	41 C1	AÁ	84	C2 EC
        ấ	U+1EA5	U+0061 U+0302 U+0301	CA	Ê	61 E1	aá	A4	E2 EC
        Ầ	U+1EA6	U+0041 U+0302 U+0300	C7	Ç	41 C0	AÀ	85	C2 CC
        ầ	U+1EA7	U+0061 U+0302 U+0300	C7	Ç	61 E0	aà	A5	E2 CC
        Ẩ	U+1EA8	U+0041 U+0302 U+0309	C8	È	41 C5	AÅ	86	C2 D2
        ẩ	U+1EA9	U+0061 U+0302 U+0309	C8	È	61 E5	aå	A6	E2 D2
        Ẫ	U+1EAA	U+0041 U+0302 U+0303	C9	É	41 C3	AÃ	06	C2 DE
        ẫ	U+1EAB	U+0061 U+0302 U+0303	C9	É	61 E3	aã	E7	E2 DE
        Ậ	U+1EAC	U+0041 U+0323 U+0302	CB	Ë	41 C4	AÄ	87	C2 F2
        ậ	U+1EAD	U+0061 U+0323 U+0302	CB	Ë	61 E4	aä	A7	E2 F2
        Ă	U+0102	U+0041 U+0306	A1	¡	41 CA	AÊ	C5	C3
        ă	U+0103	U+0061 U+0306	A8	¨	61 EA	aê	E5	E3
        Ắ	U+1EAE	U+0041 U+0306 U+0301	BE	¾	41 C9	AÉ	81	C3 EC
        ắ	U+1EAF	U+0061 U+0306 U+0301	BE	¾	61 E9	aé	A1	E3 EC
        Ằ	U+1EB0	U+0041 U+0306 U+0300	BB	»	41 C8	AÈ	82	C3 CC
        ằ	U+1EB1	U+0061 U+0306 U+0300	BB	»	61 E8	aè	A2	E3 CC
        Ẳ	U+1EB2	U+0041 U+0306 U+0309	BC	¼	41 DA	AÚ	02	C3 D2
        ẳ	U+1EB3	U+0061 U+0306 U+0309	BC	¼	61 FA	aú	C6	E3 D2
        Ẵ	U+1EB4	U+0041 U+0306 U+0303	BD	½	41 DC	AÜ	05	C3 DE
        ẵ	U+1EB5	U+0061 U+0306 U+0303	BD	½	61 FC	aü	C7	E3 DE
        Ặ	U+1EB6	U+0041 U+0323 U+0306	C6	Æ	41 CB	AË	83	C3 F2
        ặ	U+1EB7	U+0061 U+0323 U+0306	C6	Æ	61 EB	aë	A3	E3 F2
        Đ	U+0110	U+0110	A7	§	D1	Ñ	D0	D0
        đ	U+0111	U+0111	AE	®	F1	ñ	F0	F0
        É	U+00C9	U+0045 U+0301	D0	Ð	45 D9	EÙ	C9	C9
        é	U+00E9	U+0065 U+0301	D0	Ð	65 F9	eù	E9	E9
        È	U+00C8	U+0045 U+0300	CC	Ì	45 D8	EØ	C8	C8
        è	U+00E8	U+0065 U+0300	CC	Ì	65 F8	eø	E8	E8
        Ẻ	U+1EBA	U+0045 U+0309	CE	Î	45 DB	EÛ	CB	45 D2
        ẻ	U+1EBB	U+0065 U+0309	CE	Î	65 FB	eû	EB	65 D2
        Ẽ	U+1EBC	U+0045 U+0303	CF	Ï	45 D5	EÕ	88	45 DE
        ẽ	U+1EBD	U+0065 U+0303	CF	Ï	65 F5	eõ	A8	65 DE
        Ẹ	U+1EB8	U+0045 U+0323	D1	Ñ	45 CF	EÏ	89	45 F2
        ẹ	U+1EB9	U+0065 U+0323	D1	Ñ	65 EF	eï	A9	65 F2
        Ê	U+00CA	U+0045 U+0302	A3	£	45 C2	EÂ	CA	CA
        ê	U+00EA	U+0065 U+0302	AA	ª	65 E2	eâ	EA	EA
        Ế	U+1EBE	U+0045 U+0302 U+0301	D5	Õ	45 C1	EÁ	8A	CA EC
        ế	U+1EBF	U+0065 U+0302 U+0301	D5	Õ	65 E1	eá	AA	EA EC
        Ề	U+1EC0	U+0045 U+0302 U+0300	D2	Ò	45 C0	EÀ	8B	CA CC
        ề	U+1EC1	U+0065 U+0302 U+0300	D2	Ò	65 E0	eà	AB	EA CC
        Ể	U+1EC2	U+0045 U+0302 U+0309	D3	Ó	45 C5	EÅ	8C	CA D2
        ể	U+1EC3	U+0065 U+0302 U+0309	D3	Ó	65 E5	eå	AC	EA D2
        Ễ	U+1EC4	U+0045 U+0302 U+0303	D4	Ô	45 C3	EÃ	8D	CA DE
        ễ	U+1EC5	U+0065 U+0302 U+0303	D4	Ô	65 E3	eã	AD	EA DE
        Ệ	U+1EC6	U+0045 U+0323 U+0302	D6	Ö	45 C4	EÄ	8E	CA F2
        ệ	U+1EC7	U+0065 U+0323 U+0302	D6	Ö	65 E4	eä	AE	EA F2
        Í	U+00CD	U+0049 U+0301	DD	Ý	CD	Í	CD	CD
        í	U+00ED	U+0069 U+0301	DD	Ý	ED	í	ED	ED
        Ì	U+00CC	U+0049 U+0300	D7	×	CC	Ì	CC	49 CC
        ì	U+00EC	U+0069 U+0300	D7	×	EC	ì	EC	69 CC
        Ỉ	U+1EC8	U+0049 U+0309	D8	Ø	C6	Æ	9B	49 D2
        ỉ	U+1EC9	U+0069 U+0309	D8	Ø	E6	æ	EF	69 D2
        Ĩ	U+0128	U+0049 U+0303	DC	Ü	D3	Ó	CE	49 DE
        ĩ	U+0129	U+0069 U+0303	DC	Ü	F3	ó	EE	69 DE
        Ị	U+1ECA	U+0049 U+0323	DE	Þ	D2	Ò	98	49 F2
        ị	U+1ECB	U+0069 U+0323	DE	Þ	F2	ò	B8	69 F2
        Ó	U+00D3	U+004F U+0301	E3	ã	4F D9	OÙ	D3	D3
        ó	U+00F3	U+006F U+0301	E3	ã	6F F9	où	F3	F3
        Ò	U+00D2	U+004F U+0300	DF	ß	4F D8	OØ	D2	4F CC
        ò	U+00F2	U+006F U+0300	DF	ß	6F F8	oø	F2	6F CC
        Ỏ	U+1ECE	U+004F U+0309	E1	á	4F DB	OÛ	99	4F D2
        ỏ	U+1ECF	U+006F U+0309	E1	á	6F FB	oû	F6	6F D2
        Õ	U+00D5	U+004F U+0303	E2	â	4F D5	OÕ	A0	4F DE
        õ	U+00F5	U+006F U+0303	E2	â	6F F5	oõ	F5	6F DE
        Ọ	U+1ECC	U+004F U+0323	E4	ä	4F CF	OÏ	9A	4F F2
        ọ	U+1ECD	U+006F U+0323	E4	ä	6F EF	oï	F7	6F F2
        Ô	U+00D4	U+004F U+0302	A4	¤	4F C2	OÂ	D4	D4
        ô	U+00F4	U+006F U+0302	AB	«	6F E2	oâ	F4	F4
        Ố	U+1ED0	U+004F U+0302 U+0301	E8	è	4F C1	OÁ	8F	D4 EC
        ố	U+1ED1	U+006F U+0302 U+0301	E8	è	6F E1	oá	AF	F4 EC
        Ồ	U+1ED2	U+004F U+0302 U+0300	E5	å	4F C0	OÀ	90	D4 CC
        ồ	U+1ED3	U+006F U+0302 U+0300	E5	å	6F E0	oà	B0	F4 CC
        Ổ	U+1ED4	U+004F U+0302 U+0309	E6	æ	4F C5	OÅ	91	D4 D2
        ổ	U+1ED5	U+006F U+0302 U+0309	E6	æ	6F E5	oå	B1	F4 D2
        Ỗ	U+1ED6	U+004F U+0302 U+0303	E7	ç	4F C3	OÃ	92	D4 DE
        ỗ	U+1ED7	U+006F U+0302 U+0303	E7	ç	6F E3	oã	B2	F4 DE
        Ộ	U+1ED8	U+004F U+0323 U+0302	E9	é	4F C4	OÄ	93	D4 F2
        ộ	U+1ED9	U+006F U+0323 U+0302	E9	é	6F E4	oä	B5	F4 F2
        Ơ	U+01A0	U+004F U+031B	A5	¥	D4	Ô	B4	D5
        ơ	U+01A1	U+006F U+031B	AC	¬	F4	ô	BD	F5
        Ớ	U+1EDA	U+004F U+031B U+0301	ED	í	D4 D9	ÔÙ	95	D5 EC
        ớ	U+1EDB	U+006F U+031B U+0301	ED	í	F4 F9	ôù	BE	F5 EC
        Ờ	U+1EDC	U+004F U+031B U+0300	EA	ê	D4 D8	ÔØ	96	D5 CC
        ờ	U+1EDD	U+006F U+031B U+0300	EA	ê	F4 F8	ôø	B6	F5 CC
        Ở	U+1EDE	U+004F U+031B U+0309	EB	ë	D4 DB	ÔÛ	97	D5 D2
        ở	U+1EDF	U+006F U+031B U+0309	EB	ë	F4 FB	ôû	B7	F5 D2
        Ỡ	U+1EE0	U+004F U+031B U+0303	EC	ì	D4 D5	ÔÕ	B3	D5 DE
        ỡ	U+1EE1	U+006F U+031B U+0303	EC	ì	F4 F5	ôõ	DE	F5 DE
        Ợ	U+1EE2	U+004F U+031B U+0323	EE	î	D4 CF	ÔÏ	94	D5 F2
        ợ	U+1EE3	U+006F U+031B U+0323	EE	î	F4 EF	ôï	FE	F5 F2
        Ú	U+00DA	U+0055 U+0301	F3	ó	55 D9	UÙ	DA	DA
        ú	U+00FA	U+0075 U+0301	F3	ó	75 F9	uù	FA	FA
        Ù	U+00D9	U+0055 U+0300	EF	ï	55 D8	UØ	D9	D9
        ù	U+00F9	U+0075 U+0300	EF	ï	75 F8	uø	F9	F9
        Ủ	U+1EE6	U+0055 U+0309	F1	ñ	55 DB	UÛ	9C	55 D2
        ủ	U+1EE7	U+0075 U+0309	F1	ñ	75 FB	uû	FC	75 D2
        Ũ	U+0168	U+0055 U+0303	F2	ò	55 D5	UÕ	9D	55 DE
        ũ	U+0169	U+0075 U+0303	F2	ò	75 F5	uõ	FB	75 DE
        Ụ	U+1EE4	U+0055 U+0323	F4	ô	55 CF	UÏ	9E	55 F2
        ụ	U+1EE5	U+0075 U+0323	F4	ô	75 EF	uï	F8	75 F2
        Ư	U+01AF	U+0055 U+031B	A6	¦	D6	Ö	BF	DD
        ư	U+01B0	U+0075 U+031B	AD	­	F6	ö	DF	FD
        Ứ	U+1EE8	U+0055 U+031B U+0301	F8	ø	D6 D9	ÖÙ	BA	DD EC
        ứ	U+1EE9	U+0075 U+031B U+0301	F8	ø	F6 F9	öù	D1	FD EC
        Ừ	U+1EEA	U+0055 U+031B U+0300	F5	õ	D6 D8	ÖØ	BB	DD CC
        ừ	U+1EEB	U+0075 U+031B U+0300	F5	õ	F6 F8	öø	D7	FD CC
        Ử	U+1EEC	U+0055 U+031B U+0309	F6	ö	D6 DB	ÖÛ	BC	DD D2
        ử	U+1EED	U+0075 U+031B U+0309	F6	ö	F6 FB	öû	D8	FD D2
        Ữ	U+1EEE	U+0055 U+031B U+0303	F7	÷	D6 D5	ÖÕ	FF	DD DE
        ữ	U+1EEF	U+0075 U+031B U+0303	F7	÷	F6 F5	öõ	E6	FD DE
        Ự	U+1EF0	U+0055 U+031B U+0323	F9	ù	D6 CF	ÖÏ	B9	DD F2
        ự	U+1EF1	U+0075 U+031B U+0323	F9	ù	F6 EF	öï	F1	FD F2
        Ý	U+00DD	U+0059 U+0301	FD	ý	59 D9	YÙ	DD	59 EC
        ý	U+00FD	U+0079 U+0301	FD	ý	79 F9	yù	FD	79 EC
        Ỳ	U+1EF2	U+0059 U+0300	FA	ú	59 D8	YØ	9F	59 CC
        ỳ	U+1EF3	U+0079 U+0300	FA	ú	79 F8	yø	CF	79 CC
        Ỷ	U+1EF6	U+0059 U+0309	FB	û	59 DB	YÛ	14	59 D2
        ỷ	U+1EF7	U+0079 U+0309	FB	û	79 FB	yû	D6	79 D2
        Ỹ	U+1EF8	U+0059 U+0303	FC	ü	59 D5	YÕ	19	59 DE
        ỹ	U+1EF9	U+0079 U+0303	FC	ü	79 F5	yõ	DB	79 DE
        Ỵ	U+1EF4	U+0059 U+0323	FE	þ	CE	Î	1E	59 F2
        ỵ	U+1EF5	U+0079 U+0323	FE	þ	EE	î	DC	79 F2
        """

    /// One row of the table.
    struct Row {
        var character: String
        var codePoint: UInt32
        var tcvn3: [UInt8]
        var tcvn3AsWindows1252: String
        var vni: [UInt8]
        var vniAsWindows1252: String
        var windows1258: [UInt8]
    }

    /// The 134 rows.
    static let rows: [Row] = text.split(separator: "\n").dropFirst().map { line in
        let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        func bytes(_ column: String) -> [UInt8] { column.split(separator: " ").map { UInt8($0, radix: 16)! } }
        return Row(
            character: columns[0], codePoint: UInt32(columns[1].dropFirst(2), radix: 16)!,
            tcvn3: bytes(columns[3]), tcvn3AsWindows1252: columns[4],
            vni: bytes(columns[5]), vniAsWindows1252: columns[6], windows1258: bytes(columns[8]))
    }
}
