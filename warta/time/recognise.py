"""Recognise Indonesian time expressions and normalise them to TimeML TIMEX3 values.

One compiled regex per family (weekday dates, calendar dates, years, periods, relative periods, deictic
days, vague words, durations, sets, clock times) is run once over the text; overlapping candidates are
settled longest-first; values are then resolved in text order so that anaphoric expressions ("keesokan
harinya", "tahun berikutnya") can use the reference time the text has just set. Pure Python, no spaCy:
:func:`find_times` is what the ``warta_times`` component calls.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from warta.model import TimeExpr
from warta.regexes import guard_first_char
from warta.time import anchor as cal
from warta.time.lexicon import alternation, key, lexicon, parse_number


@dataclass
class Timex:
    """One recognised expression; ``mod`` (START/MID/END) is kept for TimeML output only."""

    start: int
    end: int
    type: str
    value: str
    anchor: str | None = None
    tz: str | None = None
    mod: str | None = None

    def to_model(self, text: str) -> TimeExpr:
        return TimeExpr(
            start=self.start, end=self.end, text=text[self.start : self.end], type=self.type,
            value=self.value, anchor=self.anchor, tz=self.tz,
        )  # fmt: skip


@dataclass
class _Candidate:
    start: int
    end: int
    family: str
    match: re.Match[str]
    priority: int


_YEAR = r"(?:1[89]|20)\d{2}"
_NOT_NUMBER = r"(?![.,]?\d|\s*(?:%|persen\b))"
# family -> priority when two candidates cover the same span (lower wins)
_PRIORITY = {
    "deictic": 0, "weekday": 1, "date": 2, "period": 3, "relative": 4, "set": 5, "clock": 6,
    "duration": 7, "year": 8, "vague": 9,
}  # fmt: skip


@lru_cache(maxsize=1)
def patterns() -> dict[str, re.Pattern[str]]:
    """The compiled regex of every family, built from the lexicons once per process."""
    lex = lexicon()
    wd = alternation(w for w in lex.weekdays if w != "minggu").replace("'", "['’]") + r"|(?-i:Minggu|MINGGU)"
    mon = alternation(lex.months)
    dp = alternation(lex.dayparts)
    part = alternation(lex.parts)
    digit = alternation(w for w, (_, kind) in lex.numbers.items() if kind == "digit")
    word_num = (
        rf"(?:(?:{digit})\s+puluh(?:\s+(?:{digit}))?|(?:{digit})\s+belas|sepuluh|sebelas|seratus|seribu|{digit})"
        r"(?:\s+setengah)?|setengah"
    )
    num = rf"(?:\d{{1,4}}(?:,\d+)?(?:\s*\(\s*[a-z]+(?:\s+[a-z]+)*\s*\))?|{word_num})"
    unit = alternation(lex.units)
    se_unit = alternation(lex.se_units)
    rel = alternation(lex.relative)
    deictic = alternation(lex.deictic)
    zones = "(?-i:" + alternation(lex.zones) + ")"
    periods = alternation(lex.periods)
    vague = alternation(lex.vague)
    rng = r"(?:-|–|—|s\.?\s?d\.?|sampai(?:\s+dengan)?|hingga)"
    src = {
        "weekday": rf"""
            \b(?P<hari>hari\s+)?(?P<wd>{wd})\b
            (?:\s+(?P<dp1>{dp})\b)?
            (?:\s+(?P<rel>(?:pekan|minggu)\s+(?:lalu|depan|ini)|lalu|kemarin|depan|mendatang|ini|nanti)\b)?
            (?:(?:\s*,)?(?:\s*(?P<op>\()\s*|\s*,\s*|\s+)(?:tanggal\s+)?
               (?:(?P<nd>\d{{1,2}})\s*[/-]\s*(?P<nm>\d{{1,2}})(?:\s*[/-]\s*(?P<ny>\d{{4}}|\d{{2}}))?(?!\d)
                 |(?P<d>\d{{1,2}})\s+(?P<mn>{mon})\b(?:\.(?=\s*\d))?(?:\s+(?P<y>{_YEAR})\b{_NOT_NUMBER})?)
               (?(op)\s*\)))?
            (?:\s+(?P<dp2>{dp})\b)?(?:\s+(?P<rel2>kemarin)\b)?""",
        "date": rf"""
            \b(?:(?P<part>{part})\s+)?(?:(?:tanggal|tgl\.?)\s+)?
            (?:(?:(?P<d0>\d{{1,2}})\s*(?:{rng}|dan)\s*)?(?P<d>\d{{1,2}})\s+(?P<mn>{mon})\b(?:\.(?=\s*\d))?
                 (?:\s+(?:tahun\s+)?(?P<y>{_YEAR})\b{_NOT_NUMBER})?
              |(?P<nd>\d{{1,2}})(?P<ns>[/-])(?P<nm>\d{{1,2}})(?P=ns)(?P<ny>\d{{4}}|\d{{2}})\b(?![/-]?\d)
              |(?P<iy>{_YEAR})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b
              |(?:(?P<bulan>bulan)\s+)?(?P<mn2>{mon})\b(?:\.(?=\s*\d))?(?:\s+(?:tahun\s+)?(?P<y2>{_YEAR})\b{_NOT_NUMBER})?)
            (?:\s+(?P<rel>tahun\s+(?:lalu|ini|depan)|yang\s+lalu|lalu|kemarin|ini|depan|mendatang|nanti|silam)\b)?""",
        "year": rf"""
            \b(?:(?P<part>{part})\s+)?(?:(?P<tahun>tahun|thn\.?|era|dekade)\s+)?
            (?:(?P<year>{_YEAR})(?P<dec>-?an)?{_NOT_NUMBER}
               (?:\s*(?:{rng}|dan|atau|ke|/)\s*(?:tahun\s+)?(?P<year2>{_YEAR})\b{_NOT_NUMBER})?
              |(?P<dec2>[1-9]0)-?an\b)""",
        "period": rf"""
            \b(?:(?P<part>{part})\s+)?(?:(?P<period>{periods})\b
              (?:\s*[-/]?\s*(?:tahun\s+)?(?P<py>{_YEAR})\b{_NOT_NUMBER}
                |\s+(?P<prel>tahun\s+(?:ini|lalu|depan)|lalu|ini|depan|mendatang))?
             |abad\s+(?:ke-?\s*)?(?P<cent>\d{{1,2}}|[XVI]+)\b)""",
        "relative": rf"""
            \b(?:(?P<part>{part})\s+)?
            (?P<unit>akhir\s+pekan|akhir\s+minggu|hari|pekan|minggu|bulan|tahun|dekade|abad|semester|kuartal|triwulan)
            (?:\s+(?P<rel>{rel})\b|(?<=\w)(?P<nrel>nya)\b)?""",
        "deictic": rf"""
            \b(?:(?P<tadi>tadi|nanti)\s+(?P<dpa>{dp})
              |(?P<dpb>{dp})\s+(?P<dpr>ini|tadi|nanti|kemarin)
              |(?P<day>{deictic})(?:\s+(?P<dpc>{dp}))?)\b""",
        "vague": rf"\b(?P<vague>{vague})\b",
        "duration": rf"""
            \b(?:(?P<num>{num})\s+(?P<unit>{unit})\b(?:\s+(?P<num2>{num})\s+(?P<unit2>{unit})\b)?
              |(?P<se>se(?P<seunit>{se_unit}))\b(?!-)
              |(?P<fuzzy>beberapa|berapa|puluhan|belasan|ratusan|ribuan)\s+(?P<funit>{unit})\b
              |ber(?P<bunit>hari|minggu|pekan|bulan|tahun|jam|abad)-(?:ber)?(?P=bunit)\b
              |(?P<ru>hari|minggu|pekan|bulan|tahun)-(?P=ru)\b(?=\s+(?:mendatang|ke\s+depan|terakhir))
            )
            (?:\s+(?P<rel>yang\s+lalu|lalu|silam|lagi|kemudian|sebelumnya|setelahnya|mendatang|ke\s+depan
                |terakhir|belakangan|yang\s+akan\s+datang)\b)?""",
        "set": rf"""
            \b(?:(?:setiap|tiap(?:-tiap)?|saban)\s+
              (?:(?P<sak>akhir\s+pekan|akhir\s+bulan|akhir\s+tahun|awal\s+bulan|awal\s+tahun
                   |(?:per)?tengah(?:an)?\s+(?:bulan|tahun))
                |(?:hari\s+)?(?P<swd>{wd})\b(?:\s+(?P<swdp>{dp}))?
                |(?:bulan\s+)?(?P<smn>{mon})
                |tanggal\s+(?P<sday>\d{{1,2}})
                |(?P<sdp>{dp})
                |(?:(?P<snum>{num})\s+)?(?P<sunit>{unit})(?:nya)?)\b
             |per\s+(?P<per>hari|minggu|pekan|bulan|tahun|jam)\b
             |(?:(?P<freq>{num})\s+kali|(?P<once>sekali))\s+
               (?:(?P<fse>se(?:{se_unit}))\b|(?:dalam|per)\s+(?:(?P<fnum>{num})\s+)?(?P<funit>{unit})\b))""",
        "clock": rf"""
            \b(?:(?P<kw>pukul|pkl\.?|jam)\s+(?P<h>\d{{1,2}})(?:[.:](?P<mi>\d{{2}}))?
               |(?P<hz>\d{{1,2}})[.:](?P<miz>\d{{2}})(?=\s*{zones}\b))(?![.:,]?\d)
            (?:\s*{rng}\s*(?:(?:pukul|jam)\s+)?(?P<h2>\d{{1,2}})(?:[.:](?P<mi2>\d{{2}}))?(?![.:,]?\d))?
            (?:\s*(?P<tz>{zones})\b)?(?:\s+(?P<dp>{dp})\b)?(?:\s*(?P<tz2>{zones})\b)?""",
    }
    return {name: guard_first_char(re.compile(p, re.IGNORECASE | re.VERBOSE)) for name, p in src.items()}


# sentence ends (for clause windows and "same sentence" anchoring), clause stops, quotes
_SENT_END = re.compile(r"[.!?]+[”\"’)]*\s+(?=[“\"‘(]?[A-Z0-9])|\n+")
_CLAUSE_STOP = re.compile(r"[,;:“”\"()\n.!?]")
_QUOTE = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)[\s(]*$")
_NUMBER_BEFORE = re.compile(r"(?:nomor|no\.?|nomer)\s*\d+[a-z]?\s*$", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(r"(?:Rp|US\$|\$)\s?[\d.,]+\s*(?:ribu|juta|miliar|triliun)?,?\s*$", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def find_times(text: str, published: dt.date | str | None = None) -> list[TimeExpr]:
    """Every time expression in ``text`` as warta/1 TimeExpr records, resolved against ``published``."""
    return [t.to_model(text) for t in scan(text, published)]


def scan(text: str, published: dt.date | str | None = None) -> list[Timex]:
    """Recognise and normalise; returns :class:`Timex` (with mod) in text order."""
    dct = _as_date(published)
    candidates = [
        _Candidate(m.start(), m.end(), name, m, _PRIORITY[name])
        for name, rx in patterns().items()
        for m in rx.finditer(text)
        if m.end() > m.start()
    ]
    candidates.sort(key=lambda c: (-(c.end - c.start), c.priority, c.start))
    taken: list[tuple[int, int]] = []
    kept: list[_Candidate] = []
    for c in candidates:
        i = bisect.bisect_left(taken, (c.start, c.end))
        if i > 0 and taken[i - 1][1] > c.start:
            continue
        if i < len(taken) and taken[i][0] < c.end:
            continue
        if not _accept(text, c):
            continue
        taken.insert(i, (c.start, c.end))
        kept.append(c)
    kept.sort(key=lambda c: c.start)
    return _Resolver(text, dct).resolve(kept)


def _as_date(value: dt.date | str | None) -> dt.date | None:
    if value is None or isinstance(value, dt.datetime):
        return value.date() if isinstance(value, dt.datetime) else None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _word_before(text: str, start: int) -> str:
    m = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return key(m.group(1)).rstrip(".") if m else ""


def _accept(text: str, c: _Candidate) -> bool:
    """Filters that need context: names ("Pilkada 2024", "salat Jumat"), ages, non-year numbers."""
    cues = lexicon().cues
    g = c.match.groupdict()
    before = _word_before(text, c.start)
    if c.family in ("relative", "deictic") and re.match(
        r"(?:hari|minggu|pekan|bulan|tahun)\b", c.match.group(0), re.IGNORECASE
    ):
        count = re.search(r"(\w+) +$", text[max(0, c.start - 30) : c.start])
        if count and (count.group(1).isdigit() or key(count.group(1)) in lexicon().numbers):
            return False  # "pria berusia 59 tahun ini", "dua hari ini": a count and "ini", not "this year"
    if c.family == "weekday":
        if key(g["wd"]) == "minggu" and g["rel"] and not _mid_sentence(text, c.start):
            return False  # sentence-initial "Minggu lalu" is "last week"
        return before not in cues["blocker"]
    if c.family == "year":
        if _NUMBER_BEFORE.search(text, max(0, c.start - 20), c.start):
            return False
        if before in cues["blocker"]:
            return False
        if g["dec2"] is not None:
            return bool(g["tahun"])
        if g["tahun"] or g["part"] or before in cues["year_before"]:
            return True
        if (
            g["year2"]
            and 0 < int(g["year2"]) - int(g["year"]) < 100
            and "-" not in text[c.start - 1 : c.start]
        ):
            return True  # a year range "2012–2018" is a time expression wherever it stands
        return _year_list_before(text, c.start)
    if c.family == "date":
        if g["mn2"] is not None and not (g["y2"] or g["rel"] or g["part"] or g["bulan"]):
            word = c.match.group("mn2")
            if key(word) not in lexicon().bare_months or not word[0].isupper():
                return False
            return (
                before in cues["year_before"]
                or before in {"bulan", "tanggal"}
                or _month_list(text, c.start, c.end)
            )
        if g["mn2"] is not None and key(c.match.group("mn2")) not in lexicon().bare_months:
            return bool(g["y2"]) and c.match.group("mn2")[0].isupper()
        return True
    if c.family == "duration":
        if before in cues["age"] or before in cues["blocker"]:
            return False
        if text[c.start - 1 : c.start] == "(" and text[c.end : c.end + 1] == ")" and g["unit"] == "tahun":
            return False
        return not (g["num"] and re.fullmatch(r"\d{4}", g["num"]) and g["unit"] and key(g["unit"]) == "tahun")
    if c.family == "clock":
        if g["kw"] and key(g["kw"]) == "jam" and (before.isdigit() or before in lexicon().numbers):
            return False
        hour = int(g["h"] or g["hz"])
        minute = int(g["mi"] or g["miz"] or 0)
        return hour <= 24 and minute < 60
    if c.family == "deictic" and re.search(r"\d{4}\s+$", text[max(0, c.start - 8) : c.start]):
        return False  # "Pilpres 2024 kemarin": "kemarin" means "recent", the event name is no date
    if c.family == "vague":
        return not (key(g["vague"]) in {"dulu", "dahulu"} and before in {"terlebih", "lebih"})
    if c.family == "relative":
        unit = c.match.group("unit")
        if not (g["rel"] or g["nrel"]):
            return bool(g["part"]) and key(unit) in {
                "tahun",
                "bulan",
                "pekan",
                "minggu",
                "akhir pekan",
                "akhir minggu",
            }
        if g["nrel"] and key(unit) not in {"hari", "tahun", "bulan", "pekan", "minggu"}:
            return False
        if g["nrel"] and key(unit) == "hari":
            return False  # "harinya" alone is not a date
        return not (unit.startswith("Minggu") and g["rel"] and _mid_sentence(text, c.start))
    if c.family == "period":
        if g["cent"] is not None:
            return True
        return bool(g["py"] or g["prel"] or g["part"] or before in cues["year_before"])
    return True


def _year_list_before(text: str, start: int) -> bool:
    """A year in a list or range right after another year: "2019 dan 2024" (the first was licensed)."""
    return bool(
        re.search(rf"{_YEAR}\s*(?:,|dan|atau|hingga|sampai|ke|-|–)\s*$", text[max(0, start - 20) : start])
    )


_LIST_SEP = (
    r"(?:\s*,\s*(?:(?:dan|serta|atau|hingga|sampai)\s+)?|\s+(?:dan|serta|atau|hingga|sampai)\s+|\s*[-–]\s*)"
)


def _month_list(text: str, start: int, end: int) -> bool:
    """A bare month name next to another in a list or range: "periode Oktober, November, dan Desember",
    "Juli hingga September" (names of people are not listed with month names)."""
    before = re.search(r"(\w+)" + _LIST_SEP + r"$", text[max(0, start - 30) : start])
    after = re.match(_LIST_SEP + r"(\w+)", text[end : end + 30])
    return any(
        m is not None and m.group(1)[:1].isupper() and key(m.group(1)) in lexicon().bare_months
        for m in (before, after)
    )


def _mid_sentence(text: str, start: int) -> bool:
    """True when a capitalised word is not the first of its sentence (so it is a name: "Minggu lalu")."""
    prefix = text[max(0, start - 4) : start].rstrip(' \t“"‘(')
    return bool(prefix) and prefix[-1] not in ".!?\n:"


class _Resolver:
    """Turns kept candidates into values, in text order, tracking the reference time."""

    def __init__(self, text: str, dct: dt.date | None):
        self.text = text
        self.dct = dct
        self.ref: str | None = None  # last DATE value that set a reference time
        self.lex = lexicon()
        self.sent_starts = [0] + [m.end() for m in _SENT_END.finditer(text)]
        self.quotes = [(m.start(), m.end()) for m in _QUOTE.finditer(text)]
        self.explicit: list[tuple[int, int, str]] = []  # (start, end, day value) of explicit full dates
        self.days: list[tuple[int, str]] = []  # (start, day value) of every day resolved so far

    # --- context -----------------------------------------------------------------------------
    def sentence(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        end = self.sent_starts[i + 1] if i + 1 < len(self.sent_starts) else len(self.text)
        return self.sent_starts[i], end

    def clause_before(self, pos: int) -> str:
        s, _ = self.sentence(pos)
        lo = max(s, pos - 80)
        stops = [m.end() for m in _CLAUSE_STOP.finditer(self.text, lo, pos)]
        return self.text[stops[-1] if stops else lo : pos]

    def future(self, pos: int, end: int) -> bool:
        words = set(re.findall(r"\w+", self.clause_before(pos).lower()))
        after = self.text[end : end + 20].lower().split()
        cues = self.lex.cues["future"]
        return bool(words & cues) or bool(after and after[0].strip(",.") in {"depan", "mendatang", "nanti"})

    def speech_anchor(self, start: int) -> dt.date | None:
        """Anchor of a deictic word: the date of the quote's attribution or of the clause it reports."""
        s, e = self.sentence(start)
        for qs, qe in self.quotes:
            if qs <= start < qe:
                tail_end = self.sentence(qe)[1] if qe < len(self.text) else qe
                for xs, _, value in self.explicit_dates(qe, max(tail_end, e)):
                    if xs >= qe:
                        return dt.date.fromisoformat(value)
                return self.dct
        for xs, xe, value in reversed(self.explicit):
            # a date set earlier in the same sentence, not in apposition ("Rabu, 3 Juli 2024, ... hari ini")
            if s <= xs and xe < start and len(re.findall(r"\w+", self.text[xe:start])) >= 2:
                return dt.date.fromisoformat(value)
        return self.dct

    def explicit_dates(self, lo: int, hi: int) -> list[tuple[int, int, str]]:
        return [x for x in self.explicit if lo <= x[0] < hi]

    def ref_date(self) -> dt.date | None:
        if self.ref and _DAY_VALUE.match(self.ref):
            return dt.date.fromisoformat(self.ref)
        return self.dct

    # --- main loop ---------------------------------------------------------------------------
    def resolve(self, kept: list[_Candidate]) -> list[Timex]:
        # explicit full dates first: quotes are attributed after the quote ("...,” kata X, Selasa (9/7/2024)")
        for c in kept:
            if c.family in ("weekday", "date"):
                value = self._explicit_day(c.match)
                if value:
                    self.explicit.append((c.start, c.end, value))
        out: list[Timex] = []
        for c in kept:
            try:
                found = getattr(self, "_" + c.family)(c.match)
            except (ValueError, OverflowError):
                found = []
            for t in found:
                if t.type == "DATE" and t.value[:1].isdigit():
                    self.ref = t.value
                if t.type in ("DATE", "TIME") and _DAY_VALUE.match(t.value[:10]):
                    self.days.append((t.start, t.value[:10]))
                out.append(t)
        return out

    def _explicit_day(self, m: re.Match[str]) -> str | None:
        g = m.groupdict()
        try:
            if g.get("nd") and g.get("ny"):
                return dt.date(_year(g["ny"]), int(g["nm"]), int(g["nd"])).isoformat()
            if g.get("d") and g.get("y"):
                return dt.date(int(g["y"]), self.lex.months[key(g["mn"])], int(g["d"])).isoformat()
            if g.get("iy"):
                return dt.date(int(g["iy"]), int(g["im"]), int(g["id"])).isoformat()
        except ValueError:
            return None
        return None

    def _timex(
        self, m: re.Match[str], type_: str, value: str, anchor: dt.date | None = None, **kw: str | None
    ) -> Timex:
        start, end = m.start(), m.end()
        return Timex(start, end, type_, value, anchor.isoformat() if anchor else None, **kw)

    # --- families ----------------------------------------------------------------------------
    def _weekday(self, m: re.Match[str]) -> list[Timex]:
        g = m.groupdict()
        dp = g["dp2"] or g["dp1"]
        explicit = self._day_month(
            g.get("nd") or g.get("d"), g.get("nm"), g.get("mn"), g.get("ny") or g.get("y")
        )
        if explicit is not None:
            return [self._with_daypart(m, explicit[0], explicit[1], dp)]
        weekday = self.lex.weekdays[key(m.group("wd"))]
        anchor = self.speech_anchor(m.start())
        if anchor is None:
            return [self._with_daypart(m, f"XXXX-WXX-{weekday}", None, dp)]
        rel = key(g["rel"] or "")
        if rel in {"pekan lalu", "minggu lalu"}:
            day = cal.weekday_date(anchor, weekday, 0, week_shift=-1)
        elif rel in {"pekan depan", "minggu depan"}:
            day = cal.weekday_date(anchor, weekday, 0, week_shift=1)
        elif rel in {"pekan ini", "minggu ini", "ini"}:
            day = cal.weekday_date(anchor, weekday, 0, week_shift=0)
        elif rel in {"lalu", "kemarin"}:
            day = cal.weekday_date(anchor, weekday, -2)
        elif rel in {"depan", "mendatang", "nanti"}:
            day = cal.weekday_date(anchor, weekday, 2)
        elif self.future(m.start(), m.end()):
            day = cal.weekday_date(anchor, weekday, 1)
        else:
            day = cal.weekday_date(anchor, weekday, -1)
        return [self._with_daypart(m, day.isoformat(), anchor, dp)]

    def _with_daypart(self, m: re.Match[str], value: str, anchor: dt.date | None, dp: str | None) -> Timex:
        if dp:
            return self._timex(m, "TIME", f"{value}T{self.lex.dayparts[key(dp)][0]}", anchor)
        return self._timex(m, "DATE", value, anchor)

    def _day_month(
        self, day: str | None, num_month: str | None, name_month: str | None, year: str | None
    ) -> tuple[str, dt.date | None] | None:
        """A written day and month (+ year) as a date; the year comes from the publication date if absent."""
        if not day or not (num_month or name_month):
            return None
        month = int(num_month) if num_month else self.lex.months[key(name_month or "")]
        if year:
            return dt.date(_year(year), month, int(day)).isoformat(), None
        if self.dct is None:
            dt.date(2000, month, int(day))  # still reject 31/2
            return f"XXXX-{month:02d}-{int(day):02d}", None
        return dt.date(cal.nearest_year(self.dct, month, int(day)), month, int(day)).isoformat(), self.dct

    def _date(self, m: re.Match[str]) -> list[Timex]:
        g = m.groupdict()
        mod = self.lex.parts.get(key(g["part"] or "")) if g["part"] else None
        rel = key(g["rel"] or "")
        if g["iy"]:
            return [
                self._timex(m, "DATE", dt.date(int(g["iy"]), int(g["im"]), int(g["id"])).isoformat(), mod=mod)
            ]
        if g["nd"]:
            return [
                self._timex(
                    m, "DATE", dt.date(_year(g["ny"]), int(g["nm"]), int(g["nd"])).isoformat(), mod=mod
                )
            ]
        if g["d"]:
            month = self.lex.months[key(g["mn"])]
            day = int(g["d"])
            anchor = None
            if g["y"]:
                year = int(g["y"])
            elif self.dct is None:
                return [self._timex(m, "DATE", f"XXXX-{month:02d}-{day:02d}", mod=mod)]
            elif rel.startswith("tahun"):
                year, anchor = self.dct.year + {"lalu": -1, "ini": 0, "depan": 1}[rel.split()[1]], self.dct
            else:
                year, anchor = cal.nearest_year(self.dct, month, day), self.dct
            value = dt.date(year, month, day).isoformat()
            if g["d0"]:
                first = dt.date(year, month, int(g["d0"])).isoformat()
                d0_start = m.start("d0")
                split = m.start("d")
                sep_end = d0_start + len(g["d0"])
                return [
                    Timex(d0_start if not g["part"] else m.start(), sep_end, "DATE", first,
                          anchor.isoformat() if anchor else None, mod=mod),
                    Timex(split, m.end(), "DATE", value, anchor.isoformat() if anchor else None),
                ]  # fmt: skip
            return [self._timex(m, "DATE", value, anchor, mod=mod)]
        # month name without a day
        month = self.lex.months[key(g["mn2"])]
        if g["y2"]:
            return [self._timex(m, "DATE", cal.month_value(int(g["y2"]), month), mod=mod)]
        anchor = self.speech_anchor(m.start())
        if anchor is None:
            return [self._timex(m, "DATE", f"XXXX-{month:02d}", mod=mod)]
        if rel.startswith("tahun"):
            year = anchor.year + {"lalu": -1, "ini": 0, "depan": 1}[rel.split()[1]]
        elif rel in {"lalu", "kemarin", "yang lalu", "silam"}:
            year = cal.month_occurrence(anchor, month, -1)
        elif rel in {"depan", "mendatang", "nanti"}:
            # "akhir Oktober nanti" said in mid-October: the rest of this month is still to come
            later_this_month = month == anchor.month and (rel == "nanti" or mod in ("MID", "END"))
            year = anchor.year if later_this_month else cal.month_occurrence(anchor, month, 1)
        elif rel == "ini":
            year = anchor.year
        elif self.future(m.start(), m.end()) and month < anchor.month:
            year = anchor.year + 1
        else:
            year = anchor.year
        return [self._timex(m, "DATE", cal.month_value(year, month), anchor, mod=mod)]

    def _year(self, m: re.Match[str]) -> list[Timex]:
        g = m.groupdict()
        mod = self.lex.parts.get(key(g["part"] or "")) if g["part"] else None
        if g["dec2"]:
            return [self._timex(m, "DATE", "19" + g["dec2"][0], mod=mod)]
        year = g["year"]
        value = year[:3] if g["dec"] else year
        if not g["year2"]:
            return [self._timex(m, "DATE", value, mod=mod)]
        first_end = m.end("dec") if g["dec"] else m.end("year")
        second = m.start("year2")
        if self.text[first_end:second].strip().lower().startswith(("tahun",)):
            second = m.start("year2")
        return [
            Timex(m.start(), first_end, "DATE", value, mod=mod),
            Timex(second, m.end(), "DATE", g["year2"]),
        ]

    def _period(self, m: re.Match[str]) -> list[Timex]:
        g = m.groupdict()
        if g["cent"]:
            n = int(g["cent"]) if g["cent"].isdigit() else cal.roman(g["cent"])
            return [self._timex(m, "DATE", f"{(n or 1) - 1:02d}")]
        mod = self.lex.parts.get(key(g["part"] or "")) if g["part"] else None
        suffix = self.lex.periods[key(g["period"])]
        if g["py"]:
            return [self._timex(m, "DATE", f"{g['py']}-{suffix}", mod=mod)]
        anchor = self.dct
        if anchor is None:
            return [self._timex(m, "DATE", f"XXXX-{suffix}", mod=mod)]
        rel = key(g["prel"] or "")
        year = anchor.year + (
            -1 if rel.endswith("lalu") else 1 if rel.endswith(("depan", "mendatang")) else 0
        )
        return [self._timex(m, "DATE", f"{year:04d}-{suffix}", anchor, mod=mod)]

    def _relative(self, m: re.Match[str]) -> list[Timex]:
        g = m.groupdict()
        unit = key(m.group("unit"))
        mod = self.lex.parts.get(key(g["part"] or "")) if g["part"] else None
        if g["rel"]:
            offset, kind = self.lex.relative[key(g["rel"])]
        elif g["nrel"]:
            offset, kind = 0, "ref"  # "tahunnya", "bulannya": the period of the reference time
        else:
            offset, kind = 0, "dct"  # "akhir tahun", "awal bulan"
        anchor = self.ref_date() if kind == "ref" else self.speech_anchor(m.start())
        weekend = unit in {"akhir pekan", "akhir minggu"} or (mod == "END" and unit in {"pekan", "minggu"})
        if weekend:
            value = cal.shift(anchor, cal.WEEK, offset) + "-WE"
            return [self._timex(m, "DATE", value, anchor)]
        if unit == "hari":
            return [self._timex(m, "DATE", cal.shift(anchor, cal.DAY, offset), anchor, mod=mod)]
        if unit in {"kuartal", "triwulan", "semester"}:
            if anchor is None:
                return [self._timex(m, "DATE", "XXXX-QX" if unit != "semester" else "XXXX-HX", mod=mod)]
            size = 6 if unit == "semester" else 3
            return [self._timex(m, "DATE", cal.quarter_value(anchor, offset, size), anchor, mod=mod)]
        grain = {"pekan": cal.WEEK, "minggu": cal.WEEK, "bulan": cal.MONTH, "tahun": cal.YEAR,
                 "dekade": cal.DECADE, "abad": cal.CENTURY}[unit]  # fmt: skip
        if kind == "ref" and self.ref and grain == cal.YEAR and re.match(r"^\d{4}", self.ref):
            value = f"{int(self.ref[:4]) + offset:04d}"
            return [self._timex(m, "DATE", value, self.ref_date(), mod=mod)]
        return [self._timex(m, "DATE", cal.shift(anchor, grain, offset), anchor, mod=mod)]

    def _deictic(self, m: re.Match[str]) -> list[Timex]:
        g = m.groupdict()
        if g["day"]:
            offset, kind = self.lex.deictic[key(g["day"])]
            anchor = self.ref_date() if kind == "ref" else self.speech_anchor(m.start())
            value = cal.shift(anchor, cal.DAY, offset)
            return [self._with_daypart(m, value, anchor, g["dpc"])]
        dp = g["dpa"] or g["dpb"]
        anchor = self.speech_anchor(m.start())
        # "tadi malam" is last night: the night before the anchor day (TimeML: DCT-1 TNI)
        word = key(g["tadi"] or g["dpr"] or "")
        offset = -1 if word == "kemarin" or (key(dp) == "malam" and word == "tadi") else 0
        return [self._with_daypart(m, cal.shift(anchor, cal.DAY, offset), anchor, dp)]

    def _vague(self, m: re.Match[str]) -> list[Timex]:
        return [self._timex(m, "DATE", self.lex.vague[key(m.group("vague"))])]

    def _duration(self, m: re.Match[str]) -> list[Timex]:
        g = m.groupdict()
        lex = self.lex
        if g["se"]:
            amount, unit_word = 1.0, g["seunit"]
        elif g["fuzzy"]:
            amount, unit_word = None, g["funit"]
        elif g["bunit"]:
            amount, unit_word = None, g["bunit"]
        elif g["ru"]:
            amount, unit_word = None, g["ru"]
        else:
            amount, unit_word = parse_number(g["num"]), g["unit"]
            if amount is None:
                return []
        unit = lex.units[key(unit_word)]
        if amount is not None:
            amount *= unit.factor
        rel = key(g["rel"] or "")
        if rel in {"lalu", "yang lalu", "silam", "lagi", "kemudian", "sebelumnya", "setelahnya"}:
            sign = 1 if rel in {"lagi", "kemudian", "setelahnya"} else -1
            if amount is None:
                return [self._timex(m, "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF")]
            anchor = (
                self.ref_date()
                if rel in {"kemudian", "sebelumnya", "setelahnya"}
                else self.speech_anchor(m.start())
            )
            if unit.clock:
                return [self._timex(m, "DATE", cal.shift(anchor, cal.DAY, 0), anchor)]
            grain, n = unit.designator, amount
            if n != int(n):  # "satu setengah tahun lalu": step down to months / days
                grain, n = (cal.MONTH, n * 12) if grain == cal.YEAR else (cal.DAY, n * 30)
            return [self._timex(m, "DATE", cal.shift(anchor, grain, sign * round(n)), anchor)]
        value = cal.duration_value(amount, unit.designator, unit.clock)
        if g["num2"] and g["unit2"]:
            second = lex.units[key(g["unit2"])]
            amount2 = parse_number(g["num2"])
            if amount2 is not None and second.clock == unit.clock:
                tail = cal.duration_value(amount2 * second.factor, second.designator, second.clock)
                value += tail[2:] if second.clock else tail[1:]
        if g["se"] and _AMOUNT_BEFORE.search(self.text, max(0, m.start() - 40), m.start()):
            return [self._timex(m, "SET", value)]  # "Rp 1 miliar setahun": a rate, i.e. per year
        return [self._timex(m, "DURATION", value)]

    def _set(self, m: re.Match[str]) -> list[Timex]:
        g = m.groupdict()
        lex = self.lex
        if g["sak"]:
            value = {"akhir pekan": "XXXX-WXX-WE", "akhir bulan": "P1M", "akhir tahun": "P1Y",
                     "awal bulan": "P1M", "awal tahun": "P1Y"}.get(key(g["sak"]))  # fmt: skip
            if value is None:  # "setiap (per)tengahan bulan / tahun"
                value = "P1M" if key(g["sak"]).endswith("bulan") else "P1Y"
        elif g["swd"]:
            value = f"XXXX-WXX-{lex.weekdays[key(g['swd'])]}"
            if g["swdp"]:
                value += "T" + lex.dayparts[key(g["swdp"])][0]
        elif g["smn"]:
            value = f"XXXX-{lex.months[key(g['smn'])]:02d}"
        elif g["sday"]:
            value = f"XXXX-XX-{int(g['sday']):02d}"
        elif g["sdp"]:
            value = "XXXX-XX-XXT" + lex.dayparts[key(g["sdp"])][0]
        elif g["per"]:
            unit = lex.units[key(g["per"])]
            value = cal.duration_value(1.0, unit.designator, unit.clock)
        elif g["sunit"]:
            amount = parse_number(g["snum"]) if g["snum"] else 1.0
            unit = lex.units[key(g["sunit"])]
            value = cal.duration_value((amount or 1.0) * unit.factor, unit.designator, unit.clock)
        else:
            word = g["fse"][2:] if g["fse"] else g["funit"]
            unit = lex.units[key(word)]
            amount = parse_number(g["fnum"]) if g["fnum"] else 1.0
            value = cal.duration_value((amount or 1.0) * unit.factor, unit.designator, unit.clock)
        return [self._timex(m, "SET", value)]

    def _clock(self, m: re.Match[str]) -> list[Timex]:
        g = m.groupdict()
        zone = g["tz"] or g["tz2"]
        offset = self.lex.zones.get(zone.upper()) if zone else None
        dp = key(g["dp"]) if g["dp"] else None
        day = self._day_for_clock(m.start())
        day_value = day.isoformat() if day else "XXXX-XX-XX"

        def clock(h: str, mi: str | None) -> str:
            hour, minute = int(h), int(mi or 0)
            # pukul 7 malam = 19:00, but pukul 2 malam = 02:00 and pukul 11 siang = 11:00
            pm = dp is not None and self.lex.dayparts[dp][1] and hour < 12
            if pm and (dp != "malam" or hour >= 6) and not (dp == "siang" and hour >= 10):
                hour += 12
            return f"{day_value}T{hour:02d}:{minute:02d}"

        first = clock(g["h"] or g["hz"], g["mi"] or g["miz"])
        anchor = day.isoformat() if day else None
        if not g["h2"]:
            return [Timex(m.start(), m.end(), "TIME", first, anchor, tz=offset)]
        first_end = m.end("mi") if g["mi"] else m.end("h") if g["h"] else m.end("miz")
        second_start = m.start("h2")
        kw = re.search(r"(?:pukul|jam)\s+$", self.text[first_end:second_start], re.IGNORECASE)
        if kw:
            second_start = first_end + kw.start()
        return [
            Timex(m.start(), first_end, "TIME", first, anchor, tz=offset),
            Timex(second_start, m.end(), "TIME", clock(g["h2"], g["mi2"]), anchor, tz=offset),
        ]

    def _day_for_clock(self, pos: int) -> dt.date | None:
        """The day a clock time belongs to: an explicit date in the same sentence, else the anchor."""
        s, e = self.sentence(pos)
        near = [(x[0], x[2]) for x in self.explicit if s <= x[0] < e] + [
            d for d in self.days if s <= d[0] < e
        ]
        if near:
            return dt.date.fromisoformat(min(near, key=lambda x: abs(x[0] - pos))[1])
        return self.speech_anchor(pos)


def _year(text: str) -> int:
    year = int(text)
    return year + 2000 if year < 100 else year
