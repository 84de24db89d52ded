"""Article-level evaluation: planted disagreements and planted non-disagreements in invented-event sets.

For each folder in ``eval/articles/`` the tool's report is scored against ``expected.json``:

* ``must``: a finding with statements from every listed source whose statements contain every quote;
  it counts as *found* when its severity is one of the accepted ones (and *seen* at any severity).
* ``must_not``: any finding matching it is a false alarm.
* ``unique``: the quote should appear among the single-source claims (or in a finding).

The same scoring is applied to a naive baseline, "numbers differ": every aligned sentence pair whose
sets of numbers differ is a high-severity finding. The bundled articles are scored against the items of
``../shared/eval/seeds_expected.md`` that can be checked mechanically (printed separately).

Usage: python eval/articles_eval.py [--verbose]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import HERE, encoder

from compare.config import Settings
from compare.detect import detect
from compare.pipeline import prepare
from compare.sources import load_sources

NUM = re.compile(r"\d[\d,.]*")


def matches(finding: dict, sources: list[str], quotes: list[str]) -> bool:
    sts = finding["statements"]
    if not all(any(s["source"] == src for s in sts) for src in sources):
        return False
    return all(any(q in s["text"] for s in sts) for q in quotes)


def naive(prepared) -> list[dict]:
    out = []
    for lk in prepared.links:
        na = {n.replace(",", "").rstrip(".") for n in NUM.findall(lk.a.text)}
        nb = {n.replace(",", "").rstrip(".") for n in NUM.findall(lk.b.text)}
        if na and nb and na != nb:
            out.append(
                {
                    "kind": "quantity",
                    "severity": "high",
                    "statements": [
                        {"source": lk.a.source, "text": lk.a.text},
                        {"source": lk.b.source, "text": lk.b.text},
                    ],
                }
            )
    return out


def score(findings: list[dict], unique: list[dict], expected: dict) -> dict:
    found = seen = 0
    missed = []
    for item in expected["must"]:
        hits = [f for f in findings if matches(f, item["sources"], item["quotes"])]
        seen += bool(hits)
        ok = [f for f in hits if f["severity"] in item["severity"]]
        found += bool(ok)
        if not ok:
            missed.append((item, [f["severity"] for f in hits]))
    false_alarms = [
        item
        for item in expected["must_not"]
        if any(matches(f, item["sources"], item["quotes"]) for f in findings)
    ]
    uniq = 0
    for item in expected.get("unique", []):
        texts = [s["text"] for s in unique if s["source"] == item["source"]]
        texts += [s["text"] for f in findings for s in f["statements"] if s["source"] == item["source"]]
        uniq += any(item["quote"] in t for t in texts)
    strong = sum(1 for f in findings if f["severity"] in ("high", "medium"))
    return {
        "must": len(expected["must"]),
        "found": found,
        "seen": seen,
        "must_not": len(expected["must_not"]),
        "false_alarms": len(false_alarms),
        "unique": len(expected.get("unique", [])),
        "unique_found": uniq,
        "findings": len(findings),
        "high_medium": strong,
        "high": sum(1 for f in findings if f["severity"] == "high"),
        "missed": missed,
        "alarms": false_alarms,
    }


def as_dicts(findings) -> list[dict]:
    return [
        {
            "kind": f.kind,
            "severity": f.severity,
            "topic": f.topic,
            "explanation": f.explanation,
            "statements": [{"source": s.source, "text": s.text} for s in f.statements],
        }
        for f in findings
    ]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--verbose", "-v", action="store_true")
    args = ap.parse_args()
    enc = encoder()
    settings = Settings()
    totals: dict[str, dict[str, int]] = {"crosscheck": {}, "numbers differ": {}}
    print(
        f"{'set':<22} {'system':<15} {'must':>9} {'seen':>5} {'false alarms':>13} {'unique':>7} {'findings (h/m)':>15}"
    )
    for folder in sorted(p for p in HERE.glob("articles/*") if p.is_dir()):
        expected = json.loads((folder / "expected.json").read_text())
        files = sorted(p for p in folder.iterdir() if p.suffix in (".md", ".txt"))
        prepared = prepare(load_sources(files), settings, enc)
        findings, unique = detect(prepared, settings)
        uniq = [{"source": s.source, "text": s.text} for s in unique]
        for name, fs in (("crosscheck", as_dicts(findings)), ("numbers differ", naive(prepared))):
            r = score(fs, uniq if name == "crosscheck" else [], expected)
            for k, v in r.items():
                if isinstance(v, int):
                    totals[name][k] = totals[name].get(k, 0) + v
            print(
                f"{folder.name:<22} {name:<15} {r['found']:>4}/{r['must']:<4} {r['seen']:>5} "
                f"{r['false_alarms']:>6}/{r['must_not']:<6} {r['unique_found']:>3}/{r['unique']:<3} "
                f"{r['findings']:>7} ({r['high_medium']})"
            )
            if args.verbose and name == "crosscheck":
                for item, sevs in r["missed"]:
                    print(
                        f"    MISSED {item['id']} {item['kind']} {item['severity']} got {sevs}: {item['note'][:100]}"
                    )
                for item in r["alarms"]:
                    print(f"    FALSE ALARM {item['id']}: {item['note'][:100]}")
                for f in fs:
                    if f["severity"] != "low":
                        print(f"    [{f['severity']}] {f['kind']} {f['topic']}: {f['explanation'][:150]}")
    print()
    for name, t in totals.items():
        print(
            f"TOTAL {name:<15} must found {t['found']}/{t['must']} (seen at any severity {t['seen']}), "
            f"false alarms {t['false_alarms']}/{t['must_not']}, unique {t['unique_found']}/{t['unique']}, "
            f"findings {t['findings']} ({t['high']} high, {t['high_medium'] - t['high']} medium, "
            f"{t['findings'] - t['high_medium']} low)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
