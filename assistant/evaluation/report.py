"""Reports: report.json (everything), report.md (summary and failures), report.html (offline, with plots)."""

from __future__ import annotations

import html
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def _pct(x: float | None) -> str:
    return "n/a" if x is None else f"{x:.1%}"


def _atomic_write(path: Path, text: str) -> None:
    """Write to a temporary file and rename, so a report is never half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        f.write(text)
    os.replace(tmp, path)


def metrics_rows(summary: dict[str, Any]) -> list[tuple[str, str]]:
    r = summary["retrieval"]
    return [
        ("pass rate", f"{_pct(summary['overall']['pass_rate'])} "
                      f"[{_pct(summary['overall']['ci95'][0])}, {_pct(summary['overall']['ci95'][1])}] "
                      f"({summary['overall']['passed']}/{summary['overall']['n']})"),
        ("figure accuracy", f"{_pct(summary['figure_accuracy'])} ({summary['figure_items']} items)"),
        ("citation precision", _pct(summary["citation_precision"])),
        ("citation recall", _pct(summary["citation_recall"])),
        ("invented numbers", str(sum(len(x["numbers"]) for x in summary["invented_numbers"]))),
        ("refusal precision", _pct(summary["refusal_precision"])),
        ("refusal recall", _pct(summary["refusal_recall"])),
        (f"retrieval recall@{r['k']} (gold passage)", _pct(r["recall_at_k"])),
        ("retrieval MRR", "n/a" if r["mrr"] is None else f"{r['mrr']:.3f}"),
        ("latency p50 / p95", f"{summary['latency_ms']['p50']:.1f} / {summary['latency_ms']['p95']:.1f} ms"),
        *([("consistency (facts whose every wording passes)",
            f"{_pct(c['rate'])} ({c['consistent']}/{c['facts']} facts)")] if (c := summary.get("consistency")) else []),
    ]


def print_summary(report: dict[str, Any]) -> None:
    s = report["summary"]
    systems = {"assistant": s, **{k: v["summary"] for k, v in report.get("baselines", {}).items()}}
    cats = list(s["categories"])
    width = max(len(c) for c in [*cats, "overall"]) + 2
    header = "category".ljust(width) + "".join(name.rjust(14) for name in systems)
    print(header)
    print("-" * len(header))
    for c in cats:
        row = c.ljust(width)
        for sm in systems.values():
            cs = sm["categories"].get(c)
            row += (f"{cs['pass_rate']:.1%} ({cs['passed']}/{cs['n']})" if cs else "").rjust(14)
        print(row)
    print("overall".ljust(width) + "".join(f"{sm['overall']['pass_rate']:.1%}".rjust(14) for sm in systems.values()))
    print()
    for name, value in metrics_rows(s):
        print(f"{name:<34} {value}")
    if "retrieval_dev" in report:
        rd = report["retrieval_dev"]
        print(f"{'retrieval dev set recall@' + str(rd['k']):<34} {rd['recall_at_k']:.1%} "
              f"(MRR {rd['mrr']:.3f}, {rd['n']} questions)")


def _bar_chart(rows: list[tuple[str, dict[str, tuple[float, float, float] | None]]], systems: list[str]) -> str:
    """Grouped horizontal bars (pass rate with 95% interval) as inline SVG."""
    colours = ["#2563eb", "#f59e0b", "#10b981", "#ef4444"]
    bar_h, gap, left, width = 12, 10, 130, 420
    group_h = bar_h * len(systems) + gap
    height = group_h * len(rows) + 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + width + 80}" height="{height}" '
             f'font-family="sans-serif" font-size="11">']
    for x in (0, 0.25, 0.5, 0.75, 1.0):
        px = left + x * width
        parts.append(f'<line x1="{px}" y1="0" x2="{px}" y2="{height - 30}" stroke="#ddd"/>'
                     f'<text x="{px}" y="{height - 18}" text-anchor="middle">{int(x * 100)}%</text>')
    for gi, (label, values) in enumerate(rows):
        y0 = gi * group_h
        parts.append(f'<text x="{left - 6}" y="{y0 + group_h / 2}" text-anchor="end">{html.escape(label)}</text>')
        for si, name in enumerate(systems):
            v = values.get(name)
            if v is None:
                continue
            rate, lo, hi = v
            y = y0 + si * bar_h
            parts.append(f'<rect x="{left}" y="{y}" width="{rate * width:.1f}" height="{bar_h - 2}" '
                         f'fill="{colours[si % len(colours)]}"><title>{html.escape(name)}: {rate:.1%}</title></rect>')
            parts.append(f'<line x1="{left + lo * width:.1f}" x2="{left + hi * width:.1f}" y1="{y + bar_h / 2 - 1}" '
                         f'y2="{y + bar_h / 2 - 1}" stroke="#111" stroke-width="1.5"/>')
    for si, name in enumerate(systems):
        parts.append(f'<rect x="{left + si * 110}" y="{height - 10}" width="10" height="10" '
                     f'fill="{colours[si % len(colours)]}"/><text x="{left + si * 110 + 14}" y="{height - 1}">'
                     f'{html.escape(name)}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _histogram(values: list[float], bins: int = 20) -> str:
    if not values:
        return ""
    hi = max(values) or 1.0
    counts = [0] * bins
    for v in values:
        counts[min(bins - 1, int(v / hi * bins))] += 1
    top = max(counts) or 1
    w, h, left = 24, 140, 40
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{left + bins * w + 20}" height="{h + 40}" '
             f'font-family="sans-serif" font-size="11">']
    for i, c in enumerate(counts):
        bh = c / top * h
        parts.append(f'<rect x="{left + i * w}" y="{h - bh:.1f}" width="{w - 2}" height="{bh:.1f}" fill="#2563eb">'
                     f'<title>{i * hi / bins:.0f}-{(i + 1) * hi / bins:.0f} ms: {c}</title></rect>')
    parts.append(f'<text x="{left}" y="{h + 15}">0 ms</text><text x="{left + bins * w}" y="{h + 15}" '
                 f'text-anchor="end">{hi:.0f} ms</text><text x="4" y="12">{top}</text></svg>')
    return "".join(parts)


def render_markdown(report: dict[str, Any]) -> str:
    s = report["summary"]
    systems = {"assistant": s, **{k: v["summary"] for k, v in report.get("baselines", {}).items()}}
    lines = ["# Evaluation report", "", f"Questions: {', '.join(report['questions'])}  ", f"Run: {report['created']}",
             "", "| metric | value |", "|---|---|"]
    lines += [f"| {k} | {v} |" for k, v in metrics_rows(s)]
    if "retrieval_dev" in report:
        rd = report["retrieval_dev"]
        lines.append(f"| retrieval dev set recall@{rd['k']} / MRR | {rd['recall_at_k']:.1%} / {rd['mrr']:.3f} "
                     f"({rd['n']} questions) |")
    lines += ["", "## Pass rate per category", "", "| category | " + " | ".join(systems) + " |",
              "|---|" + "---|" * len(systems)]
    for c in s["categories"]:
        cells = []
        for sm in systems.values():
            cs = sm["categories"].get(c)
            cells.append(f"{cs['pass_rate']:.1%} ({cs['passed']}/{cs['n']})" if cs else "")
        lines.append(f"| {c} | " + " | ".join(cells) + " |")
    lines.append("| **overall** | " + " | ".join(f"**{sm['overall']['pass_rate']:.1%}**" for sm in systems.values())
                 + " |")
    if len(systems) > 1:
        lines += ["", "| metric | " + " | ".join(systems) + " |", "|---|" + "---|" * len(systems)]
        for key in ("figure_accuracy", "citation_precision", "citation_recall", "refusal_recall"):
            lines.append(f"| {key.replace('_', ' ')} | " + " | ".join(_pct(sm[key]) for sm in systems.values()) + " |")
    failures = [i for i in report["items"] if not i["passed"]]
    lines += ["", f"## Failures ({len(failures)})", ""]
    for i in failures:
        lines.append(f"- **{i['id']}** ({i['category']}): {i['question']}  ")
        lines.append(f"  answer: {i['answer'][:300]!s}  ")
        lines.append(f"  why: {'; '.join(i['reasons'])}")
    return "\n".join(lines) + "\n"


def render_html(report: dict[str, Any]) -> str:
    s = report["summary"]
    systems = {"assistant": s, **{k: v["summary"] for k, v in report.get("baselines", {}).items()}}
    rows = []
    for c in [*s["categories"], "overall"]:
        values = {}
        for name, sm in systems.items():
            cs = sm["overall"] if c == "overall" else sm["categories"].get(c)
            values[name] = (cs["pass_rate"], cs["ci95"][0], cs["ci95"][1]) if cs else None
        rows.append((c, values))
    e = html.escape
    metric_rows = "".join(f"<tr><td>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in metrics_rows(s))
    failures = [i for i in report["items"] if not i["passed"]]
    fail_rows = "".join(
        f"<tr><td>{e(i['id'])}</td><td>{e(i['category'])}</td><td>{e(i['question'])}</td>"
        f"<td>{e(i['answer'][:400])}</td><td>{e('; '.join(i['reasons']))}</td></tr>" for i in failures)
    compare_rows = ""
    if len(systems) > 1:
        for key in ("figure_accuracy", "citation_precision", "citation_recall", "refusal_recall"):
            compare_rows += f"<tr><td>{e(key.replace('_', ' '))}</td>" + "".join(
                f"<td>{_pct(sm[key])}</td>" for sm in systems.values()) + "</tr>"
        compare_rows = ("<h2>Against the baselines</h2><table><tr><th>metric</th>"
                        + "".join(f"<th>{e(n)}</th>" for n in systems) + "</tr>" + compare_rows + "</table>")
    return f"""<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Evaluation report</title>
