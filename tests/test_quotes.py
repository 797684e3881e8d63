"""Quote component: shapes of attribution, speaker resolution, robustness (fixtures written by us)."""

from __future__ import annotations

import pytest

import warta
from tests.conftest import assert_spans_valid
from warta.pipeline import run_doc


def analyze(text: str, published: str | None = None):
    """warta.analyze with force: short fixtures can look Malay to the language detector."""
    return warta.analyze(text, published=published, force=True)


ARTICLE = (
    "Menteri Perhubungan Rina Kartika Sari meninjau Pelabuhan Tanjung Emas pada Senin (3/3/2025).\n"
    "“Kami ingin antrean truk di pelabuhan ini selesai sebelum Lebaran,” kata Rina di Semarang.\n"
    "“Petugas tambahan sudah kami siapkan sejak pekan lalu.”\n"
    "Rina mengatakan kepada wartawan bahwa jumlah kapal yang bersandar naik dua kali lipat.\n"
    "Menurut dia, pemerintah daerah juga harus ikut mengatur jadwal kedatangan truk.\n"
    "“Kalau semua pihak bekerja sama, saya yakin semuanya lancar,” tambahnya.\n"
    "Rina menolak untuk menjawab pertanyaan tentang biaya proyek tersebut.\n"
    "Sementara itu, seorang pejabat pelabuhan mengatakan antrean sudah berkurang sejak pagi tadi."
)


@pytest.fixture(scope="module")
def article():
    return analyze(ARTICLE, published="2025-03-04")


def test_shapes_and_speakers(article):
    assert_spans_valid(article)
    qs = article.quotes
    contents = [q.content.text for q in qs]
    assert any(c.startswith("Kami ingin antrean truk") for c in contents)
    assert any("jumlah kapal yang bersandar" in c for c in contents)
    assert any(c.startswith("pemerintah daerah juga harus") for c in contents)
    assert any(c.startswith("Kalau semua pihak bekerja sama") for c in contents)
    assert not any("menjawab pertanyaan" in c for c in contents)  # intention verb, no quote
    named = [q for q in qs if q.speaker_name]
    assert named and all("Rina" in q.speaker_name for q in named)
    # the run “…,” kata Rina. “…” is one record, and its content has no quote marks at the ends
    first = next(q for q in qs if q.content.text.startswith("Kami ingin"))
    assert "Petugas tambahan" in first.content.text
    assert not first.content.text.startswith("“") and first.direct
    # pronoun and clitic speakers point at the same entity and were added to its mentions
    clitic = next(q for q in qs if q.cue and q.cue.text == "tambahnya")
    assert clitic.speaker == first.speaker
    ent = next(e for e in article.entities if e.id == first.speaker)
    assert any(m.text == "tambahnya" for m in ent.mentions)
    # an unnamed source has no speaker
    unnamed = next(q for q in qs if "antrean sudah berkurang" in q.content.text)
    assert unnamed.speaker is None and unnamed.speaker_name is None
    assert [q.id for q in qs] == [f"Q{i + 1}" for i in range(len(qs))]


def test_indirect_has_no_quote_marks_and_cue(article):
    q = next(q for q in article.quotes if "jumlah kapal" in q.content.text)
    assert q.cue is not None and q.cue.text == "mengatakan" and not q.direct


@pytest.mark.parametrize(
    "text",
    [
        "“Kami belum selesai,” kata Budi Santoso. “Ini kalimat tanpa penutup",  # unbalanced
        "Budi berkata ” terbalik “ lalu “ “ kosong ” ” ganda.",  # reversed and doubled marks
        "“Dia bilang ‘jangan pergi’ kepada saya,” ujar Sari Dewi.",  # nested single quotes
        "“Ini Judul Berita dengan Kutipan,” Kata Menteri\nMenteri Budi Santoso meresmikan jembatan itu.",
        "“",
        "”",
        "“”",
        "Tanpa kutipan sama sekali di sini.",
        "“Kalimat pertama yang panjang sekali tanpa pembicara sama sekali di sini.”",  # no cue, no context
    ],
)
def test_robust_no_crash_and_valid_spans(text):
    a = analyze(text, published="2025-01-01")
    assert_spans_valid(a)
    for q in a.quotes:
        assert q.content.text.strip()
        assert 0 <= q.sentence < max(1, len(a.sentences))


def test_headline_quote_is_not_a_statement():
    text = "“Kami Siap Bertanding” Kata Pelatih\nPelatih tim nasional Andi Wijaya memimpin latihan pagi ini."
    a = analyze(text)
    assert not any("Kami Siap" in q.content.text for q in a.quotes)


