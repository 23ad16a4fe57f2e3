"""The periodic report's content drafted from the statistics of its period.

Every figure comes from one ``StatisticsRecord`` (the aggregation service's), so the report,
its Excel version and the dashboard say the same. A figure nobody reported reads "không có
số liệu", never 0. The narrative paragraphs are defaults the clerk edits before printing; the
structure (sections, clause titles, tables) is the same for every period, so an editor can
keep the clerk's paragraphs in place when the figures are drafted again.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date

from tcns_desktop.domain.document_records import (
    REPORT_SECTION_HEADINGS,
    TEAM_TYPE_NAME,
    DocumentHeading,
    FigureTable,
    ReportAnnex,
    ReportBlock,
    ReportContent,
    ReportParagraph,
    ReportSection,
    ReportSubheading,
    SignatureBlock,
    default_report_summary,
    roman_numeral,
    vietnamese_count,
    with_closing_mark,
)
from tcns_desktop.domain.enums import Pillar, ScopeKind
from tcns_desktop.domain.number_format import format_number
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.statistics_records import (
    NO_DATA,
    ActivityTotals,
    GroupFigures,
    IndicatorFigure,
    StatisticsRecord,
    figure_text,
)

NOT_ASSIGNED = "chưa giao"
TOTAL_LABEL = "Tổng cộng"
ANNEX_TITLE = "SỐ LIỆU HOẠT ĐỘNG CỦA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
GOOD_PRACTICE_PROMPT = "(Bổ sung các cách làm hay, mô hình hiệu quả của các Tổ trong kỳ.)"
# How many idle teams a sentence names before it says "và N Tổ khác".
_IDLE_NAMED = 10


@dataclass(frozen=True)
class ReportSetting:
    """Who reports to whom: everything of the report that is not a figure.

    ``issuer`` names the reporting body inside a sentence ("Ủy ban nhân dân xã Tân Lập");
    ``area`` is the word after "toàn" ("xã", "phường", or "tỉnh" at the upper level).
    """

    heading: DocumentHeading
    signature: SignatureBlock
    issuer: str
    area: str
    recipients: tuple[str, ...]
    addressees: tuple[str, ...] = ()
    team_type_name: str = TEAM_TYPE_NAME
    upper_office_name: str = ""


def period_in_sentence(period: Period) -> str:
    """ "quý III năm 2026", "6 tháng đầu năm 2026": the label inside a sentence."""
    label = period.label
    return label[:1].lower() + label[1:]


def count_text(value: int) -> str:
    """A count in running text: "0", "05", "12", "1.250"."""
    return "0" if value == 0 else vietnamese_count(value)


def table_number(value: float | None) -> str:
    """A figure in a table cell: "1.234", "12,5" or "không có số liệu"."""
    return NO_DATA if value is None else format_number(value)


def percent_text(ratio: float | None) -> str:
    """Progress as the "Tỷ lệ (%)" column prints it ("92,8"); empty without a target."""
    return "" if ratio is None else format_number(round(ratio * 100, 1), 1)


def draft_report_content(record: StatisticsRecord, setting: ReportSetting) -> ReportContent:
    """The whole report for ``record``'s period, with default narrative text."""
    period = period_in_sentence(record.period)
    sections = (
        ReportSection(REPORT_SECTION_HEADINGS[0], _general_situation(record, setting)),
        ReportSection(REPORT_SECTION_HEADINGS[1], _results(record)),
        ReportSection(REPORT_SECTION_HEADINGS[2], _assessment(record, setting)),
        ReportSection(
            REPORT_SECTION_HEADINGS[3],
            (
                ReportParagraph(
                    "Một bộ phận người dân, nhất là người cao tuổi, chưa có điện thoại thông "
                    "minh hoặc còn e ngại khi sử dụng dịch vụ số; thành viên Tổ hoạt động kiêm "
                    "nhiệm, chưa có kinh phí hỗ trợ hoạt động."
                ),
            ),
        ),
        ReportSection(
            REPORT_SECTION_HEADINGS[4],
            (
                ReportParagraph(
                    f"Đề nghị {setting.upper_office_name.strip() or 'cấp trên'} tiếp tục tổ "
                    "chức bồi dưỡng, tập huấn kỹ năng số cho thành viên "
                    f"{setting.team_type_name}; quan tâm hỗ trợ trang thiết bị và kinh phí "
                    "hoạt động cho các Tổ."
                ),
            ),
        ),
    )
    return ReportContent(
        heading=setting.heading,
        summary=default_report_summary(period, setting.team_type_name),
        addressees=setting.addressees,
        introduction=(
            f"{setting.issuer[:1].upper()}{setting.issuer[1:]} báo cáo kết quả hoạt động của "
            f"{setting.team_type_name} {period} như sau:",
        ),
        sections=closed_sections(sections),
        annexes=(_annex(record, setting),),
        recipients=setting.recipients,
        signature=setting.signature,
    )


