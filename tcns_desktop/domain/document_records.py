"""Content of the documents the commune issues: records, NĐ 30 text rules, default text.

The team decision with its member annex and the periodic report, as frozen records that the PDF
writers draw and the register of issued documents snapshots as JSON; the Nghị định 30/2020
rules for numbers, dates and punctuation; the default text a clerk edits.

Records hold the text exactly as printed (labels already resolved), so a snapshot reprints the
same document even after the roster, the labels or the defaults change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

from tcns_desktop.domain.enums import SigningMode, TeamDecisionKind

JsonDict = dict[str, Any]

DECISION_SCHEMA = "tcns.decision/1"
REPORT_SCHEMA = "tcns.report/1"

# Non-breaking spaces keep the gaps a clerk fills in by hand (number, day, month) at their
# width: a paragraph collapses runs of ordinary spaces.
BLANK = "\u00a0" * 8

TEAM_TYPE_NAME = "Tổ công nghệ số cộng đồng"
# Điều 1 names the teams one by one up to this many; beyond, the annex names them.
MAX_TEAMS_NAMED = 10
MEMBER_ANNEX_TITLE = "DANH SÁCH THÀNH VIÊN TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
ARCHIVE_RECIPIENT = "Lưu: VT"
CLOSING_MARK = "./."

# --- Nghị định 30/2020 text rules ------------------------------------------------------------


def two_digits_below_ten(value: int) -> str:
    """NĐ 30 Phụ lục I II.3 and II.4: numbers below 10 take a leading zero ("05")."""
    return f"{value:02d}" if 0 <= value < 10 else str(value)


def vietnamese_date(day: date) -> str:
    """ "ngày 05 tháng 02 năm 2026": days below 10 and months 1 and 2 take a leading zero,
    other months do not ("tháng 3") (NĐ 30 Phụ lục I II.4.b)."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    return f"ngày {two_digits_below_ten(day.day)} tháng {month} năm {day.year}"


def place_and_date_line(place_name: str, issued_on: date | None, year: int) -> str:
    """ "Tân Lập, ngày 05 tháng 3 năm 2026"; blanks for the day and month when the date is
    chosen at signing."""
    if issued_on is None:
        return f"{place_name}, ngày{BLANK}tháng{BLANK}năm {year}"
    return f"{place_name}, {vietnamese_date(issued_on)}"


def number_and_symbol(number: int | None, symbol: str) -> str:
    """ "05/QĐ-UBND"; a blank before the slash when the register gives the number later."""
    if number is None:
        return f"{BLANK}/{symbol}"
    return f"{two_digits_below_ten(number)}/{symbol}"


def number_line(number: int | None, symbol: str) -> str:
    """ "Số: 05/QĐ-UBND" (NĐ 30 Phụ lục I II.3.c)."""
    return f"Số: {number_and_symbol(number, symbol)}"


def vietnamese_count(value: int) -> str:
    """A count as administrative text writes it: "05", "12", "2.000" (dot groups thousands)."""
    if value < 10:
        return two_digits_below_ten(value)
    return f"{value:,}".replace(",", ".")


def roman_numeral(value: int) -> str:
    """Roman numerals of group headings and appendix numbers ("IV")."""
    if value <= 0:
        raise ValueError("Roman numerals start at 1")
    parts = (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    )
    out: list[str] = []
    for amount, letters in parts:
        count, value = divmod(value, amount)
        out.append(letters * count)
    return "".join(out)


def punctuate_list(lines: Iterable[str], last: str = ".") -> tuple[str, ...]:
    """Each line ends with ";" and the last with ``last`` (NĐ 30: căn cứ, nơi nhận, kính gửi).

    Whatever the clerk typed at the end (";", ".", ",", nothing) is replaced, so an edited
    list still follows the rule.
    """
    cleaned = [line.strip().rstrip(";.,:").rstrip() for line in lines]
    kept = [line for line in cleaned if line]
    return tuple(
        f"{line}{last if index == len(kept) - 1 else ';'}" for index, line in enumerate(kept)
    )


def with_closing_mark(text: str) -> str:
    """The body of an administrative text ends with "./." (NĐ 30 Phụ lục III, every form)."""
    stripped = text.rstrip()
    if stripped.endswith(CLOSING_MARK):
        return stripped
    return stripped.rstrip(".;,") + CLOSING_MARK


