from __future__ import annotations

import os
from pathlib import Path

import pytest

from compare.errors import OutputError, UsageError
from compare.writer import atomic_write, report_targets


def test_atomic_write_follows_umask_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "out" / "report.json"
    atomic_write(target, "{}\n")
    umask = os.umask(0)
    os.umask(umask)
    assert target.read_text() == "{}\n"
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in target.parent.iterdir()] == ["report.json"]


def test_unwritable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        atomic_write(blocker / "sub" / "report.json", "{}")


def test_targets_from_folder_or_file_stem(tmp_path: Path) -> None:
    assert report_targets(str(tmp_path), ["json", "md"], []) == {
        "json": tmp_path / "report.json",
        "md": tmp_path / "report.md",
    }
    assert report_targets(str(tmp_path / "run1.json"), ["html"], []) == {"html": tmp_path / "run1.html"}


def test_never_into_an_input_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="input folder"):
        report_targets(str(tmp_path / "sub"), ["json"], [str(tmp_path)])
