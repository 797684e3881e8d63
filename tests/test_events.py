"""PLOVER events: types, modes, aux, actors from subject/object/obliques, passives, nominal events,
embedded speech, dates from doc._.times, and the eval scorer."""

from __future__ import annotations

import datetime as dt
import json

import pytest

import warta
from warta.events.lexicon import cameo_code, get_lexicon
from warta.model import TimeExpr
from warta.normalize import normalize
from warta.pipeline import build_nlp, run_doc


@pytest.fixture(scope="module")
def nlp_rules():
    return build_nlp(None)


def events(nlp, text: str, published: dt.date | None = dt.date(2025, 5, 2)):
    return run_doc(normalize(text).text, published, nlp)._.events


@pytest.fixture(scope="module")
def nlp_model():
    """The installed pipeline, trained model included."""
    return build_nlp()


def codes(actors) -> list[str | None]:
    return [a.country for a in actors]


def named(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, source names, target names) per event: an actor's canonical name, else its text."""
    doc = run_doc(normalize(text).text, dt.date(2025, 5, 2), nlp)
    canon = {e.id: e.name for e in doc._.entities or []}

    def who(actors) -> list[str]:
        return [canon.get(a.entity, a.text) for a in actors]

    return [(e.type, who(e.source), who(e.target)) for e in doc._.events]


def no_events_of(nlp, typ: str, *texts: str) -> None:
    """None of ``texts`` yields an event of type ``typ``."""
    for text in texts:
        assert [e.type for e in events(nlp, text) if e.type == typ] == [], text


def test_lexicon_loads_affixed_forms_and_cameo_map():
    lex = get_lexicon()
    words = ["pasukan", "itu", "menyerang", "kota"]
    assert lex.match(words, 2, len(words)).trigger.type == "ASSAULT"
    nya = lex.match(["pertemuannya"], 0, 1)
    assert nya is not None and nya.trigger.type == "CONSULT"
    assert cameo_code("CONSULT", "visit") == "042"
    assert cameo_code("ASSAULT", "no-such-mode") == "180"
    # a word may have several kinds; each row counts, none hides another
    assert lex.has("tersangka", "person") and lex.has("tersangka", "charge")
    assert lex.has("menduga", "topic") and lex.has("menduga", "enforcer")
    assert not lex.has("menduga", "person") and not lex.has("no-such-word", "topic")


def test_subject_object_and_oblique(nlp_rules):
    (ev,) = events(nlp_rules, "Jepang mengecam Korea Utara atas uji coba rudal itu.")
    assert (ev.type, ev.mode) == ("ACCUSE", "disapprove")
    assert codes(ev.source) == ["JPN"] and codes(ev.target) == ["PRK"]


def test_compound_actors_and_control_verb(nlp_rules):
    (ev,) = events(nlp_rules, "Malaysia dan Thailand sepakat untuk mengirim bantuan kepada Myanmar.")
    assert ev.type == "AGREE"
    assert codes(ev.source) == ["MYS", "THA"] and codes(ev.target) == ["MMR"]


def test_passive_with_oleh(nlp_rules):
    (ev,) = events(nlp_rules, "Kapal nelayan Vietnam ditangkap oleh Bakamla di Laut Natuna Utara.")
    assert (ev.type, ev.mode) == ("COERCE", "arrest")
    assert codes(ev.source) == ["IDN"] and codes(ev.target) == ["VNM"]
    assert ev.location is not None


def test_nominal_event_needs_its_own_actor(nlp_rules):
    evs = events(nlp_rules, "Serangan Israel terhadap Lebanon menewaskan tiga warga.")
    assert evs[0].type == "ASSAULT" and codes(evs[0].source) == ["ISR"] and codes(evs[0].target) == ["LBN"]
    assert events(nlp_rules, "Pembicaraan tentang kerja sama masih berlangsung.") == []


def test_negation_future_and_hypothetical(nlp_rules):
    (neg,) = events(nlp_rules, "Filipina tidak mendukung usulan Tiongkok.")
    assert (neg.type, neg.aux) == ("SUPPORT", "negation")
    (fut,) = events(nlp_rules, "Prabowo akan bertemu dengan Anthony Albanese di Canberra.")
    assert (fut.type, fut.aux, fut.mode) == ("CONSULT", "future", "visit")
    (hyp,) = events(nlp_rules, "Jika Iran menyerang Israel, kawasan itu akan bergejolak.")
    assert (hyp.type, hyp.aux) == ("ASSAULT", "hypothetical")


def test_intent_becomes_agree_or_threaten(nlp_rules):
    (agree,) = events(nlp_rules, "Jerman akan memberikan bantuan kepada Sudan.")
    assert agree.type == "AGREE" and agree.aux is None
    (threat,) = events(nlp_rules, "Korea Utara mengancam akan menyerang Korea Selatan.")
    assert (threat.type, threat.mode) == ("THREATEN", "violence")


def test_speech_embedded_event_takes_the_speaker(nlp_rules):
    evs = events(nlp_rules, "Presiden Prancis Emmanuel Macron mengatakan bahwa ia mendukung Ukraina.")
    (ev,) = [e for e in evs if e.type == "SUPPORT"]
    assert codes(ev.source) == ["FRA"] and ev.source[0].text == "ia"
    assert codes(ev.target) == ["UKR"]


def test_date_comes_from_the_clause_time(nlp_rules):
    doc = nlp_rules.make_doc("Prabowo bertemu Xi Jinping pada hari Kamis di Beijing.")
    doc._.published = dt.date(2025, 4, 13)
    for name, proc in nlp_rules.pipeline:
        if name == "warta_events":
            start = doc.text.index("hari Kamis")
            doc._.times = [
                TimeExpr(start=start, end=start + 10, text="hari Kamis", type="DATE", value="2025-04-10")
            ]
        doc = proc(doc)
    (ev,) = doc._.events
    assert ev.date == "2025-04-10" and ev.mode == "visit"


def test_historical_from_an_earlier_year(nlp_rules):
    doc = nlp_rules.make_doc("Rusia menyerang Georgia pada tahun 2008.")
    doc._.published = dt.date(2025, 1, 1)
    for name, proc in nlp_rules.pipeline:
        if name == "warta_events":
            start = doc.text.index("tahun 2008")
            doc._.times = [
                TimeExpr(start=start, end=start + 10, text="tahun 2008", type="DATE", value="2008")
            ]
        doc = proc(doc)
    (ev,) = doc._.events
    assert (ev.type, ev.aux, ev.date) == ("ASSAULT", "historical", "2008")


def test_scorer_counts_hits_and_codes():
    from warta.evaluate.events import score

    rows = [
        {"event": "ACCUSE", "source": [{"code": "JPN"}], "target": [{"code": "PRK"}]},
        {"event": "AID", "source": [{"code": "IGO"}], "target": []},
        {"event": "REJECT", "source": [{"code": "IRN"}], "target": []},
    ]
    preds = [
        [{"type": "ACCUSE", "source": [{"country": "JPN"}], "target": [{"country": "KOR"}]}],
        [
            {"type": "AID", "source": [{"country": "UNO"}], "target": []},
            {"type": "CONSULT", "source": [], "target": []},
        ],
        [],
    ]
    result = score(rows, preds)
    assert (result["tp"], result["fp"], result["fn"]) == (2, 1, 1)
    assert result["source_acc"] == 1.0 and result["target_acc"] == 0.5
    # of two events of the gold type, the one on the gold trigger is scored
    row = {"event": "ASSAULT", "trigger": "meledakkan bom", "source": [], "target": [{"code": "AFG"}]}
    two = [
        {"type": "ASSAULT", "trigger": {"text": "menculik"}, "source": [], "target": []},
        {"type": "ASSAULT", "trigger": {"text": "meledakkan"}, "source": [], "target": [{"country": "AFG"}]},
    ]
    assert score([row], [two])["target_acc"] == 1.0


def test_seed_events(seed_text, seed_gold, nlp_rules):
    doc = run_doc(normalize(seed_text).text, dt.date.fromisoformat(seed_gold["date"]), nlp_rules)
    for gold in seed_gold["events"]:
        found = [
            e
            for e in doc._.events
            if e.type == gold["event"]
            and (e.mode or "") == gold["mode"]
            and e.aux == gold["aux"]
            and {a.country for a in e.source} == set(gold["source"])
            and {a.country for a in e.target} == set(gold["target"])
            and gold["trigger"].split()[0] in e.trigger.text
        ]
        assert found, gold
    (meeting,) = [e for e in doc._.events if e.trigger.text == "bertemu" and e.mode == "visit"]
    if doc._.times:  # the date needs the time component
        assert meeting.date == "2025-03-13"


def test_plover_dev_scores(tmp_path):
    from conftest import shared_path

    from warta.evaluate.events import run

    dev = shared_path("data", "events", "plover-id_dev.jsonl")
    out = tmp_path / "pred.jsonl"
    result = run(dev, out)
    assert result["f1"] >= 0.72 and result["source_acc"] >= 0.72
    first = json.loads(out.read_text(encoding="utf-8").splitlines()[0])
    assert {"id", "text", "event", "source", "target", "trigger"} <= set(first)


def test_words_inside_a_name_are_not_triggers(nlp_rules):
    evs = events(
        nlp_rules,
        "Lembaga Dana Kerja Sama Pembangunan Daerah menyalurkan Rp 43 miliar ke Kabupaten Sumedang.",
    )
    assert all(ev.trigger.text != "Kerja Sama" for ev in evs)


def test_a_reporter_meeting_the_speaker_is_no_event(nlp_rules):
    evs = events(nlp_rules, '"Kami siap," kata Menteri Hukum Andi Wirawan saat ditemui di Jakarta.')
    assert all(ev.trigger.text != "ditemui" for ev in evs)


def test_a_demand_in_reported_speech_is_a_request_by_the_speaker(nlp_rules):
    (ev,) = [e for e in events(nlp_rules, "Rusia menyatakan bahwa Sudan harus mengembalikan helikopter itu.")]
    assert ev.type == "REQUEST"
    assert codes(ev.source) == ["RUS"] and codes(ev.target) == ["SDN"]


def test_a_demand_inside_a_quote_is_a_request_by_its_speaker(nlp_rules):
    evs = events(
        nlp_rules,
        '"Pemerintah Malaysia harus membebaskan nelayan kami," kata Menteri Luar Negeri Indonesia Sari Wulandari.',
    )
    (ev,) = [e for e in evs if e.trigger.text.startswith("harus")]
    assert ev.type == "REQUEST"
    assert codes(ev.source) == ["IDN"] and codes(ev.target) == ["MYS"]


def test_an_obligation_with_no_one_demanding_it_is_no_request(nlp_rules):
    # narrative "must", a speaker obliging themselves, and "without having to" ask nothing of anyone
    for text in (
        "Sebab, para gubernur harus berkoordinasi dengan pemerintah pusat setiap bulan.",
        '"Kita harus membahasnya kembali di DPR," kata Ketua DPR Budi Santoso.',
        "Pergantian komisioner KPU bisa dilakukan tanpa harus menunda Pilkada.",
    ):
        assert all(ev.type != "REQUEST" for ev in events(nlp_rules, text)), text


def test_a_relative_clause_stays_inside_the_reported_speech(nlp_rules):
    evs = events(
        nlp_rules,
        "Pemberontak Sudan mengumumkan bahwa Presiden Kenya yang baru terpilih harus mundur.",
    )
    (ev,) = [e for e in evs if e.type == "REQUEST"]
    assert codes(ev.source) == ["SDN"] and codes(ev.target) == ["KEN"]


@pytest.mark.parametrize(
    "text",
    [
        "Bank Indonesia memangkas suku bunga acuan sebesar 25 basis poin.",  # economics, not a sanction
        "Pemerintah tengah berencana melanjutkan proyek kereta cepat ke Surabaya.",  # a plan, no threat
        "Kasus pembunuhan berencana itu terjadi di Cirebon pada 2016.",  # premeditated murder
        "Menteri Keuangan Sri Wahyuni mengakui bahwa target itu sulit dicapai.",  # "admitted that"
        "Presiden telah menandatangani keputusan pembentukan kementerian baru.",  # a decree, no partner
        "Bank Mandiri menyambut era suku bunga rendah dengan optimisme.",  # no visit
        "Gubernur Jawa Tengah mendorong pertumbuhan ekonomi daerah lewat pariwisata.",  # boosts growth
        "Kepala Badan Siber Negara mengatakan sistem pajak baru sudah siap.",  # ready, not willing
        "Calon itu menduduki peringkat sembilan dalam seleksi anggota KPU.",  # a rank, not an occupation
        "Gubernur Jawa Timur menghapus denda pajak untuk meringankan beban masyarakat.",  # relief
        "Pengadilan Tinggi DKI membatalkan putusan bebas hakim agung itu.",  # a ruling, not a sanction
        "Pokir itu berupa janji kampanye para anggota dewan kepada masyarakat.",  # a campaign promise
        "Wartawan menghubungi Juru Bicara KPK untuk meminta konfirmasi soal penggeledahan itu.",  # press work
        "Bank Sentral Amerika Serikat kembali menahan suku bunga acuan di level 4,5 persen.",  # rates
        "Pertamina bertugas mengamankan kebutuhan energi nasional.",  # securing supply, no arrest
        "Petugas menyimpan senjata yang dirampas itu di gudang.",  # "yang dirampas": describes a thing
        "Momen tepat bagi pemilik kendaraan di Jawa Timur telah tiba.",  # a moment arrives, no visit
        "Jaksa KPK menilai pembelaan dari penasihat hukum terdakwa hanya pembenaran semata.",  # a court plea
        "Djarot mencemaskan belum siapnya kebutuhan dasar di Ibu Kota Nusantara.",  # readiness, a noun
    ],
)
def test_words_that_only_look_like_triggers(nlp_rules, text):
    assert [(ev.type, ev.trigger.text) for ev in events(nlp_rules, text)] == []


@pytest.mark.parametrize(
    "text",
    [
        "Jaksa membacakan Surat Perintah Penyidikan Kejaksaan Agung di depan hakim.",
        "Ketua BPK menyerahkan Laporan Hasil Pemeriksaan BPK kepada DPR.",
    ],
)
def test_a_trigger_word_inside_a_title_is_no_event(text):
    # the trained model's path (the shipped model): it finds the bodies that make these look like events
    assert [(ev.type, ev.trigger.text) for ev in events(None, text)] == []


def test_a_dateline_place_is_not_an_actor_and_a_noun_with_ini_refers_back(nlp_rules):
    for text in (
        "Jakarta - Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di Moskow.",
        "JAKARTA, KOMPAS.com - Presiden Prabowo Subianto bertemu Presiden Rusia Vladimir Putin di Moskow.",
    ):
        (meet,) = events(None, text)
        assert [a.text for a in meet.source] == ["Presiden Prabowo Subianto"]
    (backing,) = events(nlp_rules, "Jakarta mendukung kemerdekaan Palestina.")  # the city's government
    assert codes(backing.source) == ["IDN"]
    said = "Pengamat Universitas Indonesia Rina Kusumawati menilai kesepakatan ini penting bagi nelayan."
    assert events(nlp_rules, said) == []  # the agreement reported before, not a new one


def test_an_actor_after_a_locative_preposition_is_neither_agent_nor_target(nlp_rules):
    (held,) = events(nlp_rules, "Para pengungsi Suriah ditampung di kamp milik Pemerintah Turki.")
    assert held.type == "AID" and codes(held.source) == [] and "TUR" not in codes(held.target)
    (hit,) = events(nlp_rules, "Kamp pengungsi di Rafah diserang oleh pasukan Israel.")
    assert codes(hit.source) == ["ISR"]


def test_dari_right_after_an_event_noun_names_who_gives_it(nlp_rules):
    (backing,) = events(nlp_rules, "Pemerintah Malaysia mendapatkan dukungan dari Pemerintah Jepang.")
    assert backing.type == "SUPPORT" and codes(backing.source) == ["JPN"] and codes(backing.target) == ["MYS"]


def test_the_place_stands_for_an_unnamed_target_and_lends_its_country_to_a_generic_actor(nlp_rules):
    (bombing,) = events(nlp_rules, "Pemberontak Afganistan meledakkan serangkaian bom di Kabul.")
    assert codes(bombing.target) == ["AFG"] and bombing.location is not None
    (extend,) = events(
        nlp_rules, "Dewan Keamanan PBB menyetujui perpanjangan mandat pasukan penjaga perdamaian di Lebanon."
    )
    assert codes(extend.target) == ["LBN"]


def test_after_a_pe_an_noun_a_private_person_is_the_one_it_is_done_to(nlp_rules):
    (murder,) = events(
        nlp_rules,
        "Kejaksaan Agung menghormati putusan praperadilan atas pembunuhan Vina Lestari di Cirebon.",
    )
    assert [a.text for a in murder.target] == ["Vina Lestari"] and murder.source == []
    (attack,) = events(nlp_rules, "Serangan Israel ke Rafah menewaskan 20 orang.")
    assert codes(attack.source) == ["ISR"]  # a state after a plain noun still acts


def test_led_by_and_a_title_before_a_country_give_the_country():
    (retake,) = events(None, "Pasukan pimpinan Vietnam merebut kembali sebuah desa di Kamboja barat.")
    assert codes(retake.source) == ["VNM"] and codes(retake.target) == ["KHM"]
    (mediate,) = events(None, "Emir Qatar memulai upaya mediasi antara Uni Emirat Arab dan Arab Saudi.")
    assert "QAT" in codes(mediate.source)


def test_background_nouns_and_a_passive_describing_a_thing_are_no_new_events(nlp_rules):
    text = (
        "Rusia menyatakan bahwa Sudan harus mengembalikan helikopter yang disita otoritas Sudan pekan lalu."
    )
    assert [e.type for e in events(nlp_rules, text)] == ["REQUEST"]
    text = "Suriah menyatakan bersedia menarik pasukannya dari Lebanon, setelah lima belas tahun pendudukan militer."
    assert [e.type for e in events(nlp_rules, text)] == ["AGREE"]
    text = (
        "Setelah banyaknya protes dan penolakan dari masyarakat, Presiden memutuskan menunda kenaikan pajak."
    )
    assert events(nlp_rules, text) == []


def test_the_verb_before_an_event_noun_decides_who_does_it():
    (got,) = events(None, "Wali Kota Medan Bobby Nasution mendapat dukungan total tujuh partai.")
    assert (
        got.type == "SUPPORT" and got.source == [] and [a.text for a in got.target][-1].endswith("Nasution")
    )
    (met,) = events(None, "Ini merupakan pertemuan pertama Kaesang Pangarep dengan Aboe Bakar Al-Habsyi.")
    assert [a.text for a in met.source] == ["Kaesang Pangarep"] and met.target
    assert (
        events(
            None, "Ketua The Fed Jerome Powell menjelaskan penahanan suku bunga itu untuk meredam inflasi."
        )
        == []
    )
    (backing,) = events(
        None, "Andi menilai dukungan Partai Keadilan Sejahtera (PKS) terhadap Anies Baswedan kuat."
    )
    assert [a.text for a in backing.target] == ["Anies Baswedan"]


def test_the_senses_those_words_keep(nlp_rules):
    (cut,) = events(nlp_rules, "Amerika Serikat memangkas bantuan ekonomi kepada Mesir.")
    assert cut.type == "SANCTION" and codes(cut.source) == ["USA"] and codes(cut.target) == ["EGY"]
    (recog,) = events(nlp_rules, "Spanyol mengakui kedaulatan Palestina.")
    assert recog.type == "SUPPORT" and codes(recog.source) == ["ESP"]
    (plan,) = events(nlp_rules, "Israel berencana menyerang Lebanon.")
    assert (plan.type, plan.mode) == ("THREATEN", "violence")
    (signed,) = events(nlp_rules, "Indonesia dan Australia menandatangani perjanjian pertahanan.")
    assert signed.type == "SUPPORT"  # PLOVER-ID codes a signed treaty as SUPPORT
    (urge,) = events(nlp_rules, "Ketua Ombudsman mendorong Kejaksaan Agung mengusut kasus itu.")
    assert urge.type == "REQUEST" and urge.target[0].text == "Kejaksaan Agung"
    (urge_that,) = events(nlp_rules, "Menteri Luar Negeri Jepang mendorong agar kedua negara berunding.")
    assert urge_that.type == "REQUEST" and codes(urge_that.source) == ["JPN"]
    (ready,) = events(nlp_rules, "Pemerintah Malaysia siap membantu korban banjir di Aceh.")
    assert ready.type == "AGREE" and codes(ready.source) == ["MYS"]
    (occupy,) = events(nlp_rules, "Pasukan Israel menduduki wilayah Tepi Barat.")
    assert (occupy.type, occupy.mode) == ("COERCE", "seize")
    (held,) = events(nlp_rules, "Polisi lalu datang ke lokasi untuk mengamankan para pelaku.")
    assert (held.type, held.mode) == ("COERCE", "arrest")
    (fired,) = events(nlp_rules, "Ada 26 pegawai pajak yang dipecat oleh Kementerian Keuangan.")
    assert fired.type == "SANCTION" and codes(fired.source) == ["IDN"]
    (cancel,) = events(nlp_rules, "Menteri Prancis membatalkan rencana kunjungan ke Haiti.")
    assert cancel.type == "SANCTION" and codes(cancel.source) == ["FRA"]
    (welcome,) = events(nlp_rules, "Presiden Prabowo menyambut kedatangan Presiden Prancis di Jakarta.")
    assert welcome.type == "CONSULT" and codes(welcome.target) == ["FRA"]


def test_an_actor_in_a_place_phrase_before_the_trigger_is_not_its_source(nlp_model):
    text = (
        "Utusan AS Steve Witkoff mengatakan ia telah kembali ke kedutaan Rusia untuk memberi pengarahan "
        "kepada Presiden Donald Trump."
    )
    doc = run_doc(normalize(text).text, dt.date(2025, 3, 16), nlp_model)
    (ev,) = [e for e in doc._.events if e.trigger.text == "memberi pengarahan"]
    names = {e.id: e.name for e in doc._.entities}
    assert [names[a.entity] for a in ev.source] == ["Steve Witkoff"]  # not Rusia: "ke kedutaan Rusia"
    assert [names[a.entity] for a in ev.target] == ["Donald Trump"]


