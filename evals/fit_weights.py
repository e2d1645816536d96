"""Fit the answer engine's feature weights and refusal threshold, with cross-validation; write weights.json.

    python evals/fit_weights.py [--folds 5] [--write] [--squad ../shared/external/squad2-dev-3-articles.json]
    python evals/fit_weights.py --only NAME [--write]   # one new feature (in weights.json at 0), the rest kept

Data: the dev question sets (evals/questions.jsonl, heldout*.jsonl but the newest, the dev paraphrase and
policymaker sets) on the paper, and the SQuAD articles added as documents (the second corpus). For every question
the engine's own candidates are listed with their feature values; a candidate is *right* when it alone holds the
expected answer (a fact by its statement: its quote may hold a neighbour's figure). A pairwise logistic
regression (right candidate above wrong ones of the same question, L2) learns
one weight per feature and unit kind. Folds split by question (by fact for paraphrase sets), so no wording
of a held-out fact is trained on. The fitted weights are kept only when they beat the current ones on the
held-out folds (top-1: the best-scored candidate is right), and are rescaled to the current scores' spread
so the composer's margins keep their meaning. The refusal threshold is chosen on the training folds to
maximise answered-right plus refused-right, and reported on the held-out folds.

``--only NAME`` fits the weights of one feature (for facts and for sentences) and keeps every other weight:
a grid search that maximises top-1 on the training folds, reported on the held-out folds, and written (with
``--write``) only when it beats the current weights there. That is how a new feature joins the fitted ones.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from assistant.answering.weights import DEFAULT_WEIGHTS, Weights, load_weights, save_weights  # noqa: E402
from assistant.evaluation.dataset import load_items  # noqa: E402
from assistant.evaluation.squad import holds_answer, load_squad, scratch_knowledge  # noqa: E402
from assistant.settings import Settings  # noqa: E402

DEV_SETS = ["questions.jsonl", "heldout.jsonl", "heldout_b.jsonl", "heldout_c.jsonl", "paraphrase.jsonl",
            "paraphrase_b.jsonl", "policymaker.jsonl", "policymaker_b.jsonl", "paraphrase_h.jsonl",
            "policymaker_h.jsonl", "paraphrase_i.jsonl", "policymaker_i.jsonl", "paraphrase_j.jsonl",
            "policymaker_j.jsonl", "paraphrase_k.jsonl", "policymaker_k.jsonl", "paraphrase_l.jsonl",
            "policymaker_l.jsonl", "paraphrase_m.jsonl", "policymaker_m.jsonl", "paraphrase_n.jsonl",
            "policymaker_n.jsonl", "paraphrase_o.jsonl", "policymaker_o.jsonl",
            "paraphrase_p.jsonl", "policymaker_p.jsonl", "paraphrase_q.jsonl", "policymaker_q.jsonl",
            "paraphrase_r.jsonl", "policymaker_r.jsonl", "paraphrase_s.jsonl", "policymaker_s.jsonl",
            "paraphrase_t.jsonl", "policymaker_t.jsonl", "paraphrase_u.jsonl", "policymaker_u.jsonl",
            "paraphrase_v.jsonl", "policymaker_v.jsonl", "paraphrase_w.jsonl", "policymaker_w.jsonl",
            "paraphrase_x.jsonl", "policymaker_x.jsonl", "paraphrase_y.jsonl", "policymaker_y.jsonl",
            "paraphrase_z.jsonl", "policymaker_z.jsonl",
            "paraphrase_aa.jsonl", "policymaker_aa.jsonl", "paraphrase_ab.jsonl", "policymaker_ab.jsonl",
            "paraphrase_ac.jsonl", "policymaker_ac.jsonl",
            "paraphrase_ad.jsonl", "policymaker_ad.jsonl",
            "paraphrase_ae.jsonl", "policymaker_ae.jsonl",
            "paraphrase_af.jsonl", "policymaker_af.jsonl",
            "paraphrase_ag.jsonl", "policymaker_ag.jsonl",
            "paraphrase_ah.jsonl", "policymaker_ah.jsonl",
            "paraphrase_ai.jsonl", "policymaker_ai.jsonl",
            "paraphrase_aj.jsonl", "policymaker_aj.jsonl",
            "paraphrase_ak.jsonl", "policymaker_ak.jsonl",
            "paraphrase_al.jsonl", "policymaker_al.jsonl",
            "paraphrase_am.jsonl", "policymaker_am.jsonl",
            "paraphrase_an.jsonl", "policymaker_an.jsonl",
            "paraphrase_ao.jsonl", "policymaker_ao.jsonl",
            "paraphrase_ap.jsonl", "policymaker_ap.jsonl",
            "paraphrase_aq.jsonl", "policymaker_aq.jsonl",
            "paraphrase_ar.jsonl", "policymaker_ar.jsonl",
            "paraphrase_as.jsonl", "policymaker_as.jsonl",
            "paraphrase_at.jsonl", "policymaker_at.jsonl",
            "paraphrase_au.jsonl", "policymaker_au.jsonl",
            "paraphrase_av.jsonl", "policymaker_av.jsonl",
            "paraphrase_aw.jsonl", "policymaker_aw.jsonl",
            "paraphrase_ax.jsonl", "policymaker_ax.jsonl",
            "paraphrase_ay.jsonl", "policymaker_ay.jsonl",
            "paraphrase_az.jsonl", "policymaker_az.jsonl",
            "paraphrase_ba.jsonl", "policymaker_ba.jsonl"]
TOP = 40  # candidates per question taken into the fit


@dataclass
class Example:
    group: str  # the fold unit: a question, or a fact asked in several wordings
    corpus: str
    kinds: list[str]
    features: list[dict[str, float]]
    right: list[bool]
    answerable: bool
    support: float  # the chosen answer's support (for the threshold)
    answered_right: bool  # the engine's answer at threshold 0 passes
    refused: bool  # the engine refused at threshold 0 (a gate other than support failed)


def _right_in_eval(item, text: str) -> bool:
    low = text.lower()
    if not item.must_include and not item.any_of:
        return False
    return all(s.lower() in low for s in item.must_include) and all(
        any(s.lower() in low for s in g) for g in item.any_of if g)


def collect(assistant, questions: list[tuple[str, str, list, bool, object]], corpus: str) -> list[Example]:
    """(group, question, history, answerable, judge) -> Examples with the engine's candidates."""
    out = []
    for group, question, history, answerable, judge in questions:
        state = assistant._run(question, history, None)
        cands = state.get("candidates", [])[:TOP]
        comp = state["composition"]
        out.append(Example(group, corpus, [c.kind for c in cands], [dict(c.features) for c in cands],
                           [judge(unit_shown(c)) for c in cands], answerable, comp.support,
                           (not comp.refused) and judge(comp.answer), comp.refused))
    return out