def closed_sections(sections: Sequence[ReportSection]) -> tuple[ReportSection, ...]:
    """The body's last paragraph ends with "./." (NĐ 30), whatever the clerk typed."""
    result = list(sections)
    for index in range(len(result) - 1, -1, -1):
        blocks = list(result[index].blocks)
        for position in range(len(blocks) - 1, -1, -1):
            block = blocks[position]
            if isinstance(block, ReportParagraph) and block.text.strip():
                blocks[position] = ReportParagraph(with_closing_mark(block.text))
                result[index] = replace(result[index], blocks=tuple(blocks))
                return tuple(result)
    return tuple(result)


def renumbered_report(
    content: ReportContent, number: int | None, issued_on: date | None
) -> ReportContent:
    """The report under another number and date: heading and the annexes' "(Kèm theo Báo
    cáo số … ngày …)" lines follow."""
    old = content.heading
    heading = replace(
        old,
        number=number,
        issued_on=issued_on,
        year=issued_on.year if issued_on else old.year,
    )
    before, after = old.reference_phrase("Báo cáo"), heading.reference_phrase("Báo cáo")
    annexes = tuple(
        replace(annex, reference=annex.reference.replace(before, after))
        for annex in content.annexes
    )
    return replace(content, heading=heading, annexes=annexes)


# --- I. Tình hình chung ------------------------------------------------------------------


def _general_situation(record: StatisticsRecord, setting: ReportSetting) -> tuple[ReportBlock, ...]:
    as_of = record.as_of.strftime("%d/%m/%Y")
    text = (
        f"Tính đến ngày {as_of}, toàn {setting.area} có {count_text(record.active_teams)} "
        f"{setting.team_type_name} đang hoạt động với tổng số "
        f"{count_text(record.active_members)} thành viên"
    )
    if record.hub and record.communes:
        covered = sum(1 for commune in record.communes if commune.active_teams)
        text += (
            f"; {count_text(covered)}/{count_text(len(record.communes))} xã, phường, đặc khu "
            "đã có Tổ"
        )
    else:
        villages = [village for village in record.villages if village.id is not None]
        if villages:
            covered = sum(1 for village in villages if village.active_teams)
            share = format_number(round(covered / len(villages) * 100, 1), 1)
            text += (
                f"; {count_text(covered)}/{count_text(len(villages))} thôn, tổ dân phố đã có "
                f"Tổ (đạt {share}%)"
            )
    return (ReportParagraph(text + "."), _coverage_table(record))


