"""One rotating log file per installation, configured by the composition roots."""

from __future__ import annotations

import logging
import platform
import sys
from logging.handlers import RotatingFileHandler

from tcns_desktop import __version__
from tcns_desktop.paths import AppPaths

LOG_FILE_NAME = "tcns.log"


def configure_logging(paths: AppPaths, *, verbose: bool = False) -> None:
    paths.log_dir.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_tcns", False):
            root.removeHandler(handler)
            handler.close()
    file_handler = RotatingFileHandler(
        paths.log_dir / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
    )
    file_handler.setFormatter(
        logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    )
    file_handler._tcns = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    if verbose:
        console = logging.StreamHandler(sys.stderr)
        console._tcns = True  # type: ignore[attr-defined]
        root.addHandler(console)
    logging.getLogger(__name__).info(
        "TCNS Desktop %s on Python %s, %s",
        __version__,
        platform.python_version(),
        platform.platform(),
    )
