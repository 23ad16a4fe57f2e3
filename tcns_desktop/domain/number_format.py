"""How numbers are written for Vietnamese readers: "1.234.567", "2,5", "85,3 %"."""

from __future__ import annotations


def format_number(value: float | int, decimals: int = 2) -> str:
    """Thousands with dots, decimals with a comma; whole numbers without decimals."""
    number = float(value)
    if number.is_integer():
        return f"{int(number):,}".replace(",", ".")
    text = f"{number:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def parse_number(text: str) -> float | None:
    """A typed figure back: "1.200" and "1 200" are twelve hundred (Vietnamese grouping),
    "2,5" is two and a half, "2.5" too (a dot followed by other than three digits is a
    decimal point). None when the text is not a number; "" is None (nothing typed)."""
    cleaned = text.replace(" ", "").replace("\u00a0", "")
    if not cleaned:
        return None
    if "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif "." in cleaned and all(len(part) == 3 for part in cleaned.split(".")[1:]):
        cleaned = cleaned.replace(".", "")
    try:
        return float(cleaned)
    except ValueError:
        return None


def format_percent(ratio: float, decimals: int = 1) -> str:
    """0.853 → "85,3 %" (Vietnamese puts a space before the sign)."""
    return f"{format_number(round(ratio * 100, decimals), decimals)} %"