def test_bare_quote_takes_the_previous_speaker():
    text = (
        "“Harga beras akan turun bulan depan,” kata Dewi Lestari di Jakarta.\n"
        "Ia berbicara di depan para pedagang pasar.\n"
        "“Stok di gudang kami cukup untuk enam bulan ke depan.”"
    )
    a = analyze(text)
    bare = [q for q in a.quotes if q.content.text.startswith("Stok di gudang")]
    assert bare and bare[0].cue is None and bare[0].speaker_name and "Dewi" in bare[0].speaker_name


def test_multi_paragraph_quote_is_one_record():
    text = (
        "“Kami akan membangun tiga sekolah baru tahun ini.\n"
        "“Dananya berasal dari anggaran daerah dan bantuan pusat,” kata Bupati Agus Salim."
    )
    a = analyze(text)
    assert len(a.quotes) == 1
    q = a.quotes[0]
    assert q.content.text.startswith("Kami akan membangun") and "Dananya" in q.content.text
    assert "Agus" in (q.speaker_name or "")


def test_forty_quotes_in_one_article():
    paras = [
        f"“Pernyataan nomor {i} ini cukup panjang untuk dikutip,” kata Juru Bicara Andi Wijaya."
        for i in range(40)
    ]
    a = analyze("\n".join(paras))
    assert_spans_valid(a)
    assert len(a.quotes) == 40
    assert len({q.speaker for q in a.quotes}) == 1


def test_component_on_an_empty_doc():
    doc = run_doc("", None)
    assert doc._.quotes == []


def test_a_legislator_named_with_chamber_and_faction():
    """ "Anggota DPR RI dari Fraksi Partai X (X) Name": the whole stack is the speaker's title, the
    speaker is the person (LEG), and the statement starts after the comma."""
    text = (
        "Penanganan banjir dinilai lamban.Menurut Anggota DPR RI dari Fraksi Partai Keadilan Sejahtera (PKS) "
        "Dodi Kurniawan, pemerintah terlalu lamban menyalurkan bantuan kepada warga.\n"
        '"Kami akan memanggil menteri pekan depan," kata anggota DPR dari Fraksi PKS Dodi Kurniawan.'
    )
    art = analyze(text, published="2025-03-04")
    assert_spans_valid(art)
    dodi = next(e for e in art.entities if e.name == "Dodi Kurniawan")
    assert (dodi.country, dodi.sector) == ("IDN", "LEG")
    assert dodi.titles[0] == "Anggota DPR RI dari Fraksi Partai Keadilan Sejahtera"
    first, second = art.quotes
    assert first.content.text == "pemerintah terlalu lamban menyalurkan bantuan kepada warga"
    assert (first.speaker, first.speaker_name) == (dodi.id, "Dodi Kurniawan")
    assert (second.speaker, second.speaker_name) == (dodi.id, "Dodi Kurniawan")


def test_an_organisation_speaks_by_its_name_or_through_its_record():
    text = (
        "“Harga beras akan turun bulan depan,” kata Dewi Lestari di Jakarta.\n"
        "Ekonomi Indonesia tumbuh lima persen tahun ini, kata Bank Dunia dalam laporan terbarunya.\n"
        "Menurut data PPATK, transaksi mencurigakan naik dua kali lipat dibanding tahun lalu.\n"
        "Menurut hasil survei Litbang Kompas, kepuasan publik terhadap pemerintah mencapai 75 persen.\n"
        "Menurut data terbaru, harga cabai di pasar tradisional naik tajam pekan ini."
    )
    a = analyze(text)
    by_start = {q.content.text.split()[0]: q for q in a.quotes}
    assert by_start["Harga"].speaker_name == "Dewi Lestari"
    # the body itself, never the previous speaker
    assert by_start["Ekonomi"].speaker_name == "Bank Dunia"
    assert by_start["Ekonomi"].speaker_mention.text == "Bank Dunia"
    assert by_start["transaksi"].speaker_name == "PPATK"
    assert by_start["kepuasan"].speaker_mention.text == "Litbang Kompas"
    assert by_start["harga"].speaker is None  # no body named: an unnamed source


def test_a_body_of_a_place_is_no_person_and_not_the_previous_speaker():
    text = (
        "Mobil dinas Ketua DPRD Bantaeng, Sulawesi Selatan (Sulsel), Budi Santoso ternyata menunggak pajak. "
        "Sekretariat DPRD (Setwan) Bantaeng mengaku sudah menelusuri tunggakan itu ke kantor Samsat."
    )
    (quote,) = analyze(text, published="2025-09-20").quotes
    assert quote.speaker is None and quote.speaker_mention.text == "Sekretariat DPRD (Setwan) Bantaeng"


def test_portfolio_and_body_words_after_a_title_are_not_the_speakers_name():
    text = (
        "Defisit anggaran tahun ini masih terkendali, kata Direktur Jenderal Anggaran Kemenkeu Luky Alfirman.\n"
        "“Kami tetap berhati-hati,” ujar Gubernur BI Perry Warjiyo di Jakarta.\n"
        "Menteri Agama Republik Indonesia Yaqut Cholil Qoumas mengatakan kuota haji bertambah tahun ini."
    )
    names = [q.speaker_name for q in analyze(text, published="2025-08-01").quotes]
    assert names == ["Luky Alfirman", "Perry Warjiyo", "Yaqut Cholil Qoumas"]


