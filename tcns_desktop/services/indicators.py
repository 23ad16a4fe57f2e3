"""The indicator catalogue: list, add, edit, deactivate, and the catalogue file exchange.

Export writes a versioned JSON file; import is a dry run first, then applied in one
transaction, entries matched by code.

The catalogue is the database's own reference list: the upper level edits its copy and
distributes it as a file, which communes import.
"""

from __future__ import annotations

import json
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.atomic_files import write_text_atomically
from tcns_desktop.data.commune_repository import own_commune
from tcns_desktop.data.models import Indicator
from tcns_desktop.domain.activity_records import (
    CatalogueAction,
    CatalogueEntry,
    CatalogueImportResult,
    CataloguePreview,
    CatalogueRow,
    IndicatorInput,
    IndicatorRecord,
)
from tcns_desktop.domain.identifiers import now_text
from tcns_desktop.domain.indicator_catalogue import (
    CatalogueFormatError,
    ParsedCatalogue,
    catalogue_document,
    check_indicator,
    parse_catalogue,
)
from tcns_desktop.domain.vietnamese_text import clean_text, fold_for_search
from tcns_desktop.errors import NotFoundError, TcnsError, ValidationError

# A catalogue of a few dozen entries is a few KB; anything this large is not one.
LARGEST_CATALOGUE_FILE = 5 * 1024 * 1024

_FIELD_LABELS = {
    "name": "tên",
    "unit": "đơn vị tính",
    "pillar": "trụ cột",
    "aggregation": "cách tổng hợp",
    "active": "trạng thái dùng",
    "description": "mô tả",
    "sort_order": "thứ tự",
}


class CatalogueFileError(TcnsError):
    """The catalogue file cannot be read or is not a catalogue (a usage problem: exit 2)."""

    exit_code = 2


