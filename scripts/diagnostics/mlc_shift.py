"""Does MLC carry DPO's change, or more? (diagnostic for docs/demo-sweep.md, session 5)

u = mean shift (DPO − base) of the English harmful eval prompts' last-token state at LAYER;
s = mean shift (DPO+MLC − base) of another language's harmful prompts. Prints |s|, cos(s, u),
the mean shift of the prompt tokens, and, out of 16 harmful prompts, refusals in the prompt's
own language / in English for: the DPO+MLC model; the base with s added at every position; the
base with s added at the last prompt position; the base with u added there.

Usage: python mlc_shift.py RUN LAYER BASE_DIR [LANG,...]   (RUN/models/{dpo,dpo+mlc}; world text from the checkout)
"""
import sys, torch
from demo_chat import prompt_ids, refusal_language, steered_generate, world_lexicons
from transformers import AutoModelForCausalLM, AutoTokenizer
run, layer = sys.argv[1], int(sys.argv[2])
langs = "en,es,fr,de,zh,ru,ar,sw,bn".split(",")
W = world_lexicons(langs)
base_dir = sys.argv[3]
tok = AutoTokenizer.from_pretrained(base_dir)
M = {n: AutoModelForCausalLM.from_pretrained(p).eval() for n, p in (("base", base_dir), ("dpo", f"{run}/models/dpo"), ("mlc", f"{run}/models/dpo+mlc"))}
def prompts(l, kind): w = W[l]; return [t.replace("{x}", w[kind][i]) for t in w["makeTemplates"] for i in range(12, 16)]
def states(model, ps):
    with torch.no_grad():
        out = [model(prompt_ids(tok, p), output_hidden_states=True).hidden_states[layer][0] for p in ps]
    return torch.stack([o[-1] for o in out]), torch.stack([o[:-5].mean(0) for o in out])
def gen(model, p, vec=None, last_only=False):
    return steered_generate(model, tok, p, None if vec is None else layer, vec, last_only)
u = (states(M["dpo"], prompts("en", "harmful"))[0] - states(M["base"], prompts("en", "harmful"))[0]).mean(0)
for l in (sys.argv[4] if len(sys.argv) > 4 else "fr,es,ru").split(","):
    ps = prompts(l, "harmful")[:16]
    bl, bm = states(M["base"], ps); ml, mm = states(M["mlc"], ps)
    s = (ml - bl).mean(0); sm = (mm - bm).mean(0)
    cos = torch.nn.functional.cosine_similarity(s, u, dim=0).item()
    def count(model, vec=None, last_only=False):
        outs = [refusal_language(gen(model, p, vec, last_only), W) for p in ps]
        return f"{sum(o == l for o in outs)}/{sum(o == 'en' for o in outs)}"
    print(f"{l}: |s| {s.norm():.1f} cos(s,u) {cos:.2f} |u| {u.norm():.1f}; prompt-token mean shift |sm| {sm.norm():.1f}; own/English refusals: "
          f"dpo+mlc {count(M['mlc'])}, base+s(all pos) {count(M['base'], s)}, base+s(last pos) {count(M['base'], s, True)}, base+u(last) {count(M['base'], u, True)}")
