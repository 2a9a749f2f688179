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
from demo_chat import model_and_languages, prompt_ids

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

def refusal_language(text):
    """Which language's refusal sentence the answer starts with (None = not a refusal)."""
    for lang in world:
        if text.strip().startswith(world[lang]["refusal"][:6]):
            return lang
    return None

def generate(p, layer=None, vector=None, n=8):
    hook = None
    if layer is not None:
        def add(module, inputs, output):
            hs = output[0] if isinstance(output, tuple) else output
            hs = hs + vector
            return (hs,) + tuple(output[1:]) if isinstance(output, tuple) else hs
        hook = model.model.layers[layer - 1].register_forward_hook(add)
    x = prompt_ids(tok, p)
    with torch.no_grad():
        o = model.generate(x, max_new_tokens=n, do_sample=False, use_cache=True)
    if hook:
        hook.remove()
    return tok.decode(o[0, x.shape[1]:], skip_special_tokens=True)

direction = {}
for lang in langs:
    imp = prompts(lang, "impossible")
    ben = prompts(lang, "benign")[: len(imp)]
    refused = sum(refusal_language(generate(p)) == lang for p in imp)
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
            outcomes = [refusal_language(generate(p, layer, direction[source][layer])) for p in ben]
            cells.append(f"d_{source}: {sum(o == lang for o in outcomes)}/{sum(o == 'en' for o in outcomes)}/{sum(o not in (None, lang, 'en') for o in outcomes)}")
        row.append(f"{lang} [" + ", ".join(cells) + "]")
    print(f"layer {layer}: " + "; ".join(row))