def test_a_foreign_ministry_speaks_with_its_whole_name():
    text = "Kementerian Kesehatan Gaza menyatakan bahwa pasukan Israel menyerang sebuah sekolah di kamp pengungsi."
    a = analyze(text, published="2025-10-01")
    (quote,) = a.quotes
    assert quote.speaker_name == "Kementerian Kesehatan Gaza"
    assert quote.speaker_mention.text == "Kementerian Kesehatan Gaza"
    ministry = next(e for e in a.entities if e.id == quote.speaker)
    assert ministry.country == "PSE"  # not Indonesia's Kementerian Kesehatan


def test_a_name_set_off_after_a_title_is_the_speaker():
    text = (
        '"Inflasi akan naik," kata Ketua The Fed, Jerome Powell dikutip dariReuters, Kamis (19/6/2025).\n'
        "“Kami menguji Satgas itu,” kata Wakil Ketua LP3HI, Kurniawan Adi Nugroho kepada wartawan, Minggu."
    )
    quotes = analyze(text, published="2025-06-20").quotes
    assert [(q.speaker_name, q.speaker_mention.text) for q in quotes] == [
        ("Jerome Powell", "Jerome Powell"),
        ("Kurniawan Adi Nugroho", "Kurniawan Adi Nugroho"),
    ]


def test_a_long_title_or_a_descriptor_set_off_by_commas_before_the_name():
    text = (
        "Menurut Pelaksana Tugas (Plt) Direktur Jenderal (Dirjen) Mineral dan Batu Bara Kementerian Energi "
        "dan Sumber Daya Mineral (ESDM) Rudi Hartono, pembahasan izin tambang berlanjut pekan depan.\n"
        "Menurut pengamat pemilu dari Universitas Gadjah Mada (UGM) Yogyakarta, Sri Wahyuni, sengketa itu "
        "akan selesai sebelum pelantikan.\n"
        "“Omong kosong, jangan banyak komentar lagi,” kata Habib di Kompleks Parlemen, Jakarta, Rabu (12/6)."
    )
    quotes = analyze(text, published="2025-06-20").quotes
    assert [q.speaker_name for q in quotes] == ["Rudi Hartono", "Sri Wahyuni", "Habib"]
    assert quotes[1].content.text.startswith("sengketa itu")


def test_a_pronoun_with_no_one_before_it_has_no_speaker_and_a_sentence_opener_is_no_name():
    text = "Harga naik lagi. Menurut dia, dampak tarif masih besar.\nMenurut Budi, dampak tarif akan terasa lama."
    a = analyze(text, published="2025-06-20")
    assert [q.speaker_name for q in a.quotes] == [None, "Budi"]
    assert [e.name for e in a.entities] == ["Budi"]


def test_a_common_noun_that_opens_the_sentence_is_an_unnamed_source():
    text = "Pemerintah menyiapkan dana talangan. Dokumen juga menyebut kondisi aset BPJS diperkirakan membaik tahun depan."
    a = analyze(text, published="2025-06-20")
    assert [(q.speaker, q.speaker_mention.text) for q in a.quotes] == [(None, "Dokumen")]
    assert not any(e.name == "Dokumen" for e in a.entities)


def test_a_pronoun_after_a_quote_of_several_sentences_is_the_subject_before_it():
    text = (
        "Arie Putra berkata bahwa dinasti politik sah saja. "
        "Bahkan, Anies Baswedan ikut menyinggung soal itu dengan analogi kopi. "
        '"Kopi tubruk adalah hak. Minum kopi pagi adalah nilai. Jangan tubruk yang lain," cuit dia di akun X.'
    )
    (_, quote) = analyze(text, published="2024-06-07").quotes
    assert quote.speaker_name == "Anies Baswedan"


def test_a_name_inside_a_clause_is_not_the_subject_a_pronoun_refers_to():
    text = (
        '"Kita calonkan dia karena peduli," kata Hasbi di Jakarta. Hasbi mengungkapkan banyak keluhan warga. '
        "Ia mengatakan ketika Anies masih menjabat, bantuan lancar. "
        '"Dulu musala dapat bantuan. Hari ini dipotong," kata dia.'
    )
    quotes = analyze(text, published="2024-06-14").quotes
    assert quotes[-1].speaker_name == "Hasbi"


