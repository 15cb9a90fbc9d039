"""Dates as the tpure theme prints them (tpure_TimeAgo), and the server clock they are relative to.

The theme prints a post's age relative to the server clock at render time, so every date here is
computed from `server_time` (the response's HTTP Date header), never from the crawler's clock.
"""

from __future__ import annotations

import email.utils
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo

from parkcrawler.extract.html import squash

# Asia/Shanghai: a fixed UTC+8, China has had no DST since 1991.
SHANGHAI = timezone(timedelta(hours=8), "Asia/Shanghai")

# Matched against the NFKC form, so full-width digits, parentheses and hyphens are ASCII here.
_YEARS_AGO = re.compile(r"\d+\s*年前\s*\(\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*\)")
_MONTH_DAY = re.compile(r"\d+\s*(?:个月|周)前\s*\(\s*(\d{1,2})-(\d{1,2})\s*\)")
_UNITS_AGO = re.compile(r"(\d+)\s*(天|小时|分钟|秒)前")
_UNIT = {"天": "days", "小时": "hours", "分钟": "minutes", "秒": "seconds"}


def parse_tpure_date(
    display: str, server_time: datetime, *, tz: tzinfo = SHANGHAI
) -> tuple[str | None, str | None]:
    """(published_at "YYYY-MM-DD", precision) from a tpure_TimeAgo text; (None, None) if unparseable.

    Precision: "day" for `N年前 (Y-m-d)`; "inferred_year" for `N个月前 (m-d)` / `N周前 (m-d)`, the latest
    such date not after the server's date; "relative" for N天前/小时前/分钟前/秒前/刚刚 (server time minus N).
    """
    if server_time.tzinfo is None:
        raise ValueError("server_time must be timezone-aware")
    now = server_time.astimezone(tz)
    text = squash(unicodedata.normalize("NFKC", display or ""))
    if m := _YEARS_AGO.fullmatch(text):
        day = _date(int(m[1]), int(m[2]), int(m[3]))
        return (day.isoformat(), "day") if day else (None, None)
    if m := _MONTH_DAY.fullmatch(text):
        day = _latest_month_day(int(m[1]), int(m[2]), now.date())
        return (day.isoformat(), "inferred_year") if day else (None, None)
    if m := _UNITS_AGO.fullmatch(text):
        try:
            then = now - timedelta(**{_UNIT[m[2]]: int(m[1])})
        except OverflowError:  # "99999999天前": before year 1, no date at all
            return None, None
        return then.date().isoformat(), "relative"
    if text == "刚刚":
        return now.date().isoformat(), "relative"
    return None, None


def _date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _latest_month_day(month: int, day: int, today: date) -> date | None:
    # The theme's month and week forms cover ages under its 360-day "year": this year or the last.
    for year in (today.year, today.year - 1):
        candidate = _date(year, month, day)
        if candidate and candidate <= today:
            return candidate
    return None


def parse_http_date(value: str | bytes | None) -> datetime | None:
    """An HTTP Date header (RFC 9110 IMF-fixdate, or the obsolete forms) as an aware datetime."""
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    try:
        parsed = email.utils.parsedate_to_datetime(value.strip())
    except (TypeError, ValueError, IndexError):
        return None
    # HTTP dates are always GMT; a "-0000" zone parses as naive.
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)
