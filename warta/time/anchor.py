"""Calendar arithmetic that turns an anchor date plus an offset into a TimeML TIMEX3 value.

Values keep the granularity of the expression ("pekan lalu" is a week, "tahun depan" a year), which is
the one thing a plain date parser cannot give. Without an anchor, values keep X placeholders (TimeML).
"""

from __future__ import annotations

import datetime as dt

# ISO 8601 duration designators (and TimeML DE/CE) -> the granularity of a point value
DAY, WEEK, MONTH, YEAR, DECADE, CENTURY = "D", "W", "M", "Y", "DE", "CE"
UNANCHORED = {
    DAY: "XXXX-XX-XX",
    WEEK: "XXXX-WXX",
    MONTH: "XXXX-XX",
    YEAR: "XXXX",
    DECADE: "XXX",
    CENTURY: "XX",
}


def week_value(d: dt.date) -> str:
    """ISO week of a day: 2025-03-13 -> 2025-W11."""
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(d: dt.date, n: int) -> tuple[int, int]:
    """(year, month) n months after d's month (n may be negative)."""
    index = d.year * 12 + d.month - 1 + n
    return index // 12, index % 12 + 1


def shift(anchor: dt.date | None, unit: str, n: int) -> str:
    """The value of the period n units from anchor, at the unit's granularity ("N hari lalu" = -N days)."""
    if anchor is None:
        return UNANCHORED.get(unit, "XXXX-XX-XX")
    if unit == DAY:
        return (anchor + dt.timedelta(days=n)).isoformat()
    if unit == WEEK:
        return week_value(anchor + dt.timedelta(weeks=n))
    if unit == MONTH:
        return month_value(*add_months(anchor, n))
    if unit == YEAR:
        return f"{anchor.year + n:04d}"
    if unit == DECADE:
        return f"{anchor.year // 10 + n:03d}"
    if unit == CENTURY:
        return f"{anchor.year // 100 + n:02d}"
    return anchor.isoformat()


def quarter_value(anchor: dt.date, n: int, size: int) -> str:
    """Quarter (size 3) or half year (size 6) n periods from anchor's: 2024-Q3, 2024-H1."""
    index = (anchor.year * 12 + anchor.month - 1) // size + n
    per_year = 12 // size
    letter = "Q" if size == 3 else "H"
    return f"{index // per_year:04d}-{letter}{index % per_year + 1}"


def weekday_date(anchor: dt.date, weekday: int, direction: int, week_shift: int | None = None) -> dt.date:
    """The day with ISO ``weekday`` relative to anchor.

    direction -1: the most recent one on or before anchor; -2: strictly before; +1: on or after;
    +2: strictly after. ``week_shift`` (0 this week, -1 last week, +1 next week) picks it inside an ISO
    week instead ("Kamis pekan lalu").
    """
    if week_shift is not None:
        monday = anchor - dt.timedelta(days=anchor.isoweekday() - 1) + dt.timedelta(weeks=week_shift)
        return monday + dt.timedelta(days=weekday - 1)
    delta = (anchor.isoweekday() - weekday) % 7
    if direction < 0:
        if direction == -2 and delta == 0:
            delta = 7
        return anchor - dt.timedelta(days=delta)
    ahead = (weekday - anchor.isoweekday()) % 7
    if direction == 2 and ahead == 0:
        ahead = 7
    return anchor + dt.timedelta(days=ahead)


def nearest_year(anchor: dt.date, month: int, day: int | None = None) -> int:
    """Year for a day/month written without one: the occurrence closest to the anchor."""
    best, best_gap = anchor.year, None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            when = dt.date(year, month, day or 15)
        except ValueError:
            continue
        gap = abs((when - anchor).days)
        if best_gap is None or gap < best_gap:
            best, best_gap = year, gap
    return best


def month_occurrence(anchor: dt.date, month: int, direction: int) -> int:
    """Year of a named month: -1 the last one before the anchor's month, +1 the next one after, 0 same year."""
    if direction < 0:
        return anchor.year if month < anchor.month else anchor.year - 1
    if direction > 0:
        return anchor.year if month > anchor.month else anchor.year + 1
    return anchor.year


def duration_value(amount: float | None, designator: str, clock: bool) -> str:
    """ISO 8601 duration: (90, M, clock) -> PT90M; (30, D) -> P30D; (None, D) -> PXD (unspecified)."""
    prefix = "PT" if clock else "P"
    if amount is None:
        return f"{prefix}X{designator}"
    if amount != int(amount) and clock and designator in "HM":
        smaller = {"H": "M", "M": "S"}[designator]
        return duration_value(amount * 60, smaller, clock)
    number = str(int(amount)) if amount == int(amount) else f"{amount:g}"
    return f"{prefix}{number}{designator}"


def roman(text: str) -> int | None:
    """Value of a Roman numeral (kuartal III, abad XXI), None when it is not one."""
    values = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
    total = 0
    prev = 0
    for ch in reversed(text.upper()):
        if ch not in values:
            return None
        v = values[ch]
        total = total - v if v < prev else total + v
        prev = max(prev, v)
    return total or None
