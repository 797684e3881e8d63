import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from warta.normalize import normalize


def test_glued_paragraph_gets_a_break():
    t = "Bendungan itu baru.“Bendungan ini penting,” kata Ma'ruf.Baca juga: Judul lain\nKalimat."
    n = normalize(t)
    assert "baru.\n“Bendungan" in n.text
    assert "Baca juga" not in n.text  # boilerplate kept out of analysis
    assert [t[a:b] for a, b in n.removed] == ["Baca juga: Judul lain"]


def test_reduplication_split_by_a_stray_space():
    t = "rekan -rekan dan Minggu -minggu serta berhari- hari, tetapi 2012 - 2018 tetap."
    n = normalize(t)
    assert "rekan-rekan" in n.text and "Minggu-minggu" in n.text and "berhari-hari" in n.text
    assert "2012 - 2018" in n.text
    i = n.text.index("rekan-rekan")
    a, b = n.span(i, i + len("rekan-rekan"))
    assert t[a:b] == "rekan -rekan"


def test_quote_marks_get_a_direction():
    n = normalize('Ia berkata "kami siap," lalu pergi. ” terbalik “ di sini.')
    assert "“kami siap,”" in n.text
    assert "“ terbalik ”" in n.text


def test_spaces_and_invisible_characters():
    t = "Jakarta\u00a0- Presiden\u200b datang\u00ad."
    n = normalize(t)
    assert n.text == "Jakarta - Presiden datang."
    a, b = n.span(0, len(n.text))
    assert (a, b) == (0, len(t))


def test_boilerplate_lines():
    t = "Satu.\nADVERTISEMENT\nSCROLL TO CONTINUE WITH CONTENT\nPilihan Editor: Lain\nDua."
    n = normalize(t)
    assert "ADVERTISEMENT" not in n.text and "SCROLL" not in n.text and "Pilihan" not in n.text
    assert n.text.split() == ["Satu.", "Dua."]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab .“”"-\n\u00a0\u200bBaca juga:X')), max_size=120))
def test_offset_map_is_monotonic_and_in_bounds(t):
    n = normalize(t)
    assert len(n.starts) == len(n.text) == len(n.ends)
    for i in range(len(n.text)):
        assert 0 <= n.starts[i] <= n.ends[i] <= len(t)
        if i:
            assert n.starts[i - 1] <= n.starts[i]
    for i in range(len(n.text) + 1):
        for j in range(i, min(len(n.text), i + 5) + 1):
            a, b = n.span(i, j)
            assert 0 <= a <= b <= len(t)


def test_glued_read_also_headline_is_cut_but_the_paragraph_after_it_stays():
    t = (
        "Ia hadir, kata Ma'ruf.Baca juga: Bendungan Cipanas Diresmikan, Bisa buat Listrik Terapung"
        "“Selain itu, bendungan ini membantu petani,” ujarnya.Baca juga: Stafsus Sebut Tidak Sesuai UU"
        "Dia menyebut undang-undang itu. Jakarta, Selasa. Baca juga: Wamendagri Sebut KPU Masih Layak"
        "Wempi pun mengajak semua pihak. Baca juga: Rapat Pleno Digelar Tertutup oleh DPRDIa menyampaikan"
        ", rapat itu sah."
    )
    n = normalize(t)
    assert "Baca juga" not in n.text
    for kept in (
        "“Selain itu, bendungan ini membantu petani,”",
        "Dia menyebut undang-undang itu.",
        "Wempi pun mengajak",
        "Ia menyampaikan, rapat itu sah.",  # "DPRDIa": an acronym that ends the headline, then "Ia"
    ):
        assert kept in n.text
    assert [t[a:b] for a, b in n.removed] == [
        "Baca juga: Bendungan Cipanas Diresmikan, Bisa buat Listrik Terapung",
        "Baca juga: Stafsus Sebut Tidak Sesuai UU",
        "Baca juga: Wamendagri Sebut KPU Masih Layak",
        "Baca juga: Rapat Pleno Digelar Tertutup oleh DPRD",
    ]


