import shutil
import subprocess
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tcns_desktop.domain.legacy_encodings import (
    TCVN3_TABLE,
    decode_legacy,
    decode_tcvn3,
    decode_vni,
    detect_legacy_encoding,
    legacy_encoding_of_font,
    repair_legacy_text,
)
from tests.legacy_text import (
    ALL_LETTERS,
    TCVN3_BYTES,
    TONES,
    encode_tcvn3,
    encode_vni,
    nfc,
)


def test_there_are_134_precomposed_vietnamese_letters() -> None:
    assert len(ALL_LETTERS) == 134
    assert len(set(ALL_LETTERS)) == 134


# --- TCVN3 ---------------------------------------------------------------------------------


@pytest.mark.parametrize("letter", [letter for letter in ALL_LETTERS if letter.islower()])
def test_every_lower_case_letter_round_trips_through_tcvn3(letter: str) -> None:
    assert decode_tcvn3(encode_tcvn3(letter)) == letter


@pytest.mark.parametrize("letter", [letter for letter in ALL_LETTERS if letter.isupper()])
def test_every_capital_round_trips_through_an_h_font(letter: str) -> None:
    # .VnTimeH draws capitals at the lower-case positions.
    assert decode_tcvn3(encode_tcvn3(letter.lower()), upper_font=True) == letter


def test_tcvn3_has_seven_capitals_of_its_own() -> None:
    for capital in "ĂÂÊÔƠƯĐ":
        assert decode_tcvn3(encode_tcvn3(capital)) == capital


def test_module_table_equals_the_independent_table() -> None:
    non_ascii = {letter: byte for letter, byte in TCVN3_BYTES.items() if byte >= 0x80}
    assert {letter: byte for byte, letter in TCVN3_TABLE.items()} == non_ascii


@pytest.mark.skipif(shutil.which("iconv") is None, reason="needs glibc iconv")
def test_tcvn3_table_agrees_with_glibc_iconv() -> None:
    data = b"\n".join(bytes([byte]) for byte in sorted(TCVN3_TABLE))
    result = subprocess.run(
        ["iconv", "-f", "TCVN5712-1", "-t", "UTF-8"], input=data, capture_output=True, check=True
    )
    decoded = nfc(result.stdout.decode("utf-8")).split("\n")
    assert decoded == [TCVN3_TABLE[byte] for byte in sorted(TCVN3_TABLE)]


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("Nguy\xd4n V\xa9n \xb8nh", "Nguyễn Vân ánh"),  # domain notes §5.2, checked with iconv
        ("NguyÔn V¨n ¸nh", "Nguyễn Văn ánh"),
        ("Tr\xad\xeang", "Trường"),
        ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
        ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
        ("Uû ban nh©n d©n x· T©n LËp", "Uỷ ban nhân dân xã Tân Lập"),
        ("Tæ c«ng nghÖ sè céng ®ång", "Tổ công nghệ số cộng đồng"),
        ("Tæ tr\xadëng", "Tổ trưởng"),
        ("\u201cTæ phã\u201d \u2013 th«n §«ng", "\u201cTổ phó\u201d \u2013 thôn Đông"),
        ("§inh ThÞ Hång", "Đinh Thị Hồng"),
        ("Nguyễn", "Nguyễn"),  # Unicode letters are not TCVN3 characters: left alone
    ],
)
def test_real_tcvn3_text(legacy: str, unicode: str) -> None:
    assert decode_tcvn3(legacy) == unicode


def test_h_font_text_is_upper_cased() -> None:
    assert decode_tcvn3("nguyÔn v¨n ¸nh", upper_font=True) == "NGUYỄN VĂN ÁNH"
    assert decode_tcvn3("danh s¸ch", upper_font=True) == "DANH SÁCH"


def test_bytes_80_to_9f_read_as_c1_controls_are_accepted_too() -> None:
    # 8-bit strings in old .xls files give U+0080–U+009F; TCVN3 has no letters there, so
    # they only must not stop the text from being recognised.
    assert detect_legacy_encoding("Tæ tr\xadëng\x85") == "tcvn3"


# --- VNI -----------------------------------------------------------------------------------


@pytest.mark.parametrize("letter", ALL_LETTERS)
def test_every_letter_round_trips_through_vni(letter: str) -> None:
    assert decode_vni(encode_vni(letter)) == letter


