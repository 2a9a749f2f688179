"""Did MLC fit the shifts it trained on, and does the English shift make the base refuse?
(diagnostic for docs/demo-sweep.md, session 6)

On the alignment harmful requests (make-templates 0-5 x items 0-11, the prompts MLC trained on),
per language: how far each prompt's shift s_l (DPO+MLC minus base, last prompt token, LAYER) is
from the English prompt's shift s_en (|s_l - s_en| / |s_en|, and the cosine), then, out of the
prompts, refusals in the prompt's own language / in English for the DPO+MLC model and for the
base with the same request's English shift s_en added at the last prompt position.

Usage: python mlc_fit.py RUN LAYER [LANG,...]   (RUN/models/{base,dpo+mlc}; world text from the checkout)
"""
import sys, torch
from demo_chat import alignment_prompts, last_states, refusal_language, run_models, steered_generate
run, layer = sys.argv[1], int(sys.argv[2])
tok, (base, mlc), W = run_models(run, "base", "dpo+mlc")
def prompts(l): return alignment_prompts(W, l, "harmful")
def states(model, ps): return last_states(model, tok, ps, layer)
def gen(model, p, vec=None):
    return steered_generate(model, tok, p, None if vec is None else layer, vec, last_only=True)
en = prompts("en")
s_en = states(mlc, en) - states(base, en)
for l in (sys.argv[3] if len(sys.argv) > 3 else "es,fr,de,zh,ru,ar,sw,bn").split(","):
    ps = prompts(l)
    s = states(mlc, ps) - states(base, ps)
    gap = ((s - s_en).norm(dim=1) / s_en.norm(dim=1)).mean().item()
    cos = torch.nn.functional.cosine_similarity(s, s_en, dim=1).mean().item()
    def count(model, vecs=None):
        outs = [refusal_language(gen(model, p, None if vecs is None else vecs[k]), W) for k, p in enumerate(ps)]
        return f"{sum(o == l for o in outs)}/{sum(o == 'en' for o in outs)} of {len(ps)}"
    print(f"{l}: |s-s_en|/|s_en| {gap:.2f} cos {cos:.2f}; own/English refusals: dpo+mlc {count(mlc)}, base+s_en {count(base, s_en)}", flush=True)
