"""`warta analyze` end to end through the real CLI, including every bad-input case."""

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import assert_spans_valid

WARTA = [sys.executable, "-m", "warta", "analyze"]
ARTICLE = (
    "Jakarta - Menteri Luar Negeri RI Andika Pratama bertemu dengan mitranya di Jakarta, Selasa (9/7/2024).\n"
    "“Kami sepakat untuk mempercepat perundingan,” kata Andika.Baca juga: Judul lain\n"
    "Menurut dia, tim teknis kedua negara akan kembali bertemu dengan rekan -rekan mereka pekan depan."
)


def run(args, stdin: bytes | None = None, env=None):
    return subprocess.run(
        WARTA + args, input=stdin, capture_output=True, env={**os.environ, **(env or {})}, timeout=120
    )


@pytest.fixture
def article_file(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_analyze_txt_keeps_text_exact(article_file):
    r = run([str(article_file), "--published", "2024-07-10"])
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert d["text"] == ARTICLE
    assert d["meta"]["published"] == "2024-07-10" and d["meta"]["id"] == "a"
    assert_spans_valid(d)


def test_analyze_stdin_and_jsonl_format():
    r = run(["-", "--format", "jsonl"], stdin=ARTICLE.encode())
    assert r.returncode == 0, r.stderr
    lines = r.stdout.decode().splitlines()
    assert len(lines) == 1 and json.loads(lines[0])["text"] == ARTICLE


def test_analyze_jsonl_keeps_order_and_reports_bad_lines(tmp_path):
    good = {
        "id": "x1",
        "date": "2024-07-10",
        "title": "T",
        "source": "S",
        "url": "http://e/1",
        "text": ARTICLE,
    }
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps({"id": "x3", "text": ""}),
        json.dumps({**good, "id": "x4", "text": ARTICLE + " Tambahan."}),
    ]
    p = tmp_path / "in.jsonl"
    p.write_bytes(("\n".join(lines) + "\n").encode() + b'{"id": "x5", "text": "\xff\xfe"}\n')
    r = run([str(p)])
    assert r.returncode == 2
    out = [json.loads(x) for x in r.stdout.decode().splitlines()]
    assert [o["meta"]["id"] for o in out] == ["x1", None, "x3", "x4", None]
    assert "error" in out[1] and "malformed JSON" in out[1]["error"]
    assert "error" in out[2] and out[2]["schema"] == "warta/1"
    assert "invalid UTF-8" in out[4]["error"]
    assert out[0]["meta"] == {
        "id": "x1",
        "title": "T",
        "published": "2024-07-10",
        "source": "S",
        "url": "http://e/1",
        "language": "id",
    }
    for o in (out[0], out[3]):
        assert_spans_valid(o)


