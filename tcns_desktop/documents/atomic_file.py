"""Writing a finished document atomically, with the clerk's message when it cannot be written."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from tcns_desktop.atomic_files import write_atomically as replace_file
from tcns_desktop.documents.errors import DocumentError


def write_atomically(path: Path, write: Callable[[BinaryIO], None]) -> None:
    """Call ``write`` with an open binary file, then put the result at ``path``.

    The temporary file is in the same folder so the final rename (``os.replace``) stays
    on one file system. Any failure removes it and leaves ``path`` as it was.
    """
    folder = path.parent
    if not folder.is_dir():
        raise DocumentError(f"Không có thư mục “{folder}” để lưu tệp.", str(path))
    try:
        replace_file(path, write)
    except OSError as exc:
        raise DocumentError(
            f"Không ghi được tệp “{path.name}”. Nếu tệp đang mở trong một chương trình đọc PDF, "
            "hãy đóng lại rồi thử lại; nếu không, hãy chọn thư mục khác.",
            repr(exc),
        ) from exc
