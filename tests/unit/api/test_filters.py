"""Dates as reporters write them: a year, a month or a day, read as the period they name."""

from __future__ import annotations

from datetime import date

import pytest

from app.api.errors import ProblemError
from app.api.filters import date_range, period_bounds


@pytest.mark.parametrize("text, bounds", [
    ("2025", (date(2025, 1, 1), date(2025, 12, 31))),
    ("2024-02", (date(2024, 2, 1), date(2024, 2, 29))),
    ("2025-11-11", (date(2025, 11, 11), date(2025, 11, 11))),
])
def test_a_period_is_its_first_and_last_day(text, bounds):
    assert period_bounds(text, "from") == bounds


@pytest.mark.parametrize("text", ["1700000000", "2025-13", "2025-02-30", "2025-1", "20251111", "2025-11-11T00:00"])
def test_other_forms_are_refused(text):
    with pytest.raises(ProblemError) as err:
        period_bounds(text, "from")
    assert err.value.status == 422


def test_a_range_runs_from_the_start_of_one_period_to_the_end_of_another():
    assert date_range("2024-11", "2024-11") == (date(2024, 11, 1), date(2024, 11, 30))
    with pytest.raises(ProblemError):
        date_range("2026", "2025")
