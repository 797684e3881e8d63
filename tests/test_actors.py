"""Actors: dictionary coding by date, titles, clustering, bare-role references, stable keys."""

from __future__ import annotations

import datetime as dt

import pytest

import warta
from warta.actors import actor_key, most_salient_person, resolve_mention
from warta.actors.dictionary import get_dictionary, tokens_of
from warta.normalize import normalize
from warta.pipeline import build_nlp, run_doc


@pytest.fixture(scope="module")
def nlp_rules():
    """The pipeline without the trained model: the actors' fallback path."""
    return build_nlp(None)


def entities(nlp, text: str, published: dt.date | None = dt.date(2025, 5, 2)):
    doc = run_doc(normalize(text).text, published, nlp)
    return doc, {e.name: e for e in doc._.entities}


def test_dictionary_roles_follow_the_article_date():
    jokowi = get_dictionary().lookup(tokens_of("Jokowi"))
    assert jokowi is not None and jokowi.name == "Joko Widodo"
    assert jokowi.code(dt.date(2024, 6, 1)) == ("IDN", "GOV")
    assert jokowi.code(dt.date(2026, 1, 5)) == ("IDN", "ELI")  # former official
    assert jokowi.code(None) == ("IDN", "GOV")  # no date: the latest role


def test_titles_give_country_and_sector(nlp_rules):
    text = (
        "Menteri Luar Negeri Brasil Mauro Vieira bertemu Ketua KPK Setyo Budiyanto di Jakarta. "
        "Juru bicara Kremlin Dmitry Peskov menolak berkomentar."
    )
    _, ents = entities(nlp_rules, text)
    vieira = ents["Mauro Vieira"]
    assert (vieira.type, vieira.country, vieira.sector) == ("PER", "BRA", "GOV")
    assert vieira.titles == ["Menteri Luar Negeri Brasil"]
    assert (ents["Setyo Budiyanto"].country, ents["Setyo Budiyanto"].sector) == ("IDN", "GOV")
    assert ents["Dmitry Peskov"].country == "RUS"
    assert ents["Jakarta"].type == "LOC" and ents["Jakarta"].country == "IDN"


def test_unknown_names_cluster_by_surname_and_bare_roles_join(nlp_rules):
    text = (
        "Duta Besar Kanada Rina Hartanto tiba di Surabaya pada Senin. "
        "Hartanto mengatakan kunjungan itu penting. Dubes itu juga menemui wartawan."
    )
    doc, ents = entities(nlp_rules, text)
    rina = ents["Rina Hartanto"]
    assert (rina.country, rina.sector) == ("CAN", "GOV")
    assert [m.text for m in rina.mentions] == ["Duta Besar Kanada Rina Hartanto", "Hartanto", "Dubes itu"]
    assert [e.id for e in doc._.entities] == [f"E{i}" for i in range(1, len(doc._.entities) + 1)]


def test_former_and_counterpart(nlp_rules):
    text = "Mantan Presiden Joko Widodo menerima rekannya Singapura Lawrence Wong di Solo."
    _, ents = entities(nlp_rules, text)
    assert ents["Joko Widodo"].sector == "ELI"
    assert (ents["Lawrence Wong"].country, ents["Lawrence Wong"].sector) == ("SGP", "GOV")


def test_organisations_and_prefixes(nlp_rules):
    text = "Pemprov Jawa Barat dan Partai Gerindra menggelar rapat dengan Kementerian Luar Negeri Jepang."
    _, ents = entities(nlp_rules, text)
    assert (ents["Pemprov Jawa Barat"].type, ents["Pemprov Jawa Barat"].country) == ("ORG", "IDN")
    assert ents["Partai Gerindra"].sector == "PTY"
    assert ents["Kementerian Luar Negeri Jepang"].country == "JPN"


def test_resolve_helpers(nlp_rules):
    text = "Presiden AS Donald Trump menelepon Vladimir Putin. Ia kemudian berbicara kepada wartawan."
    doc, ents = entities(nlp_rules, text)
    start = text.index("Donald Trump")
    assert resolve_mention(doc, start, start + len("Donald Trump")) == ents["Donald Trump"].id
    assert resolve_mention(doc, text.index("AS"), text.index("AS") + 2) == ents["Amerika Serikat"].id
    pronoun = text.index("Ia kemudian")
    assert most_salient_person(doc, pronoun).name == "Vladimir Putin"


def test_actor_key_is_stable_across_aliases():
    assert actor_key("AS", "GPE") == actor_key("Amerika Serikat", "GPE") == "country:USA"
    assert actor_key("Jokowi", "PER") == actor_key("Joko Widodo", "PER")
    assert actor_key("Budi  Santoso", "PER") == actor_key("budi santoso", "PER") == "PER:budi santoso"


def test_seed_entities_are_coded(seed_text, seed_gold, nlp_rules):
    doc = run_doc(normalize(seed_text).text, dt.date.fromisoformat(seed_gold["date"]), nlp_rules)
    by_name = {e.name: e for e in doc._.entities}
    for gold in seed_gold["entities"]:
        ent = by_name[gold["name"]]
        assert (ent.type, ent.country, ent.sector or "") == (gold["type"], gold["country"], gold["sector"]), (
            gold
        )
    witkoff = by_name["Steve Witkoff"]
    assert {"Utusan AS Steve Witkoff", "Witkoff", "Utusan itu"} <= {m.text for m in witkoff.mentions}


def test_seed_with_the_installed_pipeline(seed_text, seed_gold):
    from warta.pipeline import analyze

    article = analyze(seed_text, published=seed_gold["date"])
    by_name = {e.name: e for e in article.entities}
    for gold in seed_gold["entities"]:
        ent = by_name[gold["name"]]
        assert (ent.country, ent.sector or "") == (gold["country"], gold["sector"]), gold


def test_a_dictionary_first_name_inside_a_longer_name_is_not_the_dictionary_person():
    """'Andika' alone is Andika Perkasa in the dictionary; in an article about 'Andika Pratama' it is not."""
    text = (
        "Menteri Luar Negeri RI Andika Pratama bertemu mitranya Farid Hakimi di Jakarta. "
        "Menurut Andika, perundingan akan dilanjutkan. Farid mengatakan Malaysia setuju."
    )
    a = warta.analyze(text, published="2024-07-10")
    names = {e.name for e in a.entities if e.type == "PER"}
    assert "Andika Pratama" in names and "Andika Perkasa" not in names
    andika = next(e for e in a.entities if e.name == "Andika Pratama")
    assert [m.text for m in andika.mentions][:2] == ["Menteri Luar Negeri RI Andika Pratama", "Andika"]


def test_a_short_form_of_a_name_joins_the_full_name(nlp_rules):
    text = (
        "Anggota DPR Hasbiallah Ilyas menyampaikan pandangannya di Jakarta pada Senin. "
        "Menurut Hasbi, rapat itu berjalan baik. Gubernur Kalimantan Utara Hasbun Hidayat tidak hadir. "
        "Hasbi menambahkan bahwa rapat berikutnya digelar pekan depan."
    )
    _, ents = entities(nlp_rules, text)
    assert "Hasbi" not in ents
    assert [m.text for m in ents["Hasbiallah Ilyas"].mentions][-2:] == ["Hasbi", "Hasbi"]
    # a short form that fits two people stays apart
    text2 = "Marlina Sari dan Marlinda Putri hadir. Marl tidak datang. Marlin datang terlambat."
    _, ents2 = entities(nlp_rules, text2)
    assert [m.text for m in ents2["Marlina Sari"].mentions] == ["Marlina Sari"]


def analysed(text: str, published: str) -> dict:
    """The installed pipeline's entities for a text, by name."""
    return {e.name: e for e in warta.analyze(text, published=published, force=True).entities}


