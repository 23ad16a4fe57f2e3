"""Writing a finished file atomically (temporary file beside it, fsync, rename).

A reader, or a crash half-way, sees the old file or the new one, never a partial one."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from tcns_desktop.documents.errors import DocumentError


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` with an open binary file, then put the result at ``path``.

    The temporary file is in the same folder so the final rename (``os.replace``) stays
    on one file system. Any failure removes it and leaves ``path`` as it was.
    """
    folder = path.parent
    if not folder.is_dir():
        raise DocumentError(f"Không có thư mục “{folder}” để lưu tệp.", str(path))
    handle, temporary_name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=".tmp", dir=folder)
    temporary = Path(temporary_name)
    try:
        with os.fdopen(handle, "wb") as output:
            write(output)
            output.flush()
            os.fsync(output.fileno())
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise DocumentError(
            f"Không ghi được tệp “{path.name}”. Nếu tệp đang mở trong một chương trình đọc PDF, "
            "hãy đóng lại rồi thử lại; nếu không, hãy chọn thư mục khác.",
            repr(exc),
        ) from exc
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
