"""Frozen records that services return and screens and commands display (no ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from tcns_desktop.domain.enums import (
    CommuneKind,
    LeaderRole,
    SiteMode,
    UpperOfficeLevel,
    VillageKind,
)


@dataclass(frozen=True)
class LeaderInput:
    full_name: str
    title: str
    role: LeaderRole


@dataclass(frozen=True)
class VillageInput:
    name: str
    kind: VillageKind = VillageKind.THON
    code: str = ""


@dataclass(frozen=True)
class CommuneSetup:
    """What the first-run wizard, the settings page and ``tcns init`` collect."""

    province_code: str
    province_name: str
    commune_code: str
    commune_name: str
    commune_kind: CommuneKind = CommuneKind.XA
    district_name: str = ""
    address: str = ""
    place_name: str = ""
    document_symbol: str = "QĐ-UBND"
    upper_office_name: str = ""
    upper_office_level: UpperOfficeLevel = UpperOfficeLevel.PROVINCE_DEPARTMENT
    team_type_name: str = "Tổ công nghệ số cộng đồng"
    leaders: tuple[LeaderInput, ...] = ()
    villages: tuple[VillageInput, ...] = ()


@dataclass(frozen=True)
class LeaderRecord:
    id: str
    full_name: str
    title: str
    role: LeaderRole
    sort_order: int


@dataclass(frozen=True)
class VillageRecord:
    id: str
    name: str
    kind: VillageKind
    code: str
    active: bool
    merged_into_id: str | None
    merged_on: date | None
    sort_order: int


@dataclass(frozen=True)
class CommuneProfileRecord:
    id: str
    province_code: str
    province_name: str
    district_name: str
    commune_code: str
    commune_name: str
    commune_kind: CommuneKind
    address: str
    place_name: str
    document_symbol: str
    upper_office_name: str
    upper_office_level: UpperOfficeLevel
    team_type_name: str
    leaders: tuple[LeaderRecord, ...] = ()
    villages: tuple[VillageRecord, ...] = ()

    @property
    def display_name(self) -> str:
        """ "Xã Tân Lập" — the kind's label before the name unless the name already has it."""
        prefix = self.commune_kind.label
        if self.commune_name.casefold().startswith(prefix.casefold() + " "):
            return self.commune_name
        return f"{prefix} {self.commune_name}"

    @property
    def chair(self) -> LeaderRecord | None:
        return next((ldr for ldr in self.leaders if ldr.role is LeaderRole.CHAIR), None)

    def as_setup(self) -> CommuneSetup:
        return CommuneSetup(
            province_code=self.province_code,
            province_name=self.province_name,
            commune_code=self.commune_code,
            commune_name=self.commune_name,
            commune_kind=self.commune_kind,
            district_name=self.district_name,
            address=self.address,
            place_name=self.place_name,
            document_symbol=self.document_symbol,
            upper_office_name=self.upper_office_name,
            upper_office_level=self.upper_office_level,
            team_type_name=self.team_type_name,
            leaders=tuple(LeaderInput(ld.full_name, ld.title, ld.role) for ld in self.leaders),
            villages=tuple(VillageInput(v.name, v.kind, v.code) for v in self.villages if v.active),
        )


@dataclass(frozen=True)
class SiteRecord:
    """Who this database is: its installation (site) id, its file identity, its mode."""

    site_id: str
    database_id: str
    mode: SiteMode
    last_seq: int
    commune_id: str | None


@dataclass(frozen=True)
class BackupRecord:
    path: str
    size_bytes: int
    created_at: str
    reason: str


@dataclass(frozen=True)
class CheckReport:
    """What ``tcns check`` and the start-up check found."""

    database_file: str
    integrity_ok: bool
    integrity_messages: tuple[str, ...]
    schema_revision: str | None
    schema_head: str
    site: SiteRecord | None
    row_counts: dict[str, int] = field(default_factory=dict)
    commune_configured: bool = False

    @property
    def schema_current(self) -> bool:
        return self.schema_revision == self.schema_head

    @property
    def ok(self) -> bool:
        return self.integrity_ok and self.schema_current
