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
from demo_chat import prompt_ids, refusal_language, steered_generate, world_lexicons
from transformers import AutoModelForCausalLM, AutoTokenizer
run, layer = sys.argv[1], int(sys.argv[2])
langs = "en,es,fr,de,zh,ru,ar,sw,bn".split(",")
W = world_lexicons(langs)
tok = AutoTokenizer.from_pretrained(f"{run}/models/base")
base = AutoModelForCausalLM.from_pretrained(f"{run}/models/base").eval()
mlc = AutoModelForCausalLM.from_pretrained(f"{run}/models/dpo+mlc").eval()
def prompts(l): w = W[l]; return [t.replace("{x}", w["harmful"][i]) for t in w["makeTemplates"][:6] for i in range(12)]
def last_states(model, ps):
    with torch.no_grad():
        return torch.stack([model(prompt_ids(tok, p), output_hidden_states=True).hidden_states[layer][0, -1] for p in ps])
def gen(model, p, vec=None):
    return steered_generate(model, tok, p, None if vec is None else layer, vec, last_only=True)
en = prompts("en")
s_en = last_states(mlc, en) - last_states(base, en)
for l in (sys.argv[3] if len(sys.argv) > 3 else "es,fr,de,zh,ru,ar,sw,bn").split(","):
    ps = prompts(l)
    s = last_states(mlc, ps) - last_states(base, ps)
    gap = ((s - s_en).norm(dim=1) / s_en.norm(dim=1)).mean().item()
    cos = torch.nn.functional.cosine_similarity(s, s_en, dim=1).mean().item()
    def count(model, vecs=None):
        outs = [refusal_language(gen(model, p, None if vecs is None else vecs[k]), W) for k, p in enumerate(ps)]
        return f"{sum(o == l for o in outs)}/{sum(o == 'en' for o in outs)} of {len(ps)}"
    print(f"{l}: |s-s_en|/|s_en| {gap:.2f} cos {cos:.2f}; own/English refusals: dpo+mlc {count(mlc)}, base+s_en {count(base, s_en)}", flush=True)