def names_given_ner(nlp, text: str, spans: list[tuple[str, int, str]]) -> set[str]:
    """The mention names found when the NER gives these spans: (first word, length in tokens, label)."""
    from spacy.tokens import Span as SpacySpan

    from warta.actors.mentions import find_mentions

    doc = run_doc(normalize(text).text, None, nlp)
    words = [t.text for t in doc]
    doc.ents = [SpacySpan(doc, words.index(w), words.index(w) + n, label) for w, n, label in spans]
    return {doc[m.name_start : m.name_end].text for m in find_mentions(doc)}


def test_a_lower_case_ner_span_in_cased_text_is_not_a_name(nlp_rules):
    text = "Menteri Budi Santoso menerima laporan secara real time dari kantor Bank Indonesia di Jakarta."
    names = names_given_ner(nlp_rules, text, [("Budi", 2, "PER"), ("real", 2, "ORG")])
    assert "Budi Santoso" in names and "real time" not in names
    # text written all in lower case
    assert "budi santoso" in names_given_ner(nlp_rules, text.lower(), [("budi", 2, "PER")])


def test_what_is_left_of_a_ner_span_once_a_known_name_is_out_needs_a_capital(nlp_rules):
    text = "Gubernur BI all out menurunkan suku bunga, kata Perry di Jakarta pada 2020."
    names = names_given_ner(nlp_rules, text, [("BI", 3, "ORG"), ("2020", 1, "PER")])
    assert "BI" in names and "all out" not in names and "2020" not in names


def test_a_city_is_its_own_place_not_its_province(nlp_rules):
    _, ents = entities(
        nlp_rules, "Pengadilan itu bersidang di Bandung, sementara Wali Kota Surabaya tiba di Medan."
    )
    for city in ("Bandung", "Surabaya", "Medan"):
        assert ents[city].type == "LOC" and ents[city].country == "IDN"
    assert not {"Jawa Barat", "Jawa Timur", "Sumatera Utara"} & set(ents)
    _, ents = entities(nlp_rules, "Warga Jabar dan Jatim memadati Rafah.")
    assert {"Jawa Barat", "Jawa Timur", "Rafah"} <= set(ents)  # a province's short forms stay its names


def test_an_official_of_a_place_is_an_unnamed_speaker_not_a_person(nlp_rules):
    doc = run_doc(normalize("Warga Rafah mengungsi ke Khan Younis, kata pejabat Gaza.").text, None, nlp_rules)
    (quote,) = doc._.quotes
    assert quote.speaker is None
    assert [(e.name, e.type) for e in doc._.entities if e.type == "PER"] == []


def test_portfolio_words_and_directorates(nlp_rules):
    """A title stack with a portfolio word between title and ministry, and a directorate as organisation."""
    text = (
        "Direktur Jenderal Pajak Kementerian Keuangan Rahmat Sulistyo menargetkan penerimaan Rp 20 triliun. "
        "Direktorat Jenderal Bea dan Cukai juga menagih tunggakan."
    )
    _, ents = entities(nlp_rules, text)
    assert (
        "Alat Pertanian" not in entities(build_nlp(), "Ia mantan Direktur Alat Pertanian Sugeng Riyadi.")[1]
    )
    rahmat = ents["Rahmat Sulistyo"]
    assert rahmat.titles == ["Direktur Jenderal Pajak Kementerian Keuangan"]
    assert (rahmat.country, rahmat.sector) == ("IDN", "GOV")


@pytest.mark.parametrize("nlp_kind", ["rules", "model"])
def test_a_name_in_brackets_after_a_name_is_the_same_actor(nlp_kind, nlp_rules):
    """ "Badan Riset Pangan (BRP)", "Basuki Wiranata (Ucok)": the bracketed short form joins the actor it
    follows, and later uses of the short form join it too."""
    nlp = nlp_rules if nlp_kind == "rules" else build_nlp()
    text = (
        "Kepala Badan Riset Pangan (BRP) Basuki Wiranata (Ucok) memaparkan hasil panen di Bandung. "
        "Menurut BRP, produksi beras naik. Ucok mengatakan target tahun depan lebih tinggi. "
        "Kota Bandung (Jawa Barat) menjadi lokasi uji coba."
    )
    doc, ents = entities(nlp, text)
    names = {e.name: e for e in doc._.entities}
    brp = [e for e in doc._.entities if any(m.text == "BRP" for m in e.mentions)]
    assert len(brp) == 1 and [m.text for m in brp[0].mentions].count("BRP") == 2
    if nlp_kind == "model":  # without the NER, an organisation inside a title stack is not a name
        assert brp[0].name == "Badan Riset Pangan"
    ucok = [e for e in doc._.entities if any(m.text == "Ucok" for m in e.mentions)]
    assert len(ucok) == 1 and ucok[0].name == "Basuki Wiranata"
    assert "Jawa Barat" in names  # a place in brackets after a place stays its own actor


def test_a_known_short_form_in_brackets_names_the_actor_before_it():
    """A dictionary short form in brackets identifies an unlisted spelling before it; a bracketed word
    nothing else found becomes the organisation's short form; a person's acronym in brackets is a party."""
    text = (
        "Penyidik Komisi Pemberantas Rasuah (KPK) memeriksa saksi. "
        "Kepala Biro Riset Terapan (BRT) Sinta Maharani mengatakan BRT tidak lagi aktif. "
        "Ketua DPR Puan Maharani (PDIP) hadir. Saham PT Bank Mandiri (Persero) Tbk naik."
    )
    doc, ents = entities(build_nlp(), text)
    kpk = ents["Komisi Pemberantasan Korupsi"]  # the dictionary's name
    assert [m.text for m in kpk.mentions] == ["Komisi Pemberantas Rasuah", "KPK"]
    assert [m.text for m in ents["Biro Riset Terapan"].mentions] == ["Biro Riset Terapan", "BRT", "BRT"]
    assert ents["Biro Riset Terapan"].sector == "GOV"
    assert [m.text for m in ents["Puan Maharani"].mentions] == ["Ketua DPR Puan Maharani"]
    assert not any(m.text == "Persero" for e in doc._.entities for m in e.mentions)  # a legal form


def test_a_person_alias_after_an_organisation_or_place_prefix_is_part_of_that_name():
    text = (
        "Senat menyoroti pemberhentian Dekan Fakultas Hukum (FH) Universitas Airlangga (Unair), Prof. Sri Wahyuni, "
        "pekan lalu. "
        "Menko Perekonomian Airlangga Hartarto tiba di Bandara Soekarno-Hatta. Airlangga lalu ke Jalan Sudirman."
    )
    doc, ents = entities(build_nlp(), text)
    unair = ents["Universitas Airlangga"]
    assert (unair.type, unair.sector) == ("ORG", "EDU")
    assert [m.text for m in unair.mentions] == ["Universitas Airlangga", "Unair"]
    assert [m.text for m in ents["Airlangga Hartarto"].mentions] == [
        "Menko Perekonomian Airlangga Hartarto",
        "Airlangga",
    ]
    assert ents["Jalan Sudirman"].type == "LOC" and ents["Bandara Soekarno-Hatta"].type == "LOC"


def test_dpr_commissions_and_bodies_are_the_legislature():
    text = (
        "Ketua Komisi VIII DPR Rudi Hartanto memimpin rapat. Badan Anggaran menyetujui usulan itu. "
        "Komisi Antirasuah memeriksa saksi."
    )
    doc, ents = entities(build_nlp(), text)
    rudi = ents["Rudi Hartanto"]
    assert (rudi.country, rudi.sector) == ("IDN", "LEG")
    assert (ents["Badan Anggaran"].country, ents["Badan Anggaran"].sector) == ("IDN", "LEG")
    assert "Komisi Pemberantasan Korupsi" in ents  # "Komisi Antirasuah" is the KPK