def unit_shown(c) -> str:
    """What an answer from the candidate shows: a fact's statement (its quote may hold a neighbour's figure, as
    in "X supports 1.6 jobs, while Y supports five"), or the sentence."""
    return c.text if c.kind == "fact" else f"{c.text} {c.quote}"


def feature_names(weights: Weights) -> list[str]:
    return [f"fact:{n}" for n in weights.fact] + [f"sentence:{n}" for n in weights.sentence]


def vector(kind: str, feats: dict[str, float], names: list[str]) -> np.ndarray:
    v = np.zeros(len(names))
    for k, val in feats.items():
        key = f"{kind}:{k}"
        if key in names:
            v[names.index(key)] = val
    return v


def matrix(ex: Example, names: list[str]) -> np.ndarray:
    return np.array([vector(k, f, names) for k, f in zip(ex.kinds, ex.features, strict=True)]) if ex.kinds else \
        np.zeros((0, len(names)))


def pairs(examples: list[Example], names: list[str], per_question: int = 20) -> tuple[np.ndarray, np.ndarray]:
    xs = []
    rng = random.Random(7)
    for ex in examples:
        if not any(ex.right) or all(ex.right):
            continue
        m = matrix(ex, names)
        pos = [i for i, r in enumerate(ex.right) if r]
        neg = [i for i, r in enumerate(ex.right) if not r]
        chosen = [(p, n) for p in pos for n in neg]
        rng.shuffle(chosen)
        for p, n in chosen[:per_question]:
            xs.append(m[p] - m[n])
    if not xs:
        return np.zeros((0, len(names))), np.zeros(0)
    x = np.array(xs)
    # symmetric pairs: the model has no intercept, and both orders are seen
    return np.vstack([x, -x]), np.concatenate([np.ones(len(x)), np.zeros(len(x))])