def test_an_organisation_is_listed_once_and_does_nothing_to_itself(nlp_model):
    text = (
        "Bank Indonesia (BI) berkomitmen menjaga stabilitas rupiah. "
        "Otoritas Jasa Keuangan (OJK) sepakat dengan Kementerian Keuangan (Kemenkeu) soal aturan itu."
    )
    doc = run_doc(normalize(text).text, dt.date(2025, 8, 30), nlp_model)
    for ev in doc._.events:
        src = [a.entity for a in ev.source if a.entity]
        tgt = [a.entity for a in ev.target if a.entity]
        assert len(src) == len(set(src)) and len(tgt) == len(set(tgt)), ev
        assert not set(src) & set(tgt), ev


def test_market_demand_is_no_request(nlp_model):
    text = (
        "Harga cabai naik karena tingginya permintaan dari masyarakat. Kapasitas ekonomi Indonesia masih mampu "
        "memenuhi permintaan pasar. Bank Indonesia ingin meningkatkan permintaan kredit. "
        "Megawati menolak permintaan KPK untuk hadir."
    )
    doc = run_doc(normalize(text).text, dt.date(2025, 8, 30), nlp_model)
    market = text.index("Megawati")
    assert [e.trigger.text for e in doc._.events if e.trigger.start < market] == []
    assert any(e.trigger.start > market for e in doc._.events)  # Megawati's refusal of a real request


def test_helping_a_thing_is_no_aid_helping_someone_is(nlp_model):
    text = (
        "Inisiatif itu membantu kesulitan mahasiswa dan membantu pergerakan wisatawan. "
        "Pemerintah Jepang membantu Indonesia memulihkan wilayah yang terdampak gempa."
    )
    doc = run_doc(normalize(text).text, dt.date(2025, 8, 30), nlp_model)
    aid = [e for e in doc._.events if e.type == "AID"]
    assert len(aid) == 1 and [a.country for a in aid[0].source] == ["JPN"]
    assert [a.country for a in aid[0].target] == ["IDN"]


def test_an_obligation_on_a_thing_is_no_request_to_its_owner(nlp_model):
    text = (
        "Menurut Menteri Keuangan Budi Santoso, setiap rupiah uang rakyat harus dijaga dengan baik. "
        "Ia menilai pembiayaan guru dan dosen harus ditanggung bersama. "
        "Menurut dia, pemerintah daerah harus menambah anggaran sekolah."
    )
    doc = run_doc(normalize(text).text, dt.date(2025, 8, 30), nlp_model)
    requests = [e for e in doc._.events if e.type == "REQUEST"]
    assert [[a.text for a in e.target] for e in requests] == [["pemerintah daerah"]]


def test_supporting_a_thing_is_no_support_supporting_someone_or_their_plan_is(nlp_model):
    text = (
        "Bendungan baru itu berperan dalam mendukung ketahanan pangan. "
        "Nilai tukar rupiah menguat didukung oleh kebijakan stabilisasi Bank Indonesia. "
        "Partai Golkar mendukung upaya pemerintah menurunkan harga beras. "
        "Partai Nasdem resmi mendukung Wali Kota Bogor Dedi Kurniawan. "
        "Pencalonan Dedi Kurniawan sudah didukung oleh Partai Gerindra. "
        "Rupiah akan tetap stabil didukung oleh komitmen Bank Indonesia. "
        "Partai Demokrat mendukung program-program prioritas pemerintah."
    )
    doc = run_doc(normalize(text).text, dt.date(2025, 8, 30), nlp_model)
    support = [e for e in doc._.events if e.type == "SUPPORT"]
    got = [([a.text for a in e.source], [a.text for a in e.target]) for e in support]
    assert got == [
        (["Partai Golkar"], ["pemerintah"]),
        (["Partai Nasdem"], ["Wali Kota Bogor Dedi Kurniawan"]),
        (["Partai Gerindra"], ["Dedi Kurniawan"]),
        (["Partai Demokrat"], ["pemerintah"]),
    ]
    assert [
        e.type for e in doc._.events if "Rupiah" in doc.text[e.trigger.start - 60 : e.trigger.start]
    ] == []


def test_a_speaker_met_by_the_reporter_after_the_quote_is_no_event(nlp_rules):
    for text in (
        '"Kami siap membantu," katanya ditemui di Balai Kota Bogor, Senin.',
        "Wali Kota Bogor Dedi Kurniawan menjawab. “Jadi kita hemat, ya kita mulai dari Pemkot Bogor,” "
        "katanya ditemui di Tanah Sareal, Kamis (15/10/2025).",
    ):
        assert all(ev.trigger.text != "ditemui" for ev in events(nlp_rules, text)), text


def test_a_prosecutors_sentencing_demand_is_an_allegation_not_a_request(nlp_model):
    text = (
        "Mantan menteri itu, Budi Santoso, dituntut 10 tahun penjara oleh jaksa KPK. "
        "Para petani menuntut kenaikan harga gabah kepada pemerintah."
    )
    doc = run_doc(normalize(text).text, dt.date(2025, 8, 30), nlp_model)
    got = {e.trigger.text.split()[0]: (e.type, e.mode) for e in doc._.events}
    assert got["dituntut"] == ("ACCUSE", "allege")
    assert got["menuntut"][0] == "REQUEST"


def test_an_event_noun_that_is_only_believed_seen_or_ignored_keeps_its_own_actors(nlp_model):
    # the believer, the onlooker and the one who ignores it do not meet, investigate or call
    (met,) = events(
        nlp_model, "Pengamat politik itu meyakini pertemuan Budi Santoso dengan Susi Wulandari meredam isu."
    )
    assert [a.text for a in met.source] == ["Budi Santoso"]
    assert [a.text for a in met.target] == ["Susi Wulandari"]
    text = "Bank sentral mengabaikan seruan Presiden Joko Widodo agar bunga turun."
    (call,) = [e for e in events(nlp_model, text) if e.trigger.text == "seruan"]
    assert call.type == "REQUEST" and [a.text for a in call.source] == ["Presiden Joko Widodo"]


def test_a_topic_discussed_with_someone_is_the_speakers_meeting_with_them(nlp_model):
    (talk,) = events(
        nlp_model, "Andi Wijaya menegaskan usulan tersebut sudah didiskusikan dengan Bobby Nasution."
    )
    assert talk.type == "CONSULT"
    assert [a.text for a in talk.source] == ["Andi Wijaya"] and [a.text for a in talk.target] == [
        "Bobby Nasution"
    ]
    (talk,) = events(nlp_model, "Anggaran itu dibahas Menteri Keuangan Sri Mulyani bersama Komisi XI DPR.")
    assert talk.source and talk.source[0].text.endswith("Sri Mulyani")
    assert [a.text for a in talk.target][0].startswith("Komisi XI")


def test_the_perpetrator_named_in_brackets_is_the_source_not_the_victim(nlp_model):
    text = "Polisi berhasil mengungkap pelaku pembunuhan (Andi Saputra) di Palembang."
    (murder,) = [e for e in events(nlp_model, text) if e.trigger.text == "pembunuhan"]
    assert [a.text for a in murder.source] == ["Andi Saputra"]
    assert "Andi Saputra" not in [a.text for a in murder.target]
    (murder,) = events(nlp_model, "Keluarga Vina Lestari menunggu sidang pembunuhan Vina Lestari.")
    assert [a.text for a in murder.target] == ["Vina Lestari"]


def test_the_office_after_menjadi_or_sebagai_is_no_actor_of_the_event(nlp_model):
    (proposed,) = events(
        nlp_model, "Dia diusulkan menjadi Hakim Agung oleh Ketua Pengadilan Tinggi Manado, Budi Santoso."
    )
    assert all("Hakim Agung" not in a.text for a in proposed.source + proposed.target)
    assert proposed.source and proposed.source[0].text.endswith("Budi Santoso")


def test_a_reported_clause_does_not_make_its_speaker_the_one_it_happened_to(nlp_model):
    text = "Polda Sumbar menyebut bahwa remaja berusia 13 tahun itu tewas usai melompat dari jembatan."
    assert all("Polda" not in a.text for e in events(nlp_model, text) for a in e.target)
    text = "Kuasa hukum Budi Santoso, Andi Wijaya, mengatakan, pemeriksaan terhadap Budi Santoso bermuatan politis."
    (probe,) = events(nlp_model, text)
    assert all("Andi" not in a.text for a in probe.source)
    # reported to the police is no reporting verb: the one reported is the one sued
    text = "Budi Santoso dilaporkan ke Bareskrim Polri, Komnas HAM, hingga digugat ke Pengadilan Negeri Jakarta Selatan."
    (sued,) = [e for e in events(nlp_model, text) if e.trigger.text == "digugat"]
    assert [a.text for a in sued.target] == ["Budi Santoso"]


def test_an_agent_of_a_nested_event_noun_or_a_country_after_a_body_is_not_the_events(nlp_model):
    text = "Pihak Andi Wijaya melayangkan gugatan praperadilan atas penetapan sebagai tersangka oleh Polda Jabar."
    (suit,) = [e for e in events(nlp_model, text) if e.trigger.text == "gugatan"]
    assert all("Polda" not in a.text for a in suit.source)
    (proposed,) = events(nlp_model, "Pria berusia 59 tahun ini diusulkan oleh Mahkamah Agung RI.")
    assert [a.text for a in proposed.source] == ["Mahkamah Agung RI"] and proposed.target == []


def test_a_parsed_subject_that_is_no_actor_is_not_replaced_by_another_actor(nlp_model):
    text = "Menurut Kepala Dinas Andi Wijaya, para alumni siap untuk menggalang dana secara mandiri."
    assert all("Andi" not in a.text for e in events(nlp_model, text) for a in e.source)
    text = "Ketua Apindo Shinta Kamdani mengatakan, pihaknya mendukung upaya pemerintah menekan inflasi."
    # "pihaknya" is Shinta's side: the pronoun's own words, her entity
    ((typ, source, _),) = named(nlp_model, text)
    assert typ == "SUPPORT" and source and "Shinta" in source[0]


def test_a_verbs_object_at_the_start_is_not_the_sentences_subject(nlp_model):
    text = (
        "Selain bertemu Presiden Joko Widodo, Perdana Menteri Malaysia Anwar Ibrahim juga dijadwalkan "
        "memberi kuliah umum, berdiskusi dengan para rektor."
    )
    (talk,) = [e for e in events(nlp_model, text) if e.trigger.text == "berdiskusi"]
    assert all("Joko Widodo" not in a.text for a in talk.source)


def test_they_is_no_single_person_and_a_verbs_noun_is_not_the_passives_agent(nlp_model):
    text = (
        "Juru bicara KPK Budi Prasetyo mengatakan, tiga orang dicegah. "
        "Mereka dilarang bepergian ke luar negeri selama enam bulan."
    )
    for ev in events(nlp_model, text):
        assert all(a.text != "Mereka" for a in ev.source + ev.target)
    text = "Pernyataan itu Alex sampaikan saat diminta menanggapi pengakuan Megawati Soekarnoputri."
    (asked,) = [e for e in events(nlp_model, text) if e.trigger.text == "diminta"]
    assert all("Megawati" not in a.text for a in asked.source)


def test_a_judge_detained_or_sentenced_is_the_one_it_is_done_to(nlp_model):
    text = "Komisi Yudisial menyoroti vonis bebas Hakim Agung nonaktif Darmawan Saleh."
    (verdict,) = [e for e in events(nlp_model, text) if e.trigger.text.startswith("vonis")]
    assert [a.text for a in verdict.target] == ["Hakim Agung nonaktif Darmawan Saleh"] and not verdict.source
    assert (verdict.type, verdict.mode) == ("RETREAT", "release")  # an acquittal frees, it convicts no one
    text = "Hakim memerintahkan penahanan Hakim Agung Darmawan Saleh di Rutan KPK."
    (held,) = [e for e in events(nlp_model, text) if e.trigger.text == "penahanan"]
    assert "Darmawan Saleh" in held.target[0].text


def test_restricting_a_thing_is_no_coercion_restricting_someone_is(nlp_model):
    text = "Bank sentral Swiss membatasi kenaikan mata uang itu dengan mempertahankan suku bunga."
    assert [e for e in events(nlp_model, text) if e.trigger.text == "membatasi"] == []
    text = "Pemerintah Yunani membatasi akses pasar tenaga kerja bagi anggota baru Uni Eropa."
    (limit,) = [e for e in events(nlp_model, text) if e.trigger.text == "membatasi"]
    assert limit.type == "COERCE"


def test_an_actor_after_about_is_the_topic_not_the_target(nlp_model):
    text = "Menteri Budi Santoso heran dengan huru-hara tentang pembiayaan utang PT Kereta Cepat."
    assert [e for e in events(nlp_model, text) if e.trigger.text == "huru-hara"] == []


def test_an_outlet_in_the_dateline_and_a_topic_discussed_alone_are_no_actors_or_events(nlp_model):
    text = "Suara.com - Ketua Umum Partai Gerindra Prabowo Subianto menyatakan dukungannya terhadap Bobby Nasution."
    (backing,) = events(nlp_model, text)
    assert all("Suara" not in a.text for a in backing.source)
    assert [e.type for e in events(nlp_model, "Andi Wijaya membahas dinasti politik di acara itu.")] == []
    assert [
        e.type for e in events(nlp_model, "Andi Wijaya membahas dinasti politik dengan Budi Santoso.")
    ] == ["CONSULT"]


def test_seizing_attention_is_no_seizure(nlp_model):
    text = "Podcast Andi Wijaya menyita perhatian publik pekan ini."
    assert [e for e in events(nlp_model, text) if e.trigger.text.startswith("menyita")] == []
    (seized,) = events(nlp_model, "Penyidik KPK menyita ponsel milik Budi Santoso.")
    assert (seized.type, seized.mode) == ("COERCE", "seize")


def test_talking_about_something_is_no_phone_call_and_harming_oneself_no_attack(nlp_model):
    assert events(nlp_model, "Kepala BNN Budi Santoso berbicara tentang bahaya narkoba di seminar itu.") == []
    (call,) = events(
        nlp_model, "Presiden Prabowo berbicara melalui telepon dengan Presiden Prancis Emmanuel Macron."
    )
    assert (call.type, call.mode) == ("CONSULT", "phone")
    text = "Ilmuwan itu menyebut peradaban maju biasanya menghancurkan dirinya sendiri."
    assert events(nlp_model, text) == []


def test_a_place_in_a_chain_after_di_is_no_source(nlp_model):
    text = (
        "Siswi SMK di Kabupaten Polewali Mandar, Sulawesi Barat (Sulbar), berinisial RA (16) dikeluarkan "
        "dari sekolah karena menganiaya teman sekelasnya."
    )
    for ev in events(nlp_model, text):
        assert all(a.text not in ("Sulawesi Barat", "Sulbar") for a in ev.source), ev


def test_everyday_failures_warnings_prayers_and_pulled_chairs_are_no_events(nlp_model):
    for text in (
        "Kopi dapat membantu mengurangi risiko gagal jantung, menurut jurnal American Heart Association.",
        "Guru gagal membangun hubungan emosional yang sehat dengan murid.",
        "Ilmuwan Inggris Stephen Hawking memperingatkan bahwa satu kesalahan diplomatik bisa memicu kehancuran.",
        "Marilah kita senantiasa memohon kepada Allah SWT agar diberi kekuatan.",
        "Siswi dari Kendari, Sulawesi Tenggara, terjatuh usai kursinya ditarik teman sekelasnya.",
    ):
        assert events(nlp_model, text) == [], text
    (failed,) = events(nlp_model, "Rusia dan Ukraina gagal mencapai kesepakatan di Istanbul.")
    assert failed.type == "REJECT"


def test_dominating_an_industry_is_no_assault_taking_a_base_is(nlp_model):
    text = "Anggota keluarga itu seperti Bambang Santoso dan Tommy Wijaya menguasai industri dan infrastruktur negara."
    assert [e for e in events(nlp_model, text) if e.trigger.text == "menguasai"] == []
    text = "Pasukan Myanmar berhasil menguasai sebagian basis gerilyawan Karen di perbatasan Thailand."
    (taken,) = [e for e in events(nlp_model, text) if e.trigger.text == "menguasai"]
    assert taken.type == "ASSAULT"


def test_ready_for_no_event_is_no_agreement_ready_to_win_for_a_candidate_is(nlp_model):
    text = "Direktur klub itu, Daniel Tort, mengungkapkan siap memboyong pesepakbola Indonesia ke Spanyol."
    assert events(nlp_model, text) == []
    (backing,) = events(
        nlp_model, "Presiden PKS Ahmad Syaikhu mengatakan partainya siap memenangkan Bobby Nasution."
    )
    # readiness to win for a candidate is campaign support (it was an AGREE before session 31)
    assert backing.type == "SUPPORT" and [a.text for a in backing.target] == ["Bobby Nasution"]
    text = "Kami sudah menyiapkan semua untuk memenangkan Sumatera Utara, kata Edy Rahmayadi."
    assert all(e.trigger.text != "memenangkan" for e in events(nlp_model, text))


def test_urging_candidates_to_run_is_support(nlp_model):
    (backing,) = events(
        nlp_model, "Partai Golkar mendorong Ridwan Kamil dan Suswono maju di Pilkada Jakarta."
    )
    assert backing.type == "SUPPORT" and [a.text for a in backing.target] == ["Ridwan Kamil", "Suswono"]
    (urge,) = events(nlp_model, "Ketua Ombudsman mendorong Kejaksaan Agung mengusut kasus itu.")
    assert urge.type == "REQUEST"


def test_an_urgent_need_is_no_demand(nlp_model):
    text = "Indonesia sebagai negara kepulauan memiliki kebutuhan mendesak akan SDM maritim yang unggul."
    assert events(nlp_model, text) == []


def test_a_conjunction_that_looks_like_a_verb_does_not_take_the_event_noun(nlp_model):
    (blockade,) = events(nlp_model, "Meskipun blokade Israel terus mencegah masuknya bantuan ke Gaza.")
    assert [a.text for a in blockade.source] == ["Israel"]


def test_both_sides_named_after_a_meeting_noun_are_source_and_target(nlp_model):
    (talks,) = events(
        nlp_model, "Saat ini negosiasi antara Indonesia dan Amerika Serikat masih terus berlangsung."
    )
    assert [a.country for a in talks.source] == ["IDN"] and [a.country for a in talks.target] == ["USA"]


def test_a_name_after_a_comma_that_starts_a_clause_is_not_in_the_list_before_it(nlp_model):
    text = (
        "Polisi menemukan jasad siswa berinisial AM (13) di bawah jembatan. Berdasarkan hasil investigasi "
        "LBH Padang, AM diduga dianiaya sebelum tewas."
    )
    evs = events(nlp_model, text, dt.date(2024, 6, 12))
    probe = [e for e in evs if e.trigger.text == "investigasi"]
    assert probe and [a.text for a in probe[0].source] == ["LBH Padang"]
    assert not any("LBH" in a.text for e in evs for a in e.target)
    # a list closed by "dan" stays a list
    (meeting,) = events(
        nlp_model, "Jokowi bertemu Prabowo, Anies dan Ganjar di Istana.", dt.date(2024, 6, 12)
    )
    assert [a.text for a in meeting.target] == ["Prabowo", "Anies", "Ganjar"]
    (rejection,) = events(
        nlp_model, "Sementara itu, Joko Widodo, Prabowo Subianto, Anies Baswedan menolak usulan itu."
    )
    assert len(rejection.source) == 3  # a longer list before the verb stays whole


def test_a_trigger_of_several_words_inside_a_title_is_no_event(nlp_model):
    text = "Rapat dihadiri Kepala Bagian Keuangan, Umum dan Kerja Sama Politeknik Pelayaran Sorong, Budi Santoso."
    assert events(nlp_model, text) == []


def test_content_that_talks_with_someone_is_no_meeting(nlp_model):
    text = "Podcast itu ramai diperbincangkan usai konten yang membahas korupsi bersama Budi Santoso viral."
    assert not any(e.type == "CONSULT" for e in events(nlp_model, text))
    (talk,) = events(nlp_model, "Ketua partai yang membahas koalisi bersama Budi Santoso itu hadir.")
    assert talk.type == "CONSULT"


def test_the_noun_of_a_passive_takes_its_patient(nlp_model):
    (arrest, _) = events(nlp_model, "Setelah ditangkapnya Budi Santoso, polisi memeriksa saksi.")
    assert (
        arrest.type == "COERCE"
        and arrest.source == []
        and [a.text for a in arrest.target] == ["Budi Santoso"]
    )


def test_everyday_phrases_and_proposals(nlp_model):
    assert (
        events(nlp_model, "KIM akan solid sepanjang tidak ada bentrok kepentingan partai di dalamnya.") == []
    )
    assert (
        events(nlp_model, "Shelter itu merupakan tempat evakuasi sementara (TES) yang dibangun PUPR.") == []
    )
    assert events(nlp_model, '"Itu pertanyaannya," kata Djarot ditemui di Kompleks Parlemen Senayan.') == []
    (proposal,) = events(
        nlp_model, "KY mencecar calon hakim agung Ahmad Shalihin terkait wacana menghukum koruptor."
    )
    assert proposal.aux == "hypothetical"


def test_returning_a_thing_is_no_retreat(nlp_model):
    assert events(nlp_model, "Pemerintah baru berhasil mengembalikan data untuk lima layanan.") == []
    assert events(nlp_model, "Kota itu dapat mengembalikan kepercayaan masyarakat.") == []
    (release,) = events(nlp_model, "Hamas mengembalikan tiga sandera kepada Israel.")
    assert release.type == "RETREAT" and [a.country for a in release.source] == ["PSE"]