def in_sentence(display_name: str) -> str:
    """ "Xã Tân Lập" → "xã Tân Lập": the kind of unit is lower case inside a sentence."""
    return display_name[:1].lower() + display_name[1:] if display_name else display_name


_UNIT_WORDS = ("thị trấn", "đặc khu", "phường", "xã")


def unit_word(display_name: str) -> str:
    """ "Phường Hòa Bình" → "phường", for "UBND phường"; "xã" when the name has no prefix."""
    folded = display_name.casefold()
    return next((word for word in _UNIT_WORDS if folded.startswith(word + " ")), "xã")


def issuing_body_lines(commune_display_name: str) -> tuple[str, str]:
    """ "ỦY BAN NHÂN DÂN" / "XÃ TÂN LẬP": the commune People's Committee on two lines."""
    return ("ỦY BAN NHÂN DÂN", commune_display_name.upper())


def authority_line(mode: SigningMode, commune_display_name: str) -> str:
    """Thẩm quyền ban hành (Mẫu 1.2 note 6): the chairperson's title when the chairperson
    decides (CHỦ TỊCH, KT. CHỦ TỊCH), the committee's name when it decides as a body (TM.)."""
    committee = f"ỦY BAN NHÂN DÂN {commune_display_name.upper()}"
    if mode is SigningMode.FOR_THE_COMMITTEE:
        return committee
    return f"CHỦ TỊCH {committee}"


def issuer_phrase(mode: SigningMode, commune_display_name: str) -> str:
    """ "Chủ tịch Ủy ban nhân dân xã Tân Lập", as the annex's reference line names the issuer."""
    committee = f"Ủy ban nhân dân {in_sentence(commune_display_name)}"
    if mode is SigningMode.FOR_THE_COMMITTEE:
        return committee
    return f"Chủ tịch {committee}"


def join_names(names: Sequence[str]) -> str:
    """ "A, B và C"."""
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} và {names[-1]}"


# --- Records shared by every document ---------------------------------------------------------