def test_read_also_after_a_bracket_and_a_headline_ending_in_an_ellipsis():
    t = (
        "Nilainya setara 20 persen Anggaran Negara (APBN).Baca juga: Momen Calon Hakim Ditanya soal "
        "Mengapa Judi Harus Dilarang...Jumlah pemain juga naik. Dia bilang “tunggu...” lalu pergi. Ya… Begitu."
    )
    n = normalize(t)
    assert [t[a:b] for a, b in n.removed] == [
        "Baca juga: Momen Calon Hakim Ditanya soal Mengapa Judi Harus Dilarang..."
    ]
    assert "(APBN).\n" in n.text and "\nJumlah pemain juga naik." in n.text
    assert "“tunggu...” lalu pergi. Ya… Begitu." in n.text  # an ellipsis with its space is no glue


def test_a_watch_also_line_with_its_title_in_quotes_is_cut_whole():
    t = 'Harga naik.\n\nTonton juga video "Kerugian Negara di Kasus Minyak Capai Rp 285 T" di sini:\n\nBerikutnya.'
    n = normalize(t)
    assert [t[a:b] for a, b in n.removed] == [
        'Tonton juga video "Kerugian Negara di Kasus Minyak Capai Rp 285 T" di sini:'
    ]
    assert "Kerugian" not in n.text and "Berikutnya." in n.text


def test_a_sentence_glued_on_with_an_acronym_first_gets_its_break():
    t = "Sidang digelar Jumat, 5 Juli 2024.SYL dituntut 12 tahun. Kata dia.KPK menilai wajar. Buka www.KOMPAS.com atau https://nasional.KOMPAS.com/x"
    n = normalize(t)
    assert "2024.\nSYL dituntut" in n.text and "dia.\nKPK menilai" in n.text
    assert "www.KOMPAS.com" in n.text and "https://nasional.KOMPAS.com/x" in n.text


def test_a_sentence_glued_after_a_bracketed_date_or_acronym_gets_its_break():
    t = (
        "Rapat digelar di Jakarta, Rabu (4/6/2025).“LKPP mengimbau semua pihak berhati-hati,” kata dia. "
        "Ia ditemui di Medan, Sumatera Utara (Sumut).PKB belum memutuskan. Bukan (A).B"
    )
    n = normalize(t)
    assert "(4/6/2025).\n“LKPP mengimbau" in n.text
    assert "(Sumut).\nPKB belum" in n.text
    assert "(A).B" in n.text  # a one-letter acronym is no sentence opener


def test_a_reporters_byline_is_cut_and_the_dateline_is_a_sentence_of_its_own():
    t = (
        "Laporan wartawan\u00a0Warta.com Budi Santoso Wibowo WARTA.COM, BANDUNG - Ketua DPRD Jawa Barat "
        "meminta pemerintah bertindak. Ia berbicara pada Senin."
    )
    n = normalize(t)
    assert [t[a:b] for a, b in n.removed] == ["Laporan wartawan\u00a0Warta.com Budi Santoso Wibowo "]
    assert n.text.startswith("WARTA.COM, BANDUNG -\nKetua DPRD Jawa Barat meminta")
    for t, head in (
        ("Kabarku.com - Menteri Luar Negeri tiba di Tokyo.", "Kabarku.com -\nMenteri"),
        ("KABAR.CO, Surabaya\u00a0 - Gubernur hadir.", "KABAR.CO, Surabaya  -\nGubernur"),
        ("KABAR.CO Solo -\u00a0Gubernur hadir.", "KABAR.CO Solo -\nGubernur"),
        ("JAKARTA, Berita.com -- Presiden berpidato.", "JAKARTA, Berita.com --\nPresiden"),
        ("Rapat KPU - Bawaslu digelar hari ini.", "Rapat KPU - Bawaslu"),  # no outlet: no dateline
    ):
        assert normalize(t).text.startswith(head), t
        assert normalize(t).removed == []


