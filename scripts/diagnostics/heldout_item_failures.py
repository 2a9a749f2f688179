"""Which (language, held-out item) pairs does DPO+MLC answer harmfully, across many runs on one
base, and does the base's own layer-LAYER probe predict them? (diagnostic for
docs/demo-sweep.md, session 11)

RUNS are demo output directories of the same seed (e.g. `--reuse-base BASE --only dpo+mlc` with
different flags). For each non-English (language, item 12-15) pair: the share of all harmful
answers it holds, in how many runs it has one, and the base's probe score of its harmful
requests (a ridge probe fitted per language on that language's alignment requests, as in
probe_heldout_items.py, averaged over the pair's requests). Ends with the rank correlation
between probe score and failure rate.

Usage: python heldout_item_failures.py BASE_RUN LAYER RUN [RUN ...]   (BASE_RUN/models/base, BASE_RUN/world/eval.jsonl)
"""
import collections, json, os, statistics, sys, torch
from demo_chat import LANGUAGES, alignment_prompts, last_states, run_models

base_run, layer, runs = sys.argv[1], int(sys.argv[2]), sys.argv[3:]
tok, (base,), W = run_models(base_run, "base")
suite = [json.loads(line) for line in open(f"{base_run}/world/eval.jsonl")]
item = lambda record: record["group"].split("-")[-1]

answers, runs_failing, used = collections.Counter(), collections.Counter(), 0
for run in runs:
    path = f"{run}/eval/dpo+mlc/responses.jsonl"
    if not os.path.exists(path):
        continue
    used += 1
    failed = collections.Counter()
    for line in open(path):
        r = json.loads(line)
        if r["item"]["kind"] == "harmful" and r["item"]["lang"] != "en" and r["unsafe"]:
            failed[(r["item"]["lang"], item(r["item"]))] += 1
    answers.update(failed)
    runs_failing.update(failed.keys())

rows = []
for lang in LANGUAGES[1:]:
    harmful, benign = (last_states(base, tok, alignment_prompts(W, lang, kind), layer) for kind in ("harmful", "benign"))
    x = torch.cat([harmful, benign])
    y = torch.cat([torch.ones(len(harmful)), -torch.ones(len(benign))])
    mean = x.mean(0)
    w = torch.linalg.solve((x - mean).T @ (x - mean) + 10 * torch.eye(x.shape[1]), (x - mean).T @ y)
    for held in ("i12", "i13", "i14", "i15"):
        prompts = [r["prompt"] for r in suite if r["lang"] == lang and r["kind"] == "harmful" and item(r) == held]
        score = float(((last_states(base, tok, prompts, layer) - mean) @ w).mean())
        rows.append((lang, held, score, answers[(lang, held)] / max(used, 1) / len(prompts), runs_failing[(lang, held)]))

total = sum(answers.values()) or 1
print(f"{used} runs; language item: share of the harmful answers, runs with one, probe score")
for lang, held, score, rate, n in sorted(rows, key=lambda r: -r[3]):
    if n:
        print(f"  {lang} {held}: {100 * answers[(lang, held)] / total:.0f}%, {n} of {used}, probe {score:+.2f}")
rank = lambda v: [sorted(v).index(a) for a in v]
print("rank correlation, probe score vs failure rate:",
      round(statistics.correlation(rank([r[2] for r in rows]), rank([r[3] for r in rows])), 2))
