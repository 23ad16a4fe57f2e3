"""Realistic decision and report content for the document tests and the benchmark."""

from __future__ import annotations

import random
from datetime import date

from tcns_desktop.domain.document_records import (
    AnnexGroup,
    AnnexMember,
    DecisionContent,
    DocumentHeading,
    FigureTable,
    ReportAnnex,
    ReportContent,
    ReportParagraph,
    ReportSection,
    ReportSubheading,
    SignatureBlock,
    default_report_recipients,
    default_report_summary,
    draft_decision,
    issuing_body_lines,
)
from tcns_desktop.domain.enums import SigningMode, TeamDecisionKind

COMMUNE = "Xã Tân Lập"
PLACE = "Tân Lập"
CHAIR = "Nguyễn Văn Hùng"
VICE_CHAIR = "Trần Thị Mai"

# Names that use every Vietnamese tone mark, Đ/đ, ơ/ư and the capitals with marks.
SPECIAL_NAMES = ("Nguyễn Thị Ngọc Hường", "Đặng Quốc Tuấn", "Lò Thị Ửng")
FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Lò", "Hà")
MIDDLE_MALE = ("Văn", "Đức", "Quốc", "Minh", "Hữu", "Xuân")
MIDDLE_FEMALE = ("Thị", "Ngọc", "Thu", "Thanh", "Diệu", "Mỹ")
GIVEN_MALE = ("Hùng", "Dũng", "Tuấn", "Cường", "Thắng", "Khải", "Lộc", "Vĩnh", "Ẩn")
GIVEN_FEMALE = ("Hường", "Ánh", "Hằng", "Yến", "Ửng", "Lụa", "Nguyệt", "Thủy", "Ỷ")
VILLAGES = ("Thôn Đông", "Thôn Tây", "Bản Mới", "Thôn Thượng", "Thôn Hạ", "Tổ dân phố Số 1")
POSITIONS = (
    "Trưởng thôn",
    "Bí thư Chi đoàn",
    "Chi hội trưởng Phụ nữ",
    "Công an viên",
    "Giáo viên Tin học Trường THCS Tân Lập",
    "Nhân viên VNPT",
    "Chi hội trưởng Nông dân",
)
ROLES = (
    "Tổ trưởng",
    "Tổ phó",
    "Thành viên",
    "Thành viên",
    "Thành viên",
    "Thành viên",
    "Thành viên",
)


def member(rng: random.Random, index: int) -> AnnexMember:
    female = rng.random() < 0.5
    name = " ".join(
        (
            rng.choice(FAMILY),
            rng.choice(MIDDLE_FEMALE if female else MIDDLE_MALE),
            rng.choice(GIVEN_FEMALE if female else GIVEN_MALE),
        )
    )
    return AnnexMember(
        full_name=name,
        birth_year=str(rng.randint(1965, 2004)),
        gender="Nữ" if female else "Nam",
        position=POSITIONS[index % len(POSITIONS)],
        team_role=ROLES[index % len(ROLES)],
        phone=f"09{rng.randint(10_000_000, 99_999_999)}",
        notes="Đoàn viên" if rng.random() < 0.2 else "",
    )


def member_groups(teams: int, per_team: int, seed: int = 7) -> tuple[AnnexGroup, ...]:
    """``teams`` village teams of ``per_team`` members; the first members of the first team
    carry the special names."""
    rng = random.Random(seed)
    groups: list[AnnexGroup] = []
    for team in range(teams):
        village = VILLAGES[team % len(VILLAGES)]
        if team >= len(VILLAGES):
            village = f"{village} {team // len(VILLAGES) + 1}"
        members = [member(rng, index) for index in range(per_team)]
        if team == 0:
            for index, name in enumerate(SPECIAL_NAMES[:per_team]):
                members[index] = AnnexMember(
                    full_name=name,
                    birth_year=members[index].birth_year,
                    gender="Nữ" if "Thị" in name else "Nam",
                    position=members[index].position,
                    team_role=members[index].team_role,
                    phone=members[index].phone,
                    notes=members[index].notes,
                )
        village_text = village[:1].lower() + village[1:]
        groups.append(
            AnnexGroup(
                team_name=f"Tổ công nghệ số cộng đồng {village_text}",
                village_name=village,
                members=tuple(members),
            )
        )
    return tuple(groups)


def sample_decision(
    teams: int = 3,
    per_team: int = 7,
    mode: SigningMode = SigningMode.CHAIR,
    number: int | None = 5,
    issued_on: date | None = date(2026, 2, 5),
) -> DecisionContent:
    signer = VICE_CHAIR if mode is SigningMode.ON_BEHALF_OF_CHAIR else CHAIR
    return draft_decision(
        kind=TeamDecisionKind.FOUNDING,
        commune_display_name=COMMUNE,
        place_name=PLACE,
        groups=member_groups(teams, per_team),
        signature=SignatureBlock(mode=mode, signer_name=signer),
        number=number,
        issued_on=issued_on,
    )


