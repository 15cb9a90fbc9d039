"""tpure_TimeAgo dates against the server clock, and HTTP Date headers."""

from datetime import UTC, datetime, timedelta, timezone

import pytest

from parkcrawler.extract.dates import SHANGHAI, parse_http_date, parse_tpure_date

RENDERED = datetime(2026, 11, 20, 12, 0, tzinfo=SHANGHAI)  # when the reference pages were rendered


@pytest.mark.parametrize(
    "display, expected",
    [
        # 年前: the full date
        ("2年前 (2024-09-21)", ("2024-09-21", "day")),
        ("6年前 (2020-09-02)", ("2020-09-02", "day")),
        # the theme's "year" is 360 days: a post 360 days old already shows 1年前 with its date...
        ("1年前 (2025-11-25)", ("2025-11-25", "day")),
        # ...and one 345-359 days old shows 12个月前 (m-d): last year's date, not this year's
        ("12个月前 (11-25)", ("2025-11-25", "inferred_year")),
        # 个月前 / 周前: month-day only, the latest such date not after the server's date
        ("9个月前 (02-10)", ("2026-02-10", "inferred_year")),
        ("2周前 (11-06)", ("2026-11-06", "inferred_year")),
        ("1周前 (11-20)", ("2026-11-20", "inferred_year")),
        ("11个月前 (12-10)", ("2025-12-10", "inferred_year")),
        # 天前 / 小时前 / 分钟前 / 秒前 / 刚刚: the server's time minus N
        ("3天前", ("2026-11-17", "relative")),
        ("3小时前", ("2026-11-20", "relative")),
        ("13小时前", ("2026-11-19", "relative")),
        ("45分钟前", ("2026-11-20", "relative")),
        ("20秒前", ("2026-11-20", "relative")),
        ("刚刚", ("2026-11-20", "relative")),
    ],
)
def test_every_tpure_form(display, expected):
    assert parse_tpure_date(display, RENDERED) == expected


@pytest.mark.parametrize("display", ["99999999天前", "999999999999小时前", "9999999天前"])
def test_an_age_before_year_one_is_no_date(display):
    # A garbled counter must give no date (the article keeps a warning), not an OverflowError that
    # loses the article.
    assert parse_tpure_date(display, RENDERED) == (None, None)


@pytest.mark.parametrize(
    "display",
    [
        "2年前(2024-09-21)",  # no space before the parenthesis
        "2年前  ( 2024-09-21 )",
        "2年前 （2024-09-21）",  # full-width parentheses
        "２年前 （２０２４－０９－２１）",  # full-width digits and hyphen
        " 2年前\n (2024-09-21) ",
    ],
)
def test_variants_of_the_year_form(display):
    assert parse_tpure_date(display, RENDERED) == ("2024-09-21", "day")


def test_month_day_variants():
    assert parse_tpure_date("9个月前（02-10）", RENDERED) == ("2026-02-10", "inferred_year")
    assert parse_tpure_date("2周前(11-06)", RENDERED) == ("2026-11-06", "inferred_year")
    assert parse_tpure_date("2 周前 (1-6)", RENDERED) == ("2026-01-06", "inferred_year")


def test_year_inferred_across_new_year():
    server = datetime(2027, 1, 5, 9, 0, tzinfo=SHANGHAI)
    assert parse_tpure_date("3个月前 (10-20)", server) == ("2026-10-20", "inferred_year")
    assert parse_tpure_date("1周前 (12-29)", server) == ("2026-12-29", "inferred_year")
    assert parse_tpure_date("1周前 (01-02)", server) == ("2027-01-02", "inferred_year")


def test_february_29_is_inferred_into_a_leap_year():
    assert parse_tpure_date("9个月前 (02-29)", datetime(2028, 11, 20, tzinfo=SHANGHAI)) == (
        "2028-02-29",
        "inferred_year",
    )
    # No 29 February in the last 360 days: not a date the theme can print.
    assert parse_tpure_date("9个月前 (02-29)", RENDERED) == (None, None)


def test_relative_dates_use_shanghai_when_the_server_time_is_utc():
    # 17:30 UTC on the 19th is 01:30 on the 20th in Shanghai.
    server = datetime(2026, 11, 19, 17, 30, tzinfo=UTC)
    assert parse_tpure_date("30分钟前", server) == ("2026-11-20", "relative")
    assert parse_tpure_date("1小时前", server) == ("2026-11-20", "relative")
    assert parse_tpure_date("3小时前", server) == ("2026-11-19", "relative")  # 22:30 the day before
    assert parse_tpure_date("1天前", server) == ("2026-11-19", "relative")
    assert parse_tpure_date("刚刚", server) == ("2026-11-20", "relative")


def test_month_day_inference_uses_shanghai_date():
    # 31 Dec 20:00 UTC is already 1 Jan in Shanghai: "01-01" is today, not a year ago.
    server = datetime(2026, 12, 31, 20, 0, tzinfo=UTC)
    assert parse_tpure_date("1周前 (01-01)", server) == ("2027-01-01", "inferred_year")


@pytest.mark.parametrize(
    "display",
    ["", "   ", "昨天", "2年前", "2024-09-21", "2年前 (2024-13-40)", "3个月前 (02-30)", "3天以前", "N天前"],
)
def test_unparseable(display):
    assert parse_tpure_date(display, RENDERED) == (None, None)


def test_server_time_must_be_aware():
    with pytest.raises(ValueError):
        parse_tpure_date("3天前", datetime(2026, 11, 20, 12, 0))


def test_other_site_time_zone():
    server = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)
    utc_minus_5 = timezone(timedelta(hours=-5))
    assert parse_tpure_date("1小时前", server, tz=utc_minus_5) == ("2026-11-19", "relative")


@pytest.mark.parametrize(
    "value",
    ["Fri, 20 Nov 2026 04:00:00 GMT", b"Fri, 20 Nov 2026 04:00:00 GMT", "Friday, 20-Nov-26 04:00:00 GMT"],
)
def test_http_date(value):
    parsed = parse_http_date(value)
    assert parsed == datetime(2026, 11, 20, 4, 0, tzinfo=UTC)
    assert parsed.utcoffset() == timedelta(0)


def test_http_date_with_offset_and_minus_zero():
    assert parse_http_date("Fri, 20 Nov 2026 12:00:00 +0800") == datetime(
        2026, 11, 20, 4, 0, tzinfo=UTC
    )
    assert parse_http_date("Fri, 20 Nov 2026 04:00:00 -0000").tzinfo is not None


@pytest.mark.parametrize("value", [None, "", "yesterday", b"\xff\xfe", "Fri, 99 Nov 2026 04:00:00 GMT"])
def test_http_date_unparseable(value):
    assert parse_http_date(value) is None
