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


def run(args: list[str], input: str | bytes | None = None):
    """Invoke ``crosscheck ARGS`` (optionally with standard input); stdout and stderr stay separate."""
    return CliRunner().invoke(_entry, args, input=input)


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


# ------------------------------------------------------------------------------------------- Ctrl-C


def _interrupt(*_args: object, **_kwargs: object) -> None:
    raise KeyboardInterrupt


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob("*")) if folder.exists() else []


def _assert_interrupted(result) -> None:
    assert result.exit_code == 130, result.output
    assert result.stdout == ""
    assert result.stderr == "crosscheck: interrupted; no partial report file is left\n"
    assert "Traceback" not in result.output


@pytest.mark.parametrize("where", ["embedding", "detection", "rendering", "renaming", "writing"])
def test_ctrl_c_leaves_no_report_file(
    use_fake_encoder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, where: str
) -> None:
    import compare.writer

    out = tmp_path / "out"
    if where == "embedding":
        monkeypatch.setattr(use_fake_encoder, "encode", _interrupt)
    elif where == "detection":
        monkeypatch.setattr("compare.detect.detect", _interrupt)
    elif where == "rendering":
        monkeypatch.setattr("compare.render.markdown.render_markdown", _interrupt)
    elif where == "renaming":
        monkeypatch.setattr(compare.writer.os, "replace", _interrupt)
    else:
        real_fdopen = compare.writer.os.fdopen

        class HalfWriter:
            """Writes half of the text to the temporary file, then Ctrl-C."""

            def __init__(self, fh) -> None:
                self.fh = fh

            def __enter__(self):
                return self

            def __exit__(self, *exc: object) -> None:
                self.fh.close()

            def write(self, text: str) -> None:
                self.fh.write(text[: len(text) // 2])
                self.fh.flush()
                raise KeyboardInterrupt

        monkeypatch.setattr(compare.writer.os, "fdopen", lambda *a, **k: HalfWriter(real_fdopen(*a, **k)))
    result = run(["report", S2, S3, "-o", str(out), "-f", "json", "-f", "md"])
    _assert_interrupted(result)
    assert _files(out) == []


def test_ctrl_c_keeps_the_previous_report_intact(
    use_fake_encoder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import compare.writer

    first = run(["report", S2, S3, "-o", str(tmp_path), "-f", "json"])
    assert first.exit_code == 0, first.output
    before = (tmp_path / "report.json").read_bytes()
    monkeypatch.setattr(compare.writer.os, "replace", _interrupt)
    _assert_interrupted(run(["report", S2, S3, "-o", str(tmp_path), "-f", "json"]))
    assert (tmp_path / "report.json").read_bytes() == before
    assert _files(tmp_path) == ["report.json"]


def test_ctrl_c_between_two_formats_leaves_only_complete_files(
    use_fake_encoder, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Each file is renamed into place whole: an interrupt after the first leaves that one complete."""
    import compare.writer

    real_replace = compare.writer.os.replace
    calls: list[str] = []

    def replace_once(src: str, dst: str) -> None:
        calls.append(dst)
        if len(calls) > 1:
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(compare.writer.os, "replace", replace_once)
    _assert_interrupted(run(["report", S2, S3, "-o", str(tmp_path), "-f", "json", "-f", "md"]))
    assert _files(tmp_path) == ["report.json"]
    assert json.loads((tmp_path / "report.json").read_text())["schema"] == "compare.report/1"


def test_ctrl_c_in_sources_and_diff(use_fake_encoder, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("compare.sentences.split_document", _interrupt)
    _assert_interrupted(run(["sources", S2]))
    monkeypatch.setattr(use_fake_encoder, "encode", _interrupt)
    _assert_interrupted(run(["diff", S2, S3]))


def test_internal_error_is_one_line_and_debug_shows_it(
    use_fake_encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("boom\nsecond line")

    monkeypatch.setattr("compare.detect.detect", broken)
    result = run(["diff", S2, S3])
    assert result.exit_code == 1 and result.stdout == ""
    assert result.stderr == (
        "crosscheck: internal error: RuntimeError: boom (a bug; COMPARE_DEBUG=1 shows the traceback)\n"
    )
    monkeypatch.setenv("COMPARE_DEBUG", "1")
    assert isinstance(run(["diff", S2, S3]).exception, RuntimeError)


def test_report_text_prints_every_finding_once_without_an_empty_top_list(use_fake_encoder) -> None:
    from compare.render.text import render_full

    data = json.loads((ROOT / "tests" / "data" / "sample_report.json").read_text())
    out = render_full(data, lambda text, *_: text)
    assert "Top findings" not in out
    assert out.count("[") >= len(data["findings"])