@dataclass(frozen=True)
class DocumentHeading:
    """The two-column header: issuing body and number on the left; place and date on the
    right, under Quốc hiệu and Tiêu ngữ (which never vary, so they are not stored)."""

    issuing_body: tuple[str, ...]
    symbol: str
    place_name: str
    number: int | None = None
    issued_on: date | None = None
    year: int | None = None  # printed when ``issued_on`` is left for the signing day
    governing_body: tuple[str, ...] = ()  # cơ quan chủ quản trực tiếp, optional for UBND

    @property
    def number_line(self) -> str:
        return number_line(self.number, self.symbol)

    @property
    def place_and_date_line(self) -> str:
        year = self.issued_on.year if self.issued_on else self.year
        return place_and_date_line(self.place_name, self.issued_on, year or date.today().year)

    def reference_phrase(self, type_name: str) -> str:
        """ "Quyết định số 12/QĐ-UBND ngày 05 tháng 3 năm 2026" (annex reference lines)."""
        when = vietnamese_date(self.issued_on) if self.issued_on else _blank_date(self.year)
        return f"{type_name} số {number_and_symbol(self.number, self.symbol)} {when}"

    def to_json_dict(self) -> JsonDict:
        return {
            "issuing_body": list(self.issuing_body),
            "symbol": self.symbol,
            "place_name": self.place_name,
            "number": self.number,
            "issued_on": self.issued_on.isoformat() if self.issued_on else None,
            "year": self.year,
            "governing_body": list(self.governing_body),
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> DocumentHeading:
        issued = data.get("issued_on")
        return cls(
            issuing_body=_strings(data["issuing_body"]),
            symbol=str(data["symbol"]),
            place_name=str(data["place_name"]),
            number=_optional_int(data.get("number")),
            issued_on=date.fromisoformat(issued) if issued else None,
            year=_optional_int(data.get("year")),
            governing_body=_strings(data.get("governing_body", ())),
        )


def _blank_date(year: int | None) -> str:
    return f"ngày{BLANK}tháng{BLANK}năm {year or date.today().year}"


@dataclass(frozen=True)
class SignatureBlock:
    """Quyền hạn, chức vụ and name of the signer (NĐ 30 Phụ lục I II.7, ô 7a/7b)."""

    mode: SigningMode
    signer_name: str
    collective_name: str = "ỦY BAN NHÂN DÂN"
    head_title: str = "CHỦ TỊCH"
    deputy_title: str = "PHÓ CHỦ TỊCH"

    @property
    def authority_lines(self) -> tuple[str, ...]:
        """ "CHỦ TỊCH"; "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH"; "TM. ỦY BAN NHÂN DÂN" / "CHỦ TỊCH"."""
        if self.mode is SigningMode.ON_BEHALF_OF_CHAIR:
            return (f"KT. {self.head_title}", self.deputy_title)
        if self.mode is SigningMode.FOR_THE_COMMITTEE:
            return (f"TM. {self.collective_name}", self.head_title)
        return (self.head_title,)

    def to_json_dict(self) -> JsonDict:
        return {
            "mode": self.mode.value,
            "signer_name": self.signer_name,
            "collective_name": self.collective_name,
            "head_title": self.head_title,
            "deputy_title": self.deputy_title,
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> SignatureBlock:
        return cls(
            mode=SigningMode(data["mode"]),
            signer_name=str(data["signer_name"]),
            collective_name=str(data.get("collective_name", "ỦY BAN NHÂN DÂN")),
            head_title=str(data.get("head_title", "CHỦ TỊCH")),
            deputy_title=str(data.get("deputy_title", "PHÓ CHỦ TỊCH")),
        )


# --- Decision ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Article:
    """ "Điều 2." with an optional title; the first paragraph follows on the same line and
    each further paragraph (clauses "1.", points "a)") is its own indented paragraph."""

    number: int
    paragraphs: tuple[str, ...]
    title: str = ""

    @property
    def label(self) -> str:
        return f"Điều {self.number}."

    def to_json_dict(self) -> JsonDict:
        return {"number": self.number, "title": self.title, "paragraphs": list(self.paragraphs)}

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> Article:
        return cls(
            number=int(data["number"]),
            paragraphs=_strings(data["paragraphs"]),
            title=str(data.get("title", "")),
        )


@dataclass(frozen=True)
class AnnexMember:
    """One row of the member annex, as printed."""

    full_name: str
    birth_year: str = ""
    gender: str = ""
    position: str = ""  # chức vụ, đơn vị công tác
    team_role: str = ""  # Tổ trưởng / Tổ phó / Thành viên
    phone: str = ""
    notes: str = ""

    def cells(self) -> tuple[str, ...]:
        return (
            self.full_name,
            self.birth_year,
            self.gender,
            self.position,
            self.team_role,
            self.phone,
            self.notes,
        )

    def to_json_dict(self) -> JsonDict:
        return {
            "full_name": self.full_name,
            "birth_year": self.birth_year,
            "gender": self.gender,
            "position": self.position,
            "team_role": self.team_role,
            "phone": self.phone,
            "notes": self.notes,
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> AnnexMember:
        return cls(**{key: str(data.get(key, "")) for key in _MEMBER_KEYS})


_MEMBER_KEYS = ("full_name", "birth_year", "gender", "position", "team_role", "phone", "notes")


@dataclass(frozen=True)
class AnnexGroup:
    """The members of one team, under a heading row naming the team (and its village when
    the team's name does not already say it)."""

    team_name: str
    members: tuple[AnnexMember, ...]
    village_name: str = ""

    def heading(self, index: int) -> str:
        """ "I. Tổ công nghệ số cộng đồng thôn Đông" (``index`` counts from 1)."""
        name = self.team_name
        village = self.village_name
        if village and village.casefold() not in name.casefold():
            name = f"{name} ({village})"
        return f"{roman_numeral(index)}. {name}"

    def to_json_dict(self) -> JsonDict:
        return {
            "team_name": self.team_name,
            "village_name": self.village_name,
            "members": [member.to_json_dict() for member in self.members],
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> AnnexGroup:
        return cls(
            team_name=str(data["team_name"]),
            village_name=str(data.get("village_name", "")),
            members=tuple(AnnexMember.from_json_dict(item) for item in data["members"]),
        )


MEMBER_COLUMNS = (
    "STT",
    "Họ và tên",
    "Năm sinh",
    "Giới tính",
    "Chức vụ, đơn vị công tác",
    "Chức danh trong Tổ",
    "Số điện thoại",
    "Ghi chú",
)


@dataclass(frozen=True)
class MemberAnnex:
    """Phụ lục (Mẫu 2.1): optional label, title, the "(Kèm theo Quyết định số …)" line and the
    member table grouped by team, on landscape pages unless ``landscape`` is false."""

    reference: str
    groups: tuple[AnnexGroup, ...]
    title: str = MEMBER_ANNEX_TITLE
    subtitle: str = ""  # e.g. "XÃ TÂN LẬP" under the title
    label: str = ""  # "Phụ lục" or "Phụ lục I" when the decision numbers its annexes
    landscape: bool = True

    @property
    def member_count(self) -> int:
        return sum(len(group.members) for group in self.groups)

    def to_json_dict(self) -> JsonDict:
        return {
            "reference": self.reference,
            "title": self.title,
            "subtitle": self.subtitle,
            "label": self.label,
            "landscape": self.landscape,
            "groups": [group.to_json_dict() for group in self.groups],
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> MemberAnnex:
        return cls(
            reference=str(data["reference"]),
            groups=tuple(AnnexGroup.from_json_dict(item) for item in data["groups"]),
            title=str(data.get("title", MEMBER_ANNEX_TITLE)),
            subtitle=str(data.get("subtitle", "")),
            label=str(data.get("label", "")),
            landscape=bool(data.get("landscape", True)),
        )


@dataclass(frozen=True)
class DecisionContent:
    """A decision founding or re-forming teams (Mẫu 1.2 of NĐ 30 Phụ lục III)."""

    heading: DocumentHeading
    kind: TeamDecisionKind
    summary: str  # trích yếu: "Về việc thành lập …"
    authority: str  # "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …"
    legal_bases: tuple[str, ...]  # "Căn cứ …" lines, punctuation fixed when printed
    articles: tuple[Article, ...]
    recipients: tuple[str, ...]  # without the leading "- "; the last is "Lưu: VT…"
    signature: SignatureBlock
    proposal: str = ""  # "Theo đề nghị của …"
    annex: MemberAnnex | None = None
    title: str = "QUYẾT ĐỊNH"

    def basis_lines(self) -> tuple[str, ...]:
        """Căn cứ lines then "Theo đề nghị …", ";" after each and "." after the last."""
        lines = [*self.legal_bases]
        if self.proposal.strip():
            lines.append(self.proposal)
        return punctuate_list(lines)

    def recipient_lines(self) -> tuple[str, ...]:
        return punctuate_list(self.recipients)

    def to_json_dict(self) -> JsonDict:
        return {
            "schema": DECISION_SCHEMA,
            "heading": self.heading.to_json_dict(),
            "kind": self.kind.value,
            "title": self.title,
            "summary": self.summary,
            "authority": self.authority,
            "legal_bases": list(self.legal_bases),
            "proposal": self.proposal,
            "articles": [article.to_json_dict() for article in self.articles],
            "recipients": list(self.recipients),
            "signature": self.signature.to_json_dict(),
            "annex": self.annex.to_json_dict() if self.annex else None,
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> DecisionContent:
        _check_schema(data, DECISION_SCHEMA)
        annex = data.get("annex")
        return cls(
            heading=DocumentHeading.from_json_dict(data["heading"]),
            kind=TeamDecisionKind(data["kind"]),
            title=str(data.get("title", "QUYẾT ĐỊNH")),
            summary=str(data["summary"]),
            authority=str(data["authority"]),
            legal_bases=_strings(data["legal_bases"]),
            proposal=str(data.get("proposal", "")),
            articles=tuple(Article.from_json_dict(item) for item in data["articles"]),
            recipients=_strings(data["recipients"]),
            signature=SignatureBlock.from_json_dict(data["signature"]),
            annex=MemberAnnex.from_json_dict(annex) if annex else None,
        )


# --- Report -----------------------------------------------------------------------------------

Alignment = Literal["left", "center", "right"]
_ALIGNMENTS: tuple[Alignment, ...] = ("left", "center", "right")


@dataclass(frozen=True)
class ReportParagraph:
    """A justified body paragraph with the first-line indent."""

    text: str

    def to_json_dict(self) -> JsonDict:
        return {"type": "paragraph", "text": self.text}


@dataclass(frozen=True)
class ReportSubheading:
    """ "1. Công tác tuyên truyền" — a numbered clause title, bold, on its own line."""

    text: str

    def to_json_dict(self) -> JsonDict:
        return {"type": "subheading", "text": self.text}


@dataclass(frozen=True)
class FigureTable:
    """A table of figures: title, column headers, rows of cells and an optional total row.

    ``column_weights`` share the width out (equal when empty); ``alignments`` per column
    (numbers right or centre; text left; all centred when empty).
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    title: str = ""
    total_row: tuple[str, ...] | None = None
    column_weights: tuple[float, ...] = ()
    alignments: tuple[Alignment, ...] = ()
    note: str = ""

    def __post_init__(self) -> None:
        width = len(self.columns)
        if width == 0:
            raise ValueError("a figure table needs at least one column")
        for row in (*self.rows, *((self.total_row,) if self.total_row else ())):
            if len(row) != width:
                raise ValueError(f"row {row!r} has {len(row)} cells, the table has {width}")
        if self.column_weights and len(self.column_weights) != width:
            raise ValueError("one weight per column")
        if self.alignments and len(self.alignments) != width:
            raise ValueError("one alignment per column")

    def to_json_dict(self) -> JsonDict:
        return {
            "type": "table",
            "title": self.title,
            "columns": list(self.columns),
            "rows": [list(row) for row in self.rows],
            "total_row": list(self.total_row) if self.total_row is not None else None,
            "column_weights": list(self.column_weights),
            "alignments": list(self.alignments),
            "note": self.note,
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> FigureTable:
        total = data.get("total_row")
        alignments = tuple(_alignment(item) for item in data.get("alignments", ()))
        return cls(
            title=str(data.get("title", "")),
            columns=_strings(data["columns"]),
            rows=tuple(_strings(row) for row in data["rows"]),
            total_row=_strings(total) if total is not None else None,
            column_weights=tuple(float(weight) for weight in data.get("column_weights", ())),
            alignments=alignments,
            note=str(data.get("note", "")),
        )


ReportBlock = ReportParagraph | ReportSubheading | FigureTable


def _block_from_json(data: Mapping[str, Any]) -> ReportBlock:
    kind = data.get("type")
    if kind == "paragraph":
        return ReportParagraph(str(data["text"]))
    if kind == "subheading":
        return ReportSubheading(str(data["text"]))
    if kind == "table":
        return FigureTable.from_json_dict(data)
    raise ValueError(f"unknown report block type {kind!r}")


@dataclass(frozen=True)
class ReportSection:
    """ "II. KẾT QUẢ THỰC HIỆN" and its paragraphs, clause titles and tables, in order."""

    heading: str
    blocks: tuple[ReportBlock, ...]

    def to_json_dict(self) -> JsonDict:
        return {"heading": self.heading, "blocks": [block.to_json_dict() for block in self.blocks]}

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> ReportSection:
        return cls(
            heading=str(data["heading"]),
            blocks=tuple(_block_from_json(item) for item in data["blocks"]),
        )


@dataclass(frozen=True)
class ReportAnnex:
    """An appendix of figure tables after the signature, with its own page numbers."""

    title: str
    reference: str  # "(Kèm theo Báo cáo số …/BC-UBND ngày … của Ủy ban nhân dân xã …)"
    tables: tuple[FigureTable, ...]
    label: str = ""  # "Phụ lục I"
    landscape: bool = False

    def to_json_dict(self) -> JsonDict:
        return {
            "label": self.label,
            "title": self.title,
            "reference": self.reference,
            "landscape": self.landscape,
            "tables": [table.to_json_dict() for table in self.tables],
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> ReportAnnex:
        return cls(
            label=str(data.get("label", "")),
            title=str(data["title"]),
            reference=str(data["reference"]),
            landscape=bool(data.get("landscape", False)),
            tables=tuple(FigureTable.from_json_dict(item) for item in data["tables"]),
        )


@dataclass(frozen=True)
class ReportContent:
    """A periodic report (Mẫu 1.4 "văn bản có tên loại"): header, "BÁO CÁO" + trích yếu,
    optional "Kính gửi:", narrative sections with tables, annexes, Nơi nhận and signature."""

    heading: DocumentHeading
    summary: str  # "Kết quả hoạt động của Tổ công nghệ số cộng đồng quý III năm 2026"
    sections: tuple[ReportSection, ...]
    recipients: tuple[str, ...]
    signature: SignatureBlock
    addressees: tuple[str, ...] = ()  # "Kính gửi:" (reports sent up, NĐ 30 ô 9a)
    introduction: tuple[str, ...] = ()  # paragraphs before the first section
    annexes: tuple[ReportAnnex, ...] = ()
    title: str = "BÁO CÁO"

    def addressee_lines(self) -> tuple[str, ...]:
        return punctuate_list(self.addressees)

    def recipient_lines(self) -> tuple[str, ...]:
        return punctuate_list(self.recipients)

    def to_json_dict(self) -> JsonDict:
        return {
            "schema": REPORT_SCHEMA,
            "heading": self.heading.to_json_dict(),
            "title": self.title,
            "summary": self.summary,
            "addressees": list(self.addressees),
            "introduction": list(self.introduction),
            "sections": [section.to_json_dict() for section in self.sections],
            "annexes": [annex.to_json_dict() for annex in self.annexes],
            "recipients": list(self.recipients),
            "signature": self.signature.to_json_dict(),
        }

    @classmethod
    def from_json_dict(cls, data: Mapping[str, Any]) -> ReportContent:
        _check_schema(data, REPORT_SCHEMA)
        return cls(
            heading=DocumentHeading.from_json_dict(data["heading"]),
            title=str(data.get("title", "BÁO CÁO")),
            summary=str(data["summary"]),
            addressees=_strings(data.get("addressees", ())),
            introduction=_strings(data.get("introduction", ())),
            sections=tuple(ReportSection.from_json_dict(item) for item in data["sections"]),
            annexes=tuple(ReportAnnex.from_json_dict(item) for item in data.get("annexes", ())),
            recipients=_strings(data["recipients"]),
            signature=SignatureBlock.from_json_dict(data["signature"]),
        )


# --- Default text -----------------------------------------------------------------------------
# Sourced from docs/domain.md §1 and §3 (guidance 793/BTTTT-THH, 3240/BTTTT-CĐSQG, Kế hoạch
# 01-KH/BCĐTW, Mẫu 1.2); every line is editable before printing.


def default_legal_bases() -> tuple[str, ...]:
    """The usual "Căn cứ" lines of a commune decision on the teams (domain.md §3 item 4)."""
    return (
        "Căn cứ Luật Tổ chức chính quyền địa phương năm 2025",
        "Căn cứ Quyết định số 749/QĐ-TTg ngày 03 tháng 6 năm 2020 của Thủ tướng Chính phủ "
        "phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030",
        "Căn cứ Quyết định số 411/QĐ-TTg ngày 31 tháng 3 năm 2022 của Thủ tướng Chính phủ "
        "phê duyệt Chiến lược quốc gia phát triển kinh tế số và xã hội số đến năm 2025, "
        "định hướng đến năm 2030",
        "Căn cứ Công văn số 793/BTTTT-THH ngày 05 tháng 3 năm 2022 của Bộ Thông tin và "
        "Truyền thông hướng dẫn thí điểm triển khai Tổ công nghệ số cộng đồng tại địa phương",
        "Căn cứ Công văn số 3240/BTTTT-CĐSQG ngày 08 tháng 8 năm 2024 của Bộ Thông tin và "
        "Truyền thông về việc thúc đẩy hoạt động của Tổ công nghệ số cộng đồng",
        "Căn cứ Kế hoạch số 01-KH/BCĐTW ngày 21 tháng 3 năm 2025 của Ban Chỉ đạo Trung ương "
        "về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số triển khai "
        "phong trào “Bình dân học vụ số”",
    )


def default_proposal(commune_display_name: str) -> str:
    return f"Theo đề nghị của Trưởng phòng Văn hóa - Xã hội {in_sentence(commune_display_name)}"


def default_decision_summary(
    kind: TeamDecisionKind,
    commune_display_name: str,
    team_names: Sequence[str] = (),
    team_type_name: str = TEAM_TYPE_NAME,
) -> str:
    """ "Về việc thành lập Tổ công nghệ số cộng đồng trên địa bàn xã Tân Lập" (several teams)
    or "… Tổ công nghệ số cộng đồng thôn Đông, xã Tân Lập" (one team)."""
    verb = _decision_verb(kind)
    commune = in_sentence(commune_display_name)
    if len(team_names) == 1:
        return f"Về việc {verb} {team_names[0]}, {commune}"
    return f"Về việc {verb} {team_type_name} trên địa bàn {commune}"


def default_article_one(
    kind: TeamDecisionKind,
    commune_display_name: str,
    groups: Sequence[AnnexGroup],
    team_type_name: str = TEAM_TYPE_NAME,
) -> Article:
    """Điều 1: founds (re-forms) the teams, names them and points to the member annex."""
    verb = _decision_verb(kind).capitalize()
    commune = in_sentence(commune_display_name)
    members = vietnamese_count(sum(len(group.members) for group in groups))
    if len(groups) == 1:
        text = (
            f"{verb} {groups[0].team_name}, {commune} gồm {members} thành viên "
            "(có danh sách kèm theo)."
        )
    else:
        teams = f"{verb} {vietnamese_count(len(groups))} {team_type_name} trên địa bàn {commune}"
        if len(groups) <= MAX_TEAMS_NAMED:
            teams += f", gồm: {join_names([group.team_name for group in groups])},"
        text = f"{teams} với tổng số {members} thành viên (có danh sách kèm theo)."
    return Article(number=1, paragraphs=(text,))


def default_team_tasks(commune_display_name: str, team_type_name: str = TEAM_TYPE_NAME) -> Article:
    """Điều 2: the teams' tasks, from 793/BTTTT-THH and 3240/BTTTT-CĐSQG (domain.md §1.4)."""
    commune = in_sentence(commune_display_name)
    return Article(
        number=2,
        paragraphs=(
            f"{team_type_name} có nhiệm vụ:",
            "1. Thông tin, tuyên truyền sâu rộng các chủ trương, đường lối của Đảng, chính "
            "sách, pháp luật của Nhà nước về chuyển đổi số, kế hoạch và kết quả chuyển đổi số "
            "của địa phương đến các hộ gia đình, người dân trong thôn, tổ dân phố.",
            "2. Hướng dẫn, hỗ trợ người dân cài đặt, sử dụng các nền tảng số, công nghệ số; "
            "phổ cập 05 kỹ năng số cơ bản: sử dụng dịch vụ công trực tuyến, mua sắm trực "
            "tuyến, thanh toán trực tuyến, tự bảo vệ trên không gian mạng và sử dụng các nền "
            "tảng số khác phù hợp với đặc thù của địa phương; hỗ trợ người dân cài đặt, kích "
            "hoạt tài khoản định danh điện tử VNeID, nộp hồ sơ dịch vụ công trực tuyến.",
            "3. Nhận chỉ tiêu triển khai các nền tảng số; trực tiếp làm mẫu, hướng dẫn lại cho "
            "cá nhân, hộ gia đình; thành lập và duy trì nhóm Zalo (hoặc nền tảng mạng xã hội "
            "Việt Nam khác) gồm các hộ gia đình trong thôn, tổ dân phố để hỗ trợ, hướng dẫn "
            "người dân thường xuyên.",
            "4. Xây dựng kế hoạch hoạt động, định kỳ báo cáo kết quả thực hiện về Ủy ban nhân "
            f"dân {commune}. Tổ trưởng phân công nhiệm vụ cụ thể cho từng thành viên.",
            "5. Thành viên Tổ hoạt động theo chế độ kiêm nhiệm, tự nguyện; kinh phí hoạt động "
            "(nếu có) thực hiện theo quy định hiện hành của địa phương.",
        ),
    )


def default_article_three(commune_display_name: str, replaces: str = "") -> Article:
    """Điều 3: effect (and the decision it replaces) and who carries it out."""
    commune = in_sentence(commune_display_name)
    effect = "Quyết định này có hiệu lực kể từ ngày ký"
    if replaces.strip():
        effect += f" và thay thế {replaces.strip()}"
    return Article(
        number=3,
        paragraphs=(
            f"{effect}.",
            f"Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân {commune}, Trưởng phòng "
            "Văn hóa - Xã hội, Trưởng các thôn, tổ dân phố, các cơ quan, đơn vị có liên quan "
            "và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định "
            f"này{CLOSING_MARK}",
        ),
    )


def default_decision_recipients(commune_display_name: str) -> tuple[str, ...]:
    """Nơi nhận of domain.md §3 item 9; "Lưu: VT" last."""
    unit = unit_word(commune_display_name)
    return (
        "Như Điều 3",
        "Sở Khoa học và Công nghệ (để báo cáo)",
        f"Thường trực Đảng ủy, Thường trực HĐND {unit}",
        f"Chủ tịch, các Phó Chủ tịch UBND {unit}",
        ARCHIVE_RECIPIENT,
    )


def draft_decision(
    *,
    kind: TeamDecisionKind,
    commune_display_name: str,
    place_name: str,
    groups: Sequence[AnnexGroup],
    signature: SignatureBlock,
    number: int | None = None,
    issued_on: date | None = None,
    year: int | None = None,
    symbol: str = "QĐ-UBND",
    replaces: str = "",
    team_type_name: str = TEAM_TYPE_NAME,
) -> DecisionContent:
    """A complete decision with the default text, for the clerk to edit before printing."""
    heading = DocumentHeading(
        issuing_body=issuing_body_lines(commune_display_name),
        symbol=symbol,
        place_name=place_name,
        number=number,
        issued_on=issued_on,
        # Stored, not computed at print time, so a reprint of a snapshot shows the same year.
        year=issued_on.year if issued_on else (year or date.today().year),
    )
    team_names = [group.team_name for group in groups]
    annex = MemberAnnex(
        reference=(
            f"(Kèm theo {heading.reference_phrase('Quyết định')} của "
            f"{issuer_phrase(signature.mode, commune_display_name)})"
        ),
        groups=tuple(groups),
        subtitle=commune_display_name.upper(),
    )
    return DecisionContent(
        heading=heading,
        kind=kind,
        summary=default_decision_summary(kind, commune_display_name, team_names, team_type_name),
        authority=authority_line(signature.mode, commune_display_name),
        legal_bases=default_legal_bases(),
        proposal=default_proposal(commune_display_name),
        articles=(
            default_article_one(kind, commune_display_name, groups, team_type_name),
            default_team_tasks(commune_display_name, team_type_name),
            default_article_three(commune_display_name, replaces),
        ),
        recipients=default_decision_recipients(commune_display_name),
        signature=signature,
        annex=annex,
    )


def _decision_verb(kind: TeamDecisionKind) -> str:
    if kind is TeamDecisionKind.FOUNDING:
        return "thành lập"
    if kind is TeamDecisionKind.REFORMATION:
        return "kiện toàn"
    raise ValueError(f"no team decision text for {kind}")


REPORT_SECTION_HEADINGS = (
    "I. TÌNH HÌNH CHUNG",
    "II. KẾT QUẢ THỰC HIỆN",
    "III. ĐÁNH GIÁ CHUNG",
    "IV. KHÓ KHĂN, VƯỚNG MẮC",
    "V. ĐỀ XUẤT, KIẾN NGHỊ",
)


def default_report_summary(period: str, team_type_name: str = TEAM_TYPE_NAME) -> str:
    """ "Kết quả hoạt động của Tổ công nghệ số cộng đồng quý III năm 2026"; ``period`` as it
    reads inside a sentence (a period's label with a lower-case first letter)."""
    return f"Kết quả hoạt động của {team_type_name} {period}"


def default_report_recipients(commune_display_name: str) -> tuple[str, ...]:
    unit = unit_word(commune_display_name)
    return (
        "Như trên",
        f"Thường trực Đảng ủy, Thường trực HĐND {unit}",
        f"Chủ tịch, các Phó Chủ tịch UBND {unit}",
        ARCHIVE_RECIPIENT,
    )


# --- JSON helpers -----------------------------------------------------------------------------


def _strings(values: Iterable[Any]) -> tuple[str, ...]:
    return tuple(str(value) for value in values)


def _optional_int(value: Any) -> int | None:
    return None if value is None else int(value)


def _alignment(value: Any) -> Alignment:
    for alignment in _ALIGNMENTS:
        if value == alignment:
            return alignment
    raise ValueError(f"unknown alignment {value!r}")


def _check_schema(data: Mapping[str, Any], expected: str) -> None:
    found = data.get("schema")
    if found != expected:
        raise ValueError(f"snapshot schema {found!r}, expected {expected!r}")
