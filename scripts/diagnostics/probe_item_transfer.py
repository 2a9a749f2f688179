"""Can the harmful/benign split of *unseen* items be read in each language, and does a linear map
learned on the alignment items carry the English reading over? (diagnostic for docs/demo-sweep.md)

Alignment data uses items 0-11, the eval suite items 12-15. Per layer and language L, with
last-token and mean-over-prompt pooling, unit-normalised states:
  within  - a ridge probe trained on L's items 0-11, scored on L's items 12-15 (is harmfulness
            of new items linearly present in L at all?);
  en      - the English probe (trained on English items 0-11) scored on L's items 12-15;
  mapped  - a ridge map M from L's states to English's, fitted on the paired prompts of items
            0-11 (the translated prompts MLC sees), then the English probe on M h_L(12-15):
            what an ideal linear MLC at this layer could carry to new items.
Usage: python probe_item_transfer.py MODEL_DIR [LANG,...]
"""
import sys, torch, numpy as np
from demo_chat import model_and_languages, prompt_ids

tok, model, langs, world = model_and_languages(sys.argv)

def states(lang):
    w = world[lang]; rows = []
    for kind in ("harmful", "benign"):
        for i, x in enumerate(w[kind]):
            for t, tmpl in enumerate(w["makeTemplates"]):
                ids = prompt_ids(tok, tmpl.replace("{x}", x))
                with torch.no_grad():
                    hs = model(ids, output_hidden_states=True).hidden_states
                last = np.stack([h[0, -1].numpy() for h in hs])
                mean = np.stack([h[0, 3:-5].mean(0).numpy() for h in hs])
                rows.append((kind == "harmful", i, t, last, mean))
    return rows

data = {l: states(l) for l in langs}
nl = data["en"][0][3].shape[0]
norm = lambda A: A / np.linalg.norm(A, axis=1, keepdims=True)
def ridge(A, B, lam=1e-1):
    A1 = np.hstack([A, np.ones((len(A), 1))])
    return np.linalg.solve(A1.T @ A1 + lam * np.eye(A1.shape[1]), A1.T @ B)
def apply(W, A): return np.hstack([A, np.ones((len(A), 1))]) @ W
for pool, name in ((3, "last"), (4, "mean")):
    print(f"pooling {name}: within / en / mapped accuracy on items 12-15")
    for layer in range(1, nl):
        X = {l: norm(np.stack([r[pool][layer] for r in data[l]])) for l in langs}
        y = np.array([r[0] for r in data["en"]]); tr = np.array([r[1] < 12 for r in data["en"]]); te = ~tr
        acc = lambda s: float(((s > 0) == y[te]).mean())
        wen = ridge(X["en"][tr], 2.0 * y[tr] - 1)
        cells = []
        for l in langs:
            wl = ridge(X[l][tr], 2.0 * y[tr] - 1)
            M = ridge(X[l][tr], X["en"][tr], lam=1.0)
            cells.append(f"{l} {acc(apply(wl, X[l][te])):.2f}/"
                         f"{acc(apply(wen, X[l][te])):.2f}/{acc(apply(wen, apply(M, X[l][te]))):.2f}")
        print(f"  layer {layer}: " + "  ".join(cells))