def test_a_programme_name_in_capitals_is_cut_from_a_person():
    text = "Dalam podcast Rudi Samodra SPEAK UP, mantan jaksa itu mengkritik KPU. Ketua panitia M Rizal HZ hadir."
    doc, ents = entities(build_nlp(), text)
    assert "Rudi Samodra" in ents and not any("SPEAK" in name for name in ents)
    assert "M Rizal HZ" in ents  # initials stay


def test_a_general_after_the_police_is_a_police_general():
    text = (
        "Direktur Tindak Pidana Umum Bareskrim Polri Brigjen Hendra Wijaya mengatakan kasus itu diselidiki. "
        "Kapuspen TNI Brigjen Rahmat Hidayat mengatakan latihan itu rutin."
    )
    _, ents = entities(build_nlp(), text)
    assert ents["Hendra Wijaya"].sector == "COP"
    assert ents["Rahmat Hidayat"].sector == "MIL"


def test_religious_titles_are_titles_not_places_or_names():
    text = (
        "Presiden Joko Widodo bertemu Grand Syekh Al-Azhar, Imam Akbar Ahmed Al Tayeb, di Istana Merdeka. "
        "Grand Syekh menyampaikan pesan perdamaian untuk Gaza."
    )
    ents = analysed(text, "2024-07-09")
    imam = ents["Ahmed Al Tayeb"]
    assert (imam.type, imam.sector) == ("PER", "REL") and "Imam Akbar" in imam.titles
    assert "Grand Syekh" in {text[m.start : m.end] for m in imam.mentions}  # the bare title refers to him
    assert ents["Al-Azhar"].type == "ORG" and ents["Al-Azhar"].country == "EGY"
    assert not any(e.type in ("GPE", "LOC") and "Syekh" in e.name for e in ents.values())


def test_a_rank_a_building_word_and_the_corruption_court():
    text = (
        "Sidang digelar di Pengadilan Tipikor Jakarta, Selasa. Penyidik KPK AKBP Rossa Purbo Bekti hadir. "
        "Wawancara calon hakim agung digelar di Gedung KY, Jakarta Pusat."
    )
    ents = analysed(text, "2024-07-09")
    court = ents["Pengadilan Tipikor Jakarta"]
    assert (court.type, court.sector, court.country) == ("ORG", "JUD", "IDN")
    assert not {"AKBP", "Tipikor", "Gedung"} & set(ents)
    assert any("AKBP" in e.titles for e in ents.values() if e.type == "PER")


def test_market_terms_and_police_ranks_are_not_actors():
    text = (
        "Gubernur BI Perry Warjiyo mengatakan BI Rate tetap 5,5 persen, sementara IHSG dan harga CPO naik. "
        "Kabareskrim Polri Komjen Pol Wahyu Widada memimpin rapat."
    )
    ents = analysed(text, "2025-07-09")
    assert not {"Rate", "IHSG", "CPO", "Komjen", "Pol"} & set(ents)
    assert ents["Perry Warjiyo"].type == "PER" and ents["Perry Warjiyo"].sector == "GOV"
    assert ents["Wahyu Widada"].sector == "COP" and ents["Wahyu Widada"].country == "IDN"


def test_a_title_cut_by_the_model_and_a_first_name_read_into_the_organisation_are_mended():
    text = (
        "Direktur Eksekutif Perludem Khoirunnisa Nur Agustyati menilai putusan itu keliru. "
        "Sekretaris Eksekutif TNP2K Suprayoga Hadi mengatakan target itu sulit dicapai. "
        "Kepala BPH Migas Erika Retnowati memastikan stok aman."
    )
    ents = analysed(text, "2024-07-09")
    nisa = ents["Khoirunnisa Nur Agustyati"]
    assert nisa.type == "PER" and nisa.titles == ["Direktur Eksekutif Perludem"] and nisa.sector == "CVL"
    assert ents["Suprayoga Hadi"].type == "PER" and "Hadi Tjahjanto" not in ents  # not the dictionary's Hadi
    assert ents["Erika Retnowati"].type == "PER" and ents["Erika Retnowati"].sector == "GOV"
    assert not any(n.startswith("Eksekutif") for n in ents)


def test_a_title_set_off_by_a_comma_before_the_name_is_the_names():
    text = "Harga cabai naik, kata Asisten II Setdaprov Riau, Helmi D, Selasa (7/10/2025). Helmi ke pasar."
    ents = analysed(text, "2025-10-08")
    helmi = ents["Helmi D"]  # no comma in the name, though the model's span took one
    assert helmi.titles == ["Asisten II Setdaprov Riau"] and helmi.country == "IDN"
    assert ents["Setdaprov Riau"].type == "ORG"


def test_a_capital_that_opens_a_sentence_is_no_actor():
    ents = analysed("Harga naik lagi. Cuaca cerah. Menurut dia, dampak tarif masih besar.", "2025-10-08")
    assert ents == {}


def test_a_name_the_model_cut_short_gets_its_last_word_and_a_lone_office_is_no_place():
    text = (
        "Megawati menantang penyidik KPK AKBP Rossa Purbo Bekti untuk menghadap dirinya. "
        "Rapat digelar di Kantor, lalu di Kantor Gubernur Jawa Tengah."
    )
    ents = analysed(text, "2024-07-09")
    assert "Rossa Purbo Bekti" in ents and "Rossa Purbo" not in ents
    assert "Kantor" not in ents


def test_ranks_and_seas_are_not_people_or_countries():
    text = (
        "Plt Sekjen Kementerian Pertahanan Marsdya (Purn) Donny Ermawan Taufanto mengatakan TNI siaga. "
        "Kababinkum TNI Laksda Kresno Buntoro ragu konflik di Laut China Selatan (LCS) selesai. "
        "Johannes ditemui di Dewas KPK, Jakarta."
    )
    ents = analysed(text, "2024-07-09")
    donny = ents["Donny Ermawan Taufanto"]  # the office before the rank says who he is
    assert donny.type == "PER" and donny.titles == ["Sekjen Kementerian Pertahanan Marsdya"]
    assert donny.sector == "GOV"
    assert ents["Kresno Buntoro"].type == "PER" and ents["Kresno Buntoro"].sector == "MIL"
    sea = ents["Laut China Selatan"]
    assert sea.type == "LOC" and sea.country is None  # international waters, not China
    assert ents["Dewan Pengawas KPK"].type == "ORG"
    assert not {"Marsdya", "Taufanto", "Laut", "Selatan", "Tiongkok", "Dewas"} & set(ents)


def test_an_unknown_place_before_a_comma_and_a_known_place_lies_in_its_country():
    text = (
        "Rumah itu dibakar di Jalan Nabung Surbakti, Kabanjahe, Karo, Sumatera Utara, Kamis. "
        "Serangan terjadi di Tulkarm, Tepi Barat."
    )
    ents = analysed(text, "2024-07-09")
    for name in ("Jalan Nabung Surbakti", "Kabanjahe", "Karo"):
        assert ents[name].country == "IDN", name
    assert ents["Tulkarm"].country == "PSE"


def test_a_name_the_model_started_one_word_late_and_a_district_court():
    text = (
        "Hakim PN Bandung Eman Sulaeman mengabulkan gugatan itu. "
        "Itu cara Bu Mega mengkritik penyidik, kata Wali Kota Bogor."
    )
    ents = analysed(text, "2024-07-09")
    judge = ents["Eman Sulaeman"]
    assert judge.type == "PER" and judge.sector == "JUD" and judge.titles == ["Hakim PN Bandung"]
    court = ents["PN Bandung"]
    assert (court.type, court.country, court.sector) == ("ORG", "IDN", "JUD")
    assert not {"PN", "Eman", "Sulaeman", "Bu"} & set(ents)