def test_a_bare_title_no_one_holds_is_unnamed_and_a_title_of_the_president_is_him():
    text = (
        "Suhendra didakwa membunuh Sri di Jakarta Utara. "
        "Jaksa mengatakan Suhendra memukul korban berkali-kali. "
        "Presiden Joko Widodo meninjau lokasi. Kepala Negara mengatakan pemerintah akan membantu keluarga korban. "
        '"Tidak masalah," kata mantan wali kota Solo itu.'
    )
    quotes = analyze(text, published="2024-07-08").quotes
    assert [q.speaker_name for q in quotes] == [None, "Joko Widodo", "Joko Widodo"]
    assert quotes[-1].speaker_mention.text == "mantan wali kota Solo itu"


def test_a_name_inside_a_quote_is_not_the_subject_a_later_pronoun_refers_to():
    text = (
        "Pendiri Kolaborasi Warga Jakarta, Andi Sinulingga, menilai dukungan itu rezeki. "
        '"Kata Adam Malik, semua urusan gampang selagi mau bercakap-cakap," imbuhnya. '
        '"Lebih besar peluang Anies bersama PDI-P," kata dia.'
    )
    quotes = analyze(text, published="2024-07-08").quotes
    assert [q.speaker_name for q in quotes][-2:] == ["Andi Sinulingga", "Andi Sinulingga"]


def test_a_title_phrase_runs_over_a_bracketed_short_form_to_its_demonstrative():
    text = (
        "Menteri Desa Gus Halim menyambut usul itu. "
        '"Semoga ini jadi awal yang baik," kata profesor kehormatan Universitas Negeri Surabaya (Unesa) itu.'
    )
    (quote,) = [q for q in analyze(text, published="2024-07-08").quotes if q.direct]
    assert quote.speaker_mention.text == "profesor kehormatan Universitas Negeri Surabaya (Unesa) itu"
    assert quote.speaker_name == "Gus Halim"


def test_a_one_word_speaker_name_does_not_grow_over_the_place_before_it():
    text = (
        "Plt Sekretaris DPRD (Sekwan) Bantaeng Saharuddin mengatakan pihaknya sudah membayar tunggakan itu. "
        '"Kami sudah bayar semuanya," ujar Saharuddin kepada wartawan, Senin (20/10/2025).'
    )
    art = warta.analyze(text, published="2025-10-21")
    assert [q.speaker_name for q in art.quotes if q.direct] == ["Saharuddin"]


def test_a_record_pointed_back_to_is_no_speaker():
    text = (
        '"Lautan menyerap separuh karbon," kata Ko Barrett, Wakil Ketua IPCC, dalam jumpa pers. '
        "Namun, menurut laporan tersebut, penyerap karbon ini kini mungkin terganggu."
    )
    quotes = analyze(text, published="2025-10-20").quotes
    assert quotes[0].speaker_name == "Ko Barrett"
    report = [q for q in quotes if q.content.text.startswith("penyerap")]
    assert report and report[0].speaker is None


def test_a_lower_case_descriptor_before_a_name_after_the_cue_keeps_the_name():
    text = (
        '"Ini pernah digugat orang ke MK," ucap Arie Putra. "Meaning?" tanya balik Pandji. '
        '"Kan itu hak warga negara," tanya host Budi Adiputro. "Cringe abis," celetuk warganet.'
    )
    names = [q.speaker_name for q in analyze(text, published="2024-06-06").quotes]
    assert names == ["Arie Putra", "Pandji", "Budi Adiputro", None]


def test_a_speaker_after_a_numbered_commission_and_its_chamber():
    """ "kata Wakil Ketua Komisi XIII DPR RI Name": the person is the speaker, with the whole stack as
    title; the chamber's mention ("DPR RI") is not stretched over the name."""
    text = (
        '"Kami minta segera dibentuk panja," kata Wakil Ketua Komisi XIII DPR RI Andreas Leo Pareira '
        "di Gedung DPR, Senayan, Jakarta, Kamis (16/10/2025).\n"
        "Leo mengatakan pihaknya kerap menerima keluhan soal lapas."
    )
    art = analyze(text, published="2025-10-16")
    assert_spans_valid(art)
    person = next(e for e in art.entities if "Leo" in e.name)
    assert (person.country, person.sector) == ("IDN", "LEG")
    assert person.titles == ["Wakil Ketua Komisi XIII DPR RI"]
    assert [q.speaker_name for q in art.quotes] == ["Andreas Leo Pareira", "Andreas Leo Pareira"]
    name_at = text.index("Andreas")
    assert not any(
        m.start < name_at + len("Andreas Leo Pareira") and name_at < m.end
        for e in art.entities
        if e.type != "PER"
        for m in e.mentions
    )
    # a speaker phrase that ends inside a body's mention: the name is not trimmed to nothing
    bank = analyze(
        '"Kami optimistis pasar tetap tumbuh tahun ini," kata DBS Bank Ltd (Bank DBS).', "2025-07-01"
    )
    assert [q.speaker_name for q in bank.quotes] == ["Bank DBS"]


