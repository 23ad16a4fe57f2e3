"""Installs the program's and Qt's own translators for the chosen language."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from tcns_desktop.paths import resource_path

log = logging.getLogger(__name__)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Translators for Qt's own texts (standard buttons) and, for English, the program's.

    Vietnamese is the program's source language. PySide6 ships no ``qtbase_vi.qm``, so the
    Vietnamese for Qt's standard buttons comes from ``resources/translations/qtbase_vi``.
    Returns the installed translators (the caller keeps them alive).
    """
    installed: list[QTranslator] = []
    locale_language = QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English
    QLocale.setDefault(QLocale(locale_language))
    qt_folders = (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(resource_path("translations")),
    )
    for folder in qt_folders:
        qt_translator = QTranslator(app)
        if qt_translator.load(f"qtbase_{language}", folder):
            app.installTranslator(qt_translator)
            installed.append(qt_translator)
            break
    if language != "vi":
        own = QTranslator(app)
        if own.load(str(resource_path("translations", f"tcns_{language}.qm"))):
            app.installTranslator(own)
            installed.append(own)
        else:
            log.warning("No compiled translation for %s", language)
    return installed
