"""The PFSA-ID span model: a linear-chain CRF over tokens with BILOU tags for statement attribution.

Labels: PERSON PERSONCOREF ROLE AFFILIATION CUE CUECOREF STATEMENT ISSUE DATETIME LOCATION EVENT.
The same feature function serves training (``training/pfsa/train.py``), evaluation (``warta eval quotes``)
and the quote component, so the three can never drift apart. A CRF (python-crfsuite) is small, fast on a
CPU and, with document-level quote-parity features, beats the published deep models on this corpus:
quotation marks in PFSA-ID are mostly undirected (``”`` opens and closes), so what tells a statement is
*how many* quote marks came before a token in the article, not their shape.

Feature groups beyond the base set (``GROUPS`` names those the shipped model was trained with; the
training script records them in meta.json): ``lex`` (longest-match phrases of Warta's actor lexicons:
titles, organisation heads and names, places, countries, people; word classes and cue kinds of the quote
lexicons; day/month/relative-date words), ``affix`` (2- and 4-character prefixes and suffixes), ``win5``
(words at ±4/±5, neighbour bigrams and the trigram), ``struct`` (sentence-initial, around commas, inside
brackets, shape pairs), ``conj`` (capitalised-run conjunctions), ``name`` (position in the capitalised
run from both ends; whether the word recurs elsewhere in the article as a short name next to a cue, as
in "... Rina Wulandari mengatakan" → "kata Wulandari"), ``clus`` (k-means clusters of the floret vectors,
``resources/pfsa/clusters.tsv``), ``qseg`` (the quote segment around a token: its length, whether it
crosses a sentence, and whether a cue word follows or precedes it), ``spk`` (who speaks a quote and whether
that person was introduced with a title or with an age: PFSA-ID labels the statements of public figures
only, see ``_speakers``) and ``spkw`` (the speaker's title or apposition word itself, with ``spk``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

LABELS = [
    "PERSON",
    "PERSONCOREF",
    "ROLE",
    "AFFILIATION",
    "CUE",
    "CUECOREF",
    "STATEMENT",
    "ISSUE",
    "DATETIME",
    "LOCATION",
    "EVENT",
]
MODEL_DIR = Path(__file__).resolve().parents[1] / "models" / "pfsa"
MODEL_PATH = MODEL_DIR / "pfsa.crfsuite"  # a single model; an ensemble lists its members in meta.json
QUOTE_CHARS = frozenset('"“”„‟«»〝〞＂')
_DOC_HEADERS = frozenset({"KOMPAS", "KOMPAS.com", "KOMPAS.COM"})
_SPEECH = frozenset(
    [
        "kata",
        "ujar",
        "tutur",
        "ucap",
        "ungkap",
        "jelas",
        "papar",
        "tegas",
        "sebut",
        "terang",
        "lanjut",
        "tambah",
        "imbuh",
        "pungkas",
        "tanya",
        "tulis",
        "tandas",
        "urai",
        "jawab",
        "beber",
        "klaim",
        "akui",
        "nilai",
        "harap",
        "pinta",
        "sambung",
        "timpal",
        "kenang",
        "seru",
    ]
)
_SPEECH_VERB = re.compile(
    r"^(meng|me|men|mem|meny|di)(atakan|ngatakan|yatakan|ungkapkan|jelaskan|egaskan|nambahkan|ambahkan|"
    r"uturkan|ilai|gaku|akui|inta|harap|klaim|bantah|yebut|yebutkan|sebut|sebutkan|aparkan|erangkan|"
    r"ungkap|sampaikan|ucapkan|ingatkan|imbau|ajak|tegaskan|jelaskan|katakan|nyatakan)$"
)
_SHAPE = re.compile(r"(A+|a+|0+|[^Aa0]+)")
# feature groups beyond the base set; training records the ones it used in meta.json
GROUPS: frozenset[str] = frozenset({"lex", "affix", "win5", "struct", "conj", "name", "clus", "spk", "spkw"})
_DATE_WORDS = {
    "day": "senin selasa rabu kamis jumat sabtu minggu ahad",
    "month": "januari februari maret april mei juni juli agustus september oktober november desember "
    "jan feb mar apr jun jul agu agt sep okt nov des",
    "rel": "kemarin lalu besok lusa pekan tahun bulan hari pagi siang sore malam dini wib wita wit "
    "sekarang kini silam mendatang depan",
}


@dataclass(frozen=True)
class Token:
    """One token of a tagged sequence; ``sent_start`` marks the first token of a sentence."""

    text: str
    sent_start: bool = False


def _shape(word: str) -> str:
    mapped = "".join("A" if c.isupper() else "a" if c.isalpha() else "0" if c.isdigit() else c for c in word)
    return "".join(m[0] for m in _SHAPE.findall(mapped))[:6]


def _bucket(n: int) -> str:
    if n <= 3:
        return str(n)
    if n <= 6:
        return "4-6"
    if n <= 12:
        return "7-12"
    if n <= 25:
        return "13-25"
    return "26+"


def _cue_kind(lower: str) -> str:
    if lower in _SPEECH:
        return "speech"
    if lower.endswith("nya") and lower[:-3] in _SPEECH:
        return "speechnya"
    if lower in ("menurut", "menurutnya"):
        return "menurut"
    if _SPEECH_VERB.match(lower):
        return "verb"
    return ""


@lru_cache(maxsize=1)
def _lexicons() -> tuple[dict[str, dict[tuple[str, ...], str]], dict[str, str]]:
    """Phrase lexicons from warta/resources (first word -> {phrase: kind}) and single-word classes."""
    from warta.resources import read_tsv

    phrases: dict[str, dict[tuple[str, ...], str]] = {}

    def add(text: str, kind: str) -> None:
        words = tuple(text.lower().split())
        if words:
            phrases.setdefault(words[0], {}).setdefault(words, kind)

    for row in read_tsv("actors/agents.tsv"):
        if len(row) > 1:
            add(
                row[0],
                {"title": "title", "org": "orghead", "agent": "agent", "place": "place"}.get(row[1], "agent"),
            )
    for row in read_tsv("actors/organizations.tsv"):
        for name in [row[1], *(row[5].split("|") if len(row) > 5 else [])]:
            add(name, "org")
    for row in read_tsv("actors/places.tsv"):
        for name in [row[0], *(row[2].split("|") if len(row) > 2 else [])]:
            add(name, "place")
    for row in read_tsv("actors/countries.tsv"):
        for col in row[1:4]:
            for name in col.split("|"):
                add(name, "country")
    for row in read_tsv("actors/people.tsv"):
        for name in [row[1], *(row[2].split("|") if len(row) > 2 else [])]:
            add(name, "person")
    words: dict[str, str] = {}
    for row in read_tsv("quotes/words.tsv"):
        if len(row) > 1:
            words.setdefault(row[0].lower(), row[1])
    for row in read_tsv("quotes/cues.tsv"):
        kind = f"cue_{row[1]}_{row[2] if len(row) > 2 else 'strong'}"
        words.setdefault(row[0].lower(), kind)
        words.setdefault(row[0].lower() + "nya", kind + "_nya")
    from warta.resources import read_lines

    for line in read_lines("actors/portfolios.txt"):
        words.setdefault(line.strip().lower(), "portfolio")
    for kind, text in _DATE_WORDS.items():
        for w in text.split():
            words.setdefault(w, f"date_{kind}")
    return phrases, words


def _lex_tags(lowers: Sequence[str]) -> list[str]:
    """Longest-match lexicon phrase tags per token ('title:B', 'org:U', ...; '' outside)."""
    phrases, _ = _lexicons()
    n = len(lowers)
    out = [""] * n
    i = 0
    while i < n:
        best = None
        for words, kind in phrases.get(lowers[i], {}).items():
            k = len(words)
            if tuple(lowers[i : i + k]) == words and (best is None or k > len(best[0])):
                best = (words, kind)
        if best is None:
            i += 1
            continue
        k = len(best[0])
        for j in range(k):
            out[i + j] = f"{best[1]}:{'U' if k == 1 else 'B' if j == 0 else 'L' if j == k - 1 else 'I'}"
        i += k
    return out


@lru_cache(maxsize=1)
def _clusters() -> dict[str, str]:
    """Word -> cluster id (k-means of the floret vectors; resources/pfsa/clusters.tsv), or empty."""
    from warta.resources import path

    f = path("pfsa/clusters.tsv")
    if not f.exists():
        return {}
    out: dict[str, str] = {}
    for line in f.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            w, _, c = line.partition("\t")
            out[w] = c
    return out


def features(tokens: Sequence[Token], groups: frozenset[str] | None = None) -> list[list[str]]:
    """Feature strings for every token of one article (or a chunk of one)."""
    groups = GROUPS if groups is None else groups
    n = len(tokens)
    words = [t.text for t in tokens]
    lowers = [w.lower() for w in words]
    is_quote = [w in QUOTE_CHARS or (len(w) > 1 and all(c in QUOTE_CHARS for c in w)) for w in words]
    # quote parity and distance to the previous / next quote mark, over the whole sequence
    parity: list[int] = []
    since: list[int] = []
    count = 0
    last = -1000
    for i in range(n):
        parity.append(count % 2)
        since.append(i - last)
        if is_quote[i]:
            count += 1
            last = i
    until = [0] * n
    nxt = 10_000
    for i in range(n - 1, -1, -1):
        until[i] = nxt - i
        if is_quote[i]:
            nxt = i
    # sentence ids, positions, and per-sentence facts
    sent_id: list[int] = []
    pos: list[int] = []
    sid = -1
    for i, t in enumerate(tokens):
        if t.sent_start or i == 0:
            sid += 1
            p = 0
        sent_id.append(sid)
        pos.append(p)
        p += 1
    sent_len = [0] * (sid + 1)
    sent_quotes = [0] * (sid + 1)
    sent_cue = [False] * (sid + 1)
    cues = [_cue_kind(w) for w in lowers]
    # distance to the nearest cue word on each side inside the sentence, and capitalised-run positions
    cue_left = [99] * n
    cue_right = [99] * n
    last_cue = -1
    for i in range(n):
        if i and sent_id[i] != sent_id[i - 1]:
            last_cue = -1
        cue_left[i] = i - last_cue if last_cue >= 0 else 99
        if cues[i]:
            last_cue = i
    next_cue = -1
    for i in range(n - 1, -1, -1):
        if i + 1 < n and sent_id[i] != sent_id[i + 1]:
            next_cue = -1
        cue_right[i] = next_cue - i if next_cue >= 0 else 99
        if cues[i]:
            next_cue = i
    caps = [w[:1].isupper() for w in words]
    run_pos: list[str] = []
    for i in range(n):
        left = i > 0 and caps[i - 1] and sent_id[i - 1] == sent_id[i]
        right = i + 1 < n and caps[i + 1] and sent_id[i + 1] == sent_id[i]
        run_pos.append(
            "" if not caps[i] else ("I" if left and right else "B" if right else "L" if left else "U")
        )
    # capitalised runs: their length, the words around them, and whether a word recurs in the article;
    # run_ctx holds (word before, word after, length, distance to the run's end)
    run_ctx: list[tuple[str, str, int, int]] = [("", "", 0, 0)] * n
    i = 0
    while i < n:
        if not caps[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and caps[j + 1] and sent_id[j + 1] == sent_id[i]:
            j += 1
        before = lowers[i - 1] if i > 0 and sent_id[i - 1] == sent_id[i] else "BOS"
        after = lowers[j + 1] if j + 1 < n and sent_id[j + 1] == sent_id[j] else "EOS"
        for k in range(i, j + 1):
            run_ctx[k] = (before, after, j - i + 1, j - k)
        i = j + 1
    first_seen: dict[str, int] = {}
    last_seen: dict[str, int] = {}
    for i, w in enumerate(words):
        if caps[i] and len(w) > 2 and pos[i] > 0:
            first_seen.setdefault(w, i)
            last_seen[w] = i
    for i in range(n):
        sent_len[sent_id[i]] += 1
        sent_quotes[sent_id[i]] += is_quote[i]
        sent_cue[sent_id[i]] |= bool(cues[i])

    # name references: a capitalised word that elsewhere in the article stands in a short run (one or two
    # words) next to a cue ("kata Budiman", "Budiman mengatakan") is likely the speaker's name
    short_ref: set[str] = set()
    cued_ref: set[str] = set()
    if "name" in groups:
        for i in range(n):
            if run_pos[i] and run_ctx[i][2] <= 2 and len(words[i]) > 2:
                short_ref.add(words[i])
                lo, hi = max(i - 3, 0), min(i + 4, n)
                if any(cues[j] for j in range(lo, hi)):
                    cued_ref.add(words[i])
    word_count: dict[str, int] = {}
    for w in words:
        word_count[w] = word_count.get(w, 0) + 1
    # quote segments: for every token, the segment between the previous and the next quote mark, its
    # length, whether it crosses a sentence boundary, and whether a cue stands just after / before it
    qseg: list[str] = [""] * n
    qseg_right: list[str] = [""] * n
    if "qseg" in groups:
        marks = [i for i in range(n) if is_quote[i]]
        bounds = [-1, *marks, n]
        for a, b in zip(bounds, bounds[1:], strict=False):
            lo, hi = a + 1, b  # tokens strictly between the marks
            length = hi - lo
            crosses = any(sent_id[j] != sent_id[lo] for j in range(lo, hi)) if length else False
            post = any(cues[j] for j in range(b + 1, min(b + 4, n)))
            pre = any(cues[j] for j in range(max(a - 5, 0), max(a, 0)))
            desc = f"{_bucket(length)}|x={crosses}|post={post}|pre={pre}"
            for j in range(lo, hi):
                qseg[j] = desc
            if b < n:
                qseg[b] = "ML|" + desc
            if a >= 0:
                qseg_right[a] = "MR|" + desc
    lex = _lex_tags(lowers) if "lex" in groups else []
    spk_seg, spk_tok, spk_sent, name_prof = (
        _speakers(words, lowers, caps, sent_id, parity, is_quote, cues, lex or _lex_tags(lowers))
        if "spk" in groups
        else ([""] * n, [""] * n, [""] * (sid + 1), {})
    )
    wclass = _lexicons()[1] if "lex" in groups else {}
    clus = _clusters() if "clus" in groups else {}
    paren = [0] * n
    depth = 0
    for i in range(n):
        if words[i] == ")":
            depth = max(depth - 1, 0)
        paren[i] = depth
        if words[i] == "(":
            depth += 1
        if i + 1 < n and sent_id[i + 1] != sent_id[i]:
            depth = 0

    def word_feats(j: int, tag: str) -> list[str]:
        if j < 0:
            return [f"{tag}:BOS"]
        if j >= n:
            return [f"{tag}:EOS"]
        w = words[j]
        out = [f"{tag}w={lowers[j]}", f"{tag}sh={_shape(w)}"]
        if is_quote[j]:
            out.append(f"{tag}Q")
        if cues[j]:
            out.append(f"{tag}cue={cues[j]}")
        if lex and lex[j]:
            out.append(f"{tag}lex={lex[j]}")
        if wclass and lowers[j] in wclass:
            out.append(f"{tag}wc={wclass[lowers[j]]}")
        if clus and lowers[j] in clus:
            out.append(f"{tag}cl={clus[lowers[j]]}")
        return out

    rows: list[list[str]] = []
    for i in range(n):
        w = words[i]
        lw = lowers[i]
        s = sent_id[i]
        f = [
            "b",
            f"w={lw}",
            f"s3={lw[-3:]}",
            f"p3={lw[:3]}",
            f"sh={_shape(w)}",
            f"qp={parity[i]}",
            f"since={_bucket(since[i])}",
            f"until={_bucket(until[i])}",
            f"qp={parity[i]}|until={_bucket(until[i])}",
            f"qp={parity[i]}|since={_bucket(since[i])}",
            f"sq={min(sent_quotes[s], 3)}",
            f"scue={sent_cue[s]}",
            f"sq={min(sent_quotes[s], 3)}|qp={parity[i]}",
            f"pos={_bucket(pos[i])}",
            f"rpos={_bucket(sent_len[s] - pos[i] - 1)}",
            f"dsent={min(s, 4)}",
            f"cueL={_bucket(cue_left[i])}",
            f"cueR={_bucket(cue_right[i])}",
            f"cueL={_bucket(cue_left[i])}|qp={parity[i]}",
            f"cueR={_bucket(cue_right[i])}|qp={parity[i]}",
        ]
        if run_pos[i]:
            before, after, length, from_end = run_ctx[i]
            f.append(f"run_prev={before}")
            f.append(f"run_next={after}")
            f.append(f"run_next_cue={cues[i + from_end + 1] if i + from_end + 1 < n else ''}")
            f.append(f"run_len={min(length, 6)}|end={min(from_end, 3)}")
            if first_seen.get(w, i) < i:
                f.append("seen_before")
            if last_seen.get(w, i) > i:
                f.append("seen_after")
            f.append(f"run={run_pos[i]}")
            f.append(f"run={run_pos[i]}|cueL={_bucket(cue_left[i])}")
            f.append(f"run={run_pos[i]}|cueR={_bucket(cue_right[i])}")
        if w[:1].isupper():
            f.append("title")
        if w.isupper() and len(w) > 1:
            f.append("upper")
        if any(c.isdigit() for c in w):
            f.append("digit")
        if is_quote[i]:
            f.append("Q")
        if cues[i]:
            f.append(f"cue={cues[i]}")
            f.append(f"cue={cues[i]}|qp={parity[i]}")
        for k in (-3, -2, -1, 1, 2, 3):
            f.extend(word_feats(i + k, f"{k}"))
        if i > 0:
            f.append(f"bi={lowers[i - 1]}|{lw}")
        if i + 1 < n:
            f.append(f"bi+={lw}|{lowers[i + 1]}")
        if i > 0 and cues[i - 1]:
            f.append(f"after_cue={cues[i - 1]}")
        if i > 1 and cues[i - 2]:
            f.append(f"after2_cue={cues[i - 2]}")
        if lex and lex[i]:
            f.append(f"lex={lex[i]}")
            f.append(f"lex={lex[i]}|title={w[:1].isupper()}")
        if wclass and lw in wclass:
            f.append(f"wc={wclass[lw]}")
        if clus and lw in clus:
            f.append(f"cl={clus[lw]}")
        if "affix" in groups:
            f.extend((f"s2={lw[-2:]}", f"s4={lw[-4:]}", f"p2={lw[:2]}", f"p4={lw[:4]}"))
        if "win5" in groups:
            for k in (-5, -4, 4, 5):
                j = i + k
                f.append(f"{k}w={lowers[j] if 0 <= j < n else 'PAD'}")
            f.append(f"bi-2={lowers[i - 2] if i > 1 else 'PAD'}|{lowers[i - 1] if i else 'PAD'}")
            f.append(f"bi+2={lowers[i + 1] if i + 1 < n else 'PAD'}|{lowers[i + 2] if i + 2 < n else 'PAD'}")
            f.append(f"tri={lowers[i - 1] if i else 'PAD'}|{lw}|{lowers[i + 1] if i + 1 < n else 'PAD'}")
        if "struct" in groups:
            prev = lowers[i - 1] if i and sent_id[i - 1] == s else "BOS"
            nxt = lowers[i + 1] if i + 1 < n and sent_id[i + 1] == s else "EOS"
            f.append(f"sstart={pos[i] == 0}")
            f.append(f"after_comma={prev == ','}")
            f.append(f"before_comma={nxt == ','}")
            f.append(f"paren={min(paren[i], 1)}")
            f.append(f"sh={_shape(w)}|-1sh={_shape(words[i - 1]) if i else 'BOS'}")
            f.append(f"sh={_shape(w)}|+1sh={_shape(words[i + 1]) if i + 1 < n else 'EOS'}")
            f.append(f"title={w[:1].isupper()}|qp={parity[i]}|pos={_bucket(pos[i])}")
        if qseg[i]:
            f.append(f"qseg={qseg[i]}|qp={parity[i]}")
            f.append(f"qseglen={qseg[i].split('|x=')[0]}|qp={parity[i]}")
        if qseg_right[i]:
            f.append(f"qsegR={qseg_right[i]}|qp={parity[i]}")
            f.append(f"qsegR={qseg[i]}|{qseg_right[i]}")
        if "name" in groups and run_pos[i]:
            before, after, length, from_end = run_ctx[i]
            from_start = length - 1 - from_end
            f.append(f"run_se={min(from_start, 6)}|{min(from_end, 6)}")
            f.append(f"run_len={min(length, 10)}")
            long_run = length > 2
            if w in short_ref and long_run:
                f.append("short_ref")
            if w in cued_ref:
                f.append(f"cued_ref|long={long_run}")
            f.append(f"wcount={_bucket(word_count[w])}")
            nxt_w = words[i + 1] if i + 1 < n else ""
            if long_run and nxt_w in cued_ref:
                f.append("next_cued_ref")
            prv_w = words[i - 1] if i else ""
            if long_run and prv_w in cued_ref:
                f.append("prev_cued_ref")
        if "spk" in groups:
            # profiles are "kind/head|source"; "spkw" adds the head words (title or apposition)
            if spk_seg[i]:
                prof, _, src = spk_seg[i].partition("|")
                kind, _, head = prof.partition("/")
                f.append(f"spk={kind}|{src}")
                f.append(f"spk={kind}|qp={parity[i]}")
                if "spkw" in groups and head:
                    f.append(f"spkw={head}")
                    f.append(f"spkw={head}|{src}")
            if spk_tok[i]:
                kind, _, head = spk_tok[i].partition("/")
                f.append(f"spkt={kind}")
                if "spkw" in groups and head:
                    f.append(f"spkwt={head}")
            if spk_sent[s]:
                kind, _, head = spk_sent[s].partition("/")
                f.append(f"sspk={kind}|qp={parity[i]}")
                if "spkw" in groups and head:
                    f.append(f"sspkw={head}|qp={parity[i]}")
            if w in name_prof:
                kind, _, head = name_prof[w].partition("/")
                f.append(f"nprof={kind}")
                if "spkw" in groups and head:
                    f.append(f"nhead={head}")
        if "conj" in groups and run_pos[i]:
            before, after, length, from_end = run_ctx[i]
            f.append(f"run={run_pos[i]}|prev={before}|next={after}")
            f.append(f"run={run_pos[i]}|qp={parity[i]}")
            f.append(f"run={run_pos[i]}|w={lw}")
        rows.append(f)
    return rows


_PERSON_LEX = ("title", "orghead", "org")
_PERSON_WC = ("title", "org_head")
# words that stand before a name without describing the person (cue verbs come from the cue kinds)
_NOT_HEADS = frozenset(
    [
        "dan",
        "atau",
        "serta",
        "oleh",
        "dengan",
        "bahwa",
        "kepada",
        "dari",
        "di",
        "ke",
        "untuk",
        "pada",
        "dalam",
        "yakni",
        "yaitu",
        "yang",
        "saat",
        "ketika",
        "seusai",
        "usai",
        "sejak",
        "hingga",
        "secara",
        "juga",
        "pun",
        "ini",
        "itu",
        "adalah",
        "ialah",
        "hari",
        "sebelumnya",
        "sementara",
    ]
)


def _speakers(
    words: Sequence[str],
    lowers: Sequence[str],
    caps: Sequence[bool],
    sent_id: Sequence[int],
    parity: Sequence[int],
    is_quote: Sequence[bool],
    cues: Sequence[str],
    lex: Sequence[str],
) -> tuple[list[str], list[str], list[str], dict[str, str]]:
    """Who speaks, and is it someone with a title? PFSA-ID labels the statements of public figures only.

    A name's profile comes from its first mention in the article: ``title`` when a title or organisation
    word (actor lexicon, quote word classes) stands in its capitalised run, in the six words before it or
    after a comma behind it; ``age`` when "( 26 )" follows it (ordinary people get their age). Each quote
    segment gets the profile of its speaker: the name after the cue behind the closing mark, the name before
    a cue just before the opening mark, else (``ujarnya``, ``kata dia``, no cue) the last named speaker or
    the last person introduced with a title or an age. A profile is ``kind/head``: the kind above and the
    head word, the title or apposition word of the mention ("kepala", "warga"), else that of the first one.
    Returns per-token segment profiles (``kind/head|source``), per-token profiles of cue and speaker tokens,
    per-sentence profiles of the speakers of cue words, and the profile of every name word.
    """
    n = len(words)
    wclass = _lexicons()[1]

    def titled(k: int) -> bool:
        return lex[k].split(":")[0] in _PERSON_LEX or wclass.get(lowers[k], "") in _PERSON_WC

    def run_at(k: int) -> tuple[int, int]:
        a = b = k
        while a > 0 and caps[a - 1] and sent_id[a - 1] == sent_id[k]:
            a -= 1
        while b + 1 < n and caps[b + 1] and sent_id[b + 1] == sent_id[k]:
            b += 1
        return a, b

    def good_head(k: int) -> bool:
        lw = lowers[k]
        return (
            lw.isalpha()
            and not cues[k]
            and lw not in _NOT_HEADS
            and not wclass.get(lw, "").startswith("date_")
            and not lw.startswith(("me", "ber", "ter", "di"))
        )

    def same(k: int, s: int) -> bool:
        return 0 <= k < n and sent_id[k] == s

    def context(a: int, b: int) -> tuple[bool, bool, str]:
        """(title, age, head word) of the mention a..b; the head is its title or apposition word."""
        s = sent_id[a]
        lo = a
        while lo > 0 and a - lo < 6 and sent_id[lo - 1] == s and not is_quote[lo - 1]:
            lo -= 1
        title = any(titled(k) for k in range(lo, b + 1))
        appos = b + 2 if same(b + 2, s) and words[b + 1] == "," else -1
        if appos >= 0:
            title |= any(titled(k) for k in range(appos, min(b + 6, n)) if sent_id[k] == s)
        age = same(b + 2, s) and words[b + 1] == "(" and words[b + 2][:1].isdigit()
        if age and same(b + 5, s) and words[b + 3] == ")" and words[b + 4] == ",":
            appos = b + 5
        head = next((lowers[k] for k in range(a, b + 1) if titled(k)), "")
        if not head and appos >= 0:
            head = next((lowers[k] for k in range(appos, min(appos + 4, n)) if same(k, s) and titled(k)), "")
            head = head or (lowers[appos] if good_head(appos) else "")
        if not head and same(a - 1, s):
            head = lowers[a - 1] if titled(a - 1) or good_head(a - 1) else ""
        return title, age, head

    def kind(title: bool, age: bool) -> str:
        return "both" if title and age else "title" if title else "age" if age else "plain"

    # profile of each name word at its first mention: "kind/head"
    name_prof: dict[str, str] = {}
    for i in range(n):
        w = words[i]
        if caps[i] and len(w) > 2 and w.isalpha() and w not in name_prof and not titled(i) and not cues[i]:
            title, age, head = context(*run_at(i))
            name_prof[w] = f"{'age' if age else 'title' if title else 'plain'}/{head}"

    def profile(a: int, b: int) -> str:
        title, age, head = context(a, b)
        names = [name_prof[words[k]].split("/") for k in range(a, b + 1) if words[k] in name_prof]
        title |= any(p[0] in ("title", "both") for p in names)
        age |= any(p[0] in ("age", "both") for p in names)
        if names and names[0][1] and (not head or head in _NOT_HEADS):
            head = names[0][1]
        return f"{kind(title, age)}/{head}"

    def after_cue(j: int) -> tuple[str, int, int] | None:
        """The speaker named right after the cue word at j, or None for a pronoun / no name."""
        if cues[j] == "speechnya" or lowers[j].endswith("nya") or j + 1 >= n or not caps[j + 1]:
            return None
        if sent_id[j + 1] != sent_id[j]:
            return None
        a, b = run_at(j + 1)
        return profile(a, b), a, b

    def before_cue(j: int) -> tuple[str, int, int] | None:
        for k in (j - 1, j - 2):
            if k >= 0 and caps[k] and sent_id[k] == sent_id[j] and not is_quote[k]:
                a, b = run_at(k)
                return profile(a, b), a, b
        return None

    seg = [""] * n
    tok = [""] * n
    sent: dict[int, str] = {}
    marks = [i for i in range(n) if is_quote[i]]
    # cue words with a named speaker set the speaker of their sentence, and of later pronoun cues; so does a
    # person introduced with a title or an age ("Dede Kurniawan ( 25 ) , petani ...")
    named: list[tuple[int, str]] = []
    i = 0
    while i < n:
        if cues[i]:
            found = after_cue(i) or before_cue(i)
            if found:
                sent.setdefault(sent_id[i], found[0])
                named.append((i, found[0]))
        elif caps[i] and (i == 0 or not caps[i - 1] or sent_id[i - 1] != sent_id[i]):
            a, b = run_at(i)
            title, age, head = context(a, b)
            if (title or age) and any(words[k] in name_prof for k in range(a, b + 1)):
                named.append((b, f"{kind(title, age)}/{head}"))
            i = b
        i += 1
    cur = "none/"
    ev = 0
    for m in range(0, len(marks) - 1):
        o, c = marks[m], marks[m + 1]
        while ev < len(named) and named[ev][0] < o:
            cur = named[ev][1]
            ev += 1
        if parity[o] != 0 or c - o > 400:
            continue  # o must open a quote (even count before it)
        found = None
        src = "inherit"
        for j in range(c + 1, min(c + 4, n)):
            if cues[j]:
                found = after_cue(j)
                src = "after" if found else "pron"
                if found:
                    for k in range(found[1], found[2] + 1):
                        tok[k] = found[0]
                tok[j] = found[0] if found else cur
                break
        if src == "inherit":
            for j in range(max(o - 3, 0), o):
                if cues[j]:
                    found = before_cue(j)
                    src = "before" if found else "inherit"
                    break
        prof = found[0] if found else cur
        cur = prof
        for k in range(o, c + 1):
            seg[k] = f"{prof}|{src}"
    sent_out = [sent.get(k, "") for k in range(max(sent_id, default=-1) + 1)]
    return seg, tok, sent_out, name_prof


def split_articles(sentences: Sequence[Sequence[str]]) -> list[list[int]]:
    """Group sentence indices into articles: a PFSA-ID article opens with a 'CITY, KOMPAS —' header."""
    groups: list[list[int]] = []
    for i, sent in enumerate(sentences):
        if not groups or any(w in _DOC_HEADERS for w in sent[:8]):
            groups.append([])
        groups[-1].append(i)
    return groups


def to_tokens(sentences: Iterable[Sequence[str]]) -> list[Token]:
    out: list[Token] = []
    for sent in sentences:
        out.extend(Token(w, j == 0) for j, w in enumerate(sent))
    return out


TAGS: list[str] = ["O"] + [f"{p}-{lab}" for lab in LABELS for p in "BILU"]


@lru_cache(maxsize=1)
def _bilou_moves():  # -> tuple[np.ndarray, np.ndarray, np.ndarray]
    """Log-space masks over ``TAGS``: allowed transitions (from, to), allowed first and last tags."""
    import numpy as np

    n = len(TAGS)
    trans = np.full((n, n), -np.inf)
    first = np.full(n, -np.inf)
    last = np.full(n, -np.inf)
    for i, a in enumerate(TAGS):
        pa, _, la = a.partition("-")
        first[i] = 0.0 if pa in ("O", "B", "U") else -np.inf
        last[i] = 0.0 if pa in ("O", "L", "U") else -np.inf
        for j, b in enumerate(TAGS):
            pb, _, lb = b.partition("-")
            ok = (pb in ("I", "L") and lb == la) if pa in ("B", "I") else pb in ("O", "B", "U")
            trans[i, j] = 0.0 if ok else -np.inf
    return trans, first, last


def decode_bilou(marginals) -> list[str]:  # marginals: np.ndarray (tokens, len(TAGS))
    """The valid BILOU sequence with the highest sum of log marginals (Viterbi under BILOU moves)."""
    import numpy as np

    m = np.asarray(marginals, dtype=float)
    if not len(m):
        return []
    logp = np.log(np.clip(m, 1e-12, None))
    trans, first, last = _bilou_moves()
    score = logp[0] + first
    back = np.zeros(m.shape, dtype=np.int64)
    for t in range(1, len(m)):
        cand = score[:, None] + trans
        back[t] = cand.argmax(0)
        score = cand.max(0) + logp[t]
    best = [int((score + last).argmax())]
    for t in range(len(m) - 1, 0, -1):
        best.append(int(back[t, best[-1]]))
    return [TAGS[i] for i in reversed(best)]


class Ensemble:
    """CRFs trained on different subsets of the data, tagging together.

    One member tags with its own Viterbi path (the single model, unchanged). Several members average their
    per-token tag marginals and ``decode_bilou`` picks the best valid BILOU sequence from the average.
    """

    def __init__(self, taggers: Sequence) -> None:  # pycrfsuite.Tagger objects
        if not taggers:
            raise ValueError("an ensemble needs at least one tagger")
        self.taggers = list(taggers)

    def marginals(self, xs: list[list[str]]):  # -> np.ndarray (tokens, len(TAGS))
        import numpy as np

        out = np.zeros((len(xs), len(TAGS)))
        for tagger in self.taggers:
            tagger.set(xs)
            known = set(tagger.labels())
            for j, y in enumerate(TAGS):
                if y in known:
                    out[:, j] += [tagger.marginal(y, t) for t in range(len(xs))]
        return out / len(self.taggers)

    def tag(self, xs: list[list[str]]) -> list[str]:
        if len(self.taggers) == 1:
            return list(self.taggers[0].tag(xs))
        return decode_bilou(self.marginals(xs)) if xs else []


def _open(model: Path):  # -> pycrfsuite.Tagger
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    return tagger


def model_files(path: str | Path | None = None) -> list[Path]:
    """The CRF files of a model: a ``.crfsuite`` file itself, or those a model folder's meta.json lists
    under ``ensemble.members`` (else its pfsa.crfsuite). Missing files are left out."""
    import json

    where = Path(path) if path else MODEL_DIR
    if where.is_file() or where.suffix == ".crfsuite":
        return [where] if where.exists() else []
    names = ["pfsa.crfsuite"]
    meta = where / "meta.json"
    if meta.exists():
        names = json.loads(meta.read_text(encoding="utf-8")).get("ensemble", {}).get("members", names)
    files = [where / n for n in names]
    return files if all(f.exists() for f in files) else []


@lru_cache(maxsize=2)
def load_tagger(path: str | None = None) -> Ensemble | None:
    """The shipped model (a folder with meta.json, or one ``.crfsuite`` file) as an ``Ensemble`` with a
    ``tag(xs)`` method, or None when python-crfsuite or the weights are missing (rules still run)."""
    files = model_files(path)
    if not files:
        return None
    try:
        import pycrfsuite  # noqa: F401
    except ImportError:
        return None
    return Ensemble([_open(f) for f in files])


def tag(tokens: Sequence[Token], tagger=None) -> list[str]:
    """BILOU tags for one token sequence ('O' everywhere when no model is available); ``tagger`` is an
    ``Ensemble`` or a single pycrfsuite.Tagger."""
    tagger = tagger or load_tagger()
    if tagger is None or not tokens:
        return ["O"] * len(tokens)
    return list(tagger.tag(features(tokens)))


def spans(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(label, first, last+1) token spans from BILOU tags; a broken sequence still yields its span."""
    out: list[tuple[str, int, int]] = []
    start = None
    label = None
    for i, t in enumerate(tags):
        prefix, _, lab = t.partition("-")
        if prefix in ("B", "U") or (prefix in ("I", "L") and lab != label):
            if start is not None and label is not None:
                out.append((label, start, i))
            start, label = i, lab
        elif prefix == "O":
            if start is not None and label is not None:
                out.append((label, start, i))
            start, label = None, None
            continue
        if prefix in ("L", "U"):
            out.append((lab, start if start is not None else i, i + 1))
            start, label = None, None
    if start is not None and label is not None:
        out.append((label, start, len(tags)))
    return out


def read_bilou(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of ``token<TAB>tag`` lines, split at blank lines (the PFSA-ID file format)."""
    out: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if cur:
                    out.append(cur)
                    cur = []
                continue
            word, _, label = line.partition("\t")
            cur.append((word, label.split("\t")[0].strip() or "O"))
    if cur:
        out.append(cur)
    return out