def test_an_office_before_a_rank_says_who_holds_it():
    ents = analysed("Kapolri Jenderal Listyo Sigit Prabowo meninjau lokasi banjir di Bekasi.", "2024-07-08")
    chief = ents["Listyo Sigit Prabowo"]
    assert (chief.country, chief.sector, chief.titles) == ("IDN", "COP", ["Kapolri Jenderal"])  # not the army


def test_a_council_or_cabinet_keeps_its_first_word():
    ents = analysed("Ia memuji Kabinet Merah Putih. Aduan itu diterima Dewan Pers pada Senin.", "2025-10-21")
    assert {"Kabinet Merah Putih", "Dewan Pers"} <= set(ents)
    assert not {"Merah Putih", "Pers"} & set(ents)


def test_a_party_president_heads_a_party_and_a_spokesman_serves_the_name_after_him():
    text = (
        "Presiden PKS Ahmad Syaikhu menerima rombongan. Eks Juru Bicara Anies itu menilai Anies tak maju. "
        "Pengacara Harvey Moeis, Junaedi Saibih, mengajukan banding."
    )
    ents = analysed(text, "2024-07-08")
    assert ents["Ahmad Syaikhu"].sector == "PTY"
    assert ents["Anies Baswedan"].titles == [] and ents["Harvey Moeis"].titles == []


def test_a_body_with_its_short_form_and_place_is_that_places_body():
    text = (
        "Sidang digelar di Pengadilan Negeri (PN) Bandung, Senin. Putusan PN Bandung dibacakan hakim. "
        "Komite Keselamatan Jurnalis (KKJ) Sumatera Utara mendesak polisi. KKJ menilai kasus itu janggal."
    )
    a = warta.analyze(text, published="2024-07-08", force=True)
    ents = {e.name: e for e in a.entities}
    court = ents["Pengadilan Negeri Bandung"]
    assert (court.country, court.sector) == ("IDN", "JUD")
    assert [text[m.start : m.end] for m in court.mentions] == ["Pengadilan Negeri (PN) Bandung", "PN Bandung"]
    assert [m.text for m in ents["Komite Keselamatan Jurnalis Sumatera Utara"].mentions][-1] == "KKJ"
    assert not {"Pengadilan Negeri", "PN", "KKJ"} & set(ents)  # no court of every district


def test_a_common_noun_or_a_colloquial_word_that_opens_a_sentence_is_no_person():
    text = (
        "Rapat selesai sore itu.\nGelaran sidang kabinet ini sebelumnya diungkap oleh Teddy Indra Wijaya. "
        "'Wah, dividen kita besar.' Oke dividennya dikirimkan. 'Entar, Pak, kita mesti pinjam duit.'"
    )
    ents = analysed(text, "2025-10-20")
    assert not {"Gelaran", "Oke", "Entar", "Wah"} & set(ents)
    assert "Teddy Indra Wijaya" in ents


def test_laws_crimes_fees_and_platforms_are_no_bodies():
    text = (
        "Harvey dijerat pasal TPPU dan KUHP. Laporan keuangan itu meraih opini WTP. "
        "Video sidang diunggah di Youtube dan Instagram. Mahasiswa memprotes kenaikan UKT."
    )
    ents = analysed(text, "2024-07-09")
    assert not {"TPPU", "KUHP", "WTP", "Youtube", "Instagram", "UKT"} & set(ents)


def test_a_former_minister_known_by_his_initials():
    ents = analysed("SYL dituntut 12 tahun penjara. Syahrul Yasin Limpo menangis.", "2024-07-08")
    syl = ents["Syahrul Yasin Limpo"]
    assert (syl.type, syl.country, syl.sector) == ("PER", "IDN", "ELI") and "SYL" not in ents


def test_a_central_bank_is_the_state_a_bank_is_business():
    ents = analysed("Bank Sentral Inggris menahan suku bunga. Bank Mandiri mencatat laba.", "2025-06-20")
    assert (ents["Bank Sentral Inggris"].country, ents["Bank Sentral Inggris"].sector) == ("GBR", "GOV")
    assert ents["Bank Mandiri"].sector == "BUS"


def test_portfolio_words_of_law_enforcement_and_an_elected_title():
    text = (
        "Direktur Penyidikan KPK Asep Guntur Rahayu menjelaskan kasus itu. "
        "Wakil Presiden Terpilih Gibran Rakabuming Raka hadir."
    )
    ents = analysed(text, "2024-07-08")
    assert ents["Asep Guntur Rahayu"].titles == ["Direktur Penyidikan KPK"]
    assert ents["Gibran Rakabuming Raka"].titles == ["Wakil Presiden Terpilih"]
    assert not {"Terpilih", "Penyidikan"} & set(ents)


def test_a_name_with_an_age_in_brackets_is_a_person():
    text = "Rumah wartawan Tribrata TV, Sempurna Pasaribu (47), dibakar. Sempurna tewas. Bank itu berdiri (1998)."
    ents = analysed(text, "2024-07-08")
    assert ents["Sempurna Pasaribu"].type == "PER" and "Sempurna" not in ents


def test_a_person_after_a_long_title_stack_and_a_known_body():
    text = (
        "Kepala Pusat Penerangan Hukum Kejagung Harli Siregar menyebut berkas itu lengkap. Harli menambahkan "
        "sidang segera digelar. Latihan dibuka Laksamana Pertama Hariyo Purnomo."
    )
    ents = analysed(text, "2024-07-08")
    assert ents["Harli Siregar"].type == "PER" and "Harli" not in ents
    assert ents["Hariyo Purnomo"].titles == ["Laksamana Pertama"] and ents["Hariyo Purnomo"].sector == "MIL"
    assert "Laksamana" not in ents


def test_universities_and_an_academic_title_through_a_faculty():
    text = (
        "Dekan Fakultas Kedokteran Unair Budi Santoso dicopot. "
        "Pengamat politik UIN Syarif Hidayatullah Adi Prayitno menilai itu wajar."
    )
    ents = analysed(text, "2024-07-08")
    assert ents["Budi Santoso"].titles == ["Dekan Fakultas Kedokteran Unair"]
    assert ents["Universitas Airlangga"].sector == "EDU"
    adi = ents["Adi Prayitno"]
    assert (adi.type, adi.sector) == ("PER", "EDU")


def test_every_court_is_named_with_its_place():
    text = (
        "Sebelumnya, Hakim Pengadilan Negeri Surabaya mengabulkan gugatan Budi Santoso. "
        "Sidang berlanjut setelah Pengadilan Tinggi (PT) DKI menerima perlawanan jaksa. "
        "Pengadilan Tinggi (PT) DKI Jakarta menolak banding itu. "
        "Menurut jaksa, majelis hakim Pengadilan Tipikor Semarang keliru. "
        "Dengan demikian, Pengadilan Tinggi memerintahkan sidang dilanjutkan. "
        "Vonis dijatuhkan hakim Pengadilan Tindak Pidana Korupsi (Tipikor) pada Pengadilan Negeri (PN) Medan. "
        "Pemerintah Kota melalui dinas perdagangan turut melakukan intervensi. "
        "Mantan hakim Pengadilan Tata Usaha Negara (PTUN) itu mengaku tidak hadir."
    )
    ents = analysed(text, "2024-07-08")
    for name in (
        "Pengadilan Negeri Surabaya",
        "Pengadilan Tinggi DKI Jakarta",
        "Pengadilan Tipikor Semarang",
    ):
        assert (ents[name].type, ents[name].sector) == ("ORG", "JUD"), name
    # a bare "Pengadilan Tinggi" is the high court named before; a bare "Pemerintah Kota" names no city
    assert len(ents["Pengadilan Tinggi DKI Jakarta"].mentions) == 3
    assert ents["Pengadilan Tindak Pidana Korupsi Medan"].sector == "JUD"
    assert not {"Pengadilan", "Pengadilan Tinggi", "Pemerintah Kota", "PTUN"} & set(
        ents
    )  # no court of every court


