from warta.language import blank
from warta.normalize import normalize
from warta.pipeline import run_doc


def words(text):
    return [t.text for t in blank()(text)]


def test_reduplication_and_abbreviations_stay_whole():
    toks = words("rekan-rekan berhari-hari dr. Budi di Jl. Sudirman No. 5, dll. AS-Rusia 9/7/2024")
    for w in ("rekan-rekan", "berhari-hari", "dr.", "Jl.", "No.", "dll.", "9/7/2024"):
        assert w in toks
    assert toks[-4:-1] == ["AS", "-", "Rusia"]


def test_an_acronym_with_digits_stays_whole():
    # spaCy's unit suffix would read "2K" as 2 kelvin and cut "TNP2K" in two
    assert words("Sekretaris TNP2K, G20 dan P3K naik.") == [
        "Sekretaris",
        "TNP2K",
        ",",
        "G20",
        "dan",
        "P3K",
        "naik",
        ".",
    ]


def test_punctuation_splits():
    assert words("“Kami siap,” katanya.") == ["“", "Kami", "siap", ",", "”", "katanya", "."]


def test_rekan_rekan_with_stray_space_is_one_token_in_the_original():
    t = "Tim bertemu dengan rekan -rekan dari Ukraina."
    n = normalize(t)
    doc = run_doc(n.text, None)
    spans = [t[slice(*n.span(tok.idx, tok.idx + len(tok)))] for tok in doc]
    assert "rekan -rekan" in spans


def test_sentences_on_news_text():
    t = "Presiden tiba di Jakarta. Ia disambut dr. Budi.\n“Kami siap,” katanya. Acara selesai pukul 10.00 WIB."
    n = normalize(t)
    doc = run_doc(n.text, None)
    sents = [n.text[a:b] for a, b in doc._.sentences]
    assert sents == [
        "Presiden tiba di Jakarta.",
        "Ia disambut dr. Budi.",
        "“Kami siap,” katanya.",
        "Acara selesai pukul 10.00 WIB.",
    ]


def test_fast_rules_give_the_tokens_of_spacys_own_rule_search():
    """speed_up changes how the prefix rules are searched and lets plain words skip them; not the tokens."""
    import random

    from warta.language import DIGIT_ACRONYM, WartaIndonesian

    fast = WartaIndonesian().tokenizer
    slow = WartaIndonesian().tokenizer
    slow.prefix_search = slow.prefix_search.__self__.search  # what spaCy itself calls
    slow.token_match = DIGIT_ACRONYM.match  # the language's own rule, without the plain-chunk short cut
    assert fast.prefix_search is not slow.prefix_search and fast.token_match is not None
    rng = random.Random(7)
    alphabet = "ab.,'\"“”‘’<>-/()[]{}0123456789 ABRp%$…:;!?#@&*+=_ "
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(5000)]
    texts += ["Kata dia, <a href=x>y</a> rekan-rekan AS-Rusia Jl. Sudirman 9/7/2024 (Rp10.000,00)."]
    for text in texts:
        got = [(t.text, t.whitespace_) for t in fast(text)]
        assert got == [(t.text, t.whitespace_) for t in slow(text)], text


def test_a_full_word_before_a_stop_is_no_abbreviation():
    from warta.pipeline import get_nlp

    words = [t.text for t in get_nlp().make_doc("serta Wakil Wali Kota. Pasalnya, aturan itu.")]
    assert words[:6] == ["serta", "Wakil", "Wali", "Kota", ".", "Pasalnya"]
    assert "Kab." in [t.text for t in get_nlp().make_doc("Kab. Bandung")]