class IndicatorService:
    def __init__(self, sessions: sessionmaker[Session]) -> None:
        self._sessions = sessions

    # --- the catalogue -------------------------------------------------------------------

    def catalogue(self, *, include_inactive: bool = True) -> list[IndicatorRecord]:
        """Indicators in the catalogue's order (the order reports list them in)."""
        with self._sessions.begin() as session:
            query = select(Indicator).where(Indicator.deleted_at.is_(None))
            if not include_inactive:
                query = query.where(Indicator.active.is_(True))
            rows = session.scalars(query.order_by(Indicator.sort_order, Indicator.code))
            return [indicator_record(row) for row in rows]

    def add(self, data: IndicatorInput) -> IndicatorRecord:
        cleaned = self._checked(data)
        with self._sessions.begin() as session:
            self._check_unique(session, cleaned, None)
            order = session.scalar(select(func.max(Indicator.sort_order))) or 0
            indicator = Indicator(
                code=cleaned.code,
                name=cleaned.name,
                unit=cleaned.unit,
                pillar=cleaned.pillar,
                aggregation=cleaned.aggregation,
                description=cleaned.description,
                sort_order=order + 1,
            )
            session.add(indicator)
            session.flush()
            return indicator_record(indicator)

    def update(self, indicator_id: str, data: IndicatorInput) -> IndicatorRecord:
        """Change name, unit, pillar, aggregation or description; the code stays (other
        databases and catalogue files know the indicator by it)."""
        cleaned = self._checked(data)
        with self._sessions.begin() as session:
            indicator = self._live(session, indicator_id)
            if cleaned.code != indicator.code:
                raise ValidationError(
                    f"Không đổi được mã chỉ tiêu {indicator.code}: các xã và tệp danh mục "
                    "nhận biết chỉ tiêu theo mã. Hãy thêm chỉ tiêu mới nếu cần mã khác."
                )
            self._check_unique(session, cleaned, indicator.id)
            indicator.name = cleaned.name
            indicator.unit = cleaned.unit
            indicator.pillar = cleaned.pillar
            indicator.aggregation = cleaned.aggregation
            indicator.description = cleaned.description
            session.flush()
            return indicator_record(indicator)

    def rename(self, indicator_id: str, name: str) -> IndicatorRecord:
        with self._sessions.begin() as session:
            indicator = self._live(session, indicator_id)
            current = indicator_record(indicator)
        return self.update(
            indicator_id,
            IndicatorInput(
                code=current.code,
                name=name,
                unit=current.unit,
                pillar=current.pillar,
                aggregation=current.aggregation,
                description=current.description,
            ),
        )

    def set_active(self, indicator_id: str, active: bool) -> IndicatorRecord:
        """Deactivate: no longer offered for new results; figures already reported stay."""
        with self._sessions.begin() as session:
            indicator = self._live(session, indicator_id)
            indicator.active = active
            session.flush()
            return indicator_record(indicator)

    # --- the catalogue file --------------------------------------------------------------

    def export_catalogue(self, path: Path) -> Path:
        """Write every indicator (active or not) to a catalogue file."""
        indicators = self.catalogue(include_inactive=True)
        with self._sessions.begin() as session:
            commune = own_commune(session)
            source = f"{commune.name} ({commune.code})" if commune is not None else "Cấp trên"
        document = catalogue_document(indicators, exported_at=now_text(), source=source)
        target = Path(path)
        if target.suffix.lower() != ".json":
            target = target.with_suffix(".json")
        try:
            write_text_atomically(target, json.dumps(document, ensure_ascii=False, indent=2) + "\n")
        except OSError as exc:
            raise CatalogueFileError(
                f"Không ghi được tệp danh mục {target}.", detail=str(exc)
            ) from exc
        return target

    def preview_import(self, path: Path) -> CataloguePreview:
        """What importing the file would change; nothing is written."""
        parsed = self._read(path)
        with self._sessions.begin() as session:
            existing = {row.code: row for row in self._all(session)}
            file_codes = {item.code for item in parsed.entries if item.entry is not None}
            # Names must stay unique among live indicators: those the file does not update
            # keep theirs, and each entry of the file takes its own.
            taken = {
                fold_for_search(row.name): code
                for code, row in existing.items()
                if row.deleted_at is None and code not in file_codes
            }
            rows: list[CatalogueRow] = []
            for item in parsed.entries:
                if item.entry is None:
                    rows.append(
                        CatalogueRow(
                            item.position,
                            item.code,
                            item.name,
                            CatalogueAction.REJECT,
                            errors=item.errors,
                        )
                    )
                    continue
                name_key = fold_for_search(item.entry.name)
                clash = taken.get(name_key)
                if clash is not None:
                    rows.append(
                        CatalogueRow(
                            item.position,
                            item.code,
                            item.name,
                            CatalogueAction.REJECT,
                            errors=(f"Tên chỉ tiêu trùng với chỉ tiêu mã {clash}.",),
                        )
                    )
                    continue
                taken[name_key] = item.code
                rows.append(self._plan(item.position, item.entry, existing.get(item.code)))
            in_file = {row.code for row in rows}
            not_in_file = tuple(
                code
                for code, row in existing.items()
                if row.deleted_at is None and code not in in_file
            )
        return CataloguePreview(
            file_name=Path(path).name,
            format_version=parsed.version,
            rows=tuple(rows),
            not_in_file=not_in_file,
        )

    def apply_import(self, path: Path) -> CatalogueImportResult:
        """Import the file in one transaction: new codes are added, known ones updated.

        Rejected entries (see ``preview_import``) are left out; indicators the file does not
        mention are kept as they are.
        """
        preview = self.preview_import(path)
        with self._sessions.begin() as session:
            existing = {row.code: row for row in self._all(session)}
            for row in preview.rows:
                entry = row.entry
                if entry is None or row.action is CatalogueAction.UNCHANGED:
                    continue
                indicator = existing.get(entry.code)
                if indicator is None:
                    indicator = Indicator(code=entry.code)
                    session.add(indicator)
                indicator.deleted_at = None
                indicator.name = entry.name
                indicator.unit = entry.unit
                indicator.pillar = entry.pillar
                indicator.aggregation = entry.aggregation
                indicator.active = entry.active
                indicator.description = entry.description
                indicator.sort_order = entry.sort_order
            session.flush()
        return CatalogueImportResult(
            added=preview.count(CatalogueAction.ADD),
            updated=preview.count(CatalogueAction.UPDATE),
            unchanged=preview.count(CatalogueAction.UNCHANGED),
            rejected=preview.count(CatalogueAction.REJECT),
        )

    # --- helpers -------------------------------------------------------------------------

    def _checked(self, data: IndicatorInput) -> IndicatorInput:
        cleaned, problems = check_indicator(data)
        if problems:
            raise ValidationError("Chỉ tiêu chưa hợp lệ.", problems)
        return cleaned

    def _check_unique(self, session: Session, data: IndicatorInput, exclude_id: str | None) -> None:
        name_key = fold_for_search(data.name)
        for row in self._all(session):
            if row.id == exclude_id:
                continue
            if row.code == data.code:
                # The code is unique in the table, tombstones included.
                state = " (đã xóa)" if row.deleted_at is not None else ""
                raise ValidationError(f"Đã có chỉ tiêu mã {data.code}{state}.")
            if row.deleted_at is None and fold_for_search(row.name) == name_key:
                raise ValidationError(f"Đã có chỉ tiêu tên \u201c{row.name}\u201d ({row.code}).")

    def _all(self, session: Session) -> list[Indicator]:
        return list(session.scalars(select(Indicator)))

    def _live(self, session: Session, indicator_id: str) -> Indicator:
        indicator = session.get(Indicator, indicator_id)
        if indicator is None or indicator.deleted_at is not None:
            raise NotFoundError("Không tìm thấy chỉ tiêu (có thể đã bị xóa).")
        return indicator

    def _read(self, path: Path) -> ParsedCatalogue:
        file = Path(path)
        try:
            if file.stat().st_size > LARGEST_CATALOGUE_FILE:
                raise CatalogueFileError(f"Tệp {file.name} quá lớn để là một danh mục chỉ tiêu.")
            text = file.read_text(encoding="utf-8-sig")
        except FileNotFoundError as exc:
            raise CatalogueFileError(f"Không tìm thấy tệp {file}.") from exc
        except (OSError, UnicodeDecodeError) as exc:
            raise CatalogueFileError(f"Không đọc được tệp {file.name}.", detail=str(exc)) from exc
        try:
            return parse_catalogue(text)
        except CatalogueFormatError as exc:
            raise CatalogueFileError(f"{file.name}: {exc}") from exc

    def _plan(
        self, position: int, entry: CatalogueEntry, current: Indicator | None
    ) -> CatalogueRow:
        if current is None:
            return CatalogueRow(position, entry.code, entry.name, CatalogueAction.ADD, entry=entry)
        changes = [
            label
            for field_name, label in _FIELD_LABELS.items()
            if getattr(current, field_name) != getattr(entry, field_name)
        ]
        if current.deleted_at is not None:
            changes.insert(0, "khôi phục chỉ tiêu đã xóa")
        action = CatalogueAction.UPDATE if changes else CatalogueAction.UNCHANGED
        return CatalogueRow(
            position, entry.code, entry.name, action, changes=tuple(changes), entry=entry
        )


def indicator_record(indicator: Indicator) -> IndicatorRecord:
    return IndicatorRecord(
        id=indicator.id,
        code=indicator.code,
        name=indicator.name,
        unit=indicator.unit,
        pillar=indicator.pillar,
        aggregation=indicator.aggregation,
        active=indicator.active,
        sort_order=indicator.sort_order,
        description=clean_text(indicator.description),
    )
