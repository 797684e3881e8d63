"""The PFSA-ID span model: features, BILOU decoding, the scorer, and the shipped model on the dev data."""

from __future__ import annotations

import pytest

from tests.conftest import shared_path
from warta.evaluate.quotes import score_spans, span_sets
from warta.quotes import pfsa


def test_bilou_spans():
    tags = ["O", "B-STATEMENT", "I-STATEMENT", "L-STATEMENT", "U-CUE", "B-PERSON", "L-PERSON", "O"]
    assert pfsa.spans(tags) == [("STATEMENT", 1, 4), ("CUE", 4, 5), ("PERSON", 5, 7)]
    assert pfsa.spans(["I-ROLE", "I-ROLE"]) == [("ROLE", 0, 2)]  # broken sequence still a span


def test_features_see_quote_parity_across_sentences():
    toks = pfsa.to_tokens([["”", "Kami", "siap", "."], ["Ini", "benar", ",", "”", "kata", "Budi", "."]])
    feats = pfsa.features(toks)
    assert "qp=1" in feats[1] and "qp=1" in feats[4]  # inside the quote in both sentences
    assert "qp=0" in feats[8]  # after the closing mark
    assert "cue=speech" in feats[8]


ALL_GROUPS = frozenset({"lex", "affix", "win5", "struct", "conj", "name", "clus", "qseg", "spk"})


def test_lexicon_phrases_are_longest_match():
    tags = pfsa._lex_tags(["menteri", "luar", "negeri", "wulandari", "di", "jakarta"])
    assert tags[:3] == ["title:B", "title:I", "title:L"]
    assert tags[3] == "" and tags[4] == ""
    assert tags[5] in ("place:U", "country:U")


def test_extra_feature_groups():
    toks = pfsa.to_tokens(
        [
            ["Kepala", "Dinas", "Sosial", "Rina", "Wulandari", "mengatakan", ",", "bantuan", "siap", "."],
            ["”", "Kami", "siap", "membantu", ",", "”", "kata", "Wulandari", "pada", "Senin", "."],
        ]
    )
    feats = pfsa.features(toks, ALL_GROUPS)
    assert len(feats) == len(toks)
    assert "lex=title:U" in feats[0]  # "kepala" is a title in the actor lexicon
    assert "wc=date_day" in feats[19]  # Senin
    assert "cued_ref|long=True" in feats[4]  # Wulandari recurs as "kata Wulandari"
    assert "next_cued_ref" in feats[3]
    assert any(f.startswith("qseg=") and "post=True" in f for f in feats[12])  # quote followed by "kata"
    assert any(f.startswith("-5w=") for f in feats[0]) and "s4=pala" in feats[0]
    assert "sstart=True" in feats[0] and "after_comma=True" in feats[7]
    base = pfsa.features(toks, frozenset())
    assert all(set(b) <= set(f) for b, f in zip(base, feats, strict=True))  # groups only add


def test_speaker_profiles_tell_titled_speakers_from_ordinary_people():
    toks = pfsa.to_tokens(
        [
            ["Kepala", "Dinas", "Sosial", "Rina", "Wulandari", "mengatakan", ",", "bantuan", "siap", "."],
            ["Budi", "Santoso", "(", "26", ")", ",", "warga", "Depok", ",", "cemas", "."],
            ["”", "Kami", "siap", ",", "”", "kata", "Wulandari", "."],
            ["”", "Saya", "takut", ",", "”", "ujar", "Budi", "."],
            ["”", "Takut", "sekali", ",", "”", "ujarnya", "."],
        ]
    )
    feats = pfsa.features(toks, frozenset({"spk"}))
    assert "nprof=title" in feats[3] and "nprof=age" in feats[10]
    assert "spk=title|after" in feats[22] and "spkt=title" in feats[26] and "spkt=title" in feats[27]
    assert "spk=age|after" in feats[30] and "spkt=age" in feats[35]
    assert "spk=age|pron" in feats[38]  # "ujarnya": the last named speaker
    assert "sspk=title|qp=0" in feats[5]  # "Rina Wulandari mengatakan"
    assert not any(f.startswith("spkw") for row in feats for f in row)
    words = pfsa.features(toks, frozenset({"spk", "spkw"}))
    assert "spkw=kepala" in words[22] and "spkwt=kepala" in words[27]  # from the first mention
    assert "spkw=warga" in words[30] and "nhead=warga" in words[11]  # "Budi Santoso ( 26 ) , warga"


def test_clusters_file_has_a_source_header():
    from warta.resources import path

    f = path("pfsa/clusters.tsv")
    if not f.exists():
        pytest.skip("no word-cluster file (training/pfsa/clusters.py writes it)")
    head = f.read_text(encoding="utf-8").splitlines()[:4]
    assert head[0].startswith("#") and any("floret" in line for line in head)
    assert pfsa._clusters()  # loads


def test_shipped_meta_matches_the_feature_groups():
    import json

    meta = pfsa.MODEL_PATH.parent / "meta.json"
    if not meta.exists():
        pytest.skip("no shipped PFSA model meta.json")
    assert json.loads(meta.read_text(encoding="utf-8")).get("feature_groups", []) == sorted(pfsa.GROUPS)


def test_statements_continue_across_blank_lines():
    sents = [[("”", "B-STATEMENT"), ("Ya", "I-STATEMENT")], [("benar", "I-STATEMENT"), ("”", "L-STATEMENT")]]
    gold, pred = span_sets(sents, [["B-STATEMENT", "I-STATEMENT"], ["I-STATEMENT", "L-STATEMENT"]])
    assert gold == pred == [("STATEMENT", 0, 4)]
    assert score_spans(gold, pred)["overall"]["f1"] == 1.0


