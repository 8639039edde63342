"""Opening hours as an admin writes them and as a patient reads them."""

from datetime import datetime

import pytest

from bot.facts.hours import WeeklyHours, format_time, parse_day_hours


def test_groups_and_single_days_combine_with_days_overriding_groups():
    hours = WeeklyHours.parse({"weekdays": "08:00-17:00", "weekends": "closed", "saturday": "09:00-12:00"})
    assert hours.describe() == "Monday to Friday: 8 am to 5 pm; Saturday: 9 am to 12 noon; Sunday: closed"


def test_same_hours_every_day_read_as_every_day():
    assert WeeklyHours.parse({"daily": "11:00-20:00"}).describe() == "11 am to 8 pm, every day"
    assert WeeklyHours.parse({"daily": "24 hours"}).describe() == "open 24 hours, every day"


def test_describe_only_the_days_asked_about():
    hours = WeeklyHours.parse({"weekdays": "14:00-20:00", "weekends": "11:00-20:00"})
    assert hours.describe(["saturday", "sunday"]) == "Saturday and Sunday: 11 am to 8 pm"
    assert hours.describe(["wednesday"]) == "Wednesday: 2 pm to 8 pm"


@pytest.mark.parametrize(
    "raw, message",
    [
        ("8-5", 'expected "HH:MM-HH:MM"'),
        ("11:00-25:00", "not a valid time of day"),
        ("09:60-10:00", "not a valid time of day"),
        ("10:00-10:00", "same time"),
        (9, 'expected "HH:MM-HH:MM"'),
    ],
)
def test_a_wrong_value_is_explained(raw, message):
    with pytest.raises(ValueError, match=message):
        parse_day_hours(raw)


def test_missing_days_and_unknown_keys_are_named():
    with pytest.raises(ValueError, match="no hours given for saturday, sunday"):
        WeeklyHours.parse({"weekdays": "08:00-17:00"})
    with pytest.raises(ValueError, match="unknown day 'weekdayz'"):
        WeeklyHours.parse({"weekdayz": "08:00-17:00", "daily": "closed"})


def test_time_formatting_is_plain():
    assert [format_time(parse_day_hours(v).opens) for v in ("00:00-01:00", "07:30-08:00", "12:00-13:00")] == [
        "midnight",
        "7:30 am",
        "12 noon",
    ]


def test_is_open_and_next_opening_including_overnight_spans():
    sleep_lab = WeeklyHours.parse({"weekdays": "19:00-07:00", "weekends": "closed"})
    friday_late = datetime(2026, 11, 20, 23, 0)  # a Friday
    saturday_early = datetime(2026, 11, 21, 6, 0)
    saturday_noon = datetime(2026, 11, 21, 12, 0)
    monday_early = datetime(2026, 11, 23, 6, 0)  # Sunday night is closed, so Monday 6 am too
    assert sleep_lab.is_open(friday_late)
    assert sleep_lab.is_open(saturday_early)  # Friday's span runs past midnight
    assert not sleep_lab.is_open(saturday_noon)
    assert not sleep_lab.is_open(monday_early)
    assert sleep_lab.next_opening(saturday_noon) == datetime(2026, 11, 23, 19, 0)


def test_never_open_has_no_next_opening():
    assert WeeklyHours.parse({"daily": "closed"}).next_opening(datetime(2026, 11, 23, 9, 0)) is None
