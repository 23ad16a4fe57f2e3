"""Typed errors of bundle, key and acknowledgement files, each with a Vietnamese message."""

from __future__ import annotations

from tcns_desktop.errors import TcnsError


class BundleError(TcnsError):
    """A file that cannot be accepted as it is (bad input: exit code 2 on the command line).

    ``problems`` lists the individual reasons when there are several (rejected rows).
    """

    exit_code = 2

    def __init__(self, message: str, detail: str = "", problems: list[str] | None = None) -> None:
        super().__init__(message, detail)
        self.problems = list(problems or [])


class NotABundleError(BundleError):
    """Not a zip file at all, or a zip that is no TCNS bundle."""


class DamagedBundleError(BundleError):
    """A truncated or corrupted file: the zip structure or a compressed member is broken."""


class UnsafeBundleError(BundleError):
    """A zip bomb, or member names that could escape a folder or that do not belong."""


class ChecksumMismatchError(BundleError):
    """A member's SHA-256 or size differs from what the signed manifest says."""


class SignatureError(BundleError):
    """The signature is missing or does not match the manifest."""


class UnknownKeyError(BundleError):
    """The bundle is signed by a key the upper level has not registered."""


class RevokedKeyError(BundleError):
    """The bundle is signed by a key the upper level has revoked."""


class NewerVersionError(BundleError):
    """Made by a newer program (format or schema version this program does not know)."""


class MalformedBundleError(BundleError):
    """The manifest or a row file breaks the format (missing field, malformed JSON line)."""


class RejectedRowsError(BundleError):
    """Rows break the data rules (types, values, references, ownership)."""


class WrongCommuneError(BundleError):
    """Rows or the manifest claim another commune than the key that signed them."""


class WrongRecipientError(BundleError):
    """An encrypted bundle meant for another office (or no private key to open it)."""


class KeyFileError(BundleError):
    """A public key file that cannot be read or whose fingerprint does not match."""


class AcknowledgementError(BundleError):
    """An acknowledgement file that is unreadable, unsigned, or meant for someone else."""


class ForkedHistoryError(TcnsError):
    """The commune's data file is a restored or copied one: its history may have forked.

    Not bad input but a state that needs the clerk's explicit decision (exit code 1).
    """
