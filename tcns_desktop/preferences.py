"""User preferences (language, backups kept, clerk name) as a typed dataclass stored in JSON."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from tcns_desktop.atomic_files import write_text_atomically

LANGUAGES = ("vi", "en")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Preferences:
    language: str = "vi"
    backups_to_keep: int = 14
    clerk_name: str = ""

    def with_changes(self, **changes: Any) -> Preferences:
        updated = replace(self, **changes)
        return updated.validated()

    def validated(self) -> Preferences:
        language = self.language if self.language in LANGUAGES else "vi"
        keep = max(1, min(int(self.backups_to_keep), 365))
        return replace(self, language=language, backups_to_keep=keep)


def load_preferences(path: Path) -> Preferences:
    """Read preferences; a missing or unreadable file gives the defaults (never a crash)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Preferences()
    except (OSError, ValueError) as exc:
        log.warning("Preferences file %s unreadable, using defaults: %s", path, exc)
        return Preferences()
    if not isinstance(raw, dict):
        return Preferences()
    known = {f.name for f in fields(Preferences)}
    values = {key: value for key, value in raw.items() if key in known}
    try:
        return Preferences(**values).validated()
    except (TypeError, ValueError):
        return Preferences()


def save_preferences(path: Path, preferences: Preferences) -> None:
    """Write atomically so a power cut leaves either the old or the new file."""
    write_text_atomically(path, json.dumps(asdict(preferences), ensure_ascii=False, indent=2))
