"""Installs the program's and Qt's own translators for the chosen language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tcns_desktop.paths import resource_path

log = logging.getLogger(__name__)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Vietnamese is the source language; Qt's own ``qtbase_vi`` makes standard buttons Vietnamese.

    Returns the installed translators (the caller keeps them alive).
    """
    installed: list[QTranslator] = []
    QLocale.setDefault(
        QLocale(QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English)
    )
    qt_translations = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{language}", qt_translations):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    if language != "vi":
        own = QTranslator(app)
        if own.load(str(resource_path("translations", f"tcns_{language}.qm"))):
            app.installTranslator(own)
            installed.append(own)
        else:
            log.warning("No compiled translation for %s", language)
    return installed