def _coverage_table(record: StatisticsRecord) -> FigureTable:
    """Teams and members by village (by commune at the upper level), with the activities."""
    if record.hub and record.communes:
        place = "Xã, phường, đặc khu"
        lines = [
            (c.name, c.active_teams, c.active_members, c.totals.activities) for c in record.communes
        ]
    else:
        place = "Thôn, tổ dân phố"
        lines = [
            (v.name, v.active_teams, v.active_members, v.totals.activities) for v in record.villages
        ]
    rows = tuple(
        (str(index), name, format_number(teams), format_number(members), format_number(acts))
        for index, (name, teams, members, acts) in enumerate(lines, start=1)
    )
    note = ""
    if sum(line[2] for line in lines) != record.active_members:
        note = "Ghi chú: người tham gia nhiều Tổ chỉ được tính một lần ở dòng tổng cộng."
    return FigureTable(
        title=f"Bảng 1. {TEAM_TYPE_NAME} theo {place.lower()}",
        columns=("STT", place, "Số Tổ", "Số thành viên", "Số hoạt động trong kỳ"),
        rows=rows,
        total_row=(
            "",
            TOTAL_LABEL,
            format_number(record.active_teams),
            format_number(record.active_members),
            format_number(record.totals.activities),
        ),
        column_weights=(0.08, 0.42, 0.14, 0.18, 0.18),
        alignments=("center", "left", "right", "right", "right"),
        note=note,
    )


# --- II. Kết quả thực hiện ---------------------------------------------------------------


def _results(record: StatisticsRecord) -> tuple[ReportBlock, ...]:
    totals = record.totals
    if totals.activities:
        activities = (
            f"Trong kỳ, các Tổ đã tổ chức {count_text(totals.activities)} hoạt động tuyên "
            "truyền, hướng dẫn, hỗ trợ người dân; số lượt người được hỗ trợ: "
            f"{figure_text(totals.people_reached, 'lượt')}; số hộ gia đình được hỗ trợ: "
            f"{figure_text(totals.households_reached, 'hộ')}."
        )
    else:
        activities = "Trong kỳ, chưa ghi nhận hoạt động nào của các Tổ."
    reported = [item for item in _shown_indicators(record) if item.value is not None]
    assigned = [item for item in _shown_indicators(record) if item.target is not None]
    reached = [item for item in assigned if item.progress is not None and item.progress >= 1]
    missing = [item for item in _shown_indicators(record) if item.value is None]
    data = (
        f"{count_text(len(reported))} chỉ tiêu có số liệu, {count_text(len(missing))} chỉ tiêu "
        "không có số liệu trong kỳ"
    )
    if assigned:
        indicators = (
            f"Có {count_text(len(reached))}/{count_text(len(assigned))} chỉ tiêu được giao đạt "
            f"hoặc vượt kế hoạch; {data}."
        )
    else:
        indicators = f"Kỳ báo cáo chưa được giao chỉ tiêu; {data}."
    as_of = record.as_of.strftime("%d/%m/%Y")
    if record.trained_in_period:
        trained = (
            f"Trong kỳ có {count_text(record.trained_in_period)} thành viên Tổ hoàn thành bồi "
            "dưỡng, tập huấn kỹ năng số"
        )
    else:
        trained = "Trong kỳ chưa có thành viên Tổ nào hoàn thành bồi dưỡng, tập huấn kỹ năng số"
    if record.never_trained:
        trained += (
            f"; đến ngày {as_of}, còn {count_text(record.never_trained)} thành viên chưa qua "
            "bồi dưỡng."
        )
    else:
        trained += f"; đến ngày {as_of}, mọi thành viên Tổ đều đã qua bồi dưỡng."
    return (
        ReportSubheading("1. Hoạt động của các Tổ"),
        ReportParagraph(activities),
        _pillar_table(record),
        ReportSubheading("2. Kết quả thực hiện các chỉ tiêu"),
        ReportParagraph(indicators),
        _indicator_table(record),
        ReportSubheading("3. Công tác bồi dưỡng, tập huấn thành viên Tổ"),
        ReportParagraph(trained),
    )


