"""A record's or a page's date as a point in time, so that the scan can tell which of two
articles came first.

Dates come as their source wrote them: ISO 8601 with or without a time and an offset
("2026-06-01T23:00:00-05:00"), American ("12/31/2025", month first, as dateutil reads it) or written out ("June 3, 2026").
Compared as text, "12/31/2025" came after "01/02/2026" and "June 3" before "May 30", and
"unknown" was a date. ``when`` reads ISO 8601 with the standard library
(``datetime.fromisoformat``) and the written forms with dateutil's parser (a dependency
of htmldate, which trafilatura reads pages' dates with); anything it cannot read, or
that names no four-digit year (no telling which of two years' "May 30" is the earlier),
is no date: the record counts as undated.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from functools import lru_cache

#: A year: without one a date cannot be placed ("May 30", "Monday").
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
#: Where dateutil fills in what a date leaves out ("June 2026": the 1st, midnight).
_DEFAULT = datetime(2000, 1, 1)


@lru_cache(maxsize=4096)
def when(written: str) -> datetime | date | None:
    """The moment ``written`` names (a datetime in UTC when it gives a time, a date when
    it gives a day only), or None when it is no date newsdiff can read."""
    text = written.strip()
    try:
        parsed = datetime.fromisoformat(text)
        has_time = "T" in text or " " in text
    except ValueError:
        if _YEAR.search(text) is None:
            return None
        # Here: only a corpus with written-out dates needs it (no type stubs shipped).
        from dateutil import parser  # type: ignore[import-untyped]

        try:
            parsed = parser.parse(text, default=_DEFAULT)
        except (ValueError, OverflowError):
            return None
        has_time = (parsed.hour, parsed.minute, parsed.second) != (0, 0, 0) or (
            parsed.tzinfo is not None
        )
    if not has_time:
        return parsed.date()
    # A time without an offset is taken as UTC: the only zone it can be compared in.
    return (parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)).astimezone(UTC)


def earlier(a: str, b: str) -> int | None:
    """-1 when the date ``a`` is before ``b``, 1 when after, 0 when the same day (or
    moment), None when either is no date. A day against a moment compares by the day
    the moment falls on in UTC."""
    wa, wb = when(a), when(b)
    if wa is None or wb is None:
        return None
    if isinstance(wa, datetime) and isinstance(wb, datetime):
        return (wa > wb) - (wa < wb)
    da = wa.date() if isinstance(wa, datetime) else wa
    db = wb.date() if isinstance(wb, datetime) else wb
    return (da > db) - (da < db)