def test_articles_split_at_kompas_headers():
    sents = [["JAKARTA", ",", "KOMPAS", "—", "A"], ["B"], ["BOGOR", ",", "KOMPAS.com", "-", "C"]]
    assert pfsa.split_articles(sents) == [[0, 1], [2]]


def test_shipped_model_scores_on_pfsa(tmp_path):
    if pfsa.load_tagger() is None:
        pytest.skip("the PFSA model (warta/models/pfsa) or python-crfsuite is not installed")
    data = shared_path("data", "quotes", "pfsa-id", "pfsa-id_dev-40.txt")
    sents = pfsa.read_bilou(data)[:400]
    sample = tmp_path / "sample.txt"
    sample.write_text(
        "\n\n".join("\n".join(f"{w}\t{t}" for w, t in s) for s in sents) + "\n", encoding="utf-8"
    )
    from warta.evaluate.quotes import run

    out = tmp_path / "pred.tsv"
    scores = run(sample, out)
    assert scores["overall"]["f1"] > 0.8  # seen in training: a smoke test, not a measurement
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0].count("\t") == 2


def _valid_bilou(tags: list[str]) -> bool:
    inside = None  # the label of an open B-/I- span
    for t in tags:
        prefix, _, lab = t.partition("-")
        if inside is not None:
            if prefix not in ("I", "L") or lab != inside:
                return False
            inside = None if prefix == "L" else inside
        elif prefix in ("I", "L"):
            return False
        elif prefix == "B":
            inside = lab
    return inside is None


def test_bilou_decoder_always_yields_a_valid_sequence():
    np = pytest.importorskip("numpy")
    rng = np.random.default_rng(0)
    for n in (1, 2, 5, 40):
        for _ in range(50):
            m = rng.dirichlet(np.full(len(pfsa.TAGS), 0.1), size=n)
            assert _valid_bilou(pfsa.decode_bilou(m))
    assert pfsa.decode_bilou(np.zeros((0, len(pfsa.TAGS)))) == []
    m = np.full((3, len(pfsa.TAGS)), 1e-6)
    for t, y in enumerate(["B-CUE", "I-CUE", "L-CUE"]):
        m[t, pfsa.TAGS.index(y)] = 1.0
    assert pfsa.decode_bilou(m) == ["B-CUE", "I-CUE", "L-CUE"]
    m[1, pfsa.TAGS.index("I-CUE")] = 0.4
    m[1, pfsa.TAGS.index("O")] = 0.6  # the best tag per token would break the span
    assert pfsa.decode_bilou(m) == ["B-CUE", "I-CUE", "L-CUE"]


def _toy_model(path, seed: int) -> None:
    pycrfsuite = pytest.importorskip("pycrfsuite")
    import random

    rnd = random.Random(seed)
    trainer = pycrfsuite.Trainer(verbose=False)
    for _ in range(30):
        words = [rnd.choice(["kata", "Budi", "siap", "”", "ia"]) for _ in range(8)]
        tags = ["U-CUE" if w == "kata" else "U-PERSON" if w == "Budi" else "O" for w in words]
        if rnd.random() < 0.5:
            words[2:4], tags[2:4] = ["Rina", "Wulandari"], ["B-PERSON", "L-PERSON"]
        trainer.append([[f"w={w}", f"p={words[i - 1] if i else ''}"] for i, w in enumerate(words)], tags)
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 30 + seed})
    trainer.train(str(path))


def test_ensemble_of_one_is_the_single_model_and_members_decode_valid_bilou(tmp_path):
    import json

    _toy_model(tmp_path / "a.crfsuite", 0)
    _toy_model(tmp_path / "b.crfsuite", 1)
    single = pfsa._open(tmp_path / "a.crfsuite")
    toks = pfsa.to_tokens([["Rina", "Wulandari", "siap", ",", "”", "kata", "Budi", "."], ["Ia", "siap", "."]])
    xs = pfsa.features(toks)
    assert pfsa.Ensemble([single]).tag(xs) == single.tag(xs)
    assert pfsa.tag(toks, pfsa.Ensemble([single])) == pfsa.tag(toks, single)
    assert pfsa.load_tagger(str(tmp_path / "a.crfsuite")).tag(xs) == single.tag(xs)
    pair = pfsa.Ensemble([single, pfsa._open(tmp_path / "b.crfsuite")])
    m = pair.marginals(xs)
    assert m.shape == (len(xs), len(pfsa.TAGS)) and abs(m.sum(1) - 1).max() < 1e-6
    assert _valid_bilou(pair.tag(xs)) and pair.tag([]) == []
    twice = pfsa.Ensemble([single, pfsa._open(tmp_path / "a.crfsuite")])
    assert twice.tag(xs) == pfsa.decode_bilou(pfsa.Ensemble([single]).marginals(xs))
    (tmp_path / "meta.json").write_text(json.dumps({"ensemble": {"members": ["a.crfsuite", "b.crfsuite"]}}))
    assert pfsa.model_files(tmp_path) == [tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"]
    assert pfsa.load_tagger(str(tmp_path)).tag(xs) == pair.tag(xs)
    (tmp_path / "b.crfsuite").unlink()
    assert pfsa.model_files(tmp_path) == [] and pfsa.load_tagger(str(tmp_path / "x")) is None