def test_a_known_person_after_a_country_whose_last_word_starts_union_names():
    # "Serikat" starts union names ("Serikat Pekerja ..."), but here it ends "Amerika Serikat"
    text = "Presiden Amerika Serikat Donald Trump bertemu Menteri Luar Negeri Amerika Serikat Marco Rubio."
    ents = analysed(text, "2025-08-01")
    assert ents["Donald Trump"].titles == ["Presiden Amerika Serikat"]
    assert ents["Marco Rubio"].titles == ["Menteri Luar Negeri Amerika Serikat"]
    assert not {"Donald", "Marco"} & set(ents)


def test_a_title_of_a_province_with_itu_points_back_to_its_holder():
    text = (
        "Mantan Gubernur Jawa Tengah Budi Santoso hadir di sidang. "
        "Selain pidana badan, eks gubernur Jawa Tengah itu juga dituntut membayar denda."
    )
    ents = analysed(text, "2025-08-01")
    assert [m.text for m in ents["Budi Santoso"].mentions][-1] == "gubernur Jawa Tengah itu"


def test_a_short_form_the_article_defines_as_something_else_is_not_the_dictionary_actor():
    # "PKS" is a party in the dictionary; this article defines it as an agreement
    text = (
        "Dalam rapat itu juga dilakukan penandatanganan Perjanjian Kerja Sama (PKS) antara Kementerian "
        "Dalam Negeri dan Pemerintah Provinsi Jawa Barat. PKS tersebut berlaku selama lima tahun."
    )
    ents = analysed(text, "2025-08-01")
    assert "Partai Keadilan Sejahtera" not in ents
    assert "Kementerian Dalam Negeri" in ents
    # the party's own name with its short form, and a variant of it, stay the party
    for long_form in ("Partai Keadilan Sejahtera", "Partai Keadilan dan Sejahtera"):
        ents = analysed(f"Ketua {long_form} (PKS) menerima tamu. PKS mendukung Bobby Nasution.", "2025-08-01")
        assert "Partai Keadilan Sejahtera" in ents


def test_a_country_after_a_bracketed_short_form_still_lets_the_title_reach_the_name():
    text = "Ketua Badan Pengawas Pemilu (Bawaslu) RI Rahmat Bagja meminta laporan itu dikaji ulang."
    ents = analysed(text, "2024-07-08")
    assert ents["Rahmat Bagja"].titles == ["Ketua Badan Pengawas Pemilu"]
    assert ents["Rahmat Bagja"].sector == "GOV"
    assert ents["Rahmat Bagja"].mentions[0].text.startswith("Ketua Badan Pengawas Pemilu (Bawaslu) RI")


def test_a_legal_aid_office_is_named_with_its_city():
    ents = analysed(
        "Direktur LBH Jakarta Citra Lestari menilai polisi keliru. YLBHI mengecam penangkapan itu.",
        "2024-07-08",
    )
    assert ents["LBH Jakarta"].sector == "CVL" and ents["Citra Lestari"].titles == ["Direktur LBH Jakarta"]
    assert "YLBHI" in ents


def test_a_place_the_dictionary_does_not_know_closes_a_title_before_the_name():
    text = (
        "Sekretaris DPRD Bantaeng Saharuddin mengatakan pihaknya sudah membayar. "
        "Kapolres Cimahi AKBP Tri Suhartanto mengatakan pelaku ditangkap."
    )
    ents = analysed(text, "2024-07-08")
    assert ents["Saharuddin"].titles == ["Sekretaris DPRD Bantaeng"]
    assert (ents["Saharuddin"].sector, ents["Saharuddin"].country) == ("LEG", "IDN")
    assert ents["Tri Suhartanto"].titles == ["Kapolres Cimahi AKBP"]


def test_later_uses_of_a_persons_name_the_model_left_out_are_still_mentions():
    # the model finds "Pegi Saputra" after the title only; the name is used twice more
    text = (
        "Polisi menetapkan tersangka Pegi Saputra dalam kasus itu. "
        "Kuasa hukum menyebut Pegi Saputra tidak pernah diperiksa. "
        "Menurut dia, Pegi selama ini tinggal bersama orang tuanya."
    )
    ents = analysed(text, "2024-07-08")
    names = [m.text for m in ents["Pegi Saputra"].mentions if "Pegi" in m.text]
    assert names == ["tersangka Pegi Saputra", "Pegi Saputra", "Pegi"]


def test_title_stacks_with_portfolio_words_a_suspension_or_a_rank_still_reach_the_name():
    text = (
        "Tamu itu disambut oleh Menteri Agama Hasan Wirayuda di bandara. "
        "Sidang memutus vonis bebas Hakim Agung nonaktif Darmawan Saleh. "
        "Kepala Badan Keamanan Laut (Bakamla) RI Laksdya Hendra Gunawan mengusulkan patroli bersama."
    )
    ents = analysed(text, "2024-07-08")
    assert ents["Hasan Wirayuda"].titles == ["Menteri Agama"]
    assert ents["Darmawan Saleh"].titles == ["Hakim Agung"]
    assert ents["Darmawan Saleh"].sector == "JUD"
    hendra = ents["Hendra Gunawan"]
    assert hendra.titles[0].startswith("Kepala Badan Keamanan Laut") and hendra.country == "IDN"


def test_a_lower_case_word_the_model_adds_to_a_name_is_cut():
    from spacy.tokens import Span

    from warta.actors.mentions import find_mentions
    from warta.pipeline import get_nlp

    text = "Konten bersama Pandji Wiratama viral di media sosial."
    doc = run_doc(normalize(text).text, dt.date(2024, 7, 8), get_nlp())
    doc.ents = [Span(doc, 2, 5, label="PER")]  # "Pandji Wiratama viral", as the model sometimes reads it
    names = [doc[m.start : m.end].text for m in find_mentions(doc)]
    assert names == ["Pandji Wiratama"]


def test_indonesian_regencies_are_places_and_close_titles():
    text = (
        "Bupati Purwakarta Andi Wiranata meninjau banjir. Warga Cilacap dan Sumedang ikut membantu. "
        "Rombongan tiba di Kompleks Istana Kepresidenan Jakarta, lalu ke Pasar Kampar."
    )
    ents = analysed(text, "2025-01-10")
    assert ents["Andi Wiranata"].titles == ["Bupati Purwakarta"] and ents["Andi Wiranata"].country == "IDN"
    for place in ("Purwakarta", "Cilacap", "Sumedang"):
        assert ents[place].type == "LOC" and ents[place].country == "IDN", place
    assert ents["Jakarta"].country == "IDN"


def test_a_ministry_portfolio_word_before_a_country_is_no_person():
    text = "Menteri Haji dan Umrah Republik Indonesia, Mochamad Irfan Yusuf, bertolak ke Riyadh."
    ents = analysed(text, "2025-10-20")
    assert "Umrah" not in ents
    assert ents["Mochamad Irfan Yusuf"].titles == ["Menteri Haji dan Umrah Republik Indonesia"]