def fit_logistic(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000, lr: float = 0.5) -> np.ndarray:
    w = np.zeros(x.shape[1])
    n = max(1, len(y))
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / n + l2 * w / n
        w -= lr * grad
    return w


def top1(examples: list[Example], w: np.ndarray, names: list[str]) -> float:
    scored = [ex for ex in examples if any(ex.right)]
    if not scored:
        return 0.0
    hits = 0
    for ex in scored:
        s = matrix(ex, names) @ w
        hits += ex.right[int(np.argmax(s))]
    return hits / len(scored)


def current_vector(weights: Weights, names: list[str]) -> np.ndarray:
    return np.array([(weights.fact if n.startswith("fact:") else weights.sentence).get(n.split(":", 1)[1], 0.0)
                     for n in names])


def rescale(w: np.ndarray, ref: np.ndarray, examples: list[Example], names: list[str]) -> np.ndarray:
    """Scale ``w`` so that its scores spread like the reference weights' scores (the composer's margins and
    ratios are in that scale)."""
    ms = [matrix(ex, names) for ex in examples if ex.kinds]
    a = np.concatenate([m @ w for m in ms])
    b = np.concatenate([m @ ref for m in ms])
    return w * (np.std(b) / np.std(a)) if np.std(a) > 0 else w


def best_threshold(examples: list[Example]) -> float:
    grid = [round(0.02 * i, 2) for i in range(0, 41)]

    def utility(t: float) -> float:
        return sum((ex.answered_right and ex.support >= t) if ex.answerable else (ex.refused or ex.support < t)
                   for ex in examples)

    return max(grid, key=utility)


def threshold_score(examples: list[Example], t: float) -> dict[str, float]:
    ans = [ex for ex in examples if ex.answerable]
    imp = [ex for ex in examples if not ex.answerable]
    return {"answerable_pass": sum(ex.answered_right and ex.support >= t for ex in ans) / max(1, len(ans)),
            "unanswerable_refused": sum(ex.refused or ex.support < t for ex in imp) / max(1, len(imp))}


def folds_of(examples: list[Example], k: int) -> list[list[int]]:
    groups = sorted({ex.group for ex in examples})
    random.Random(11).shuffle(groups)
    fold_of = {g: i % k for i, g in enumerate(groups)}
    return [[i for i, ex in enumerate(examples) if fold_of[ex.group] == f] for f in range(k)]


def paper_rows(name: str, skip_smalltalk: bool = False) -> list[tuple[str, str, list, bool, Callable]]:
    """(group, question, history, answerable, judge) for every question of evals/<name> (none if it is missing);
    the group is the fact a wording asks, or the question itself."""
    path = ROOT / "evals" / name
    if not path.exists():
        return []
    return [(f"{name}#{item.fact or item.id}", item.question, [t.model_dump() for t in item.history],
             not item.expect_refusal, (lambda it: lambda text: _right_in_eval(it, text))(item))
            for item in load_items(path) if not (skip_smalltalk and item.expect_smalltalk)]


def paper_assistant(settings: Settings):
    """The assistant over the knowledge folder, refusing by the gates only (threshold 0)."""
    from assistant import Assistant

    return Assistant(settings.model_copy(update={"refusal_threshold": 0.0}), notify=None)


def sources_key() -> str:
    """A digest of what the examples are computed from: the engine's code, the knowledge and the question sets.
    A cache made before a feature was added holds 0 for it, and a fit on it would find the feature useless."""
    digest = hashlib.sha1()
    files = [*sorted((ROOT / "assistant").rglob("*.py")), *sorted((ROOT / "knowledge").glob("*")),
             *sorted((ROOT / "evals").glob("*.jsonl"))]
    for f in files:
        if f.is_file():
            digest.update(f.name.encode() + f.read_bytes())
    return digest.hexdigest()[:16]


