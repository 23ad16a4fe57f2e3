"""Marks text for Qt Linguist's extractor without importing Qt (the domain stays Qt-free)."""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    """Returns ``text`` unchanged; lupdate collects it into the ``.ts`` file under ``context``."""
    return text


LABELS_CONTEXT = "labels"
"""Context of enum labels: the window translates them with ``translate("labels", label)``."""