def test_office_titles_of_the_police_and_of_a_body_in_a_regency():
    text = (
        '"Laporan sudah kami terima," ujar Kasi Humas Polres Palopo, AKP Supriadi kepada wartawan. '
        "Kepala Seksi Pendidikan Madrasah Kemenag Purwakarta Munir Huda membenarkan kejadian itu."
    )
    ents = analysed(text, "2025-10-20")
    assert ents["Supriadi"].sector == "COP" and ents["Supriadi"].titles[0].startswith(
        "Kasi Humas Polres Palopo"
    )
    munir = ents["Munir Huda"]
    assert munir.titles == ["Kepala Seksi Pendidikan Madrasah Kemenag Purwakarta"] and munir.sector == "GOV"


def test_health_professions_are_titles_not_names():
    text = 'Apoteker Noel Wicks menyarankan agar punggung tetap tegak. "Tetap aktif itu penting," kata Psikolog Anisa Rahma.'
    ents = analysed(text, "2025-10-20")
    assert ents["Noel Wicks"].titles == ["Apoteker"] and ents["Noel Wicks"].sector == "HLH"
    assert ents["Anisa Rahma"].titles == ["Psikolog"]


def test_the_hajj_ministry_is_one_body():
    ents = analysed("Kementerian Haji dan Umrah RI menegaskan layanan jamaah akan membaik.", "2025-10-20")
    assert ents["Kementerian Haji dan Umrah"].sector == "GOV" and "Umrah RI" not in ents


def test_initials_after_berinisial_are_people():
    text = (
        "Polisi menangkap seorang pria berinisial AS (57) di Medan. Polres juga menetapkan dua tersangka "
        "berinisial YT dan HK, serta seorang pegawai dinas dengan inisial RIP. Kini AS ditahan. "
        "Sebuah perusahaan berinisial PT SKM ikut diperiksa."
    )
    ents = analysed(text, "2025-03-10")
    for name in ("AS", "YT", "HK", "RIP"):
        assert ents[name].type == "PER" and ents[name].country is None, name
    assert len(ents["AS"].mentions) == 2  # the later "AS" is the same man, not the United States
    assert "Amerika Serikat" not in ents
    assert not any(e.type == "PER" and "SKM" in e.name for e in ents.values())


def test_a_bare_regional_body_is_coded_by_its_kind():
    text = (
        "Partai itu memperoleh enam kursi DPRD pada Pileg 2024. Gubernur membahas APBD bersama DPRD. "
        "Kapolres mengatakan Polres sudah menerima laporan itu."
    )
    ents = analysed(text, "2025-03-10")
    assert (ents["DPRD"].country, ents["DPRD"].sector) == ("IDN", "LEG")


def test_the_name_of_a_law_is_no_actor():
    text = (
        "Mahasiswa menolak RUU TNI di depan Gedung DPR. Ia dijerat Pasal 27 UU ITE. "
        "Baleg juga membahas Undang-Undang tentang Kementerian Negara. Polri menangkap pelaku."
    )
    ents = analysed(text, "2025-03-10")
    assert "Tentara Nasional Indonesia" not in ents and "ITE" not in ents
    assert not any("Kementerian Negara" in name for name in ents)
    assert "Kepolisian Negara Republik Indonesia" in ents  # the police that act are still there


def test_more_state_bodies_are_known():
    text = (
        "Anggota Dewan Pertimbangan Presiden Habib Rahman bertemu Presiden. Iuran BPJS Kesehatan tidak naik, "
        "kata Badan Riset dan Inovasi Nasional (BRIN). PPATK dan Kompolnas memeriksa laporan itu."
    )
    ents = analysed(text, "2024-06-12")
    for name in (
        "Dewan Pertimbangan Presiden",
        "BPJS Kesehatan",
        "Badan Riset dan Inovasi Nasional",
        "PPATK",
    ):
        assert ents[name].type == "ORG" and ents[name].country == "IDN", name
    assert ents["Rahman"].sector == "GOV" and "Dewan Pertimbangan Presiden" in ents["Rahman"].titles[0]


def test_a_titles_field_words_are_not_the_holders_name():
    text = (
        "Ketua Majelis Hakim, Andriyansyah menyebutkan putusan itu. Pengamat Pasar Keuangan Ariston Tjendra "
        "mengatakan rupiah melemah. Direktur Jenderal Rehabilitasi Sosial, Supomo menyampaikan bantuan. "
        "Calon Walikota dan Wakil Walikota wajib hadir."
    )
    ents = analysed(text, "2025-03-10")
    assert {"Andriyansyah", "Ariston Tjendra", "Supomo"} <= set(ents)
    assert ents["Andriyansyah"].sector == "JUD" and ents["Supomo"].sector == "GOV"
    people = [name for name, e in ents.items() if e.type == "PER"]
    assert not any(w in name for name in people for w in ("Majelis", "Pasar", "Rehabilitasi", "Walikota"))
    assert (ents["Majelis Hakim"].type, ents["Majelis Hakim"].sector) == ("ORG", "JUD")  # the panel, a body


def test_an_acting_office_holder_is_named_after_the_title():
    text = (
        '"Perusahaan itu ada di Singapura," kata Plt Deputi Penindakan dan Eksekusi KPK, Asep Guntur Rahayu, '
        "di Jakarta. Pj Gubernur Banten Ali Makmur hadir."
    )
    article = warta.analyze(text, published="2025-03-10", force=True)
    ents = {e.name: e for e in article.entities}
    assert "Plt" not in ents and "Pj" not in ents
    assert ents["Asep Guntur Rahayu"].titles == ["Deputi Penindakan dan Eksekusi KPK"]
    assert ents["Asep Guntur Rahayu"].sector == "GOV" and ents["Ali Makmur"].sector == "GOV"
    assert article.quotes[0].speaker_name == "Asep Guntur Rahayu"


def test_task_forces_and_teams_are_bodies_not_people():
    text = (
        "Ketua Satuan Tugas Pemberantasan Narkoba, Hadi Santoso, mengirim surat. Anggota Tim Hukum "
        "Dewan Pimpinan Pusat PDI-P, Johannes Tobing, melapor. CEO Apple Tim Cook datang ke Jakarta."
    )
    ents = analysed(text, "2024-07-01")
    people = {name for name, e in ents.items() if e.type == "PER"}
    assert {"Hadi Santoso", "Johannes Tobing", "Tim Cook"} <= people
    assert not any(w in name for name in people for w in ("Satuan", "Tugas", "Hukum"))
    assert ents["Satuan Tugas Pemberantasan Narkoba"].type == "ORG"


def test_a_title_case_headline_does_not_become_a_persons_name():
    text = (
        "Ketua MPR Bambang Soesatyo atau Bamsoet menjadi sorotan. Ia juga dituntut oleh para alumni kampus itu. "
        "1. Bamsoet Dituntut Puluhan Alumni Sejak awal, Bamsoet menolak berkomentar."
    )
    ents = analysed(text, "2024-07-01")
    assert not any("Dituntut" in name or "Alumni" in name for name in ents)
    bamsoet = next(e for e in ents.values() if any(m.text == "Bamsoet" for m in e.mentions))
    assert bamsoet.name == "Bambang Soesatyo"


def test_a_nickname_after_atau_or_alias_is_the_same_person():
    text = (
        "Ketua panitia Rahmat Hidayat atau Dayat mengatakan acara itu lancar. Dayat menambahkan, warga "
        "boleh memilih Prabowo atau Anies. Pengusaha Hendra Wijaya alias Ahong Wijaya hadir."
    )
    ents = analysed(text, "2024-07-01")
    assert "Dayat" not in ents and len(ents["Rahmat Hidayat"].mentions) == 3
    assert "Prabowo Subianto" in ents and "Anies Baswedan" in ents
    assert "Ahong Wijaya" not in ents and len(ents["Hendra Wijaya"].mentions) == 2