def test_who_reaps_criticism_is_its_target_an_apology_is_support_and_provoking_is_no_invitation():
    (reaped,) = events(None, "Menteri Keuangan Sri Mulyani menuai kritik dari ekonom.")
    assert reaped.type == "ACCUSE" and reaped.source == []
    assert [a.text for a in reaped.target] == ["Menteri Keuangan Sri Mulyani"]
    (sorry,) = events(None, "Wali Kota Bandung menyampaikan permohonan maaf kepada warga.")
    assert sorry.type == "SUPPORT" and [a.text for a in sorry.source] == ["Wali Kota Bandung"]
    assert events(None, "Rencana Presiden Prabowo itu mengundang pertanyaan dari banyak pihak.") == []
    assert events(None, "Gubernur Jawa Tengah hadir pada acara pengucapan sumpah janji jabatan.") == []


def test_who_undergoes_an_examination_is_its_target_and_the_capitals_high_court_is_a_court():
    (exam,) = events(None, "Hari ini Hasto Kristiyanto menjalani pemeriksaan di Gedung Merah Putih.")
    assert (
        exam.type == "ACCUSE" and exam.source == [] and [a.text for a in exam.target] == ["Hasto Kristiyanto"]
    )
    assert events(None, "Seluruh pegawai Kementerian Kesehatan menjalani pemeriksaan kesehatan rutin.") == []
    (upheld,) = events(None, "PT DKI Jakarta menguatkan vonis 10 tahun penjara terhadap Andi Wijaya.")
    assert upheld.type == "SANCTION" and [(a.text, a.sector) for a in upheld.source] == [
        ("PT DKI Jakarta", "JUD")
    ]


def test_a_name_stressed_with_nya_is_the_actor_not_a_pronoun_for_the_speaker():
    text = "“Kalau mau diformalkan, kalau Pak Prabowo-nya setuju,” kata Ketua MPR Bambang Soesatyo."
    (agree,) = [e for e in events(None, text) if e.type == "AGREE"]
    assert [a.text for a in agree.source] == ["Prabowo"] and agree.source[0].country == "IDN"


def test_a_reason_clause_inside_a_relative_clause_is_about_its_antecedent():
    text = (
        "Anggota Komisi III DPR Rudi Hartono mendesak Polri membuka kembali kasus bocah berusia 13 tahun, "
        "Bima Saputra, yang tewas karena diduga dianiaya polisi di Padang."
    )
    (beaten,) = [e for e in events(None, text) if e.type == "ASSAULT"]
    assert [a.text for a in beaten.target] == ["Bima Saputra"] and [a.text for a in beaten.source] == [
        "polisi"
    ]


def test_a_ticket_of_two_people_is_one_party():
    (backing,) = events(None, "Partai Golkar mendukung pasangan Prabowo-Gibran dalam Pilpres 2024.")
    assert [a.text for a in backing.target] == ["Prabowo", "Gibran"]


def test_a_must_binds_only_the_actor_right_before_it_and_needs_one():
    (must,) = events(None, '"Pemerintah seharusnya mendengar suara petani," kata Budi Santoso.')
    assert must.type == "REQUEST" and [a.text for a in must.target] == ["Pemerintah"]
    assert [a.text for a in must.source] == ["Budi Santoso"]
    # an actor after the modal is not the one obliged; a "should" with no one named asks nothing
    text = '"Syarat usia harus genap 25 tahun bagi calon bupati," kata Ketua KPU Hasyim.'
    assert [e for e in events(None, text) if e.type == "REQUEST"] == []
    text = '"Saya rasa harusnya kalau di luar negeri obat lebih murah, di sini juga," kata Budi Santoso.'
    assert [e for e in events(None, text) if e.type == "REQUEST"] == []


def test_who_a_must_obliges():
    def obliged(text: str) -> list[str] | None:
        found = [e for e in events(None, text) if e.type == "REQUEST"]
        return [a.text for a in found[0].target] if found else None

    assert obliged('"Ke depan BPK harus lebih ketat mengawasi anggaran," ujar Presiden Prabowo.') == ["BPK"]
    assert obliged("Menurut Ali Rahman, pemerintah dan parlemen harus lebih berani.") == [
        "pemerintah",
        "parlemen",
    ]
    assert obliged("Menurut Ali Rahman, para milisi di Nduga harus meletakkan senjata.") == ["milisi"]
    assert obliged('"Harusnya kepolisian bisa lebih detail menjelaskan," ujar Ali Rahman.') == ["kepolisian"]
    # a name that only qualifies a thing, or a place where something is, is not the one obliged
    assert obliged('"Kebijakan Gubernur Dedi Mulyadi harus dievaluasi," kata Ali Rahman.') is None
    assert obliged('"Elektabilitas Kaesang di Jawa Tengah harus diperiksa lagi," kata Ali Rahman.') is None


def test_a_severe_warning_sanction_an_unwilling_speaker_and_a_deputy_attorney_general():
    (warned,) = events(None, "DKPP menjatuhkan sanksi peringatan keras kepada Ketua KPU Budi Santoso.")
    assert warned.type == "SANCTION" and [a.text for a in warned.source] == ["DKPP"]
    assert events(None, '"Saya tidak mau membual soal 100 hari pertama," kata Budi Santoso.') == []
    (refused,) = events(None, "PDIP tidak mau menemui utusan Partai Gerindra.")
    assert refused.type == "REJECT" and [a.text for a in refused.source] == ["PDIP"]
    (held,) = events(None, "Jampidsus Andi Wibowo menahan pengusaha Hendra Lie.")
    assert held.source[0].sector == "JUD" and held.source[0].country == "IDN"


def test_talk_with_no_partner_after_an_opening_phrase_is_no_meeting():
    text = "Berkaitan dengan perannya sebagai Ketua Dewan Pengarah BRIN, Megawati kerap membahas isu pangan."
    assert [e for e in events(None, text) if e.type == "CONSULT"] == []
    (met,) = events(None, "Menurut Budi Santoso, Jokowi membahas hal itu dengan Prabowo.")
    assert [a.text for a in met.source] == ["Jokowi"] and [a.text for a in met.target] == ["Prabowo"]


def test_after_a_receiving_verb_the_nouns_own_actor_gives_it():
    (backed,) = events(None, "Gibran mendapat dukungan PKS dalam pilkada.")
    assert [a.text for a in backed.source] == ["PKS"] and [a.text for a in backed.target] == ["Gibran"]
    (examined,) = events(None, "Hasto Kristiyanto menjalani pemeriksaan KPK.")
    assert [a.text for a in examined.source] == ["KPK"] and [a.text for a in examined.target] == [
        "Hasto Kristiyanto"
    ]


def test_who_is_imposed_a_sanction_by_a_passive_verb_is_its_target():
    (imposed,) = events(None, "Enam komisioner KPU lainnya juga dijatuhi sanksi yang sama oleh DKPP.")
    assert imposed.type == "SANCTION"
    assert [a.text for a in imposed.source] == ["DKPP"]
    assert [a.text for a in imposed.target] == ["komisioner KPU"]
    (warned,) = events(None, "Anggota DPRD itu akan dikenakan sanksi oleh Badan Kehormatan.")
    assert warned.type == "THREATEN" and warned.source[0].text == "Badan Kehormatan"
    assert [a.text for a in warned.target] == ["Anggota DPRD"]
    (given,) = events(None, "Partai Demokrat diberi sanksi administratif oleh KPU.")
    assert [a.text for a in given.source] == ["KPU"] and [a.text for a in given.target] == ["Partai Demokrat"]


def test_a_when_clause_without_subject_is_done_by_the_agent_of_a_passive_with_no_actor_subject():
    (met,) = events(
        None, "Usulan tersebut disampaikan oleh Amien Rais saat bertemu Ketua MPR Bambang Soesatyo."
    )
    assert met.type == "CONSULT" and [a.text for a in met.source] == ["Amien Rais"]
    (met2,) = events(
        None, "Usulan tersebut disampaikan Amien Rais seusai bertemu Ketua MPR Bambang Soesatyo."
    )
    assert [a.text for a in met2.source] == ["Amien Rais"]
    # the passive's subject is an actor: the clause is about that one, not the agent
    examined, visit = events(
        None, "Hasto diperiksa oleh penyidik KPK saat bertemu Ketua MPR Bambang Soesatyo."
    )
    assert examined.type == "ACCUSE" and visit.type == "CONSULT"
    assert [a.text for a in visit.source] == ["Hasto"]


def test_what_a_speaker_says_without_bahwa_is_a_clause_of_its_own():
    """ "X mengatakan pelaku sudah ditangkap": the one arrested is the culprit, not the speaker; an active
    verb in what he says still has him as its subject when it names none."""
    for said in (
        "Kapolres Jember AKBP Bobby Santoso mengatakan pelaku sudah ditangkap.",
        "Kapolres Jember AKBP Bobby Santoso mengatakan tersangka pernah dipenjara pada 2017.",
    ):
        assert all(
            a.text != "Kapolres Jember AKBP Bobby Santoso" for e in events(None, said) for a in e.target
        )
    (arrest,) = events(
        None, "Kapolres Jember AKBP Bobby Santoso mengatakan pelaku sudah ditangkap Polres Lumajang."
    )
    assert arrest.type == "COERCE" and [a.text for a in arrest.source] == ["Polres Lumajang"]
    assert arrest.target == []
    (meet,) = events(None, "Menteri Luar Negeri Sugiono menegaskan akan bertemu Menlu Australia pekan depan.")
    assert meet.type in ("CONSULT", "AGREE") and [a.text for a in meet.source] == [
        "Menteri Luar Negeri Sugiono"
    ]


def test_an_event_noun_right_after_a_speech_verb_is_the_speakers_own_act():
    (commit,) = events(
        None, "Gubernur Sumatera Selatan Herman Deru menegaskan komitmennya mewujudkan wisata medis."
    )
    assert commit.type == "AGREE" and [a.text for a in commit.source] == [
        "Gubernur Sumatera Selatan Herman Deru"
    ]
    (backing,) = events(
        None, "Trump juga menyatakan dukungan terhadap Australia dalam kerja sama keamanan itu."
    )
    assert backing.type == "SUPPORT" and [a.text for a in backing.source] == ["Trump"]


def test_a_generic_actor_that_qualifies_a_thing_before_harus_is_not_obliged():
    said = "Putusan MA itu menyebut syarat usia calon bupati atau wakil bupati harus genap 25 tahun."
    assert [e for e in events(None, said) if e.type == "REQUEST"] == []
    (urged,) = events(None, "BPIP menilai seharusnya masyarakat memperkuat semangat toleransi.")
    assert urged.type == "REQUEST" and [a.text for a in urged.source] == ["BPIP"]
    assert [a.text for a in urged.target] == ["masyarakat"]


def test_a_relative_clause_after_a_name_and_its_age_and_a_bare_judge_as_its_antecedent():
    (hurt,) = events(None, "Warga menemukan Budi Santoso (45) yang dianiaya oleh polisi di pasar.")
    assert hurt.type == "ASSAULT" and [a.text for a in hurt.target] == ["Budi Santoso"]
    said = "Lebih jauh, Trimedya menyebut hakim yang membebaskan Pegi Setiawan harus diapresiasi."
    freed = next(e for e in events(None, said) if e.type == "RETREAT")
    assert freed.mode == "release" and [a.text for a in freed.source] == ["hakim"]


def test_met_by_reporters_is_the_setting_of_a_statement_not_a_meeting():
    assert events(None, '"Kami belum menerima surat itu," kata Afif ditemui wartawan di Jakarta.') == []
    assert events(None, "Ditemui wartawan, Erwin mengatakan sampah harus segera diangkut.") == []


def test_a_summons_answered_is_an_investigation_of_the_one_summoned_and_a_phone_call_is_still_a_call():
    (summons,) = events(
        None, "Hasto Kristiyanto akhirnya memenuhi panggilan Komisi Pemberantasan Korupsi pada Senin."
    )
    assert (summons.type, summons.mode) == ("ACCUSE", "investigate")
    assert [a.text for a in summons.source] == ["Komisi Pemberantasan Korupsi"]
    assert [a.text for a in summons.target] == ["Hasto Kristiyanto"]
    (call,) = events(None, "Presiden Prabowo melakukan panggilan telepon dengan Presiden AS Donald Trump.")
    assert (call.type, call.mode) == ("CONSULT", "phone")


def test_keeping_a_promise_is_the_promisers_act_and_a_nickname_is_no_summons():
    (kept,) = events(None, "Hasyim tidak bisa memenuhi janjinya kepada Partai Demokrat.")
    assert kept.type == "AGREE" and [a.text for a in kept.source] == ["Hasyim"]
    assert events(None, "Hendrar Prihadi, dikenal dengan nama panggilan Hendi, adalah politisi PDIP.") == []


def test_a_speakers_cue_with_its_clitic_is_no_actor_of_the_events_after_it():
    text = (
        '"Kami hadir untuk konsumen," kata Vera di Jakarta.\n'
        "Menurutnya, Danone Day ini menjadi momen penting untuk menumbuhkan rasa bangga di kalangan karyawan "
        "Danone, sekaligus mengingatkan peran masing-masing individu dalam mendukung terciptanya Indonesia "
        "yang lebih sehat."
    )
    (backing,) = warta.analyze(text, published="2025-06-01").events
    assert [a.text for a in backing.source] == ["Danone"]


def test_an_examination_by_a_doctor_is_no_investigation():
    said = "Yang bersangkutan tidak dirawat, hanya dilakukan pemeriksaan oleh dokter dari Polda Metro Jaya."
    assert [e for e in events(None, said) if e.type == "ACCUSE"] == []
    (probe,) = events(None, "Tersangka itu menjalani pemeriksaan oleh penyidik Polda Metro Jaya.")
    assert (probe.type, probe.mode) == ("ACCUSE", "investigate")


def test_the_state_sealing_a_site_coerces_and_protesters_sealing_an_office_protest():
    (sealed,) = events(
        None, "Menteri Lingkungan Hidup Hanif Faisol menyegel dua pabrik peleburan logam di Serang."
    )
    assert (sealed.type, sealed.mode) == ("COERCE", "restrict")
    (blocked,) = events(None, "Ratusan mahasiswa menyegel kantor DPRD Kota Makassar.")
    assert (blocked.type, blocked.mode) == ("PROTEST", "obstruct")


def test_stopping_a_programme_is_no_sanction_stopping_aid_or_trade_with_someone_is(nlp_model):
    no_events_of(
        nlp_model,
        "SANCTION",
        "Pemerintah Kabupaten Sleman menghentikan program bedah rumah tahun ini.",
        "Polda Riau menghentikan kasus kematian seorang nelayan di Dumai.",
        "Penyaluran pupuk bersubsidi di Desa Karangjati dihentikan sementara.",
        "Bupati meminta penghentian polemik soal batas desa.",
    )
    (halt,) = events(nlp_model, "Jepang menghentikan bantuan ekonomi kepada Myanmar sejak kudeta.")
    assert halt.type == "SANCTION" and codes(halt.source) == ["JPN"] and codes(halt.target) == ["MMR"]
    (cut,) = events(nlp_model, "Malaysia menghentikan ekspor ayam ke Singapura pekan lalu.")
    assert cut.type == "SANCTION" and codes(cut.source) == ["MYS"]


def test_returning_or_freeing_needs_a_person_or_group_returned(nlp_model):
    no_events_of(
        nlp_model,
        "RETREAT",
        "Petugas karantina memastikan buah impor itu dikembalikan ke negara asalnya.",
        "Jaksa mengembalikan berkas perkara kepada penyidik Polres Bantul.",
        "Yayasan itu membebaskan biaya sekolah bagi anak yatim di Cianjur.",
        "Sejumlah pengamat menilai usul mengembalikan pemilihan gubernur ke DPRD keliru.",
    )
    (freed,) = events(nlp_model, "Pemerintah Myanmar membebaskan dua wartawan Reuters pada Selasa.")
    assert freed.type == "RETREAT" and freed.mode == "release"
    (back,) = events(nlp_model, "Kelompok bersenjata itu memulangkan sembilan sandera ke Filipina.")
    assert back.type == "RETREAT" and back.mode == "release"


def test_arriving_at_home_is_no_visit_arriving_abroad_is(nlp_model):
    no_events_of(
        nlp_model,
        "CONSULT",
        "Ribuan jemaah haji tiba di Bandara Juanda Surabaya pada Kamis pagi.",
        "Wakil Presiden Gibran Rakabuming Raka tiba di Istana Kepresidenan pukul 09.00 WIB.",
        "Ketua MPR tiba di kantor DPP Partai Nasdem sekitar pukul 14.00 WIB.",
    )
    (visit,) = events(nlp_model, "Perdana Menteri Jepang Shigeru Ishiba tiba di Jakarta pada Sabtu malam.")
    assert visit.type == "CONSULT" and visit.mode == "visit" and codes(visit.source) == ["JPN"]
    assert codes(visit.target) == ["IDN"]


def test_a_welcome_needs_someone_who_welcomes(nlp_model):
    no_events_of(
        nlp_model,
        "CONSULT",
        "Pidato Gubernur Jawa Barat itu disambut tepuk tangan para guru.",
        "Rencana kenaikan tarif ojek daring disambut keluhan pengemudi di Makassar.",
    )
    (welcome,) = events(
        nlp_model, "Presiden Vietnam disambut Menteri Luar Negeri Sugiono di Bandara Halim Perdanakusuma."
    )
    assert welcome.type == "CONSULT" and codes(welcome.target) == ["VNM"]


def test_threatening_a_thing_is_no_threat_threatening_someone_is(nlp_model):
    no_events_of(
        nlp_model,
        "THREATEN",
        "Kemarau panjang mengancam keselamatan petani di Gunungkidul.",
        "Ketua Apindo Jawa Tengah menilai kebijakan itu mengancam keberlangsungan industri tekstil.",
        "Konflik di Laut Merah mengancam pasokan minyak ke Asia.",
    )
    (threat,) = events(nlp_model, "Presiden Trump mengancam akan menaikkan tarif impor dari Kanada.")
    assert threat.type == "THREATEN" and codes(threat.source) == ["USA"]
    (warned,) = events(nlp_model, "Kapolda Papua mengancam para prajurit yang terlibat judi daring.")
    assert warned.type == "THREATEN"


def test_examining_a_thing_is_no_investigation_examining_people_is(nlp_model):
    no_events_of(
        nlp_model,
        "ACCUSE",
        "Tim Inspektorat memeriksa data keuangan Dinas Pendidikan Kabupaten Garut.",
        "Warga dapat memeriksa hasil seleksi PPDB melalui laman dinas pendidikan.",
    )
    (exam,) = events(nlp_model, "Kejaksaan Tinggi Bali memeriksa tiga saksi dalam kasus korupsi dana desa.")
    assert exam.type == "ACCUSE" and exam.mode == "investigate"


def test_nominating_a_candidate_is_support(nlp_model):
    (carry,) = events(
        nlp_model, "Partai Nasdem resmi mengusung Bupati Sleman Kustini Sri Purnomo di Pilkada."
    )
    assert carry.type == "SUPPORT" and [a.text for a in carry.source] == ["Partai Nasdem"]
    assert [a.text for a in carry.target] == ["Bupati Sleman Kustini Sri Purnomo"]
    (carried,) = events(nlp_model, "Dedi Mulyadi diusung oleh Partai Nasdem dan PKB.")
    assert carried.type == "SUPPORT" and [a.text for a in carried.target] == ["Dedi Mulyadi"]
    (backed,) = events(nlp_model, "Ini alasan PKB dukung Kustini Sri Purnomo.")
    assert backed.type == "SUPPORT" and [a.text for a in backed.source] == ["PKB"]
    assert [e.type for e in events(nlp_model, "Festival itu mengusung tema budaya pesisir.")] == []


def test_a_reprimand_a_dismissal_an_order_and_obeying_a_ruling(nlp_model):
    (rebuked,) = events(nlp_model, "Bupati Klaten ditegur Kementerian Dalam Negeri karena inflasi tinggi.")
    assert rebuked.type == "ACCUSE" and rebuked.mode == "disapprove"
    assert [a.text for a in rebuked.target] == ["Bupati Klaten"]
    (fired,) = events(nlp_model, "Ketua Bawaslu Jambi diberhentikan oleh DKPP karena melanggar etik.")
    assert fired.type == "SANCTION" and fired.mode == "expel" and [a.text for a in fired.source] == ["DKPP"]
    (order,) = events(nlp_model, "Kapolri memerintahkan Kapolda Jawa Timur mengusut kasus itu.")
    assert order.type == "REQUEST" and [a.text for a in order.target] == ["Kapolda Jawa Timur"]
    (plea,) = events(
        nlp_model, '"Kami mohon Kementerian Keuangan segera mencairkan dana," kata Bupati Klaten.'
    )
    assert plea.type == "REQUEST"
    # (the apology needs its speaker named: an event where no side names anyone is dropped)
    apology = events(nlp_model, '"Kami mohon maaf kepada warga," kata Bupati Klaten Sri Mulyani.')
    assert [e.type for e in apology] == ["SUPPORT"]
    (obey,) = events(nlp_model, "KPU menyatakan mengikuti putusan Mahkamah Agung soal batas usia.")
    assert obey.type == "CONCEDE" and [a.text for a in obey.source] == ["KPU"]


def test_a_thing_as_the_subject_of_an_active_trigger_is_no_event(nlp_model):
    # a fact, a slogan, a set of figures or a shop on wheels does not ask, back or help anyone
    no_events_of(nlp_model, "REQUEST", "Temuan itu mendorong Kementerian Perdagangan mengubah aturan impor.")
    no_events_of(
        nlp_model,
        "REQUEST",
        "Sejak pekan lalu, spanduk tersebut mengajak warga Kota Bogor menjaga kebersihan sungai.",
    )
    no_events_of(nlp_model, "SUPPORT", "Angka inflasi itu mendukung Bank Indonesia menahan suku bunga.")
    # people, groups and their sides still do
    (push,) = events(nlp_model, "Para buruh mendorong Kementerian Ketenagakerjaan menaikkan upah minimum.")
    assert push.type == "REQUEST" and [a.text for a in push.target] == ["Kementerian Ketenagakerjaan"]
    (call,) = events(nlp_model, "Pemerintah mengajak warga Kota Bogor menjaga kebersihan sungai.")
    assert call.type == "REQUEST"