<style>body{{font-family:sans-serif;max-width:1100px;margin:2em auto;color:#111}}
table{{border-collapse:collapse;margin:1em 0}}td,th{{border:1px solid #ccc;padding:4px 8px;vertical-align:top;
font-size:13px}}th{{background:#f3f4f6}}</style></head><body>
<h1>Evaluation report</h1><p>Questions: {e(', '.join(report['questions']))}<br>Run: {e(report['created'])}</p>
<table>{metric_rows}</table>
<h2>Pass rate per category (bars: pass rate; lines: 95% bootstrap interval)</h2>
{_bar_chart(rows, list(systems))}
{compare_rows}
<h2>Latency per question</h2>{_histogram([i['latency_ms'] for i in report['items']])}
<h2>Failures ({len(failures)})</h2><table><tr><th>id</th><th>category</th><th>question</th><th>answer</th>
<th>why</th></tr>{fail_rows}</table></body></html>
"""


def write_reports(report: dict[str, Any], out_dir: Path) -> None:
    out_dir = Path(out_dir)
    _atomic_write(out_dir / "report.json", json.dumps(report, indent=1, ensure_ascii=False))
    _atomic_write(out_dir / "report.md", render_markdown(report))
    _atomic_write(out_dir / "report.html", render_html(report))
