import inspect

from tcns_desktop.domain import enums
from tcns_desktop.domain.enums import LabelledEnum, LeaderRole, SigningMode, TeamRole


def test_every_member_of_every_enum_has_its_own_label() -> None:
    classes = [
        obj
        for _, obj in inspect.getmembers(enums, inspect.isclass)
        if issubclass(obj, LabelledEnum) and obj is not LabelledEnum
    ]
    assert len(classes) > 15
    for enum_class in classes:
        for member in enum_class:
            assert member.label, member


def test_members_sharing_a_value_keep_their_own_labels() -> None:
    # "chair" is a value of two enums; StrEnum members hash like their value.
    assert LeaderRole.CHAIR.label == "Chủ tịch"
    assert SigningMode.CHAIR.label == "CHỦ TỊCH"


def test_from_label_accepts_label_or_code() -> None:
    assert TeamRole.from_label("tổ trưởng") is TeamRole.LEADER
    assert TeamRole.from_label("member") is TeamRole.MEMBER
    assert TeamRole.from_label("Trưởng nhóm") is None