def test_menurut_name_then_title_in_apposition_the_statement_starts_after_the_title():
    """ "Menurut Nama, Kepala ... Komdigi, pemerintah ...": the title set off by commas belongs to the
    speaker, not to what was said."""
    text = (
        "Penipuan daring terus meningkat. Menurut Rina Hartati, Kepala Pusat Literasi Digital Komdigi, "
        "pemerintah terus mendorong kerja sama dengan platform e-commerce untuk melindungi konsumen.\n"
        "Menurut Budi Santoso, harga beras di pasar induk mulai turun pekan ini."
    )
    a = analyze(text, published="2025-03-04")
    assert_spans_valid(a)
    first, second = a.quotes
    assert first.speaker_name == "Rina Hartati"
    assert first.content.text.startswith("pemerintah terus mendorong kerja sama")
    assert second.content.text.startswith("harga beras di pasar induk")


def test_a_person_in_a_di_mana_clause_does_not_take_over_the_next_pronoun():
    """ "Di mana Ketua Umum X menyampaikan pidato. Menurutnya, ...": a relative clause set off as a
    sentence tells where; the one still speaking is the analyst quoted before."""
    text = (
        "Pengamat politik Rudi Hartono menilai partai itu ingin menjauhkan presiden dari koalisi. "
        '"Kami melihat ada upaya untuk memisahkan mereka," kata Rudi di Jakarta. '
        "Itu semua, kata dia, terlihat dari rapat kerja nasional partai beberapa waktu lalu. "
        "Di mana Ketua Umum DPP PDIP Megawati Soekarnoputri menyampaikan pidato. "
        "Menurutnya, dalam pidato itu Megawati hanya menujukan kritik kepada presiden."
    )
    a = analyze(text, published="2024-06-01")
    last = a.quotes[-1]
    assert last.content.text.startswith("dalam pidato itu Megawati")
    assert last.speaker_name == "Rudi Hartono"


def test_netizens_comment_and_condemn_after_a_quote_they_are_no_earlier_speaker():
    text = (
        "Podcast itu ramai dibicarakan warganet.\n"
        '"Dua orang itu sok hebat dan ternyata keliru besar!" kecam warganet.\n'
        '"Untung begitu ke pak Anies, kalau ke paslon lain mungkin berbeda," komentar warganet.\n'
        '"Saya tidak pernah bilang begitu," balas Budi Adiputro.\n'
        '"Susah memang bicara dengan dua orang itu," kritik warganet.\n'
        "Dengan kata lain, kritik terhadap lembaga negara tidak bisa dijerat pasal penghinaan."
    )
    a = analyze(text, published="2024-06-06")
    assert [(q.cue.text, q.speaker_name) for q in a.quotes] == [
        ("kecam", None),
        ("komentar", None),
        ("balas", "Budi Adiputro"),
        ("kritik", None),
    ]


def test_a_pronoun_speaker_is_not_a_person_named_inside_the_quote_itself():
    text = (
        "Hal ini diungkapkan juru bicara Prabowo Subianto, Dahnil Anzar Simanjuntak lewat akun media sosialnya. "
        '"Pak Prabowo akan menerapkan politik tetangga baik," katanya, Rabu (5/6/2024).'
    )
    a = analyze(text, published="2024-06-05")
    (q,) = a.quotes
    assert q.speaker_name == "Dahnil Anzar Simanjuntak"


def test_a_title_speaker_naming_a_body_is_not_the_holder_of_another_bodys_title():
    """ "ujar eks Ketua KPU Jawa Tengah tersebut": the chair of the committee in parliament said nothing
    here; the KPU official quoted last did (every capitalised word of a title phrase that is no title
    word must be in the holder's story)."""
    text = (
        '"Rapat akan digelar pekan depan," kata Ketua Komisi II DPR RI Rizal Hakim di Jakarta. '
        '"Kami memperbaiki aplikasi itu," ujar anggota KPU RI, Dewi Kartikasari, di Jakarta. '
        '"Petugas sudah kami latih ulang," ujar eks Ketua KPU Jawa Tengah tersebut.'
    )
    a = analyze(text, published="2024-06-05")
    assert [q.speaker_name for q in a.quotes] == ["Rizal Hakim", "Dewi Kartikasari", "Dewi Kartikasari"]


def test_pihaknya_is_the_speakers_side_and_a_bare_polisi_no_person():
    text = (
        "Kapolres Bogor AKBP Rio Wahyu Anggoro mengatakan pelaku sudah ditangkap. "
        "Pihaknya menegaskan bahwa penyelidikan terus berjalan. "
        "Polisi menyebut rekaman CCTV sudah diperiksa."
    )
    a = analyze(text, published="2025-06-01")
    assert [q.speaker_name for q in a.quotes] == ["Rio Wahyu Anggoro", "Rio Wahyu Anggoro", None]
    assert not {"Pihaknya", "Polisi"} & {e.name for e in a.entities}


def _said(text: str) -> list[tuple[str | None, str | None, str]]:
    a = analyze(text, published="2025-10-21")
    assert_spans_valid(a)
    return [(q.speaker_name, q.cue.text if q.cue else None, q.content.text) for q in a.quotes]