def test_between_one_side_and_the_other_names_both(nlp_model):
    (deal,) = events(
        nlp_model, "Kesepakatan antara China dengan Amerika Serikat soal tarif tercapai di Jenewa."
    )
    assert deal.type == "AGREE"
    assert codes(deal.source) == ["CHN"] and codes(deal.target) == ["USA"]
    (talks,) = events(nlp_model, "Perundingan antara Indonesia dan Malaysia soal batas laut berlanjut.")
    assert codes(talks.source) == ["IDN"] and codes(talks.target) == ["MYS"]


def test_hoping_that_an_actor_acts_is_a_request(nlp_model):
    (hope,) = events(
        nlp_model, "Ketua DPRD Jawa Barat berharap Pemerintah Provinsi Jawa Barat segera memperbaiki jalan."
    )
    assert hope.type == "REQUEST" and [a.text for a in hope.source] == ["Ketua DPRD Jawa Barat"]
    assert [a.text for a in hope.target] == ["Pemerintah Provinsi Jawa Barat"]
    # hoping for a thing asks no one; and the hope still introduces what the speaker says
    no_events_of(
        nlp_model,
        "REQUEST",
        "Ketua DPRD Jawa Barat berharap harga beras segera turun.",
        "Ketua DPRD Jawa Barat berharap Bendungan Jatigede menjadi tujuan wisata baru.",  # a place
        "Ketua DPRD Jawa Barat berharap Institut Teknologi Bandung menjadi kampus riset.",  # a state
        "Ketua DPRD Jawa Barat berharap Bupati Klaten masih menjabat tahun depan.",
    )
    # a hope that something be done to a body asks for the act (session 35), not the body to act
    for text in (
        "Ketua DPRD Jawa Barat berharap Dewan Pengawas KPK bisa segera dibentuk.",
        "Ketua DPRD Jawa Barat berharap Bappeda selanjutnya diisi oleh orang muda.",
    ):
        (asked,) = events(nlp_model, text)
        assert asked.type == "REQUEST" and asked.target == [], text
    (country,) = events(
        nlp_model, "Menteri Luar Negeri Sugiono berharap Malaysia segera membebaskan nelayan kita."
    )
    assert country.type == "REQUEST" and codes(country.target) == ["MYS"]
    (reported,) = events(
        nlp_model, "Menteri Luar Negeri Sugiono berharap, Indonesia akan bertemu Malaysia pekan depan."
    )
    assert reported.type == "CONSULT"  # "akan": a plan reported, not asked for
    bakal = "Menteri Luar Negeri Sugiono berharap, Indonesia bakal bertemu Malaysia pekan depan."
    assert [e.type for e in events(nlp_model, bakal)] == ["CONSULT"]
    (asked,) = events(
        nlp_model, "Gubernur Bobby Nasution berharap, perusahaan tidak memecat buruh perempuan."
    )
    assert asked.type == "REQUEST" and [a.text for a in asked.target] == ["perusahaan"]


def test_a_second_coordinated_verb_is_a_second_event_with_the_same_subject(nlp_model):
    arrest, detain = events(nlp_model, "Polisi menangkap Erwin dan menahan Budi di Palembang.")
    assert (arrest.type, detain.type) == ("COERCE", "COERCE")
    assert [a.text for a in detain.source] == ["Polisi"] and [a.text for a in detain.target] == ["Budi"]
    (held,) = events(nlp_model, "Erwin ditangkap dan ditahan polisi di Palembang.")  # one agent, one patient
    assert [a.text for a in held.target] == ["Erwin"] and [a.text for a in held.source] == ["polisi"]
    # the second verb's subject is the first verb's, not a name inside the first verb's object
    (promise,) = events(
        nlp_model,
        "Trump mengatakan hal itu akan meledakkan utang AS dan berjanji untuk menggagalkan rencana itu.",
    )
    assert promise.type == "AGREE" and [a.text for a in promise.source] == ["Trump"]
    # nor is a verb inside a purpose, part of what the first one is about
    (refusal,) = events(
        nlp_model,
        "Pemberontak menolak memberi izin kepada pesawat PBB untuk mendarat dan mengevakuasi warga.",
    )
    assert refusal.type == "REJECT"
    # two verbs of one object are one event, and a request's complement is no event of its own
    (regret,) = events(nlp_model, "Anies Baswedan menyesalkan dan menyayangkan sikap Partai Gerindra.")
    assert regret.type == "ACCUSE" and [a.text for a in regret.target] == ["Partai Gerindra"]
    (ask,) = events(nlp_model, "Bupati meminta warga mendoakan dan mendukung pemerintah daerah.")
    assert ask.type == "REQUEST"
    # a list of names is no second clause
    (one,) = events(nlp_model, "Polisi menangkap Erwin dan Budi di Palembang.")
    assert [a.text for a in one.target] == ["Erwin", "Budi"]


def test_choosing_a_candidate_is_support_and_an_order_to_a_rank_of_a_body_is_a_request(nlp_model):
    (chose,) = events(nlp_model, "Partai Golkar memilih Ridwan Kamil untuk Pilkada Jakarta.")
    assert chose.type == "SUPPORT" and [a.text for a in chose.target] == ["Ridwan Kamil"]
    no_events_of(
        nlp_model,
        "SUPPORT",
        "Warga memilih diam saat ditanya soal pemilu.",
        "Responden survei yang memilih Ridwan Kamil sebesar 15,9 persen.",  # no one named backs him
    )
    (push,) = events(nlp_model, "Komnas HAM mendorong aparat penegak hukum menindak tambang ilegal.")
    assert push.type == "REQUEST" and push.target  # a generic actor that is a "group" word too
    # a crowd of buyers or comments storms nothing
    no_events_of(nlp_model, "ASSAULT", "Unggahan Wali Kota Bogor itu diserbu komentar warganet.")
    (order,) = events(nlp_model, "Kapolri memerintahkan jajaran Polda Metro Jaya mengusut kasus itu.")
    assert order.type == "REQUEST" and [a.text for a in order.target] == ["Polda Metro Jaya"]


def _typed(nlp, text: str) -> list[tuple[str, list[str], list[str]]]:
    return [(e.type, [a.text for a in e.source], [a.text for a in e.target]) for e in events(nlp, text)]


def test_naming_a_suspect_and_reporting_to_the_police_accuse(nlp_model):
    assert _typed(nlp_model, "Kejaksaan Agung menetapkan Bambang Wirawan sebagai tersangka.") == [
        ("ACCUSE", ["Kejaksaan Agung"], ["Bambang Wirawan"])
    ]
    (named,) = events(nlp_model, "Bambang Wirawan ditetapkan sebagai tersangka oleh Kejaksaan Agung.")
    assert named.type == "ACCUSE" and [a.text for a in named.target] == ["Bambang Wirawan"]
    assert _typed(nlp_model, "Partai Demokrat melaporkan Bambang Wirawan ke Bareskrim Polri.") == [
        ("ACCUSE", ["Partai Demokrat"], ["Bambang Wirawan"])
    ]
    no_events_of(
        nlp_model,
        "ACCUSE",
        "Pemerintah menetapkan tarif baru untuk angkutan umum.",  # no one is charged
        "Bambang Wirawan ditetapkan sebagai pemenang lelang.",
        "Menteri Keuangan melaporkan hasilnya kepada Presiden Prabowo.",  # a report, not to the police
    )


def test_signing_or_passing_an_act_of_office_is_no_support(nlp_model):
    no_events_of(
        nlp_model,
        "SUPPORT",
        "Peraturan itu diteken Presiden Prabowo Subianto pada Jumat.",
        "Surat edaran tersebut ditandatangani Wali Kota Bogor.",
        "DPR mengesahkan RUU Penyiaran menjadi undang-undang.",
    )
    (pact,) = events(nlp_model, "Kesepakatan itu ditandatangani Indonesia dan Malaysia di Kuching.")
    assert pact.type == "SUPPORT"


def test_proposals_mockery_challenges_and_disagreement(nlp_model):
    # a proposal that someone act asks them to; a proposal of a policy is no promise to anyone
    (ask,) = events(nlp_model, "Fraksi PKS mengusulkan agar pemerintah menunda kenaikan tarif listrik.")
    assert ask.type == "REQUEST"
    no_events_of(nlp_model, "AGREE", "Usulan Partai Gelora soal pemilihan kepala daerah dinilai mundur.")
    (nominee,) = events(nlp_model, "Nama Dedi Mulyana sempat diusulkan Partai Gerindra.")
    assert nominee.type == "SUPPORT" and [a.text for a in nominee.source] == ["Partai Gerindra"]
    assert _typed(nlp_model, "Rudi menyindir Gubernur Jawa Barat soal banjir.")[0][0] == "ACCUSE"
    (dare,) = events(nlp_model, "Ketua DPD menantang Kapolda Jawa Timur untuk membuka data itu.")
    assert dare.type == "REQUEST" and [a.text for a in dare.target] == ["Kapolda Jawa Timur"]
    (no,) = events(nlp_model, "Partai Demokrat tak sependapat dengan usulan Amir Hamzah.")
    assert no.type == "REJECT"


def test_a_voiced_nominal_event_is_the_voicers_and_hearings_are_meetings(nlp_model):
    (voiced,) = events(nlp_model, "Penolakan juga disampaikan Ketua DPP Partai Nasdem, Rudi Hartono.")
    assert voiced.type == "REJECT" and len(voiced.source) == 1
    assert voiced.source[0].text.endswith("Rudi Hartono")  # the person, with or without the title
    (hearing,) = events(
        nlp_model, "Komisi II DPR menggelar rapat kerja dengan Menteri Dalam Negeri Tito Karnavian."
    )
    assert hearing.type == "CONSULT" and hearing.target
    no_events_of(nlp_model, "CONSULT", "Partai Golkar menggelar rapat kerja nasional di Bali.")
    no_events_of(nlp_model, "CONSULT", "Indonesia menjadi tuan rumah kejuaraan bulu tangkis dunia.")


def test_probing_and_summoning_need_an_authority_and_seizures_from_someone_are_told(nlp_model):
    (probe,) = events(nlp_model, "Kejaksaan Agung mendalami aliran dana dari PT Sumber Makmur.")
    assert probe.type == "ACCUSE" and probe.mode == "investigate"
    (summons,) = events(nlp_model, "Bupati Sleman dipanggil KPK pekan depan.")
    assert summons.type == "ACCUSE" and [a.text for a in summons.source] == ["KPK"]
    no_events_of(
        nlp_model,
        "ACCUSE",
        "Para santri mendalami ilmu tafsir di Pondok Pesantren Lirboyo.",
        "Sejak kecil ia dipanggil Cak Nun oleh teman-temannya.",
    )
    # a relative passive tells an event when its doer or the one it is taken from is named
    seized = events(nlp_model, "Penyidik menghitung aset yang disita dari rumah Rahmat Hidayat.")
    assert [(e.type, [a.text for a in e.target]) for e in seized] == [("COERCE", ["Rahmat Hidayat"])]
    no_events_of(nlp_model, "COERCE", "Helikopter yang disita itu kini diparkir di bandara.")


def test_visits_talks_offers_help_and_petitions(nlp_model):
    (visit,) = events(nlp_model, "Ridwan Kamil menyambangi kantor DPW Partai Nasdem di Bandung.")
    assert (visit.type, visit.mode) == ("CONSULT", "visit")
    (talk,) = events(nlp_model, "Partai Golkar menjalin komunikasi politik dengan Partai Gerindra.")
    assert talk.type == "CONSULT" and talk.target
    (offer,) = events(nlp_model, '"Program itu sudah kami tawarkan kepada Pemkab Bantul," kata Rina Wijaya.')
    assert offer.type == "AGREE"
    (petition,) = events(
        nlp_model, "Koalisi masyarakat sipil menggagas petisi agar DPR membatalkan revisi itu."
    )
    assert petition.type == "REQUEST"


def test_declared_candidates_lobbying_penalties_and_trips_at_home(nlp_model):
    (declared,) = events(
        nlp_model, "Partai Buruh menggelar deklarasi pasangan calon Said Iqbal dan Andi Gani."
    )
    assert declared.type == "SUPPORT" and declared.target
    no_events_of(nlp_model, "SUPPORT", "Pemerintah mendeklarasikan keadaan darurat kesehatan.")
    (lobby,) = events(nlp_model, "Presiden Jokowi melobi pemerintah Arab Saudi untuk menambah kuota haji.")
    assert lobby.type == "REQUEST" and codes(lobby.target) == ["SAU"]
    (fine,) = events(nlp_model, "Rahmat Hidayat juga dijatuhi pidana denda sebesar Rp 500 juta.")
    assert fine.type == "SANCTION"
    # a trip to a place at home visits no one; a trip abroad visits that country
    no_events_of(nlp_model, "CONSULT", "Menteri Sosial Saifullah Yusuf berkunjung ke Kabupaten Sleman.")
    (abroad,) = events(nlp_model, "Menteri Luar Negeri Sugiono berkunjung ke Jepang pekan lalu.")
    assert (abroad.type, abroad.mode) == ("CONSULT", "visit") and codes(abroad.target) == ["JPN"]
    # a chance is no act: the event stays, marked hypothetical
    (chance,) = events(nlp_model, "PKS berpeluang mengusung Anies Baswedan di Pilkada Jakarta.")
    assert chance.aux == "hypothetical"


def test_a_nya_form_of_a_trigger_needs_what_its_word_needs(nlp_model):
    # "menetapkannya" and "ditetapkannya" accuse only with a charge, as "menetapkan" does
    no_events_of(
        nlp_model,
        "ACCUSE",
        "Pemerintah menetapkannya sebagai hari libur nasional.",
        "Tujuan ditetapkannya jalur itu agar kapal asing dapat melintas.",
        "Media asing melaporkannya kemarin.",
    )
    (charged,) = events(nlp_model, "Kejaksaan Agung menetapkannya sebagai tersangka.")
    assert charged.type == "ACCUSE"


def test_warnings_dares_and_the_person_a_body_qualifies(nlp_model):
    # a warning of a sanction threatens; a warning to do something asks
    [(typ, source, _)] = named(
        nlp_model,
        "Bawaslu Kota Depok mengingatkan para calon bakal didiskualifikasi jika terbukti membagikan uang.",
    )
    assert typ == "THREATEN" and "Badan Pengawas Pemilu" in source
    (ask,) = events(nlp_model, "Menteri Bahlil mengingatkan kader Partai Golkar untuk tidak menjadi calo.")
    assert ask.type == "REQUEST"
    no_events_of(nlp_model, "REQUEST", "Ia mengingatkan bahwa masa pendaftaran tinggal dua hari.")
    # "penyidik KPK AKBP Budi": the investigator is the one dared, the body only qualifies him
    [dare] = named(
        nlp_model,
        "Ketua Umum Partai Demokrat Agus Yudhoyono menantang penyidik Komisi Pemberantasan Korupsi "
        "(KPK) AKBP Budi Santoso untuk datang ke kantornya.",
    )
    assert dare[0] == "REQUEST" and dare[2] == ["Budi Santoso"]
    [bare] = named(nlp_model, '"Kami minta aturan itu ditaati semua partai," kata Ketua KPU Rina Wati.')
    assert bare[:2] == ("REQUEST", ["Rina Wati"])


def test_meetings_told_after_usai_and_fronted_subjects(nlp_model):
    (met,) = events(
        nlp_model, "Menteri Agama Nasaruddin Umar mengatakan hal itu usai rapat bersama Komisi VIII DPR."
    )
    assert met.type == "CONSULT" and met.source and met.mode is None  # at home: no visit
    assert named(nlp_model, "Selain menemui Presiden Prabowo, Sugiono juga bertemu Menlu Jepang.") == [
        ("CONSULT", ["Sugiono"], ["Prabowo Subianto"]),
        ("CONSULT", ["Sugiono"], ["Jepang"]),
    ]
    # an act told under praise: the one praised did it
    praise, charge = named(
        nlp_model,
        "Kuasa hukum Ani Lestari mengapresiasi Bareskrim menetapkan Dodi Saputra sebagai tersangka.",
    )
    assert praise[0] == "SUPPORT" and charge[0] == "ACCUSE"
    assert charge[1] == praise[2] and charge[2] == ["Dodi Saputra"]


def test_aid_coordination_disbanding_and_admissions(nlp_model):
    (aid,) = events(
        nlp_model, "Universitas Gadjah Mada menyalurkan beasiswa kepada 30 mahasiswa korban banjir."
    )
    assert aid.type == "AID"
    (coord,) = events(nlp_model, "Relawan PMI berkoordinasi dengan Basarnas di lokasi banjir.")
    assert coord.type == "COOPERATE"
    (gone,) = events(nlp_model, "Kelompok Jamaah Islamiyah (JI) resmi bubar pada Juni lalu.")
    assert (gone.type, gone.mode) == ("RETREAT", "disarm")
    # volunteers on standby mobilise no force; an admission recognises no one
    no_events_of(
        nlp_model,
        "MOBILIZE",
        "Relawan Universitas Gadjah Mada tetap siaga di lokasi banjir.",
    )
    no_events_of(nlp_model, "SUPPORT", "Hal itu diakui Presiden Prabowo di Jakarta, Selasa.")
    # a negation before "dan" belongs to the predicate before it
    (ready,) = events(nlp_model, "Ia mengaku tak gentar dan siap membantu Partai Gerindra.")
    assert ready.aux is None


def test_the_ethics_council_summons_and_mesti_obliges(nlp_model):
    # the DPR's ethics council (MKD) is an oversight body: its summons investigates
    [(typ, source, _)] = named(
        nlp_model, "Ketua MKD DPR Adang Daradjatun memanggil dua anggota DPR yang bermain judi online."
    )
    assert typ == "ACCUSE" and source == ["Adang Daradjatun"]
    [(typ, source, target)] = named(
        nlp_model, "Lucius mengatakan, MKD juga mesti menjatuhkan hukuman tegas kepada anggota dewan itu."
    )
    assert typ == "REQUEST" and target == ["Mahkamah Kehormatan Dewan"]


def test_respect_ignoring_need_and_courtesy_calls(nlp_model):
    # respect for an actor backs it; mutual respect and respect for a process are no events
    [(typ, source, target)] = named(
        nlp_model, "Partai Golkar menghormati Ketua Umum PDIP Megawati Soekarnoputri."
    )
    assert typ == "SUPPORT" and target == ["Megawati Soekarnoputri"]
    no_events_of(nlp_model, "SUPPORT", "Warga diminta saling menghormati selama kampanye berlangsung.")
    # ignoring someone's call rejects them; ignoring a procedure rejects no one
    # (and the call itself is the caller's own REQUEST)
    rejected, call = named(nlp_model, "Bank Indonesia mengabaikan seruan Presiden Prabowo.")
    assert rejected[0] == "REJECT" and rejected[2] == ["Prabowo Subianto"]
    assert call[:2] == ("REQUEST", ["Prabowo Subianto"])
    no_events_of(nlp_model, "REJECT", "Penyidik itu mengabaikan standar operasional prosedur.")
    # "perlu" asks for an act, voiced by someone; "tidak perlu khawatir" and "perlu ada" ask nothing
    [(typ, source, target)] = named(
        nlp_model, "Anggota Komisi II DPR Ahmad Doli Kurnia menilai pemerintah perlu menunda pilkada."
    )
    assert typ == "REQUEST" and source == ["Ahmad Doli Kurnia"]
    no_events_of(nlp_model, "REQUEST", '"Masyarakat tidak perlu khawatir," kata Ahmad Doli Kurnia.')
    # a courtesy call is a meeting
    [(typ, source, target)] = named(
        nlp_model, "Anies Baswedan bersilaturahmi dengan pimpinan PKB di Jakarta."
    )
    assert typ == "CONSULT" and source == ["Anies Baswedan"]


def test_sanctions_received_negations_of_other_verbs_and_fronted_sebagai(nlp_model):
    # an act that ends in a sanction: its doer is sanctioned
    [(typ, source, target)] = named(
        nlp_model, "Perbuatan Ketua KPU Hasyim Asy'ari berujung sanksi pemberhentian dari DKPP."
    )
    assert typ == "SANCTION" and "Hasyim Asy'ari" in target and "Hasyim Asy'ari" not in source
    # a negated verb before "dalam" leaves the investigation in that phrase as it is
    (probe,) = events(
        nlp_model, "Polri tidak akan menutupi apa pun dalam penyelidikan kasus kematian Budi Santoso."
    )
    assert probe.type == "ACCUSE" and probe.aux is None
    # "Sebagai bentuk dukungan kepada PAN, X ...": X's support
    [(typ, source, target)] = named(
        nlp_model, "Sebagai bentuk dukungan kepada PAN, Zulkifli Hasan menggelar doa bersama di Jakarta."
    )
    assert typ == "SUPPORT" and source == ["Zulkifli Hasan"] and target == ["Partai Amanat Nasional"]


def test_the_objective_voice_and_the_person_a_place_phrase_describes(nlp_model):
    # "X sudah kita minta": the speaker asked X
    evs = named(
        nlp_model, '"Tim Bareskrim juga sudah kita minta untuk membantu," ujar Kapolri Listyo Sigit Prabowo.'
    )
    assert ("REQUEST", ["Listyo Sigit Prabowo"]) in [(t, s) for t, s, _ in evs]
    # "Budi (12), siswa SMP di Padang, Sumatera Barat, yang dianiaya ...": Budi was beaten, not the province
    evs = named(
        nlp_model,
        "Polisi menyelidiki kematian Budi Santoso (12), siswa SMP di Padang, Sumatera Barat, yang diduga "
        "dianiaya oknum polisi.",
    )
    beaten = [t for typ, _, t in evs if typ == "ASSAULT"]
    assert beaten and "Sumatera Barat" not in beaten[0] and "Budi Santoso" in beaten[0]