def _reach_cells(totals: ActivityTotals) -> tuple[str, str, str]:
    return (
        format_number(totals.activities),
        table_number(totals.people_reached),
        table_number(totals.households_reached),
    )


def _pillar_table(record: StatisticsRecord) -> FigureTable:
    return FigureTable(
        title="Bảng 2. Kết quả hoạt động theo trụ cột chuyển đổi số",
        columns=("STT", "Trụ cột", "Số hoạt động", "Số lượt người được hỗ trợ", "Số hộ"),
        rows=tuple(
            (str(index), group.label, *_reach_cells(group.totals))
            for index, group in enumerate(record.by_pillar, start=1)
        ),
        total_row=("", TOTAL_LABEL, *_reach_cells(record.totals)),
        column_weights=(0.07, 0.27, 0.16, 0.25, 0.25),
        alignments=("center", "left", "right", "right", "right"),
    )


def _shown_indicators(record: StatisticsRecord) -> list[IndicatorFigure]:
    """Active indicators, and retired ones that still have a value or a target."""
    return [
        item
        for item in record.indicators
        if item.active or item.value is not None or item.target is not None
    ]


def _indicator_table(record: StatisticsRecord) -> FigureTable:
    rows: list[tuple[str, ...]] = []
    shown = _shown_indicators(record)
    for group, pillar in enumerate(Pillar, start=1):
        items = [item for item in shown if item.pillar is pillar]
        if not items:
            continue
        rows.append((roman_numeral(group), pillar.label, "", "", "", ""))
        rows += [
            (
                str(index),
                item.name,
                item.unit,
                NOT_ASSIGNED if item.target is None else format_number(item.target),
                table_number(item.value),
                percent_text(item.progress),
            )
            for index, item in enumerate(items, start=1)
        ]
    return FigureTable(
        title="Bảng 3. Kết quả thực hiện chỉ tiêu so với kế hoạch",
        columns=("STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"),
        rows=tuple(rows),
        column_weights=(0.06, 0.36, 0.11, 0.12, 0.22, 0.13),
        alignments=("center", "left", "center", "right", "right", "right"),
    )


# --- III. Đánh giá chung -----------------------------------------------------------------


def _assessment(record: StatisticsRecord, setting: ReportSetting) -> tuple[ReportBlock, ...]:
    idle = [unit.name for unit in record.idle_teams]
    if idle:
        named = ", ".join(idle[:_IDLE_NAMED])
        if len(idle) > _IDLE_NAMED:
            named += f" và {count_text(len(idle) - _IDLE_NAMED)} Tổ khác"
        limits = (
            f"Còn {count_text(len(idle))} Tổ chưa ghi nhận hoạt động trong "
            f"{count_text(record.idle_days)} ngày gần nhất của kỳ báo cáo ({named})."
        )
    else:
        limits = (
            f"Các Tổ đều có hoạt động trong {count_text(record.idle_days)} ngày gần nhất của kỳ "
            "báo cáo."
        )
    return (
        ReportSubheading("1. Kết quả đạt được"),
        ReportParagraph(
            f"Các {setting.team_type_name} duy trì hoạt động, phối hợp với các thôn, tổ dân "
            "phố tuyên truyền, hướng dẫn, hỗ trợ người dân sử dụng dịch vụ công trực tuyến, "
            "thanh toán điện tử và các nền tảng số."
        ),
        ReportSubheading("2. Cách làm hay, mô hình hiệu quả"),
        ReportParagraph(GOOD_PRACTICE_PROMPT),
        ReportSubheading("3. Tồn tại, hạn chế"),
        ReportParagraph(limits),
    )


# --- Phụ lục -----------------------------------------------------------------------------