def test_a_members_faction_after_the_chamber_and_its_country_and_a_field_of_study():
    text = (
        "Anggota Komisi II DPR RI Fraksi PAN Sutan Mardiansyah mengkritik kehadiran komisioner KPU. "
        "Pengamat Hubungan Internasional Wulan Prasetyani menilai langkah itu tepat."
    )
    ents = analysed(text, "2024-06-10")
    sutan = ents["Sutan Mardiansyah"]
    assert (sutan.country, sutan.sector) == ("IDN", "LEG")
    assert sutan.titles == ["Anggota Komisi II DPR RI Fraksi PAN"]
    wulan = ents["Wulan Prasetyani"]
    assert wulan.titles == ["Pengamat Hubungan Internasional"] and wulan.sector == "EDU"


def test_lower_military_and_police_ranks_and_a_corps_after_the_rank_are_titles():
    text = (
        "Praka Yohanes Sitompul terluka dalam serangan itu. Letkol Czi Arif Santoso memimpin evakuasi. "
        "Bharada Rizal Pratama bersaksi di pengadilan."
    )
    ents = analysed(text, "2024-06-10")
    assert ents["Yohanes Sitompul"].titles == ["Praka"] and ents["Yohanes Sitompul"].sector == "MIL"
    assert ents["Arif Santoso"].titles == ["Letkol Czi"] and ents["Arif Santoso"].country == "IDN"
    assert ents["Rizal Pratama"].sector == "COP"


def test_programmes_and_regulations_by_their_initials_are_no_actors_but_a_task_force_named_so_is():
    text = (
        "Program MBG dan bantuan BPNT disalurkan lewat data DTSEN, kata Menteri Sosial Saifullah Yusuf. "
        "Revisi PKPU dibahas dalam RDP pekan lalu. Satgas BLBI menyita aset obligor."
    )
    ents = analysed(text, "2025-07-01")
    for acronym in ("MBG", "BPNT", "DTSEN", "PKPU", "RDP", "BLBI"):
        assert acronym not in ents, acronym
    assert ents["Satgas BLBI"].type == "ORG"


def test_a_partys_board_in_a_title_makes_its_holder_a_party_actor():
    """ "Ketua DPP PDIP X", "Sekretaris DPW PKB Jawa Timur X", "Ketua Dewan Pimpinan Wilayah (DPW) PKB
    Jawa Timur X", "Politikus senior PDIP X": the board of a party names the title, not an actor."""
    text = (
        "Ketua DPP PDIP Djarot Saiful Hidayat meminta kader bekerja keras. "
        "Sekretaris DPW PKB Jawa Timur Anik Maslachah menolak usulan itu. "
        "Ketua Dewan Pimpinan Cabang (DPC) Partai Gerindra Surabaya Cahyo Harjo Prakoso hadir. "
        "Politikus senior PDIP Hendrawan Supratikno ikut berbicara. "
        "Surat itu dikirim Ketua DPC PDIP Jaksel Yuke Yurike. "
        "Anggota Tim Hukum DPP PDI-P Johannes Tobing dan Ketua DPP Bidang Perekonomian PDIP Said Abdullah hadir."
    )
    ents = analysed(text, "2024-07-01")
    assert ents["Djarot Saiful Hidayat"].titles == ["Ketua DPP PDIP"]
    assert (ents["Djarot Saiful Hidayat"].country, ents["Djarot Saiful Hidayat"].sector) == ("IDN", "PTY")
    assert ents["Anik Maslachah"].titles == ["Sekretaris DPW PKB Jawa Timur"]
    assert ents["Cahyo Harjo Prakoso"].sector == "PTY"
    assert ents["Hendrawan Supratikno"].titles == ["Politikus senior PDIP"]
    assert ents["Yuke Yurike"].titles == ["Ketua DPC PDIP Jaksel"]
    assert ents["Johannes Tobing"].titles == ["Anggota Tim Hukum DPP PDI-P"]
    assert ents["Said Abdullah"].titles == ["Ketua DPP Bidang Perekonomian PDIP"]
    for stray in ("DPP", "DPC", "Jaksel Yuke Yurike", "Tim Hukum DPP", "DPP Bidang Perekonomian"):
        assert stray not in ents, stray


def test_the_head_of_a_regional_office_is_a_government_actor_of_that_place():
    ents = analysed(
        "Kepala Dinas PUPR Banten Arlan Marzan menyambut baik aspirasi warga. "
        "Kepala Departemen Kebijakan Ekonomi dan Moneter BI, Firman Mochtar, memaparkan data itu.",
        "2025-06-01",
    )
    arlan = ents["Arlan Marzan"]
    assert arlan.titles == ["Kepala Dinas PUPR Banten"] and (arlan.country, arlan.sector) == ("IDN", "GOV")
    assert ents["Firman Mochtar"].titles == ["Kepala Departemen Kebijakan Ekonomi dan Moneter BI"]


def test_dpd_before_a_party_is_its_regional_board_and_alone_the_chamber():
    ents = analysed(
        "Kedatangan Dedi Mulyadi disambut Ketua DPD Demokrat Jabar Anton Sukartono Suratto. "
        "Ketua DPD RI La Nyalla Mattalitti hadir. Sekretaris DPD Partai Golkar Jawa Barat Ade Ginanjar menerima "
        "surat itu.",
        "2024-06-01",
    )
    anton = ents["Anton Sukartono Suratto"]
    assert anton.titles == ["Ketua DPD Demokrat Jabar"] and anton.sector == "PTY"
    assert ents["Ade Ginanjar"].sector == "PTY"
    assert ents["La Nyalla Mattalitti"].sector == "LEG" and ents["Dewan Perwakilan Daerah"].sector == "LEG"


def test_a_rank_inside_a_body_or_place_starts_the_holders_name():
    """ "Polsek Cibeureum Iptu Darmansyah" read as one place or body: the station, the rank and the person
    (and the office before them is his title); not a street named after an officer."""
    text = (
        "Kanit Reskrim Polsek Cibeureum Iptu Darmansyah mengatakan pelaku sudah ditahan. "
        "Kapolsek Cisaat AKP Nurhadi mengatakan, warga diminta tenang. "
        "Kapolres Garut Kota AKBP Rudi Hartono Siregar mengungkapkan, mobil itu sudah diamankan. "
        "Massa berkumpul di Jalan Letjen Suprapto sejak pagi."
    )
    ents = analysed(text, "2025-06-01")
    darmansyah = ents["Darmansyah"]
    assert darmansyah.titles == ["Kanit Reskrim Polsek Cibeureum Iptu"] and darmansyah.sector == "COP"
    assert ents["Nurhadi"].titles == ["Kapolsek Cisaat AKP"]
    assert ents["Rudi Hartono Siregar"].sector == "COP"
    for glued in ("Polsek Cibeureum Iptu Darmansyah", "Cibeureum Iptu Darmansyah", "Cisaat AKP Nurhadi",
                  "Kota AKBP Rudi Hartono Siregar", "Kota", "Suprapto"):  # fmt: skip
        assert glued not in ents, glued


def given_ner(nlp, text: str, spans: list[tuple[int, int, str]]) -> set[str]:
    """The mention names found when the NER gives these token spans."""
    from spacy.tokens import Span as SpacySpan

    from warta.actors.mentions import find_mentions

    doc = run_doc(normalize(text).text, None, nlp)
    doc.ents = [SpacySpan(doc, a, b, label) for a, b, label in spans]
    return {doc[m.name_start : m.name_end].text for m in find_mentions(doc)}


