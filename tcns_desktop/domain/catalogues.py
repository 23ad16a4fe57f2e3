"""Default reference lists seeded into a new database: indicators and platforms/services.

The indicator set is the one seen in official and press reporting on Tổ CNSCĐ (no national
form exists): team and member counts from the MIC briefings of 2022, Lạng Sơn's platform and
e-commerce account counts (baotintuc.vn, 15/6/2022), VNeID activation (baolongan.vn), online
public-service dossiers (baodanang.vn), the "every household has one person proficient in the
5 basic digital skills" goal of Công văn 3240/BTTTT-CĐSQG, the Bình dân học vụ số models
(Gia đình số, Đại sứ số, binhdanhocvuso.gov.vn), and personal digital signatures.
"""

from __future__ import annotations

from dataclasses import dataclass

from tcns_desktop.domain.enums import Aggregation, Pillar


@dataclass(frozen=True)
class IndicatorSeed:
    code: str
    name: str
    unit: str
    pillar: Pillar
    aggregation: Aggregation = Aggregation.SUM


DEFAULT_INDICATORS: tuple[IndicatorSeed, ...] = (
    IndicatorSeed(
        "VNEID_ACTIVATED",
        "Số người được hỗ trợ cài đặt, kích hoạt VNeID (mức 2)",
        "người",
        Pillar.DIGITAL_GOVERNMENT,
    ),
    IndicatorSeed(
        "DVC_DOSSIERS",
        "Số hồ sơ dịch vụ công trực tuyến được hỗ trợ",
        "hồ sơ",
        Pillar.DIGITAL_GOVERNMENT,
    ),
    IndicatorSeed(
        "LOCAL_CITIZEN_APP",
        "Số tài khoản nền tảng công dân số của địa phương",
        "tài khoản",
        Pillar.DIGITAL_GOVERNMENT,
    ),
    IndicatorSeed(
        "DIGITAL_SIGNATURES",
        "Số chữ ký số cá nhân được cấp",
        "chữ ký số",
        Pillar.DIGITAL_GOVERNMENT,
    ),
    IndicatorSeed(
        "EPAYMENT_ACCOUNTS",
        "Số tài khoản thanh toán điện tử, không dùng tiền mặt",
        "tài khoản",
        Pillar.DIGITAL_ECONOMY,
    ),
    IndicatorSeed(
        "ECOMMERCE_ACCOUNTS",
        "Số tài khoản trên sàn thương mại điện tử",
        "tài khoản",
        Pillar.DIGITAL_ECONOMY,
    ),
    IndicatorSeed(
        "DIGITAL_SHOPS",
        "Số cửa hàng số, gian hàng thương mại điện tử",
        "gian hàng",
        Pillar.DIGITAL_ECONOMY,
    ),
    IndicatorSeed(
        "HOUSEHOLDS_5_SKILLS",
        "Số hộ có ít nhất 1 người thành thạo 5 kỹ năng số cơ bản",
        "hộ",
        Pillar.DIGITAL_SOCIETY,
    ),
    IndicatorSeed(
        "PEOPLE_TRAINED",
        "Số người dân được tập huấn, hướng dẫn kỹ năng số",
        "người",
        Pillar.DIGITAL_SOCIETY,
    ),
    IndicatorSeed(
        "BDHVS_COMPLETED",
        "Số người hoàn thành khóa học trên binhdanhocvuso.gov.vn",
        "người",
        Pillar.DIGITAL_SOCIETY,
    ),
    IndicatorSeed(
        "DIGITAL_FAMILIES",
        "Số hộ được công nhận \u201cGia đình số\u201d",
        "hộ",
        Pillar.DIGITAL_SOCIETY,
    ),
    IndicatorSeed(
        "DIGITAL_AMBASSADOR_MENTEES",
        "Số người được Đại sứ số kèm cặp",
        "người",
        Pillar.DIGITAL_SOCIETY,
    ),
    IndicatorSeed(
        "ZALO_GROUP_HOUSEHOLDS",
        "Số hộ tham gia nhóm Zalo của thôn, tổ dân phố",
        "hộ",
        Pillar.DIGITAL_SOCIETY,
        Aggregation.LATEST,
    ),
)

DEFAULT_PLATFORMS: tuple[str, ...] = (
    "VNeID",
    "Cổng Dịch vụ công quốc gia",
    "Cổng dịch vụ công của tỉnh",
    "VssID (Bảo hiểm xã hội số)",
    "Sổ sức khỏe điện tử",
    "Thanh toán không dùng tiền mặt, ví điện tử, Mobile Money",
    "Sàn thương mại điện tử (postmart, voso …)",
    "Chữ ký số",
    "Bình dân học vụ số",
    "An toàn thông tin mạng",
    "Nền tảng công dân số của địa phương",
    "Khác",
)

DEFAULT_TEAM_TYPE_NAME = "Tổ công nghệ số cộng đồng"
DEFAULT_DOCUMENT_SYMBOL = "QĐ-UBND"
