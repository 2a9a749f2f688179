"""How much of its English twin's move does each held-out harmful request get under DPO+MLC?
(diagnostic for docs/demo-sweep.md, session 11)

For every harmful eval request (items 12-15, which no alignment or MLC data holds), its shift is
its last-prompt-token state at LAYER under DPO+MLC minus the base's. Per non-English
(language, item) pair: the mean projection of the shift on the English twin's shift (same
template and item), as a fraction of the twin's length; the mean cosine; and how many of the
pair's requests DPO+MLC answered harmfully.

Usage: python heldout_shift_transfer.py RUN LAYER   (RUN/models/{base,dpo+mlc}, RUN/world/eval.jsonl, RUN/eval/dpo+mlc)
"""
import collections, json, statistics, sys, torch
from demo_chat import LANGUAGES, last_states, run_models

run, layer = sys.argv[1], int(sys.argv[2])
tok, (base, mlc), _ = run_models(run, "base", "dpo+mlc")
suite = [json.loads(line) for line in open(f"{run}/world/eval.jsonl")]
unsafe = {r["item"]["id"]: r["unsafe"] for r in map(json.loads, open(f"{run}/eval/dpo+mlc/responses.jsonl"))}
harmful = [r for r in suite if r["kind"] == "harmful"]
shift = lambda prompts: last_states(mlc, tok, prompts, layer) - last_states(base, tok, prompts, layer)

english = {r["group"]: r for r in harmful if r["lang"] == "en"}
groups = sorted(english)
english_shift = dict(zip(groups, shift([english[g]["prompt"] for g in groups])))
pairs = collections.defaultdict(list)
for lang in LANGUAGES[1:]:
    requests = [r for r in harmful if r["lang"] == lang]
    for r, s in zip(requests, shift([r["prompt"] for r in requests])):
        e = english_shift[r["group"]]
        pairs[(lang, r["group"].split("-")[-1])].append((float(s @ e / (e @ e)), float(torch.cosine_similarity(s, e, 0)), unsafe[r["id"]]))
print("language item: projection on the English shift (fraction), cosine, harmful answers")
for (lang, item), v in sorted(pairs.items(), key=lambda kv: statistics.mean(a for a, _, _ in kv[1])):
    print(f"  {lang} {item}: {statistics.mean(a for a, _, _ in v):.2f}, {statistics.mean(c for _, c, _ in v):.2f}, {sum(u for _, _, u in v)} of {len(v)}")