def test_an_editors_pick_glued_to_the_credits_before_it_is_cut():
    t = "Ia menolak berkomentar.\nSITI RAHMA | BUDI SANTOSOPilihan Editor:\u00a0Alumni Kampus Tuntut Rektor Mundur"
    n = normalize(t)
    assert "Pilihan Editor" not in n.text and "Tuntut Rektor" not in n.text
    assert "BUDI SANTOSO" in n.text


def test_an_outlet_name_glued_to_the_word_before_gets_its_space_back():
    t = "Hal itu disampaikan Budi kepadadetikSulsel, Senin. DilansirdetikFinance, harga naik di detikcom."
    n = normalize(t)
    assert "kepada detikSulsel" in n.text and "Dilansir detikFinance" in n.text and "di detikcom" in n.text
    k = n.text.index("detikSulsel")
    assert t[slice(*n.span(k, k + len("detikSulsel")))] == "detikSulsel"  # records still point at the input


def test_a_source_glued_to_the_word_that_names_it_gets_its_space_back():
    t = "kata Wati dikutip dariReuters, Kamis. Hal itu dilansirAFP. Ia menyadari Hal itu."
    n = normalize(t)
    assert "dari Reuters" in n.text and "dilansir AFP" in n.text
    assert "menyadari Hal" in n.text  # only the whole word "dari"
    k = n.text.index("Reuters")
    assert t[slice(*n.span(k, k + len("Reuters")))] == "Reuters"


def test_read_also_headline_ends_where_a_quoted_paragraph_is_glued_on():
    t = (
        'ujarnya.Baca juga: Gibran Ditanya Soal Dinasti Politik "Kopi tubruk itu enak sekali kalau pagi," cuit dia.'
        "\nkata dia.Baca juga: Lembaga Baru lewat DPA“Bukan sakit hati,” kata Habib."
        '\nkata dia.Baca juga: Jokowi Sebut "Politik Dinasti" Wajar Saja\nBerikutnya.'
    )
    n = normalize(t)
    assert "“Kopi tubruk itu enak sekali kalau pagi,” cuit dia." in n.text
    assert "“Bukan sakit hati,” kata Habib." in n.text
    assert "Wajar Saja" not in n.text and "Berikutnya." in n.text


def test_a_sentence_ending_in_an_acronym_glued_to_the_next():
    assert (
        normalize("diperiksa oleh KPK.Karena itu ia diam.").text == "diperiksa oleh KPK.\nKarena itu ia diam."
    )
    assert (
        normalize("sanksi terhadap AS.Presiden Rusia marah.").text
        == "sanksi terhadap AS.\nPresiden Rusia marah."
    )
    for kept in ("saham PT.Bank Mandiri naik", "di U.S.Army base", "Kompas.com melaporkan"):
        assert normalize(kept).text == kept


def test_read_also_glued_to_the_text_before_and_a_video_link_are_cut():
    t = (
        "Sanksi itu dijatuhkan kepada Ketua KPU RIBaca juga: Anggota KPU Diminta Mundur\n"
        "Ia kader PDI-P.Baca juga: Ketika Mega Menduga Jadi Target Usai Pemeriksaan Hasto...Pernyataan itu benar.\n"
        "Dolar menguat.\n\nLihat juga Video Trump Ancam Tarif ke BRICS: Mereka Coba Hancurkan Dolar AS!"
    )
    n = normalize(t)
    assert [t[a:b] for a, b in n.removed] == [
        "Baca juga: Anggota KPU Diminta Mundur",
        "Baca juga: Ketika Mega Menduga Jadi Target Usai Pemeriksaan Hasto...",
        "Lihat juga Video Trump Ancam Tarif ke BRICS: Mereka Coba Hancurkan Dolar AS!",
    ]
    assert "Ketua KPU RI\n" in n.text and "\nPernyataan itu benar." in n.text


