"""The e-mail draft carries the bundle intact and opens as a draft."""

from email import message_from_bytes
from email.policy import default
from pathlib import Path

from tcns_desktop.sync.email_draft import write_email_draft


def test_the_draft_attaches_the_bundle_byte_for_byte(tmp_path: Path) -> None:
    bundle = tmp_path / "TCNS_07951_20261128_s3_0123abcd.tcns"
    payload = bytes(range(256)) * 40
    bundle.write_bytes(payload)
    slip = tmp_path / "phieu-gui.pdf"
    slip.write_bytes(b"%PDF-1.4 test")
    target = write_email_draft(
        tmp_path / "gui-cap-tren.eml",
        [bundle, slip],
        to="sokhcn@phutho.gov.vn",
        subject="Gói dữ liệu Tổ CNSCĐ xã Tân Lập, gói số 3",
        body="Kính gửi Sở Khoa học và Công nghệ,\nXã Tân Lập gửi gói dữ liệu số 3.",
    )
    message = message_from_bytes(target.read_bytes(), policy=default)
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == "Gói dữ liệu Tổ CNSCĐ xã Tân Lập, gói số 3"
    assert "Tân Lập gửi gói" in message.get_body(("plain",)).get_content()
    attachments = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert attachments[bundle.name] == payload
    assert attachments[slip.name] == b"%PDF-1.4 test"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left
