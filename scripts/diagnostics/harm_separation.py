"""How far apart does the base keep harmful and benign requests, per language, where MLC reads
them? (diagnostic for docs/demo-sweep.md, session 8)

On the alignment requests (make-templates 0-5 x items 0-11, harmful and benign), the base's
last-prompt-token states at LAYER, per language: d' along the language's own harmful-minus-benign
mean direction (difference of the projected means over their pooled standard deviation; in
sample, so an upper bound, but comparable across languages), and the length of that mean
difference over the overall spread of the language's states.

Usage: python harm_separation.py RUN LAYER   (RUN/models/base; world text from the checkout)
"""
import sys
from demo_chat import LANGUAGES, alignment_prompts, last_states, run_models
run, layer = sys.argv[1], int(sys.argv[2])
tok, (base,), W = run_models(run, "base")
cells = []
for lang in LANGUAGES:
    harmful, benign = (last_states(base, tok, alignment_prompts(W, lang, kind), layer) for kind in ("harmful", "benign"))
    gap = harmful.mean(0) - benign.mean(0)
    h, b = harmful @ gap / gap.norm(), benign @ gap / gap.norm()
    d_prime = (h.mean() - b.mean()) / ((h.var() + b.var()) / 2).sqrt()
    spread = (harmful.var(0).sum() + benign.var(0).sum()).sqrt()
    cells.append(f"{lang} d' {d_prime:.1f}, gap/spread {gap.norm() / spread:.2f}")
print("; ".join(cells))
