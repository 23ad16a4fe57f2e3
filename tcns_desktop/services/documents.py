"""The commune's official documents: drafting them from the data, issuing them into the register
(sổ văn bản) and reprinting them from their snapshots.

A draft is content (``DecisionContent``/``ReportContent``) for the clerk to edit; issuing
writes the PDF and records it with the snapshot of that content in one transaction, so an
old decision reprints byte for byte however the roster changed since.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from tcns_desktop.data.commune_repository import own_commune, profile_record
from tcns_desktop.data.models import (
    Commune,
    IssuedDocument,
    Membership,
    Person,
    Team,
    TeamDecision,
)
from tcns_desktop.data.roster_repository import person_record, team_records, village_names
from tcns_desktop.domain.document_records import (
    DecisionContent,
    DocumentHeading,
    ReportContent,
    SignatureBlock,
    default_report_recipients,
    draft_decision,
    in_sentence,
    issuer_phrase,
    issuing_body_lines,
    number_and_symbol,
    unit_word,
    vietnamese_date,
)
from tcns_desktop.domain.document_register import (
    DECISION_KINDS,
    DocumentContent,
    IssuedDocumentRecord,
    ReprintOutcome,
    content_from_snapshot,
    decision_document_kind,
    next_number,
    parse_register_number,
    report_symbol,
    signer_title,
)
from tcns_desktop.domain.enums import (
    DocumentKind,
    LeaderRole,
    SigningMode,
    TeamDecisionKind,
    TeamLevel,
    TeamRole,
    TeamStatus,
)
from tcns_desktop.domain.member_annex import AnnexTeam, annex_groups
from tcns_desktop.domain.periods import Period
from tcns_desktop.domain.records import CommuneProfileRecord
from tcns_desktop.domain.report_drafting import ReportSetting, draft_report_content
from tcns_desktop.domain.roster_records import PersonRecord
from tcns_desktop.domain.vietnamese_collation import collation_key
from tcns_desktop.errors import NotFoundError, ValidationError
from tcns_desktop.services.commune_scope import (
    NOT_SET_UP,
    is_hub,
    readable_scope,
    writable_commune,
)
from tcns_desktop.services.statistics import StatisticsService

# The upper level's own heading is not on file (its database holds the communes' data only);
# since the 2025 reform the communes report to the province's Department of Science and
# Technology, so its report starts from that heading and the clerk edits it.
HUB_ISSUING_BODY = ("SỞ KHOA HỌC VÀ CÔNG NGHỆ",)
HUB_REPORT_SYMBOL = "BC-SKHCN"
HUB_ISSUER = "Sở Khoa học và Công nghệ"


class DocumentService:
    def __init__(
        self,
        sessions: sessionmaker[Session],
        statistics: StatisticsService,
        today: Callable[[], date] = date.today,
    ) -> None:
        self._sessions = sessions
        self._statistics = statistics
        self._today = today

    # --- decisions -----------------------------------------------------------------------

    def village_team_ids(self) -> list[str]:
        """The active village-level teams of the commune (a decision for all of them)."""
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            return [team.id for team in self._village_teams(session, commune.id)]

    def draft_decision(
        self,
        team_ids: Sequence[str] = (),
        *,
        all_village_teams: bool = False,
        kind: TeamDecisionKind = TeamDecisionKind.FOUNDING,
        number: int | None = None,
        issued_on: date | None = None,
        signing_mode: SigningMode = SigningMode.CHAIR,
        signer_name: str | None = None,
    ) -> DecisionContent:
        """A decision founding (or re-forming) the teams, with their current members in the
        annex and the default text; ``signer_name`` None takes the commune's chairperson (the
        first vice-chairperson for "KT. CHỦ TỊCH")."""
        if kind not in (TeamDecisionKind.FOUNDING, TeamDecisionKind.REFORMATION):
            raise ValidationError("Chỉ lập được quyết định thành lập hoặc kiện toàn Tổ.")
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            profile = profile_record(session, commune)
            if all_village_teams:
                teams = self._village_teams(session, commune.id)
                if not teams:
                    raise ValidationError("Xã chưa có Tổ cấp thôn nào đang hoạt động.")
            else:
                teams = self._chosen_teams(session, commune.id, team_ids)
            groups = annex_groups(
                self._annex_teams(session, commune.id, [team.id for team in teams]),
                {village.id: index for index, village in enumerate(profile.villages)},
            )
            signer = signer_name if signer_name is not None else _leader(profile, signing_mode)
            replaces = ""
            if kind is TeamDecisionKind.REFORMATION:
                replaces = self._replaced_decision(session, profile, [t.id for t in teams])
            return draft_decision(
                kind=kind,
                commune_display_name=profile.display_name,
                place_name=_place_name(profile),
                groups=groups,
                signature=SignatureBlock(mode=signing_mode, signer_name=signer.strip()),
                number=number,
                issued_on=issued_on,
                year=self._today().year,
                symbol=profile.document_symbol or "QĐ-UBND",
                replaces=replaces,
                team_type_name=profile.team_type_name,
            )

    # --- reports -------------------------------------------------------------------------

    def draft_report(
        self,
        period: Period,
        *,
        number: int | None = None,
        issued_on: date | None = None,
        signing_mode: SigningMode = SigningMode.FOR_THE_COMMITTEE,
        signer_name: str | None = None,
    ) -> ReportContent:
        """The periodic report of ``period`` with every figure from the statistics service
        and default narrative text (the upper level's report covers all its communes)."""
        record = self._statistics.compute(period)
        year = issued_on.year if issued_on else self._today().year
        with self._sessions.begin() as session:
            commune = own_commune(session)
            if commune is None:
                if not is_hub(session):
                    raise NotFoundError(NOT_SET_UP)
                setting = self._hub_setting(session, number, issued_on, year, signer_name)
            else:
                profile = profile_record(session, commune)
                name = profile.display_name
                heading = DocumentHeading(
                    issuing_body=issuing_body_lines(name),
                    symbol=report_symbol(profile.document_symbol),
                    place_name=_place_name(profile),
                    number=number,
                    issued_on=issued_on,
                    year=year,
                )
                signer = signer_name if signer_name is not None else _leader(profile, signing_mode)
                setting = ReportSetting(
                    heading=heading,
                    signature=SignatureBlock(mode=signing_mode, signer_name=signer.strip()),
                    issuer=f"Ủy ban nhân dân {in_sentence(name)}",
                    area=unit_word(name),
                    recipients=default_report_recipients(name),
                    addressees=(
                        (profile.upper_office_name,) if profile.upper_office_name.strip() else ()
                    ),
                    team_type_name=profile.team_type_name,
                    upper_office_name=profile.upper_office_name,
                )
        return draft_report_content(record, setting)

    # --- the register --------------------------------------------------------------------

    def suggested_number(self, kind: DocumentKind, year: int) -> int:
        """The number after the highest one the register holds for the kind's symbol in
        ``year`` (decisions of every kind share "QĐ-UBND"; reports have "BC-UBND")."""
        with self._sessions.begin() as session:
            commune = writable_commune(session)
            symbol = _symbol(profile_record(session, commune), kind)
            return next_number(self._numbers_used(session, commune.id, symbol, year))

    def issue(
        self,
        content: DocumentContent,
        path: Path,
        *,
        team_ids: Sequence[str] = (),
        period: Period | None = None,
        notes: str = "",
    ) -> IssuedDocumentRecord:
        """Write the PDF to ``path`` and record it in the register, in one transaction.

        A decision links every team it concerns (``team_ids``) through a team decision row;
        a founding decision also gives a team without one its founding date. Nothing is
        recorded when the file cannot be written, and no file is left when the register
        cannot be written.
        """
        heading = content.heading
        problems = []
        if heading.number is None or heading.number < 1:
            problems.append("Chưa nhập số văn bản.")
        if heading.issued_on is None:
            problems.append("Chưa chọn ngày ban hành.")
        if not content.signature.signer_name.strip():
            problems.append("Chưa nhập họ tên người ký.")
        is_decision = isinstance(content, DecisionContent)
        if is_decision and not team_ids:
            problems.append("Quyết định chưa gắn với Tổ nào.")
        if problems:
            raise ValidationError("Chưa đủ thông tin để ban hành văn bản.", problems)
        assert heading.issued_on is not None and heading.number is not None
        written = False
        try:
            with self._sessions.begin() as session:
                commune = writable_commune(session)
                self._check_number_free(session, commune.id, heading)
                teams = self._chosen_teams(session, commune.id, team_ids) if is_decision else []
                # The file first, so the row is inserted once, complete: every change of a
                # row is audited with the whole row, and the snapshot can be large.
                _write(content, path)
                written = True
                row = IssuedDocument(
                    commune_id=commune.id,
                    kind=(
                        decision_document_kind(content.kind)
                        if isinstance(content, DecisionContent)
                        else DocumentKind.PERIODIC_REPORT
                    ),
                    number=str(heading.number),
                    symbol=heading.symbol,
                    issued_on=heading.issued_on,
                    title=content.summary,
                    signer_name=content.signature.signer_name.strip(),
                    signer_title=signer_title(content.signature.mode),
                    signing_mode=content.signature.mode,
                    period_key=period.key if period is not None else "",
                    file_sha256=_sha256(path),
                    snapshot_json=json.dumps(content.to_json_dict(), ensure_ascii=False),
                    notes=notes.strip(),
                )
                session.add(row)
                session.flush()
                if isinstance(content, DecisionContent):
                    self._link_teams(session, row, content.kind, teams)
                session.flush()
                return self._records(session, [row])[0]
        except BaseException:
            if written:
                path.unlink(missing_ok=True)
            raise

    def register(self) -> list[IssuedDocumentRecord]:
        """The issued documents, newest first (every commune's at the upper level)."""
        with self._sessions.begin() as session:
            scope = readable_scope(session)
            query = select(IssuedDocument).where(IssuedDocument.deleted_at.is_(None))
            if scope is not None:
                query = query.where(IssuedDocument.commune_id == scope)
            rows = session.scalars(
                query.order_by(
                    IssuedDocument.issued_on.desc().nulls_last(),
                    IssuedDocument.created_at.desc(),
                )
            ).all()
            return self._records(session, rows)

    def content(self, document_id: str) -> DocumentContent:
        """The content an issued document was made from (its snapshot)."""
        with self._sessions.begin() as session:
            return content_from_snapshot(
                json.loads(self._document(session, document_id).snapshot_json)
            )

    def reprint(self, document_id: str, path: Path) -> ReprintOutcome:
        """Rebuild the issued PDF from its snapshot at ``path``; the outcome says whether
        the file is byte-identical to the one issued."""
        with self._sessions.begin() as session:
            row = self._document(session, document_id)
            snapshot, expected = row.snapshot_json, row.file_sha256
        _write(content_from_snapshot(json.loads(snapshot)), path)
        return ReprintOutcome(path=str(path), identical=_sha256(path) == expected)

    # --- helpers -------------------------------------------------------------------------

    def _village_teams(self, session: Session, commune_id: str) -> list[Team]:
        return list(
            session.scalars(
                select(Team).where(
                    Team.commune_id == commune_id,
                    Team.deleted_at.is_(None),
                    Team.status == TeamStatus.ACTIVE,
                    Team.level == TeamLevel.VILLAGE,
                )
            )
        )

    def _chosen_teams(
        self, session: Session, commune_id: str, team_ids: Sequence[str]
    ) -> list[Team]:
        unique = list(dict.fromkeys(team_ids))
        if not unique:
            raise ValidationError("Chưa chọn Tổ nào cho quyết định.")
        teams: list[Team] = []
        for team_id in unique:
            team = session.get(Team, team_id)
            if team is None or team.deleted_at is not None or team.commune_id != commune_id:
                raise NotFoundError("Không tìm thấy Tổ đã chọn (có thể đã bị xóa).")
            if team.status is TeamStatus.DISSOLVED:
                raise ValidationError(f"Tổ \u201c{team.name}\u201d đã giải thể.")
            teams.append(team)
        return teams

    def _annex_teams(
        self, session: Session, commune_id: str, team_ids: list[str]
    ) -> list[AnnexTeam]:
        records = {t.id: t for t in team_records(session, commune_id) if t.id in team_ids}
        villages = village_names(session, commune_id)
        members: dict[str, list[tuple[PersonRecord, TeamRole]]] = {tid: [] for tid in team_ids}
        rows = session.execute(
            select(Membership.team_id, Membership.role, Person)
            .join(Person, Person.id == Membership.person_id)
            .where(
                Membership.team_id.in_(team_ids),
                Membership.deleted_at.is_(None),
                Membership.end_date.is_(None),
                Person.deleted_at.is_(None),
            )
        ).all()
        for team_id, role, person in rows:
            members[team_id].append((person_record(person, villages), role))
        return [AnnexTeam(records[tid], tuple(members[tid])) for tid in team_ids]

    def _replaced_decision(
        self, session: Session, profile: CommuneProfileRecord, team_ids: list[str]
    ) -> str:
        """ "Quyết định số 05/QĐ-UBND ngày …" when the teams' latest decision in the register
        concerned none but these teams (a re-formation then replaces it); else nothing."""
        latest = session.scalars(
            select(IssuedDocument)
            .join(TeamDecision, TeamDecision.document_id == IssuedDocument.id)
            .where(
                TeamDecision.team_id.in_(team_ids),
                TeamDecision.deleted_at.is_(None),
                IssuedDocument.deleted_at.is_(None),
                IssuedDocument.kind.in_(DECISION_KINDS),
            )
            .order_by(
                IssuedDocument.issued_on.desc().nulls_last(), IssuedDocument.created_at.desc()
            )
            .limit(1)
        ).first()
        if latest is None:
            return ""
        covered = set(
            session.scalars(
                select(TeamDecision.team_id).where(
                    TeamDecision.document_id == latest.id, TeamDecision.deleted_at.is_(None)
                )
            )
        )
        if not covered <= set(team_ids):
            return ""
        when = f" {vietnamese_date(latest.issued_on)}" if latest.issued_on else ""
        number = number_and_symbol(parse_register_number(latest.number), latest.symbol)
        issuer = issuer_phrase(latest.signing_mode, profile.display_name)
        return f"Quyết định số {number}{when} của {issuer}"

    def _link_teams(
        self, session: Session, row: IssuedDocument, kind: TeamDecisionKind, teams: list[Team]
    ) -> None:
        """One team decision row per team, reusing the one the roster's re-formation wrote
        for the same day (it had no document yet)."""
        number = number_and_symbol(parse_register_number(row.number), row.symbol)
        for team in teams:
            existing = session.scalars(
                select(TeamDecision).where(
                    TeamDecision.team_id == team.id,
                    TeamDecision.kind == kind,
                    TeamDecision.decided_on == row.issued_on,
                    TeamDecision.document_id.is_(None),
                    TeamDecision.deleted_at.is_(None),
                )
            ).first()
            if existing is None:
                existing = TeamDecision(team_id=team.id, kind=kind)
                session.add(existing)
            existing.number = number
            existing.decided_on = row.issued_on
            existing.document_id = row.id
            if kind is TeamDecisionKind.FOUNDING and team.founded_on is None:
                team.founded_on = row.issued_on

    def _numbers_used(
        self, session: Session, commune_id: str, symbol: str, year: int
    ) -> list[int | None]:
        rows = session.execute(
            select(IssuedDocument.number, IssuedDocument.issued_on).where(
                IssuedDocument.commune_id == commune_id,
                IssuedDocument.symbol == symbol,
                IssuedDocument.deleted_at.is_(None),
            )
        ).all()
        return [
            parse_register_number(number)
            for number, day in rows
            if day is not None and day.year == year
        ]

    def _check_number_free(
        self, session: Session, commune_id: str, heading: DocumentHeading
    ) -> None:
        assert heading.issued_on is not None
        year = heading.issued_on.year
        if heading.number in self._numbers_used(session, commune_id, heading.symbol, year):
            raise ValidationError(
                f"Số {heading.number_line.removeprefix('Số: ')} năm {year} đã có trong sổ văn "
                "bản; hãy chọn số khác."
            )

    def _document(self, session: Session, document_id: str) -> IssuedDocument:
        row = session.get(IssuedDocument, document_id)
        if row is None or row.deleted_at is not None:
            raise NotFoundError("Không tìm thấy văn bản trong sổ (có thể đã bị xóa).")
        scope = readable_scope(session)
        if scope is not None and row.commune_id != scope:
            raise NotFoundError("Không tìm thấy văn bản trong sổ (có thể đã bị xóa).")
        return row

    def _records(
        self, session: Session, rows: Sequence[IssuedDocument]
    ) -> list[IssuedDocumentRecord]:
        ids = [row.id for row in rows]
        teams: dict[str, list[str]] = {}
        if ids:
            for document_id, name in session.execute(
                select(TeamDecision.document_id, Team.name)
                .join(Team, Team.id == TeamDecision.team_id)
                .where(TeamDecision.document_id.in_(ids), TeamDecision.deleted_at.is_(None))
            ):
                teams.setdefault(str(document_id), []).append(name)
            for names in teams.values():
                names.sort(key=collation_key)
        return [
            IssuedDocumentRecord(
                id=row.id,
                kind=row.kind,
                number=parse_register_number(row.number),
                symbol=row.symbol,
                issued_on=row.issued_on,
                title=row.title,
                signer_name=row.signer_name,
                signer_title=row.signer_title,
                signing_mode=row.signing_mode,
                period_key=row.period_key,
                file_sha256=row.file_sha256,
                notes=row.notes,
                created_at=row.created_at,
                team_names=tuple(teams.get(row.id, ())),
            )
            for row in rows
        ]

    def _hub_setting(
        self,
        session: Session,
        number: int | None,
        issued_on: date | None,
        year: int,
        signer_name: str | None,
    ) -> ReportSetting:
        provinces = sorted(
            {
                name
                for name in session.scalars(
                    select(Commune.province_name).where(Commune.deleted_at.is_(None))
                )
                if name
            }
        )
        province = provinces[0] if len(provinces) == 1 else ""
        heading = DocumentHeading(
            issuing_body=HUB_ISSUING_BODY,
            governing_body=(f"ỦY BAN NHÂN DÂN {_province_display(province).upper()}",)
            if province
            else (),
            symbol=HUB_REPORT_SYMBOL,
            place_name=_province_place(province),
            number=number,
            issued_on=issued_on,
            year=year,
        )
        signature = SignatureBlock(
            mode=SigningMode.CHAIR,
            signer_name=(signer_name or "").strip(),
            collective_name="SỞ KHOA HỌC VÀ CÔNG NGHỆ",
            head_title="GIÁM ĐỐC",
            deputy_title="PHÓ GIÁM ĐỐC",
        )
        return ReportSetting(
            heading=heading,
            signature=signature,
            issuer=HUB_ISSUER,
            area="địa bàn",
            recipients=("Như trên", "Lưu: VT"),
        )


def _leader(profile: CommuneProfileRecord, mode: SigningMode) -> str:
    """The chairperson, or the first vice-chairperson when signing "KT. CHỦ TỊCH"."""
    role = LeaderRole.VICE_CHAIR if mode is SigningMode.ON_BEHALF_OF_CHAIR else LeaderRole.CHAIR
    return next((leader.full_name for leader in profile.leaders if leader.role is role), "")


def _place_name(profile: CommuneProfileRecord) -> str:
    """The place name of "…, ngày …": the profile's, else the commune's name without "Xã"."""
    if profile.place_name.strip():
        return profile.place_name.strip()
    display = profile.display_name
    prefix = profile.commune_kind.label + " "
    return display[len(prefix) :] if display.startswith(prefix) else display


def _province_display(province: str) -> str:
    """ "Phú Thọ" → "Tỉnh Phú Thọ"; a name that says its kind stays as it is."""
    if province.casefold().startswith(("tỉnh ", "thành phố ")):
        return province
    return f"Tỉnh {province}"


def _province_place(province: str) -> str:
    """ "Tỉnh Phú Thọ" → "Phú Thọ" for the place-and-date line."""
    for prefix in ("Tỉnh ", "Thành phố ", "tỉnh ", "thành phố "):
        if province.startswith(prefix):
            return province[len(prefix) :]
    return province


def _symbol(profile: CommuneProfileRecord, kind: DocumentKind) -> str:
    decision = profile.document_symbol or "QĐ-UBND"
    return report_symbol(decision) if kind is DocumentKind.PERIODIC_REPORT else decision


def _write(content: DocumentContent, path: Path) -> None:
    # reportlab is imported only when a document is written (it costs ~100 ms at start-up).
    if isinstance(content, DecisionContent):
        from tcns_desktop.documents.decision_pdf import write_decision

        write_decision(content, path)
    else:
        from tcns_desktop.documents.report_pdf import write_report

        write_report(content, path)


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
