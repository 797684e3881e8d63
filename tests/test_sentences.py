"""The rule sentence splitter (warta/sentences.py) on hand-written Indonesian news-style text."""

import pytest

import warta.sentences  # noqa: F401  (registers warta_sentences)
from warta.language import blank
from warta.normalize import normalize


@pytest.fixture(scope="module")
def nlp():
    nlp = blank()
    nlp.add_pipe("warta_sentences")
    return nlp


def sents(nlp, text: str) -> list[str]:
    return [s.text.strip() for s in nlp(normalize(text).text).sents if s.text.strip()]


@pytest.mark.parametrize(
    "text, expected",
    [
        # plain stops, quotes and line breaks
        (
            "Gubernur meninjau pasar. Harga cabai turun.",
            ["Gubernur meninjau pasar.", "Harga cabai turun."],
        ),
        (
            "“Kami siap,” katanya. “Semua sudah disiapkan.” Rapat dimulai pukul 09.00 WIB.",
            ["“Kami siap,” katanya.", "“Semua sudah disiapkan.”", "Rapat dimulai pukul 09.00 WIB."],
        ),
        ("Banjir surut\nWarga kembali ke rumah.", ["Banjir surut", "Warga kembali ke rumah."]),
        # a question inside a quote followed by its speech verb stays one sentence
        (
            "“Siapa yang menyuruh?” tanya hakim kepada saksi.",
            ["“Siapa yang menyuruh?” tanya hakim kepada saksi."],
        ),
        # ellipsis before a lower-case word is a pause, not an end
        ("Ia diam... lalu pergi.", ["Ia diam... lalu pergi."]),
        # decimals and thousands
        (
            "Inflasi 2,5 persen. Nilai tukar Rp 16.250 per dolar.",
            ["Inflasi 2,5 persen.", "Nilai tukar Rp 16.250 per dolar."],
        ),
    ],
)
def test_basic_boundaries(nlp, text, expected):
    assert sents(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Acara dihadiri Tb. Rahmat dan Sdr. Yusuf di Jl. Merdeka.",
        "Kantornya di JL. Ahmad Yani nomor 4 dekat pasar.",
        "Ia dijerat Pasal 2 jo. Pasal 18 undang-undang itu.",
        "Kapolres Kombes Pol. Budi Santoso memimpin apel.",
        "Pj. Bupati Garut membuka acara itu.",
        "Ia meraih gelar Ph. D. di Belanda.",
        "Saham PT Bank Contoh Tbk. (BCTO) naik tajam.",
        "Kontrak dengan Contoh Energy Pte. Ltd. ditandatangani kemarin.",
        "Tanaman itu (Curcuma longa (Linn.) Val.) tumbuh di kebun.",
        "Nomor perkara 12/Pdt.G/2025/PN.Jkt disidangkan hari ini.",
    ],
)
def test_no_split_after_short_forms_and_inside_brackets(nlp, text):
    assert sents(nlp, text) == [text]


def test_numbered_list_markers_stay_with_their_item(nlp):
    text = "Syaratnya sebagai berikut:\n1. Kartu tanda penduduk.\n2. Surat keterangan sehat."
    assert sents(nlp, text) == [
        "Syaratnya sebagai berikut:",
        "1. Kartu tanda penduduk.",
        "2. Surat keterangan sehat.",
    ]
    assert sents(nlp, "Pemohon wajib: a. hadir sendiri; b. membawa berkas.") == [
        "Pemohon wajib: a. hadir sendiri; b. membawa berkas."
    ]


def test_final_abbreviations_and_units_end_before_a_capital(nlp):
    assert sents(nlp, "Pasar menjual beras, gula, dll. Pembeli ramai.") == [
        "Pasar menjual beras, gula, dll.",
        "Pembeli ramai.",
    ]
    assert sents(nlp, "Beratnya mencapai 40 kg. Petugas lalu menimbangnya lagi.") == [
        "Beratnya mencapai 40 kg.",
        "Petugas lalu menimbangnya lagi.",
    ]


def test_lowercase_start_after_a_full_word(nlp):
    # scraped comments and quotes often start a sentence in lower case
    assert sents(nlp, "Harga naik terus. kami tidak sanggup lagi membeli.") == [
        "Harga naik terus.",
        "kami tidak sanggup lagi membeli.",
    ]
    assert sents(nlp, "Ia lahir di Medan pada 1950. kemudian pindah ke Bandung.") == [
        "Ia lahir di Medan pada 1950.",
        "kemudian pindah ke Bandung.",
    ]
    # but not after a short form nor a web address split by a space
    for text in ("Rapat dihadiri 5 org. yang diundang.", "Baca beritanya di situs contoh. com hari ini."):
        assert len(sents(nlp, text)) == 1, text


def test_glued_paragraphs(nlp):
    assert sents(nlp, "Rapat ditutup sore tadi.KPK belum memberi keterangan.") == [
        "Rapat ditutup sore tadi.",
        "KPK belum memberi keterangan.",
    ]
    assert sents(nlp, "Ia menyebutnya “politik dagang sapi”.Sejak itu ia diam.") == [
        "Ia menyebutnya “politik dagang sapi”.",
        "Sejak itu ia diam.",
    ]


def test_opening_backquotes_start_a_sentence(nlp):
    assert sents(nlp, "Ia pulang. ``Di mana kamu?'' tanya ibunya.") == [
        "Ia pulang.",
        "``Di mana kamu?'' tanya ibunya.",
    ]


def test_every_token_has_a_boundary_value(nlp):
    doc = nlp("Satu. Dua.\n\nTiga")
    assert doc.has_annotation("SENT_START")
    assert [t.is_sent_start for t in doc] == [True, False, True, False, False, True]
    assert len(nlp("")) == 0
