"""PDF pages rendered to bitmaps for the preview and for printing (no Qt)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tcns_desktop.documents.decision_pdf import write_decision
from tcns_desktop.documents.errors import DocumentError
from tcns_desktop.documents.page_images import PdfPages, render_pages
from tests.documents.sample_documents import sample_decision


@pytest.fixture(scope="module")
def decision_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("images") / "qd.pdf"
    write_decision(sample_decision(teams=2, per_team=5), path)
    return path


def test_pages_render_at_the_asked_resolution(decision_pdf: Path) -> None:
    with PdfPages(decision_pdf) as pages:
        assert pages.page_count >= 2
        width_pt, height_pt = pages.page_size(0)
        assert (round(width_pt), round(height_pt)) == (595, 842)  # A4 portrait
        first = pages.render(0, 72)
        assert abs(first.width - width_pt) <= 1 and abs(first.height - height_pt) <= 1
        assert first.stride >= first.width * 3
        assert len(first.pixels) == first.stride * first.height
        assert first.pixels[:3] == b"\xff\xff\xff"  # the white corner of the margin
        assert not first.landscape
        annex = pages.render(pages.page_count - 1, 36)
        assert annex.landscape and annex.width > annex.height
        with pytest.raises(IndexError):
            pages.render(pages.page_count, 72)
    pages.close()  # closing twice is harmless


def test_a_small_pdf_renders_whole_and_a_bad_file_is_a_clear_error(
    decision_pdf: Path, tmp_path: Path
) -> None:
    images = render_pages(decision_pdf.read_bytes(), 30)
    assert [image.index for image in images] == list(range(len(images)))
    broken = tmp_path / "hong.pdf"
    broken.write_bytes(b"not a pdf")
    with pytest.raises(DocumentError, match=r"hong\.pdf"):
        PdfPages(broken)