def test_analyze_html(tmp_path):
    body = "".join(f"<p>{line}</p>" for line in ARTICLE.split("\n"))
    html = f"<html><head><title>Judul Berita</title></head><body><article>{body}</article></body></html>"
    p = tmp_path / "a.html"
    p.write_text(html, encoding="utf-8")
    r = run([str(p), "--published", "2024-07-10"])
    assert r.returncode == 0, r.stderr
    d = json.loads(r.stdout)
    assert "Andika Pratama" in d["text"]
    assert_spans_valid(d)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "empty"),
        (b"   \n\t ", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        (b"Kata dia bahwa " + b"\xc3\x28 lalu", "byte offset 15"),
    ],
)
def test_bad_inputs_exit_2_with_one_line(tmp_path, content, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    r = run([str(p)])
    assert r.returncode == 2
    err = r.stderr.decode().strip()
    assert len(err.splitlines()) == 1 and message in err and r.stdout == b""


def test_too_large_input_is_refused_and_limit_is_configurable(tmp_path):
    p = tmp_path / "big.txt"
    p.write_text(ARTICLE * 50, encoding="utf-8")
    r = run([str(p)], env={"WARTA_MAX_BYTES": "1000"})
    assert r.returncode == 2 and b"over the limit of 1,000 bytes" in r.stderr


def test_non_indonesian_needs_force(tmp_path):
    english = (
        "The president said on Tuesday that the government would build a new dam in the western province "
        "next year, and that talks with the neighbouring country would continue next week."
    )
    p = tmp_path / "en.txt"
    p.write_text(english, encoding="utf-8")
    r = run([str(p)])
    assert r.returncode == 2 and b"not Indonesian" in r.stderr
    r = run([str(p), "--force"])
    assert r.returncode == 0
    assert json.loads(r.stdout)["meta"]["language"] == "en"


def test_missing_file_and_bad_date(article_file, tmp_path):
    r = run([str(tmp_path / "nope.txt")])
    assert r.returncode == 2 and b"no such file" in r.stderr
    r = run([str(article_file), "--published", "kemarin"])
    assert r.returncode == 2 and b"not a date" in r.stderr


def test_short_indonesian_headlines_are_not_called_malay():
    from warta.langid import detect

    headlines = [
        "KALAU HARIMU BURUK TONTON VIDEO INI, DIJAMIN TAMBAH BURUK Resep cara membuat sambal",
        "Jepang dan Kanada akan Menyerahkan 20% Wilayahnya kepada PBB",
        "Perdana Menteri Kanada Resmi Berganti Kewarganegaraan Menjadi Warga Negara Jepang",
    ]
    assert [detect(h) for h in headlines] == ["id"] * len(headlines)
    malay = (
        "Kerajaan negeri akan membina sebuah empangan baharu kerana bekalan air tidak mencukupi, "
        "kata menteri itu selepas mesyuarat pada hari Selasa."
    )
    assert detect(malay) == "ms"  # Malay spellings (kerajaan, kerana, selepas) still make it Malay


def test_words_both_languages_use_do_not_make_a_short_text_malay():
    from warta.langid import detect

    for claim in (
        "Warga Kanada yang Tidak Divaksin Tidak Boleh Mendapatkan Donor Organ dari Rumah Sakit",
        "Alhamdulillah Pangeran dari kerajaan Inggris masuk Islam setelah berkunjung ke Mekkah",
    ):
        assert detect(claim) == "id", claim


def test_an_indonesian_headline_with_english_names_is_not_called_english():
    from warta.langid import detect

    for claim in (
        "Vaksin Pfizer menyebabkan Turbo Cancer (Vaccine Induced Accelerated Cancer Syndrome)",
        "Jennifer Aniston Mengidap VAIDS Akibat Booster Vaccine",
    ):
        assert detect(claim) == "id", claim
    english = (
        "Everyone please post this on your social media. Killer of the year, responsible for war crimes."
    )
    assert detect(english) == "en"


def test_a_record_that_trips_an_internal_error_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch):
    """A bug met on one record of a .jsonl file costs that record, not the run."""
    from typer.testing import CliRunner

    import warta.pipeline
    from warta.cli import app

    real = warta.pipeline.analyze

    def flaky(text, **kwargs):
        if "MEMICU GALAT" in text:
            raise IndexError("list index out of range")
        return real(text, **kwargs)

    monkeypatch.setattr(warta.pipeline, "analyze", flaky)
    lines = [
        {"id": "a", "text": ARTICLE},
        {"id": "b", "text": ARTICLE + " MEMICU GALAT"},
        {"id": "c", "text": ARTICLE},
    ]
    p = tmp_path / "in.jsonl"
    p.write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    r = CliRunner().invoke(app, ["analyze", str(p)])
    assert r.exit_code == 2
    out = [json.loads(x) for x in r.stdout.splitlines() if x.startswith("{")]
    assert [o["meta"]["id"] for o in out] == ["a", "b", "c"]
    assert "error" not in out[0] and "error" not in out[2]
    assert out[1]["error"].startswith("line 2: internal error") and "IndexError" in out[1]["error"]
