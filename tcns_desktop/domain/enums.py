"""Closed vocabularies of the domain; stored values are ASCII codes, labels are Vietnamese."""

from __future__ import annotations

from enum import StrEnum


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
    (CommuneKind.XA, "Xã"),
    (CommuneKind.PHUONG, "Phường"),
    (CommuneKind.THI_TRAN, "Thị trấn"),
    (CommuneKind.DAC_KHU, "Đặc khu"),
    (VillageKind.THON, "Thôn"),
    (VillageKind.BAN, "Bản"),
    (VillageKind.TO_DAN_PHO, "Tổ dân phố"),
    (VillageKind.KHU_PHO, "Khu phố"),
    (VillageKind.AP, "Ấp"),
    (VillageKind.XOM, "Xóm"),
    (VillageKind.KHAC, "Khác"),
    (UpperOfficeLevel.DISTRICT, "Cấp huyện"),
    (UpperOfficeLevel.PROVINCE_DEPARTMENT, "Sở, ngành cấp tỉnh"),
    (LeaderRole.CHAIR, "Chủ tịch"),
    (LeaderRole.VICE_CHAIR, "Phó Chủ tịch"),
    (TeamLevel.COMMUNE, "Cấp xã"),
    (TeamLevel.VILLAGE, "Cấp thôn"),
    (TeamStatus.ACTIVE, "Đang hoạt động"),
    (TeamStatus.DISSOLVED, "Đã giải thể"),
    (TeamDecisionKind.FOUNDING, "Thành lập"),
    (TeamDecisionKind.REFORMATION, "Kiện toàn"),
    (TeamDecisionKind.DISSOLUTION, "Giải thể"),
    (Gender.MALE, "Nam"),
    (Gender.FEMALE, "Nữ"),
    (TeamRole.LEADER, "Tổ trưởng"),
    (TeamRole.DEPUTY_STANDING, "Tổ phó thường trực"),
    (TeamRole.DEPUTY, "Tổ phó"),
    (TeamRole.MEMBER, "Thành viên"),
    (TrainingMode.IN_PERSON, "Trực tiếp"),
    (TrainingMode.ONLINE, "Trực tuyến"),
    (TrainingMode.BLENDED, "Kết hợp"),
    (TrainingResult.REGISTERED, "Đăng ký"),
    (TrainingResult.COMPLETED, "Hoàn thành"),
    (TrainingResult.PASSED, "Đạt"),
    (TrainingResult.NOT_PASSED, "Không đạt"),
    (TrainingResult.ABSENT, "Vắng"),
    (DigitalSkill.PUBLIC_SERVICES, "Sử dụng dịch vụ công trực tuyến"),
    (DigitalSkill.ONLINE_SHOPPING, "Mua sắm trực tuyến"),
    (DigitalSkill.ONLINE_PAYMENT, "Thanh toán trực tuyến"),
    (DigitalSkill.ONLINE_SAFETY, "Tự bảo vệ trên không gian mạng"),
    (DigitalSkill.OTHER_PLATFORMS, "Sử dụng các nền tảng số khác"),
    (SkillLevel.NONE, "Chưa biết"),
    (SkillLevel.BASIC, "Cơ bản"),
    (SkillLevel.PROFICIENT, "Thành thạo"),
    (SkillLevel.CAN_TEACH, "Hướng dẫn được người khác"),
    (AssessmentSource.SELF, "Tự đánh giá"),
    (AssessmentSource.ASSESSED, "Được đánh giá"),
    (ActivityKind.PROPAGANDA, "Tuyên truyền"),
    (ActivityKind.GUIDANCE, "Hướng dẫn"),
    (ActivityKind.DIRECT_SUPPORT, "Hỗ trợ trực tiếp"),
    (ActivityKind.TRAINING, "Tập huấn"),
    (ActivityKind.CAMPAIGN, "Ra quân / chiến dịch"),
    (Pillar.DIGITAL_GOVERNMENT, "Chính quyền số"),
    (Pillar.DIGITAL_ECONOMY, "Kinh tế số"),
    (Pillar.DIGITAL_SOCIETY, "Xã hội số"),
    (Aggregation.SUM, "Cộng dồn"),
    (Aggregation.MAX, "Lớn nhất"),
    (Aggregation.LATEST, "Số mới nhất"),
    (PeriodKind.MONTH, "Tháng"),
    (PeriodKind.QUARTER, "Quý"),
    (PeriodKind.HALF_YEAR, "6 tháng"),
    (PeriodKind.YEAR, "Năm"),
    (ScopeKind.COMMUNE, "Toàn xã"),
    (ScopeKind.VILLAGE, "Thôn"),
    (ScopeKind.TEAM, "Tổ"),
    (DocumentKind.FOUNDING_DECISION, "Quyết định thành lập"),
    (DocumentKind.REFORMATION_DECISION, "Quyết định kiện toàn"),
    (DocumentKind.PERIODIC_REPORT, "Báo cáo định kỳ"),
    (SigningMode.CHAIR, "CHỦ TỊCH"),
    (SigningMode.ON_BEHALF_OF_CHAIR, "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"),
    (SigningMode.FOR_THE_COMMITTEE, "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"),
    (SiteMode.COMMUNE, "Cấp xã"),
    (SiteMode.HUB, "Cấp trên (tổng hợp)"),
    (BackupReason.DAILY, "Hằng ngày"),
    (BackupReason.MANUAL, "Thủ công"),
    (BackupReason.BEFORE_MIGRATION, "Trước khi nâng cấp cấu trúc"),
    (BackupReason.BEFORE_IMPORT, "Trước khi nhập dữ liệu"),
    (BackupReason.BEFORE_RESTORE, "Trước khi khôi phục"),
    (BackupReason.BEFORE_DEMO, "Trước khi tạo dữ liệu mẫu"),
    (AuditAction.INSERT, "Thêm"),
    (AuditAction.UPDATE, "Sửa"),
    (AuditAction.DELETE, "Xóa"),
    (AuditAction.RESTORE, "Khôi phục"),
)

# Keyed by (class, value): members of different enums share values ("chair"), and StrEnum
# members hash like their value, so a dict keyed by members would mix them up.
_LABELS: dict[tuple[type, str], str] = {(type(m), m.value): label for m, label in _LABEL_PAIRS}
