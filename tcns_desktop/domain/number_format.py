"""How numbers are written for Vietnamese readers: "1.234.567", "2,5", "85,3 %"."""

from __future__ import annotations


def format_number(value: float | int, decimals: int = 2) -> str:
    """Thousands with dots, decimals with a comma; whole numbers without decimals."""
    number = float(value)
    if number.is_integer():
        return f"{int(number):,}".replace(",", ".")
    text = f"{number:,.{decimals}f}".rstrip("0").rstrip(".")
    return text.replace(",", " ").replace(".", ",").replace(" ", ".")


def format_percent(ratio: float, decimals: int = 1) -> str:
    """0.853 → "85,3 %" (Vietnamese puts a space before the sign)."""
    return f"{format_number(round(ratio * 100, decimals), decimals)} %"
