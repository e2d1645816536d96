"""Cold `assistant ask`, this tree against another revision, interleaved run by run (same index, same load).

    python benchmarks/cold_start.py --against 3870fd7 --runs 5 [--data-dir DIR]

Each run is a whole process started by a small parent that reports its wall time, CPU time (user + sys) and
peak resident memory (``os.wait4``; the parent is small because Linux carries a parent's peak memory into its
child's). Interleaving the two makes the comparison fair on a shared machine whose load moves.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUESTION = "How many institutes did DoD fund?"
MEASURE = """
import json, os, subprocess, sys, time
t = time.perf_counter()
p = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
_, status, usage = os.wait4(p.pid, 0)
print(json.dumps({"wall": time.perf_counter() - t, "cpu": usage.ru_utime + usage.ru_stime,
                  "rss_mib": usage.ru_maxrss / 1024, "code": os.waitstatus_to_exitcode(status)}))
"""


def measure(source: Path, data_dir: Path) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(source), "ASSISTANT_DATA_DIR": str(data_dir)}
    r = subprocess.run([sys.executable, "-c", MEASURE, sys.executable, "-m", "assistant", "ask", QUESTION],
                       env=env, capture_output=True, text=True, cwd=tempfile.gettempdir(), check=True)
    got = json.loads(r.stdout)
    if got["code"]:
        raise SystemExit(f"assistant ask failed in {source}")
    return {**got, "load": os.getloadavg()[0]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--against", help="a git revision to compare with (checked out into a temporary folder)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", type=Path, default=ROOT / ".data", help="a current index (built if missing)")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "ASSISTANT_DATA_DIR": str(args.data_dir)}
    subprocess.run([sys.executable, "-m", "assistant", "ingest"], env=env, check=True, capture_output=True)
    trees = {"this tree": ROOT}
    if args.against:
        other = Path(tempfile.mkdtemp(prefix="cold-start-"))
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.against], check=True, capture_output=True)
        subprocess.run(["tar", "-x", "-C", str(other)], input=archive.stdout, check=True)
        trees = {args.against: other, **trees}
    # Both trees' bytecode compiled first, as an installed package has it (with PYTHONDONTWRITEBYTECODE set, as in
    # some sandboxes, a tree without it would compile every module of its own from source in every run)
    import compileall

    for source in trees.values():
        compileall.compile_dir(source / "assistant", quiet=1)
    runs: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
    for _ in range(args.runs):
        for name, source in trees.items():
            runs[name].append(measure(source, args.data_dir))
    out = {name: {"median": {k: round(statistics.median(r[k] for r in rs), 2) for k in ("wall", "cpu", "rss_mib")},
                  "walls": [round(r["wall"], 2) for r in rs], "cpus": [round(r["cpu"], 2) for r in rs],
                  "load": [round(r["load"], 1) for r in rs]}
           for name, rs in runs.items()}
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
