"""Documents are written atomically: the old file survives a failed write."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pytest

from tcns_desktop.documents.atomic_file import write_atomically
from tcns_desktop.documents.decision_pdf import write_decision
from tcns_desktop.documents.errors import DocumentError
from tests.documents.sample_documents import sample_decision


def test_a_new_file_replaces_the_old_one(tmp_path: Path) -> None:
    path = tmp_path / "quyet-dinh.pdf"
    path.write_bytes(b"old")
    write_decision(sample_decision(teams=1, per_team=2), path)
    assert path.read_bytes().startswith(b"%PDF-")
    assert [p.name for p in tmp_path.iterdir()] == ["quyet-dinh.pdf"]


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path: Path) -> None:
    path = tmp_path / "quyet-dinh.pdf"
    path.write_bytes(b"old")

    def fail(output: BinaryIO) -> None:
        output.write(b"%PDF-half")
        raise RuntimeError("layout failed")

    with pytest.raises(RuntimeError):
        write_atomically(path, fail)
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["quyet-dinh.pdf"]


def test_a_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as caught:
        write_decision(sample_decision(teams=1, per_team=1), tmp_path / "none" / "qd.pdf")
    assert "Không có thư mục" in caught.value.message