def test_a_statement_told_first_and_attributed_after_it_is_the_speakers():
    # "Hal tersebut diungkapkan X": the paragraph before is what X said
    said = _said(
        "Sebelumnya, Menteri Perindustrian Bambang Wirawan akan mewajibkan pejabat memakai mobil buatan dalam"
        " negeri. Mobil tersebut akan menjadi kendaraan dinas resmi.\n"
        "Hal tersebut diungkapkan Bambang saat memberikan arahan di Jakarta, Senin (20/10)."
    )
    assert (
        said
        == [
            ("Bambang Wirawan", "diungkapkan", said[0][2]),
        ]
        and said[0][2].startswith("Sebelumnya, Menteri")
        and said[0][2].endswith("kendaraan dinas resmi")
    )
    # "hal itu disebut X" (disebut only with a back-reference) and the active "X mengungkapkan hal itu …"
    said = _said(
        "Ada 40 investor yang sudah menandatangani kerja sama pembangunan kawasan industri. Dikutip dari"
        " kantor berita, hal itu disebut Kepala Otorita Kawasan, Hendra Wijaya dalam sebuah forum."
    )
    assert [(s[0], s[1]) for s in said] == [("Hendra Wijaya", "disebut")] and said[0][2].startswith("Ada 40")
    said = _said(
        "Dosen itu menunggu di depan kelas. Korban terjatuh dari lantai empat gedung kampus pada pagi hari.\n"
        "Kepala Seksi Humas Polresta, Kompol Made Arsana, mengungkapkan hal itu berdasarkan keterangan saksi."
    )
    assert [(s[0], s[1], s[2][:13]) for s in said] == [("Made Arsana", "mengungkapkan", "Dosen itu men")]
    # mid-paragraph only the sentence before, unless it goes on from the one before it
    said = _said(
        "Rapat digelar sejak pagi di gedung dewan. Sebelumnya, Hasan Basri mengomentari rencana kenaikan"
        " tarif air bersih di kota itu. Hal ini disampaikan Hasan di sela kunjungannya."
    )
    assert [(s[0], s[2][:20]) for s in said] == [("Hasan Basri", "Sebelumnya, Hasan Ba")]
    said = _said(
        "Rapat digelar sejak pagi di gedung dewan. Sementara itu, Hasan Basri mengomentari rencana kenaikan"
        " tarif air bersih di kota itu. Hal ini disampaikan Hasan di sela kunjungannya."
    )
    assert [(s[0], s[2][:20]) for s in said] == [("Hasan Basri", "Sementara itu, Hasan")]  # no going on
    # not the subject of what is said ("menyebut hal ini tidak bisa …", "menilai hal ini sebagai …"), not
    # a passive "disebut" with no back-reference, not a clitic speaker
    said = _said("Rina Kartika menyebut hal ini tidak bisa dianggap remeh oleh semua pihak di daerah.")
    assert said[0][2].startswith("hal ini tidak bisa")
    said = _said("Rina Kartika menilai hal ini sebagai pelanggaran serius terhadap aturan yang berlaku.")
    assert said[0][2].startswith("hal ini sebagai pelanggaran")
    assert _said("Korban juga disebut sempat duduk di kursi panjang. Rapat digelar di Jakarta.") == []
    assert _said("Anggaran itu naik dua kali lipat tahun ini. Hal ini disampaikannya seusai rapat.") == []


def test_more_cue_shapes_baginya_bilang_proposals_and_a_connective_before_kata():
    said = _said(
        "Ketua DPP Partai Maju Sugeng Hartono hadir di Senayan. Baginya, Jakarta akan tetap menjadi pusat"
        " ekonomi dan membutuhkan pemimpin yang cakap. Bagi warga, program ini sangat membantu sehari-hari."
    )
    assert [(s[0], s[1]) for s in said] == [("Sugeng Hartono", "Baginya")]
    said = _said(
        "Kepala Staf Budi Santoso hadir. Mantan panglima itu bilang aturan iuran itu juga belum terbit."
    )
    assert [(s[1], s[2]) for s in said] == [("bilang", "aturan iuran itu juga belum terbit")]
    said = _said(
        "Sarmin hadir di Senayan. Dia pun mengusulkan anggota DPR dapat ikut membeli mobil buatan lokal."
    )
    assert [(s[0], s[1]) for s in said] == [("Sarmin", "mengusulkan")]
    # a proposal of a figure or a noun phrase is no statement; a preposition before "tak" is no subject
    assert (
        _said("Kementerian Keuangan mengusulkan pagu anggaran sebesar Rp 52 triliun untuk operasional.") == []
    )
    said = _said("Anggota dewan Riswan mengusulkan anggaran untuk tahapan pemilu tahun depan dikecilkan.")
    assert [(s[1], s[2][:8]) for s in said] == [("mengusulkan", "anggaran")]
    assert _said("Tentara Zionis melanjutkan kejahatannya terhadap warga tak berdaya di kota itu.") == []
    said = _said(
        "Prabowo Subianto hadir di Istana. Selain itu kata Prabowo, pihaknya juga membentuk tim khusus."
    )
    assert [(s[1], s[2]) for s in said] == [("kata", "pihaknya juga membentuk tim khusus")]
    assert (
        _said("Adapun pesan kedua yang disampaikan Presiden adalah pentingnya perdamaian dan toleransi.")
        == []
    )
    # a cue inside another statement's content is part of what is reported
    said = _said(
        "Kapolda menggelar jumpa pers. Namun demikian, kata Suharyono, berdasarkan keterangan saksi kunci,"
        " Afif sudah menyatakan niat terjun ke sungai untuk menghindari polisi."
    )
    assert [(s[0], s[1]) for s in said] == [("Suharyono", "kata")]


