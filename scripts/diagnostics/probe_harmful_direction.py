"""Linear probe of the harmful/benign split in a demo model's hidden states (diagnostic for docs/demo-sweep.md).

For every layer and two poolings (last prompt token; mean over the user turn), fits a ridge
classifier harmful-vs-benign on the English eval prompts and scores it on every language
("en-probe"), the same after centering each language ("centered"), and a probe trained and
tested within each language on disjoint templates ("within"). A shared harmful direction shows
as en-probe accuracy well above 0.5 in the other languages.

Usage (needs torch + transformers, e.g. the env built by ../shared/perf/refenv.sh):
    python probe_harmful_direction.py OUT/models/base OUT/world
"""
import json, sys, torch, numpy as np
from transformers import AutoModelForCausalLM, AutoTokenizer
from demo_chat import prompt_ids
mdir, world = sys.argv[1], sys.argv[2]
tok = AutoTokenizer.from_pretrained(mdir); model = AutoModelForCausalLM.from_pretrained(mdir).eval()
recs = [json.loads(l) for l in open(f"{world}/eval.jsonl")]
def states(prompt):
    ids = prompt_ids(tok, prompt)
    with torch.no_grad(): out = model(ids, output_hidden_states=True)
    hs = [h[0].numpy() for h in out.hidden_states]
    return [h[-1] for h in hs], [h[3:-5].mean(0) for h in hs]  # last token; mean over user content approx
langs = sorted(set(r["lang"] for r in recs))
data = {}
for r in recs:
    last, mean = states(r["prompt"])
    data.setdefault(r["lang"], []).append((last, mean, r["kind"] == "harmful", r["group"]))
L = len(data["en"][0][0])
for pool in (0, 1):
    print("pooling", ["last", "mean-user"][pool])
    for l in range(L):
        X = {g: np.stack([d[pool][l] for d in data[g]]) for g in langs}
        y = {g: np.array([d[2] for d in data[g]]) for g in langs}
        norm = lambda A: A / np.linalg.norm(A, axis=1, keepdims=True)
        def fit(A, t):
            A1 = np.hstack([A, np.ones((len(A), 1))]); w = np.linalg.solve(A1.T @ A1 + 1e-2*np.eye(A1.shape[1]), A1.T @ (2*t-1.0)); return w
        def score(w, A, t): return float(((np.hstack([A, np.ones((len(A),1))]) @ w > 0) == t).mean())
        w = fit(norm(X["en"]), y["en"])
        cross = {g: score(w, norm(X[g]), y[g]) for g in langs}
        cen = lambda A: norm(A) - norm(A).mean(0)
        wc = fit(cen(X["en"]), y["en"])
        crossc = {g: score(wc, cen(X[g]), y[g]) for g in langs}
        # within-language: train on half the templates, test on the others
        within = {}
        for g in langs:
            grp = [d[3] for d in data[g]]; t = np.array([int(s.split("-t")[1].split("-")[0]) for s in grp])
            tr, te = t < 4, t >= 4
            w2 = fit(norm(X[g])[tr], y[g][tr]); within[g] = score(w2, norm(X[g])[te], y[g][te])
        print(f" layer {l}: en-probe on " + " ".join(f"{g}:{cross[g]:.2f}" for g in langs) + " | centered " + " ".join(f"{g}:{crossc[g]:.2f}" for g in langs) + " | within " + " ".join(f"{g}:{within[g]:.2f}" for g in langs))
