from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from compare.cli import main

from .conftest import ROOT, SOURCES

S2 = str(SOURCES / "002_2f0bec96db29405d.txt")
S3 = str(SOURCES / "003_724366f104c384ed.txt")


@click.command(context_settings={"ignore_unknown_options": True, "help_option_names": []})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def _entry(args: tuple[str, ...]) -> None:
    """Run the real entry point (with its error handling) under CliRunner."""
    main(list(args))


def run(args: list[str]):
    return CliRunner().invoke(_entry, args)


def test_help_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys\nfrom compare.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('torch', 'sentence_transformers', 'spacy', 'transformers') if m in sys.modules]\n"
        "print('HEAVY', heavy)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "Usage: crosscheck" in out and "HEAVY []" in out


def test_sources_lists_without_model() -> None:
    code = (
        "import sys\nfrom compare.cli import main\n"
        f"main(['sources', {str(SOURCES)!r}])\n"
        "print('HEAVY', [m for m in ('torch', 'sentence_transformers', 'spacy') if m in sys.modules])\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "002_2f0bec96db29405d: 39 sentences" in out
    assert "HEAVY []" in out


def test_diff_needs_exactly_two(use_fake_encoder) -> None:
    result = run(["diff", S2])
    assert result.exit_code == 2
    assert "diff takes exactly two articles" in result.output


def test_report_needs_two_sources(use_fake_encoder, tmp_path: Path) -> None:
    result = run(["report", S2, "-o", str(tmp_path)])
    assert result.exit_code == 2 and "at least two sources" in result.output


def test_missing_file_is_one_line(use_fake_encoder) -> None:
    result = run(["diff", S2, "/nope/missing.txt"])
    assert result.exit_code == 1
    assert result.output.strip() == "crosscheck: error: /nope/missing.txt: no such file or folder"


def test_diff_json_and_text(use_fake_encoder) -> None:
    result = run(["diff", S2, S3, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert {"pairs", "only", "findings", "unique"} <= set(data)
    text = run(["diff", S2, S3])
    assert "Aligned pairs" in text.output and "Only in A" in text.output and "\x1b[" not in text.output


def test_report_writes_json(use_fake_encoder, tmp_path: Path, schema: dict) -> None:
    import jsonschema

    result = run(["report", str(SOURCES), "-o", str(tmp_path), "-f", "json", "--no-timestamp"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "report.json").read_text())
    jsonschema.validate(data, schema)
    assert "Compared 5 sources" in result.output and "report.json" in result.output


def test_report_refuses_to_write_into_input_folder(use_fake_encoder, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("One article sentence here.")
    (tmp_path / "b.txt").write_text("Another article sentence here.")
    result = run(["report", str(tmp_path), "-o", str(tmp_path / "out")])
    assert result.exit_code == 2 and "input folder" in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "b.txt"]


def test_unwritable_output(use_fake_encoder, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    result = run(["report", S2, S3, "-o", str(blocker / "sub"), "-f", "json"])
    assert result.exit_code == 1 and result.output.startswith("crosscheck: error: cannot write")


def test_unknown_model_fails_fast() -> None:
    result = run(["diff", S2, S3, "--model", "no-such/model-xyz"])
    assert result.exit_code == 1
    assert "unknown model 'no-such/model-xyz'" in result.output and "Traceback" not in result.output


def test_debug_shows_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COMPARE_DEBUG", "1")
    result = run(["diff", S2, "/nope/missing.txt"])
    assert result.exception is not None and result.exit_code != 0


def test_python_dash_m_works() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "compare", "--version"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=True,
        env={**os.environ},
    ).stdout
    assert out.startswith("crosscheck, version")