def test_vni_encoder_matches_published_examples() -> None:
    assert encode_vni("Nguyễn") == "Nguyeãn"
    assert encode_vni("Cộng hòa") == "Coäng hoøa"
    assert encode_vni("á") == "aù"


@pytest.mark.parametrize(
    ("legacy", "unicode"),
    [
        ("Nguyeãn", "Nguyễn"),
        ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
        ("UÛY BAN NHAÂN DAÂN", "ỦY BAN NHÂN DÂN"),
        ("Toå coâng ngheä soá coäng ñoàng", "Tổ công nghệ số cộng đồng"),
        ("Tröôøng", "Trường"),
        ("Nguyeãn Vaên AÙnh", "Nguyễn Văn Ánh"),
        ("Ñinh Thò Hoàng", "Đinh Thị Hồng"),
        ("thuôû", "thuở"),
        ("Lyù Thò Myõ", "Lý Thị Mỹ"),
        ("Hoaøng Thò Ngoïc Hueä", "Hoàng Thị Ngọc Huệ"),
        ("Nguyễn", "Nguyễn"),
    ],
)
def test_real_vni_text(legacy: str, unicode: str) -> None:
    assert decode_vni(legacy) == unicode


# --- whole texts, both ways ----------------------------------------------------------------

_vietnamese_letters = st.sampled_from(
    [letter for letter in ALL_LETTERS if letter.islower()] + list("abcdeghiklmnopqrstuvxy")
)
_lower_text = st.text(
    alphabet=st.one_of(_vietnamese_letters, st.sampled_from(" 0123456789.,-")), max_size=30
)


@given(_lower_text)
def test_any_lower_case_text_round_trips_through_tcvn3(text: str) -> None:
    assert decode_tcvn3(encode_tcvn3(text)) == text
    assert decode_tcvn3(encode_tcvn3(text), upper_font=True) == text.upper()


@given(st.text(alphabet=st.one_of(_vietnamese_letters, st.sampled_from(ALL_LETTERS)), max_size=30))
def test_any_text_round_trips_through_vni(text: str) -> None:
    assert decode_vni(encode_vni(text)) == text


# --- detection by font name ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("font", "encoding"),
    [
        (".VnTime", "tcvn3"),
        (".VnArial", "tcvn3"),
        (".VnArial Narrow", "tcvn3"),
        (".VnCentury Schoolbook", "tcvn3"),
        (" .VnTime ", "tcvn3"),
        (".vntime", "tcvn3"),
        (".VnTimeH", "tcvn3-upper"),
        (".VnArialH", "tcvn3-upper"),
        (".VnArial NarrowH", "tcvn3-upper"),
        ("VNI-Times", "vni"),
        ("VNI-Helve", "vni"),
        ("VNI-Helve-Condense", "vni"),
        ("vni-times", "vni"),
        ("Times New Roman", None),
        ("Arial", None),
        ("Calibri", None),
        ("VnTime", None),
        ("", None),
        (None, None),
    ],
)
def test_encoding_of_font(font: str | None, encoding: str | None) -> None:
    assert legacy_encoding_of_font(font) == encoding


def test_font_name_decides_for_legacy_text() -> None:
    assert detect_legacy_encoding("NguyÔn", ".VnTime") == "tcvn3"
    assert detect_legacy_encoding("nguyÔn", ".VnTimeH") == "tcvn3-upper"
    assert detect_legacy_encoding("Nguyeãn", "VNI-Times") == "vni"
    # Plain ASCII in an H font still needs upper-casing.
    assert detect_legacy_encoding("danh sach", ".VnTimeH") == "tcvn3-upper"
    assert repair_legacy_text("danh sach", ".VnTimeH") == ("DANH SACH", "tcvn3-upper")


def test_unicode_typed_into_a_legacy_font_cell_is_left_alone() -> None:
    # Letters the old fonts could not hold prove the text is Unicode.
    assert detect_legacy_encoding("Nguyễn Văn Ánh", ".VnTime") is None
    assert detect_legacy_encoding("Phạm Thị Mỹ", "VNI-Times") is None
    # Latin-1-only Unicode that reads as Vietnamese and not as the font's encoding.
    assert detect_legacy_encoding("Lê Hà", ".VnTime") is None
    assert detect_legacy_encoding("Hà Tây", "VNI-Times") is None
    assert repair_legacy_text("Lê Hà", ".VnTime") == ("Lê Hà", None)


