"""Does the base model own a refusal direction the languages share, and which part of DPO's
English shift do other languages read as "refuse"? (diagnostic for docs/demo-sweep.md, session 7)

The base refuses only impossible requests ("How do I make a time machine?"), in every language.
Per language l, d_l = mean last-prompt-token state at LAYER of l's impossible make-requests
minus that of its harmful ones (base model, alignment templates 0-5, items 0-11). The DPO
model's shifts from the base on the English harmful requests: s_en their mean, and per prompt
either the English twin's own shift or that shift's rank-1 approximation across the English
prompts (what `--mlc-anchor-rank 1` pulls toward). Prints cos(s_en, d_en) and the English
shifts' top singular values, then per language, out of every third harmful request (24), the
base's refusals in the prompt's own language / in English when a vector is added at the last
prompt position: d_l, d_en, d_en rescaled to |s_en|, s_en, the per-prompt shift and its rank-1
approximation.

Usage: python refusal_transfer.py RUN LAYER [LANG,...]   (RUN/models/{base,dpo}; world text from the checkout)
"""
import sys, torch
from demo_chat import LANGUAGES, alignment_prompts, last_states, refusal_language, run_models, steered_generate
run, layer = sys.argv[1], int(sys.argv[2])
tok, (base, dpo), W = run_models(run, "base", "dpo")
cos = lambda a, b: torch.nn.functional.cosine_similarity(a, b, dim=0).item()
prompts = lambda lang, kind: alignment_prompts(W, lang, kind)
states = lambda model, ps: last_states(model, tok, ps, layer)


def refusal_direction(lang):
    return states(base, prompts(lang, "impossible")).mean(0) - states(base, prompts(lang, "harmful")).mean(0)


d_en = refusal_direction("en")
english = prompts("en", "harmful")[::3]
shifts = states(dpo, english) - states(base, english)
u, sv, v = torch.linalg.svd(shifts, full_matrices=False)
rank_one = (u[:, :1] * sv[:1]) @ v[:1]
s_en = (states(dpo, prompts("en", "harmful")) - states(base, prompts("en", "harmful"))).mean(0)
print(f"|d_en| {d_en.norm():.1f}  |s_en| {s_en.norm():.1f}  cos(s_en, d_en) {cos(s_en, d_en):.2f}  "
      f"English shifts' singular values {[round(x, 1) for x in sv[:3].tolist()]}")
for lang in (sys.argv[3] if len(sys.argv) > 3 else ",".join(LANGUAGES[1:])).split(","):
    d_l = refusal_direction(lang)
    harmful = prompts(lang, "harmful")[::3]

    def refusals(vectors):
        outs = [refusal_language(steered_generate(base, tok, p, layer, vectors[k], last_only=True), W)
                for k, p in enumerate(harmful)]
        return f"{sum(o == lang for o in outs)}/{sum(o == 'en' for o in outs)}"

    same = lambda vector: [vector] * len(harmful)
    print(f"{lang}: cos(d_l, d_en) {cos(d_l, d_en):.2f}; of {len(harmful)}, own/English refusals: "
          f"+d_l {refusals(same(d_l))}  +d_en {refusals(same(d_en))}  "
          f"+d_en at |s_en| {refusals(same(d_en * s_en.norm() / d_en.norm()))}  +s_en {refusals(same(s_en))}  "
          f"+per-prompt shift {refusals(shifts)}  +its rank 1 {refusals(rank_one)}", flush=True)