def cached_examples(cache: Path, refresh: bool, make: Callable[[], list], kind: type) -> list:
    """The examples stored at ``cache``, or (missing, stale or ``refresh``) ``make()``'s, stored there."""
    t0 = time.perf_counter()
    key = sources_key()
    stored = json.loads(cache.read_text()) if cache.exists() and not refresh else {}
    if isinstance(stored, dict) and stored.get("key") == key:
        examples = [kind(**e) for e in stored["examples"]]
    else:
        examples = make()
        cache.parent.mkdir(parents=True, exist_ok=True)
        cache.write_text(json.dumps({"key": key, "examples": [e.__dict__ for e in examples]}))
    print(f"{len(examples)} questions ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    return examples


def paper_examples(settings: Settings) -> list[Example]:
    a = paper_assistant(settings)
    return [ex for name in DEV_SETS for ex in collect(a, paper_rows(name), name)]


def squad_assistant(settings: Settings, path: Path):
    """The assistant over the paper plus the SQuAD articles of ``path`` (refusing by the gates only), and the
    articles. The same scratch folder as `assistant eval --squad`, so its index is built once."""
    from assistant import Assistant

    articles = load_squad(path)
    root = Path(settings.data_dir) / f"squad-{hashlib.sha1(path.read_bytes()).hexdigest()[:10]}"
    knowledge = scratch_knowledge(articles, Path(settings.knowledge_dir), root / "knowledge")
    return Assistant(settings.model_copy(update={"knowledge_dir": knowledge, "data_dir": root / "data",
                                                 "refusal_threshold": 0.0}), notify=None), articles


def squad_judge(q):
    """Whether a text holds one of the question's official answers (never, for an unanswerable one)."""
    return lambda text: holds_answer(text, q.answers) if q.answers else False


def squad_examples(settings: Settings, path: Path) -> list[Example]:
    a, articles = squad_assistant(settings, path)
    rows = [(f"squad#{q.id}", q.question, [], not q.impossible, squad_judge(q))
            for art in articles for q in art.questions]
    return collect(a, rows, "squad")


GRID = [round(0.01 * i, 2) for i in range(-30, 31)]


def fit_one(examples: list[Example], names: list[str], ref: np.ndarray, feature: str, folds: list[list[int]],
            ) -> dict[str, object]:
    """Fit the fact and sentence weights of ``feature`` by grid search (the other weights kept): held-out top-1
    per fold, and the weights fitted on all the examples."""
    cols = [names.index(f"{kind}:{feature}") for kind in ("fact", "sentence")]
    base = ref.copy()
    base[cols] = 0.0
    # per example: the scores without the feature and the feature's column per unit kind, computed once
    parts = []
    for ex in examples:
        if not any(ex.right):
            continue
        m = matrix(ex, names)
        parts.append((m @ base, m[:, cols[0]], m[:, cols[1]], np.array(ex.right), ex))

    def hits(chosen: list[int], a: float, b: float) -> float:
        return float(np.mean([parts[i][3][int(np.argmax(parts[i][0] + a * parts[i][1] + b * parts[i][2]))]
                              for i in chosen])) if chosen else 0.0

    def best(chosen: list[int]) -> tuple[float, float]:
        cur = (float(ref[cols[0]]), float(ref[cols[1]]))
        # the current weights win ties: a new value must earn its place
        return max([cur] + [(a, b) for a in GRID for b in GRID], key=lambda ab: hits(chosen, *ab))

    index = {id(p[4]): i for i, p in enumerate(parts)}
    rows = []
    for f, test_idx in enumerate(folds):
        test = [index[id(examples[i])] for i in test_idx if id(examples[i]) in index]
        held = set(test)
        train = [i for i in range(len(parts)) if i not in held]
        a, b = best(train)
        rows.append({"fold": f, "fitted": [a, b], "current_top1": hits(test, *ref[cols]),
                     "fitted_top1": hits(test, a, b)})
        print(json.dumps(rows[-1]), file=sys.stderr)
    a, b = best(list(range(len(parts))))
    return {"feature": feature, "cv_top1_current": round(float(np.mean([r["current_top1"] for r in rows])), 4),
            "cv_top1_fitted": round(float(np.mean([r["fitted_top1"] for r in rows])), 4),
            "fitted_all": {"fact": a, "sentence": b}, "folds": rows}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--squad", default=str(ROOT.parent / "shared" / "external" / "squad2-dev-3-articles.json"))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--write", action="store_true", help="write weights.json when the fit beats the current")
    ap.add_argument("--cache", default=str(ROOT / ".data" / "fit-examples.json"), help="examples cache")
    ap.add_argument("--refresh", action="store_true", help="re-collect the examples")
    ap.add_argument("--only", help="fit this one feature's weights by grid search, keep the rest")
    args = ap.parse_args()

    settings = Settings()
    weights = load_weights(DEFAULT_WEIGHTS)
    names = feature_names(weights)
    examples = cached_examples(Path(args.cache), args.refresh, lambda: paper_examples(settings) + (
        squad_examples(settings, Path(args.squad)) if Path(args.squad).exists() else []), Example)

    ref = current_vector(weights, names)
    folds = folds_of(examples, args.folds)
    if args.only:
        record = fit_one(examples, names, ref, args.only, folds)
        print(json.dumps({k: v for k, v in record.items() if k != "folds"}, indent=1))
        if args.write and record["cv_top1_fitted"] > record["cv_top1_current"]:
            new = weights.model_copy(deep=True)
            new.fact[args.only], new.sentence[args.only] = (record["fitted_all"]["fact"],
                                                            record["fitted_all"]["sentence"])
            new.fitted = {**weights.fitted, f"only_{args.only}": {
                "method": "evals/fit_weights.py --only: grid search of this feature's two weights, the rest kept, "
                f"{args.folds}-fold CV by question/fact", "date": time.strftime("%Y-%m-%d"),
                "questions": len(examples), **{k: v for k, v in record.items() if k != "feature"}}}
            save_weights(Weights.model_validate(new.model_dump()), DEFAULT_WEIGHTS)
            print(f"wrote {DEFAULT_WEIGHTS} ({args.only}: {record['fitted_all']})", file=sys.stderr)
        return 0
    rows = []
    for f, test_idx in enumerate(folds):
        test_set = set(test_idx)
        train = [ex for i, ex in enumerate(examples) if i not in test_set]
        test = [examples[i] for i in test_idx]
        w = rescale(fit_logistic(*pairs(train, names), l2=args.l2), ref, train, names)
        t = best_threshold(train)
        rows.append({"fold": f, "current_top1": top1(test, ref, names), "fitted_top1": top1(test, w, names),
                     "threshold": t, **{f"heldout_{k}": v for k, v in threshold_score(test, t).items()}})
        print(json.dumps(rows[-1]), file=sys.stderr)
    cur = float(np.mean([r["current_top1"] for r in rows]))
    fit = float(np.mean([r["fitted_top1"] for r in rows]))
    by_corpus = {}
    w_all = rescale(fit_logistic(*pairs(examples, names), l2=args.l2), ref, examples, names)
    for corpus in sorted({ex.corpus for ex in examples}):
        exs = [ex for ex in examples if ex.corpus == corpus]
        by_corpus[corpus] = {"current_top1": round(top1(exs, ref, names), 4),
                             "fitted_top1_in_sample": round(top1(exs, w_all, names), 4)}
    threshold = best_threshold(examples)
    record = {"method": f"pairwise logistic regression, L2={args.l2}, {args.folds}-fold CV by question/fact",
              "date": time.strftime("%Y-%m-%d"), "questions": len(examples),
              "cv_top1_current": round(cur, 4), "cv_top1_fitted": round(fit, 4),
              "cv_threshold_mean": round(float(np.mean([r["threshold"] for r in rows])), 3),
              "by_corpus": by_corpus}
    print(json.dumps(record, indent=1))
    if args.write:
        adopt = fit > cur
        new = weights.model_copy(deep=True)
        if adopt:
            for n, v in zip(names, w_all, strict=True):
                kind, feat = n.split(":", 1)
                (new.fact if kind == "fact" else new.sentence)[feat] = round(float(v), 4)
        new.refusal_threshold = threshold
        new.fitted = {**record, "adopted_feature_weights": adopt}
        save_weights(Weights.model_validate(new.model_dump()), DEFAULT_WEIGHTS)
        print(f"wrote {DEFAULT_WEIGHTS} (feature weights {'fitted' if adopt else 'kept'}, threshold {threshold})",
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