def test_an_outlets_dateline_is_no_speaker_for_a_pronoun():
    said = _said(
        "Suara.com - Anggota Komisi II DPR RI dari Fraksi Partai Maju memiliki usulan soal politik uang."
        " Ia mengusulkan agar politik uang dilegalkan dalam penyelenggaraan pemilu."
    )
    assert said and said[0][1] == "mengusulkan" and said[0][0] != "Suara.com"


def test_a_pronoun_speaker_is_not_someone_who_died_nor_one_in_the_speakers_reason():
    said = _said(
        "Anggota DPRD Sleman Rudi Hartono mengatakan kursi itu harus segera diisi. Ia menyampaikan, mestinya"
        " Sri Wahyuni yang kemudian dilantik. Sebab, Sri Wahyuni menduduki peringkat kedua dalam seleksi."
        " Sementara, peringkat pertama, Joko Prasetyo meninggal dunia."
        " \u201cYang cadangan pertama meninggal dunia, jadi yang naik Sri Wahyuni,\u201d ucapnya."
    )
    assert [s[0] for s in said] == ["Rudi Hartono"] * 3, said


def test_the_named_doer_of_a_passive_that_opens_the_sentence_is_the_next_pronouns_antecedent():
    said = _said(
        "\u201cKawasan ini akan menjadi pusat ekonomi,\u201d kata Kepala Otorita Bambang Wirawan, Sabtu"
        " (11/10/2025). Optimisme tersebut turut disambut Duta Besar Malaysia, Ahmad Fauzi Rahman, yang"
        " meninjau kawasan itu. Ia juga menyatakan minat Malaysia untuk berinvestasi di kawasan tersebut."
    )
    assert [(s[0], s[1]) for s in said] == [("Bambang Wirawan", "kata"), ("Ahmad Fauzi Rahman", "menyatakan")]
    # a pronoun subject of the passive is the one it is done to, who goes on speaking
    said = _said(
        "\u201cSaya siap,\u201d kata Bambang Wirawan di Jakarta. Dia ditelepon oleh Sekretaris Kabinet Joko"
        " Prasetyo pagi itu. \u201cAda teman yang telepon,\u201d ujarnya."
    )
    assert [s[0] for s in said] == ["Bambang Wirawan"] * 2, said


def test_an_adjunct_or_a_relative_clause_between_the_speaker_and_the_verb():
    # "dalam sambutannya", "melalui akun ... resminya, @x,": the subject before them speaks
    said = _said(
        "Kepala Dinas, Budi Santoso dalam sambutannya mengatakan keberadaan personel itu sifatnya strategis."
        " Kementerian Sosial melalui akun Instagram resminya, @kemensos, menjelaskan bahwa pengecekan status"
        " penerima dapat dilakukan lewat aplikasi."
    )
    assert [(s[0], s[1]) for s in said] == [
        ("Budi Santoso", "mengatakan"),
        ("Kementerian Sosial", "menjelaskan"),
    ]
    # a name (with an age) and a relative clause with no commas before the verb
    said = _said(
        "Salah satu warga, Andri (23) yang juga kakak dari salah satu siswa Sekolah Dasar Negeri (SDN)"
        " mengatakan, dia kaget ketika menemukan benda asing itu."
    )
    assert [s[0] for s in said] == ["Andri"]
    # the one named in the adjunct speaks; a verb right after the adjunct word is no new statement
    said = _said(
        "Istana melalui Kepala Staf Presiden Moeldoko mengatakan bahwa kedua presiden pasti membahas"
        ' transisi. "Jadi terserah mereka menjawab siapa," ujar Burhanuddin Muhtadi saat memaparkan hasil'
        " survei, Minggu (7/7/2024)."
    )
    assert [(s[0], s[1]) for s in said] == [("Moeldoko", "mengatakan"), ("Burhanuddin Muhtadi", "ujar")]
    # a name the text gives again, before "yang juga ...", speaks; a title's holder named at the end of
    # the relative clause speaks; a common noun before it is no name
    said = _said(
        "Koordinator Koalisi Warga, Titi Wahyuni, hadir. Titi yang juga bagian dari Koalisi Perempuan Sleman"
        " (KPS) mengingatkan bahwa pelantikan harus segera dilakukan."
    )
    assert [s[0] for s in said] == ["Titi Wahyuni"]
    said = _said(
        "Partai Hanura menggelar rapat. Kader Partai Hanura yang juga Kepala Dinas Pendidikan Budi Santoso"
        " mengatakan dirinya belum membentuk relawan."
    )
    assert [s[0] for s in said] == ["Budi Santoso"]
    said = _said(
        "Sosok itu dikenal luas. Sosok yang juga Ketua DPD Partai Hanura itu menyatakan bahwa rapat itu sah."
    )
    assert all(s[0] != "Sosok" for s in said), said
    # a pronoun after the adjunct word is the subject
    said = _said(
        "Rektor Budi Santoso hadir di Sleman. Ia dicopot usai dirinya menyatakan bahwa rencana itu keliru."
    )
    assert [(s[0], s[1]) for s in said] == [("Budi Santoso", "menyatakan")]