def test_a_name_the_model_reads_into_a_body_is_split_off_when_it_speaks_alone_elsewhere(nlp_rules):
    """ "Kepala Sekolah [SDN 12 Wulandari]ORG ... kata [Wulandari]PER": the body ends in a number or an
    acronym and the article has the last words speak as a person; not a body's own short form ("FISIP
    [Unud]" when "Unud menegaskan" after "Universitas Udayana (Unud)") nor common words."""
    text = 'Kepala Sekolah SDN 12 Wulandari membantah kabar itu. "Siswa kami sehat," kata Wulandari.'
    assert {"SDN 12", "Wulandari"} <= given_ner(nlp_rules, text, [(2, 5, "ORG"), (16, 17, "PER")])
    text = "Kasus di Universitas Udayana (Unud) diusut. Dekan FISIP Unud hadir. Unud menegaskan sanksi itu."
    names = given_ner(nlp_rules, text, [(2, 4, "ORG"), (10, 12, "ORG"), (14, 15, "PER")])
    assert "FISIP Unud" in names
    # after a title, a body not ending in an acronym: the name whose first word the article has speak
    text = (
        "Direktur Eksekutif Lembaga Kajian Nusantara Bima Aryasatya menilai koalisi itu kuat. "
        '"Koalisi itu solid," ujar Bima.'
    )
    names = given_ner(nlp_rules, text, [(2, 7, "ORG"), (19, 20, "PER")])
    assert {"Lembaga Kajian Nusantara", "Bima Aryasatya"} <= names
    text = "Direktur UPT Budi Daya Laut hadir. Budi Daya Laut mengatakan budi daya laut itu maju."
    names = given_ner(nlp_rules, text, [(1, 5, "ORG"), (7, 10, "PER")])
    assert "UPT Budi Daya Laut" in names


def test_ministers_short_titles_are_titles_and_refer_back_to_the_holder():
    """ "Menag", "Menkes", "Wamenaker" title the name after them (they were read into the name), and a later
    bare "Menag" finds the holder of "Menteri Agama (Menag)"."""
    text = (
        "Menteri Agama (Menag) Nasaruddin Umar membuka acara itu. Wamenaker Immanuel Ebenezer dan Menkes "
        'Budi Gunadi Sadikin hadir. "Guru harus sejahtera," kata Menag di Jakarta.'
    )
    article = warta.analyze(text, published="2025-06-01", force=True)
    ents = {e.name: e for e in article.entities}
    assert ents["Immanuel Ebenezer"].titles == ["Wamenaker"] and ents["Immanuel Ebenezer"].sector == "GOV"
    assert ents["Budi Gunadi Sadikin"].titles[0] == "Menkes"
    for glued in ("Wamenaker Immanuel Ebenezer", "Menkes Budi Gunadi Sadikin", "Menag"):
        assert glued not in ents, glued
    speaker = next(q.speaker_name for q in article.quotes if q.direct)
    assert speaker == "Nasaruddin Umar"


def test_balinese_names_police_ranks_with_pol_and_company_vice_presidents():
    """ "Kompol I Ketut Sukadi" is I Ketut Sukadi (not a person "I"), "Brigjen Pol Trunoyudo Wisnu
    Andiko" one name, and "Vice President Corporate Communication Pertamina" a title."""
    text = (
        "Kasi Humas Polresta Denpasar, Kompol I Ketut Sukadi mengatakan hal itu. "
        "Karo Penmas Divisi Humas Polri Brigjen Pol Trunoyudo Wisnu Andiko mengatakan hal itu. "
        "Vice President Corporate Communication Pertamina Fadjar Djoko Santoso mengatakan hal itu."
    )
    ents = analysed(text, "2025-06-01")
    assert ents["I Ketut Sukadi"].sector == "COP" and "I" not in ents
    assert "Trunoyudo Wisnu Andiko" in ents and "Wisnu Andiko" not in ents
    assert ents["Fadjar Djoko Santoso"].titles == ["Vice President Corporate Communication Pertamina"]


def test_party_deputies_prosecutors_and_fields_of_a_directorate_are_titles():
    text = (
        "Waketum Demokrat Edhie Baskoro Yudhoyono hadir. JPU KPK Eko Wahyu membacakan tuntutan. "
        "Direktur Jenderal Kesehatan Lanjutan Kementerian Kesehatan RI Azhar Jaya menjelaskan stok obat. "
        "Rapat dihadiri Menko Marves Luhut Binsar Pandjaitan dan Bupati Indramayu Nina Agustina. "
        "Kasi Penkum Kejati Jambi Herwanto mengatakan penggeledahan itu sah. "
        "Sekda Jabar Herman Suryatman hadir."
    )
    ents = analysed(text, "2024-07-01")
    assert ents["Herwanto"].titles == ["Kasi Penkum Kejati Jambi"] and ents["Herwanto"].sector == "JUD"
    assert ents["Herman Suryatman"].titles == ["Sekda Jabar"] and ents["Herman Suryatman"].sector == "GOV"
    assert ents["Edhie Baskoro Yudhoyono"].titles == ["Waketum Demokrat"]
    assert ents["Edhie Baskoro Yudhoyono"].sector == "PTY"
    assert ents["Eko Wahyu"].titles == ["JPU KPK"] and ents["Eko Wahyu"].sector == "JUD"
    azhar = ents["Azhar Jaya"]
    assert azhar.titles == ["Direktur Jenderal Kesehatan Lanjutan Kementerian Kesehatan RI"]
    assert (azhar.country, azhar.sector) == ("IDN", "GOV")
    assert ents["Luhut Binsar Pandjaitan"].titles == ["Menko Marves"]
    assert ents["Nina Agustina"].titles == ["Bupati Indramayu"]


def test_a_sentence_connective_read_into_a_name_is_cut_off():
    # the NER and the speaker finder both leave a capitalised opener out of the name that follows it
    for text, name in (
        ("Terakhir Ronny berharap KPK menyelesaikan proses hukum dengan profesional.", "Ronny"),
        ("Sehingga Ade Herlanda meminta bertemu dengan Adi Susanto pekan lalu.", "Ade Herlanda"),
        ("Ketua Bawaslu Kaltim, Hari Dermanto menyampaikan, laporan itu sulit dibuktikan.", "Hari Dermanto"),
    ):
        article = warta.analyze(text, force=True)
        person = next(e for e in article.entities if e.name == name)
        assert [m.text for m in person.mentions] == [name], text


def test_regional_prosecutors_and_police_and_a_titled_holder_after_a_known_place():
    """ "Kejaksaan Tinggi (Kejati) Lampung" is the province's prosecutor, not the Kejaksaan Agung, and
    "Gubernur Lampung Arinal Djunaidi", read by the model as one place, is a governor."""
    text = (
        "Kejaksaan Tinggi (Kejati) Riau memeriksa mantan Gubernur Riau Syamsul Bahri pada Senin. "
        "Kejaksaan Negeri Pekalongan menahan dua tersangka. "
        "Kepolisian Daerah (Polda) Kalimantan Barat menangkap tiga orang. "
        "Kejaksaan menahan seorang pegawai bank."
    )
    ents = analysed(text, "2025-06-01")
    assert ents["Kejaksaan Tinggi Riau"].sector == "JUD"
    assert ents["Kejaksaan Negeri Pekalongan"].sector == "JUD"
    assert ents["Kepolisian Daerah Kalimantan Barat"].sector == "COP"
    assert "Kejaksaan Agung" in ents  # the bare word still names the national body
    assert ents["Syamsul Bahri"].type == "PER" and ents["Syamsul Bahri"].titles == ["Gubernur Riau"]


def test_a_police_unit_named_with_its_command_is_a_police_body():
    ents = analysed(
        "Satlantas Polres Cilegon menertibkan truk yang melanggar jam operasional. "
        "Satreskrim Polresta Malang menangkap Budi Hartono.",
        "2025-10-20",
    )
    for name in ("Satlantas Polres Cilegon", "Satreskrim Polresta Malang"):
        assert ents[name].type == "ORG" and ents[name].sector == "COP" and ents[name].country == "IDN"
