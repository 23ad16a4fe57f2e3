"""Period labels in the window read exactly like the documents' in Vietnamese."""

from tcns_desktop.domain.enums import PeriodKind
from tcns_desktop.domain.periods import Period
from tcns_desktop.ui.labels import period_label


def test_period_labels_match_the_domain_in_vietnamese(qapp) -> None:
    for period in (
        Period(2026, PeriodKind.MONTH, 7),
        Period(2026, PeriodKind.QUARTER, 3),
        Period(2026, PeriodKind.HALF_YEAR, 1),
        Period(2026, PeriodKind.HALF_YEAR, 2),
        Period(2026, PeriodKind.YEAR),
    ):
        assert period_label(period) == period.label
