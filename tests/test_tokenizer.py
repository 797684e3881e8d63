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
    """speed_up changes how the affix rules are searched and lets plain words skip them; not the tokens."""
    import random

    from warta.language import DIGIT_ACRONYM, WartaIndonesian

    fast = WartaIndonesian().tokenizer
    slow = WartaIndonesian().tokenizer
    slow.prefix_search = slow.prefix_search.__self__.search  # what spaCy itself calls
    slow.suffix_search = slow.suffix_search.__self__.search
    slow.token_match = DIGIT_ACRONYM.match  # the language's own rule, without the plain-chunk short cut
    assert fast.prefix_search is not slow.prefix_search and fast.token_match is not None
    assert fast.suffix_search != slow.suffix_search
    rng = random.Random(7)
    alphabet = "ab.,'\"“”‘’<>-/()[]{}0123456789 ABRp%$…:;!?#@&*+=_ km°C'sS\n"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 40))) for _ in range(5000)]
    texts += ["Kata dia, <a href=x>y</a> rekan-rekan AS-Rusia Jl. Sudirman 9/7/2024 (Rp10.000,00)."]
    texts += ["a" + "." * n for n in range(1, 15)] + ["5" + "km" * n + "." * n for n in range(6)]
    texts += ["x" + "\n" * n for n in range(1, 14)]
    for text in texts:
        got = [(t.text, t.whitespace_) for t in fast(text)]
        assert got == [(t.text, t.whitespace_) for t in slow(text)], text


def test_a_full_word_before_a_stop_is_no_abbreviation():
    from warta.pipeline import get_nlp

    words = [t.text for t in get_nlp().make_doc("serta Wakil Wali Kota. Pasalnya, aturan itu.")]
    assert words[:6] == ["serta", "Wakil", "Wali", "Kota", ".", "Pasalnya"]
    assert "Kab." in [t.text for t in get_nlp().make_doc("Kab. Bandung")]


def _spacy_getters():
    """What spacy.vocab.create_vocab gives a language with Indonesian's lexical attributes."""
    import spacy

    return spacy.blank("id").vocab.lex_attr_getters


def _strings(rng, n):
    alphabet = "aAzZ09.,'\"`“”‘’«»‹›❮❯„‟‚‛<>-–—/()[]{}$€£Rp%…:;!?#@&*+=_~± éÉßİı²½١٣日本ǅ\u200b\n\t"
    out = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 12))) for _ in range(n)]
    out += ["".join(rng.choice(alphabet[:40]) for _ in range(rng.randint(100, 120))) for _ in range(50)]
    return out


_EDGE = """
    http://x https://a.b www. www.a .com a. a@b.co budi@kpu.go.id kpu.go.id detik.com/ a.b:80 a.xyzq
    localhost:8000/x x.com:80 '' `` Rp US$ Rp10.000 -5 +1,5 ±3 ~7 1/2 1/2/3 ke-3 ke-tiga Tiga SEPULUH
    dua-puluh tidak Tidak aaaaaaa AAAAAAA Xxxxxx 1234567 !!!!!!! éééééé ǅa İstanbul ² ½ ١٢ _ $ €€ $1 ...
    ..... — « » “ ❯ \u200b
"""
EDGE_WORDS = _EDGE.split() + ["a" * 99, "a" * 100]


def test_fast_lexical_attributes_equal_spacys():
    """Warta's getters (warta/lex_attrs.py) give spaCy's values: the models read NORM/PREFIX/SUFFIX/SHAPE."""
    import random

    from warta import lex_attrs
    from warta.language import WartaIndonesian

    ours = WartaIndonesian().vocab.lex_attr_getters
    theirs = _spacy_getters()
    assert set(ours) == set(theirs)
    assert any(getattr(f, "__module__", None) == lex_attrs.__name__ for f in ours.values())
    words = EDGE_WORDS + _strings(random.Random(11), 20000)
    words += [t.text for t in WartaIndonesian()(_NEWS_LIKE)]
    for attr, theirs_get in theirs.items():
        for w in words:
            assert ours[attr](w) == theirs_get(w), (attr, w)
            assert type(ours[attr](w)) is type(theirs_get(w)), (attr, w)


_NEWS_LIKE = (
    "JAKARTA, KOMPAS.com -- Ketua KPU Budi Santoso mengatakan, Rp1.500.000 dibagikan pada 17/8/2024 "
    "di Jl. Merdeka No. 5 (sekitar pukul 10.00 WIB). “Kami siap!” katanya lewat @kpu_ri dan www.kpu.go.id; "
    "rekan-rekan AS-Rusia, dua puluh lima orang, 25%, US$3 juta, e-mail: info@kpu.go.id ... selesai."
)


def test_lexemes_from_warta_and_spacy_vocabularies_agree():
    """Through spaCy's own Vocab (flags set from the values, strings added), token by token."""
    import spacy
    from spacy import attrs
    from spacy.lexeme import Lexeme

    from warta.language import WartaIndonesian

    ours = WartaIndonesian()
    theirs = spacy.blank("id")
    strings = ("lower_", "norm_", "shape_", "prefix_", "suffix_", "lang_")
    flags = [n.lower() for n in attrs.NAMES if n.startswith(("IS_", "LIKE_")) and hasattr(Lexeme, n.lower())]
    assert len(flags) >= 15
    for word in EDGE_WORDS + _NEWS_LIKE.split():
        a, b = ours.vocab[word], theirs.vocab[word]
        for key in strings + tuple(flags):
            assert getattr(a, key) == getattr(b, key), (word, key)
