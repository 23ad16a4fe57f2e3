"""Typed errors: each carries a plain-language Vietnamese message for the clerk."""

from __future__ import annotations


class TcnsError(Exception):
    """An expected failure whose message can be shown to the user as it is.

    ``message`` is Vietnamese (the source language); ``detail`` is technical text for the log.
    """

    exit_code = 1

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def __str__(self) -> str:
        return self.message


class ValidationError(TcnsError):
    """Input that breaks a rule; ``problems`` lists each broken rule."""

    def __init__(self, message: str, problems: list[str] | None = None, detail: str = "") -> None:
        super().__init__(message, detail)
        self.problems = list(problems or [])


class NotFoundError(TcnsError):
    """A record that the caller named does not exist (or was deleted)."""


class DatabaseError(TcnsError):
    """The database file cannot be opened, is damaged, or is newer than this program."""

    exit_code = 2


class DamagedDatabaseError(DatabaseError):
    """`PRAGMA quick_check` found damage; ``problems`` holds what SQLite reported."""

    def __init__(self, message: str, problems: list[str], detail: str = "") -> None:
        super().__init__(message, detail)
        self.problems = problems


class BackupError(TcnsError):
    """A backup could not be written or a backup file cannot be restored."""


class ConfigError(TcnsError):
    """A configuration file given by the user cannot be read."""

    exit_code = 2
