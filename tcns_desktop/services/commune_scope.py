"""Which commune a service reads and writes: its own, or every commune at the upper level.

A commune's database works on its own commune. The upper level's (hub) database holds many
communes and reads across all of them, but never edits their data: communes own it and send
it up.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from tcns_desktop.data.commune_repository import own_commune
from tcns_desktop.data.models import Commune, LocalSite
from tcns_desktop.domain.enums import SiteMode
from tcns_desktop.errors import NotFoundError, ValidationError

HUB_READ_ONLY = "Cấp trên chỉ xem dữ liệu của các xã; việc sửa do xã thực hiện rồi gửi lên."
NOT_SET_UP = "Chưa thiết lập thông tin xã. Hãy vào Cài đặt để thiết lập."


def is_hub(session: Session) -> bool:
    site = session.get(LocalSite, 1)
    return site is not None and site.mode is SiteMode.HUB


def readable_scope(session: Session) -> str | None:
    """The own commune's id; None (every commune) in an upper-level database."""
    commune = own_commune(session)
    if commune is not None:
        return commune.id
    if is_hub(session):
        return None
    raise NotFoundError(NOT_SET_UP)


def writable_commune(session: Session) -> Commune:
    """The own commune, which a change is made in; refused at the upper level."""
    commune = own_commune(session)
    if commune is None:
        if is_hub(session):
            raise ValidationError(HUB_READ_ONLY)
        raise NotFoundError(NOT_SET_UP)
    return commune
