"""The demo's chat format, shared by the diagnostics: a user turn and the generation prompt,
exactly as `alignonce demo` formats every prompt (ChatML)."""


def user_prompt(text):
    return f"<|im_start|>user\n{text}<|im_end|>\n<|im_start|>assistant\n"


def prompt_ids(tok, text):
    return tok(user_prompt(text), return_tensors="pt").input_ids


def world_lexicons(langs):
    """The world text of each language, read from the checkout's Sources/Demo/Resources/world."""
    import json, os
    here = os.path.dirname(os.path.abspath(__file__))
    return {l: json.load(open(os.path.join(here, "../../Sources/Demo/Resources/world", f"{l}.json"))) for l in langs}


def model_and_languages(argv):
    """(tokenizer, model, languages, world) for `SCRIPT MODEL_DIR [LANG,LANG,...]`."""
    from transformers import AutoModelForCausalLM, AutoTokenizer
    langs = (argv[2] if len(argv) > 2 else "en,es,fr,de,zh,ru,ar,sw,bn").split(",")
    tok = AutoTokenizer.from_pretrained(argv[1])
    return tok, AutoModelForCausalLM.from_pretrained(argv[1]).eval(), langs, world_lexicons(langs)


def refusal_language(text, world):
    """Which language's refusal sentence `text` starts with (None = not a refusal)."""
    for lang, lexicon in world.items():
        if text.strip().startswith(lexicon["refusal"][:6]):
            return lang
    return None


def steered_generate(model, tok, text, layer=None, vector=None, last_only=False, max_new_tokens=6):
    """Greedy answer to `text`; with `layer` (1-based, Hugging Face hidden-state numbering),
    `vector` is added to that decoder layer's output at every position, or with `last_only` at
    the prompt's last position only."""
    import torch
    x = prompt_ids(tok, text)
    n = x.shape[1]
    hook = None
    if layer is not None:
        def add(module, inputs, output):
            hs = output[0] if isinstance(output, tuple) else output
            if not last_only:
                hs = hs + vector
            elif hs.shape[1] >= n:  # the prompt's pass, not a cached decoding step
                hs = hs.clone()
                hs[:, n - 1] += vector
            return (hs,) + tuple(output[1:]) if isinstance(output, tuple) else hs
        hook = model.model.layers[layer - 1].register_forward_hook(add)
    try:
        with torch.no_grad():
            o = model.generate(x, max_new_tokens=max_new_tokens, do_sample=False)
    finally:
        if hook:
            hook.remove()
    return tok.decode(o[0, n:], skip_special_tokens=True)


LANGUAGES = "en,es,fr,de,zh,ru,ar,sw,bn".split(",")


def run_models(run, *names):
    """(tokenizer, models, world) for a demo output directory: RUN/models/<name> for each name,
    with the world text of every language."""
    from transformers import AutoModelForCausalLM, AutoTokenizer
    tok = AutoTokenizer.from_pretrained(f"{run}/models/base")
    models = [AutoModelForCausalLM.from_pretrained(f"{run}/models/{name}").eval() for name in names]
    return tok, models, world_lexicons(LANGUAGES)


def alignment_prompts(world, lang, kind):
    """The alignment requests of one kind (make-templates 0-5 x items 0-11), the ones MLC trains on."""
    w = world[lang]
    return [t.replace("{x}", item) for t in w["makeTemplates"][:6] for item in w[kind][:12]]


def last_states(model, tok, prompts, layer):
    """Hidden state at `layer` (Hugging Face numbering) of each prompt's last token, stacked."""
    import torch
    with torch.no_grad():
        return torch.stack([model(prompt_ids(tok, p), output_hidden_states=True).hidden_states[layer][0, -1]
                            for p in prompts])