def test_concessive_clauses_and_no_one_doing_it(nlp_model):
    # "X ... meski sudah menyepakati ...": X agreed, in a clause of its own
    evs = named(
        nlp_model, "Milisi Al-Shabaab kembali menyerang Somalia meski sudah menyepakati gencatan senjata."
    )
    assert [t for t, _, _ in evs] == ["ASSAULT", "AGREE"] and evs[1][1] == evs[0][1] != []
    # "tidak ada negara yang menyatakan bersedia ...": no one agreed
    (agree,) = [
        e
        for e in events(
            nlp_model, "Namun, tidak ada negara yang menyatakan bersedia untuk berperang dengan Hamas."
        )
        if e.type == "AGREE"
    ]
    assert agree.aux == "negation"
    # "tidak serta merta mengusung": still negated
    (backing,) = events(nlp_model, "Menurut Rudi, PDIP tidak serta merta mengusung Bobby Nasution.")
    assert backing.type == "SUPPORT" and backing.aux == "negation"
    # expecting support is no support yet
    (hoped,) = events(nlp_model, "Edy Rahmayadi optimistis bakal didukung oleh Partai Golkar di Pilkada.")
    assert hoped.aux == "hypothetical"


def test_thanks_praise_and_the_person_set_off_by_commas(nlp_model):
    # thanking an actor commends it (PLOVER SUPPORT); the quote's speaker thanks when no subject does
    [(typ, source, target)] = named(
        nlp_model,
        '"Terima kasih kepada Bupati Sleman Harda Kiswaya," kata Gubernur DIY Sri Sultan Hamengku Buwono X.',
    )
    assert typ == "SUPPORT" and target == ["Harda Kiswaya"] and source
    [(typ, source, target)] = named(
        nlp_model, "Program itu mendapat apresiasi dari Staf Khusus Menteri Sosial, Dewi Lestari."
    )
    assert typ == "SUPPORT" and source == ["Dewi Lestari"]
    no_events_of(nlp_model, "SUPPORT", "Sebagian besar menteri mendapat apresiasi publik yang cukup tinggi.")
    # "Kepala <body>, <person>, meminta ...": the person asks, not the body in her title
    [(typ, source, _)] = named(
        nlp_model,
        "Sekretaris Jenderal Kementerian Agama, Kamaruddin Amin, meminta perguruan tinggi menunda pembayaran.",
    )
    assert typ == "REQUEST" and source == ["Kamaruddin Amin"]
    # "X menjadi pihak yang berkomunikasi dengan Y": X talked with Y
    [(typ, source, target)] = named(
        nlp_model,
        "Ketua DPW PKB Jawa Barat, Syaiful Huda, menjadi pihak yang berkomunikasi dengan Dedi Mulyadi.",
    )
    assert typ == "CONSULT" and source == ["Syaiful Huda"] and target == ["Dedi Mulyadi"]


def test_a_crowd_demands_and_troops_are_what_is_sent(nlp_model):
    # an unnamed crowd that voices "X harus ..." asks it of X
    evs = events(
        nlp_model, '"Joko Widodo harus mundur sekarang juga!" kata para pengunjuk rasa di depan Istana.'
    )
    assert [e.type for e in evs] == ["REQUEST"] and evs[0].source
    # the troops sent are no target; where they go is
    [(typ, source, target)] = named(
        nlp_model, "Presiden Prabowo Subianto hendak mengirim bantuan pasukan perdamaian ke Lebanon."
    )
    assert typ == "AGREE" and "pasukan" not in " ".join(target)


def test_a_first_person_owner_after_an_event_noun_is_the_speaker(nlp_model):
    [(typ, source, target)] = named(
        nlp_model,
        '"Program ini merupakan wujud dukungan kami terhadap Badan Gizi Nasional," ujar Iqbal Anas Ma\'ruf.',
    )
    assert typ == "SUPPORT" and source == ["Iqbal Anas Ma'ruf"] and target == ["Badan Gizi Nasional"]
    # not the subject of the verb after it
    (apology,) = events(nlp_model, '"Permintaan maafnya kita terima dari Pak Kapolda," kata Budi Santoso.')
    assert apology.type == "SUPPORT" and [a.text for a in apology.source] != ["kita"]


def test_exhortations_quotes_opened_by_a_verb_and_companions(nlp_model):
    # "mari kita ..." in a quote is the speaker's appeal to the audience; who they pray for is no target
    [(typ, source, target)] = named(
        nlp_model, '"Mari kita doakan kesembuhan Pak Basuki Hadimuljono," kata Gubernur Andi Sudirman.'
    )
    assert typ == "REQUEST" and source == ["Andi Sudirman"] and target == []
    no_events_of(nlp_model, "REQUEST", "Mari kita doakan kesembuhan Pak Basuki Hadimuljono.")  # no speaker
    no_events_of(nlp_model, "REQUEST", "Mari Elka Pangestu hadir di Jakarta.")  # a name, not an appeal
    # a quote that opens with its verb is the speaker's act
    [(typ, source, target)] = named(
        nlp_model,
        '"Menjatuhkan sanksi teguran keras kepada Kepala Desa Suka Maju, Darmawan," ujar Bupati Rahmat Hidayat.',
    )
    assert typ == "SANCTION" and source == ["Rahmat Hidayat"]
    # the one who accompanies the subject does not act in its place
    [(typ, source, target)] = named(
        nlp_model,
        "Presiden Prabowo Subianto didampingi Ibu Siti Hediati melakukan kunjungan kenegaraan ke Jepang.",
    )
    assert typ == "CONSULT" and source == ["Prabowo Subianto"] and target == ["Jepang"]
    # "keputusan <body> (<short name>) yang memecat X": the body sanctions X
    [(typ, source, target)] = named(
        nlp_model,
        "Rudi menilai keputusan Dewan Kehormatan Penyelenggara Pemilu (DKPP) yang memecat Budi Santoso tepat.",
    )
    assert (
        typ == "SANCTION"
        and source == ["Dewan Kehormatan Penyelenggara Pemilu"]
        and target == ["Budi Santoso"]
    )
    # agreeing with someone's statement supports them; a holiday greeting supports no one
    [(typ, source, target)] = named(
        nlp_model,
        "Ketua Komisi I DPR Utut Adianto mengamini pernyataan Menteri Pertahanan Sjafrie Sjamsoeddin.",
    )
    assert typ == "SUPPORT" and source == ["Utut Adianto"] and target == ["Sjafrie Sjamsoeddin"]
    no_events_of(
        nlp_model,
        "SUPPORT",
        "Menteri Agama mengucapkan selamat Tahun Baru Islam kepada umat Islam di Indonesia.",
    )
    # the second of two verbs keeps its own place: "mendaftar ke KPU" is not the nominating party's target
    [(typ, source, target)] = named(
        nlp_model, "PAN akan mengusung bakal calon sendiri dan mendaftar ke KPU Jawa Barat."
    )
    assert source == ["Partai Amanat Nasional"] and target == []


def test_guarantees_coordination_with_a_partner_and_police_enforcement(nlp_model):
    # a body that guarantees something pledges it; a purpose clause ("untuk menjamin ...") pledges nothing
    [(typ, source, _)] = named(nlp_model, "Kementerian Sosial menjamin bantuan itu akan cair pekan depan.")
    assert typ == "AGREE" and source == ["Kementerian Sosial"]
    no_events_of(nlp_model, "AGREE", "Bawaslu menggelar pelatihan untuk menjamin mutu pengawasan pemilu.")
    # coordination is cooperation only with someone named to coordinate with
    (coop,) = events(nlp_model, "Kejaksaan Negeri Bekasi melakukan koordinasi dengan Kodim 0509 Bekasi.")
    assert coop.type == "COOPERATE" and coop.target
    no_events_of(nlp_model, "COOPERATE", "Koordinasi antarkementerian masih menjadi hambatan utama.")
    # a police unit brings trucks to order; a ministry "tidying up" its data coerces no one
    [(typ, source, _)] = named(
        nlp_model, "Satlantas Polres Cilegon menertibkan truk yang melanggar jam operasional."
    )
    assert typ == "COERCE" and source == ["Satlantas Polres Cilegon"]
    no_events_of(nlp_model, "COERCE", "Kementerian Dalam Negeri menertibkan data kependudukan warga.")


def test_relative_speakers_dismissals_arrests_and_posts_held(nlp_model):
    # a reporting verb right after "yang" is said by the relative's antecedent: the demand is theirs
    requests = [
        e
        for e in events(
            nlp_model,
            "Bupati menanggapi Ketua Ombudsman Rini Astuti yang menilai seluruh anggota Bawaslu harus diganti.",
        )
        if e.type == "REQUEST"
    ]
    assert requests and "Rini Astuti" in requests[0].source[0].text
    # the noun "pemecatan" dismisses the actor in its phrase
    (sanction,) = [
        e for e in events(nlp_model, "Partai menunda pemecatan Budi Santoso.") if e.type == "SANCTION"
    ]
    assert sanction.mode == "expel" and "Budi Santoso" in sanction.target[0].text
    # police securing a driver arrest him; securing an election is no arrest
    (arrest,) = events(nlp_model, "Polres Sleman mengamankan pengemudi mobil yang menabrak pagar sekolah.")
    assert arrest.type == "COERCE" and arrest.mode == "arrest"
    no_events_of(nlp_model, "COERCE", "Polres Sleman mengamankan jalannya pemilihan kepala daerah.")
    # criticism told in the passive
    [(typ, _, target)] = named(nlp_model, "Kementerian Perhubungan dinilai gagal menangani antrean mudik.")
    assert typ == "ACCUSE" and target == ["Kementerian Perhubungan"]
    # breaking a ban imposes none; a post held is no occupation; a chance of cooperation is none yet
    no_events_of(nlp_model, "COERCE", "Menurut Dedi, tindakan Bupati itu melanggar larangan kampanye.")
    no_events_of(nlp_model, "COERCE", "Posisi ketua umum saat ini diduduki oleh Budi Santoso.")
    no_events_of(
        nlp_model, "COOPERATE", "Menurut Andi, peluang kerja sama antara Golkar dan PKB terbuka lebar."
    )


def test_offices_complaints_searches_and_what_is_no_actor(nlp_model):
    # a bare office after its holder was named is that person
    names = named(
        nlp_model,
        "Ketua Bawaslu Rudi Hartono diadukan ke DKPP pekan lalu. Sepekan kemudian Ketua Bawaslu dipecat.",
    )
    assert ("SANCTION", [], ["Rudi Hartono"]) in names
    # the body a complaint goes to is not the one accused; the respondent named is
    assert all("DKPP" not in target for typ, _, target in names if typ == "ACCUSE")
    assert [
        t
        for typ, _, t in named(
            nlp_model, "Kasus itu diadukan oleh warga dengan pihak teradu Bupati Sleman Ahmad Yani."
        )
        if typ == "ACCUSE"
    ] == [["Ahmad Yani"]]
    # initials after "(ber)inisial" are the person the text names: the one arrested or charged, and
    # after "oleh inisial" the one who complains
    assert named(nlp_model, "Polres Bantul menangkap pria berinisial AR.") == [
        ("COERCE", ["Polres Bantul"], ["AR"])
    ]
    assert ("ACCUSE", [], ["TW"]) in named(
        nlp_model, "Pelaku pengeroyokan berinisial TW resmi ditetapkan sebagai tersangka."
    )
    assert [
        (s, t)
        for typ, s, t in named(
            nlp_model, "Kasus itu diadukan oleh inisial K dengan pihak teradu Bupati Sleman Ahmad Yani."
        )
        if typ == "ACCUSE"
    ] == [(["K"], ["Ahmad Yani"])]
    # a search at a body's office is done to that body; "oleh penyidik X" names X as the doer
    [(typ, _, target)] = named(nlp_model, "Penggeledahan di Dinas Perhubungan Sleman berlangsung lima jam.")
    assert typ == "COERCE" and target == ["Dinas Perhubungan Sleman"]
    seized = named(nlp_model, "Dokumen proyek itu, jelas Andi, telah disita oleh penyidik Kejari Sleman.")
    assert [(s, t) for typ, s, t in seized if typ == "COERCE"] == [(["Kejari Sleman"], [])]
    # police securing bottles seize them; dismissal told by its noun
    [(typ, _, _)] = named(nlp_model, "Polres Sleman mengamankan 500 botol minuman keras.")
    assert typ == "COERCE"
    assert any(
        typ == "SANCTION" and target == ["Budi Santoso"]
        for typ, _, target in named(nlp_model, "Partai menunda pemberhentian Budi Santoso.")
    )
    # a dismissal needs the one dismissed right after it; who talks of it did not dismiss
    no_events_of(
        nlp_model,
        "SANCTION",
        "Siti memaparkan pemberhentian tunjangan perumahan DPR.",
        "Ari mengatakan ada mekanisme pemberhentian antarwaktu untuk mengisi posisi Budi.",
    )
    assert ("SANCTION", [], ["Budi Santoso"]) in named(
        nlp_model, "Ketua LSM Andi Wijaya menilai sanksi pemberhentian terhadap Bupati Budi Santoso tepat."
    )
    # what is seized may name a body, which loses nothing
    [(typ, _, target)] = named(nlp_model, "Polisi telah mengamankan plat nomor Polri palsu.")
    assert typ == "COERCE" and target == []
    # executing a programme kills no one; forcing someone is coercion, not a sanction
    no_events_of(nlp_model, "ASSAULT", "Pemerintah daerah mengeksekusi program bantuan sosial.")
    forced = [e.type for e in events(nlp_model, "Donald Trump terus memaksa Jerome Powell menurunkan bunga.")]
    assert "COERCE" in forced and "SANCTION" not in forced
    # a body's own duty told by its head is no demand; a group talking among itself meets no one
    no_events_of(
        nlp_model,
        "REQUEST",
        "Menurut Ketua Bawaslu Rudi Hartono, Bawaslu masih harus menyelesaikan sengketa pilkada.",
    )
    no_events_of(nlp_model, "CONSULT", "Warga dapat direlokasi tergantung musyawarah dengan warga.")
    # a former member may ask his old body
    assert [
        t
        for typ, _, t in named(
            nlp_model,
            "Eks komisioner Bawaslu Rudi Hartono menegaskan Bawaslu harus menyelesaikan sengketa itu.",
        )
        if typ == "REQUEST"
    ] == [["Badan Pengawas Pemilu"]]
    # a road is where an inquiry is about, never who makes it
    assert all(
        "Jalan Kaliurang" not in src + tgt
        for _, src, tgt in named(
            nlp_model, "Ia menyebut penyidikan korupsi proyek Jalan Kaliurang berlanjut."
        )
    )


def test_dissolutions_outcomes_doers_and_the_home_country(nlp_model):
    # an armed group that dissolves itself steps back, in no place's direction; a demand to dissolve a
    # parliament or a task force closed by a minister is no retreat
    [(typ, src, tgt)] = named(nlp_model, "Pembubaran diri Jamaah Islamiyah diumumkan di Sentul, Bogor.")
    assert (typ, src, tgt) == ("RETREAT", ["Jemaah Islamiyah"], [])
    no_events_of(nlp_model, "RETREAT", "Warga menuntut pembubaran DPRD Kota Bekasi.")
    no_events_of(nlp_model, "RETREAT", "Menteri Rina Hartati mempertimbangkan pembubaran Satgas Pangan.")
    # a death told before the attack that caused it: one event, triggered by the attack, done to the dead
    evs = events(
        nlp_model, "Budi Santoso tewas dianiaya polisi di Sleman, lalu keluarganya yakin Budi disiksa."
    )
    assaults = [e for e in evs if e.type == "ASSAULT"]
    assert [e.trigger.text for e in assaults] == ["dianiaya"]
    assert [
        e.trigger.text for e in events(nlp_model, "Tiga tentara Mali tewas akibat ledakan bom di Gao.")
    ] == ["tewas"]
    reason = named(nlp_model, "Keluarga meyakini Budi Santoso tewas karena dianiaya polisi.")
    assert [t for typ, _, t in reason if typ == "ASSAULT"] == [["Budi Santoso"]]
    # the doer of an event noun named in its relative clause; violence with no doer is no event
    [(typ, src, tgt)] = named(
        nlp_model, "Penangkapan yang dilakukan oleh Polda Jambi terhadap Budi Santoso sah."
    )
    assert (typ, src, tgt) == ("COERCE", ["Polda Jambi"], ["Budi Santoso"])
    no_events_of(nlp_model, "ASSAULT", "Komnas Perempuan mencatat kekerasan terhadap perempuan meningkat.")
    assert any(
        typ == "ASSAULT" and src == ["aparat kepolisian"]
        for typ, src, _ in named(
            nlp_model, "LSM itu mencatat kekerasan yang dilakukan aparat kepolisian di Jambi."
        )
    )
    # affiliation told as an act is cooperation; as a description ("yang berafiliasi") it is none
    assert ("COOPERATE", ["Jemaah Islamiyah"], ["Al-Qaeda"]) in named(
        nlp_model, "Jamaah Islamiyah kemudian berafiliasi dengan Al Qaeda."
    )
    no_events_of(nlp_model, "COOPERATE", "Polisi memantau kelompok yang berafiliasi dengan Al Qaeda.")
    # dispersing a demonstration is crowd control; scolding is disapproval
    [crowd] = events(nlp_model, "Aparat membubarkan demonstrasi mahasiswa di depan Gedung DPRD Jambi.")
    assert (crowd.type, crowd.mode) == ("ASSAULT", "crowd-control")
    assert ("ACCUSE", ["Andi Wijaya"], ["Budi Santoso"]) in named(
        nlp_model, "Ketua Komisi III DPR Andi Wijaya memarahi Budi Santoso dalam rapat itu."
    )
    # unnamed police in a story about Indonesia are Indonesia's; abroad their country stays unknown
    home = events(
        nlp_model,
        "Warga Sleman, Yogyakarta, melapor ke Bupati Sleman. Di Jakarta, polisi menangkap Budi Santoso.",
    )
    assert [codes(e.source) for e in home if e.type == "COERCE"] == [["IDN"]]
    abroad = events(
        nlp_model,
        "Presiden Donald Trump berada di Washington dan Gedung Putih. Di Los Angeles, polisi menangkap "
        "Budi Santoso.",
    )
    assert [codes(e.source) for e in abroad if e.type == "COERCE"] == [[None]]


def test_hoped_demands_agreements_attendance_and_bracketed_ages(nlp_model):
    # a hope that something must (not) be done is the hoper's demand; a hope for a state is none
    [(typ, src, tgt)] = named(
        nlp_model, "Aktivis Walhi Rina Hartati berharap izin tambang itu harus dicabut."
    )
    assert (typ, src, tgt) == ("REQUEST", ["Rina Hartati"], [])
    assert [
        typ
        for typ, _, _ in named(
            nlp_model, "Rina Hartati berharap isu lingkungan jangan sampai dikesampingkan."
        )
    ] == ["REQUEST"]
    no_events_of(
        nlp_model,
        "REQUEST",
        "Rina Hartati berharap harga beras turun.",
        "Rina Hartati berharap jangan sampai masyarakat merasa DPR mengabaikan mereka.",
    )
    # a memorandum between two bodies is a signed agreement, told by its verb or its noun
    assert ("SUPPORT", ["Komnas HAM"], ["Otorita Ibu Kota Nusantara"]) in named(
        nlp_model, "Komnas HAM telah menandatangani nota kesepahaman dengan OIKN."
    )
    [mou] = events(nlp_model, "Budi Santoso menyebut ada nota kesepahaman TNI dengan Kejaksaan Agung.")
    assert (mou.type, mou.trigger.text) == ("SUPPORT", "nota kesepahaman")
    [pair] = events(
        nlp_model,
        "Kedua negara menandatangani tujuh dokumen, antara lain MoU antara Badan Narkotika Nasional dan "
        "Kementerian Dalam Negeri Pakistan tentang narkotika.",
    )
    assert pair.type == "SUPPORT" and len(pair.source) == 1 and len(pair.target) == 1
    # a title that a verb governs, then a comma and a name that a verb follows: two people
    meetings = named(nlp_model, "Setelah bertemu Presiden, Paus Fransiskus dijadwalkan bertemu para uskup.")
    assert [src for typ, src, _ in meetings] == [["Paus Fransiskus"], ["Paus Fransiskus"]]
    # attending a meeting: the attendance verb and the meeting are one trigger
    [meet] = events(nlp_model, "Menteri Bahlil Lahadalia menghadiri rapat dengan Presiden Prabowo.")
    assert (meet.type, meet.trigger.text) == ("CONSULT", "menghadiri rapat")
    # a dismissal "dari Ketua KPU" removes him from the office; the office dismisses no one
    [(typ, src, tgt)] = named(nlp_model, "Perbuatan Hasyim Asy'ari berujung sanksi pemecatan dari Ketua KPU.")
    assert (typ, src, tgt) == ("SANCTION", [], ["Hasyim Asy'ari"])
    # an age in brackets between the victim's name and the relative clause that tells the attack
    assert ("ASSAULT", ["polisi"], ["Budi Santoso"]) in named(
        nlp_model,
        "Keluarga meminta kasus Budi Santoso (12 tahun) yang diduga disiksa polisi di Padang diusut.",
    )
    # "mudah disalahkan": what may easily happen, not what did
    assert all(
        e.aux == "hypothetical"
        for e in events(nlp_model, "Pejabat daerah mudah disalahkan oleh Inspektorat Jenderal.")
        if e.type == "ACCUSE"
    )