def sample_report(long_table_rows: int = 0) -> ReportContent:
    period = "quý III năm 2026"
    heading = DocumentHeading(
        issuing_body=issuing_body_lines(COMMUNE),
        symbol="BC-UBND",
        place_name=PLACE,
        number=41,
        issued_on=date(2026, 10, 8),
    )
    teams = FigureTable(
        title="Bảng 1. Tổ công nghệ số cộng đồng theo thôn",
        columns=("STT", "Thôn, tổ dân phố", "Số tổ", "Số thành viên", "Trong đó nữ"),
        rows=tuple(
            (str(index), village, "1", str(6 + index), str(2 + index % 3))
            for index, village in enumerate(VILLAGES, start=1)
        ),
        total_row=("", "Tổng cộng", "6", "57", "18"),
        column_weights=(0.08, 0.44, 0.14, 0.18, 0.16),
        alignments=("center", "left", "right", "right", "right"),
    )
    indicators = FigureTable(
        title="Bảng 2. Kết quả thực hiện chỉ tiêu so với kế hoạch",
        columns=("STT", "Chỉ tiêu", "Đơn vị", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)"),
        rows=(
            (
                "1",
                "Số người được hỗ trợ cài đặt, kích hoạt VNeID mức 2",
                "người",
                "800",
                "742",
                "92,8",
            ),
            ("2", "Số hồ sơ dịch vụ công trực tuyến được hỗ trợ", "hồ sơ", "300", "318", "106,0"),
            (
                "3",
                "Số hộ có ít nhất 01 người thành thạo 05 kỹ năng số cơ bản",
                "hộ",
                "1.200",
                "964",
                "80,3",
            ),
            (
                "4",
                "Số tài khoản thanh toán điện tử được mở mới",
                "tài khoản",
                "400",
                "455",
                "113,8",
            ),
        ),
        column_weights=(0.07, 0.47, 0.12, 0.11, 0.12, 0.11),
        alignments=("center", "left", "center", "right", "right", "right"),
    )
    long_rows = tuple(
        (str(index), f"Hoạt động hướng dẫn người dân số {index}", VILLAGES[index % 6], "12")
        for index in range(1, long_table_rows + 1)
    )
    sections = (
        ReportSection(
            heading="I. TÌNH HÌNH CHUNG",
            blocks=(
                ReportParagraph(
                    "Thực hiện Quyết định số 05/QĐ-UBND ngày 05 tháng 02 năm 2026 của Chủ tịch "
                    "Ủy ban nhân dân xã Tân Lập về việc thành lập Tổ công nghệ số cộng đồng, "
                    "đến nay toàn xã có 06/06 thôn, tổ dân phố thành lập Tổ công nghệ số cộng "
                    "đồng (đạt 100%) với 57 thành viên, trong đó 18 thành viên nữ, 21 đoàn viên "
                    "thanh niên."
                ),
                teams,
            ),
        ),
        ReportSection(
            heading="II. KẾT QUẢ THỰC HIỆN",
            blocks=(
                ReportSubheading("1. Công tác tuyên truyền"),
                ReportParagraph(
                    "Các Tổ công nghệ số cộng đồng đã tổ chức 48 buổi tuyên truyền tại nhà văn "
                    "hóa thôn, lồng ghép trong các cuộc họp thôn; duy trì 06 nhóm Zalo với "
                    "1.126 hộ gia đình tham gia."
                ),
                ReportSubheading("2. Kết quả theo chỉ tiêu"),
                indicators,
            ),
        ),
        ReportSection(
            heading="III. ĐÁNH GIÁ CHUNG",
            blocks=(
                ReportParagraph(
                    "Cách làm hay: mô hình “Đại sứ số” tại thôn Đông, mỗi thành viên kèm cặp "
                    "ít nhất 05 hộ gia đình; phối hợp với Công an xã hỗ trợ kích hoạt tài khoản "
                    "định danh điện tử vào các ngày thứ Bảy."
                ),
            ),
        ),
        ReportSection(
            heading="IV. KHÓ KHĂN, VƯỚNG MẮC",
            blocks=(
                ReportParagraph(
                    "Một số người dân cao tuổi chưa có điện thoại thông minh; thành viên Tổ hoạt "
                    "động kiêm nhiệm, chưa có kinh phí hỗ trợ."
                ),
            ),
        ),
        ReportSection(
            heading="V. ĐỀ XUẤT, KIẾN NGHỊ",
            blocks=(
                ReportParagraph(
                    "Đề nghị Sở Khoa học và Công nghệ tiếp tục tổ chức tập huấn kỹ năng số cho "
                    "thành viên Tổ công nghệ số cộng đồng."
                ),
            ),
        ),
    )
    annexes: tuple[ReportAnnex, ...] = ()
    if long_rows:
        annexes = (
            ReportAnnex(
                label="Phụ lục",
                title="DANH MỤC HOẠT ĐỘNG CỦA TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG",
                reference=(
                    "(Kèm theo Báo cáo số 41/BC-UBND ngày 08 tháng 10 năm 2026 của Ủy ban "
                    "nhân dân xã Tân Lập)"
                ),
                tables=(
                    FigureTable(
                        columns=("STT", "Nội dung hoạt động", "Thôn", "Số người tham gia"),
                        rows=long_rows,
                        column_weights=(0.08, 0.52, 0.22, 0.18),
                        alignments=("center", "left", "left", "right"),
                    ),
                ),
            ),
        )
    return ReportContent(
        heading=heading,
        summary=default_report_summary(period),
        addressees=("Sở Khoa học và Công nghệ tỉnh Phú Thọ",),
        introduction=(
            "Ủy ban nhân dân xã Tân Lập báo cáo kết quả hoạt động của Tổ công nghệ số cộng "
            f"đồng {period} như sau:",
        ),
        sections=sections,
        annexes=annexes,
        recipients=default_report_recipients(COMMUNE),
        signature=SignatureBlock(mode=SigningMode.FOR_THE_COMMITTEE, signer_name=CHAIR),
    )