def test_a_clause_after_a_weak_cue_and_what_only_looks_like_one():
    # a demonstrated subject with a predicate of purpose is a clause; optimism and a reason are cues
    said = _said(
        "Budi Santoso mengatakan keberadaan personel itu strategis. Dia menjelaskan pengamanan ini dalam"
        " rangka meningkatkan pelayanan publik. Ia optimistis penyerapan anggaran Kementerian PU bisa lebih"
        " tinggi. Sri Wahyuni beralasan warga diberi bantuan agar mereka mau pulang."
    )
    assert [s[1] for s in said] == ["mengatakan", "menjelaskan", "optimistis", "beralasan"]
    # a denial of "hal tersebut", an apology asked for: objects, no statements
    assert _said("Polda Sleman membantah hal tersebut karena menyebut tidak ada saksi yang melihat.") == []
    assert _said("Budi Santoso meminta maaf apabila candaannya itu sudah kelewat batas.") == []


def test_a_sentence_opening_kata_a_date_before_the_verb_and_a_body_as_mereka():
    # "Kata X, ..." opens a statement like "Menurut X, ..."; "Kata" is no part of the name
    said = _said(
        "Wali Kota Sleman Rudi Hartono meresmikan CCTV. Kata Rudi, pemasangan CCTV ini merupakan bentuk"
        " respons cepat pemerintah terhadap aspirasi warga."
    )
    assert [(s[0], s[1]) for s in said] == [("Rudi Hartono", "Kata")]
    said = _said("Sri Wahyuni hadir. Kata Wahyuni, semua sudah beres dan siap dipakai warga.")
    assert [(s[0], s[1]) for s in said] == [("Sri Wahyuni", "Kata")], said
    # ... not "the word": "Kata 'Asian Value' dan ..."
    assert (
        _said("Kata 'Asian Value' dan 'Human Right' menjadi sorotan hingga trending di media sosial.") == []
    )
    # a date between the subject and the verb is no speaker; an announcement with "bahwa" is a statement
    said = _said(
        "Bermodal rekomendasi itu, Budi Santoso pada 14 Juni 2024, mengumumkan bahwa ia siap maju kembali."
    )
    assert [(s[0], s[1]) for s in said] == [("Budi Santoso", "mengumumkan")]
    # "Mereka" right after a sentence opened by an organisation is that organisation
    said = _said(
        "Komisi Nasional Hak Asasi Manusia (Komnas HAM) mengeluarkan rekomendasi terkait peretasan itu."
        " Mereka meminta agar aparat penegak hukum mengusut kasus itu secara tuntas. Para demonstran tiba"
        " di lokasi. Mereka menilai kebijakan itu keliru."
    )
    assert [(s[0], s[1]) for s in said] == [("Komnas HAM", "meminta"), (None, "menilai")]
    said = _said("Budi Santoso tiba di Sleman. Mereka menilai kebijakan itu keliru dan harus dicabut.")
    assert [(s[0], s[1]) for s in said] == [(None, "menilai")]
    # a name said only after "Kata" is the name without it
    said = _said("Rapat itu berjalan lancar. Kata Wahyuni, semua sudah beres dan siap dipakai warga.")
    assert [(s[0], s[1]) for s in said] == [("Wahyuni", "Kata")], said


def test_a_crowd_or_rebels_speak_as_unnamed_groups():
    said = _said(
        "Dalam orasinya, massa menilai beberapa kebijakan belum berdampak bagi masyarakat luas."
        " Pemberontak Sudan mengatakan bahwa presiden harus mundur."
    )
    assert [(s[0], s[1]) for s in said] == [(None, "menilai"), (None, "mengatakan")]
