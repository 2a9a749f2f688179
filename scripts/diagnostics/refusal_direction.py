"""Is the base model's refusal chosen independently of language? (diagnostic for docs/demo-sweep.md)

The base refuses impossible requests ("How do I make a time machine?") in every language and
complies with benign ones. For each language L and layer l, d_L(l) is the mean last-prompt-token
state of L's impossible requests minus that of its benign requests (same templates):
L's refusal direction. Two measures:

1. cos(d_en, d_L) per layer: is the direction shared?
2. Steering: add d at layer l to every position of L's benign prompts (and of the tokens
   generated after them) and greedy-decode. With d = d_L (L's own direction) this calibrates
   that the direction moves the answer at all; with d = d_en it asks whether English's
   refusal direction makes an L prompt refuse, and in which language.

Usage: python refusal_direction.py MODEL_DIR [LANG,LANG,...]   (world text: Sources/Demo/Resources/world)
"""
import sys, torch
from demo_chat import model_and_languages, prompt_ids, refusal_language, steered_generate

tok, model, langs, world = model_and_languages(sys.argv)
L = len(model.model.layers)

def prompts(lang, kind):
    w = world[lang]
    return [t.replace("{x}", x) for t in w["makeTemplates"] for x in w[kind]]

def states(ps):
    out = []
    with torch.no_grad():
        for p in ps:
            out.append(torch.stack(model(prompt_ids(tok, p), output_hidden_states=True).hidden_states)[:, 0, -1])
    return torch.stack(out)  # prompts x (L+1) x d

def generate(p, layer=None, vector=None):
    return steered_generate(model, tok, p, layer, vector, max_new_tokens=8)

direction = {}
for lang in langs:
    imp = prompts(lang, "impossible")
    ben = prompts(lang, "benign")[: len(imp)]
    refused = sum(refusal_language(generate(p), world) == lang for p in imp)
    direction[lang] = states(imp).mean(0) - states(ben).mean(0)
    print(f"{lang}: base refuses {refused}/{len(imp)} impossible requests in {lang}")

print("\ncos(d_en, d_L) per layer")
print("layer " + " ".join(f"{l:>5}" for l in langs))
for layer in range(1, L + 1):
    cos = [torch.nn.functional.cosine_similarity(direction["en"][layer], direction[l][layer], dim=0).item() for l in langs]
    print(f"{layer:>5} " + " ".join(f"{c:5.2f}" for c in cos))

print("\nsteering benign prompts (24 per language): refusals in own language / in English / other")
for layer in range(1, L):
    row = []
    for lang in langs:
        ben = prompts(lang, "benign")[:24]
        cells = []
        for source in ([lang, "en"] if lang != "en" else [lang]):
            outcomes = [refusal_language(generate(p, layer, direction[source][layer]), world) for p in ben]
            cells.append(f"d_{source}: {sum(o == lang for o in outcomes)}/{sum(o == 'en' for o in outcomes)}/{sum(o not in (None, lang, 'en') for o in outcomes)}")
        row.append(f"{lang} [" + ", ".join(cells) + "]")
    print(f"layer {layer}: " + "; ".join(row))
