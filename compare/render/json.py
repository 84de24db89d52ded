"""The JSON form of a report: ``../shared/report.schema.json`` (``compare.report/1``) plus extra fields.

This dictionary is the single source every other view renders from. Extra fields beyond the schema:
``generated`` (timestamp, left out with ``--no-timestamp``), per source ``encoding``, ``format``,
``text`` and ``spans`` (sentence offsets, with a heading flag), per finding ``internal`` and ``group``,
per unique statement ``reasons``, top-level ``groups`` (claim groups) and ``warnings``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import asdict
from typing import Any

from compare.records import Report, Statement

SCHEMA_ID = "compare.report/1"


def statement_dict(st: Statement) -> dict[str, Any]:
    data = asdict(st)
    if data["value"] is None:
        data.pop("value")
    if data["normalized"] is None:
        data.pop("normalized")
    return data


def to_dict(report: Report) -> dict[str, Any]:
    """The report as plain JSON-ready data, keys in a fixed order for byte-stable output."""
    out: dict[str, Any] = {"schema": SCHEMA_ID}
    if report.generated:
        out["generated"] = report.generated
    out["settings"] = dict(report.settings)
    out["sources"] = [
        {
            "id": d.source.id,
            "path": d.source.path,
            "title": d.source.title,
            "outlet": d.source.outlet,
            "published": d.source.published,
            "url": d.source.url,
            "sentences": len(d.sentences),
            "encoding": d.source.encoding,
            "format": d.source.format,
            "spans": [[s.start, s.end, s.heading] for s in d.sentences],
            "text": d.source.text,
        }
        for d in report.documents
    ]
    out["findings"] = [
        {
            "id": f.id,
            "kind": f.kind,
            "topic": f.topic,
            "severity": f.severity,
            "score": round(f.score, 3),
            "explanation": f.explanation,
            "internal": f.internal,
            "group": f.group,
            "statements": [statement_dict(s) for s in f.statements],
        }
        for f in report.findings
    ]
    out["unique"] = [statement_dict(s) for s in report.unique]
    out["groups"] = [
        {
            "id": g.id,
            "label": g.label,
            "members": [{"source": s.source, "sentence": s.index} for s in g.members],
        }
        for g in report.groups
    ]
    if report.pairs is not None:
        out["pairs"] = [
            {
                "a": statement_dict(p.a),
                "b": statement_dict(p.b),
                "similarity": round(p.similarity, 4),
                "relation": p.relation,
            }
            for p in report.pairs
        ]
    if report.only is not None:
        out["only"] = {sid: [statement_dict(s) for s in sts] for sid, sts in report.only.items()}
    out["warnings"] = list(report.warnings)
    return out


def dumps(data: dict[str, Any]) -> str:
    """Serialise a report dictionary: UTF-8 text, two-space indent, trailing newline."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render(data: Mapping[str, Any]) -> str:
    """The JSON file's text (the renderer interface shared with the other formats)."""
    return dumps(dict(data))
