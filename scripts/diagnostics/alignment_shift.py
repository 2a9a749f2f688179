"""How far alignment moves each language's prompts along the base's refusal direction
(diagnostic for docs/demo-sweep.md).

d(l) is the base model's English refusal direction at layer l: the mean last-prompt-token
state of English impossible requests minus that of English benign ones (as in
refusal_direction.py). For every aligned model given, language and layer, prints the mean
shift of the eval prompts' last-token states (aligned - base) projected on d(l), in units of
|d(l)|: 1.0 = the whole distance from "answer" to "refuse". Harmful / benign prompts apart:
alignment that carries the decision moves harmful prompts and leaves benign ones.

Usage: python alignment_shift.py OUT (uses OUT/models/{base,dpo,dpo+mlc,...} and OUT/world)
"""
import json, os, sys, torch
from transformers import AutoModelForCausalLM, AutoTokenizer
from demo_chat import prompt_ids, world_lexicons

out = sys.argv[1]
english = world_lexicons(["en"])["en"]
records = [json.loads(l) for l in open(os.path.join(out, "world", "eval.jsonl"))]
langs = sorted({r["lang"] for r in records}, key=lambda l: (l != "en", l))

def load(name):
    path = os.path.join(out, "models", name)
    return AutoTokenizer.from_pretrained(path), AutoModelForCausalLM.from_pretrained(path).eval()

def states(tok, model, ps):
    rows = []
    with torch.no_grad():
        for p in ps:
            rows.append(torch.stack(model(prompt_ids(tok, p), output_hidden_states=True).hidden_states)[:, 0, -1])
    return torch.stack(rows).mean(0)  # (L+1) x d

tok, base = load("base")
imp = [t.replace("{x}", x) for t in english["makeTemplates"] for x in english["impossible"]]
ben = [t.replace("{x}", x) for t in english["makeTemplates"] for x in english["benign"]][: len(imp)]
d = states(tok, base, imp) - states(tok, base, ben)
unit = d / d.norm(dim=1, keepdim=True).clamp_min(1e-12)
prompts = {(l, k): [r["prompt"] for r in records if r["lang"] == l and r["group"].startswith(k)]
           for l in langs for k in ("harmful", "benign")}
base_states = {key: states(tok, base, ps) for key, ps in prompts.items()}
L = d.shape[0] - 1
for name in [m for m in ("sft", "sft+mlc", "dpo", "dpo+mlc") if os.path.isdir(os.path.join(out, "models", m))]:
    _, model = load(name)
    print(f"\n{name}: shift along the base's English refusal direction, harmful / benign (units of |d|)")
    print("layer " + " ".join(f"{l:>11}" for l in langs))
    shifts = {key: states(tok, model, ps) - base_states[key] for key, ps in prompts.items()}
    for layer in range(1, L + 1):
        cells = []
        for l in langs:
            h = (shifts[(l, "harmful")][layer] @ unit[layer]) / d[layer].norm()
            b = (shifts[(l, "benign")][layer] @ unit[layer]) / d[layer].norm()
            cells.append(f"{h.item():5.2f}/{b.item():5.2f}")
        print(f"{layer:>5} " + " ".join(f"{c:>11}" for c in cells))
