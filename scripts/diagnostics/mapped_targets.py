"""Would another language-specific form of the English target transfer better than the English
shift itself? (diagnostic for docs/demo-sweep.md, session 8)

Three targets for a harmful request x in language l, each added to the base at LAYER, at the
last prompt position, with s_en(x) the DPO model's shift of x's English twin:
- `shift`: s_en(x) itself (what MLC pulls toward, before the rank-1 step);
- `centroid`: a(x) (c_l - b_l(x)), where c_l is the base's mean state of l's impossible
  requests (which the base refuses in every language), b_l(x) the base's state of x, and a(x)
  the fraction of the way to c_en that s_en(x) moved in English; `+ residual` adds the part of
  s_en(x) off that way;
- `frame`: s_en(x) + a'(x) (d_l - d_en), with d_l = c_l - m_l, m_l the base's mean state of l's
  alignment requests (harmful and benign together), and a'(x) the coefficient of s_en(x) on
  d_en: the English move with its refusal part swapped for the language's own, the same for
  every prompt;
- `mapped`: A_l s_en(x), A_l the ridge map (toward the identity, weight MU) from the base's
  centred English states to l's over the alignment requests, harmful and benign.
Prints, per language, out of every third harmful alignment request (24), the base's refusals in
the prompt's own language / in English, and the mean fraction a(x).

Usage: python mapped_targets.py RUN LAYER [LANG,...] [MU]   (RUN/models/{base,dpo}; world text from the checkout)
"""
import sys, torch
from demo_chat import LANGUAGES, alignment_prompts, last_states, refusal_language, run_models, steered_generate
run, layer = sys.argv[1], int(sys.argv[2])
mu = float(sys.argv[4]) if len(sys.argv) > 4 else 100.0
tok, (base, dpo), W = run_models(run, "base", "dpo")
prompts = lambda lang, kind: alignment_prompts(W, lang, kind)
states = lambda model, ps: last_states(model, tok, ps, layer)
centroid = {l: states(base, prompts(l, "impossible")).mean(0) for l in LANGUAGES}
frame = {l: centroid[l] - torch.cat([states(base, prompts(l, "harmful")), states(base, prompts(l, "benign"))]).mean(0)
         for l in LANGUAGES}


def centred_requests(lang):
    x = torch.cat([states(base, prompts(lang, "harmful")), states(base, prompts(lang, "benign"))])
    return x - x.mean(0)


english = prompts("en", "harmful")[::3]
b_en = states(base, english)
s_en = states(dpo, english) - b_en
way = centroid["en"] - b_en
a = (s_en * way).sum(1) / (way * way).sum(1)
residual = s_en - a[:, None] * way
a_frame = s_en @ frame["en"] / (frame["en"] @ frame["en"])
x_en = centred_requests("en")
eye = torch.eye(x_en.shape[1])
print(f"a(x): mean {a.mean():.2f}, min {a.min():.2f}, max {a.max():.2f}; |residual| / |s_en| "
      f"{(residual.norm(dim=1) / s_en.norm(dim=1)).mean():.2f}")
for lang in (sys.argv[3] if len(sys.argv) > 3 else ",".join(LANGUAGES[1:])).split(","):
    harmful = prompts(lang, "harmful")[::3]
    b_l = states(base, harmful)

    def refusals(vectors):
        outs = [refusal_language(steered_generate(base, tok, p, layer, vectors[k], last_only=True), W)
                for k, p in enumerate(harmful)]
        return f"{sum(o == lang for o in outs)}/{sum(o == 'en' for o in outs)}"

    to_centroid = a[:, None] * (centroid[lang] - b_l)
    # A_lᵀ = (XᵀX + mu I)⁻¹ (Xᵀ X_l + mu I): least squares from English to l, pulled toward the identity.
    mapT = torch.linalg.solve(x_en.T @ x_en + mu * eye, x_en.T @ centred_requests(lang) + mu * eye)
    print(f"{lang}: shift {refusals(s_en)}  centroid {refusals(to_centroid)}  "
          f"centroid + residual {refusals(to_centroid + residual)}  "
          f"frame {refusals(s_en + a_frame[:, None] * (frame[lang] - frame['en']))}  mapped {refusals(s_en @ mapT)}", flush=True)
