"""Property tests: dates written in every supported form come back as the value they were written from."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from warta.resources import read_tsv
from warta.time import find_times

DIGITS = ["", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]
MONTH_WORDS = [(w, int(n)) for w, n, _ in read_tsv("time/months.tsv")]
WEEKDAY_NAMES = {1: "Senin", 2: "Selasa", 3: "Rabu", 4: "Kamis", 5: "Jumat", 6: "Sabtu", 7: "Minggu"}
UNITS = {"hari": "D", "pekan": "W", "bulan": "M", "tahun": "Y", "jam": "H", "menit": "M"}

dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31))
publication = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2040, 12, 31))


def spelled(n: int) -> str:
    """Indonesian words for 1..99 (our own generator, independent of the lexicon parser)."""
    if n == 10:
        return "sepuluh"
    if n == 11:
        return "sebelas"
    if n < 10:
        return DIGITS[n]
    if n < 20:
        return f"{DIGITS[n - 10]} belas"
    tens, ones = divmod(n, 10)
    return f"{DIGITS[tens]} puluh" + (f" {DIGITS[ones]}" if ones else "")


def only(text: str, published: dt.date | None = None) -> tuple[str, str, str]:
    found = find_times(text, published)
    assert len(found) == 1, (text, found)
    t = found[0]
    assert text[t.start : t.end] == t.text
    return t.text, t.type, t.value


@settings(max_examples=150, deadline=None)
@given(dates, st.sampled_from(MONTH_WORDS), st.sampled_from(["title", "lower", "upper"]))
def test_day_month_year(day: dt.date, month_word: tuple[str, int], case: str) -> None:
    word, month = month_word
    try:
        day = day.replace(month=month)
    except ValueError:
        day = day.replace(month=month, day=28)
    word = {"title": word.title(), "lower": word, "upper": word.upper()}[case]
    if case == "lower" and len(word) <= 4:
        word = word.title()  # abbreviations are written capitalised
    form = f"{day.day} {word} {day.year}"
    assert only(f"Rapat digelar pada {form} di Jakarta.") == (form, "DATE", day.isoformat())


@settings(max_examples=150, deadline=None)
@given(dates, st.sampled_from(["{d}/{m}/{y}", "{dd}/{mm}/{y}", "{dd}-{mm}-{y}", "{y}-{mm}-{dd}"]))
def test_numeric_dates(day: dt.date, pattern: str) -> None:
    form = pattern.format(d=day.day, m=day.month, dd=f"{day.day:02d}", mm=f"{day.month:02d}", y=day.year)
    assert only(f"Sidang pada {form} ditunda.") == (form, "DATE", day.isoformat())


@settings(max_examples=150, deadline=None)
@given(dates, st.booleans(), st.sampled_from([" ({d}/{m}/{y})", ", {d} {month} {y}", " ({d}/{m})"]))
def test_weekday_with_date_is_one_expression(day: dt.date, hari: bool, pattern: str) -> None:
    month = [w for w, n in MONTH_WORDS if n == day.month][0].title()
    tail = pattern.format(d=day.day, m=day.month, y=day.year, month=month)
    form = ("hari " if hari else "") + WEEKDAY_NAMES[day.isoweekday()] + tail
    assert only(f"kata dia, {form}.", day) == (form, "DATE", day.isoformat())


@settings(max_examples=100, deadline=None)
@given(dates)
def test_month_year_and_year(day: dt.date) -> None:
    month = [w for w, n in MONTH_WORDS if n == day.month][0].title()
    assert only(f"Harga naik pada {month} {day.year}.") == (
        f"{month} {day.year}",
        "DATE",
        f"{day.year}-{day.month:02d}",
    )
    assert only(f"Harga naik pada tahun {day.year}.") == (f"tahun {day.year}", "DATE", str(day.year))
    assert only(f"Harga naik sejak {day.year}.") == (str(day.year), "DATE", str(day.year))


@settings(max_examples=150, deadline=None)
@given(publication, st.integers(1, 99), st.booleans(), st.sampled_from(["lalu", "yang lalu", "lagi"]))
def test_n_days_relative(pub: dt.date, n: int, words: bool, rel: str) -> None:
    number = spelled(n) if words else str(n)
    form = f"{number} hari {rel}"
    want = pub + dt.timedelta(days=n if rel == "lagi" else -n)
    assert only(f"Ia tiba {form} di kota itu.", pub) == (form, "DATE", want.isoformat())


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 99), st.booleans(), st.sampled_from(sorted(UNITS)))
def test_durations(n: int, words: bool, unit: str) -> None:
    number = spelled(n) if words else str(n)
    prefix = "PT" if unit in ("jam", "menit") else "P"
    form = f"{number} {unit}"
    assert only(f"Ia ditahan selama {form} di sana.") == (form, "DURATION", f"{prefix}{n}{UNITS[unit]}")


@settings(max_examples=100, deadline=None)
@given(
    publication,
    st.integers(0, 23),
    st.integers(0, 59),
    st.sampled_from(["WIB", "WITA", "WIT"]),
    st.sampled_from(".:"),
)
def test_clock_times(pub: dt.date, hour: int, minute: int, zone: str, sep: str) -> None:
    form = f"pukul {hour:02d}{sep}{minute:02d} {zone}"
    (t,) = find_times(f"Rapat dimulai {form} di gedung itu.", pub)
    assert (t.text, t.type, t.value) == (form, "TIME", f"{pub.isoformat()}T{hour:02d}:{minute:02d}")
    assert t.tz == {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}[zone]


@settings(max_examples=100, deadline=None)
@given(publication, st.integers(1, 7), st.booleans())
def test_bare_weekday_is_the_last_one_on_or_before_publication(
    pub: dt.date, weekday: int, hari: bool
) -> None:
    form = ("hari " if hari else "") + WEEKDAY_NAMES[weekday]
    text, type_, value = only(f"Ia bertemu menteri pada {form} di Jakarta.", pub)
    day = dt.date.fromisoformat(value)
    assert (text, type_) == (form, "DATE")
    assert day.isoweekday() == weekday and 0 <= (pub - day).days < 7


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300), st.one_of(st.none(), publication))
def test_any_text_gives_valid_spans(text: str, pub: dt.date | None) -> None:
    for t in find_times(text, pub):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text
        assert t.type in ("DATE", "TIME", "DURATION", "SET") and t.value
