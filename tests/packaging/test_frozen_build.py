"""The PyInstaller bundle (build.spec) runs on its own: migrations, fonts, translations, CLI.

Builds once per session into tmp (about 20-30 s), then runs the frozen ``tcns`` with no
display and no stdin. Everything the build and the frozen program write stays under the
pytest tmp folder (the frozen program gets its own HOME, XDG folders and TMPDIR there).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from tcns_desktop import __version__
from tcns_desktop.data.schema import SCHEMA_HEAD
from tcns_desktop.translation_catalog import load_catalog

pytestmark = [pytest.mark.packaging, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
BUILD_TIMEOUT = 900
RUN_TIMEOUT = 120
# Windows: the console twin (tcns.exe is windowed and has no stdout).
EXECUTABLE = "tcns-cli.exe" if sys.platform == "win32" else "tcns"

INIT = [
    "init",
    "--province-code",
    "25",
    "--commune-code",
    "07951",
    "--commune-name",
    "Tân Lập",
    "--chair",
    "Nguyễn Văn Hùng",
    "--village",
    "Thôn Đông",
]


def _tail(text: str, size: int = 4000) -> str:
    return text[-size:]


@pytest.fixture(scope="module")
def bundle(
    tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Iterator[Path]:
    """dist/tcns built from build.spec into a tmp folder (the repository stays untouched).

    The ~200 MB build is deleted afterwards when every test passed (pytest would keep it with
    its last three tmp folders); after a failure it stays there for inspection.
    """
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install .[dev])")
    failed_before = request.session.testsfailed
    work = tmp_path_factory.mktemp("pyinstaller")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "build.spec",
        "--noconfirm",
        "--distpath",
        str(work / "dist"),
        "--workpath",
        str(work / "build"),
    ]
    started = time.perf_counter()
    result = subprocess.run(
        command,
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="replace",
        timeout=BUILD_TIMEOUT,
        check=False,
    )
    seconds = time.perf_counter() - started
    assert result.returncode == 0, f"PyInstaller failed:\n{_tail(result.stdout + result.stderr)}"
    folder = work / "dist" / "tcns"
    assert (folder / EXECUTABLE).is_file(), f"no {EXECUTABLE} in {sorted(folder.iterdir())}"
    print(f"\nPyInstaller build: {seconds:.1f} s")
    yield folder
    if request.session.testsfailed == failed_before:
        shutil.rmtree(work, ignore_errors=True)


@pytest.fixture
def frozen_env(tmp_path: Path) -> dict[str, str]:
    """Offscreen Qt; home, config, cache and temp folders inside tmp_path."""
    home = tmp_path / "home"
    temp = tmp_path / "temp"
    for folder in (home, temp):
        folder.mkdir()
    env = {key: value for key, value in os.environ.items() if key != "TCNS_DATA_DIR"}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        USERPROFILE=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CACHE_HOME=str(home / ".cache"),
        APPDATA=str(home / "AppData" / "Roaming"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        TMPDIR=str(temp),
        TEMP=str(temp),
        TMP=str(temp),
    )
    return env


def run_frozen(bundle: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(bundle / EXECUTABLE), *args],
        cwd=env["HOME"],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",  # the bundle runs in Python's UTF-8 mode (build.spec)
        errors="replace",
        timeout=RUN_TIMEOUT,
        check=False,
    )


def _report(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit {result.returncode}\nstdout:\n{result.stdout}\nstderr:\n{_tail(result.stderr)}"


def test_smoke_test_passes(bundle: Path, frozen_env: dict[str, str]) -> None:
    started = time.perf_counter()
    result = run_frozen(bundle, frozen_env, "--smoke-test")
    print(f"\nfrozen --smoke-test: {time.perf_counter() - started:.1f} s")
    assert result.returncode == 0, _report(result)
    assert "smoke test ok" in result.stdout, _report(result)
    assert f" {__version__}" in result.stdout


def test_version(bundle: Path, frozen_env: dict[str, str]) -> None:
    result = run_frozen(bundle, frozen_env, "--version")
    assert result.returncode == 0, _report(result)
    assert result.stdout.strip() == f"TCNS Desktop {__version__}"


def test_init_then_check(bundle: Path, frozen_env: dict[str, str], tmp_path: Path) -> None:
    data = tmp_path / "d"
    init = run_frozen(bundle, frozen_env, "--data-dir", str(data), *INIT)
    assert init.returncode == 0, _report(init)
    assert "Tân Lập" in init.stdout and "07951" in init.stdout, _report(init)

    check = run_frozen(bundle, frozen_env, "--data-dir", str(data), "--lang", "vi", "check")
    assert check.returncode == 0, _report(check)
    database = (data / "tcns.sqlite3").resolve()
    assert str(database) in check.stdout, _report(check)
    assert SCHEMA_HEAD in check.stdout, _report(check)
    assert "commune: 1" in check.stdout and "village: 1" in check.stdout, _report(check)

    # English through the bundled .ts catalogue (the command line has no Qt).
    english = run_frozen(bundle, frozen_env, "--data-dir", str(data), "--lang", "en", "check")
    assert english.returncode == 0, _report(english)
    expected = load_catalog("en").translate("cli", "Tệp dữ liệu: {path}").format(path=database)
    assert expected in english.stdout, _report(english)
    assert english.stdout != check.stdout, "the frozen CLI printed no English"


def test_bundle_contents(bundle: Path) -> None:
    contents = bundle / "_internal"
    migrations = ROOT / "tcns_desktop" / "data" / "migrations"
    for script in [migrations / "env.py", *sorted((migrations / "versions").glob("*.py"))]:
        bundled = contents / script.relative_to(ROOT)
        assert bundled.is_file(), f"{script.relative_to(ROOT)} missing from the bundle"
    assert not list((contents / "tcns_desktop").rglob("__pycache__"))

    fonts = sorted(path.name for path in (ROOT / "resources" / "fonts").iterdir())
    assert fonts, "no fonts in resources/fonts"
    assert sorted(path.name for path in (contents / "resources" / "fonts").iterdir()) == fonts

    sources = sorted((ROOT / "resources" / "translations").glob("*.ts"))
    assert sources, "no .ts files in resources/translations"
    for source in sources:
        assert (contents / "resources" / "translations" / source.name).is_file()
        assert (contents / "resources" / "translations" / f"{source.stem}.qm").is_file()

    # Qt's own catalogues are trimmed to the program's languages.
    qt_catalogues = [path.name for path in contents.rglob("Qt*/translations/*.qm")]
    assert all(name.endswith(("_en.qm", "_vi.qm")) for name in qt_catalogues), qt_catalogues


def test_bundled_qm_is_compiled_from_current_ts(bundle: Path) -> None:
    """The .qm the window loads says what the .ts says (the smoke test would also accept Qt's
    own qtbase_en.qm, so it cannot tell a missing or stale tcns_en.qm)."""
    from PySide6.QtCore import QTranslator

    source = ROOT / "resources" / "translations" / "tcns_en.ts"
    if not source.is_file():
        pytest.skip("no English translation file yet")
    translator = QTranslator()
    compiled = bundle / "_internal" / "resources" / "translations" / "tcns_en.qm"
    assert translator.load(str(compiled)), f"{compiled} not loadable"
    checked = 0
    mismatches = []
    for context in ET.parse(source).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            text = message.findtext("source")
            translation = message.find("translation")
            if message.get("numerus") == "yes" or text is None or translation is None:
                continue
            if not translation.text or translation.get("type") is not None:
                continue
            checked += 1
            if translator.translate(name, text) != translation.text:
                mismatches.append((name, text))
    assert checked > 0, "tcns_en.ts has no finished translations"
    assert not mismatches, f"{len(mismatches)} of {checked} differ, e.g. {mismatches[:3]}"
