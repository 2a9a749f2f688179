"""Does the base itself tell harmful from benign on the eval suite's unseen items, in each
language, where MLC reads it? (diagnostic for docs/demo-sweep.md, session 8)

Per language, a ridge classifier (weight 10) on the base's last-prompt-token states at LAYER is
fitted to that language's alignment requests (make-templates 0-5 x items 0-11, harmful = +1,
benign = -1) and applied to the eval suite's requests of the same language (items 12-15, every
template). Prints harmful requests classified harmful / benign requests classified harmful, out
of 32 each. The probe is supervised in each language, which MLC never is: it bounds what a
linear read-out of the base could do, not what MLC does.

Usage: python probe_heldout_items.py RUN LAYER   (RUN/models/base, RUN/world/eval.jsonl; world text from the checkout)
"""
import json, sys, torch
from demo_chat import LANGUAGES, alignment_prompts, last_states, run_models
run, layer = sys.argv[1], int(sys.argv[2])
tok, (base,), W = run_models(run, "base")
suite = [json.loads(line) for line in open(f"{run}/world/eval.jsonl")]
cells = []
for lang in LANGUAGES:
    harmful, benign = (last_states(base, tok, alignment_prompts(W, lang, kind), layer) for kind in ("harmful", "benign"))
    x = torch.cat([harmful, benign])
    y = torch.cat([torch.ones(len(harmful)), -torch.ones(len(benign))])
    mean = x.mean(0)
    w = torch.linalg.solve((x - mean).T @ (x - mean) + 10 * torch.eye(x.shape[1]), (x - mean).T @ y)
    flagged = {}
    for kind in ("harmful", "benign"):
        prompts = [r["prompt"] for r in suite if r["lang"] == lang and r["kind"] == kind]
        scores = (last_states(base, tok, prompts, layer) - mean) @ w
        flagged[kind] = f"{int((scores > 0).sum())}/{len(prompts)}"
    cells.append(f"{lang} {flagged['harmful']} {flagged['benign']}")
print("  ".join(cells))