def test_proposals_group_hopes_passive_wishes_travel_bans_and_held_persons(nlp_model):
    # proposing an act (an action noun, or a clause with a passive verb) asks for it, of no one named
    [(typ, src, tgt)] = named(
        nlp_model, "Gubernur Andi Wijaya mengusulkan pembentukan satgas pangan untuk petani di Maluku."
    )
    assert (typ, src, tgt) == ("REQUEST", ["Andi Wijaya"], [])
    [(typ, src, tgt)] = named(
        nlp_model, "Andi Wijaya mengusulkan pembentukan satgas itu kepada Presiden Joko Widodo."
    )
    assert (typ, tgt) == ("REQUEST", ["Joko Widodo"])
    no_events_of(
        nlp_model,
        "REQUEST",
        "Kementerian Keuangan mengusulkan pagu anggaran sebesar Rp 52 triliun.",
        "Partai Golkar mengusulkan nama mantan Ketua DPRD Jakarta.",
        "Andi Wijaya mengusulkan mobil dinas untuk para camat.",
    )
    # a hope that a group with no name acts is the hoper's appeal; the group's place is not asked
    [(typ, src, tgt)] = named(
        nlp_model,
        "Gubernur Andi Wijaya berharap seluruh pelaku usaha di Jawa Tengah memanfaatkan peluang itu.",
    )
    assert (typ, src, tgt) == ("REQUEST", ["Andi Wijaya"], [])
    no_events_of(
        nlp_model,
        "REQUEST",
        "Andi Wijaya berharap seluruh ilmu yang diperoleh peserta dapat diterapkan.",
        "Andi Wijaya berharap seluruh anak muda tetap memiliki kepedulian.",
    )
    # asking that someone be done something asks neither that one nor the doer
    asked = [
        e
        for e in named(nlp_model, "Amien Rais meminta presiden dipilih lagi oleh MPR RI.")
        if e[0] == "REQUEST"
    ]
    assert asked == [("REQUEST", ["Amien Rais"], [])]
    # ... but one who asks to be freed still asks for himself
    assert ("REQUEST", [], ["Syahrul Yasin Limpo"]) in named(
        nlp_model, "Di Pengadilan Tipikor, Syahrul Yasin Limpo meminta dibebaskan atau dihukum ringan."
    )
    # agreeing that a policy should change is an opinion, not an agreement with anyone
    no_events_of(nlp_model, "AGREE", "Amien Rais mengaku setuju jika pemilihan presiden dikembalikan ke MPR.")
    # a step back, a countdown: no retreat
    no_events_of(nlp_model, "RETREAT", "Partai Demokrat menilai usulan itu langkah mundur bagi demokrasi.")
    # a travel ban on suspects restricts them
    [ban] = events(
        nlp_model, "KPK juga mencegah empat orang untuk bepergian ke luar negeri terkait kasus ini."
    )
    assert (ban.type, ban.mode) == ("COERCE", "restrict")
    # a person "diamankan" is held; evidence "diamankan" is not an arrest
    [held] = events(nlp_model, "Seorang kasir sempat diamankan oleh Polrestabes Makassar karena kaosnya.")
    assert (held.type, held.mode) == ("COERCE", "arrest")
    no_events_of(nlp_model, "COERCE", "Barang bukti yang diamankan antara lain 14 unit telepon genggam.")


def test_speech_tags_pleas_orders_denials_and_aid_recipients(nlp_model):
    # a speech tag set between commas names who voices the demand after it
    assert ("REQUEST", ["Rudi Hartono"], ["pemerintah"]) in named(
        nlp_model, "Soal subsidi pupuk, kata Rudi Hartono, pemerintah harus segera bertindak."
    )
    # ... but not when the clause after it has no subject of its own: the tag does not act
    assert ("SUPPORT", ["Rudi Hartono"], ["Persatuan Tani"]) not in named(
        nlp_model, "Dana itu, kata Rudi Hartono, akan dipakai untuk mendukung Persatuan Tani."
    )
    # a plea with no subject in a quote is its speaker's; "minta uang terus" tells of others asking
    assert ("REQUEST", ["Hendra Wijaya"], []) in named(
        nlp_model, "“Yang Mulia, mohon agar saya tidak ditahan,” kata terdakwa Hendra Wijaya."
    )
    no_events_of(nlp_model, "REQUEST", "“Jangan begitu, minta uang terus,” kata Hendra Wijaya.")
    # an order to an investigator with no name is a request of no one named
    [(typ, src, tgt)] = [
        e
        for e in named(
            nlp_model,
            "Kapolda Sumbar Irjen Andi Saputra memerintahkan penyidik yang menangani kasus itu bekerja cepat.",
        )
        if e[0] == "REQUEST"
    ]
    assert (src, tgt) == (["Andi Saputra"], [])
    # denying a claim is a statement, not a rejection; brushing aside an appeal is
    no_events_of(
        nlp_model,
        "REJECT",
        "Kepala Dinas Kesehatan Rina Marlina membantah kabar keracunan itu.",
        "Polda Jambi menepis tudingan bahwa anggotanya memukul warga.",
        "Andi Saputra tak sepakat jika pemilihan gubernur dikembalikan ke DPRD.",
    )
    assert ("REJECT", ["Front Pembebasan"], ["Hendra Wijaya"]) in named(
        nlp_model, "Front Pembebasan menepis seruan Presiden Hendra Wijaya agar mereka meletakkan senjata."
    )
    # stripping one's own office of power is not disarming; evidence of a commitment is no agreement
    no_events_of(
        nlp_model,
        "RETREAT",
        "“Dulu kami melucuti kekuasaannya sebagai lembaga tertinggi,” kata Rudi Hartono.",
    )
    no_events_of(
        nlp_model, "AGREE", "Program ini menjadi bukti komitmen Kementerian Pertanian dalam menjaga harga."
    )
    # respect for a body's authority is support of that body
    assert ("SUPPORT", ["Rudi Hartono"], ["Mahkamah Konstitusi"]) in named(
        nlp_model, "Rudi Hartono menghormati kewenangan Mahkamah Konstitusi dalam memutus perkara itu."
    )
    # the country after "bantuan" is the giver's own; the aid goes to whom "untuk" names
    [(typ, src, tgt)] = named(
        nlp_model,
        "Menteri Luar Negeri Indonesia Hendra Wijaya melepas bantuan Indonesia untuk korban gempa di Filipina dan Vietnam.",
    )
    assert (typ, tgt) == ("AID", ["Filipina", "Vietnam"])


def test_court_rulings_dissolutions_hopes_and_acts_done_at_once(nlp_model):
    # a court granting or dismissing what was filed with it rules; it neither concedes nor rejects
    no_events_of(
        nlp_model,
        "CONCEDE",
        "Pengadilan Negeri Surabaya mengabulkan sebagian gugatan Andi Saputra terhadap wali kota.",
        "Hakim Rudi Hartono mengabulkan permohonan praperadilan yang diajukan Hendra Wijaya.",
    )
    no_events_of(
        nlp_model,
        "REJECT",
        "Mahkamah Agung menolak kasasi yang diajukan oleh mantan menteri Hendra Wijaya.",
        "Mahkamah Konstitusi menolak permohonan Partai Demokrat dalam sengketa pemilu itu.",
    )
    # ... while a minister granting a person's request concedes, and refusing a proposal rejects
    assert ("CONCEDE", ["Rudi Hartono"], ["Hendra Wijaya"]) in named(
        nlp_model, "Menteri Dalam Negeri Rudi Hartono mengabulkan permohonan Hendra Wijaya."
    )
    assert ("REJECT", ["Partai Golkar"], []) in [
        (t, s, [])
        for t, s, _ in named(nlp_model, "Partai Golkar menolak usulan pemilihan presiden oleh MPR.")
    ]
    # an armed group that dissolves itself retreats, named after the noun or as the subject; a
    # government dissolving a body does not, nor does a plan to dissolve a task force
    for text in (
        "Jamaah Islamiyah secara resmi telah membubarkan organisasi mereka.",
        "Jamaah Islamiyah mengumumkan pembubaran organisasi di Bogor.",
    ):
        assert ("RETREAT", ["Jemaah Islamiyah"], []) in named(nlp_model, text), text
    no_events_of(
        nlp_model,
        "RETREAT",
        "Pemerintah membubarkan organisasi itu pada 2017.",
        "Menteri Keuangan Rudi Hartono akan mempertimbangkan pembubaran Satgas BLBI.",
    )
    no_events_of(
        nlp_model, "AGREE", "Menteri Keuangan Rudi Hartono akan mempertimbangkan pembubaran Satgas BLBI."
    )
    # "ingin agar X ..." and "berharap, X dapat ..." ask X to act
    assert ("REQUEST", ["Hendra Wijaya"], ["Al-Azhar"]) in named(
        nlp_model, "Presiden Hendra Wijaya ingin agar Al-Azhar membangun pusat kajian di Indonesia."
    )
    assert ("REQUEST", ["Rudi Hartono"], ["Densus 88"]) in named(
        nlp_model, "Rudi Hartono berharap, Densus 88 dapat terus mengawal proses deradikalisasi."
    )
    no_events_of(
        nlp_model, "REQUEST", "Rudi Hartono berharap, ke depan Surabaya tak hanya mengandalkan industri."
    )
    # taking a case to law is a complaint
    assert ("ACCUSE", ["Andi Saputra"], []) in named(
        nlp_model, "Merasa difitnah, Andi Saputra membawa kasus tersebut ke ranah hukum."
    )
    # "segera" after a past act tells what was done at once; on its own it plans
    after = (
        "Setelah menerima kabar itu, Kementerian Luar Negeri segera berkoordinasi dengan Kepolisian Kamboja."
    )
    assert [t for t, _, _ in named(nlp_model, after)] == ["COOPERATE"]
    plan = "Kementerian Luar Negeri segera berkoordinasi dengan Kepolisian Kamboja."
    assert [t for t, _, _ in named(nlp_model, plan)] == ["AGREE"]
    planned = "Setelah itu, Kementerian Luar Negeri akan segera berkoordinasi dengan Kepolisian Kamboja."
    assert [t for t, _, _ in named(nlp_model, planned)] == ["AGREE"]


def test_arrests_of_people_suspicions_held_by_authorities_and_orders_to_people_with_no_name(nlp_model):
    # "mengamankan" arrests a person, not an election or a state's assets
    (held,) = events(nlp_model, "Polisi bergerak cepat dan berhasil mengamankan Budi Santoso di Palembang.")
    assert (held.type, held.mode) == ("COERCE", "arrest")
    assert [a.text for a in held.target] == ["Budi Santoso"]
    no_events_of(
        nlp_model,
        "COERCE",
        "Ratusan polisi mengamankan jalannya pemungutan suara di Palembang.",
        "TNI mengamankan aset negara di perbatasan.",
        "Prajurit TNI mengamankan Kejaksaan Tinggi Jawa Timur selama sidang.",  # a body, guarded
    )
    no_events_of(nlp_model, "REJECT", "Politikus muda itu gagal mengamankan kursi DPR pada Pemilu 2024.")
    # a suspicion alleges when an authority holds it, not when anyone guesses
    (suspected,) = events(
        nlp_model, "KPK menduga ada permufakatan jahat antara pejabat Kemenag dan sejumlah biro perjalanan."
    )
    assert (suspected.type, suspected.mode) == ("ACCUSE", "allege")
    assert [a.text for a in suspected.source] == ["KPK"]
    no_events_of(
        nlp_model,
        "ACCUSE",
        "Ketua RT Budi menduga hujan deras akan turun malam ini.",
        "Kapolres Budi Santoso menduga pendaki itu tewas karena terjatuh dari tebing.",  # how one died
    )
    no_events_of(
        nlp_model, "ASSAULT", "Kapolres Budi Santoso menduga pendaki itu tewas karena terjatuh dari tebing."
    )
    # a suggestion asks the one it names; an order to people with no name still asks
    (advice,) = events(
        nlp_model, "Hidayat Nur Wahid menyarankan agar PKB menjadikan Anies Baswedan sebagai kader partai."
    )
    assert advice.type == "REQUEST" and [a.text for a in advice.target] == ["PKB"]
    (order,) = events(
        nlp_model,
        "Gubernur Bobby Nasution mewajibkan para pegawai memakai seragam Pemprov Sumut setiap Jumat.",
    )
    assert order.type == "REQUEST" and [a.text for a in order.source] == ["Gubernur Bobby Nasution"]
    assert order.target == []  # the uniform's owner is not who is asked
    (urged,) = events(nlp_model, "Bupati Klaten mendorong warga memakai masker di pasar.")
    assert urged.type == "REQUEST"
    no_events_of(nlp_model, "REQUEST", "Bupati Klaten mendorong pertumbuhan ekonomi warga desa.")


def test_case_names_courts_pleas_duties_and_stands_of_support(nlp_model):
    # a case's name is background: "tersangka kasus pembunuhan X" tells no killing
    no_events_of(
        nlp_model,
        "ASSAULT",
        "Polda Jawa Tengah memeriksa Andi Wijaya, tersangka kasus pembunuhan Rina Lestari di Semarang.",
        "Saksi kunci dalam kasus dugaan penganiayaan Dodi Saputra hadir di Polres Bogor.",
    )
    # ... unless the case says who did it or tells it happening
    (violence,) = events(
        nlp_model, "LBH Medan mencatat kasus kekerasan yang dilakukan polisi terhadap petani di Deli Serdang."
    )
    assert violence.type == "ASSAULT"
    # dragged to court ("meja hijau") is a lawsuit or a prosecution; the object may stand in the gap
    (sued,) = events(nlp_model, "Kepala Desa Sukamaju terseret ke meja hijau lantaran warganya menggugat.")
    assert (sued.type, sued.mode, sued.trigger.text) == ("ACCUSE", "allege", "terseret ke meja hijau")
    (dragged,) = [e for e in events(nlp_model, "Amien Rais mengancam menyeret Budi Santoso ke meja hijau.")]
    assert [a.text for a in dragged.target] == ["Budi Santoso"]
    (brought,) = events(nlp_model, "Kejaksaan Negeri Bogor menyeret Budi Santoso ke meja hijau.")
    assert [a.text for a in brought.target] == ["Budi Santoso"]
    # a working committee's meeting is a meeting, and "tidak sesuai" negates the adjective, not it
    (met,) = events(
        nlp_model,
        "Aturan itu tidak sesuai hasil rapat panja antara Komisi X dengan Menteri Pendidikan Nadiem Makarim.",
    )
    assert met.type == "CONSULT" and met.aux is None
    (none_held,) = events(nlp_model, "Tidak ada pertemuan antara Surya Paloh dan Megawati pekan ini.")
    assert none_held.aux == "negation"
    # "dikonsultasikan dengan X" is a consultation with X
    (consulted,) = events(
        nlp_model,
        "Hasyim menegaskan, rancangan itu akan dikonsultasikan dengan Komisi II DPR RI pekan depan.",
    )
    assert consulted.type == "CONSULT" and "Komisi II DPR RI" in [a.text for a in consulted.target]
    no_events_of(
        nlp_model, "CONSULT", "Hasyim Asyari mengatakan jadwal itu sudah dikonsultasikan secara internal."
    )
    # a step told before, backed by someone named; "syarat dukungan" are papers, no support
    (backed,) = events(nlp_model, "Langkah tersebut juga didukung oleh Polda Jawa Barat.")
    assert backed.type == "SUPPORT" and [a.text for a in backed.source] == ["Polda Jawa Barat"]
    no_events_of(nlp_model, "SUPPORT", "Penguatan rupiah didukung oleh data inflasi yang rendah.")
    no_events_of(
        nlp_model, "SUPPORT", "Calon perseorangan menyerahkan syarat dukungan warga ke KPU Kota Bogor."
    )
    # taking steps concedes nothing
    no_events_of(nlp_model, "CONCEDE", "Pemkot Bogor mengambil langkah tegas terhadap pedagang liar.")
    # a duty voiced by a speaker asks those it names
    (duty,) = events(
        nlp_model, "Anwar Hidayat menerangkan para pengusaha tambang wajib menanam kembali hutan."
    )
    assert duty.type == "REQUEST" and [a.text for a in duty.source] == ["Anwar Hidayat"]
    no_events_of(nlp_model, "REQUEST", "Setiap peserta wajib membawa kartu identitas.")
    # a plea in a quote, what it begs not be done after a condition
    (plea,) = events(
        nlp_model, '"Tugaskan saya, tapi mohon kalau sudah diberikan jangan diganggu," ujar Budi Santoso.'
    )
    assert plea.type == "REQUEST" and [a.text for a in plea.source] == ["Budi Santoso"]
    # readiness or commitment to support someone is support; of a thing, no event
    (stand,) = events(nlp_model, "PAN siap mendukung Ridwan Kamil di Pilkada Jakarta.")
    assert stand.type == "SUPPORT" and [a.text for a in stand.target] == ["Ridwan Kamil"]
    (kept,) = events(nlp_model, "Kejaksaan berkomitmen untuk terus mendukung KPK.")
    assert kept.type == "SUPPORT"
    assert events(nlp_model, "Fraksi PAN siap mendukung percepatan transformasi ekonomi.") == []
    (promise,) = events(nlp_model, "PKS berjanji akan mendukung Anies Baswedan.")
    assert promise.type == "AGREE"


def test_meetings_held_audiences_orders_rules_of_law_and_opened_access(nlp_model):
    # a person who holds a meeting meets others; a body's own meeting meets no one
    (held,) = events(nlp_model, "Menteri Airlangga Hartarto menggelar rapat tertutup di Kantor BP Batam.")
    assert held.type == "CONSULT" and [a.text for a in held.source] == ["Menteri Airlangga Hartarto"]
    no_events_of(nlp_model, "CONSULT", "KPU Kota Bogor menggelar rapat secara khusus pada Senin.")
    # an audience received and a forum attended are meetings
    (audience,) = events(
        nlp_model, "Ketua Komisi II Rifqi menerima audiensi Pengurus Pusat Muhammadiyah di Senayan."
    )
    assert audience.type == "CONSULT" and audience.target
    (forum,) = events(
        nlp_model, "Gubernur Melki Laka Lena menghadiri Forum Koordinasi Pembangunan Wilayah di Kupang."
    )
    assert forum.type == "CONSULT"
    # an order given "dari" someone is that one's
    (order,) = events(nlp_model, "Bantuan itu diperintahkan langsung dari Presiden Prabowo Subianto.")
    assert order.type == "REQUEST" and [a.text for a in order.source] == ["Presiden Prabowo Subianto"]
    # "manakala" makes an act hypothetical
    (seize,) = events(
        nlp_model,
        '"Manakala kami mendapatkan bukti itu tentunya akan menyita aset," ujar Brigjen Djuhandhani.',
    )
    assert seize.aux == "hypothetical"
    # what a law forbids is a rule, not a restriction someone imposes (nor what it forbids)
    assert (
        events(nlp_model, "Pasal 236 UU MD3 menyebutkan bahwa anggota DPR dilarang merangkap jabatan.") == []
    )
    assert events(nlp_model, "Putusan MK mengatur larangan menolak pengunduran diri komisioner KPU.") == []
    (ban,) = events(nlp_model, "FIFA melarang Rusia mengikuti kejuaraan sepak bola dunia.")
    assert (ban.type, ban.mode) == ("COERCE", "restrict")
    # opened access eases a blockade only when someone or aid is let in
    (opened,) = events(nlp_model, "Israel membuka akses bantuan kemanusiaan ke Gaza.")
    assert (opened.type, opened.mode) == ("RETREAT", "access")
    assert (
        events(nlp_model, "Bank Indonesia membuka akses likuiditas ke perbankan melalui transaksi repo.")
        == []
    )
    # an "A ... B" trigger with nothing in its gap looks for its target after B
    (host,) = events(
        nlp_model,
        "Sultan Hamid dari Brunei mengatakan bahwa ia siap menjadi tuan rumah pertemuan antara sebuah "
        "gerakan perdamaian Thailand dan Organisasi Pembebasan Patani.",
    )
    assert host.type == "AGREE" and codes(host.target)[:1] == ["THA"]


def test_highlighted_failings_asset_tracing_held_rates_sheltering_and_powers(nlp_model):
    # "menyoroti" an actor's policy or failing is criticism; highlighting what matters is not
    (spotlight,) = events(
        nlp_model, "Anggota DPR Budi Santoso menyoroti kebijakan Kementerian Agama soal kuota haji."
    )
    assert (spotlight.type, spotlight.mode) == ("ACCUSE", "disapprove")
    assert [a.text for a in spotlight.target] == ["Kementerian Agama"]
    assert (
        events(nlp_model, "Menteri Budi Santoso menyoroti pentingnya pendidikan politik bagi pemilih muda.")
        == []
    )
    no_events_of(  # a thing, with no actor in its phrase
        nlp_model, "ACCUSE", "Anggota DPRD Budi Santoso menyoroti kenaikan harga beras di pasar tradisional."
    )
    # tracing assets investigates when an authority does it; a newsroom's search does not
    (tracing,) = events(nlp_model, "Kejaksaan Agung terus melakukan penelusuran terkait aset Harvey Moeis.")
    assert (tracing.type, tracing.mode) == ("ACCUSE", "investigate")
    assert events(nlp_model, "Berdasarkan hasil penelusuran detikcom, akun itu milik Budi Santoso.") == []
    # holding interest rates detains no one
    no_events_of(
        nlp_model, "COERCE", "Penahanan suku bunga oleh Bank Indonesia dinilai tepat oleh Andi Wijaya."
    )
    # sheltering people is aid; an airport's capacity is not
    (shelter,) = events(nlp_model, "Pemkab Aceh Utara menampung ratusan pengungsi Rohingya di balai desa.")
    assert shelter.type == "AID"
    assert events(nlp_model, "Bandara Sultan Hasanuddin hanya mampu menampung 30 pesawat per hari.") == []
    # a power or a right to act is not the act
    (power,) = events(nlp_model, "KPK berwenang memanggil Budi Santoso sebagai saksi.")
    assert power.aux == "hypothetical"
    (right,) = events(nlp_model, "Pemegang HPL berhak meminta Pemkot Batam mengosongkan lahan itu.")
    assert right.aux == "hypothetical"


def test_orders_to_ones_own_side_exchanges_of_views_acquittals_and_considered_candidacies(nlp_model):
    # "jajarannya": the speaker's own side, asked with no name
    (order,) = events(
        nlp_model, "Wali Kota Bogor Dedie Rachim menginstruksikan jajarannya untuk membersihkan sungai."
    )
    assert order.type == "REQUEST" and order.target == []
    (talk,) = events(nlp_model, "Surya Paloh dan Anies Baswedan saling bertukar pikiran di Jakarta.")
    assert talk.type == "CONSULT"
    (candidacy,) = events(
        nlp_model, "Partai Golkar mempertimbangkan mengusung Dedi Mulyadi di Pilgub Jawa Barat."
    )
    assert candidacy.type == "SUPPORT" and candidacy.aux == "hypothetical"