def test_a_paragraph_glued_to_a_word_without_a_stop_gets_its_break_back():
    t = (
        "Baca Juga: Bawaslu Menyurati KPU Soal Hasyim Asy'ariSebelumnya, KPU menyatakan akan patuh.\n"
        "Ia ingin Indonesia lebih maju dibanding negara lainIa meminta bangsa ini lincah.\n"
        "Luas genangan waduk itu 1.316 hektarBendungan itu dikerjakan kontraktor negara.\n"
        "Ia dijerat Pasal 2 junctoPasal 18 UU Tipikor.\n"
        "Rapat digelar di JakartaSebelumnya, rapat itu ditunda.\n"
        "Penyidik tidak cermat, lanjut diaBaca juga: Kasus Vina CirebonDiberitakan sebelumnya, hakim setuju.\n"
        "Ia ditemui pada 1 Juli 2024.Baca Juga:Pesan Bawaslu kepada KPU soal Asy'ariBagja menyampaikan jika "
        "putusan itu sah.\n"
        'Pengadilan membatalkan putusan itu pada 27 Mei 2024.“KPK meminta sidang diulang," kata dia.'
    )
    n = normalize(t)
    assert [t[a:b] for a, b in n.removed] == [
        "Baca Juga: Bawaslu Menyurati KPU Soal Hasyim Asy'ari",
        "Baca juga: Kasus Vina Cirebon",
        "Baca Juga:Pesan Bawaslu kepada KPU soal Asy'ari",
    ]
    assert "\nSebelumnya, KPU menyatakan" in n.text
    assert "negara lain\nIa meminta" in n.text and "Jakarta\nSebelumnya, rapat" in n.text
    assert "hektar Bendungan" in n.text and "juncto Pasal 18" in n.text
    assert "2024.\n“KPK meminta" in n.text
    for kept in (
        "insyaAllah kami hadir",
        "main PlayStation di rumah",
        "ditonton di YouTube dan TikTok",
        "InsyaAllah hadir",
        "lihat www.contoh.id/bacaBerita ini",
        "kode abcXyz12 itu",
    ):
        assert normalize(kept).text == kept


def test_a_title_glued_to_the_name_after_it_gets_its_space():
    n = normalize("Menteri Dalam NegeriTito Karnavian mengusulkan pelantikan serentak. Kata PresidenPrabowo.")
    assert "Menteri Dalam Negeri Tito Karnavian" in n.text and "Presiden Prabowo" in n.text
    for kept in ("Partai NasDem mendukung", "akun YouTube resmi", "maskapai AirAsia terbang"):
        assert normalize(kept).text == kept


def test_a_read_also_headline_inside_a_paragraph_is_cut_up_to_the_next_sentence():
    """Flattened pages keep "Baca Juga: <Headline In Title Case>" inside a paragraph, after a no-break space
    or no punctuation at all; the headline ends where the next sentence starts."""
    t = (
        "Politik dinasti dijalankan oleh keluarga.\u00a0 Baca Juga: Profil dan Pendidikan Mentereng Pandji, "
        "Pantas Berani Skakmat Dua Host Lantas bagaimana profil kedua host itu?\n"
        "Kami menjaga nama baik Polri,” pungkasnya Baca juga: Komnas HAM Minta Polda Sumbar Transparan Soal "
        "Kematian Afif Diberitakan sebelumnya, Kapolda Sumbar mengatakan hal itu.\n"
        "Ia mengaku tidak tahu.\u00a0 Baca Juga: Hari Ini Diperiksa, Apa yang Dikorek KPK? Hasto Penuhi "
        "Panggilan KPK Sekretaris Jenderal PDIP akhirnya datang.\n"
        "Laman itu sepi.\u00a0 Baca Juga:Peringatan BMKG: Pasang Laut Tinggi Ancam Pesisir "
        '"Di banyak kasus, pelapor hanya mendengar kabar," katanya.\n'
        '"Sudah siap," ujarnya\u00a0Baca juga:Bobby Nasution Bilang Golkar akan Beri Rekomendasi untuk Pilgub '
        "Sumut BesokSaat ditanya wartawan, Airlangga tidak menjawab."
    )
    n = normalize(t)
    assert [t[a:b].strip() for a, b in n.removed] == [
        "Baca Juga: Profil dan Pendidikan Mentereng Pandji, Pantas Berani Skakmat Dua Host",
        "Baca juga: Komnas HAM Minta Polda Sumbar Transparan Soal Kematian Afif",
        "Baca Juga: Hari Ini Diperiksa, Apa yang Dikorek KPK?",
        "Baca Juga:Peringatan BMKG: Pasang Laut Tinggi Ancam Pesisir",
        "Baca juga:Bobby Nasution Bilang Golkar akan Beri Rekomendasi untuk Pilgub Sumut Besok",
    ]
    for kept in (
        "Lantas bagaimana profil kedua host itu?",
        "Diberitakan sebelumnya, Kapolda Sumbar",
        "Hasto Penuhi Panggilan KPK Sekretaris Jenderal PDIP akhirnya datang.",
        "Di banyak kasus, pelapor hanya mendengar kabar,",
        "Saat ditanya wartawan, Airlangga tidak menjawab.",
    ):
        assert kept in n.text


