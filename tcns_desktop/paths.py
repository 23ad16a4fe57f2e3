"""Where the program keeps its files: one frozen AppPaths, built once by the composition root."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

from tcns_desktop import APP_AUTHOR, APP_ID

DATA_DIR_ENV = "TCNS_DATA_DIR"
DATABASE_FILE_NAME = "tcns.sqlite3"


@dataclass(frozen=True)
class AppPaths:
    """Every folder the program writes to. Tests and portable installs use ``in_folder``."""

    config_dir: Path
    data_dir: Path
    log_dir: Path
    backup_dir: Path

    @property
    def database_file(self) -> Path:
        return self.data_dir / DATABASE_FILE_NAME

    @property
    def preferences_file(self) -> Path:
        return self.config_dir / "preferences.json"

    @property
    def window_state_file(self) -> Path:
        return self.config_dir / "window-state.ini"

    @property
    def identity_file(self) -> Path:
        """Side file remembering which database this installation last used (copy detection)."""
        return self.config_dir / "database-identity.json"

    @classmethod
    def in_folder(cls, root: Path) -> AppPaths:
        """All folders inside ``root`` (``--data-dir``, ``TCNS_DATA_DIR``, tests)."""
        root = root.expanduser().resolve()
        return cls(
            config_dir=root / "config",
            data_dir=root,
            log_dir=root / "logs",
            backup_dir=root / "backups",
        )

    @classmethod
    def from_platformdirs(cls) -> AppPaths:
        """The per-user folders of the operating system (``%LOCALAPPDATA%`` on Windows)."""
        from platformdirs import PlatformDirs

        dirs = PlatformDirs(appname=APP_ID, appauthor=APP_AUTHOR)
        data = Path(dirs.user_data_dir)
        return cls(
            config_dir=Path(dirs.user_config_dir),
            data_dir=data,
            log_dir=Path(dirs.user_log_dir),
            backup_dir=data / "backups",
        )

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> AppPaths:
        """``--data-dir`` first, then ``TCNS_DATA_DIR``, then the platform folders."""
        chosen = data_dir if data_dir is not None else os.environ.get(DATA_DIR_ENV) or None
        if chosen:
            return cls.in_folder(Path(chosen))
        return cls.from_platformdirs()

    def ensure(self) -> None:
        for folder in (self.config_dir, self.data_dir, self.log_dir, self.backup_dir):
            folder.mkdir(parents=True, exist_ok=True)


def resource_path(*parts: str) -> Path:
    """A bundled file, from the source tree or from the PyInstaller bundle."""
    base = getattr(sys, "_MEIPASS", None)
    root = Path(base) if base else Path(__file__).resolve().parent.parent
    return root.joinpath("resources", *parts)
