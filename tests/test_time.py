"""Time expressions: every supported form, anchoring, the seed article, robustness (texts are our own)."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import assert_spans_valid
from warta.time import find_times, scan

WED = dt.date(2024, 7, 10)  # a Wednesday
SUN = dt.date(2025, 3, 16)  # the seed article's publication day, a Sunday


def found(text: str, published: dt.date | None = WED) -> list[tuple[str, str, str]]:
    return [(text[t.start : t.end], t.type, t.value) for t in find_times(text, published)]


def one(text: str, published: dt.date | None = WED) -> tuple[str, str, str]:
    got = found(text, published)
    assert len(got) == 1, got
    return got[0]


@pytest.mark.parametrize(
    "text, expected",
    [
        # weekdays, with and without "hari", and with a date in brackets as ONE expression
        ("Ia datang hari Kamis.", ("hari Kamis", "DATE", "2024-07-04")),
        ("Ia datang Kamis.", ("Kamis", "DATE", "2024-07-04")),
        ("Ia datang pada Rabu.", ("Rabu", "DATE", "2024-07-10")),
        ("kata Ma'ruf, Selasa (9/7/2024).", ("Selasa (9/7/2024)", "DATE", "2024-07-09")),
        ("rapat pada Senin (8/7).", ("Senin (8/7)", "DATE", "2024-07-08")),
        ("kata dia, Jumat, 12 Juli 2024.", ("Jumat, 12 Juli 2024", "DATE", "2024-07-12")),
        # a comma before the bracket too (scraped Tribun style): still one expression
        ("kata dia di Istana, Senin, (8/7/2024).", ("Senin, (8/7/2024)", "DATE", "2024-07-08")),
        ("Ia tiba Ahad lalu.", ("Ahad lalu", "DATE", "2024-07-07")),
        ("Ia tiba Kamis pekan lalu.", ("Kamis pekan lalu", "DATE", "2024-07-04")),
        # numeric and written dates
        ("Sidang pada 9/7/2024 ditunda.", ("9/7/2024", "DATE", "2024-07-09")),
        ("Sidang pada 09-07-2024 ditunda.", ("09-07-2024", "DATE", "2024-07-09")),
        ("Sidang pada 2024-07-09 ditunda.", ("2024-07-09", "DATE", "2024-07-09")),
        ("Ia lahir 9 Juli 2024 di sana.", ("9 Juli 2024", "DATE", "2024-07-09")),
        ("Harga naik sejak Juli 2024.", ("Juli 2024", "DATE", "2024-07")),
        ("Harga naik pada bulan Juni.", ("bulan Juni", "DATE", "2024-06")),
        ("Itu terjadi pada tahun 2022.", ("tahun 2022", "DATE", "2022")),
        ("Itu terjadi pada 2019.", ("2019", "DATE", "2019")),
        ("Pelantikan pada 17 Agustus mendatang.", ("17 Agustus mendatang", "DATE", "2024-08-17")),
        ("Ia datang 17 Agustus tahun lalu.", ("17 Agustus tahun lalu", "DATE", "2023-08-17")),
        ("Itu terjadi Mei lalu.", ("Mei lalu", "DATE", "2024-05")),
        ("Pilkada digelar November mendatang.", ("November mendatang", "DATE", "2024-11")),
        ("Era tahun 80-an berbeda.", ("tahun 80-an", "DATE", "198")),
        ("Pada kuartal III 2024 laba naik.", ("kuartal III 2024", "DATE", "2024-Q3")),
        ("Pada semester I 2024 laba naik.", ("semester I 2024", "DATE", "2024-H1")),
        ("Pada musim panas 2024 ia ke Eropa.", ("musim panas 2024", "DATE", "2024-SU")),
        ("Pada kuartal ini laba naik.", ("kuartal ini", "DATE", "2024-Q3")),
        # relative days, weeks, months, years
        ("Kemarin ia datang.", ("Kemarin", "DATE", "2024-07-09")),
        ("Ia datang kemarin lusa.", ("kemarin lusa", "DATE", "2024-07-08")),
        ("Ia datang lusa.", ("lusa", "DATE", "2024-07-12")),
        ("Ia datang besok.", ("besok", "DATE", "2024-07-11")),
        ("Ia datang hari ini.", ("hari ini", "DATE", "2024-07-10")),
        ("Ia datang pekan lalu.", ("pekan lalu", "DATE", "2024-W27")),
        ("Ia datang minggu ini.", ("minggu ini", "DATE", "2024-W28")),
        ("Ia datang pekan depan.", ("pekan depan", "DATE", "2024-W29")),
        ("Ia datang bulan lalu.", ("bulan lalu", "DATE", "2024-06")),
        ("Ia datang bulan depan.", ("bulan depan", "DATE", "2024-08")),
        ("Ia datang tahun lalu.", ("tahun lalu", "DATE", "2023")),
        ("Ia datang tahun ini.", ("tahun ini", "DATE", "2024")),
        ("Ia datang tahun mendatang.", ("tahun mendatang", "DATE", "2025")),
        ("Ia datang dua hari lalu.", ("dua hari lalu", "DATE", "2024-07-08")),
        ("Ia datang 3 hari yang lalu.", ("3 hari yang lalu", "DATE", "2024-07-07")),
        ("Ia datang dua pekan lalu.", ("dua pekan lalu", "DATE", "2024-W26")),
        ("Ia datang tiga bulan lalu.", ("tiga bulan lalu", "DATE", "2024-04")),
        ("Ia datang lima tahun silam.", ("lima tahun silam", "DATE", "2019")),
        ("Ia datang dua hari lagi.", ("dua hari lagi", "DATE", "2024-07-12")),
        ("Ia datang setahun lalu.", ("setahun lalu", "DATE", "2023")),
        ("Ia datang sepekan lalu.", ("sepekan lalu", "DATE", "2024-W27")),
        ("Ia datang beberapa waktu lalu.", ("beberapa waktu lalu", "DATE", "PAST_REF")),
        ("Ia datang beberapa hari lalu.", ("beberapa hari lalu", "DATE", "PAST_REF")),
        # spelled-out numbers
        ("Ia datang sebelas hari lalu.", ("sebelas hari lalu", "DATE", "2024-06-29")),
        ("Ia datang dua puluh lima tahun lalu.", ("dua puluh lima tahun lalu", "DATE", "1999")),
        ("Ia ditahan selama dua belas hari.", ("dua belas hari", "DURATION", "P12D")),
        ("Ia ditahan selama 5 (lima) tahun.", ("5 (lima) tahun", "DURATION", "P5Y")),
        # parts of periods (value = the period; the mod START/MID/END goes to TimeML output)
        ("Pada awal Juli 2024 ia pergi.", ("awal Juli 2024", "DATE", "2024-07")),
        ("Hingga akhir tahun 2024 ia bekerja.", ("akhir tahun 2024", "DATE", "2024")),
        ("Pada pertengahan Juni ia pergi.", ("pertengahan Juni", "DATE", "2024-06")),
        ("Pada penghujung tahun ini ia pergi.", ("penghujung tahun ini", "DATE", "2024")),
        ("Hingga akhir tahun ia bekerja.", ("akhir tahun", "DATE", "2024")),
        ("Pada akhir pekan lalu ia pergi.", ("akhir pekan lalu", "DATE", "2024-W27-WE")),
        ("Pada awal bulan depan ia pergi.", ("awal bulan depan", "DATE", "2024-08")),
        # durations
        ("Ia ditahan selama 7 jam.", ("7 jam", "DURATION", "PT7H")),
        ("Pertemuan itu 90 menit.", ("90 menit", "DURATION", "PT90M")),
        ("Gencatan senjata 30 hari disepakati.", ("30 hari", "DURATION", "P30D")),
        ("Perang tiga tahun berakhir.", ("tiga tahun", "DURATION", "P3Y")),
        ("Ia ditahan sebulan.", ("sebulan", "DURATION", "P1M")),
        ("Ia ditahan seminggu.", ("seminggu", "DURATION", "P1W")),
        ("Ia ditahan 1 jam 30 menit.", ("1 jam 30 menit", "DURATION", "PT1H30M")),
        ("Ia ditahan setengah jam.", ("setengah jam", "DURATION", "PT30M")),
        ("Ia ditahan bertahun-tahun.", ("bertahun-tahun", "DURATION", "PXY")),
        ("Dalam lima tahun terakhir harga naik.", ("lima tahun terakhir", "DURATION", "P5Y")),
        ("Dalam beberapa hari mendatang ia datang.", ("beberapa hari mendatang", "DURATION", "PXD")),
        # sets
        ("Rapat digelar setiap Senin.", ("setiap Senin", "SET", "XXXX-WXX-1")),
        ("Rapat digelar tiap minggu.", ("tiap minggu", "SET", "P1W")),
        ("Rapat digelar setiap hari.", ("setiap hari", "SET", "P1D")),
        ("Rapat digelar setiap tiga bulan.", ("setiap tiga bulan", "SET", "P3M")),
        ("Rapat digelar dua kali seminggu.", ("dua kali seminggu", "SET", "P1W")),
        ("Rapat digelar setiap pagi.", ("setiap pagi", "SET", "XXXX-XX-XXTMO")),
        ("Upacara setiap tanggal 17.", ("setiap tanggal 17", "SET", "XXXX-XX-17")),
        ("Biayanya Rp 5 juta per bulan.", ("per bulan", "SET", "P1M")),
        ("Biayanya Rp 1 miliar setahun.", ("setahun", "SET", "P1Y")),
        # vague
        ("Saat ini harga naik.", ("Saat ini", "DATE", "PRESENT_REF")),
        ("Harga sekarang naik.", ("sekarang", "DATE", "PRESENT_REF")),
        ("Itu untuk masa depan.", ("masa depan", "DATE", "FUTURE_REF")),
    ],
)
def test_forms(text: str, expected: tuple[str, str, str]) -> None:
    assert one(text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("3 Agt 2023", "2023-08-03"), ("3 Agu 2023", "2023-08-03"), ("5 Okt 2023", "2023-10-05"),
        ("1 Des 2023", "2023-12-01"), ("4 Nop 2023", "2023-11-04"), ("1 Jan 2024", "2024-01-01"),
        ("10 Ogos 2024", "2024-08-10"), ("3 Disember 2024", "2024-12-03"), ("2 Julai 2024", "2024-07-02"),
        ("12 Mac 2024", "2024-03-12"), ("5 Pebruari 2024", "2024-02-05"), ("5 Nopember 2024", "2024-11-05"),
        ("5 Sept. 2024", "2024-09-05"),
    ],
)  # fmt: skip
def test_month_variants(text: str, value: str) -> None:
    got = one(f"Pada {text} ia datang.")
    assert got == (text, "DATE", value)


@pytest.mark.parametrize(
    "text, span, value, tz",
    [
        ("Rapat pukul 10.00 WIB.", "pukul 10.00 WIB", "2024-07-10T10:00", "+07:00"),
        ("Rapat pukul 14:30 WITA.", "pukul 14:30 WITA", "2024-07-10T14:30", "+08:00"),
        ("Rapat pukul 08.00 WIT.", "pukul 08.00 WIT", "2024-07-10T08:00", "+09:00"),
        ("Rapat pukul 7 malam.", "pukul 7 malam", "2024-07-10T19:00", None),
        ("Rapat 19.30 WIB di sana.", "19.30 WIB", "2024-07-10T19:30", "+07:00"),
    ],
)
def test_clock_times(text: str, span: str, value: str, tz: str | None) -> None:
    (t,) = find_times(text, WED)
    assert (t.text, t.type, t.value, t.tz) == (span, "TIME", value, tz)


def test_clock_time_takes_the_date_of_its_sentence() -> None:
    text = "Acara dibuka Senin (8/7/2024) pukul 09.00 WIB."
    got = found(text)
    assert got == [
        ("Senin (8/7/2024)", "DATE", "2024-07-08"),
        ("pukul 09.00 WIB", "TIME", "2024-07-08T09:00"),
    ]


def test_clock_range_is_two_times() -> None:
    got = found("Buka pukul 10.00-12.00 WIB.")
    assert [g[2] for g in got] == ["2024-07-10T10:00", "2024-07-10T12:00"]


def test_parts_of_day() -> None:
    assert one("Ia tiba Kamis malam.", SUN) == ("Kamis malam", "TIME", "2025-03-13TNI")
    assert one("Ia tiba Senin pagi.") == ("Senin pagi", "TIME", "2024-07-08TMO")
    assert one("Harga turun pagi ini.") == ("pagi ini", "TIME", "2024-07-10TMO")
    assert one("Ia tiba tadi malam.") == ("tadi malam", "TIME", "2024-07-09TNI")
    assert one("Ia tiba kemarin sore.") == ("kemarin sore", "TIME", "2024-07-09TAF")


def test_year_ranges_are_two_dates() -> None:
    assert found("Ia menjabat 2012–2018.") == [("2012", "DATE", "2012"), ("2018", "DATE", "2018")]
    assert found("Ia menjabat tahun 2008 sampai 2012.") == [
        ("tahun 2008", "DATE", "2008"),
        ("2012", "DATE", "2012"),
    ]


def test_day_range_is_two_dates() -> None:
    assert found("Digelar 1-3 Juli 2024.") == [
        ("1", "DATE", "2024-07-01"),
        ("3 Juli 2024", "DATE", "2024-07-03"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Sebanyak 10.000 orang hadir.",
        "Dananya Rp 30 juta.",
        "Sesuai pasal 2 ayat 3.",
        "Surat No. 2024 dikirim.",
        "Naik 20 persen dan 2024 persen.",
        "Sebanyak 2024 orang hadir.",
        "Pilkada 2024 digelar serentak.",
        "Ia berusia 45 tahun.",
        "Sesuai UU Nomor 7 Tahun 2017.",
        "Ia salat Jumat di masjid.",
        "Kebutuhan sehari-hari naik.",
        "Skor 2-1 untuk tuan rumah.",
        "Jam tangan itu mahal.",
        "Nomor urut 2 dalam Pilpres 2024 kemarin.",
        "Ia menunggu 24 jam 7 hari.",
    ],
)
def test_no_misfires(text: str) -> None:
    got = found(text)
    assert all(t[1] == "DURATION" and "jam" in t[0] for t in got) if "24 jam" in text else got == []


def test_weekday_resolves_to_past_or_future_from_the_clause() -> None:
    assert one("Ia bertemu Putin pada Kamis.", SUN)[2] == "2025-03-13"
    assert one("Ia akan bertemu Putin pada Kamis.", SUN)[2] == "2025-03-20"
    assert one("Ia bertemu Putin Kamis depan.", SUN)[2] == "2025-03-20"
    assert one("Ia bertemu Putin Minggu.", SUN)[2] == "2025-03-16"
    assert one("Ia bertemu Putin Minggu lalu.", SUN)[2] == "2025-03-09"


def test_minggu_is_a_week_when_lowercase_or_sentence_initial() -> None:
    assert one("Ia datang minggu lalu.", SUN) == ("minggu lalu", "DATE", "2025-W10")
    assert one("Minggu lalu ia datang.", SUN) == ("Minggu lalu", "DATE", "2025-W10")


def test_reference_time_set_by_the_text() -> None:
    text = "Rabu kemarin, 3 Juli 2024, ia berkata bahwa hari ini cerah. Keesokan harinya ia pulang."
    got = found(text, dt.date(2024, 7, 5))
    assert got == [
        ("Rabu kemarin, 3 Juli 2024", "DATE", "2024-07-03"),
        ("hari ini", "DATE", "2024-07-03"),
        ("Keesokan harinya", "DATE", "2024-07-04"),
    ]


def test_deictic_word_in_a_quote_uses_the_attribution_date() -> None:
    text = "“Kami sudah bertemu kemarin,” kata Budi, Rabu (3/7/2024)."
    assert found(text)[0] == ("kemarin", "DATE", "2024-07-02")


def test_anaphoric_year() -> None:
    got = found("Ia masuk pada tahun 2019. Tahun berikutnya ia lulus.")
    assert got[1] == ("Tahun berikutnya", "DATE", "2020")


def test_anchor_is_recorded() -> None:
    (t,) = find_times("Ia datang kemarin.", WED)
    assert t.anchor == "2024-07-10"
    (t,) = find_times("Ia datang 9 Juli 2024.", WED)
    assert t.anchor is None


def test_without_publication_date_values_keep_placeholders() -> None:
    got = found(
        "Kemarin, pekan lalu, tahun lalu. Kamis, 9 Juli. Pada Kamis. Pukul 10.00 WIB. Pada 9 Juli 2024.", None
    )
    assert got == [
        ("Kemarin", "DATE", "XXXX-XX-XX"),
        ("pekan lalu", "DATE", "XXXX-WXX"),
        ("tahun lalu", "DATE", "XXXX"),
        ("Kamis, 9 Juli", "DATE", "XXXX-07-09"),
        ("Kamis", "DATE", "XXXX-WXX-4"),
        ("Pukul 10.00 WIB", "TIME", "XXXX-XX-XXT10:00"),
        ("9 Juli 2024", "DATE", "2024-07-09"),
    ]
    assert all(t.anchor is None for t in find_times("Kemarin ia datang.", None))


def test_published_as_string_and_datetime() -> None:
    assert find_times("kemarin", "2024-07-10")[0].value == "2024-07-09"
    assert find_times("kemarin", dt.datetime(2024, 7, 10, 9, 0))[0].value == "2024-07-09"
    assert find_times("kemarin", "not a date")[0].value == "XXXX-XX-XX"


def test_invalid_dates_are_skipped_not_crashing() -> None:
    assert found("Pada 31/2/2024 dan 32 Juli 2024.") == []


@pytest.mark.parametrize(
    "text",
    ["", " ", "\n\n", "((((", "Senin (", "pukul", "tahun", "setiap", "9/99/9999", "🙂 Kamis 🙂", "a" * 5000,
     "Selasa (9/7/2024" * 50, "\u0000\ufffd", "2024-13-45", "pukul 99.99 WIB", "Kamis" * 1000],
)  # fmt: skip
def test_robust_on_odd_input(text: str) -> None:
    for t in find_times(text, WED):
        assert 0 <= t.start < t.end <= len(text)
        assert text[t.start : t.end] == t.text


def test_seed_expectations(seed_text: str, seed_gold: dict) -> None:
    from warta.normalize import normalize

    text = normalize(seed_text).text
    got = {(t.text, t.value) for t in find_times(text, seed_gold["date"])}
    for want in seed_gold["times"]:
        assert (want["text"], want["value"]) in got
    by_text = {t.text: t for t in find_times(text, seed_gold["date"])}
    assert by_text["90 menit"].value == "PT90M" and by_text["90 menit"].type == "DURATION"
    assert by_text["30 hari"].value == "P30D" and by_text["30 hari"].type == "DURATION"
    assert by_text["tiga tahun"].value == "P3Y"
    assert by_text["Pekan lalu"].value == "2025-W10"


def test_mods_are_kept_for_timeml() -> None:
    (t,) = scan("Pada akhir Juli 2024 ia pergi.", WED)
    assert (t.value, t.mod) == ("2024-07", "END")


def test_component_on_the_pipeline() -> None:
    import warta

    text = "Presiden bertemu Putin pada hari Kamis, kata juru bicara, Minggu (16/3/2025). Gencatan senjata 30 hari."
    article = warta.analyze(text, published="2025-03-16")
    assert_spans_valid(article)
    got = [(t.text, t.type, t.value) for t in article.times]
    assert ("hari Kamis", "DATE", "2025-03-13") in got
    assert ("Minggu (16/3/2025)", "DATE", "2025-03-16") in got
    assert ("30 hari", "DURATION", "P30D") in got


def test_a_count_before_tahun_ini_is_an_age_not_this_year() -> None:
    assert found("Pria berusia 59 tahun ini diusulkan oleh Mahkamah Agung.") == []
    assert found("Tahun ini anggaran naik.") == [("Tahun ini", "DATE", "2024")]


def test_every_mid_month_and_every_month_are_sets() -> None:
    assert found("Data itu dirilis setiap tengah bulan.") == [("setiap tengah bulan", "SET", "P1M")]
    assert found("Neraca dirilis setiap tanggal 15 setiap bulannya.") == [
        ("setiap tanggal 15", "SET", "XXXX-XX-15"),
        ("setiap bulannya", "SET", "P1M"),
    ]


def test_bare_month_names_in_a_list_or_range_are_months() -> None:
    got = found("Bantuan disalurkan untuk periode Oktober, November, dan Desember.", dt.date(2025, 10, 20))
    assert [(t, v) for t, _, v in got] == [
        ("Oktober", "2025-10"),
        ("November", "2025-11"),
        ("Desember", "2025-12"),
    ]
    got = found(
        "Jadi dalam tiga bulan ini, Oktober, November, Desember, ada tambahan.", dt.date(2025, 10, 20)
    )
    assert [v for _, _, v in got if v.startswith("2025")] == ["2025-10", "2025-11", "2025-12"]
    # a lone capitalised month word with no cue stays a word (a name, an opener)
    assert found("Menurut Juni Astuti, rapat itu penting.", dt.date(2025, 10, 20)) == []


def test_the_end_of_this_month_still_to_come_is_this_month() -> None:
    got = one("Ia akan menarik anggaran jika akhir Oktober nanti tidak ada kemajuan.", dt.date(2025, 10, 17))
    assert got[2] == "2025-10"
    # a month already past in the year, with "mendatang", is next year's
    assert one("Rapat digelar Maret mendatang.", dt.date(2025, 10, 17))[2] == "2026-03"