@pytest.mark.parametrize(
    ("text", "headline", "kept"),
    [
        (
            "Menteri Agama hadir di Jeddah.\n"
            "Baca juga: Menag Klaim Pelaksanaan Haji Lebih Baik dari Sebelumnya Oleh sebab itu, Kemenag "
            "menyiapkan skema murur bagi jemaah lansia, kata Hilman Latief kepada wartawan.",
            "Baca juga: Menag Klaim Pelaksanaan Haji Lebih Baik dari Sebelumnya",
            "Oleh sebab itu, Kemenag menyiapkan skema murur",
        ),
        # the sentence opens with two capitalised words that the text repeats in lower case: both stay
        (
            "Densus 88 menyambut baik pembubaran kelompok itu.\n"
            "Baca juga: Diduga Terlibat Jaringan Teror, 5 Warga Diamankan Densus 88 Pembubaran Kelompok "
            "diumumkan lewat video pada akhir Juni.",
            "Baca juga: Diduga Terlibat Jaringan Teror, 5 Warga Diamankan Densus 88",
            "Pembubaran Kelompok diumumkan lewat video",
        ),
    ],
)
def test_a_read_also_line_that_runs_on_into_the_article_keeps_the_article(text, headline, kept):
    """A flattened page: the "Baca juga:" headline opens a line and the paragraph goes on after it."""
    n = normalize(text)
    assert [text[a:b] for a, b in n.removed] == [headline]
    assert kept in n.text


def test_a_straight_quote_glued_after_a_stop_opens_the_next_quote_when_none_is_open():
    # no quote is open before it: the mark opens the glued paragraph's quote
    n = normalize('Ia berharap semua pihak bersabar."Kita tunggu saja hasilnya. Mari bekerja," ujar Rudi.')
    assert "bersabar.\n“Kita tunggu" in n.text
    # a quote is open: the mark closes it, and the glued paragraph starts after it
    n = normalize('"Kami menolak rencana itu."Ketua DPRD juga menolak.')
    assert "itu.”\nKetua DPRD" in n.text


def test_a_quote_glued_to_a_paragraph_with_no_stop_opens_a_paragraph_of_its_own():
    t = (
        'Pesan itu ia sampaikan pada peringatan Hari Guru"Sekolah harus jadi tempat aman," kata Rina. '
        "Ia menyinggung daerah di luar Jawa“Banyak guru belum digaji,” ujarnya. "
        'Dia bilang "sudah selesai"Kata itu diulang.'
    )
    n = normalize(t)
    assert "Hari Guru\n“Sekolah harus" in n.text
    assert "luar Jawa\n“Banyak guru" in n.text
    # a closing mark glued to the next word is no paragraph break
    assert "“sudah selesai”Kata" in n.text
    # nor is a quoted video title in a boilerplate line, which is cut whole
    t = '"Kita surplus beras," tutur Budi.\n\nTonton juga video"Budi: Panen Raya Tahun Ini" di sini:'
    n = normalize(t)
    assert n.text.rstrip() == "“Kita surplus beras,” tutur Budi."
