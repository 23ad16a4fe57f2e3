"""Closed vocabularies of the domain; stored values are ASCII codes, labels are Vietnamese."""

from __future__ import annotations

from enum import StrEnum

from tcns_desktop.domain.translation_marks import QT_TRANSLATE_NOOP


class LabelledEnum(StrEnum):
    """A StrEnum whose members carry the Vietnamese label shown to clerks."""

    @property
    def label(self) -> str:
        return _LABELS[(type(self), self.value)]

    @classmethod
    def from_label(cls, text: str) -> LabelledEnum | None:
        wanted = text.strip().casefold()
        for member in cls:
            if member.label.casefold() == wanted or member.value == wanted:
                return member
        return None


class CommuneKind(LabelledEnum):
    XA = "xa"
    PHUONG = "phuong"
    THI_TRAN = "thi_tran"
    DAC_KHU = "dac_khu"


class VillageKind(LabelledEnum):
    THON = "thon"
    BAN = "ban"
    TO_DAN_PHO = "to_dan_pho"
    KHU_PHO = "khu_pho"
    AP = "ap"
    XOM = "xom"
    KHAC = "khac"


class UpperOfficeLevel(LabelledEnum):
    DISTRICT = "district"
    PROVINCE_DEPARTMENT = "province_department"


class LeaderRole(LabelledEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"


class TeamLevel(LabelledEnum):
    COMMUNE = "commune"
    VILLAGE = "village"


class TeamStatus(LabelledEnum):
    ACTIVE = "active"
    DISSOLVED = "dissolved"


class TeamDecisionKind(LabelledEnum):
    FOUNDING = "founding"
    REFORMATION = "reformation"
    DISSOLUTION = "dissolution"


class Gender(LabelledEnum):
    MALE = "male"
    FEMALE = "female"


class TeamRole(LabelledEnum):
    LEADER = "leader"
    DEPUTY_STANDING = "deputy_standing"
    DEPUTY = "deputy"
    MEMBER = "member"


class TrainingMode(LabelledEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    BLENDED = "blended"


class TrainingResult(LabelledEnum):
    REGISTERED = "registered"
    COMPLETED = "completed"
    PASSED = "passed"
    NOT_PASSED = "not_passed"
    ABSENT = "absent"


class DigitalSkill(LabelledEnum):
    """The 5 basic digital skills of Công văn 3240/BTTTT-CĐSQG (8/8/2024)."""

    PUBLIC_SERVICES = "public_services"
    ONLINE_SHOPPING = "online_shopping"
    ONLINE_PAYMENT = "online_payment"
    ONLINE_SAFETY = "online_safety"
    OTHER_PLATFORMS = "other_platforms"


class SkillLevel(LabelledEnum):
    NONE = "none"
    BASIC = "basic"
    PROFICIENT = "proficient"
    CAN_TEACH = "can_teach"


class AssessmentSource(LabelledEnum):
    SELF = "self"
    ASSESSED = "assessed"


class ActivityKind(LabelledEnum):
    PROPAGANDA = "propaganda"
    GUIDANCE = "guidance"
    DIRECT_SUPPORT = "direct_support"
    TRAINING = "training"
    CAMPAIGN = "campaign"


class Pillar(LabelledEnum):
    DIGITAL_GOVERNMENT = "digital_government"
    DIGITAL_ECONOMY = "digital_economy"
    DIGITAL_SOCIETY = "digital_society"


class Aggregation(LabelledEnum):
    SUM = "sum"
    MAX = "max"
    LATEST = "latest"


class PeriodKind(LabelledEnum):
    MONTH = "month"
    QUARTER = "quarter"
    HALF_YEAR = "half_year"
    YEAR = "year"


class ScopeKind(LabelledEnum):
    COMMUNE = "commune"
    VILLAGE = "village"
    TEAM = "team"


class DocumentKind(LabelledEnum):
    FOUNDING_DECISION = "founding_decision"
    REFORMATION_DECISION = "reformation_decision"
    PERIODIC_REPORT = "periodic_report"


class SigningMode(LabelledEnum):
    """Signature variants of Nghị định 30/2020 (Phụ lục I, ô 7a)."""

    CHAIR = "chair"
    ON_BEHALF_OF_CHAIR = "on_behalf_of_chair"
    FOR_THE_COMMITTEE = "for_the_committee"


class SiteMode(LabelledEnum):
    COMMUNE = "commune"
    HUB = "hub"


class BackupReason(LabelledEnum):
    DAILY = "daily"
    MANUAL = "manual"
    BEFORE_MIGRATION = "before-migration"
    BEFORE_IMPORT = "before-import"
    BEFORE_RESTORE = "before-restore"
    BEFORE_DEMO = "before-demo"

    @classmethod
    def label_of(cls, value: str) -> str:
        """Label of a reason read from a file name (unknown reasons shown as they are)."""
        try:
            return cls(value).label
        except ValueError:
            return value


class AuditAction(LabelledEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    RESTORE = "restore"


_LABEL_PAIRS: tuple[tuple[LabelledEnum, str], ...] = (
    (CommuneKind.XA, QT_TRANSLATE_NOOP("labels", "Xã")),
    (CommuneKind.PHUONG, QT_TRANSLATE_NOOP("labels", "Phường")),
    (CommuneKind.THI_TRAN, QT_TRANSLATE_NOOP("labels", "Thị trấn")),
    (CommuneKind.DAC_KHU, QT_TRANSLATE_NOOP("labels", "Đặc khu")),
    (VillageKind.THON, QT_TRANSLATE_NOOP("labels", "Thôn")),
    (VillageKind.BAN, QT_TRANSLATE_NOOP("labels", "Bản")),
    (VillageKind.TO_DAN_PHO, QT_TRANSLATE_NOOP("labels", "Tổ dân phố")),
    (VillageKind.KHU_PHO, QT_TRANSLATE_NOOP("labels", "Khu phố")),
    (VillageKind.AP, QT_TRANSLATE_NOOP("labels", "Ấp")),
    (VillageKind.XOM, QT_TRANSLATE_NOOP("labels", "Xóm")),
    (VillageKind.KHAC, QT_TRANSLATE_NOOP("labels", "Khác")),
    (UpperOfficeLevel.DISTRICT, QT_TRANSLATE_NOOP("labels", "Cấp huyện")),
    (UpperOfficeLevel.PROVINCE_DEPARTMENT, QT_TRANSLATE_NOOP("labels", "Sở, ngành cấp tỉnh")),
    (LeaderRole.CHAIR, QT_TRANSLATE_NOOP("labels", "Chủ tịch")),
    (LeaderRole.VICE_CHAIR, QT_TRANSLATE_NOOP("labels", "Phó Chủ tịch")),
    (TeamLevel.COMMUNE, QT_TRANSLATE_NOOP("labels", "Cấp xã")),
    (TeamLevel.VILLAGE, QT_TRANSLATE_NOOP("labels", "Cấp thôn")),
    (TeamStatus.ACTIVE, QT_TRANSLATE_NOOP("labels", "Đang hoạt động")),
    (TeamStatus.DISSOLVED, QT_TRANSLATE_NOOP("labels", "Đã giải thể")),
    (TeamDecisionKind.FOUNDING, QT_TRANSLATE_NOOP("labels", "Thành lập")),
    (TeamDecisionKind.REFORMATION, QT_TRANSLATE_NOOP("labels", "Kiện toàn")),
    (TeamDecisionKind.DISSOLUTION, QT_TRANSLATE_NOOP("labels", "Giải thể")),
    (Gender.MALE, QT_TRANSLATE_NOOP("labels", "Nam")),
    (Gender.FEMALE, QT_TRANSLATE_NOOP("labels", "Nữ")),
    (TeamRole.LEADER, QT_TRANSLATE_NOOP("labels", "Tổ trưởng")),
    (TeamRole.DEPUTY_STANDING, QT_TRANSLATE_NOOP("labels", "Tổ phó thường trực")),
    (TeamRole.DEPUTY, QT_TRANSLATE_NOOP("labels", "Tổ phó")),
    (TeamRole.MEMBER, QT_TRANSLATE_NOOP("labels", "Thành viên")),
    (TrainingMode.IN_PERSON, QT_TRANSLATE_NOOP("labels", "Trực tiếp")),
    (TrainingMode.ONLINE, QT_TRANSLATE_NOOP("labels", "Trực tuyến")),
    (TrainingMode.BLENDED, QT_TRANSLATE_NOOP("labels", "Kết hợp")),
    (TrainingResult.REGISTERED, QT_TRANSLATE_NOOP("labels", "Đăng ký")),
    (TrainingResult.COMPLETED, QT_TRANSLATE_NOOP("labels", "Hoàn thành")),
    (TrainingResult.PASSED, QT_TRANSLATE_NOOP("labels", "Đạt")),
    (TrainingResult.NOT_PASSED, QT_TRANSLATE_NOOP("labels", "Không đạt")),
    (TrainingResult.ABSENT, QT_TRANSLATE_NOOP("labels", "Vắng")),
    (DigitalSkill.PUBLIC_SERVICES, QT_TRANSLATE_NOOP("labels", "Sử dụng dịch vụ công trực tuyến")),
    (DigitalSkill.ONLINE_SHOPPING, QT_TRANSLATE_NOOP("labels", "Mua sắm trực tuyến")),
    (DigitalSkill.ONLINE_PAYMENT, QT_TRANSLATE_NOOP("labels", "Thanh toán trực tuyến")),
    (DigitalSkill.ONLINE_SAFETY, QT_TRANSLATE_NOOP("labels", "Tự bảo vệ trên không gian mạng")),
    (DigitalSkill.OTHER_PLATFORMS, QT_TRANSLATE_NOOP("labels", "Sử dụng các nền tảng số khác")),
    (SkillLevel.NONE, QT_TRANSLATE_NOOP("labels", "Chưa biết")),
    (SkillLevel.BASIC, QT_TRANSLATE_NOOP("labels", "Cơ bản")),
    (SkillLevel.PROFICIENT, QT_TRANSLATE_NOOP("labels", "Thành thạo")),
    (SkillLevel.CAN_TEACH, QT_TRANSLATE_NOOP("labels", "Hướng dẫn được người khác")),
    (AssessmentSource.SELF, QT_TRANSLATE_NOOP("labels", "Tự đánh giá")),
    (AssessmentSource.ASSESSED, QT_TRANSLATE_NOOP("labels", "Được đánh giá")),
    (ActivityKind.PROPAGANDA, QT_TRANSLATE_NOOP("labels", "Tuyên truyền")),
    (ActivityKind.GUIDANCE, QT_TRANSLATE_NOOP("labels", "Hướng dẫn")),
    (ActivityKind.DIRECT_SUPPORT, QT_TRANSLATE_NOOP("labels", "Hỗ trợ trực tiếp")),
    (ActivityKind.TRAINING, QT_TRANSLATE_NOOP("labels", "Tập huấn")),
    (ActivityKind.CAMPAIGN, QT_TRANSLATE_NOOP("labels", "Ra quân / chiến dịch")),
    (Pillar.DIGITAL_GOVERNMENT, QT_TRANSLATE_NOOP("labels", "Chính quyền số")),
    (Pillar.DIGITAL_ECONOMY, QT_TRANSLATE_NOOP("labels", "Kinh tế số")),
    (Pillar.DIGITAL_SOCIETY, QT_TRANSLATE_NOOP("labels", "Xã hội số")),
    (Aggregation.SUM, QT_TRANSLATE_NOOP("labels", "Cộng dồn")),
    (Aggregation.MAX, QT_TRANSLATE_NOOP("labels", "Lớn nhất")),
    (Aggregation.LATEST, QT_TRANSLATE_NOOP("labels", "Số mới nhất")),
    (PeriodKind.MONTH, QT_TRANSLATE_NOOP("labels", "Tháng")),
    (PeriodKind.QUARTER, QT_TRANSLATE_NOOP("labels", "Quý")),
    (PeriodKind.HALF_YEAR, QT_TRANSLATE_NOOP("labels", "6 tháng")),
    (PeriodKind.YEAR, QT_TRANSLATE_NOOP("labels", "Năm")),
    (ScopeKind.COMMUNE, QT_TRANSLATE_NOOP("labels", "Toàn xã")),
    (ScopeKind.VILLAGE, QT_TRANSLATE_NOOP("labels", "Thôn")),
    (ScopeKind.TEAM, QT_TRANSLATE_NOOP("labels", "Tổ")),
    (DocumentKind.FOUNDING_DECISION, QT_TRANSLATE_NOOP("labels", "Quyết định thành lập")),
    (DocumentKind.REFORMATION_DECISION, QT_TRANSLATE_NOOP("labels", "Quyết định kiện toàn")),
    (DocumentKind.PERIODIC_REPORT, QT_TRANSLATE_NOOP("labels", "Báo cáo định kỳ")),
    (SigningMode.CHAIR, QT_TRANSLATE_NOOP("labels", "CHỦ TỊCH")),
    (SigningMode.ON_BEHALF_OF_CHAIR, QT_TRANSLATE_NOOP("labels", "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH")),
    (SigningMode.FOR_THE_COMMITTEE, QT_TRANSLATE_NOOP("labels", "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH")),
    (SiteMode.COMMUNE, QT_TRANSLATE_NOOP("labels", "Cấp xã")),
    (SiteMode.HUB, QT_TRANSLATE_NOOP("labels", "Cấp trên (tổng hợp)")),
    (BackupReason.DAILY, QT_TRANSLATE_NOOP("labels", "Hằng ngày")),
    (BackupReason.MANUAL, QT_TRANSLATE_NOOP("labels", "Thủ công")),
    (BackupReason.BEFORE_MIGRATION, QT_TRANSLATE_NOOP("labels", "Trước khi nâng cấp cấu trúc")),
    (BackupReason.BEFORE_IMPORT, QT_TRANSLATE_NOOP("labels", "Trước khi nhập dữ liệu")),
    (BackupReason.BEFORE_RESTORE, QT_TRANSLATE_NOOP("labels", "Trước khi khôi phục")),
    (BackupReason.BEFORE_DEMO, QT_TRANSLATE_NOOP("labels", "Trước khi tạo dữ liệu mẫu")),
    (AuditAction.INSERT, QT_TRANSLATE_NOOP("labels", "Thêm")),
    (AuditAction.UPDATE, QT_TRANSLATE_NOOP("labels", "Sửa")),
    (AuditAction.DELETE, QT_TRANSLATE_NOOP("labels", "Xóa")),
    (AuditAction.RESTORE, QT_TRANSLATE_NOOP("labels", "Khôi phục")),
)

# Keyed by (class, value): members of different enums share values ("chair"), and StrEnum
# members hash like their value, so a dict keyed by members would mix them up.
_LABELS: dict[tuple[type, str], str] = {(type(m), m.value): label for m, label in _LABEL_PAIRS}