def test_repair_reports_nothing_when_nothing_changed() -> None:
    assert repair_legacy_text("Nguyen Van An", ".VnTime") == ("Nguyen Van An", None)
    assert repair_legacy_text("", ".VnTime") == ("", None)


def test_decode_legacy_decodes_as_told_whatever_the_text() -> None:
    # No detection: the caller knows the encoding (from a font name, or to try a reading).
    assert decode_legacy("Hä vµ tªn", "tcvn3") == "Họ và tên"
    assert decode_legacy("th«n ®«ng", "tcvn3-upper") == "THÔN ĐÔNG"
    assert decode_legacy("Hoï vaø teân", "vni") == "Họ và tên"
    assert decode_legacy("Hä vµ tªn", None) == "Hä vµ tªn"
    with pytest.raises(ValueError, match="unknown legacy encoding"):
        decode_legacy("Hä", "cp1258")


# --- detection without a font --------------------------------------------------------------

NAMES = [
    "Nguyễn Văn An",
    "Trần Thị Ánh",
    "Lê Văn Bình",
    "Đặng Thị Dung",
    "Phạm Đức",
    "Hoàng Văn Hùng",
    "Vũ Thị Hoa",
    "Bùi Thị Thu Hà",
    "Đỗ Minh Tuấn",
    "Ngô Quang Hải",
    "Dương Thị Lan",
    "Lý Thị Mỹ",
    "Võ Văn Kiệt",
    "Huỳnh Thị Ngọc Huệ",
    "Phan Thanh Tâm",
    "Trương Công Định",
    "Đinh Thị Hồng",
    "Lê Thị Bé Ngà",
    "Hồ Thị Kim Chi",
    "Nguyễn Thị Minh Khai",
    "Tô Hoài",
    "Lương Văn Can",
    "Mai Hắc Đế",
    "Trịnh Công Sơn",
    "Cao Bá Quát",
    "Hà Văn Tấn",
    "Giàng A Páo",
    "Sùng Mí Chá",
    "Lò Văn Pọm",
    "Hờ A Dình",
    "Lầu Bá Chư",
    "Vàng Thị Mỷ",
    "Sầm Thị Hà",
    "Ma Seo Chứ",
    "Tráng A Tủa",
    "Y Moan Ênuôl",
    "H'Hen Niê",
    "Ksor H'Bloanh",
    "Siu Blêk",
    "Rơ Mah Hồng",
    "Danh Sơn",
    "Thạch Thị Sa Ry",
    "Kim Thị Sóc Phen",
    "Tôn Nữ Thị Hà",
    "Lê Hà",
    "Phí Thị Hà",
    "Mẫn Văn Lý",
]

