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
