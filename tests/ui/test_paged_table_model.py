"""The paged model: rows appear as their pages arrive; stale answers are ignored."""

from enum import IntEnum
from types import MappingProxyType

from pytestqt.modeltest import ModelTester

from tcns_desktop.ui.paged_table_model import PagedTableModel


class _Column(IntEnum):
    NUMBER = 0
    SQUARE = 1


class _Numbers(PagedTableModel[int]):
    columns = _Column
    headers = MappingProxyType({_Column.NUMBER: "Số", _Column.SQUARE: "Bình phương"})
    context = "test"
    page_size = 10

    def display(self, row: int, column: int) -> str:
        return str(row if column == _Column.NUMBER else row * row)


def _fetch(total: int, asked: list[int]):
    def fetch(offset: int, limit: int) -> tuple[list[int], int]:
        asked.append(offset)
        return list(range(offset, min(offset + limit, total))), total

    return fetch


def test_pages_load_on_demand_when_run_at_once(qtmodeltester: ModelTester) -> None:
    asked: list[int] = []
    fetch = _fetch(35, asked)
    holder: list[_Numbers] = []

    def request(generation: int, page: int, offset: int, limit: int) -> None:
        rows, total = fetch(offset, limit)  # a runner that answers at once
        holder[0].page_arrived(generation, page, rows, total)

    model = _Numbers(request)
    holder.append(model)
    model.restart()
    assert model.rowCount() == 35
    assert asked == [0]
    assert model.index(5, 1).data() == "25"
    assert model.index(34, 0).data() == "34"  # asks for the last page
    assert asked == [0, 30]
    qtmodeltester.check(model)


def test_a_page_shows_a_placeholder_until_it_arrives() -> None:
    pending: list[tuple[int, int, int, int]] = []
    model = _Numbers(lambda *request: pending.append(request))
    model.restart()
    assert model.rowCount() == 0
    generation, page, offset, limit = pending.pop()
    model.page_arrived(generation, page, list(range(offset, offset + limit)), 25)
    assert model.rowCount() == 25
    assert model.index(21, 0).data() == "…"
    assert model.index(21, 1).data() is None
    generation, page, offset, limit = pending.pop()
    assert (page, offset) == (2, 20)
    model.page_arrived(generation, page, list(range(20, 25)), 25)
    assert model.index(21, 0).data() == "21"


def test_an_answer_to_an_old_question_is_ignored() -> None:
    pending: list[tuple[int, int, int, int]] = []
    model = _Numbers(lambda *request: pending.append(request))
    model.restart()
    stale = pending.pop()
    model.restart()  # the clerk typed another letter meanwhile
    fresh = pending.pop()
    model.page_arrived(stale[0], 0, [99], 1)
    assert model.rowCount() == 0
    model.page_arrived(fresh[0], 0, [7, 8], 2)
    assert [model.index(i, 0).data() for i in range(2)] == ["7", "8"]
    assert model.loaded_rows() == [7, 8]