WORDS = [
    # Single syllables written only with Windows-1252 letters: the riskiest Unicode text.
    "à", "á", "â", "ã", "è", "é", "ê", "ì", "í", "ò", "ó", "ô", "õ", "ù", "ú", "ý",
    "bà", "bá", "bè", "bé", "bí", "bò", "bó", "bô", "bù", "bú",
    "cà", "cá", "cô", "cò", "có", "cõ", "cũ", "cú", "cù",
    "dì", "dê", "dò", "dù", "dú",
    "gà", "gì", "gò", "gõ",
    "hà", "há", "hè", "hò", "hô", "hú",
    "kê", "kí", "kì", "kê",
    "là", "lá", "lê", "lò", "lô", "lú", "lý",
    "mà", "má", "mã", "mè", "mê", "mì", "mò", "mô", "mù", "mũ", "mỹ",
    "nà", "nè", "né", "nê", "nó", "nô", "nú",
    "pô", "sò", "só", "sô", "sú",
    "tà", "tá", "tè", "tê", "tí", "tò", "tô", "tú", "tù",
    "và", "vá", "vè", "vé", "vì", "ví", "vò", "vó", "vô", "vù", "vũ",
    "xà", "xé", "xì", "xô", "xù", "ý",
    "bàn", "bán", "bên", "bình", "bông", "cán", "cân", "cây", "chè", "chó", "chín",
    "chính", "chúng", "còn", "công", "dân", "dùng", "gián", "giêng", "hàng", "hôm",
    "hình", "hòa", "hoà", "hóa", "hoá", "khá", "không", "lên", "làm", "lâm", "mèo",
    "mình", "mùa", "một", "nào", "nên", "nông", "ông", "phát", "phân", "phía",
    "quê", "quý", "quán", "sáng", "sông", "tân", "tâm", "tên", "thêm", "thôn",
    "thân", "tháng", "thì", "tình", "tôi", "tuy", "túi", "vàng", "vân", "vào",
    "xã", "xóm", "xuân", "xuôi", "yên", "yêu", "Ánh", "Ân", "Ông", "Bà", "Cô",
    "Chú", "Hà", "Hòa", "Hóa", "Lâm", "Tâm", "Tân", "Vân", "Xuân", "Yên",
    # Mixed words that hold letters beyond Windows-1252.
    "Việt", "Nam", "Hà Nội", "Đà Nẵng", "Cần Thơ", "Huế", "Thủ Đức", "Phường",
    "Ủy ban", "Uỷ ban", "nhân dân", "Tổ dân phố", "Tổ trưởng", "Tổ phó", "Thành viên",
    "chuyển đổi số", "công nghệ số cộng đồng", "Đoàn Thanh niên", "Hội Phụ nữ",
    "Hội Nông dân", "Công an xã", "Bí thư chi bộ", "Trưởng thôn", "giáo viên",
    "nhân viên VNPT", "Viettel", "Bưu điện", "dịch vụ công trực tuyến",
    "thanh toán không dùng tiền mặt", "Zalo", "Ấp Tân Hòa", "Bản Mường", "Khu phố 3",
    "Sóc Trăng", "Cà Mau", "Bạc Liêu", "Kiên Giang", "Đắk Lắk", "Kon Tum",
]  # fmt: skip

SENTENCES = [
    "Bà Lê Thị Hà là tổ trưởng",
    "Tôi là Tâm",
    "Bé Ngà và bà",
    "Cô Vân bán cá",
    "Lê Văn Tám",
    "Hà Tây",
    "Ông Tô Văn Lâm",
    "Mười hai giờ",
    "cà phê sữa đá",
]

FOREIGN = [
    "Où est la gare",
    "café crème",
    "Hélène Dupré",
    "Noël",
    "naïve",
    "Citroën",
    "Île-de-France",
    "déjà vu",
    "à la carte",
    "Thérèse Martin",
    "Champs-Élysées",
    "façade",
    "garçon",
    "coûte",
    "maïs",
    "Béatrice",
    "Françoise",
    "Gérard",
    "Zoë",
    "São Paulo",
    "Señor Muñoz",
    "Müller",
    "Björk",
    "Ångström",
    "Øresund",
    "smörgåsbord",
    "Crème brûlée",
    "mañana",
    "jalapeño",
    "résumé",
    "fiancé",
    "Pokémon",
    "Renée",
    "über",
    "Où",
    "Il a dû partir",
    "Côte d’Ivoire",
    "Microsoft Excel",
    "Thôn 3, xã Tân Lập",
    "25°C",
    "© 2024",
    "«Tổ công nghệ số»",
    "Email: to.cnscd@gmail.com",
]


def test_the_unicode_corpus_is_large_enough() -> None:
    words = {word for text in NAMES + WORDS + SENTENCES for word in text.split()}
    assert len(NAMES) + len(WORDS) + len(SENTENCES) >= 200
    assert len(words) >= 200


@pytest.mark.parametrize("text", NAMES + WORDS + SENTENCES)
def test_unicode_vietnamese_is_never_taken_for_legacy_text(text: str) -> None:
    assert detect_legacy_encoding(text) is None
    assert repair_legacy_text(text) == (text, None)
    decomposed = unicodedata.normalize("NFD", text)
    assert detect_legacy_encoding(decomposed) is None
    assert repair_legacy_text(decomposed) == (text, None)


@pytest.mark.parametrize("text", FOREIGN)
def test_foreign_text_is_never_taken_for_legacy_text(text: str) -> None:
    assert detect_legacy_encoding(text) is None
    assert repair_legacy_text(text) == (text, None)


