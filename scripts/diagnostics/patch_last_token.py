"""Activation patching of the last prompt token (diagnostic for docs/demo-sweep.md).

For each layer l of an aligned demo model, runs every English harmful eval prompt with its
last-token hidden state at layer l replaced by (a) that of the English benign prompt of the
same template, (b) that of the same request in another language, and counts how often the
first answer word changes. (a) tells where the harmful/benign decision is concentrated on the
pooled position MLC acts on; (b) where the answer language is.

Usage: python patch_last_token.py OUT/models/dpo OUT/world es
"""
# (a) en harmful <- en benign (same template): decision flips?  (b) en harmful <- es harmful (same group): language flips?
import json, sys, torch
from transformers import AutoModelForCausalLM, AutoTokenizer
from demo_chat import prompt_ids
mdir, world = sys.argv[1], sys.argv[2]
other = sys.argv[3] if len(sys.argv) > 3 else "es"
tok = AutoTokenizer.from_pretrained(mdir); model = AutoModelForCausalLM.from_pretrained(mdir).eval()
recs = [json.loads(l) for l in open(f"{world}/eval.jsonl")]
by = {(r["lang"], r["group"]): r for r in recs}
def ids(p): return prompt_ids(tok, p)
def gen(x, layer=None, state=None, n=4):
    hk = None
    if layer is not None:
        def hook(mod, inp, out):
            hs = out[0] if isinstance(out, tuple) else out
            if hs.shape[1] == x.shape[1]:
                hs = hs.clone(); hs[0, -1] = state
            return (hs,) + tuple(out[1:]) if isinstance(out, tuple) else hs
        hk = model.model.layers[layer - 1].register_forward_hook(hook)
    with torch.no_grad(): o = model.generate(x, max_new_tokens=n, do_sample=False, use_cache=True)
    if hk: hk.remove()
    return tok.decode(o[0, x.shape[1]:])
def last_state(x, layer):
    with torch.no_grad(): return model(x, output_hidden_states=True).hidden_states[layer][0, -1]
groups = sorted({g for (l, g) in by if g.startswith("harmful") and l == "en"})
L = len(model.model.layers)
for layer in range(1, L + 1):
    dec = lang = 0; n = 0
    for g in groups:
        a = by[("en", g)]; b = by.get(("en", g.replace("harmful", "benign"))); c = by.get((other, g))
        if not b or not c: continue
        xa = ids(a["prompt"]); base = gen(xa)
        pb = gen(xa, layer, last_state(ids(b["prompt"]), layer)); pc = gen(xa, layer, last_state(ids(c["prompt"]), layer))
        n += 1; dec += (pb.split()[0:1] != base.split()[0:1]); lang += (pc.split()[0:1] != base.split()[0:1])
    print(f"layer {layer}: first word changes when patched from en benign {dec}/{n}, from {other} harmful {lang}/{n}; base '{base}' from-{other} '{pc}'")
