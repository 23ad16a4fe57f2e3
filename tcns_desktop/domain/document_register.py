"""The register of issued documents (sổ văn bản đi): its records, numbers and symbols.

A number is unique within a symbol and a year (NĐ 30/2020 Điều 15: numbering restarts every
1 January); the register stores it as text, these helpers read and suggest it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from tcns_desktop.domain.document_records import (
    DECISION_SCHEMA,
    REPORT_SCHEMA,
    DecisionContent,
    JsonDict,
    ReportContent,
    number_and_symbol,
)
from tcns_desktop.domain.enums import DocumentKind, SigningMode, TeamDecisionKind
from tcns_desktop.domain.vietnamese_text import fold_for_search

DocumentContent = DecisionContent | ReportContent

DECISION_KINDS = (DocumentKind.FOUNDING_DECISION, DocumentKind.REFORMATION_DECISION)
DEFAULT_REPORT_SYMBOL = "BC-UBND"
_LEADING_NUMBER = re.compile(r"\s*0*(\d+)")


@dataclass(frozen=True)
class IssuedDocumentRecord:
    """One line of the register: what was issued, when, by whom, from which snapshot."""

    id: str
    kind: DocumentKind
    number: int | None
    symbol: str
    issued_on: date | None
    title: str
    signer_name: str
    signer_title: str
    signing_mode: SigningMode
    period_key: str
    file_sha256: str
    notes: str
    created_at: str
    team_names: tuple[str, ...] = ()

    @property
    def number_text(self) -> str:
        """ "05/QĐ-UBND", as the document prints it."""
        return number_and_symbol(self.number, self.symbol).strip()

    @property
    def is_decision(self) -> bool:
        return self.kind in DECISION_KINDS

    @property
    def search_text(self) -> str:
        """Accent-folded text the register's search box matches (number, title, signer…)."""
        parts = (
            self.number_text,
            self.kind.label,
            self.title,
            self.signer_name,
            self.period_key,
            self.issued_on.strftime("%d/%m/%Y") if self.issued_on else "",
            *self.team_names,
        )
        return fold_for_search(" ".join(parts))


@dataclass(frozen=True)
class ReprintOutcome:
    """A document rebuilt from its snapshot; ``identical`` when its SHA-256 is the one the
    register recorded at issue (a program upgrade that changes the layout would differ)."""

    path: str
    identical: bool


def parse_register_number(text: str | None) -> int | None:
    """The register's number text ("05", "12", "7a") as an integer; None when it has none."""
    match = _LEADING_NUMBER.match(text or "")
    return int(match[1]) if match else None


def next_number(used: Iterable[int | None]) -> int:
    """The number after the highest one used (1 for the year's first document)."""
    return max((number for number in used if number is not None), default=0) + 1


def decision_document_kind(kind: TeamDecisionKind) -> DocumentKind:
    if kind is TeamDecisionKind.FOUNDING:
        return DocumentKind.FOUNDING_DECISION
    if kind is TeamDecisionKind.REFORMATION:
        return DocumentKind.REFORMATION_DECISION
    raise ValueError(f"no document for a {kind} decision")


def report_symbol(decision_symbol: str) -> str:
    """The report's symbol beside the commune's decision symbol: "QĐ-UBND" → "BC-UBND".

    A commune that numbers the chairperson's decisions apart ("QĐ-CT") still reports as the
    committee, so anything but a "QĐ-<body>" symbol gives "BC-UBND".
    """
    head, _, body = decision_symbol.strip().partition("-")
    if head.upper() in {"QĐ", "QD"} and body and body.upper() != "CT":
        return f"BC-{body}"
    return DEFAULT_REPORT_SYMBOL


def signer_title(mode: SigningMode) -> str:
    """The signer's own title for the register: the vice-chair signs "KT. CHỦ TỊCH"."""
    return "Phó Chủ tịch" if mode is SigningMode.ON_BEHALF_OF_CHAIR else "Chủ tịch"


def content_from_snapshot(snapshot: JsonDict) -> DocumentContent:
    """The decision or report a register snapshot holds (by its schema tag)."""
    schema = snapshot.get("schema")
    if schema == DECISION_SCHEMA:
        return DecisionContent.from_json_dict(snapshot)
    if schema == REPORT_SCHEMA:
        return ReportContent.from_json_dict(snapshot)
    raise ValueError(f"unknown snapshot schema {schema!r}")