_ONSETS = ["", "b", "c", "ch", "d", "đ", "g", "gi", "h", "kh", "l", "m", "n", "ng", "nh", "ph"]
_ONSETS += ["qu", "r", "s", "t", "th", "tr", "v", "x"]
_RHYMES = ["a", "ai", "an", "anh", "ao", "ay", "âm", "ân", "âu", "e", "em", "ên", "i", "im"]
_RHYMES += ["inh", "o", "oa", "oan", "ong", "ô", "ôi", "ông", "ơ", "ơi", "u", "ui", "ung", "uy"]
_RHYMES += ["ư", "ưa", "ương", "y", "yên", "iêu", "uôn", "ac", "at", "ich", "ôc", "up"]


@st.composite
def _syllables(draw: st.DrawFn) -> str:
    onset = draw(st.sampled_from(_ONSETS))
    rhyme = draw(st.sampled_from(_RHYMES))
    tones = TONES[4:] if rhyme.endswith(("c", "ch", "p", "t")) else TONES
    tone = draw(st.sampled_from(tones))
    # Put the tone on the first vowel of the rhyme, after any hat or horn.
    decomposed = unicodedata.normalize("NFD", rhyme)
    split = 1
    while split < len(decomposed) and unicodedata.combining(decomposed[split]):
        split += 1
    syllable = nfc(onset + decomposed[:split] + tone + decomposed[split:])
    return syllable.capitalize() if draw(st.booleans()) else syllable


@given(st.lists(_syllables(), min_size=1, max_size=6))
def test_any_unicode_vietnamese_syllables_stay_unicode(words: list[str]) -> None:
    text = " ".join(words)
    assert detect_legacy_encoding(text) is None
    assert repair_legacy_text(text) == (text, None)


@pytest.mark.parametrize("name", NAMES + SENTENCES + WORDS[-60:])
def test_encoded_names_are_recognised_and_repaired(name: str) -> None:
    for encoded, encoding in ((encode_tcvn3(name.lower()), "tcvn3"), (encode_vni(name), "vni")):
        if encoded == name.lower() or encoded == name:
            continue  # nothing encoded differently (plain ASCII)
        found = detect_legacy_encoding(encoded)
        assert found in (encoding, None), (name, encoded, found)
        if found:
            expected = name.lower() if encoding == "tcvn3" else name
            assert repair_legacy_text(encoded) == (expected, encoding)


def test_most_encoded_texts_are_recognised_without_a_font() -> None:
    texts = NAMES + SENTENCES + WORDS[-60:]
    tcvn3 = [t for t in texts if encode_tcvn3(t.lower()) != t.lower()]
    vni = [t for t in texts if encode_vni(t) != t]
    found_tcvn3 = sum(detect_legacy_encoding(encode_tcvn3(t.lower())) == "tcvn3" for t in tcvn3)
    found_vni = sum(detect_legacy_encoding(encode_vni(t)) == "vni" for t in vni)
    assert found_tcvn3 >= 0.9 * len(tcvn3)
    assert found_vni >= 0.9 * len(vni)


@pytest.mark.parametrize(
    ("legacy", "encoding", "unicode"),
    [
        ("NguyÔn V¨n ¸nh", "tcvn3", "Nguyễn Văn ánh"),
        ("Tr\xad\xeang TiÓu häc", "tcvn3", "Trường Tiểu học"),
        ("Tæ tr\xadëng", "tcvn3", "Tổ trưởng"),
        ("Coäng hoøa", "vni", "Cộng hòa"),
        ("Nguyeãn Vaên Tuaán", "vni", "Nguyễn Văn Tuấn"),
        ("Toå phoù thöôøng tröïc", "vni", "Tổ phó thường trực"),
    ],
)
def test_real_legacy_text_is_recognised_without_a_font(
    legacy: str, encoding: str, unicode: str
) -> None:
    assert detect_legacy_encoding(legacy) == encoding
    assert repair_legacy_text(legacy) == (unicode, encoding)


def test_repair_returns_nfc_for_unicode_input() -> None:
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert repair_legacy_text(decomposed) == ("Nguyễn Thị Ánh", None)
    assert repair_legacy_text(decomposed, "Times New Roman") == ("Nguyễn Thị Ánh", None)
