"""Every change gets a revision (site, counter) and an audit entry, in the same transaction."""

import json

import pytest
from sqlalchemy import select

from tcns_desktop.data.models import AuditEntry, LocalSite, Village
from tcns_desktop.domain.enums import AuditAction, VillageKind
from tcns_desktop.domain.identifiers import now_text
from tcns_desktop.errors import DatabaseError
from tcns_desktop.services.workspace import Workspace
from tests.conftest import sample_setup


def test_inserts_and_updates_take_increasing_revisions(workspace: Workspace) -> None:
    workspace.commune.save_setup(sample_setup())
    sessions = workspace.sessions
    with sessions.begin() as session:
        site = session.get(LocalSite, 1)
        assert site is not None
        village = session.scalars(select(Village).where(Village.name == "Thôn Đông")).one()
        first_seq, site_id, first_updated = village.rev_seq, site.site_id, village.updated_at
        assert village.rev_site == site_id
        village.name = "Thôn Đông Hưng"
    with sessions.begin() as session:
        village = session.scalars(select(Village).where(Village.name == "Thôn Đông Hưng")).one()
        assert village.rev_seq > first_seq
        assert village.updated_at > first_updated
        assert session.get(LocalSite, 1).last_seq == village.rev_seq
        seqs = session.scalars(select(Village.rev_seq)).all()
        assert len(seqs) == len(set(seqs))


def test_a_no_op_assignment_takes_no_revision(workspace: Workspace) -> None:
    workspace.commune.save_setup(sample_setup())
    with workspace.sessions.begin() as session:
        before = session.get(LocalSite, 1).last_seq
        village = session.scalars(select(Village)).first()
        assert village is not None
        village.name = village.name
    with workspace.sessions.begin() as session:
        assert session.get(LocalSite, 1).last_seq == before


def test_audit_keeps_before_and_after_and_the_clerk(workspace: Workspace) -> None:
    profile = workspace.commune.save_setup(sample_setup())
    village = profile.villages[0]
    workspace.commune.update_village(village.id, "Thôn Đông Mới", VillageKind.THON)
    workspace.commune.delete_village(village.id)
    with workspace.sessions.begin() as session:
        entries = session.scalars(
            select(AuditEntry).where(AuditEntry.row_id == village.id).order_by(AuditEntry.at)
        ).all()
    actions = [entry.action for entry in entries]
    assert actions == [AuditAction.INSERT, AuditAction.UPDATE, AuditAction.DELETE]
    update = entries[1]
    assert json.loads(update.before_json or "{}")["name"] == "Thôn Đông"
    assert json.loads(update.after_json or "{}")["name"] == "Thôn Đông Mới"
    assert all(entry.actor == "Cán bộ kiểm thử" for entry in entries)


def test_hard_deletes_of_syncable_rows_are_refused(workspace: Workspace) -> None:
    workspace.commune.save_setup(sample_setup())
    with (
        pytest.raises(DatabaseError, match="Không được xóa hẳn"),
        workspace.sessions.begin() as session,
    ):
        session.delete(session.scalars(select(Village)).first())
    with workspace.sessions.begin() as session:
        assert len(session.scalars(select(Village)).all()) == 3


def test_a_tombstone_keeps_the_row(workspace: Workspace) -> None:
    profile = workspace.commune.save_setup(sample_setup())
    workspace.commune.delete_village(profile.villages[0].id)
    with workspace.sessions.begin() as session:
        village = session.get(Village, profile.villages[0].id)
        assert village is not None and village.deleted_at is not None
        assert village.deleted_at <= now_text()
    assert len(workspace.commune.profile().villages) == 2
