"""The generated corpus, built once per test session (each file takes a few milliseconds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.spreadsheets import corpus


@pytest.fixture(scope="session")
def corpus_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("roster_corpus")


@pytest.fixture(scope="session")
def commune_roster(corpus_dir: Path) -> Path:
    return corpus.commune_roster_xlsx(corpus_dir)


@pytest.fixture(scope="session")
def village_sheets(corpus_dir: Path) -> Path:
    return corpus.village_sheets_xlsx(corpus_dir)


@pytest.fixture(scope="session")
def village_column(corpus_dir: Path) -> Path:
    return corpus.village_column_xlsx(corpus_dir)


@pytest.fixture(scope="session")
def legacy_fonts(corpus_dir: Path) -> Path:
    return corpus.tcvn3_xlsx(corpus_dir)


@pytest.fixture(scope="session")
def gender_ticks(corpus_dir: Path) -> Path:
    return corpus.gender_ticks_xlsx(corpus_dir)


@pytest.fixture(scope="session")
def csv_files(corpus_dir: Path) -> dict[str, Path]:
    return corpus.csv_files(corpus_dir)


@pytest.fixture(scope="session")
def bad_files(corpus_dir: Path, commune_roster: Path) -> dict[str, Path]:
    folder = corpus_dir / "bad"
    folder.mkdir()
    return corpus.bad_files(folder, commune_roster)


@pytest.fixture(scope="session")
def xls_files(
    corpus_dir: Path, commune_roster: Path, legacy_fonts: Path, village_sheets: Path
) -> dict[str, Path]:
    """The .xlsx corpus saved as Excel 97–2003 by LibreOffice (skipped when it is absent)."""
    if corpus.soffice() is None:
        pytest.skip(
            "LibreOffice (soffice) is not installed: .xls files are made by converting the "
            "corpus with it. Install with: apt-get install -y --no-install-recommends "
            "libreoffice-calc"
        )
    out = corpus_dir / "xls"
    sources = [commune_roster, legacy_fonts, village_sheets]
    corpus.convert_with_libreoffice(sources, "xls", out)
    return {source.stem: out / f"{source.stem}.xls" for source in sources}
