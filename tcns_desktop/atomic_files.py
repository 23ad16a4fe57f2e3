"""Writing a finished file atomically: a temporary file beside it, flushed to disk, renamed.

Every file the application writes for keeps (preferences, exports, documents, bundles,
e-mail drafts) goes through here, so a crash or a power cut half-way leaves the old file or
the new one, never a partial one. Failures raise ``OSError``; each caller turns it into a
message in its own words.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO


def write_atomically(path: Path, write: Callable[[BinaryIO], Any]) -> None:
    """Call ``write`` with an open binary file, then put the result at ``path``.

    The temporary file is in the same folder so the final rename (``os.replace``) stays on
    one file system; it is hidden (leading dot) and removed on any failure.
    """
    handle, temporary_name = tempfile.mkstemp(
        prefix=f".{path.stem}-", suffix=".tmp", dir=path.parent
    )
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as output:
            write(output)
            output.flush()
            os.fsync(output.fileno())
        temporary.replace(path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def write_bytes_atomically(path: Path, data: bytes) -> None:
    write_atomically(path, lambda output: output.write(data))


def write_text_atomically(path: Path, text: str) -> None:
    """UTF-8 text; the folder is made if it does not exist yet (configuration files)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomically(path, text.encode("utf-8"))