def _annex(record: StatisticsRecord, setting: ReportSetting) -> ReportAnnex:
    tables: list[FigureTable] = []
    if record.hub and record.communes:
        tables.append(
            FigureTable(
                title="Biểu 1. Số liệu theo xã, phường, đặc khu",
                columns=(
                    "STT",
                    "Xã, phường, đặc khu",
                    "Số Tổ",
                    "Số thành viên",
                    "Số hoạt động",
                    "Số lượt người",
                    "Số hộ",
                    "Chưa bồi dưỡng",
                ),
                rows=tuple(
                    (
                        str(index),
                        commune.name,
                        format_number(commune.active_teams),
                        format_number(commune.active_members),
                        *_reach_cells(commune.totals),
                        format_number(commune.never_trained),
                    )
                    for index, commune in enumerate(record.communes, start=1)
                ),
                column_weights=(0.05, 0.22, 0.08, 0.10, 0.10, 0.15, 0.15, 0.15),
                alignments=("center", "left", *(("right",) * 6)),
            )
        )
    else:
        tables.append(_team_table(record, len(tables) + 1))
    tables.append(
        _group_table(
            f"Biểu {len(tables) + 1}. Hoạt động theo nhóm kỹ năng số",
            "Nhóm kỹ năng số",
            record.by_skill,
        )
    )
    tables.append(
        _group_table(
            f"Biểu {len(tables) + 1}. Hoạt động theo hình thức", "Hình thức", record.by_kind
        )
    )
    local = [t for t in record.targets if t.scope_kind is not ScopeKind.COMMUNE]
    if local:
        tables.append(
            FigureTable(
                title=f"Biểu {len(tables) + 1}. Chỉ tiêu giao cho thôn, Tổ",
                columns=("STT", "Chỉ tiêu", "Thôn, Tổ", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"),
                rows=tuple(
                    (
                        str(index),
                        target.indicator_name,
                        target.scope_name,
                        format_number(target.target),
                        table_number(target.value),
                        percent_text(target.progress),
                    )
                    for index, target in enumerate(local, start=1)
                ),
                column_weights=(0.06, 0.38, 0.20, 0.10, 0.16, 0.10),
                alignments=("center", "left", "left", "right", "right", "right"),
            )
        )
    return ReportAnnex(
        label="Phụ lục",
        title=ANNEX_TITLE,
        reference=(
            f"(Kèm theo {setting.heading.reference_phrase('Báo cáo')} của {setting.issuer})"
        ),
        tables=tuple(tables),
        landscape=True,
    )


def _team_table(record: StatisticsRecord, number: int) -> FigureTable:
    rows = tuple(
        (
            str(index),
            team.name,
            team.village_name,
            format_number(team.active_members),
            *_reach_cells(team.totals),
            team.last_activity_on.strftime("%d/%m/%Y") if team.last_activity_on else "",
        )
        for index, team in enumerate(record.teams, start=1)
    )
    return FigureTable(
        title=f"Biểu {number}. Hoạt động của từng Tổ",
        columns=(
            "STT",
            "Tên Tổ",
            "Thôn, tổ dân phố",
            "Số thành viên",
            "Số hoạt động",
            "Số lượt người",
            "Số hộ",
            "Hoạt động gần nhất",
        ),
        rows=rows,
        total_row=(
            "",
            TOTAL_LABEL,
            "",
            format_number(record.active_members),
            *_reach_cells(record.totals),
            "",
        ),
        column_weights=(0.05, 0.22, 0.13, 0.09, 0.09, 0.14, 0.14, 0.14),
        alignments=("center", "left", "left", "right", "right", "right", "right", "center"),
    )


def _group_table(title: str, label: str, groups: Iterable[GroupFigures]) -> FigureTable:
    return FigureTable(
        title=title,
        columns=("STT", label, "Số hoạt động", "Số lượt người", "Số hộ"),
        rows=tuple(
            (str(index), group.label, *_reach_cells(group.totals))
            for index, group in enumerate(groups, start=1)
        ),
        column_weights=(0.07, 0.45, 0.16, 0.16, 0.16),
        alignments=("center", "left", "right", "right", "right"),
    )