def test_criticising_appraisals_and_demands_on_a_passive_agent(nlp_model):
    # an appraisal that judges an actor badly is criticism; a favourable or lifted one is an opinion
    (critic,) = events(
        nlp_model, "Anggota DPR Budi Santoso menilai polisi terlalu lamban menangani kasus itu."
    )
    assert (critic.type, critic.mode) == ("ACCUSE", "disapprove")
    assert [a.text for a in critic.target] == ["polisi"]
    (unfit,) = events(
        nlp_model, "Andi Wijaya menilai, jajaran KPU saat ini tidak layak menyelenggarakan pilkada."
    )
    assert unfit.type == "ACCUSE" and codes(unfit.target) == ["IDN"]
    no_events_of(nlp_model, "ACCUSE", "Andi Wijaya menilai jajaran KPU masih layak menyelenggarakan pilkada.")
    no_events_of(nlp_model, "ACCUSE", "Dewan etik menilai Budi Santoso tidak terbukti melanggar kode etik.")
    # a prosecutor's finding alleges
    (finding,) = events(nlp_model, "Jaksa KPK menilai Budi Santoso terbukti melanggar Pasal 12 UU Tipikor.")
    assert (finding.type, finding.mode) == ("ACCUSE", "allege")
    # the agent of the passive after "harus" is the one the demand is made of
    (demand,) = events(
        nlp_model, "Semua pejabat yang terlibat harus diperiksa oleh Kejaksaan Agung, kata Andi Wijaya."
    )
    assert demand.type == "REQUEST"
    assert [a.text for a in demand.source] == ["Andi Wijaya"]
    assert [a.text for a in demand.target] == ["Kejaksaan Agung"]
    # a task named in a relative clause is no demand
    no_events_of(
        nlp_model, "REQUEST", "Masih ada tugas yang harus dikerjakan oleh Kejaksaan Agung, kata Andi Wijaya."
    )


def test_summons_by_parliament_the_objective_voice_visits_and_proposals(nlp_model):
    # a legislature's commission summons; a president calling a minister in does not investigate
    (summons,) = events(nlp_model, "Komisi III DPR memanggil Kapolri untuk menjelaskan kasus itu.")
    assert (summons.type, summons.mode) == ("ACCUSE", "investigate")
    assert events(nlp_model, "Presiden Jokowi memanggil Menteri Keuangan ke Istana.") == []
    # an authority known by its short form: "Komisi Pemberantasan Korupsi (KPK)" probes
    (probe_kpk,) = events(nlp_model, "Komisi Pemberantasan Korupsi (KPK) mendalami aliran dana itu.")
    assert (probe_kpk.type, probe_kpk.mode) == ("ACCUSE", "investigate")
    # "kami amankan": the speaker's arrest, or seizure of a thing named before
    (arrest,) = events(nlp_model, '"Pelakunya sudah kami amankan," kata Kapolres AKBP Andi Wijaya.')
    assert (arrest.type, arrest.mode) == ("COERCE", "arrest")
    (seizure,) = events(nlp_model, '"Untuk sepeda motornya kami amankan," kata Kapolres AKBP Andi Wijaya.')
    assert (seizure.type, seizure.mode) == ("COERCE", "seize")
    (probe,) = events(nlp_model, '"Motifnya masih kami dalami," kata Kapolres AKBP Andi Wijaya.')
    assert (probe.type, probe.mode) == ("ACCUSE", "investigate")
    assert events(nlp_model, '"Anak itu saya panggil ke rumah," ujar Budi Santoso.') == []
    assert events(nlp_model, "Amankan barang bawaan Anda selama perjalanan.") == []
    no_events_of(nlp_model, "COERCE", "Budi Santoso lalu amankan dokumen itu di lemari kantornya.")
    # a driver is arrested past "berhasil"
    (caught,) = events(nlp_model, "Pengemudi Avanza itu berhasil diamankan polisi di Bandung.")
    assert (caught.type, caught.mode) == ("COERCE", "arrest")
    # a visit to a body's premises; a call at a private house is none
    (visit,) = events(
        nlp_model, "Ketua DPP Partai Perindo Andi Wijaya mendatangi kantor DPP Partai Demokrat."
    )
    assert (visit.type, visit.mode) == ("CONSULT", "visit")
    assert events(nlp_model, "Pada malam hari, Andi Wijaya mendatangi rumah Budi.") == []
    # proposals, insistence and accommodation of a ruling
    (proposal,) = events(nlp_model, "Kementerian Sosial mengajukan usulan tambahan anggaran kepada DPR.")
    assert proposal.type == "REQUEST"
    (insist,) = events(nlp_model, "Komisi II DPR bersikeras agar KPU hadir secara langsung.")
    assert insist.type == "REQUEST"
    (ruling,) = events(nlp_model, "KPU memutuskan untuk mengakomodir putusan Mahkamah Agung soal batas usia.")
    assert ruling.type == "CONCEDE"
    no_events_of(
        nlp_model, "CONCEDE", "Andi Wijaya menyebut UU itu telah mengakomodir kepentingan semua pihak."
    )
    # needing help gives none; a document's hoped effect is not the hoper's support
    no_events_of(
        nlp_model, "AID", "Pemkab Bogor memerlukan bantuan dari pemerintah pusat untuk membangun jalan."
    )
    no_events_of(
        nlp_model, "SUPPORT", "Andi Wijaya berharap, perjanjian itu dapat memberikan dukungan bagi petani."
    )


def test_they_after_a_named_group_orders_to_subordinates_meals_joint_teams_and_what_matters(nlp_model):
    # "Mereka" opening a sentence is the body that opened the one before; not a person, nor no one
    got = events(
        nlp_model,
        "Badan Eksekutif Mahasiswa Universitas Indonesia menggelar aksi di Jakarta. Mereka juga mendesak "
        "perbaikan sistem pada lembaga negara.",
    )
    (urge,) = [e for e in got if e.type == "REQUEST"]
    assert urge.source and urge.source[0].entity is not None and urge.source[0].text == "Mereka"
    no_events_of(
        nlp_model, "REQUEST", "Andi Wijaya datang ke Jakarta. Mereka juga mendesak perbaikan sistem."
    )
    # "anak buahnya": the speaker's own subordinates, asked with no name
    (order,) = events(
        nlp_model, "Presiden Prabowo menginstruksikan anak buahnya agar memperkuat hubungan dagang."
    )
    assert order.type == "REQUEST" and order.target == []
    (instruction,) = events(
        nlp_model, '"Saya telah memberikan instruksi kepada para menteri saya," ujar Presiden Prabowo.'
    )
    assert instruction.type == "REQUEST"
    # a meal with someone named is a meeting; a meal alone is not
    (meal,) = events(nlp_model, "Andi Wijaya makan siang bersama Wali Kota Solo Gibran Rakabuming.")
    assert meal.type == "CONSULT"
    assert events(nlp_model, "Andi Wijaya makan siang di warung dekat kantornya.") == []
    # a joint team with named bodies is cooperation
    (team,) = events(nlp_model, "Ditjen Pajak membentuk tim gabungan bersama dengan PPATK.")
    assert team.type == "COOPERATE" and [a.text for a in team.target] == ["PPATK"]
    # what someone stresses the importance of is not done; executing a task force's work kills no one
    no_events_of(
        nlp_model, "RETREAT", "Presiden Jokowi menekankan pentingnya menyuarakan gencatan senjata permanen."
    )
    no_events_of(
        nlp_model,
        "ASSAULT",
        "Tim itu bekerja sama dengan PPATK terkait eksekusi dari Satgas PKH, kata Andi Wijaya.",
    )


def test_retracted_decisions_orders_by_name_bare_praise_and_things_caught(nlp_model):
    # a body retracting its own decision concedes; a court annulling another's rule does not
    (retract,) = events(
        nlp_model, "Komisi Pemilihan Umum (KPU) membatalkan Keputusan KPU Nomor 731 Tahun 2025."
    )
    assert retract.type == "CONCEDE"
    no_events_of(nlp_model, "CONCEDE", "Mahkamah Agung membatalkan aturan KPU soal batas usia calon.")
    # "perintah" with the one who gave it; "kami apresiasi": the speaker's praise
    (order,) = events(
        nlp_model, "Harga itu diumumkan atas perintah Bapak Presiden Prabowo, kata Andi Wijaya."
    )
    assert order.type == "REQUEST" and [a.text for a in order.source] == ["Presiden Prabowo"]
    (praise,) = events(nlp_model, '"Kami apresiasi sikap KPU yang bijak," kata Andi Wijaya.')
    assert praise.type == "SUPPORT" and [a.text for a in praise.target] == ["KPU"]
    # a spirit caught, a proposal with no proposer, a body found dead: none of them an event
    no_events_of(
        nlp_model, "COERCE", "Andi Wijaya menyebut pihaknya menangkap spirit perlindungan data pribadi."
    )
    no_events_of(
        nlp_model, "AGREE", "Andi Wijaya mengungkapkan, Gelora Bung Karno bakal diusulkan menjadi PSN."
    )
    no_events_of(nlp_model, "ASSAULT", "Sebelum ditemukan tewas, Budi Santoso berada di jembatan Kuranji.")
    # a prohibition urged against ("jangan dilarang") is no ban
    (ban,) = events(nlp_model, '"Study tour itu jangan dilarang oleh Pemprov Jawa Barat," kata Andi Wijaya.')
    assert ban.aux == "negation"
    # monitoring a case is oversight
    (watch,) = events(nlp_model, "Kompolnas turut memonitor penanganan kasus itu di Padang.")
    assert (watch.type, watch.mode) == ("ACCUSE", "investigate")


def test_partners_taken_talks_explored_denials_and_retractions_by_an_officer(nlp_model):
    # "menggandeng" a named actor is a partnership (AGREE when planned); a hand held is none
    (partner,) = events(nlp_model, "BPH Migas menggandeng Pemprov NTB untuk meningkatkan pengawasan.")
    assert partner.type == "COOPERATE"
    (planned,) = events(nlp_model, "Andi Wijaya akan menggandeng Budi Santoso sebagai calon wakil gubernur.")
    assert planned.type == "AGREE"
    assert events(nlp_model, "Andi Wijaya menggandeng tangan istrinya menuju panggung.") == []
    # exploratory talks and kept-up communication are meetings
    (talks,) = events(
        nlp_model, "Penjajakan politik antara Andi Wijaya dan Budi Santoso telah berlangsung lama."
    )
    assert talks.type == "CONSULT"
    # what someone denies did not happen
    (denied,) = events(nlp_model, "KPK membantah telah menangkap Budi Santoso di Jakarta.")
    assert denied.aux == "negation"
    (confirmed,) = events(nlp_model, "Polri tidak menampik telah menangkap Budi Santoso di Jakarta.")
    assert confirmed.aux != "negation"
    # an officer retracting his own body's decision concedes
    (retract,) = events(
        nlp_model, '"Kami memutuskan membatalkan keputusan KPU nomor 731," kata Ketua KPU Andi Wijaya.'
    )
    assert retract.type == "CONCEDE"


def test_benefits_handed_over_thanks_for_urged_speedups_removals_and_reported_people(nlp_model):
    # handing over a benefit is aid; thanks "atas" a body's care is support of that body
    (aid,) = events(nlp_model, "Kementerian Agama menyerahkan santunan kepada keluarga Budi Santoso.")
    assert aid.type == "AID"
    (thanks,) = events(nlp_model, "Andi Wijaya berterima kasih atas dukungan dari Kementerian Agama.")
    assert thanks.type == "SUPPORT" and [a.text for a in thanks.target] == ["Kementerian Agama"]
    # urging a named act along is a demand; boosting growth is not
    (urge,) = events(nlp_model, '"Kami mendorong terus percepatan transisi energi," kata Andi Wijaya.')
    assert urge.type == "REQUEST"
    assert events(nlp_model, "Pemerintah mendorong pertumbuhan ekonomi di daerah.") == []
    # removing a person from office is a dismissal; removing a plate is not
    (removal,) = events(nlp_model, "Rektor Unair mencopot Budi Santoso dari jabatan dekan.")
    assert (removal.type, removal.mode) == ("SANCTION", "expel")
    assert events(nlp_model, "Polisi mencopot pelat nomor palsu dari mobil itu.") == []
    # reporting a named person accuses them; news agencies reporting what someone will do do not
    (report,) = events(nlp_model, "Andi Wijaya melaporkan Budi Santoso atas dugaan pencemaran nama baik.")
    assert (report.type, report.mode) == ("ACCUSE", "allege")
    no_events_of(nlp_model, "ACCUSE", "Reuters melaporkan Presiden Joe Biden akan berkunjung ke Jakarta.")


def test_catch_operations_things_that_support_and_reminders_to_ones_own(nlp_model):
    # "OTT" (operasi tangkap tangan) is an arrest
    (ott,) = events(nlp_model, "Selain itu, KPK telah melakukan OTT di wilayah Sumatera Utara.")
    assert (ott.type, ott.mode) == ("COERCE", "arrest")
    # data that backs a currency, or a figure that "gives support", supports no one
    no_events_of(
        nlp_model, "SUPPORT", "Penguatan dolar AS terjadi karena didukung data inflasi AS, kata Andi Wijaya."
    )
    no_events_of(
        nlp_model, "SUPPORT", '"Data ini memberikan dukungan untuk Bank Sentral AS," kata Andi Wijaya.'
    )
    # a reminder to one's own ministers asks them, with no one named
    (remind,) = events(
        nlp_model, "Presiden Prabowo mengingatkan kepada seluruh menterinya untuk tidak melenceng dari tugas."
    )
    assert remind.type == "REQUEST" and remind.target == []


def test_questioning_an_actors_act_urged_acts_advice_and_advisory_modals(nlp_model):
    # questioning what a named body decided is criticism of it; questioning why, or a thing, is not
    (q,) = events(
        nlp_model, "Lembaga kajian ELSAM mempertanyakan aturan Komisi Pemilihan Umum (KPU) soal ijazah."
    )
    assert (q.type, q.mode) == ("ACCUSE", "disapprove")
    assert [t.text for t in q.target] == ["Komisi Pemilihan Umum"]
    no_events_of(
        nlp_model,
        "ACCUSE",
        "Kondisi itu menjadi perhatian warga dan mempertanyakan mengapa Bupati Sleman seperti menghindar.",
        "Peneliti itu mempertanyakan validitas data survei tersebut.",
        "Rudi Hartono mempertanyakan tentang pemberitaan yang beredar.",
    )
    # the act told after a questioned reason is still an event
    (probe,) = events(
        nlp_model, "Mahfud MD mempertanyakan alasan kasus Rina baru diusut kembali oleh polisi."
    )
    assert (probe.type, probe.mode) == ("ACCUSE", "investigate")
    # an appeal verb with "untuk" and an act urges it, with no one named asked
    (urge,) = events(
        nlp_model, "Menteri Lingkungan Hidup Budi Santosa mendorong untuk konversi ke bahan bakar bersih."
    )
    assert urge.type == "REQUEST" and urge.target == []
    # where the urged act goes is no one asked
    (order,) = events(
        nlp_model,
        "Menteri Luar Negeri Retno Marsudi memerintahkan untuk melanjutkan pengiriman bantuan ke Gaza.",
    )
    assert order.type == "REQUEST" and order.target == []
    # help with no one named helped is no appeal either: "membantu untuk" stays no event, as "membantu"
    # with no actor after it always was
    no_events_of(nlp_model, "AID", "Dinas Sosial membantu untuk memulihkan rumah warga.")
    assert (
        events(
            nlp_model,
            "Menurut American Heart Association, kopi dapat membantu untuk menurunkan risiko penyakit jantung.",
        )
        == []
    )
    # advice proposing an act asks for it
    (advice,) = events(
        nlp_model, "Pakar hukum Yance Putra menyarankan pembentukan tim khusus untuk kasus itu."
    )
    assert advice.type == "REQUEST" and [s.text for s in advice.source] == ["Pakar hukum Yance Putra"]
    # "sebaiknya" voiced by a speaker asks the body named before it; a clause opener is no list
    (better,) = events(
        nlp_model, '"Daripada menaikkan tarif, sebaiknya pemerintah fokus pada daya saing," kata Andi Wijaya.'
    )
    assert better.type == "REQUEST" and [t.text for t in better.target] == ["pemerintah"]
    (only,) = events(
        nlp_model, '"Daripada mengandalkan KPK, pemerintah harus fokus pada pencegahan," kata Andi Wijaya.'
    )
    assert [t.text for t in only.target] == ["pemerintah"]
    # the body before an advisory modal is the one asked, not the one who asks
    (asked,) = events(
        nlp_model, '"Pemerintah sebaiknya bersikap ramah dan merangkul mereka," kata Andi Wijaya.'
    )
    assert [s.text for s in asked.source] == ["Andi Wijaya"] and [t.text for t in asked.target] == [
        "Pemerintah"
    ]


def test_naming_criticism_questions_leave_and_names_that_look_like_events(nlp_model):
    # "menyebut" an actor with a negative judgement criticises it
    (crit,) = events(
        nlp_model, "Pengamat Andi Wijaya menyebut bahwa Polri semakin menjauh dari visi reformasi."
    )
    assert (crit.type, crit.mode) == ("ACCUSE", "disapprove")
    assert [t.text for t in crit.target] == ["Polri"]
    no_events_of(nlp_model, "ACCUSE", "Andi Wijaya menyebut Polri sudah bekerja dengan baik.")
    # a question asks whether it happens; leave to act is no act
    (asked,) = events(nlp_model, "Said Abdullah ditanya apakah PDI-P mau mengusung Kaesang di Jawa Tengah.")
    assert asked.aux == "hypothetical"
    talks = events(
        nlp_model,
        "Ia mengatakan bahwa PDI-P semestinya tidak berkapasitas membahas Kaesang. Dia pun mempersilakan PSI "
        "maupun Kaesang untuk membahas hal tersebut.",
    )
    assert len(talks) == 1 and talks[0].aux in ("negation", "hypothetical")
    # a capacity to act is no act
    (able,) = events(nlp_model, "PDI-P berkapasitas bertemu Presiden Jokowi.")
    assert able.aux == "hypothetical"
    # recipients of aid, a consortium, an interrogation record and a majority are no events
    no_events_of(nlp_model, "AID", "Sebagian peserta kini masuk dalam kelompok penerima bantuan pemerintah.")
    no_events_of(
        nlp_model, "COOPERATE", "Kerja Sama Operasi antara PT Waskita Karya dengan PT Acset Indonusa menang."
    )
    no_events_of(
        nlp_model, "ACCUSE", "Jaksa membacakan berita acara pemeriksaan (BAP) Budi di Pengadilan Tipikor."
    )
    assert (
        events(nlp_model, "Sebab nantinya yang akan menguasai parlemen ialah Koalisi Indonesia Maju.") == []
    )


def test_approvals_doers_named_after_a_relative_passive_missions_abroad_and_talks_held(nlp_model):
    # a superior's approval received endorses (SUPPORT); an agreement reached stays AGREE
    (ok,) = events(
        nlp_model, "Keputusan itu telah mendapat persetujuan dari Ketua Umum PKB Muhaimin Iskandar."
    )
    assert ok.type == "SUPPORT" and [s.text for s in ok.source] == ["Ketua Umum PKB Muhaimin Iskandar"]
    (pact,) = events(nlp_model, "Indonesia dan Jepang mencapai persetujuan dagang di Tokyo.")
    assert pact.type == "AGREE"
    # the doer right after a relative passive, when the one it is done to is named before the copula
    assert named(nlp_model, "Anies merupakan calon tunggal yang didukung PKB untuk maju di Pilkada.") == [
        ("SUPPORT", ["Partai Kebangkitan Bangsa"], ["Anies Baswedan"])
    ]
    assert (
        events(nlp_model, "Prabowo menyebut, uang yang dikembalikan BGN dapat dialokasikan ke sektor lain.")
        == []
    )
    no_events_of(
        nlp_model,
        "SUPPORT",
        "Ia menekankan bahwa bakal calon gubernur yang diusung PDI-P itu akan diputuskan.",
    )
    # an Indonesian embassy is Indonesia's wherever it sits; "mereka" after a body's report is that body
    (aid,) = events(
        nlp_model,
        "KBRI Phnom Penh menjelaskan bahwa mereka telah memberikan bantuan berupa makanan siap saji.",
    )
    assert aid.type == "AID" and codes(aid.source) == ["IDN"]
    # talks held with someone, not "komunikasi publik"; a list of regions talks with no one
    (talks,) = events(nlp_model, "Gerindra saat ini masih melakukan komunikasi dengan sejumlah partai.")
    assert talks.type == "CONSULT" and [s.text for s in talks.source] == ["Gerindra"]
    assert events(nlp_model, "KPU melakukan komunikasi publik dengan baik.") == []
    no_events_of(
        nlp_model,
        "CONSULT",
        '"Sumut, Jawa Barat, Aceh ini juga terus melakukan komunikasi lintas partai," kata Abdul Halim.',
    )
    # a protest by hunger strike keeps its own trigger and striker
    (strike,) = [
        e
        for e in events(
            nlp_model,
            "Salaheddine Sidhoum melakukan mogok makan selama 24 jam di penjara sebagai protes, kata pengacaranya.",
        )
        if e.type == "PROTEST"
    ]
    assert strike.mode == "hunger"
    # a reminder "bagi" the public asks it; a note withdrawn from circulation and an inclination are no acts
    (remind,) = events(
        nlp_model, "Bank Indonesia mengingatkan bagi masyarakat yang memiliki uang lama untuk menukarkannya."
    )
    assert remind.type == "REQUEST"
    assert (
        events(
            nlp_model,
            "Tiga pecahan uang logam dengan tahun emisi 1991, 1993, dan 1995 ditarik dari peredaran oleh Bank Indonesia (BI).",
        )
        == []
    )
    (lean,) = events(
        nlp_model, "Saat itu sejumlah partai sudah condong untuk mengusung Fauzi Bowo sebagai calon."
    )
    assert lean.aux == "hypothetical"


