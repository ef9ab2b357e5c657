"""`letopis extract`: one file → one JSON document; several files or --jsonl → one line each, in order."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from app.cli import cli

RUNNER = CliRunner()

VISIT = "Президент Казахстана Касым-Жомарт Токаев 12 ноября 2025 года прибыл в Москву с государственным визитом.\n"
CALL = "Владимир Путин провёл телефонный разговор с Шавкатом Мирзиёевым 3 марта 2024 года.\n"
NOTHING = "В Алматы прошёл дождь.\n"


def test_single_file_prints_one_document(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(VISIT, encoding="utf-8")
    result = RUNNER.invoke(cli, ["extract", str(path), "--published", "2025-11-12"])
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert [e["type"] for e in payload["events"]] == ["visit"]


def test_many_files_one_line_each_in_order(tmp_path):
    paths = []
    for i, text in enumerate([CALL, NOTHING, VISIT]):
        path = tmp_path / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    result = RUNNER.invoke(cli, ["extract", *paths])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [[e["type"] for e in row["events"]] for row in rows] == [["phone_call"], [], ["visit"]]


def test_jsonl_for_one_file(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(CALL, encoding="utf-8")
    result = RUNNER.invoke(cli, ["extract", "--jsonl", str(path)])
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1


def test_unreadable_file_is_named_and_keeps_the_order(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(CALL, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe not utf-8")
    result = RUNNER.invoke(cli, ["extract", str(bad), str(good)])
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert "bad.txt" in rows[0]["error"]
    assert [e["type"] for e in rows[1]["events"]] == ["phone_call"]


def test_bad_published_date_is_a_usage_error(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(CALL, encoding="utf-8")
    result = RUNNER.invoke(cli, ["extract", str(path), "--published", "12.11.2025"])
    assert result.exit_code == 2
