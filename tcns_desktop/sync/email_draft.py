"""An e-mail with the bundle attached, saved as an ``.eml`` draft for the clerk's mail program.

Opening the file shows a ready message (Outlook and Thunderbird open an ``X-Unsent`` message
as a draft to send); for webmail the clerk attaches the bundle from the folder instead.
Nothing is sent from the application: the office may have no network, or a mail program
the application knows nothing about.
"""

from __future__ import annotations

import mimetypes
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path

from tcns_desktop.atomic_files import write_bytes_atomically

# Mail servers commonly refuse attachments above 20-25 MB; warn the clerk before that.
LARGE_ATTACHMENT = 20 * 1024 * 1024


def email_draft(
    attachments: list[Path],
    *,
    to: str,
    subject: str,
    body: str,
) -> EmailMessage:
    message = EmailMessage(policy=SMTP)
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["X-Unsent"] = "1"  # open as a draft, not as a received message
    message.set_content(body)
    for path in attachments:
        kind, _ = mimetypes.guess_type(path.name)
        main, _, sub = (kind or "application/octet-stream").partition("/")
        message.add_attachment(path.read_bytes(), maintype=main, subtype=sub, filename=path.name)
    return message


def write_email_draft(
    target: Path, attachments: list[Path], *, to: str, subject: str, body: str
) -> Path:
    """Write the draft next to nothing else: ``target`` is replaced atomically."""
    message = email_draft(attachments, to=to, subject=subject, body=body)
    write_bytes_atomically(target, message.as_bytes())
    return target