def test_goods_handed_out_what_a_thing_pictures_and_people_of_a_kind_obliged(nlp_model):
    # goods handed out for people's needs are aid; sharing a post or an analysis is not
    (pumps,) = events(
        nlp_model, "Pemerintah secara total membagikan sebanyak 20 ribu pompa ke seluruh provinsi."
    )
    assert pumps.type == "AID"
    assert events(nlp_model, "Pakar hukum Andi Wijaya membagikan analisisnya di media sosial.") == []
    # who a thing pictures takes no part in the act
    (milk,) = events(nlp_model, "Wali Kota Solo itu membagikan susu bergambar Jan Ethes kepada siswa.")
    assert milk.type == "AID" and all(a.text != "Jan Ethes" for a in milk.source + milk.target)
    # "anak-anak sekolah" are people of a kind, no actor named as the one obliged
    no_events_of(
        nlp_model,
        "REQUEST",
        "Hasto menyebut, anak-anak sekolah sepatutnya lebih diperkenalkan pahlawan nasional daripada putra pejabat.",
    )


def test_what_a_named_actor_did_stands_for_it(nlp_model):
    (praise,) = events(nlp_model, "Pengacara Muslim Jaya mengapresiasi apa yang dilakukan Bareskrim.")
    assert praise.type == "SUPPORT" and [t.text for t in praise.target] == ["Bareskrim"]
    (vague,) = events(nlp_model, "Pengacara Muslim Jaya mengapresiasi apa yang ada.")
    assert vague.target == []


def test_deaths_alone_receipts_demanded_attendance_confessions_and_police_units(nlp_model):
    # a death is no attack unless the attack that caused it is told right after it
    no_events_of(
        nlp_model,
        "ASSAULT",
        "Warga desa itu tewas saat banjir bandang melanda.",
        "Keluarga menuntut kejelasan soal kronologi tewasnya Joni Saputra.",
        "Tim nasional itu lolos dari fase gugur Piala Asia.",
    )
    (mine,) = events(nlp_model, "Dua tentara Prancis tewas terkena ranjau di Mali.")
    assert mine.type == "ASSAULT" and codes(mine.target) == ["FRA"]
    # the attack named after the death is the event, done to the one who died
    (beaten,) = events(
        nlp_model, "Seorang tahanan bernama Joni Saputra diduga tewas usai dikeroyok rekan satu selnya."
    )
    assert beaten.type == "ASSAULT" and [t.text for t in beaten.target] == ["Joni Saputra"]
    (arson,) = events(
        nlp_model, "Polisi menyebut dua pria itu merupakan eksekutor pembakaran rumah Andi Saputra."
    )
    assert arson.type == "ASSAULT" and [t.text for t in arson.target] == ["Andi Saputra"]
    # those who must only receive are asked nothing; who must give is not named
    no_events_of(nlp_model, "REQUEST", "Menurut Gubernur Ridwan Kamil, warga harus mendapatkan air bersih.")
    (give,) = events(
        nlp_model, "Menurut Gubernur Ridwan Kamil, pemerintah pusat harus menyalurkan air bersih."
    )
    assert give.type == "REQUEST"
    # those who attend a meeting met, all of them on one side
    (met,) = events(
        nlp_model,
        "Rapat itu dihadiri oleh Menteri Keuangan Sri Mulyani dan Gubernur Bank Indonesia Perry Warjiyo.",
    )
    assert met.type == "CONSULT" and len(met.source) == 2 and met.target == []
    (one,) = events(nlp_model, "Rapat itu dihadiri oleh Menteri Keuangan Sri Mulyani.")
    assert one.type == "CONSULT" and [s.text for s in one.source] == ["Menteri Keuangan Sri Mulyani"]
    assert events(nlp_model, "Konser itu dihadiri oleh ribuan penonton.") == []
    # the same told with the attendees after "(turut) hadir"; "tidak dihadiri" denies the meeting
    (came,) = events(
        nlp_model,
        "Dalam rapat terbatas itu turut hadir Menteri Keuangan Sri Mulyani dan Gubernur Bank Indonesia "
        "Perry Warjiyo.",
    )
    assert came.type == "CONSULT" and len(came.source) == 2 and came.target == []
    (absent,) = events(nlp_model, "Rapat itu tidak dihadiri oleh Menteri Keuangan Sri Mulyani.")
    assert absent.type == "CONSULT" and absent.aux == "negation"
    (hearing,) = events(nlp_model, "RDP Komisi II DPR digelar bersama Kementerian Dalam Negeri.")
    assert hearing.type == "CONSULT" and hearing.target
    # a confession or an admission is no recognition; a state's recognition of another is support
    no_events_of(
        nlp_model,
        "SUPPORT",
        "Dengan adanya pengakuan Rahmat Hidayat terkait suap itu, jaksa yakin dakwaannya terbukti.",
        "Diakui Ketua KPU Ahmad Basuki bahwa tahapan pemilu berjalan lambat.",
        "Soal koalisi di daerah, diakuinya tetap mengikuti keputusan pusat Partai Golkar.",
    )
    (recognition,) = events(nlp_model, "Norwegia memberikan pengakuan resmi terhadap Palestina.")
    assert recognition.type == "SUPPORT" and codes(recognition.target) == ["PSE"]
    # a Polda's internal affairs unit is one actor; Propam alone is the national division
    (probe,) = events(nlp_model, "Propam Polda Jawa Timur memeriksa tiga anggota Polres Malang.")
    assert [s.text for s in probe.source] == ["Propam Polda Jawa Timur"]
    assert named(nlp_model, '"Propam harus bertindak tegas," kata Sugeng Teguh Santoso.') == [
        ("REQUEST", ["Sugeng Teguh Santoso"], ["Divisi Profesi dan Pengamanan Polri"])
    ]


def test_advice_charity_visits_of_courtesy_nominators_and_suits_ruled_on(nlp_model):
    # "berpesan agar/kepada ... untuk" asks like "mengimbau"
    (advice,) = events(nlp_model, "Menteri Agama Nasaruddin Umar berpesan agar masyarakat menjaga persatuan.")
    assert advice.type == "REQUEST"
    # charity work is aid; planned, a promise of it
    (charity,) = events(nlp_model, "Yayasan Budi Luhur menggelar bakti sosial di Kabupaten Garut.")
    assert charity.type == "AID"
    (planned,) = events(nlp_model, "Yayasan Budi Luhur akan melakukan bakti sosial pada Januari 2026.")
    assert planned.type == "AGREE"
    # a courtesy call is a meeting; a tunnel named for it and "mempererat silaturahmi" are not
    (call,) = events(nlp_model, "Agendanya silaturahmi dengan jajaran pengurus DPP PKS.")
    assert call.type == "CONSULT" and codes(call.target) == ["IDN"]
    no_events_of(
        nlp_model,
        "CONSULT",
        "Kepala proyek Budi Santoso menyebutkan, terowongan silaturahmi rencananya akan diresmikan Presiden"
        " Joko Widodo pada Agustus 2024.",
        "Festival Lari Ngawi 2025 bukan cuma tentang berlari tapi juga tentang berbagi energi, mempererat"
        " silaturahmi, dan semangat kebersamaan.",
    )
    # the party that nominates a candidate backs him
    assert named(nlp_model, "Partai Gerindra berstatus sebagai pengusung Bobby Nasution.") == [
        ("SUPPORT", ["Partai Gerindra"], ["Bobby Nasution"])
    ]
    # the court that rules on a suit did not file it; the party that filed it did
    no_events_of(
        nlp_model,
        "ACCUSE",
        "Meski demikian, tak semua gugatan diteruskan Mahkamah Konstitusi ke sidang pembuktian.",
    )
    assert named(nlp_model, "Hanya dua gugatan PPP yang dikabulkan oleh Mahkamah Konstitusi.") == [
        ("ACCUSE", ["Partai Persatuan Pembangunan"], [])
    ]


def test_orders_from_a_body_warnings_and_scourges_fought(nlp_model):
    # "(merupakan) perintah (langsung) dari X" is X's order
    assert named(
        nlp_model, "Sunu menambahkan bahwa bunga itu merupakan perintah dari OJK untuk menertibkan pinjol."
    ) == [("REQUEST", ["Otoritas Jasa Keuangan"], [])]
    # "mewanti-wanti" warns those named to (not) act
    (warn,) = events(
        nlp_model, "Ketua Umum PSI Kaesang Pangarep mewanti-wanti Hasan Nasbi untuk lebih berhati-hati."
    )
    assert warn.type == "REQUEST" and [t.text for t in warn.target] == ["Hasan Nasbi"]
    # fighting a scourge attacks no one; fighting an armed group does
    no_events_of(
        nlp_model,
        "ASSAULT",
        "Langkah pemerintah dalam upaya memerangi judi daring dianggap lamban.",
        "Transparency International dikenal sebagai lembaga yang memerangi korupsi.",
    )
    (war,) = events(nlp_model, "Pasukan Israel terus memerangi Hamas di Gaza.")
    assert war.type == "ASSAULT" and [t.text for t in war.target] == ["Hamas"]


def test_a_quote_that_opens_with_its_verb_and_everyday_phrases(nlp_model):
    # a direct quote opening with its verb (after "telah/sudah ...") is its speaker's act, even with no
    # one named it is done to
    assert named(
        nlp_model, '"Telah menetapkan satu orang sebagai tersangka," kata juru bicara KPK Tessa Mahardhika.'
    ) == [("ACCUSE", ["Tessa Mahardhika"], [])]
    assert named(
        nlp_model, '"Sudah memeriksa tiga saksi hari ini," kata juru bicara KPK Tessa Mahardhika.'
    ) == [("ACCUSE", ["Tessa Mahardhika"], [])]
    # thanks to God, a court annulling a suspect's status, a cruel deed, a clean-up or a volunteer action
    # and a public-private partnership's name are no events
    for text in (
        "“Puji syukur satu minggu lalu tim dokter berhasil melakukan tindakan medis,” kata Prabowo Subianto.",
        '"Menetapkan surat ketetapan tersangka batal demi hukum," kata hakim Eman Sulaeman.',
        "Rencana awal Kamal, melakukan aksi kejinya saat Endang tertidur.",
        "Pada kegiatan ini, karyawan Danone melakukan aksi nyata untuk lingkungan.",
        "Proyek itu adalah proyek KPBU (Kerja sama Pemerintah dengan Badan Usaha) milik PT Jasa Marga.",
    ):
        assert events(nlp_model, text) == [], text
    # a protest planned stays one
    (protest,) = events(nlp_model, "Ribuan buruh KSPI yang akan melakukan aksi ini berasal dari Jabodetabek.")
    assert protest.type in ("THREATEN", "PROTEST")
    # not what an indirect report opens with: the one it reports is no doer
    for e in events(
        nlp_model,
        "“Kalau bisa Prabowo menekan AS agar gencatan senjata ini tidak sebatas kepentingan politik,” kata"
        " Dinna Prapto, Rabu (12/6/2024). Tidak hanya dari Amerika, menurut Dinna gencatan senjata juga harus"
        " mau diterima oleh pihak Israel.",
    ):
        assert not (e.type == "RETREAT" and e.source), e


def test_aid_poured_out_and_thanks_for(nlp_model):
    # pouring out aid is aid, with its trigger on the verb
    (poured,) = events(
        nlp_model, "Pemerintah Provinsi Jawa Barat kerap menggelontorkan bantuan sosial kepada warga."
    )
    assert poured.type == "AID" and poured.trigger.text.startswith("menggelontorkan")
    # thanks "untuk" is thanks like "atas"
    (thanks,) = events(nlp_model, '"Saya berterima kasih untuk semua masukan mahasiswa," kata Eddy Soeparno.')
    assert thanks.type == "SUPPORT"


def test_pihaknya_is_the_speakers_side(nlp_model):
    # "pihaknya" opening a sentence: the side of the one who says it
    assert ("ACCUSE", ["Rudi Hartono"], ["Ahmad Yani"]) in named(
        nlp_model,
        "Pihaknya akan memanggil Bupati Sleman Ahmad Yani pekan depan, kata Kapolres Sleman AKBP Rudi "
        "Hartono.",
    )
    # after a quote, the one who just spoke
    assert ("ACCUSE", ["Rudi Hartono"], ["Ahmad Yani"]) in named(
        nlp_model,
        '"Kami bekerja sesuai prosedur," kata Kapolres Sleman AKBP Rudi Hartono. Pihaknya akan memanggil '
        "Bupati Sleman Ahmad Yani pekan depan.",
    )
    # the person or body named first in its sentence
    assert ("COERCE", ["Rudi Hartono"], []) in named(
        nlp_model,
        "Fakta itu diungkap oleh Kapolres Sleman AKBP Rudi Hartono, usai pihaknya mengamankan pengemudi "
        "mobil tersebut.",
    )
    # not merely the latest person named: whoever is asked to act stays the target
    evs = named(
        nlp_model,
        "Relawan itu akan membela Menteri Budi Santoso. Bahkan pihaknya juga mendorong agar Menteri Budi "
        "Santoso makin gencar memberantas judi online.",
    )
    assert [(s, t) for typ, s, t in evs if typ == "REQUEST"] == [([], ["Budi Santoso"])]


def test_an_event_noun_told_again_with_who_voiced_it(nlp_model):
    # "Permintaan itu disampaikan X": the demonstrative points back, but the sentence names who asked
    assert ("REQUEST", ["Rudi Hartono"], []) in named(
        nlp_model, "Permintaan itu disampaikan Bupati Sleman Rudi Hartono dalam rapat koordinasi."
    )
    assert ("REJECT", ["Rudi Hartono"], []) in named(
        nlp_model, "Penolakan tersebut juga disampaikan oleh Bupati Sleman Rudi Hartono."
    )
    # with no one named after the voicing verb, it is still the event told before
    assert named(nlp_model, "Permintaan itu disampaikan dalam rapat koordinasi.") == []
    assert named(nlp_model, "Permintaan itu disampaikan kepada Bupati Sleman Rudi Hartono.") == []
    assert named(nlp_model, "Bupati Sleman Rudi Hartono menilai kesepakatan ini penting.") == []


def test_a_hope_that_something_be_done_asks_for_it(nlp_model):
    # a hope told in the passive, with no modal, asks for the act; what is to be done is no target
    assert named(nlp_model, "Ketua DPR Puan Maharani berharap para pelaku segera ditindak tegas.") == [
        ("REQUEST", ["Puan Maharani"], [])
    ]
    assert named(
        nlp_model, "Ketua MPR Ahmad Muzani berharap Dewan Kehormatan MPR bisa segera dibentuk tahun ini."
    ) == [("REQUEST", ["Ahmad Muzani"], [])]
    # nor the place the act serves
    assert named(
        nlp_model,
        "Ketua DPR Puan Maharani berharap alokasi pupuk tetap diberikan agar panen petani di Kalimantan "
        "berhasil.",
    ) == [("REQUEST", ["Puan Maharani"], [])]
    # not a thing pointed back to, being known or felt, a prayer, readiness, or a word that only
    # looks like a passive
    for text in (
        "Bupati Sleman Rudi Hartono berharap kesempatan kedua ini dimanfaatkan dengan baik.",
        "Bupati Sleman Rudi Hartono berharap kegiatan ini bisa digelar setiap tahun.",
        "Bupati Sleman Rudi Hartono berharap semoga pelakunya segera ditangkap.",
        "Bupati Sleman Rudi Hartono berharap kebijakan baru membuat petani tidak dirugikan.",
        "Bupati Sleman Rudi Hartono berharap produk lokal bisa semakin dikenal.",
        "Bupati Sleman Rudi Hartono berharap semoga doanya dikabulkan.",
        "Bupati Sleman Rudi Hartono berharap akhir tahun alat buatannya sudah siap dipatenkan.",
        "Bupati Sleman Rudi Hartono berharap hubungan diplomatik kedua daerah makin erat.",
        "Bupati Sleman Rudi Hartono berharap kebijakan baru menguntungkan petani yang dirugikan.",
    ):
        assert named(nlp_model, text) == [], text


def test_suspensions_suspicions_invitations_met_and_handouts(nlp_model):
    # a party suspends its member: a sanction, by its verb, passive or noun
    assert ("SANCTION", ["Partai Hanura"], ["Budi Santoso"]) in named(
        nlp_model, "Partai Hanura menonaktifkan Budi Santoso dari keanggotaan DPRD Sleman."
    )
    assert ("SANCTION", [], ["Budi Santoso"]) in named(
        nlp_model, "Ketua DPRD Sleman mengumumkan penonaktifan Budi Santoso pekan lalu."
    )
    # to suspect an actor accuses it
    assert ("ACCUSE", ["Budi Santoso"], ["Partai Hanura"]) in named(
        nlp_model, "Budi Santoso mencurigai Partai Hanura ingin menutup pintu koalisi."
    )
    # coming at someone's invitation is a visit, not an offer
    evs = named(nlp_model, '"Kami datang memenuhi undangan Ketua Umum Partai Hanura," ujar Budi Santoso.')
    assert [t for t, _, _ in evs] == ["CONSULT"]
    # handing out books is aid, as handing out milk is; a misspelt search is still a search
    assert ("AID", ["Budi Santoso"], ["Sleman"]) in named(
        nlp_model, "Budi Santoso membagikan buku tulis kepada anak-anak di Sleman."
    )
    assert ("COERCE", ["Komisi Pemberantasan Korupsi"], []) in named(
        nlp_model, "KPK telah melakukan penggeladahan di satu lokasi."
    )
    # a consensus as a way of deciding, and running again for a seat, are no events
    assert named(nlp_model, '"Kita pernah musyawarah mufakat," kata Budi Santoso.') == []
    assert (
        named(
            nlp_model,
            "Budi Santoso mencoba peruntungan untuk mencalonkan kembali sebagai anggota DPRD Sleman.",
        )
        == []
    )


def test_a_commitment_promises_only_an_act_or_to_someone(nlp_model):
    # a commitment to one's own policy promises no one anything
    for text in (
        "Pemerintah berkomitmen menjaga pembayaran bunga utang pada level yang efisien.",
        "Bupati Sleman Rudi Hartono bertekad akan memperbaiki kesalahan tersebut.",
    ):
        assert named(nlp_model, text) == [], text
    # it does with someone named, or with an event it governs (a promise of aid, to no one named)
    (promise,) = events(
        nlp_model, "Bupati Sleman Rudi Hartono berkomitmen untuk segera menyalurkan bantuan pekan depan."
    )
    assert promise.type == "AGREE" and promise.trigger.text.startswith("berkomitmen")
    assert ("AGREE", ["Sri Mulyani Indrawati"], ["Dewan Perwakilan Rakyat"]) in named(
        nlp_model, "Menteri Keuangan Sri Mulyani berkomitmen kepada DPR untuk menekan defisit."
    )
    assert [
        t
        for t, _, _ in named(
            nlp_model, "Bupati Sleman Rudi Hartono berkomitmen untuk terus mendukung Otorita IKN."
        )
    ] == ["SUPPORT"]


def test_messages_hopes_in_the_first_person_and_budget_requests_ask(nlp_model):
    assert ("REQUEST", ["Puan Maharani"], ["pemerintah"]) in named(
        nlp_model, "Ketua DPR Puan Maharani memberikan pesan agar pemerintah segera menuntaskan kasus itu."
    )
    (hope,) = events(
        nlp_model, '"Saya harap semua pihak bisa menahan diri," kata Bupati Sleman Rudi Hartono.'
    )
    assert hope.type == "REQUEST" and hope.trigger.text == "harap"
    assert ("REQUEST", ["Komisi Pemilihan Umum"], []) in named(
        nlp_model, "KPU mengajukan tambahan anggaran sebesar Rp2 triliun untuk tahun 2026."
    )


def test_doers_named_after_a_noun_and_what_only_looks_like_an_event(nlp_model):
    # the body that dismisses is named after the one dismissed and the office he leaves, also when the
    # sentence only says the dismissal came before ("Hal itu menyusul ...")
    assert ("SANCTION", ["Partai Hanura"], ["Budi Santoso"]) in named(
        nlp_model, "Hal itu menyusul pemecatan Budi Santoso sebagai Ketua DPD oleh Partai Hanura."
    )
    # a protest, a raid, a meeting carried out by someone named after "dilakukan/digelar (oleh)"
    assert ("PROTEST", ["Aliansi Buruh Sleman"], []) in named(
        nlp_model, "Unjuk rasa itu dilakukan oleh Aliansi Buruh Sleman pada Kamis (20/10/2025)."
    )
    # ... but a place named after "dilakukan di" is where, not who
    evs = named(nlp_model, '"Pemeriksaan dilakukan di Gedung Merah Putih KPK," ucap Budi Santoso.')
    assert all("Komisi Pemberantasan Korupsi" not in src for _, src, _ in evs), evs
    # securing a rally is no arrest; holding back tears is no detention
    for text in (
        "Personel kepolisian mengamankan aksi unjuk rasa mahasiswa di depan Kantor Bupati Sleman.",
        "Ibu korban, Sri Wahyuni, menunjukkan foto anaknya sambil menahan tangis di kantor LBH Sleman.",
    ):
        assert all(t != "COERCE" for t, _, _ in named(nlp_model, text)), text
    # an idea welcomed by an ambassador is no visit; a police policy of dialogue is no meeting
    for text in (
        "Optimisme tersebut turut disambut Duta Besar Jepang, Kenji Tanaka, yang meninjau kawasan itu.",
        "Kritik itu disampaikan massa dengan tertib berkat pengamanan polisi yang mengutamakan dialog.",
    ):
        assert all(t != "CONSULT" for t, _, _ in named(nlp_model, text)), text
    # sounding out talks with a party is consulting it
    assert ("CONSULT", ["Partai Hanura"], ["Partai Gerindra"]) in named(
        nlp_model, "Sementara itu, Partai Hanura juga tengah menjajaki komunikasi dengan Partai Gerindra."
    )
