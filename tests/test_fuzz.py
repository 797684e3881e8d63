"""Hypothesis over warta.analyze: any Unicode in, only Warta's own input errors out, text kept, spans in bounds."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import warta
from tests.conftest import assert_spans_valid
from warta.errors import WartaInputError

INDONESIAN = (
    "Presiden Joko Widodo mengatakan kepada wartawan di Jakarta, Selasa (9/7/2024), bahwa pemerintah "
    "akan membangun bendungan baru tahun depan. “Kami siap,” kata Menteri Basuki. "
)
pieces = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        ["“", "”", '"', "‘", "’", "«", "»", "\u200b", "\u00a0", "\u202e", "\u0000", "\ufeff", "\r\n", "\n\n"]
    ),
    st.sampled_from(
        [
            "Baca juga: ",
            "ADVERTISEMENT",
            "rekan -rekan",
            "kata dia.",
            "Senin (1/1/2024)",
            "🙂",
            "مرحبا",
            "שלום",
        ]
    ),
    st.just(INDONESIAN),
)


def check(text: str) -> None:
    try:
        article = warta.analyze(text, published="2024-07-10", force=True)
    except WartaInputError:
        return
    assert article.text == text
    assert_spans_valid(article)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(pieces, max_size=12).map("".join))
@example("\u202eî𨪡)^")  # a name candidate stripped to nothing (session 6)
def test_arbitrary_unicode_never_breaks_analysis(text):
    check(text)


@settings(max_examples=40, deadline=None)
@given(
    st.text(
        alphabet=st.characters(codec="utf-8", categories=["Cc", "Cf", "Zs", "Zl", "Zp", "So", "Mn"]),
        max_size=200,
    )
)
def test_control_format_and_symbol_characters(text):
    check(text)


def test_lone_surrogates_given_as_escapes():
    check(INDONESIAN + "\ud800 dan \udfff di sini." + INDONESIAN)


def test_one_megabyte_of_one_character():
    check("a" * (1024 * 1024))
    check("“" * (1024 * 1024))


def test_thousands_of_quote_marks():
    check(INDONESIAN + ("“kata” " * 3000) + "”" * 2000)
    check(('"' * 5000) + INDONESIAN)


def test_rtl_and_emoji_mixed_with_indonesian():
    check(INDONESIAN + "\u202eعربي\u202c 🙂🙂 " + INDONESIAN)
